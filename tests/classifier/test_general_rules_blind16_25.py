"""Rules from blind sets 16-29: schools and groups. The learned model leaves them to the
rules (learned.MAY_ADD), so the rules' own near misses here are the last word."""

from __future__ import annotations

import pytest

from triage.classifier import Affiliation, ProfileInput

from .helpers import judge

# A recipient whose schools are place names, without aliases that spell them out alone.
TOWNS = ProfileInput(
    full_name="Tom Becker",
    first_name="Tom",
    organisations=(Affiliation("Northwind Pharma", ("Northwind",), current=True),),
    schools=(
        Affiliation("University of Leeds", ("Leeds",)),
        Affiliation("Monash University", ("Monash",)),
        Affiliation("University of Melbourne", ("Melbourne Uni",)),
    ),
)


def reasons(message: str, headline: str = "") -> tuple[str, ...]:
    return judge(message, headline, TOWNS, second_opinion=False).true_reasons


# --- a place name the note uses for another school -------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Tom, Leeds alum here (Leeds Trinity, 2011)!",
        "Hi Tom, fellow Melbourne grad - Melbourne Polytechnic, mind you.",
    ],
)
def test_a_place_name_the_note_also_gives_to_another_school_is_that_one(message: str) -> None:
    verdict = judge(message, profile=TOWNS, second_opinion=False)
    assert "alumni" not in verdict.true_reasons
    assert [c.kind for c in verdict.unverified] == ["alumni"]


def test_a_place_name_school_on_its_own_still_counts() -> None:
    assert reasons("Hi Tom, Leeds grad here, history 2011.") == ("alumni",)
    assert reasons("Hi Tom, fellow Melbourne alum, class of 2015.") == ("alumni",)


# --- a town, not a school ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Tom, I also studied in Melbourne, at RMIT, so we were neighbours!",
        "Hi Tom, I grew up in Leeds and still support the rugby team.",
    ],
)
def test_a_place_name_after_in_is_the_town(message: str) -> None:
    assert "alumni" not in reasons(message)


def test_the_school_in_that_town_still_counts() -> None:
    assert reasons("Hi Tom, I studied in Melbourne myself, at Monash, class of 2009.") == (
        "alumni",
    )


# --- staff, and someone else's study -------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Hi Priya, I'm an adjunct professor at the Cockrell School, teaching networks.",
        "Hi Priya, I lecture on distributed systems in the evening programme at UT Austin.",
    ],
)
def test_teaching_there_is_not_studying_there(message: str) -> None:
    assert "alumni" not in judge(message).true_reasons


def test_working_elsewhere_first_and_studying_there_after_is_alumni() -> None:
    assert (
        "alumni" in judge("I worked in retail for years, then studied at UT Austin.").true_reasons
    )


def test_a_childs_study_told_at_length_is_still_the_childs() -> None:
    message = "Hi Tom, my son has only just started a two-year chemistry degree at Leeds."
    assert "alumni" not in reasons(message)


@pytest.mark.parametrize(
    "headline", ["Student Adviser, Monash University", "Student Support Officer, Monash University"]
)
def test_a_headline_serving_students_is_staff(headline: str) -> None:
    assert reasons("", headline=headline) == ()


def test_a_student_headline_is_still_a_student() -> None:
    assert reasons("", headline="MSc Student, Monash University") == ("alumni",)


# --- study in scripts without spaces ---------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Priya님, 저도 UT Austin 동문입니다. 반갑습니다!",
        "Priya你好，我也是UT Austin的校友。",
        "Priyaさん、UT Austinの卒業生です。よろしくお願いします。",
    ],
)
def test_alumni_words_in_korean_chinese_and_japanese(message: str) -> None:
    assert "alumni" in judge(message, second_opinion=False).true_reasons


# --- a group one has not yet been to ---------------------------------------------------------


def test_a_newcomer_to_the_group_is_not_a_member_yet() -> None:
    message = "Hi Priya, I'm going to my first Austin Python Meetup next month - any tips?"
    assert "shared_group" not in judge(message).true_reasons


def test_a_regular_of_the_group_is() -> None:
    message = "Hi Priya, good to see you at the Austin Python Meetup again last week."
    assert "shared_group" in judge(message).true_reasons
