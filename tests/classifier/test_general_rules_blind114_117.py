"""Rules from blind set 116, a third set of accept-precision traps: the recipient's own
affiliation said back with "you" ("as a Monash grad you'll appreciate"), a firm the
sender sold to, a school hoped for or applied to and turned down, alumni "in hot demand"
as a recruiter's stock, a connection asked about or to be introduced to, a group the
sender is not in, and thinking about moving and joining. Also "useless engineers". Each
kind has its near miss beside it. The wordings are new, not the set's sentences."""

from __future__ import annotations

import dataclasses

import pytest

from .helpers import PROFILE, assert_declined_as_spam, judge, rules


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("As a UniMelb grad you'll love our alumni travel card - apply today.", "alumni"),
        (
            "As an ex-Initech engineer you know how painful on-call is. Try our pager tool.",
            "same_organisation",
        ),
        (
            "I sold Globex its first batch of laptops back in 2019, small world.",
            "same_organisation",
        ),
        ("KCL is on my list for a master's next year - any tips?", "alumni"),
        ("My UniMelb application got rejected years ago, but I still follow the place.", "alumni"),
        (
            "Initech alumni are in hot demand - we place them in fintech for a 15% fee.",
            "same_organisation",
        ),
        (
            "I'm not in the Austin Python Meetup myself, but I see you are. Is it good?",
            "shared_group",
        ),
        (
            "I'm thinking about moving to Austin and joining the Austin Python Meetup.",
            "shared_group",
        ),
    ],
)
def test_the_recipients_affiliation_or_one_only_hoped_for_is_no_reason(
    message: str, reason: str
) -> None:
    verdict = rules(message)
    assert verdict.reasons[reason] is False
    assert verdict.queue != "accept"


def test_a_fellow_grad_saying_you_will_know_it_still_counts() -> None:
    assert rules("As a fellow UniMelb grad, you'll know the Parkville coffee.").reasons["alumni"]


PEOPLE = dataclasses.replace(PROFILE, connections=(*PROFILE.connections, "Karl Jensen"))


@pytest.mark.parametrize(
    "message",
    [
        "Karl Jensen is one of your connections, right? I'd love an intro.",
        "Could you introduce me to Karl Jensen? I'd like to show him our tool.",
        "I don't actually know Karl Jensen, but he keeps appearing in my feed.",
    ],
)
def test_a_connection_asked_about_is_no_common_connection(message: str) -> None:
    verdict = judge(message, profile=PEOPLE, second_opinion=False)
    assert verdict.reasons["common_connection"] is False


def test_useless_engineers_is_a_put_down() -> None:
    assert_declined_as_spam("your release broke our pipeline again. useless engineers.")
