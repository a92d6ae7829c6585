"""Rules from blind sets 154-161: a role to fill is no candidate on offer, an elided article
before a name, German event nouns after a group's name, plural insults and put-downs of
the recipient's work, a trusted partner from a named country, crypto staked for a job, a
price for this month only, good prices in more languages, a quiet approach, things done
together, a meeting taken back in the same sentence, a visit hosted at the recipient's
firm, a junior in the recipient's team. Each kind has its near miss beside it. The
wordings are new, not the sets' sentences."""

from __future__ import annotations

import pytest

from .helpers import assert_declined_as_pitch, assert_declined_as_spam, rules


def test_a_role_to_fill_is_no_candidate_on_offer() -> None:
    verdict = rules("I have a 9-month interim Head of Platform mandate at a fintech - interested?")
    assert verdict.pitch is False
    assert rules("I have two Heads of Platform available now, 20% fee.").pitch is True
    assert rules("I'm representing a strong Director of SRE, happy to share on our terms.").pitch


@pytest.mark.parametrize(
    "message",
    [
        "Ciao Priya, ci siamo conosciute all'incontro dell'APUG ad Austin!",
        "Bonjour Priya, je suis aussi passée par l'Initech, à Dallas.",
    ],
)
def test_a_name_after_an_elided_article_is_found(message: str) -> None:
    verdict = rules(message)
    assert verdict.reasons["shared_group"] or verdict.reasons["same_organisation"]


def test_a_name_after_an_apostrophe_in_a_word_is_not() -> None:
    assert rules("I'm at O'Initech Bakery now.").reasons["same_organisation"] is False


def test_a_german_event_noun_after_a_groups_name_is_the_groups_event() -> None:
    verdict = rules("Hallo Priya, wir haben uns beim Austin Python Frühstück unterhalten!")
    assert verdict.reasons["shared_group"] is True


@pytest.mark.parametrize(
    "message",
    [
        "Globex recruiters are idiots, all of them.",
        "Your workshops are rubbish and you know it.",
        "That was the dumbest thing I've read on here.",
        "Hope your whole team falls apart next quarter.",
        "We seek a trusted Swiss partner to receive the contract payment on our behalf.",
        "To confirm the CTO role, stake 0.4 ETH into our contract first.",
        "You've won a $500 voucher! Claim yours via the link on my profile.",
        "Women like you shouldn't belong on hiring panels.",
        "Ignoring every applicant. Disgraceful conduct from your team.",
    ],
)
def test_insults_put_downs_and_fees_for_a_job_are_declined(message: str) -> None:
    assert_declined_as_spam(message)


@pytest.mark.parametrize(
    "message",
    [
        "I trust my partner to handle the books, so I can focus on clients.",
        "Your workshop was the best thing I've attended all year.",
        "Loved your post on protecting candidates from scam artists posing as recruiters.",
        "Your talk on why we treat candidates like idiots really stuck with me.",
        "Your reply was the best rebuttal to the dumbest thing I've read all year.",
        "We want a trusted technology partner to move our payroll onto a new system.",
        "Our charity won a $50,000 grant last year thanks to advice like yours.",
    ],
)
def test_trust_and_praise_are_not_spam(message: str) -> None:
    assert rules(message).spam is False


@pytest.mark.parametrize(
    "message",
    [
        "Headshots for consultants, $199 this month only - want a slot?",
        "Nudimo QA inženjere po povoljnim cijenama.",
        "Temos desenvolvedores com preço ótimo para o seu time.",
    ],
)
def test_prices_for_a_month_and_good_prices_are_pitches(message: str) -> None:
    assert_declined_as_pitch(message)


def test_working_on_prices_is_no_pitch() -> None:
    assert rules("Trabajo en estrategia de precios competitivos para retail.").pitch is False


@pytest.mark.parametrize(
    "message",
    [
        "A quiet approach: a biotech is hiring its first VP Platform. Free Friday?",
        "We're hiring a Head of SRE in Austin - any interest in hearing more?",
    ],
)
def test_a_quiet_approach_and_a_role_offered_are_opportunities(message: str) -> None:
    assert rules(message).reasons["specific_opportunity"] is True


@pytest.mark.parametrize(
    "message",
    [
        "We did the Austin half marathon relay together - you ran the last leg!",
        "Thanks for the walk and talk by the river on Sunday.",
    ],
)
def test_things_done_together_are_meetings(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is True


@pytest.mark.parametrize(
    "message",
    [
        "We did the cloud architecture course together at Coursera.",
        "I was at the same PyCon as you - wish we'd actually met!",
        "We were both at KubeCon Paris, I think - did we ever meet?",
    ],
)
def test_a_course_together_and_a_meeting_taken_back_are_no_meetings(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is False


@pytest.mark.parametrize(
    "message",
    [
        "Great chatting at PyCon yesterday - wish we'd met sooner!",
        "Great chatting at PyCon yesterday - did we ever get to the Backstage question?",
    ],
)
def test_a_meeting_said_then_wished_sooner_is_still_a_meeting(message: str) -> None:
    assert rules(message).reasons["met_in_person"] is True


def test_never_met_said_before_a_call_keeps_the_call() -> None:
    verdict = rules("We've never met in person. We spoke on Zoom last week about CI, though.")
    assert verdict.reasons["met_in_person"] is True


def test_a_visit_hosted_at_the_recipients_firm_is_not_the_senders() -> None:
    verdict = rules("Thanks for hosting our platform team at the Globex office on Monday!")
    assert verdict.reasons["same_organisation"] is False


def test_joining_the_recipients_team_at_the_firm_is_the_same_organisation() -> None:
    verdict = rules("Joining your platform team at Globex on Monday - can't wait!")
    assert verdict.reasons["same_organisation"] is True


def test_a_junior_in_the_recipients_team_worked_there() -> None:
    verdict = rules("I was one of the new grads in your team at Initech back in 2016.")
    assert verdict.reasons["same_organisation"] is True
    attendee = "I was one of the attendees on your Initech webinar last week."
    assert rules(attendee).reasons["same_organisation"] is False


def test_german_invitation_to_join_a_network_is_stock_text() -> None:
    assert rules("Ich lade Sie ein, sich meinem beruflichen Netzwerk anzuschließen.").generic
