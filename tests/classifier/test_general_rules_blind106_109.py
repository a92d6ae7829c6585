"""Rules from blind sets 106-109, most from a set of accept-precision traps: names of the
recipient's groups, schools and connections that are not the sender's own. A group or
school named as the audience of an offer ("PTF members get 10% off"), a group the sender
only hopes to join or follows online, a connection whose post or talk the sender saw, a
relative's employer in Spanish or Portuguese, grads the sender hires, a home town, a
venue. Also scams (a voucher to claim, funds to bring in, extortion) and a recruiter's
percentage fee. Each kind has its near miss beside it. The wordings are new, not the
sets' sentences."""

from __future__ import annotations

import dataclasses

import pytest

from .helpers import PROFILE, assert_declined_as_pitch, assert_declined_as_spam, judge, rules

# --- names that are the recipient's, or an offer's audience ---------------------------------------


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("Austin Python Meetup members get 15% off our on-call course this week.", "shared_group"),
        ("UniMelb alumni can now book our career coaching at a special rate.", "alumni"),
        (
            "As a member of the Austin Python Meetup you qualify for 20% off our premium plan.",
            "shared_group",
        ),
    ],
)
def test_a_name_as_the_audience_of_an_offer_is_not_a_reason(message: str, reason: str) -> None:
    verdict = rules(message)
    assert verdict.reasons[reason] is False
    assert verdict.queue == "decline"


def test_a_fellow_member_is_still_one() -> None:
    assert rules("As a fellow member of the Austin Python Meetup, hello!").reasons["shared_group"]


@pytest.mark.parametrize(
    "message",
    [
        "I'm keen to join the Austin Python Meetup once I settle in Texas.",
        "I'd love to get involved with the Austin Python Meetup next year.",
        "I've heard great things about the Austin Python Meetup - connect?",
        "I follow the Austin Python Meetup's posts every week, great community.",
    ],
)
def test_a_group_hoped_for_or_followed_is_not_common_ground(message: str) -> None:
    assert rules(message).reasons["shared_group"] is False


PEOPLE = dataclasses.replace(PROFILE, connections=(*PROFILE.connections, "Hannah Wright"))


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, saw Noah Kim's talk at KubeCon - inspiring stuff. Let's connect.",
        "Hannah Wright endorsed you for incident management - impressive!",
        "I'm a regular listener of Hannah Wright's podcast. Connect?",
    ],
)
def test_a_connection_only_seen_is_no_common_connection(message: str) -> None:
    verdict = judge(message, profile=PEOPLE, second_opinion=False)
    assert verdict.reasons["common_connection"] is False


@pytest.mark.parametrize(
    "message",
    [
        "Hannah Wright mentioned you'd be the person to ask about SLOs.",
        "We met at Noah Kim's book launch last week!",
        "I noticed Noah Kim is one of our mutual connections - he speaks highly of you.",
    ],
)
def test_a_connection_who_referred_or_hosted_still_counts(message: str) -> None:
    verdict = judge(message, profile=PEOPLE, second_opinion=False)
    assert verdict.reasons["common_connection"] is True


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("Hola Priya, mi prima trabaja en Globex y habla maravillas de ti.", "same_organisation"),
        ("Oi Priya, meu primo trabalha na Globex. Vamos conectar?", "same_organisation"),
        ("I hire a lot of UniMelb grads for our sales team.", "alumni"),
        ("I'm from Melbourne originally - always nice to meet fellow Victorians.", "alumni"),
        ("I'm speaking at a bootcamp held at UniMelb's Parkville campus next week.", "alumni"),
    ],
)
def test_someone_elses_affiliation_a_town_or_a_venue_is_no_reason(
    message: str, reason: str
) -> None:
    assert rules(message).reasons[reason] is False


# --- scams and a recruiter's fee ------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Congratulations! Claim your $500 gift card at the link before Friday.",
        "I am a widow and need a trusted person to help bring my funds here - 25% share for you.",
        "I know what you did at Initech. Send $300 in bitcoin or I tell your manager.",
    ],
)
def test_more_scams_decline(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "Our agency places senior SREs for an 18% fee - can we get on Globex's PSL?",
        "We trained a team at your old employer. Should I send Globex a group quote?",
    ],
)
def test_a_percentage_fee_or_an_unasked_quote_is_a_pitch(message: str) -> None:
    assert_declined_as_pitch(message)
