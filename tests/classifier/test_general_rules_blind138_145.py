"""Rules from blind sets 138-145: the shorthand of notes typed on a phone, bank details and
fortunes asked for, put-downs of the recipient's trade, free inspections and beaten
prices, opportunities and meetings in more languages, a known form of the first name, a
place that is not a person, a guest of a school who did not study there. Each kind has its
near miss beside it. The wordings are new, not the sets' sentences."""

from __future__ import annotations

from dataclasses import replace

import pytest

from triage.classifier.normalise import expand_shorthand, fold

from .helpers import PROFILE, assert_declined_as_pitch, assert_declined_as_spam, judge, rules


@pytest.mark.parametrize(
    ("note", "spelled_out"),
    [
        ("cld u send me ur slides?", "could you send me your slides?"),
        ("grt chat w/ u yday, thx", "grt chat with you yesterday, thanks"),
        ("heard ur moving to austin", "heard you're moving to austin"),
        ("see u soon.", "see you soon."),
    ],
)
def test_phone_shorthand_is_spelled_out(note: str, spelled_out: str) -> None:
    assert expand_shorthand(fold(note)).folded == spelled_out


@pytest.mark.parametrize(
    "note",
    [
        "Ik wil u graag toevoegen aan mijn netwerk",  # Dutch formal "you"
        "Wir sind im U.S. Team, ur-alt und W/O Budget",  # abbreviations and German
        "Vi kommer ur en bakgrund inom vården",  # Swedish "ur", "out of"
        "Harmon úr, köszönöm a segítséget",  # Hungarian "úr", "Mr"
        "Ur Cohen and I would love to meet you",  # a name
        "Fellow UR alum, thanks for the chat",  # an acronym
    ],
)
def test_shorthand_leaves_other_languages_and_abbreviations_alone(note: str) -> None:
    assert expand_shorthand(fold(note)).folded == fold(note).folded


def test_evidence_quotes_the_shorthand_as_written() -> None:
    verdict = rules("hi priya, cld we feature ur research in our next issue?")
    assert verdict.reasons["specific_opportunity"] is True
    assert [f.text for f in verdict.findings if f.label == "specific_opportunity"] == [
        "feature ur research"
    ]


@pytest.mark.parametrize(
    "message",
    [
        "Kindly reply with your full name and bank details so the grant can be released.",
        "To start the job, send us a scan of your passport and bank details today.",
        "I am a widow and need help moving my late father's fortune out of the country.",
        "I need a reliable individual to receive a $4M transfer on my behalf.",
        "Charlatans like you give this industry a bad name.",
        "Do us all a favour and retire.",
        "Eres una consultora incompetente.",
    ],
)
def test_bank_details_fortunes_and_put_downs_are_declined(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "Never send your bank details to anyone who messages you here - stay safe!",
        "Banks will never ask you to share your bank details in a message.",
        "Don't ever enter your password at a link someone sends you.",
        "I was too lazy to update my profile for years, ha.",
        "We're hiring and need a reliable person to handle recruitment for the new site.",
        "Thanks again for your help with getting the funds from the grant committee!",
        "Frauds like you described in your post cost my parents their savings.",
    ],
)
def test_a_warning_self_mockery_and_ordinary_help_are_not_spam(message: str) -> None:
    assert rules(message).spam is False


@pytest.mark.parametrize(
    "message",
    [
        "We're offering free drainage inspections on your street this month. Book one?",
        "We beat AWS pricing by 30% on GPU hours - worth a call?",
        "Your clinic may qualify for a government rebate on LED lighting; we handle it.",
        "Exhibitor stands are $1,800 at our expo - want one for Globex?",
    ],
)
def test_free_checks_beaten_prices_and_stand_prices_are_pitches(message: str) -> None:
    assert_declined_as_pitch(message)


@pytest.mark.parametrize(
    "message",
    [
        "Thanks for the free ticket to your conference last week!",
        "Loved your post on free security audits for open-source projects.",
        "Priyaさん、弊社のシステム開発チームでプラットフォームエンジニアを募集しています。",
    ],
)
def test_praise_and_a_job_advert_are_no_pitch(message: str) -> None:
    assert rules(message).pitch is False


@pytest.mark.parametrize(
    "message",
    [
        "Priya, a fintech has asked me to find its Head of Platform. Fancy a discreet chat?",
        "We'd like to send you the tender documents for our cloud migration framework.",
        "Could we feature your writing on on-call in our engineering newsletter?",
        "Kính gửi bà Raman, chúng tôi muốn mời bà làm cố vấn cho dự án.",
        "Dobrý den, hledáme odborníka na cloud. Měla byste čas?",
        "Wir würden Sie gern für unsere Keynote im Mai gewinnen.",
        "Priya您好，我们正在找一位云平台顾问，想请教您。",
    ],
)
def test_roles_tenders_features_and_invitations_in_more_languages_are_opportunities(
    message: str,
) -> None:
    assert rules(message).reasons["specific_opportunity"] is True


def test_feature_requests_about_the_senders_own_work_are_not_opportunities() -> None:
    assert (
        rules("We just shipped a feature your team might like.").reasons["specific_opportunity"]
        is False
    )


@pytest.mark.parametrize(
    "message",
    [
        "We sat next to each other at the platform summit dinner - great chat!",
        "Really enjoyed your office hours at the Globex careers day.",
        "Priya님, 어제 미팅 감사했습니다!",
    ],
)
def test_sitting_together_office_hours_and_a_korean_thanks_are_meetings(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is True


def test_two_others_sitting_together_is_no_meeting() -> None:
    verdict = rules("Noah Kim and I sat next to each other at Initech for years.")
    assert verdict.reasons["met_in_person"] is False


def test_sharing_an_office_at_a_former_employer_is_the_same_organisation() -> None:
    assert rules("We shared an office at Initech back in 2014!").reasons["same_organisation"]


def test_a_known_form_of_the_first_name_after_a_greeting_is_personal() -> None:
    sue = replace(PROFILE, full_name="Sue Harmon", first_name="Sue", nicknames=())
    assert judge("Hi Suze, long time no see!", profile=sue, second_opinion=False).personal
    # A connection's own name opening the note greets nobody ("Susan" is not the recipient)
    assert not judge(
        "Susan Park suggested I reach out.", profile=sue, second_opinion=False
    ).personal


def test_a_place_after_in_is_not_a_referring_person() -> None:
    verdict = rules("I'm an engineer in Lagos and I can help your team scale.")
    assert not [claim for claim in verdict.unverified if claim.kind == "common_connection"]


def test_a_guest_of_the_school_did_not_study_there() -> None:
    guest = "I'm from Leiden, a visiting researcher at UT this spring."
    assert rules(guest).reasons["alumni"] is False
    reunion = "I was visiting UT Austin last week for my reunion - class of 2012!"
    assert rules(reunion).reasons["alumni"] is True


def test_swedish_stock_text_is_generic() -> None:
    assert rules("Hej! Jag vill gärna ansluta till ditt nätverk på LinkedIn.").generic is True
