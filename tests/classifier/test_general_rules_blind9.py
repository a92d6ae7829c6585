"""General rules added after measuring on tests/classifier/blind9.jsonl. Each test is a
family of phrasings in words of its own."""

from __future__ import annotations

import pytest

from tests.classifier.helpers import judge


def test_the_recipients_team_after_a_pitch_is_not_the_senders() -> None:
    verdict = judge("Can I set up a demo for the Globex platform team?")
    assert not verdict.reasons["same_organisation"]
    assert verdict.pitch
    assert judge("I was on the Initech payments desk in 2015.").reasons["same_organisation"]


def test_a_stint_with_years_is_working_there() -> None:
    assert judge("Initech support ops, 2012 to 2015 - hi Priya!").reasons["same_organisation"]


@pytest.mark.parametrize(
    "message",
    [
        "Thanks for the time on Zoom this morning.",
        "Un gusto haberte conocido en la cena.",
        "Danke für das nette Gespräch beim Meetup.",
        "Fun conversation about build caches at the social last night.",
    ],
)
def test_still_more_ways_of_saying_we_met(message: str) -> None:
    assert judge(message).reasons["met_in_person"], message


@pytest.mark.parametrize(
    "message",
    [
        "We rebuild sites for a flat $1,200. Want a quote?",
        "La nostra agenzia fa video; posso inviarle il listino prezzi?",
        "We fill calendars for coaches and you only pay for shows.",
        "10,000 backlinks for your site, reply for package.",
        "Our contractors cost 30% less than agencies.",
    ],
)
def test_more_offers_in_more_words(message: str) -> None:
    assert judge(message).pitch, message


@pytest.mark.parametrize(
    "message",
    [
        "I have a confidential business proposal for you. Kindly reply.",
        "hi, i am single engineer, you look kind, can we talk on telegram",
        "Your posts are recycled nonsense, get a real job.",
        "Absolute clowns, the lot of you.",
    ],
)
def test_scams_and_abuse_in_more_words(message: str) -> None:
    assert judge(message).queue == "decline", message


@pytest.mark.parametrize(
    "message",
    [
        "Could you lead a short roundtable at our June meetup?",
        "Which on-call tool would you recommend for a team of ten?",
        "May I send you a short outline of the board role?",
    ],
)
def test_requests_for_a_hand_or_a_view(message: str) -> None:
    assert judge(message).reasons["specific_opportunity"], message


def test_asking_whether_to_join_a_group_is_not_an_opportunity() -> None:
    assert not judge("Would you recommend it? Thinking of joining.").reasons["specific_opportunity"]


def test_a_school_of_the_university_is_that_university() -> None:
    assert judge("Melbourne Uni Business School, same year as you I think!").reasons["alumni"]
