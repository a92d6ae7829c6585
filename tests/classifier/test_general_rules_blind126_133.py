"""Rules from blind sets 126-133: meetings in Chinese with a time said first, and Hindi's
"we had met"; a Chinese "glad to get to know you" that opens a stranger's note; pitches
in Japanese and Thai, at "advantageous rates" in Romance languages, a paid challenge;
scams by windfall, one-time code, password or bank details asked for, an estate that
"shares your surname", returns guaranteed in Korean; put-downs; a firm's intake class,
its family day, work done for it, another body's initials in brackets; a vague "open to
hearing about opportunities". Each kind has its near miss beside it. The wordings are
new, not the sets' sentences."""

from __future__ import annotations

import pytest

from triage.classifier import InvitationInput
from triage.classifier.engine import read_with_rules

from .helpers import PROFILE, assert_declined_as_pitch, assert_declined_as_spam, rules


@pytest.mark.parametrize(
    "message",
    [
        "你好，我们前几天在上海的行业论坛上认识的，期待合作。",
        "您好，我們去年在台北的研討會上見過。",
        "你好！昨天会后我们一起吃饭时聊过，我是做数据的。",
        "नमस्ते, हम पिछले साल दिल्ली में एक सम्मेलन में मिले थे।",
    ],
)
def test_a_meeting_in_chinese_or_hindi_is_a_meeting(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is True


def test_glad_to_get_to_know_you_opens_a_first_note_and_is_no_meeting() -> None:
    assert rules("你好，我在做云平台，很高兴认识你！").reasons["met_in_person"] is False


@pytest.mark.parametrize(
    "message",
    [
        "弊社は採用代行を行っております。一度お話しできませんか。",
        "月額15万円でご利用いただけます。",
        "新しいサービスについてご説明させてください。",
        "สนใจทดลองใช้ฟรีไหมคะ",
        "Oferim servicii de contabilitate la tarife avantajoase.",
        "Brindamos asesoría contable con tarifas competitivas.",
        "Join my 6-week closing bootcamp, only $49 this month.",
    ],
)
def test_the_senders_offer_is_a_pitch(message: str) -> None:
    assert_declined_as_pitch(message)


def test_a_challenge_to_join_without_a_price_is_no_pitch() -> None:
    assert rules("Join my team's 5k charity challenge next month!").pitch is False


@pytest.mark.parametrize(
    "message",
    [
        "You have been chosen to receive a €12,000 award.",
        "Please OTP share kijiye taaki account verify ho sake.",
        "Confirm it's you by entering your PIN here.",
        "Reply with your full name and bank details to release the payment.",
        "An estate of £4M shares your surname and no heir has come forward.",
        "매주 15% 수익을 보장합니다. 연락주세요.",
        "hello dear, how was your day? can we be friends",
        "Everyone in the industry laughs at you.",
        "Your sales twaddle is embarrassing.",
    ],
)
def test_scams_and_abuse_are_declined(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "How was your day at the summit? I enjoyed your panel.",
        "Please share the OTP policy doc when you can - we're writing ours.",
    ],
)
def test_a_friendly_question_or_an_ordinary_ask_is_no_scam(message: str) -> None:
    assert rules(message).spam is False


@pytest.mark.parametrize(
    ("message", "headline"),
    [
        ("Great to see you at the Globex family day!", ""),
        ("", "Analyst, Sino Commercial (SCB) Shanghai"),
    ],
)
def test_an_event_at_or_work_for_the_firm_is_not_working_there(message: str, headline: str) -> None:
    assert rules(message, headline).reasons["same_organisation"] is False


@pytest.mark.parametrize(
    ("message", "headline"),
    [
        ("Globex class of 2019 here - the graduate intake!", ""),
        ("", "Analyst, Southern Cross Bank (SCB) Sydney"),
        ("I was part of the Globex family for six years.", ""),
    ],
)
def test_an_intake_or_the_firms_own_initials_still_count(message: str, headline: str) -> None:
    assert rules(message, headline).reasons["same_organisation"] is True


