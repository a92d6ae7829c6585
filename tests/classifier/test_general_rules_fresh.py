"""General rules added after measuring on tests/classifier/fresh.jsonl (invitations written
in many voices and languages); each test states the family of phrasings, not one note."""

from __future__ import annotations

import pytest

from tests.classifier.helpers import judge

# --- organisations and meetings in other phrasings -----------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Ciao Priya! Ho lavorato anch'io in Initech, nel team infra.",
        "Ciao Priya, sono una ex di Initech, ufficio di Milano.",
        "Priya, Noah and I both worked with you at Initech back in 2015.",
    ],
)
def test_worked_there_phrasings_give_same_organisation(message: str) -> None:
    assert judge(message).reasons["same_organisation"]


def test_the_recipient_and_someone_else_working_together_is_not_the_sender() -> None:
    verdict = judge("Hi Priya, Noah mentioned you two worked together at Initech. Say hi!")
    assert not verdict.reasons["same_organisation"]
    assert verdict.reasons["common_connection"]


@pytest.mark.parametrize(
    "message",
    [
        "Bonjour Priya, ravie d'avoir échangé avec vous au déjeuner mardi dernier.",
        "Olá Priya, conheci-te no encontro em Lisboa. Vamos manter contacto!",
        "Hola Priya, te conocí en la conferencia de Madrid.",
        "Saw your talk and came up afterwards to ask about Backstage. Connecting as promised.",
        "Thanks for taking the time to chat yesterday, Priya!",
    ],
)
def test_meeting_phrasings_in_several_languages(message: str) -> None:
    assert judge(message).reasons["met_in_person"]


def test_watching_a_talk_alone_is_still_not_meeting() -> None:
    assert not judge("Hi Priya, saw your talk at PyTexas - great stuff.").reasons["met_in_person"]


# --- concrete reasons ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, a few of my portfolio founders are struggling with on-call. Could I "
        "introduce you to two of them?",
        "Priya, would you have 20 mins for a call next week about our on-call mess?",
        "We're looking for someone to run a 6-week platform workshop for our team.",
        "I'm writing a feature on platform teams and would love a quote from you.",
        "Quick question: do you use the same scorecard for SREs and developers?",
        "Hallo Priya, ich suche für einen Kunden in Basel einen Head of Platform. "
        "Ihr Profil passt hervorragend.",
        "Oi Priya, adoraria trocar uma ideia sobre como vocês organizaram o on-call.",
        "Would you be open to co-hosting a workshop on golden paths with us?",
    ],
)
def test_concrete_reasons_in_several_phrasings(message: str) -> None:
    verdict = judge(message)
    assert verdict.reasons["specific_opportunity"]
    assert not verdict.pitch


def test_an_introduction_to_the_senders_product_is_not_an_opportunity() -> None:
    verdict = judge("Hi Priya, could I introduce you to our platform? It cuts cloud costs by 30%.")
    assert not verdict.reasons["specific_opportunity"]
    assert verdict.queue == "decline"


def test_a_pleasantry_in_another_language_is_not_a_question_about_work() -> None:
    assert not judge("Oi Priya, como você está? Abraços").reasons["specific_opportunity"]


# --- pitches ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "HELLO MAAM I CAN PROVIDE YOU 1ST PAGE RANKING ON GOOGLE WITHIN 30 DAYS GUARANTEED.",
        "Hi Priya, do you need printer paper or toner? Best prices in Austin, free delivery.",
        "Hi Priya, I'm raising a pre-seed round for my startup. Would you consider an angel "
        "cheque?",
        "Priya, what if you could add 10 high-ticket clients a month? Let me show you the system.",
        "Hallo Priya, ich habe drei erfahrene Engineers verfügbar. Unser Honorar beträgt 20 % "
        "des Jahresgehalts.",
    ],
)
def test_pitch_families_decline(message: str) -> None:
    verdict = judge(message)
    assert verdict.pitch
    assert verdict.queue == "decline"


def test_moving_from_agency_is_where_the_sender_was_not_what_they_sell() -> None:
    verdict = judge(
        "Hi Priya, Noah said to ask you: I'm moving from agency to in-house and would value "
        "your advice on making the jump."
    )
    assert not verdict.pitch
    assert verdict.reasons["specific_opportunity"]


def test_an_offer_made_together_with_the_recipient_is_not_the_senders_pitch() -> None:
    verdict = judge(
        "Hi Priya, would you be open to co-designing an onboarding program we offer together?"
    )
    assert not verdict.pitch
    assert verdict.queue == "accept"


# --- scams -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Congratulations! You have been shortlisted for a remote assistant role paying "
        "£850/week. Contact our hiring manager on Telegram to proceed.",
        "Hello dear Priya, you seem like a kind and caring woman. I am a widower serving "
        "abroad. Can we talk on Hangouts?",
    ],
)
def test_scam_families_decline(message: str) -> None:
    verdict = judge(message)
    assert verdict.spam
    assert verdict.queue == "decline"


# --- stock texts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Chciałabym dodać Cię do mojej sieci zawodowej na LinkedIn.",
        "Dzień dobry, chciałbym dodać Panią do mojej sieci kontaktów na LinkedIn.",
        "Hej Priya, jag vill gärna lägga till dig i mitt professionella nätverk på LinkedIn.",
        "Merhaba Priya, sizi LinkedIn'deki profesyonel ağıma eklemek istiyorum.",
    ],
)
def test_polish_swedish_and_turkish_stock_texts_are_generic(message: str) -> None:
    verdict = judge(message)
    assert verdict.generic
    assert verdict.queue == "query"


# --- names followed by a legal form or an event ------------------------------------------------


@pytest.mark.parametrize(
    "headline", ["Engineer at Globex Cloud Inc.", "SRE, Globex Cloud GmbH", "Globex Cloud Ltd"]
)
def test_a_legal_form_after_a_full_name_is_the_same_organisation(headline: str) -> None:
    assert judge(headline=headline).reasons["same_organisation"]


@pytest.mark.parametrize("headline", ["Engineer at Globex Corporation", "Sales, Globex Inc"])
def test_a_legal_form_after_a_bare_alias_may_be_another_firm(headline: str) -> None:
    assert not judge(headline=headline).reasons["same_organisation"]


@pytest.mark.parametrize(
    "message",
    [
        "WE MET AT THE APUG AWARDS!!! GREAT NIGHT",
        "Hi Priya, wir haben uns at the APUG Jahrestagung kennengelernt.",
        "Great to meet you at the Austin Python Summit, Priya!",
    ],
)
def test_an_event_noun_after_a_group_keeps_the_group(message: str) -> None:
    verdict = judge(message)
    assert verdict.reasons["shared_group"]
    assert verdict.reasons["met_in_person"]
