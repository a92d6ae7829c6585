"""General rules added after measuring on tests/classifier/blind6.jsonl, a set written in
the manner of the dev set. Each test is a family of phrasings in words of its own."""

from __future__ import annotations

import pytest

from tests.classifier.helpers import judge
from triage.classifier import Affiliation, ProfileInput

# --- meeting -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Good to chat at the platform breakfast this morning.",
        "Lovely sitting next to you at the gala on Saturday.",
        "Thanks for hosting our table at the roundtable last week.",
        "Nice to bump into you at the station!",
        "Oi Priya, foi ótimo te conhecer no meetup!",
        "Schön, dass wir uns auf der Konferenz kennengelernt haben.",
    ],
)
def test_more_ways_of_saying_we_met(message: str) -> None:
    assert judge(message).reasons["met_in_person"], message


@pytest.mark.parametrize(
    "message",
    [
        "Always nice to meet another KCL alum in tech.",
        "Great to meet a fellow Longhorn on here.",
    ],
)
def test_meeting_alumni_in_general_is_not_meeting_the_recipient(message: str) -> None:
    assert not judge(message).reasons["met_in_person"], message


# --- organisations ------------------------------------------------------------------------------


def test_teammates_and_reunions_say_the_sender_was_there() -> None:
    assert judge("Noah and I were teammates at Initech.").reasons["same_organisation"]
    assert judge("Fun catching up at the Initech reunion.").reasons["same_organisation"]


def test_how_it_would_work_for_the_recipients_firm_is_not_working_there() -> None:
    verdict = judge("Can I show you how our tool would work for Globex Cloud?")
    assert not verdict.reasons["same_organisation"]
    assert verdict.pitch


def test_a_name_joined_by_an_ampersand_is_another_firm() -> None:
    profile = ProfileInput(
        full_name="Tom Becker",
        first_name="Tom",
        organisations=(Affiliation("Hadley Search Partners", ("Hadley",)),),
    )
    verdict = judge("", headline="Lettings at Hadley & Co", profile=profile)
    assert not verdict.reasons["same_organisation"]


def test_a_school_the_recipient_shares_like_me_is_alumni() -> None:
    verdict = judge("I see you're a KCL grad like me!")
    assert verdict.reasons["alumni"]


# --- opportunities ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "Would you lead the session on paved paths at our summit?",
        "Would you consider chairing our SRE track?",
        "We'd be thrilled to have you keynote our platform day.",
        "Your name came up as an ideal mentor for our scheme.",
        "I'm editing a series on developer platforms for InfoQ.",
        "Noah said you might be keen to mentor one of our juniors.",
    ],
)
def test_roles_for_the_recipient(message: str) -> None:
    assert judge(message).reasons["specific_opportunity"], message


# --- pitches ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "message",
    [
        "My agency supplies contract testers on flexible terms.",
        "Our last client tripled their inbound leads.",
        "Happy to send a proposal if your team ever needs training.",
        "Kindly share your requirement for a free quote.",
        "We are a leading QA company with 300 projects delivered.",
        "We supply engineers at low cost from Pune.",
        "We have 2,000 vetted developers ready to start. No fees until you hire.",
        "I cut cloud bills in 30 days or you don't pay.",
        "Dinner is courtesy of our observability platform; shall I reserve you a seat?",
        "I can rebuild it for $900 in a week.",
        "My 8-week course has 2 spaces left. Shall I send details?",
    ],
)
def test_more_of_the_senders_own_offers(message: str) -> None:
    assert judge(message).pitch, message


def test_running_a_firm_is_not_by_itself_a_pitch() -> None:
    verdict = judge("I run a small recruitment firm; would you be open to co-hosting a workshop?")
    assert not verdict.pitch
    assert verdict.reasons["specific_opportunity"]


# --- abuse and scams ---------------------------------------------------------------------------


def test_an_accusation_of_fraud_is_abuse_but_a_fraud_team_is_not() -> None:
    assert judge("Your so-called advice cost us a client. Fraud.").queue == "decline"
    assert not judge("I lead the fraud team at a bank.").spam


def test_asking_to_be_friends_on_a_messaging_app_is_a_scam() -> None:
    assert judge("hi, i would like to be friends. are you on whatsapp?").queue == "decline"


# --- stock text ----------------------------------------------------------------------------------


def test_the_dutch_stock_note_in_its_other_word_order_is_generic() -> None:
    assert judge("Graag voeg ik je toe aan mijn professionele netwerk op LinkedIn.").generic