def test_open_to_opportunities_in_general_is_no_opportunity() -> None:
    verdict = rules("Would you be open to hearing about new opportunities?")
    assert verdict.reasons["specific_opportunity"] is False


def test_open_to_a_particular_ask_is_one() -> None:
    verdict = rules("Would you be open to speaking at our meetup in May?")
    assert verdict.reasons["specific_opportunity"] is True


@pytest.mark.parametrize(
    "message",
    [
        "My agency did the branding for Southern Cross Bank in 2015 - maybe our paths crossed?",
        "My firm ran the events for Globex for years, so we may have met.",
    ],
)
def test_work_done_for_the_firm_is_said_not_to_be_working_there(message: str) -> None:
    # ruled out, so that the learned model does not add it back either
    reading = read_with_rules(InvitationInput("Sam Doe", message=message), PROFILE)
    assert "same_organisation" in reading.evidence.ruled_out


@pytest.mark.parametrize(
    "message",
    [
        "Hi, we supply office furniture to Globex's Austin floors - hello from the vendor side.",
        "Our agency provides contract designers to Initech, so hello from the other side!",
    ],
)
def test_a_supplier_saying_hello_to_its_customer_is_no_pitch(message: str) -> None:
    verdict = rules(message)
    assert verdict.pitch is False
    assert verdict.queue == "query"


def test_a_supplier_naming_the_firm_as_a_prospect_still_pitches() -> None:
    assert_declined_as_pitch("We provide payroll software to banks and would love to show Globex.")


@pytest.mark.parametrize(
    "message",
    [
        "Can I share a quick 3-minute video of how it works?",
        "We now have spare capacity in our Dallas warehouse. Interested?",
    ],
)
def test_a_sellers_follow_up_is_a_pitch(message: str) -> None:
    assert_declined_as_pitch(message)


def test_a_guess_that_paths_crossed_is_no_meeting() -> None:
    assert rules("I'm sure we've crossed paths at some point.").reasons["met_in_person"] is False
    assert rules("We crossed paths at the Austin summit.").reasons["met_in_person"] is True


@pytest.mark.parametrize(
    "message",
    [
        "Ik verdien dagelijks 800 euro met mijn systeem. Interesse?",
        "Your £200 gift is waiting - claim it here: bit.ly/gift-200",
    ],
)
def test_easy_money_and_a_prize_at_a_link_are_scams(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "Thought I'd share our payroll compliance service with you.",
        "Our property fund has paid 11% annual returns since 2019.",
        "Book a free pension review this week?",
    ],
)
def test_an_offer_of_the_senders_service_is_a_pitch(message: str) -> None:
    assert_declined_as_pitch(message)


def test_claiming_a_prize_without_a_link_or_a_return_on_a_project_is_not_either() -> None:
    assert rules("Congrats on the award - you should claim it proudly!").spam is False
    assert rules("Your post on cutting build times by 40% was great.").pitch is False


@pytest.mark.parametrize(
    "message",
    [
        "Fun fact: my daughter shares your name!",
        "Remember: never type your password on a shared kiosk.",
        "저희 스타트업은 매월 20% 성장하고 있습니다.",
        "Hi Priya, your BS from UT Austin caught my eye - fellow Longhorn here.",
    ],
)
def test_a_name_shared_security_advice_growth_or_a_degree_is_no_scam(message: str) -> None:
    assert rules(message).spam is False


@pytest.mark.parametrize(
    "message",
    [
        "我们虽然没有见过面，但我很欣赏你的文章。",
        "我们还没见过面，希望以后有机会。",
        "हम कभी नहीं मिले थे, पर आपका काम देखा है।",
        "我们在做人工智能招聘平台，非常希望认识您。",
        "I'm sure we crossed paths at some point.",
        "I think we've crossed paths before.",
    ],
)
def test_a_meeting_denied_or_guessed_is_no_meeting(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is False


@pytest.mark.parametrize(
    "message",
    [
        "Happy to share our platform team's migration notes.",
        "Can I send you a short video of my talk? I'd love your feedback.",
    ],
)
def test_sharing_notes_or_a_talk_is_no_pitch(message: str) -> None:
    assert rules(message).pitch is False
