"""Rules from blind sets 162-169: schools and groups named as the sender's customers,
targets or neighbours rather than their own, a school or group only applied to or hoped
for, a guess that ends the clause, put-downs, a phishing notice, a reseller deal, a firm
asked to sponsor and an offer to sponsor the recipient, a fee said not to exist. Each kind
has its near miss beside it. The wordings are new, not the sets' sentences."""

from __future__ import annotations

import pytest

from .helpers import assert_declined_as_pitch, assert_declined_as_spam, rules


@pytest.mark.parametrize(
    "message",
    [
        "We recruit UT and KCL graduates for fintech platform teams.",
        "We're reaching out to UniMelb alumni who lead engineering teams.",
        "I represent a KCL-trained SRE manager who is open to offers.",
        "Lots of APUG members already use our linting service.",
        "We print hoodies for communities like Austin Python and local meetups.",
        "Our office is just down the road from King's, so say hi sometime.",
        "I'm putting together my application for the MSc at UT next year.",
        "I'm hoping to join the Austin Python Meetup when I move.",
    ],
)
def test_a_body_named_as_others_or_only_hoped_for_is_no_shared_ground(message: str) -> None:
    reasons = rules(message).reasons
    assert not (reasons["alumni"] or reasons["shared_group"])


@pytest.mark.parametrize(
    "message",
    [
        "Fellow UT grad here - class of 2016!",
        "Saw your name on the APUG member list - I'm a member too.",
        "KCL alum here too - nice to find another in platform engineering.",
        "Reaching out to a fellow UT grad - hi!",
        "I've been to most of the Austin Python Meetup sessions this year.",
        "I serve as treasurer for the Austin Python Meetup.",
    ],
)
def test_the_senders_own_school_or_group_still_counts(message: str) -> None:
    reasons = rules(message).reasons
    assert reasons["alumni"] or reasons["shared_group"]


@pytest.mark.parametrize(
    "message",
    [
        "We met at the Austin Python holiday party, I think?",
        "We met at KubeCon last year - or was that someone else?",
    ],
)
def test_a_guess_closing_the_clause_is_no_meeting(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is False


@pytest.mark.parametrize(
    "message",
    [
        "Met you at the Globex meetup last week - we both went to KCL too, I think?",
        "Great meeting you at the platform summit today, best session of the year I think",
    ],
)
def test_a_guess_or_opinion_about_something_else_keeps_the_meeting(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is True


@pytest.mark.parametrize(
    "message",
    [
        "You're all useless. Enjoy your stock options.",
        "Your methods are toxic, and so are you.",
        "Priya, your Globex VPN certificate expires today. Re-validate here: globex-vpn.help",
        "The alumni office needs a one-time $150 verification payment to keep your account.",
        "No reply after four interviews. Globex should be ashamed.",
    ],
)
def test_put_downs_phishing_and_fees_are_declined(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "Your post on burnout was brave - nobody should be ashamed.",
        "I'm a UT grad, and so are you!",
        "My CKA certificate expires in 3 months so I'm studying again.",
    ],
)
def test_kind_words_and_ones_own_certificate_are_not_spam(message: str) -> None:
    assert rules(message).spam is False


@pytest.mark.parametrize(
    "message",
    [
        "Would Globex sponsor our developer awards? $5,000 gets your logo on the stage.",
        "Become a reseller of our observability suite - buy 20 licences at trade price.",
    ],
)
def test_a_firm_asked_to_sponsor_or_resell_is_pitched(message: str) -> None:
    assert_declined_as_pitch(message)


@pytest.mark.parametrize(
    "message",
    [
        "We'd like to sponsor your next platform meetup - venue and pizza on us.",
        "We nominated Globex for our community award; there's no entry fee at all.",
        "We would love to sponsor the Austin Python Meetup next spring.",
        "Could Globex sponsor a visa for the platform role I applied to?",
        "Our team had to buy 50 licences of a tool nobody used.",
    ],
)
def test_an_offer_to_sponsor_the_recipient_and_a_free_entry_are_no_pitch(message: str) -> None:
    assert rules(message).pitch is False
