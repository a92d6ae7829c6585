"""General rules added after measuring on tests/classifier/blind14.jsonl and blind15.jsonl
(a new writer; English as a second language). Each test is a family of phrasings in
words of its own."""

from __future__ import annotations

import pytest

from tests.classifier.helpers import judge


@pytest.mark.parametrize(
    "message",
    [
        "Grazie ancora per la chiacchierata di ieri a Torino.",
        "A gente conversou no meetup de Austin sobre observabilidade.",
        "Nagkakilala tayo sa conference sa Manila last month!",
        "我们在上海的会议上交换过名片。",
        "Thanks for taking us round the new lab on Monday.",
        "Great to grab a quick coffee with you before the keynote.",
        "Thanks for leading the pricing workshop for my sales team.",
    ],
)
def test_more_ways_of_saying_we_met(message: str) -> None:
    assert judge(message).reasons["met_in_person"], message


@pytest.mark.parametrize(
    "message",
    [
        "Always great to meet UT people in tech!",
        "很高兴认识校友！",
    ],
)
def test_a_pleasantry_about_meeting_is_not_a_meeting(message: str) -> None:
    assert not judge(message).reasons["met_in_person"], message


@pytest.mark.parametrize(
    "message",
    [
        "Free 14-day trial of our scheduler for your recruiters.",
        "Happy to spin up a free sandbox for your team.",
        "We sell verified email lists of CTOs in Texas. Want a sample?",
        "Our agency supplies contract SREs; we pay a 15% referral bonus.",
        "The masterclass is USD 199 - reply YES for the link.",
        "We built an AI that triages alerts - want early access?",
        "I build landing pages for consultancies - can I send a few examples?",
        "Dobrý den, naše firma z Prahy nabízí testery za výhodné ceny.",
        "Summit passes are $1,500 and only 8 left.",
        "我们是一家外包公司，价格非常优惠。",
    ],
)
def test_more_pitches(message: str) -> None:
    verdict = judge(message)
    assert verdict.pitch, message
    assert verdict.queue == "decline", message


def test_a_referral_bonus_scheme_asked_about_is_not_a_pitch() -> None:
    verdict = judge("How did you set up the referral bonus scheme? We're redoing ours.")
    assert not verdict.pitch
    assert verdict.reasons["specific_opportunity"]


@pytest.mark.parametrize(
    "message",
    [
        "Ich würde dich gern als Referentin für unsere Konferenz gewinnen.",
        "Hättest du 15 Minuten für ein kurzes Gespräch über euer Onboarding?",
        "We'd love to partner with you on a mentoring scheme.",
        "Keen to talk about coaching for my new managers?",
        "We would be honoured to have you as our guest of honour.",
        "I would really value your advice on moving in-house.",
        "We're looking for a senior director of platform in Denver.",
        "Bolehkah saya mewawancarai Anda tentang tim platform?",
        "Czy mogłabyś mnie im przedstawić?",
        "¿Te podría hacer unas preguntas sobre tu equipo?",
        "We'd like to co-maintain the Helm chart your team published.",
        "Zou jullie team daarvoor openstaan?",
        "Sto seguendo la ricerca di un CTO per una fintech a Milano.",
        "We'd love you to do a talk on hiring at our spring event.",
    ],
)
def test_more_opportunities(message: str) -> None:
    assert judge(message).reasons["specific_opportunity"], message


def test_wanting_the_recipient_in_ones_network_is_not_an_opportunity() -> None:
    verdict = judge("Watched your webinar - would love to have you in my network.")
    assert not verdict.reasons["specific_opportunity"]


def test_a_school_as_a_venue_is_not_study_there() -> None:
    assert not judge("It's a half day at UT Austin, lunch included.").reasons["alumni"]
    assert judge("Fellow UT Austin grad - the alumni day at UT was fun.").reasons["alumni"]


@pytest.mark.parametrize(
    "message",
    [
        "Your course is recycled drivel.",
        "A late relative of yours left an unclaimed fund. Contact me urgently.",
        "You people are arrogant and incompetent.",
    ],
)
def test_more_abuse_and_scams(message: str) -> None:
    assert judge(message).queue == "decline", message
