"""Rules from blind sets 102-105: a stranger's "nice to meet you" before introducing
themselves is a greeting, not a meeting; a soldier abroad with a parcel to take in is a
scam; asking the recipient to invest in the sender's venture is a pitch; a school's
careers or admissions team is its staff, not its alumni; the sender's job said in
passing ("now I sell property"), a vendor-neutral group and a firm rebuilding its own
brand are no pitch; a group named "not to be confused with" another, or by a sender who
says anywhere that they are not a member, is not common ground. Each kind has its near
miss beside it. The wordings are new, not the sets' sentences."""

from __future__ import annotations

import pytest

from .helpers import assert_declined_as_pitch, assert_declined_as_spam, rules


@pytest.mark.parametrize(
    "message",
    [
        "Nice to meet you Priya. I am a backend developer from Lagos, looking to grow my network.",
        "Hello Priya, nice to meet you. My name is Ana and I work in QA.",
    ],
)
def test_nice_to_meet_you_before_a_self_introduction_is_no_meeting(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is False


def test_nice_to_meet_you_at_an_event_is_a_meeting() -> None:
    verdict = rules(
        "Nice to meet you at the Austin Python Meetup. I'm the one who asked about SLOs."
    )
    assert verdict.reasons["met_in_person"] is True


def test_a_soldier_abroad_with_a_parcel_is_a_scam() -> None:
    assert_declined_as_spam(
        "Hello dear, I'm an American soldier and need someone trustworthy "
        "to collect a parcel for me."
    )


def test_asking_the_recipient_to_invest_in_the_senders_venture_is_a_pitch() -> None:
    assert_declined_as_pitch(
        "Priya, I'm building a dev tools startup - would you invest, or know any investors?"
    )


def test_investing_time_in_a_chat_is_no_pitch() -> None:
    assert rules("Could you invest 20 minutes in a chat about on-call?").pitch is False


@pytest.mark.parametrize(
    "message",
    [
        "KCL careers team here - would you speak at our tech employer evening?",
        "Hi Priya, the KCL admissions office here; we'd love an alumna story for our brochure.",
    ],
)
def test_a_schools_careers_or_admissions_team_is_its_staff(message: str) -> None:
    assert rules(message).reasons["alumni"] is False


def test_an_alumna_who_now_helps_her_schools_careers_team_is_one() -> None:
    verdict = rules("Fellow UniMelb alum (2011) - I now volunteer with the careers team.")
    assert verdict.reasons["alumni"] is True


@pytest.mark.parametrize(
    "message",
    [
        "I worked at Globex years ago - now I sell commercial property. Would be great to connect.",
        "We're forming a vendor-neutral working group on platform guardrails - interested?",
        "Hallo Priya, wir bauen unser Platform-Team in Berlin neu auf. Hast du Tipps?",
    ],
)
def test_the_senders_own_work_said_in_passing_is_no_pitch(message: str) -> None:
    assert rules(message).pitch is False


def test_selling_to_the_recipient_is_still_a_pitch() -> None:
    assert_declined_as_pitch("Priya, we sell observability dashboards to platform teams. Demo?")


@pytest.mark.parametrize(
    "message",
    [
        "I'm starting the Dallas Python Circle (not to be confused with APUG!). Advice welcome.",
        "Loved your talk at the Austin Python Meetup. I'm not a member, just came with a friend.",
    ],
)
def test_a_group_set_apart_or_not_joined_is_not_common_ground(message: str) -> None:
    assert rules(message).reasons["shared_group"] is False
