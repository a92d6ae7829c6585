"""Rules from blind sets 170-175: a shop named with a possessive, an agency's fee called a
partnership, a document shared behind a link and a login, a put-down of the recipient's
product, a free first session and last places in more languages, "you hired me into",
a good business proposal, a Korean demo. Each kind has its near miss beside it. The
wordings are new, not the sets' sentences."""

from __future__ import annotations

import pytest

from triage.classifier import InvitationInput, classify

from .helpers import PROFILE, assert_declined_as_pitch, assert_declined_as_spam, rules


def test_a_shop_named_with_a_possessive_is_another_business() -> None:
    invitation = InvitationInput("Sam Doe", headline="Baker at Initech's Bakery", message="")
    verdict = classify(invitation, PROFILE, second_opinion=False)
    assert verdict.reasons["same_organisation"] is False


def test_the_firms_own_office_with_a_possessive_is_still_the_firm() -> None:
    verdict = rules("I was on the team in Initech's Dallas office until 2019!")
    assert verdict.reasons["same_organisation"] is True


@pytest.mark.parametrize(
    "message",
    [
        "Let's partner: Globex sends us its hard-to-fill roles and we fill them at 20%.",
        "Erstberatung kostenlos - mein Coaching bringt dich in 6 Wochen zurück in die Spur.",
        "Rejoignez notre bootcamp DevOps, dernières places à 690 € !",
        "Priya님, 15분 데모 가능하실까요?",
        "We'd love you on our podcast; guests contribute $450 towards editing.",
    ],
)
def test_agency_fees_free_first_sessions_and_last_places_are_pitches(message: str) -> None:
    assert_declined_as_pitch(message)


@pytest.mark.parametrize(
    "message",
    [
        "Priya, the Globex reorg chart has been shared with you - login required to view.",
        "Your team's tool is garbage and so are you.",
        "Hello Priya, I have an urgent business proposal for you. Reply for details.",
        "hi Priya, I'm new here and have an investment secret that changed my life",
    ],
)
def test_shared_files_behind_logins_put_downs_and_proposals_are_declined(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "I've shared the slides with you on the Austin Python drive - no login required.",
        "Your tool is brilliant and so are you!",
        "I've put my design portfolio online - view it here: samdoe.com",
    ],
)
def test_shared_slides_and_praise_are_not_spam(message: str) -> None:
    assert rules(message).spam is False


def test_being_hired_into_the_firm_by_the_recipient_is_the_same_organisation() -> None:
    verdict = rules("You hired me into the Initech platform team back in 2016 - thank you!")
    assert verdict.reasons["same_organisation"] is True


def test_a_nickname_after_fellow_and_the_school_is_still_the_school() -> None:
    assert rules("Fellow UT Austin Longhorn! Great to see you at Globex.").reasons["alumni"] is True
    assert rules("Fellow UT Dallas grad here - hello!").reasons["alumni"] is False
