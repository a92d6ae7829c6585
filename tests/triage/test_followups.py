"""The periodic follow-up sweep, on a frozen clock: overdue at the deadline, expired after grace."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
import time_machine

from accounts.models import User
from triage import selectors, tasks
from triage.models import EventKind, FinalAction, Invitation, Outcome
from triage.services import outcomes
from triage.services import triage as triage_service

MakeInvitation = Callable[..., Invitation]
SENT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@pytest.fixture
def replied(alice: User, make_invitation: MakeInvitation) -> Invitation:
    """A reply sent on 2 March with alice's default 14-day window: due 16 March 09:00."""
    return outcomes.mark_reply_sent(make_invitation(alice), at=SENT)


def _state(invitation: Invitation) -> tuple[str, bool]:
    invitation.refresh_from_db()
    return invitation.outcome, invitation.overdue


def test_nothing_happens_before_the_deadline(replied: Invitation) -> None:
    with time_machine.travel(SENT + timedelta(days=14) - timedelta(minutes=1), tick=False):
        assert tasks.mark_overdue_follow_ups.delay().get() == 0

    assert _state(replied) == (Outcome.AWAITING, False)


def test_at_the_deadline_it_becomes_overdue_and_counts(replied: Invitation, alice: User) -> None:
    with time_machine.travel(SENT + timedelta(days=14), tick=False):
        assert tasks.mark_overdue_follow_ups.delay().get() == 1

    assert _state(replied) == (Outcome.AWAITING, True)
    assert selectors.overdue_count(alice) == 1
    assert list(replied.events.values_list("kind", flat=True)) == [
        EventKind.REPLY_SENT,
        EventKind.OVERDUE,
    ]


def test_running_twice_changes_nothing_more(replied: Invitation) -> None:
    with time_machine.travel(SENT + timedelta(days=15), tick=False):
        outcomes.mark_overdue_follow_ups()
        assert outcomes.mark_overdue_follow_ups() == 0

    assert replied.events.filter(kind=EventKind.OVERDUE).count() == 1


def test_after_the_grace_period_silence_is_recorded_as_expired(replied: Invitation) -> None:
    with time_machine.travel(SENT + timedelta(days=14), tick=False):
        outcomes.mark_overdue_follow_ups()
    with time_machine.travel(SENT + timedelta(days=14) + outcomes.EXPIRY_GRACE, tick=False):
        assert outcomes.mark_overdue_follow_ups() == 1
        expired_at = datetime.now(tz=UTC)

    replied.refresh_from_db()
    assert replied.outcome == Outcome.EXPIRED
    assert replied.final_action == FinalAction.IGNORED
    assert replied.outcome_at == expired_at
    assert not replied.overdue
    event = replied.events.get(kind=EventKind.OUTCOME)
    assert not event.by_hand
    assert event.data == {"outcome": Outcome.EXPIRED, "automatic": True}


def test_a_sweep_long_after_flags_then_expires_in_one_run(replied: Invitation) -> None:
    with time_machine.travel(SENT + timedelta(days=60), tick=False):
        assert outcomes.mark_overdue_follow_ups() == 2  # flagged, then expired

    assert _state(replied) == (Outcome.EXPIRED, False)
    kinds = list(replied.events.order_by("id").values_list("kind", flat=True))
    assert kinds == [EventKind.REPLY_SENT, EventKind.OVERDUE, EventKind.OUTCOME]


def test_overdue_but_answered_in_the_grace_is_not_expired(replied: Invitation) -> None:
    with time_machine.travel(SENT + timedelta(days=15), tick=False):
        outcomes.mark_overdue_follow_ups()
        replied.refresh_from_db()
        outcomes.record_outcome(replied, Outcome.EXPLAINED)
    with time_machine.travel(SENT + timedelta(days=40), tick=False):
        assert outcomes.mark_overdue_follow_ups() == 0

    assert _state(replied) == (Outcome.EXPLAINED, False)


def test_the_window_is_each_users_own(
    alice: User, bob: User, make_invitation: MakeInvitation
) -> None:
    bob.follow_up_days = 3
    bob.save()
    alices = outcomes.mark_reply_sent(make_invitation(alice), at=SENT)
    bobs = outcomes.mark_reply_sent(make_invitation(bob), at=SENT)

    with time_machine.travel(SENT + timedelta(days=5), tick=False):
        assert outcomes.mark_overdue_follow_ups() == 1

    assert _state(bobs) == (Outcome.AWAITING, True)
    assert _state(alices) == (Outcome.AWAITING, False)
    assert selectors.overdue_count(bob) == 1
    assert selectors.overdue_count(alice) == 0


def test_rows_without_a_reply_or_with_an_outcome_are_left_alone(
    alice: User, make_invitation: MakeInvitation
) -> None:
    untouched = make_invitation(alice)
    decided = outcomes.mark_reply_sent(make_invitation(alice), at=SENT)
    outcomes.record_outcome(decided, Outcome.CURT, at=SENT + timedelta(days=1))

    with time_machine.travel(SENT + timedelta(days=90), tick=False):
        assert outcomes.mark_overdue_follow_ups() == 0

    assert _state(untouched) == (Outcome.NONE, False)
    assert _state(decided) == (Outcome.CURT, False)


def test_the_sweep_pages_through_many_rows(
    alice: User, make_invitation: MakeInvitation, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outcomes, "SWEEP_CHUNK_SIZE", 2)
    rows = [outcomes.mark_reply_sent(make_invitation(alice), at=SENT) for _ in range(5)]

    with time_machine.travel(SENT + timedelta(days=14), tick=False):
        assert outcomes.mark_overdue_follow_ups() == 5

    assert all(_state(row) == (Outcome.AWAITING, True) for row in rows)


def test_the_beat_schedule_runs_the_sweep() -> None:
    from django.conf import settings

    entries = [entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()]
    assert "triage.tasks.mark_overdue_follow_ups" in entries


@pytest.mark.parametrize("action", [FinalAction.ACCEPTED, FinalAction.IGNORED])
def test_the_sweep_never_overwrites_a_final_action_set_after_the_reply(
    replied: Invitation, action: str
) -> None:
    # A wait left open with the user's own action on it (as rows marked before waits were
    # closed by that action are): the sweep may flag it, never expire it over the user.
    Invitation.objects.filter(pk=replied.pk).update(final_action=action)

    with time_machine.travel(SENT + timedelta(days=90), tick=False):
        outcomes.mark_overdue_follow_ups()

    replied.refresh_from_db()
    assert (replied.outcome, replied.final_action) == (Outcome.AWAITING, action)
    assert not replied.events.filter(kind=EventKind.OUTCOME).exists()


def test_accepting_from_the_dashboard_while_awaiting_survives_the_sweep(
    replied: Invitation,
) -> None:
    with time_machine.travel(SENT + timedelta(days=3), tick=False):
        triage_service.mark_action(replied, FinalAction.ACCEPTED)
    with time_machine.travel(SENT + timedelta(days=90), tick=False):
        assert outcomes.mark_overdue_follow_ups() == 0

    replied.refresh_from_db()
    assert replied.final_action == FinalAction.ACCEPTED
    assert replied.outcome == Outcome.EXPIRED  # closed as "no answer" when the user accepted
    assert replied.outcome_at == SENT + timedelta(days=3)
    assert not replied.overdue
