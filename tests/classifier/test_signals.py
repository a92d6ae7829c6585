"""Personal, generic (stock texts in seven languages), pitch, spam and evidence spans."""

from __future__ import annotations

import dataclasses

import pytest

from tests.classifier.helpers import PROFILE, judge
from triage.classifier import ProfileInput, Verdict
from triage.classifier.corpus import output_record

STOCK_TEXTS = {
    "en": "I'd like to add you to my professional network on LinkedIn.",
    "en2": "I'd like to join your LinkedIn network.",
    "en3": "I would like to connect with you on LinkedIn.",
    "fr": "J'aimerais vous inviter à rejoindre mon réseau professionnel sur LinkedIn.",
    "es": "Me gustaría añadirte a mi red profesional en LinkedIn.",
    "de": "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
    "pt": "Gostaria de adicioná-la à minha rede profissional no LinkedIn.",
    "nl": "Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.",
    "it": "Vorrei aggiungerti alla mia rete professionale su LinkedIn.",
}


@pytest.mark.parametrize("language", sorted(STOCK_TEXTS))
def test_stock_text_is_generic_in_each_language(language: str) -> None:
    verdict = judge(STOCK_TEXTS[language])
    assert verdict.generic
    assert verdict.queue == "query"


def test_stock_text_with_a_name_is_generic_and_personal() -> None:
    verdict = judge("Hi Priya Raman, I'd like to add you to my professional network.\n- Sam Doe")
    assert verdict.generic
    assert verdict.personal


def test_empty_note_is_generic() -> None:
    assert judge("", headline="Data Analyst").generic


def test_stock_text_with_a_headline_reason_is_not_generic() -> None:
    verdict = judge(STOCK_TEXTS["en"], headline="Senior Analyst at Southern Cross Bank")
    assert not verdict.generic
    assert verdict.queue == "accept"


def test_a_note_with_a_reason_is_not_stock() -> None:
    assert not judge("I'd like to add you to my network because we met at APUG.").generic


def test_personal_by_first_name_nickname_full_name_or_title() -> None:
    assert judge("Hey Priya!").personal
    assert judge("Hey Pri, long time.").personal
    assert judge("Dear Ms Raman, a quick question.").personal
    assert not judge("Hello there, let's connect.").personal


@pytest.mark.parametrize(
    "message",
    [
        "Hi, we sell assessment packages - 30% off for new clients. Shall I send the brochure?",
        "I help founders 10x their pipeline with AI SDRs. Let's connect!",
        "Hi Priya, I have 4 senior SREs ready to interview. Our fee is 22% of first-year base.",
        "Investment opportunity: 15% weekly ROI, minimum $1000. Contact me on Telegram.",
        "Hola Priya, ofrecemos servicios de generación de leads B2B. ¿Una llamada?",
        "Bonjour, notre agence propose des services de prospection. Un essai gratuit ?",
        "Hallo, unsere Plattform spart 30% Zeit. Kostenlose Demo?",
        "Olá, oferecemos desenvolvimento de software a preços competitivos.",
        "Hoi, wij bouwen maatwerk software tegen scherpe tarieven.",
        "Ciao, siamo un'agenzia di selezione: possiamo proporle candidati con fee competitive.",
    ],
)
def test_pitches_are_declined(message: str) -> None:
    verdict = judge(message)
    assert verdict.pitch
    assert verdict.queue == "decline"


def test_a_pitch_with_a_true_reason_is_accepted() -> None:
    verdict = judge("Fellow UT Austin alum! My firm provides dedicated SRE pods. Keen?")
    assert verdict.pitch
    assert verdict.reasons["alumni"]
    assert verdict.queue == "accept"


def test_a_role_offered_by_a_headhunter_is_not_a_pitch() -> None:
    verdict = judge(
        "Hi Priya, I'm retained on a VP Platform search for a fintech. Open to a confidential chat?"
    )
    assert not verdict.pitch
    assert verdict.queue == "accept"


def test_scams_and_abuse_are_declined() -> None:
    assert judge("Hello dear, how are you doing today? Reply me on WhatsApp.").queue == "decline"
    assert judge("You are a hypocrite and a disgrace.").queue == "decline"


def test_engineering_talk_is_not_abuse() -> None:
    verdict = judge("Hi Priya, loved the garbage collection tuning thread. Let's connect.")
    assert not verdict.spam


