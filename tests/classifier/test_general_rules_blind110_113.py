"""Rules from blind sets 110-113, most from a second set of accept-precision traps by a
fresh writer: an offer made to a body's members, written before the name ("special offer
for X members") or with more words after it, and the body's sponsors; the recipient's
group asked about ("you're in the SLA group, right?"); a group's webinar watched; a
connection followed online or seen through the recipient's own connections; leading a
programme at a school; a girlfriend's school; grads the sender's firm supports; "I don't
work at X myself". Also pre-IPO shares and put-downs of the recipient's firm. Each kind
has its near miss beside it. The wordings are new, not the sets' sentences."""

from __future__ import annotations

import dataclasses

import pytest

from .helpers import PROFILE, assert_declined_as_pitch, assert_declined_as_spam, judge, rules


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("A special offer for Austin Python Meetup members: 30% off our course.", "shared_group"),
        ("Exclusive for APUG members - two months free on our CI service!", "shared_group"),
        ("We're offering UniMelb alumni a fixed 9% return on our property fund.", "alumni"),
        ("UT Austin grads at Globex get 2% off our home loans. Want a quote?", "alumni"),
        (
            "As an Austin Python Meetup sponsor we're offering members 20% off our IDE.",
            "shared_group",
        ),
    ],
)
def test_an_offer_to_a_bodys_members_or_its_sponsor_is_no_reason(message: str, reason: str) -> None:
    verdict = rules(message)
    assert verdict.reasons[reason] is False
    assert verdict.queue != "accept"


@pytest.mark.parametrize(
    "message",
    [
        "Priya, you're in the Austin Python Meetup, right? My manager runs their newsletter.",
        "I watched your webinar with the Austin Python Meetup last month - great stuff!",
    ],
)
def test_the_recipients_group_asked_about_or_watched_is_not_common_ground(message: str) -> None:
    assert rules(message).reasons["shared_group"] is False


@pytest.mark.parametrize(
    "message",
    [
        "Priya, you're in the Austin Python Meetup too? So am I!",
        "Loved your APUG talk on build caches - we chatted after at the bar.",
    ],
)
def test_a_group_shared_or_attended_still_counts(message: str) -> None:
    assert rules(message).reasons["shared_group"] is True


PEOPLE = dataclasses.replace(PROFILE, connections=(*PROFILE.connections, "Omar Haddad"))


@pytest.mark.parametrize(
    "message",
    [
        "I follow Omar Haddad on Twitter - he retweeted your talk. Connecting!",
        "Noticed you're connected with Omar Haddad on here - want a demo of our tool?",
        "I only know Omar Haddad through his blog, but your posts are great too.",
    ],
)
def test_a_connection_followed_or_seen_among_the_recipients_is_none(message: str) -> None:
    verdict = judge(message, profile=PEOPLE, second_opinion=False)
    assert verdict.reasons["common_connection"] is False


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("I lead the data science MSc at UniMelb - would you guest lecture?", "alumni"),
        ("My girlfriend is at KCL doing her PhD, small world!", "alumni"),
        ("Our firm supports a lot of Initech alumni after the layoffs.", "same_organisation"),
        ("I don't work at Initech myself, but my brother does.", "same_organisation"),
    ],
)
def test_staff_relatives_clients_and_denials_are_no_reason(message: str, reason: str) -> None:
    assert rules(message).reasons[reason] is False


def test_pre_ipo_shares_are_a_pitch() -> None:
    assert_declined_as_pitch("Pre-IPO shares in a US fintech, 8x projected returns. DM me.")


def test_a_put_down_of_the_recipients_engineers_declines() -> None:
    assert_declined_as_spam(
        "Your outage cost us a week. Globex engineers are clueless, you included."
    )
