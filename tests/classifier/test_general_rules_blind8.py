"""General rules added after measuring on tests/classifier/blind8.jsonl. Each test is a
family of phrasings in words of its own."""

from __future__ import annotations

import pytest

from tests.classifier.helpers import judge


@pytest.mark.parametrize(
    "message",
    [
        "Thanks for your time on Thursday's call, sending the notes now.",
        "Thanks again for meeting me at the café on Friday.",
    ],
)
def test_a_call_or_a_coffee_already_had_is_meeting(message: str) -> None:
    assert judge(message).reasons["met_in_person"], message


def test_a_dream_of_working_there_is_not_working_there() -> None:
    verdict = judge("I've always dreamed of working at Initech like you did!")
    assert not verdict.reasons["same_organisation"]


@pytest.mark.parametrize(
    "message",
    [
        "I have three senior SREs on the market; 18% on placement. Keen to see CVs?",
        "Our tool does it automatically. Demo this week?",
        "We host a golf day for platform buyers, free for qualified teams. Shall I hold a spot?",
        "Wir generieren B2B-Leads für Agenturen. Interesse?",
        "Notre équipe offshore travaille à des tarifs très compétitifs.",
        "I'd love to pitch you a referral deal for your clients.",
        "My team in Lisbon builds data pipelines for US firms.",
        "Could I show you a sample report?",
        "Happy to send rates if you ever need cover.",
    ],
)
def test_the_senders_offer_in_yet_more_words(message: str) -> None:
    assert judge(message).pitch, message


@pytest.mark.parametrize(
    "message",
    [
        "We'd love you to chair our autumn roundtable.",
        "We'd love a guest post on your migration story.",
        "Curious how you run failover drills; any chance of a short call?",
        "I'm on a Head of Platform mandate for a fintech in Austin.",
    ],
)
def test_yet_more_requests_that_need_the_recipient(message: str) -> None:
    assert judge(message).reasons["specific_opportunity"], message


@pytest.mark.parametrize(
    "message",
    [
        "You managers are clueless.",
        "Your platform is a scam. Blocked.",
        "Hello dear, how is your day going? You seem very kind, I want to know you better.",
    ],
)
def test_abuse_and_romance_scams_are_declined(message: str) -> None:
    assert judge(message).queue == "decline", message
