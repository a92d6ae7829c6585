"""General rules added after measuring on tests/classifier/blind4.jsonl. Each test is a
family of phrasings in words of its own, not the sentences that showed the gap."""

from __future__ import annotations

import pytest

from tests.classifier.helpers import judge
from triage.classifier import Affiliation, ProfileInput

# --- pitches: the sender's agency, product or candidates, in more languages ---------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, we built an onboarding chatbot for dev teams, 10 minutes to show you?",
        "Priya, our reels start from USD 400 flat. Want to see some samples?",
        "We have pre-vetted platform engineers ready to start on Monday.",
        "I've got an excellent SRE lead on the market right now; happy to send her CV.",
        "Hallo Priya, wir sind eine Cloud-Agentur und senken Ihre Kosten um 30 %.",
        "Nous sommes une agence de growth marketing, audit gratuit cette semaine.",
        "Somos una consultora de datos; ¿le interesa una auditoría gratuita?",
        "Wij zijn een recruitmentbureau met een gratis scan van uw vacatures.",
        "Hej! Vi erbjuder molntjänster, testa gratis i 30 dagar.",
        "Merhaba, şirketinize yazılım hizmetleri sunuyoruz.",
        "مرحبا، نحن شركة برمجيات ونقدم خدمات الاستضافة بأسعار منافسة",
        "Здравствуйте! Мы предлагаем услуги разработки.",
        "您好，我们公司提供云存储服务，欢迎合作。",
        "弊社はクラウド監視サービスを提供しております。",
    ],
)
def test_the_senders_own_offer_is_a_pitch(message: str) -> None:
    verdict = judge(message)
    assert verdict.pitch, verdict.findings
    assert verdict.queue == "decline"


def test_building_a_team_is_hiring_not_selling() -> None:
    verdict = judge("Hallo Priya, wir bauen gerade ein Plattformteam in Austin auf.")
    assert not verdict.pitch


# --- opportunities: time, advice, a brief, a talk, research, in more languages -----------


@pytest.mark.parametrize(
    "message",
    [
        "Priya, could you spare fifteen minutes for a question on build caching?",
        "Would you review our design doc for the new deploy pipeline?",
        "Quick q on your on-call rota: did you end up paying people for pages?",
        "We'd love a talk from you at PyCon AU; the CFP is open till May.",
        "I'm working on a VP Platform brief for a fintech in Sydney.",
        "Je prépare un mémoire sur les équipes plateforme, accepteriez-vous de répondre?",
        "Estoy escribiendo un artículo sobre SRE y me encantaría tu opinión.",
        "Ich schreibe gerade meine Masterarbeit über interne Plattformen.",
        "Ciao Priya, vorrei qualche consiglio su come organizzare il team.",
        "Olá Priya, gostaríamos de contratar a sua consultoria em plataformas.",
        "Wir wachsen in Austin und suchen eine Beraterin für unser Plattformteam.",
    ],
)
def test_requests_that_need_the_recipient_are_opportunities(message: str) -> None:
    verdict = judge(message)
    assert verdict.reasons["specific_opportunity"], verdict.findings
    assert not verdict.pitch


# --- meetings: a table, a question from the floor, a call taken, an introduction ---------


@pytest.mark.parametrize(
    "message",
    [
        "We were at the same table at the awards night, good to put a name to it.",
        "I was the one who asked about flaky tests after your meetup talk.",
        "Thanks for taking my call yesterday, as promised here's the invite.",
        "Noah introduced us at the conference dinner.",
        "sat next to u at the keynote lol",
        "Hallo Priya, Noah hat uns beim Sommerfest vorgestellt.",
    ],
)
def test_being_in_the_same_place_is_meeting(message: str) -> None:
    assert judge(message).reasons["met_in_person"]


def test_a_meeting_the_sender_says_never_happened_is_not_one() -> None:
    verdict = judge("Wir haben uns leider nie persönlich getroffen, aber ich lese Ihre Posts.")
    assert not verdict.reasons["met_in_person"]


# --- affiliations: Polish and dated German claims, subjects after schools ---------------


def test_working_at_the_recipients_firm_in_polish_or_with_dates_in_german() -> None:
    assert judge("Cześć Priya, pracowałam w Initech przez trzy lata.").reasons["same_organisation"]
    german = judge("Ich war von 2015 bis 2018 bei Initech in Austin.")
    assert german.reasons["same_organisation"]


def test_a_subject_after_a_school_name_is_that_school() -> None:
    assert judge("KCL Physics 2012 here, hello!").reasons["alumni"]


LEEDS = ProfileInput(
    full_name="Tom Becker",
    first_name="Tom",
    schools=(Affiliation("University of Leeds", ("Leeds",)),),
)


def test_a_town_office_is_not_the_school_of_the_same_name() -> None:
    verdict = judge("Fellow recruiter here, I run our Leeds office.", profile=LEEDS)
    assert not verdict.reasons["alumni"]


def test_staff_who_look_after_alumni_are_not_alumni() -> None:
    verdict = judge(
        "I look after alumni events at the University of Melbourne.",
        headline="Alumni Relations Coordinator, University of Melbourne",
    )
    assert not verdict.reasons["alumni"]


def test_studying_there_in_hindi_is_alumni() -> None:
    # A bare town name needs a sign of study: here the Hindi verb.
    assert judge("नमस्ते Tom, मैं भी Leeds से पढ़ा हूँ।", profile=LEEDS).reasons["alumni"]
    assert not judge("नमस्ते Tom, मैं Leeds में रहता हूँ।", profile=LEEDS).reasons["alumni"]


# --- stock text in Arabic, Hindi, Russian, Chinese -------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "أود إضافتك إلى شبكتي المهنية على LinkedIn.",
        "مرحبا Priya، أرغب في إضافتك إلى شبكتي المهنية",
        "नमस्ते Priya जी, मैं आपको अपने पेशेवर नेटवर्क में जोड़ना चाहूंगा।",
        "Здравствуйте, Priya! Я хотела бы добавить вас в свою профессиональную сеть.",
        "您好，我想把您加入我的领英网络。",
    ],
)
def test_the_networks_stock_note_in_more_scripts_is_generic(message: str) -> None:
    verdict = judge(message)
    assert verdict.generic, message
    assert verdict.queue == "query"


def test_an_arabic_note_with_more_than_the_stock_text_is_not_generic() -> None:
    verdict = judge("مرحبا، عملت في Initech وأود إضافتك إلى شبكتي المهنية")
    assert not verdict.generic


# --- account threats -------------------------------------------------------------------


def test_a_billing_threat_is_a_scam() -> None:
    verdict = judge("Your billing failed. Pay now at secure-pay.example to avoid account deletion.")
    assert verdict.spam
    assert verdict.queue == "decline"


# --- evidence -----------------------------------------------------------------------------


def test_an_evidence_span_never_stops_inside_a_word() -> None:
    verdict = judge("Bonjour Priya, nous nous sommes rencontrées au salon de Lyon.")
    meeting = next(f for f in verdict.findings if f.label == "met_in_person")
    assert meeting.text.endswith("rencontrées")
