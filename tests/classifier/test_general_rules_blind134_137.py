"""Rules from blind sets 134-137: a customer of the firm said without "as a", a job title
naming a relationship, an advance fee dressed as a partnership, put-downs of the
recipient's posts, a seller's catalogue or quote, "I help speakers monetise". Each kind
has its near miss beside it. The wordings are new, not the sets' sentences."""

from __future__ import annotations

import pytest

from .helpers import assert_declined_as_pitch, assert_declined_as_spam, rules


def test_a_customer_of_the_firm_is_not_its_staff() -> None:
    assert (
        rules("I'm a loyal Initech subscriber, love the product!").reasons["same_organisation"]
        is False
    )


@pytest.mark.parametrize(
    ("message", "headline"),
    [
        ("", "Sales Lead | Former SCB relationship banker"),
        ("", "Globex Cloud customer success lead"),
    ],
)
def test_a_job_named_for_customers_or_relationships_is_a_job_there(
    message: str, headline: str
) -> None:
    assert rules(message, headline).reasons["same_organisation"] is True


@pytest.mark.parametrize(
    "message",
    [
        "I seek an honest overseas partner to receive a shipment payment of $8M. You keep 25%.",
        "your leadership videos are cringe, honestly.",
    ],
)
def test_advance_fees_and_put_downs_are_declined(message: str) -> None:
    assert_declined_as_spam(message)


def test_praise_of_the_recipients_posts_is_not_a_put_down() -> None:
    assert rules("Your posts are so useful, thank you for writing them.").spam is False


@pytest.mark.parametrize(
    "message",
    [
        "We make branded notebooks for offsites. Want our catalogue?",
        "Could I quote Globex for your next 50 laptops?",
        "I help founders monetise their newsletters with a $1,500 funnel.",
    ],
)
def test_the_senders_offer_is_a_pitch(message: str) -> None:
    assert_declined_as_pitch(message)


@pytest.mark.parametrize(
    "message",
    [
        "Could I quote you in my article on platform teams?",
        "Now I sell commercial property, but I still follow platform engineering.",
    ],
)
def test_a_quote_for_an_article_or_a_job_said_is_no_pitch(message: str) -> None:
    assert rules(message).pitch is False
