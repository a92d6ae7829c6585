"""Rules from blind sets 98-101: at the decline boundary, a speaker whose travel the host
covers, a quote or rates asked of the recipient and nothing paid either way are no sale,
while a sender who would love to quote, or wants to show the recipient a tool, sells;
alumni work (running a school's alumni scheme) is not being one; put-downs in new words;
and in Asian languages and scripts, the network's stock note, pitches and scams, claims
of a past employer, and requests for the recipient's time. Each kind has its near miss
beside it. The wordings are new, not the sets' sentences."""

from __future__ import annotations

import pytest

from .helpers import assert_declined_as_pitch, assert_declined_as_spam, rules

# --- the decline boundary ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Priya, would you keynote our platform day in Lisbon? We'll cover your flights and hotel.",
        "Priya, we need an SRE review and would like a quote from you. Send your rates?",
        "Priya, a referral partnership between our bootcamp and your meetup? No cost either way.",
    ],
)
def test_the_recipient_paid_or_asked_for_a_price_is_no_pitch(message: str) -> None:
    verdict = rules(message)
    assert verdict.pitch is False
    assert verdict.queue != "decline"


@pytest.mark.parametrize(
    "message",
    [
        "Priya, moving servers for Globex this year? We'd love to quote.",
        "Connecting so I can show you our incident analytics platform - 15 minutes?",
        "Priya, get 40 verified 5-star reviews for your meetup page this week.",
    ],
)
def test_quoting_and_showing_the_senders_tool_are_pitches(message: str) -> None:
    assert_declined_as_pitch(message)


def test_a_journalist_happy_to_quote_the_recipient_is_not_selling() -> None:
    verdict = rules(
        "Priya, writing a piece on SRE burnout - happy to quote you or keep it off record."
    )
    assert verdict.pitch is False


def test_a_speaker_fee_the_recipient_pays_is_still_a_pitch() -> None:
    assert_declined_as_pitch(
        "You've been selected to speak! Secure your slot with a $900 speaker fee."
    )


# --- running alumni work, and put-downs ----------------------------------------------------------


def test_running_a_schools_alumni_scheme_is_not_studying_there() -> None:
    verdict = rules(
        "Priya, I coordinate the UniMelb alumni mentoring scheme - would you mentor a student?"
    )
    assert verdict.reasons["alumni"] is False


def test_an_alumna_who_ran_the_alumni_society_is_one() -> None:
    assert rules("Fellow UniMelb alum here - I ran the alumni society for a year!").reasons[
        "alumni"
    ]


@pytest.mark.parametrize(
    "message",
    [
        "Engineering managers like you are why teams burn out. Enjoy your layoffs.",
        "Hope you enjoy being a parasite on other people's work.",
    ],
)
def test_put_downs_in_new_words_decline(message: str) -> None:
    assert_declined_as_spam(message)


# --- Asian languages and scripts -----------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "ฉันต้องการเพิ่มคุณเข้าในเครือข่ายมืออาชีพของฉันบน LinkedIn",
        "Saya ingin menambah anda ke rangkaian profesional saya di LinkedIn.",
        "உங்களை என் தொழில்முறை நெட்வொர்க்கில் சேர்க்க விரும்புகிறேன்",
        "您好，我想邀请您加入我的领英职业网络。",
    ],
)
def test_the_stock_note_in_thai_malay_tamil_and_chinese_is_generic(message: str) -> None:
    verdict = rules(message)
    assert verdict.generic is True
    assert verdict.reasons["specific_opportunity"] is False


@pytest.mark.parametrize(
    "message",
    [
        "प्रिया जी, हमारे ग्रुप से जुड़ें और हर महीने 8% मुनाफ़ा पाएं।",
        "はじめまして。弊社ならクラウド費用を削減できます。資料をお送りしてもよろしいでしょうか。",
        "您好，我们是猎头公司，收费为年薪的18%。",
        "สวัสดีค่ะ งานออนไลน์ รายได้ดี ทำงานที่บ้านได้",
        "Halo kak, peluang bisnis modal kecil untung besar!",
    ],
)
def test_pitches_in_asian_languages_decline(message: str) -> None:
    assert_declined_as_pitch(message)


def test_a_romance_opener_in_chinese_declines() -> None:
    assert_declined_as_spam("亲爱的，你的照片很美，想和你交朋友，可以加我WhatsApp吗？")


@pytest.mark.parametrize(
    "message",
    [
        "Priyaさん、以前Initechのインフラ部におりました田中です。",
        "Priya你好，我们几年前在Initech共事过。",
        "Chào chị Priya, em từng làm ở Initech hai năm.",
    ],
)
def test_a_past_employer_in_japanese_chinese_and_vietnamese(message: str) -> None:
    assert rules(message).reasons["same_organisation"] is True


@pytest.mark.parametrize(
    "message",
    [
        "Priya您好，我们想邀请您作为嘉宾在峰会上分享经验。",
        "Chào chị Priya, em muốn xin chị lời khuyên về nghề SRE.",
        "Salam Priya, kami sedang mencari penceramah untuk webinar bulan depan.",
        "Priyaさん、一緒にOSSのプロジェクトをやりませんか？",
    ],
)
def test_requests_for_the_recipients_time_in_asian_languages(message: str) -> None:
    assert rules(message).reasons["specific_opportunity"] is True


def test_talking_at_an_event_in_thai_is_a_meeting() -> None:
    verdict = rules("สวัสดีค่ะคุณ Priya ได้คุยกันสั้นๆ ที่งาน meetup เมื่อเดือนที่แล้ว")
    assert verdict.reasons["met_in_person"] is True
