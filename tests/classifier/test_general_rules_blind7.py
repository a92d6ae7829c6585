"""General rules added after measuring on tests/classifier/blind7.jsonl, a second set
written like the dev set by another writer. Each test is a family of phrasings in words of
its own."""

from __future__ import annotations

import pytest

from tests.classifier.helpers import judge

# --- meeting -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Thanks for Monday's Zoom call, notes attached as promised.",
        "Thanks for the warm welcome at the team offsite!",
        "Thanks for letting me grab you after the keynote.",
        "Merci pour notre échange au forum de Lyon.",
        "Coincidimos en la conferencia de Madrid, ¡qué buena charla!",
        "So glad we finally talked in person at the summit.",
        "Great catching up at the alumni drinks.",
        "I asked the question about flaky tests at the end of your session.",
        "I was the guy asking about caching at the meetup.",
        "We shared an Uber to the airport after the conference.",
        "Good to sit next to you at the dinner.",
        "Really enjoyed our debate at the roundtable.",
    ],
)
def test_yet_more_ways_of_saying_we_met(message: str) -> None:
    assert judge(message).reasons["met_in_person"], message


def test_the_sender_sitting_next_to_someone_else_is_not_meeting_the_recipient() -> None:
    assert not judge("Noah and I sat next to each other at Initech.").reasons["met_in_person"]


# --- opportunities ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Noah says you've run both tools. Could you spare 20 minutes? Or just 20 mins?",
        "We're choosing a CI system and Noah says you know them all. 30 minutes?",
        "Could I get half an hour of advice on platform hiring?",
        "Would you talk to us on the record about on-call pay?",
        "Would you join our autumn panel on platform teams?",
        "Noah nominated you as a mentor for our programme.",
        "Up for a 20-minute slot at our talk night?",
        "Could I send you a short survey about developer experience?",
        "We want your team's input on our new careers site.",
        "How are you handling right-to-work checks for contractors?",
        "Would you review our Bazel versus Pants RFC?",
        "We're looking for two advisors with platform experience.",
    ],
)
def test_more_requests_that_need_the_recipient(message: str) -> None:
    assert judge(message).reasons["specific_opportunity"], message


# --- pitches ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Wir vereinbaren qualifizierte Termine für Sie, rein erfolgsbasiert.",
        "Our AI interview tool runs around the clock. Free recruiter seat this month.",
        "Our assessments predict performance. Can I book you in for a demo?",
        "I help consultants fill their calendars with 20+ discovery calls a month.",
        "Exhibitor stands are 80% sold, want one?",
        "I build apps at the cheapest price. Kindly check my portfolio.",
        "We host a private dinner for CTOs; shall I save you a seat?",
        "Advertise your roles with us, first three adverts free.",
        "Can I send over our pricing for background checks?",
        "My new ebook is half price this week, link below.",
        "Branded hoodies with low minimums and a 5-day turnaround.",
        "Secure your winner's package by Friday.",
    ],
)
def test_still_more_of_the_senders_own_offers(message: str) -> None:
    assert judge(message).pitch, message


# --- abuse, claims and names ---------------------------------------------------------------------


def test_wishing_someone_fired_is_abuse() -> None:
    assert judge("Your support is useless. Hope someone fires you.").queue == "decline"


def test_starting_at_the_recipients_firm_is_same_organisation() -> None:
    assert judge("Starting at Initech next week, hello!").reasons["same_organisation"]


def test_a_subject_abbreviation_after_a_school_is_that_school() -> None:
    assert judge("KCL Chem '11 here, hello!").reasons["alumni"]


def test_a_longer_surname_is_another_person_not_a_typo() -> None:
    verdict = judge("Noah Kimball suggested we connect.")
    assert not verdict.reasons["common_connection"]
    assert judge("Grace O'Brian suggested we connect.").reasons["common_connection"]
