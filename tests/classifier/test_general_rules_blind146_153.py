"""Rules from blind sets 146-153: more of the network's stock texts, bought followers and
paid awards, a rival tool asked about, a quote offered, a day's pay for nothing, put-downs
that call the recipient useless, a meeting asked about or guessed at or had by someone
else, a new colleague's role at the firm, colleagues in other languages, a group's own
local meetup, "we both went to". Each kind has its near miss beside it. The wordings are
new, not the sets' sentences."""

from __future__ import annotations

import pytest

from triage.classifier import InvitationInput, classify

from .helpers import PROFILE, assert_declined_as_pitch, assert_declined_as_spam, rules


@pytest.mark.parametrize(
    "message",
    [
        "Priya - I'd like to add you to my LinkedIn connections.",
        "I'd be happy to become part of your professional network.",
        "Gerne würde ich dich hier auf LinkedIn vernetzen.",
        "Olá Priya! Quero muito fazer parte da sua rede de contatos profissionais. Abraços",
    ],
)
def test_more_stock_texts_are_generic(message: str) -> None:
    assert rules(message).generic is True


@pytest.mark.parametrize(
    "message",
    [
        "Grow your brand: 5,000 real followers for $89, delivered in a week.",
        "You've been shortlisted for our Cloud Leaders list - claim your profile feature for $350.",
        "Is Globex happy with its current CRM? We switch teams over in a fortnight.",
        "Our routing engine could save your delivery fleet 15% on fuel.",
        "We've a warehouse unit free from March, 2 months rent-free for new tenants.",
        "Security audits for SaaS teams in five days. Would Globex like a quote?",
        "Quick question about your pipelines. Let's talk about our new scanner.",
        "¡Solo quedan 4 plazas en mi mentoría para líderes técnicos!",
        "Posso rifare il vostro sito a prezzo basso, in una settimana.",
        "Wir bieten eine kostenlose Demo unseres Tools an.",
    ],
)
def test_bought_slots_rival_tools_quotes_and_scarcity_are_pitches(message: str) -> None:
    assert_declined_as_pitch(message)


@pytest.mark.parametrize(
    "message",
    [
        "We're very happy with our current tools, but curious how Globex runs on-call.",
        "Our team saved 15% on cloud costs after your talk - thank you!",
        "Would you like a copy of the slides from the panel?",
        "Ihre kurze Demo auf der KubeCon hat mich begeistert!",
        "Our team isn't happy with the current CRM - how do you coach reps through a switch?",
        "Read your post on Backstage - let's talk about our platform migrations sometime.",
        "I'm writing a piece on platform teams. Would you like a quote in it?",
    ],
)
def test_own_savings_offers_of_slides_and_the_recipients_demo_are_no_pitch(message: str) -> None:
    assert rules(message).pitch is False


@pytest.mark.parametrize(
    "message",
    [
        "Test our app from home and earn $250-$400/day, no experience needed.",
        "My bot will turn $500 into $12,000 in ten days.",
        "O meu fundo rende 3% ao dia, garantido.",
        "Nobody in platform engineering reads you. Your talks are pure fluff.",
        "Whoever signed off that migration at Globex should be fired.",
        "hi dear, how is your day? i'm looking for friends here. your profile caught my eye",
    ],
)
def test_easy_money_put_downs_and_a_strangers_opener_are_declined(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "I earned my AWS certification last month - any study tips welcome!",
        "Hi dear Priya, so lovely to see your name again after the reunion!",
        "Hi dear, your profile caught my eye: we have a Staff Platform role at Stripe.",
        "Most sales advice on LinkedIn is just fluff, but your post on discovery was gold.",
        "Loved your talk arguing that recruiters who ghost candidates should be fired.",
        "Your post on how to turn $10k into $100k of pipeline was brilliant.",
    ],
)
def test_everyday_notes_with_a_scammers_words_are_not_spam(message: str) -> None:
    assert rules(message).spam is False


@pytest.mark.parametrize(
    "message",
    [
        "Have we met? Your name rings a bell.",
        "¿Nos conocimos en Austin? Tu cara me suena.",
        "Must be about time we met, with 40 mutual connections!",
        "My colleague Dana met you at KubeCon and said I should reach out.",
        "Met loads of great engineers at the summit - hope you were one of them!",
    ],
)
def test_meetings_asked_about_wished_guessed_or_had_by_others_are_not_meetings(
    message: str,
) -> None:
    assert rules(message).reasons["met_in_person"] is False


@pytest.mark.parametrize(
    "message",
    [
        "We met at KubeCon last spring - good to reconnect!",
        "The last time we met at KubeCon you mentioned Backstage. How did it go?",
        "Was great meeting you at KubeCon - are you speaking at PlatformCon too?",
    ],
)
def test_a_meeting_said_is_still_a_meeting(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is True


@pytest.mark.parametrize(
    "message",
    [
        "I'm the new data platform lead at Globex - my VP said to say hi.",
        "I'm a senior analyst in Initech's Dallas risk team.",
        "Olá Priya, fomos colegas na Initech em 2016!",
        "Priyaさん、Initechで同じチームにいた田中です。",
    ],
)
def test_a_role_at_the_firm_and_colleagues_in_other_languages_are_the_same_organisation(
    message: str,
) -> None:
    assert rules(message).reasons["same_organisation"] is True


def test_a_role_at_another_firm_is_not() -> None:
    assert rules("I'm the new data platform lead at Stripe.").reasons["same_organisation"] is False


def test_a_name_the_senders_headline_gives_to_another_firm_is_that_firm() -> None:
    invitation = InvitationInput(
        "Sam Doe",
        headline="Adviser, Southern Cross Wealth Partners",
        message="Hi Priya, always good to meet another Southern Cross person!",
    )
    verdict = classify(invitation, PROFILE, second_opinion=False)
    assert verdict.reasons["same_organisation"] is False


def test_a_groups_local_meetup_is_the_group() -> None:
    verdict = rules("Great to meet you at the Austin Python Downtown meetup last week!")
    assert verdict.reasons["shared_group"] is True


def test_we_both_went_to_a_school_is_alumni() -> None:
    assert rules("Just noticed we both went to KCL - small world!").reasons["alumni"] is True


@pytest.mark.parametrize(
    "message",
    [
        "J'aimerais beaucoup vous demander conseil sur la gestion des astreintes.",
        "Could you share any advice on how you rolled out golden paths?",
        "Ich melde mich wegen eines Workshops für unser Plattformteam.",
    ],
)
def test_advice_asked_in_several_languages_is_an_opportunity(message: str) -> None:
    assert rules(message).reasons["specific_opportunity"] is True


def test_tips_for_a_newcomer_are_not_an_opportunity() -> None:
    assert (
        rules("I'm new to Austin Python - any tips for a first-timer?").reasons[
            "specific_opportunity"
        ]
        is False
    )
