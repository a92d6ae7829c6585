"""The outcome lifecycle: every allowed transition, and every forbidden one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest
from django.utils import timezone

from accounts.models import User
from triage.models import EventKind, FinalAction, Invitation, Outcome
from triage.services import outcomes
from triage.services.outcomes import OutcomeError

MakeInvitation = Callable[..., Invitation]


@pytest.fixture
def queried(alice: User, make_invitation: MakeInvitation) -> Invitation:
    return make_invitation(alice, sender_name="Dana Reyes")


@pytest.fixture
def awaiting(queried: Invitation) -> Invitation:
    return outcomes.mark_reply_sent(queried)


def _kinds(invitation: Invitation) -> list[str]:
    return list(invitation.events.order_by("at", "id").values_list("kind", flat=True))


def test_reply_sent_starts_the_wait_with_the_users_window(queried: Invitation) -> None:
    queried.owner.follow_up_days = 10
    sent = timezone.now() - timedelta(days=1)

    outcomes.mark_reply_sent(queried, at=sent)

    queried.refresh_from_db()
    assert queried.outcome == Outcome.AWAITING
    assert queried.final_action == FinalAction.REPLIED
    assert queried.reply_sent_at == sent
    assert queried.follow_up_due_at == sent + timedelta(days=10)
    assert _kinds(queried) == [EventKind.REPLY_SENT]


@pytest.mark.parametrize(
    ("outcome", "action"),
    [
        (Outcome.EXPLAINED, FinalAction.REPLIED),
        (Outcome.APOLOGISED, FinalAction.IGNORED),
        (Outcome.CURT, FinalAction.IGNORED),
        (Outcome.EXPIRED, FinalAction.IGNORED),
    ],
)
def test_each_outcome_can_be_recorded_while_awaiting(
    awaiting: Invitation, outcome: str, action: str
) -> None:
    outcomes.record_outcome(awaiting, outcome, suggested=Outcome.EXPLAINED)

    awaiting.refresh_from_db()
    assert awaiting.outcome == outcome
    assert awaiting.final_action == action
    assert awaiting.outcome_at is not None
    event = awaiting.events.get(kind=EventKind.OUTCOME)
    assert event.by_hand
    assert event.data == {"outcome": outcome, "suggested": Outcome.EXPLAINED}


def test_recording_an_outcome_clears_the_overdue_flag(awaiting: Invitation) -> None:
    Invitation.objects.filter(pk=awaiting.pk).update(overdue=True)
    awaiting.refresh_from_db()

    outcomes.record_outcome(awaiting, Outcome.CURT)

    awaiting.refresh_from_db()
    assert not awaiting.overdue


@pytest.mark.parametrize("outcome", [Outcome.EXPLAINED, Outcome.CURT, Outcome.EXPIRED])
def test_no_outcome_before_a_reply_is_sent(queried: Invitation, outcome: str) -> None:
    with pytest.raises(OutcomeError, match="No reply has been sent"):
        outcomes.record_outcome(queried, outcome)

    queried.refresh_from_db()
    assert queried.outcome == Outcome.NONE
    assert not queried.events.exists()


@pytest.mark.parametrize("not_an_outcome", [Outcome.AWAITING, Outcome.NONE, "maybe"])
def test_only_real_outcomes_can_be_recorded(awaiting: Invitation, not_an_outcome: str) -> None:
    with pytest.raises(OutcomeError, match="not an outcome"):
        outcomes.record_outcome(awaiting, not_an_outcome)


def test_a_second_outcome_is_refused_without_correcting(awaiting: Invitation) -> None:
    outcomes.record_outcome(awaiting, Outcome.EXPLAINED)

    with pytest.raises(OutcomeError, match="already recorded as Explained"):
        outcomes.record_outcome(awaiting, Outcome.CURT)

    awaiting.refresh_from_db()
    assert awaiting.outcome == Outcome.EXPLAINED


def test_correcting_replaces_the_outcome_and_keeps_both_in_history(awaiting: Invitation) -> None:
    outcomes.record_outcome(awaiting, Outcome.EXPLAINED)

    outcomes.record_outcome(awaiting, Outcome.APOLOGISED, correcting=True)

    awaiting.refresh_from_db()
    assert awaiting.outcome == Outcome.APOLOGISED
    assert awaiting.final_action == FinalAction.IGNORED
    data = [e.data for e in awaiting.events.filter(kind=EventKind.OUTCOME).order_by("id")]
    assert data == [
        {"outcome": Outcome.EXPLAINED},
        {"outcome": Outcome.APOLOGISED, "corrected_from": Outcome.EXPLAINED},
    ]


def test_correcting_to_the_same_outcome_changes_nothing(awaiting: Invitation) -> None:
    outcomes.record_outcome(awaiting, Outcome.CURT)

    outcomes.record_outcome(awaiting, Outcome.CURT, correcting=True)

    assert awaiting.events.filter(kind=EventKind.OUTCOME).count() == 1


def test_reopen_waits_again_and_restarts_a_passed_deadline(awaiting: Invitation) -> None:
    past = timezone.now() - timedelta(days=30)
    Invitation.objects.filter(pk=awaiting.pk).update(follow_up_due_at=past)
    awaiting.refresh_from_db()
    outcomes.record_outcome(awaiting, Outcome.EXPIRED)

    outcomes.reopen_outcome(awaiting)

    awaiting.refresh_from_db()
    assert awaiting.outcome == Outcome.AWAITING
    assert awaiting.final_action == FinalAction.REPLIED
    assert awaiting.outcome_at is None
    assert awaiting.follow_up_due_at is not None
    assert awaiting.follow_up_due_at > timezone.now() + timedelta(days=13)
    last = awaiting.events.order_by("-id").first()
    assert last is not None
    assert last.data == {"outcome": Outcome.AWAITING, "reopened_from": Outcome.EXPIRED}


def test_reopen_keeps_a_deadline_still_ahead(awaiting: Invitation) -> None:
    due = awaiting.follow_up_due_at
    outcomes.record_outcome(awaiting, Outcome.CURT)

    outcomes.reopen_outcome(awaiting)

    awaiting.refresh_from_db()
    assert awaiting.follow_up_due_at == due


def test_reopen_needs_a_recorded_outcome(awaiting: Invitation) -> None:
    with pytest.raises(OutcomeError, match="no recorded outcome"):
        outcomes.reopen_outcome(awaiting)


def test_reopen_refused_before_any_reply(queried: Invitation) -> None:
    with pytest.raises(OutcomeError, match="no recorded outcome"):
        outcomes.reopen_outcome(queried)


def test_after_an_explanation_the_user_accepts_or_declines(awaiting: Invitation) -> None:
    outcomes.record_outcome(awaiting, Outcome.EXPLAINED)

    outcomes.decide_after_explanation(awaiting, accept=True)
    awaiting.refresh_from_db()
    assert awaiting.final_action == FinalAction.ACCEPTED

    outcomes.decide_after_explanation(awaiting, accept=False)
    awaiting.refresh_from_db()
    assert awaiting.final_action == FinalAction.IGNORED
    actions = [e.data for e in awaiting.events.filter(kind=EventKind.ACTION).order_by("id")]
    assert actions == [
        {"action": "accepted", "previous": "replied", "after": "explained"},
        {"action": "ignored", "previous": "accepted", "after": "explained"},
    ]


@pytest.mark.parametrize("outcome", [Outcome.APOLOGISED, Outcome.CURT, Outcome.EXPIRED])
def test_accept_or_decline_only_after_an_explanation(awaiting: Invitation, outcome: str) -> None:
    outcomes.record_outcome(awaiting, outcome)

    with pytest.raises(OutcomeError, match="only after the sender has explained"):
        outcomes.decide_after_explanation(awaiting, accept=True)


def test_decide_refused_while_awaiting(awaiting: Invitation) -> None:
    with pytest.raises(OutcomeError):
        outcomes.decide_after_explanation(awaiting, accept=True)


def test_a_pasted_answer_is_kept_with_the_suggestion(awaiting: Invitation) -> None:
    suggestion = outcomes.save_answer(awaiting, "  Sorry, wrong person! Please ignore it.  ")

    awaiting.refresh_from_db()
    assert awaiting.answer_text == "Sorry, wrong person! Please ignore it."
    assert awaiting.outcome == Outcome.AWAITING  # a suggestion decides nothing
    assert suggestion.outcome == Outcome.APOLOGISED
    event = awaiting.events.get(kind=EventKind.ANSWER)
    assert event.data["suggested"] == Outcome.APOLOGISED
    assert event.data["phrase"] == "wrong person"


def test_no_answer_can_be_pasted_before_the_reply(queried: Invitation) -> None:
    with pytest.raises(OutcomeError, match="Mark the reply as sent"):
        outcomes.save_answer(queried, "We met at the conference.")


@pytest.mark.parametrize("answer", ["", "   ", "x" * 5001])
def test_an_empty_or_huge_answer_is_refused(awaiting: Invitation, answer: str) -> None:
    with pytest.raises(OutcomeError):
        outcomes.save_answer(awaiting, answer)
    assert not awaiting.events.filter(kind=EventKind.ANSWER).exists()


def test_a_new_reply_after_an_outcome_starts_a_new_wait(awaiting: Invitation) -> None:
    outcomes.record_outcome(awaiting, Outcome.CURT)

    outcomes.mark_reply_sent(awaiting)

    awaiting.refresh_from_db()
    assert awaiting.outcome == Outcome.AWAITING
    assert awaiting.final_action == FinalAction.REPLIED
    last = awaiting.events.order_by("-id").first()
    assert last is not None
    assert last.kind == EventKind.REPLY_SENT
    assert last.data["replaced_outcome"] == Outcome.CURT


def test_the_full_history_is_kept_in_order(awaiting: Invitation) -> None:
    outcomes.save_answer(awaiting, "We met at the Leeds meetup.")
    outcomes.record_outcome(awaiting, Outcome.EXPLAINED)
    outcomes.decide_after_explanation(awaiting, accept=True)

    assert _kinds(awaiting) == [
        EventKind.REPLY_SENT,
        EventKind.ANSWER,
        EventKind.OUTCOME,
        EventKind.ACTION,
    ]
