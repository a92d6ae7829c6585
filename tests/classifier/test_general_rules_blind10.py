"""General rules added after measuring on tests/classifier/blind10.jsonl. Each test is a
family of phrasings in words of its own."""

from __future__ import annotations

import pytest

from tests.classifier.helpers import judge


def test_a_fee_mentioned_in_passing_is_not_a_pitch() -> None:
    verdict = judge("Saw you on the panel - your point about agency fees was spot on.")
    assert not verdict.pitch
    assert verdict.queue == "query"
    assert judge("No placement fees until your hire starts.").pitch


def test_a_new_starters_thanks_for_the_welcome_is_not_a_meeting_but_an_event_is() -> None:
    assert not judge("First week done - thanks for the warm welcome!").reasons["met_in_person"]
    assert judge("Thanks for the warm welcome at the team lunch.").reasons["met_in_person"]


@pytest.mark.parametrize(
    "message",
    [
        "Thanks for your time on Teams this afternoon.",
        "Es war schön, Sie beim Kongress kennenzulernen.",
    ],
)
def test_meeting_phrases_from_the_tenth_set(message: str) -> None:
    assert judge(message).reasons["met_in_person"], message


@pytest.mark.parametrize(
    "message",
    [
        "Hola Priya, trabajamos juntas en Initech hace años.",
        "We shared the payments desk at Initech for two years.",
    ],
)
def test_working_together_in_more_words(message: str) -> None:
    assert judge(message).reasons["same_organisation"], message


@pytest.mark.parametrize(
    "message",
    [
        "I've been retained to find a Head of Platform for a scale-up.",
        "I'd love to record an episode with you about paved paths.",
        "Would you guest-lecture our cloud course next term?",
    ],
)
def test_requests_from_the_tenth_set(message: str) -> None:
    assert judge(message).reasons["specific_opportunity"], message


@pytest.mark.parametrize(
    "message",
    [
        "Comment GROWTH for the free training.",
        "Your site has 40 issues, I will fix all for cheap price.",
        "You're leaving 30% on the table on AWS. Open to a demo Thursday?",
    ],
)
def test_offers_from_the_tenth_set(message: str) -> None:
    assert judge(message).pitch, message


def test_wishing_ill_is_abuse() -> None:
    verdict = judge("You are the kind of manager who ruins teams. Hope you enjoy your bonus.")
    assert verdict.spam