def test_no_reason_queue_setting() -> None:
    declining = ProfileInput(full_name="Priya Raman", first_name="Priya", no_reason_queue="decline")
    assert judge("", profile=declining).queue == "decline"
    assert judge("Let's connect!", profile=declining).queue == "decline"
    assert judge("", profile=PROFILE).queue == "query"


def test_unverified_claims_are_queried_even_when_no_reason_declines() -> None:
    declining = ProfileInput(full_name="Priya Raman", first_name="Priya", no_reason_queue="decline")
    assert judge("Fellow Stanford alum here!", profile=declining).queue == "query"


def test_pitches_decline_under_either_setting() -> None:
    accepting_query = ProfileInput(full_name="Priya Raman", no_reason_queue="query")
    assert judge("We sell CRMs at 40% lower cost.", profile=accepting_query).queue == "decline"


@pytest.mark.parametrize(
    "message",
    [
        "Olá Priya, conhecemo-nos no evento do Austin Python em Lisboa! Abraço",
        "Hi Priya — ex‑Initech here; Zoë Adams said you’d know. Could I ask how you run on-call?",
        "Straße café: we met at the SLA group breakfast, Priya. Ça va?",
    ],
)
def test_evidence_spans_point_at_the_original_text(message: str) -> None:
    verdict = judge(message, headline="Engineer at Globex Cloud")
    assert verdict.findings
    for finding in verdict.findings:
        source = message if finding.source == "message" else "Engineer at Globex Cloud"
        assert source[finding.start : finding.end] == finding.text


def test_verified_findings_name_the_profile_entry() -> None:
    verdict = judge("Hi Priya, fellow KCL grad and I'm in APUG too.")
    matched = {f.label: f.matched for f in verdict.findings if f.verified}
    assert matched["alumni"] == "King's College London"
    assert matched["shared_group"] == "Austin Python Meetup"


def test_verdict_round_trips_through_a_dict() -> None:
    verdict = judge("Hi Priya, Noah Kim suggested I reach out about a role.")
    assert Verdict.from_dict(verdict.to_dict()) == verdict


def test_output_record_has_the_corpus_labels() -> None:
    verdict = judge("Hi Priya, we met at APUG!")
    record = output_record("x-1", verdict)
    assert record["queue"] == "accept"
    assert set(record["labels"]) >= {"met_in_person", "personal", "generic", "pitch"}
    assert "met_in_person" in record["evidence"]


def test_strength_orders_good_invitations_first() -> None:
    strong = judge("Hi Priya, Noah Kim suggested I reach out; we met at APUG.")
    weak = judge("")
    pitch = judge("We sell CRMs at 40% lower cost. Demo?")
    assert strong.strength > weak.strength > pitch.strength


def test_summary_says_why() -> None:
    assert "Austin Python Meetup" in judge("Hi Priya, I'm in APUG too.").summary
    assert "Stanford" in judge("Fellow Stanford alum here!").summary


def test_profile_matchers_are_built_once() -> None:
    from triage.classifier import compile_profile

    first = compile_profile(PROFILE)
    assert compile_profile(PROFILE) is first
    assert compile_profile(dataclasses.replace(PROFILE)) is first


@pytest.mark.parametrize(
    "message",
    [
        "नमस्ते प्रिया जी, मैं भी IIT Madras से हूँ।",
        "プリヤさん、先月の勉強会でお会いした佐藤です。",
        "Здравствуйте, Прия! Рада знакомству.",
        "প্রিয়া, আপনার সাথে পরিচিত হয়ে ভালো লাগলো।",
    ],
)
def test_the_name_in_another_script_is_personal(message: str) -> None:
    verdict = judge(message, second_opinion=False)
    assert verdict.personal is True
    assert [f.label for f in verdict.findings if f.label == "personal"]


@pytest.mark.parametrize(
    "message",
    [
        "प्रिय मित्र, नमस्ते! आपसे जुड़कर खुशी होगी।",  # "dear friend": priy, not Priya
        "مرحبا، تم إرسال الدعوة",  # Arabic is not read: "تم" would romanise like "Tom"
    ],
)
def test_a_word_that_only_looks_like_the_name_is_not(message: str) -> None:
    assert judge(message, second_opinion=False).personal is False
