"""General rules added after measuring on tests/classifier/blind3.jsonl. Each test is a
family of phrasings in words of its own, not the sentences that showed the gap."""

from __future__ import annotations

import pytest

from tests.classifier.helpers import judge

# --- a reporter, a podcast host, a researcher: requests, not pitches ------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, I'm writing about agency burnout for The Register - could I quote you?",
        "Priya, would you come on our show for a 30-minute episode about on-call?",
        "Would you join Ship It Weekly for an episode on golden paths?",
        "Hi Priya, would you do a short talk for our internal guild in May?",
        "We're running user interviews with SRE leads - 30 minutes, paid. Interested?",
        "Priya, I'd like to scope a platform workshop with you for our Q3 offsite.",
        "Ciao Priya, mi servirebbe un tuo parere sulla nostra piattaforma interna.",
        "नमस्ते Priya, हम Austin में Platform Lead की भूमिका के लिए भर्ती कर रहे हैं।",
    ],
)
def test_requests_to_the_recipient_are_opportunities(message: str) -> None:
    verdict = judge(message)
    assert verdict.reasons["specific_opportunity"], verdict.findings
    assert not verdict.pitch


@pytest.mark.parametrize(
    "message",
    [
        "Hola Priya, nos conocimos en la mesa redonda de Kubecon.",
        "Hallo Priya, Ihr Vortrag in München war spannend.",
        "Bonjour Priya, j'ai assisté à la table ronde où vous parliez.",
    ],
)
def test_a_panel_or_talk_the_sender_attended_is_not_an_invitation(message: str) -> None:
    assert not judge(message).reasons["specific_opportunity"]


# --- pitches in more shapes and languages -----------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, I'd love to show you how your SREs could cut toil with our bot.",
        "Priya, we've just launched an incident copilot - could I send you our deck?",
        "We source SREs at 15% and would love to add Globex to our client list.",
        "Mag ik u een gratis proefperiode van 14 dagen aanbieden?",
        "Dostarczamy testerów w tydzień, stawki od 30 €/h.",
        "Hola Priya, ingenieros senior a la mitad del costo. ¿Hablamos?",
        "Merhaba Priya, 20 dakikalık bir demo ayarlayalım mı?",
        "¡Hola! Ayudo a startups a cerrar rondas. ¿Te mando info?",
        "Hi Priya, would love to tell you about our managed Kubernetes offering.",
    ],
)
def test_the_senders_own_offer_is_a_pitch(message: str) -> None:
    verdict = judge(message)
    assert verdict.pitch, verdict.findings
    assert not verdict.reasons["specific_opportunity"]


def test_a_reporter_writing_about_agencies_is_not_an_agency() -> None:
    assert not judge("I'm writing about agency recruiters for a trade paper.").pitch


@pytest.mark.parametrize(
    "message",
    [
        "Your account has been flagged. Confirm your login here or it will be suspended.",
        "Security notice: your profile was compromised, or your account will be locked.",
    ],
)
def test_account_threats_are_scams(message: str) -> None:
    assert judge(message).spam


# --- meeting ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hallo Priya, schön, dich letzte Woche beim Hackathon in Hamburg getroffen zu haben!",
        "Bonjour Priya, ravi d'avoir fait ta connaissance au meetup Kubernetes.",
        "Hej Priya! Trevligt att träffas på konferensen.",
    ],
)
def test_more_meeting_phrasings(message: str) -> None:
    assert judge(message).reasons["met_in_person"]


# --- names ------------------------------------------------------------------------------------


def test_a_full_organisation_name_followed_by_a_place_is_still_that_organisation() -> None:
    verdict = judge("", headline="SRE, Globex Cloud Dublin")
    assert verdict.reasons["same_organisation"]
    assert not judge("", headline="SRE, Globex Analytics").reasons["same_organisation"]


@pytest.mark.parametrize(
    "message",
    [
        "LinkedInで繋がりましょう！",
        "Priyaさん、LinkedInでつながってください。",
        "我想在领英上和你建立联系。",
    ],
)
def test_a_short_cjk_request_to_connect_is_stock_text(message: str) -> None:
    verdict = judge(message)
    assert verdict.generic
    assert verdict.queue == "query"


def test_a_longer_cjk_note_is_not_stock_text() -> None:
    verdict = judge("Priyaさん、先月の勉強会でお会いできて嬉しかったです。ぜひつながりましょう。")
    assert not verdict.generic
    assert verdict.reasons["met_in_person"]
