"""The outcome lifecycle: every allowed transition, and every forbidden one."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.utils import timezone

from accounts.models import User
from triage.models import EventKind, FinalAction, Invitation, Outcome
from triage.services import outcomes
from triage.services import triage as triage_service
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


# --- two requests racing: the second finds the outcome changed and records nothing -------


def _stale_copy(invitation: Invitation) -> Invitation:
    """The row as a second request read it, before the first one wrote."""
    return Invitation.objects.select_related("owner").get(pk=invitation.pk)


def test_of_two_racing_outcomes_only_the_first_is_recorded(awaiting: Invitation) -> None:
    first, second = _stale_copy(awaiting), _stale_copy(awaiting)

    outcomes.record_outcome(first, Outcome.EXPLAINED)
    with pytest.raises(OutcomeError, match="changed meanwhile"):
        outcomes.record_outcome(second, Outcome.CURT)

    awaiting.refresh_from_db()
    assert awaiting.outcome == Outcome.EXPLAINED
    assert awaiting.events.filter(kind=EventKind.OUTCOME).count() == 1
    # The loser now shows what the winner wrote, so its re-rendered controls are true.
    assert second.outcome == Outcome.EXPLAINED


def test_a_double_submit_of_the_same_outcome_records_it_once(awaiting: Invitation) -> None:
    first, second = _stale_copy(awaiting), _stale_copy(awaiting)

    outcomes.record_outcome(first, Outcome.CURT)
    outcomes.record_outcome(second, Outcome.CURT)  # no error: it is what the user asked for

    assert awaiting.events.filter(kind=EventKind.OUTCOME).count() == 1
    assert second.outcome == Outcome.CURT


def test_two_racing_corrections_record_one(awaiting: Invitation) -> None:
    outcomes.record_outcome(awaiting, Outcome.EXPLAINED)
    first, second = _stale_copy(awaiting), _stale_copy(awaiting)

    outcomes.record_outcome(first, Outcome.APOLOGISED, correcting=True)
    with pytest.raises(OutcomeError, match="changed meanwhile"):
        outcomes.record_outcome(second, Outcome.CURT, correcting=True)

    awaiting.refresh_from_db()
    assert awaiting.outcome == Outcome.APOLOGISED
    assert awaiting.events.filter(kind=EventKind.OUTCOME).count() == 2


def test_a_stale_decision_records_nothing(awaiting: Invitation) -> None:
    outcomes.record_outcome(awaiting, Outcome.EXPLAINED)
    stale = _stale_copy(awaiting)
    outcomes.reopen_outcome(_stale_copy(awaiting))

    with pytest.raises(OutcomeError, match="changed meanwhile"):
        outcomes.decide_after_explanation(stale, accept=True)

    awaiting.refresh_from_db()
    assert (awaiting.outcome, awaiting.final_action) == (Outcome.AWAITING, FinalAction.REPLIED)
    assert not awaiting.events.filter(kind=EventKind.ACTION).exists()


def test_a_stale_reopen_records_nothing(awaiting: Invitation) -> None:
    outcomes.record_outcome(awaiting, Outcome.CURT)
    stale = _stale_copy(awaiting)
    outcomes.reopen_outcome(_stale_copy(awaiting))
    outcomes.record_outcome(_stale_copy(awaiting), Outcome.APOLOGISED)

    with pytest.raises(OutcomeError, match="changed meanwhile"):
        outcomes.reopen_outcome(stale)

    awaiting.refresh_from_db()
    assert awaiting.outcome == Outcome.APOLOGISED
    reopened = [e for e in awaiting.events.all() if e.data.get("reopened_from")]
    assert len(reopened) == 1


def test_a_made_up_suggestion_is_not_kept(awaiting: Invitation) -> None:
    outcomes.record_outcome(awaiting, Outcome.CURT, suggested="\x00<b>")

    assert awaiting.events.get(kind=EventKind.OUTCOME).data == {"outcome": Outcome.CURT}


# --- accepting or ignoring while awaiting ends the wait -----------------------------------


@pytest.mark.parametrize("action", [FinalAction.ACCEPTED, FinalAction.IGNORED])
def test_a_final_action_while_awaiting_closes_the_wait_as_no_answer(
    awaiting: Invitation, action: str
) -> None:
    undo_event = triage_service.mark_action(awaiting, action)

    assert undo_event is None  # reopened from its page, not undone from the dashboard
    awaiting.refresh_from_db()
    assert (awaiting.outcome, awaiting.final_action) == (Outcome.EXPIRED, action)
    assert awaiting.outcome_at is not None
    event = awaiting.events.get(kind=EventKind.OUTCOME)
    assert event.by_hand
    assert event.data == {
        "outcome": Outcome.EXPIRED,
        "closed_by": action,
        "previous_action": FinalAction.REPLIED,
    }


def test_closing_a_wait_uses_the_pasted_answer(awaiting: Invitation) -> None:
    outcomes.save_answer(awaiting, "Ah, my mistake: I clicked on the wrong profile.")

    triage_service.mark_action(awaiting, FinalAction.IGNORED)

    awaiting.refresh_from_db()
    assert (awaiting.outcome, awaiting.final_action) == (Outcome.APOLOGISED, FinalAction.IGNORED)
    assert awaiting.events.get(kind=EventKind.OUTCOME).data["suggested"] == Outcome.APOLOGISED


def test_an_answer_with_no_clear_sign_closes_as_explained(awaiting: Invitation) -> None:
    outcomes.save_answer(awaiting, "Thanks for writing back, have a good week.")

    triage_service.mark_action(awaiting, FinalAction.ACCEPTED)

    awaiting.refresh_from_db()
    assert (awaiting.outcome, awaiting.final_action) == (Outcome.EXPLAINED, FinalAction.ACCEPTED)


def test_a_closed_wait_can_be_reopened_from_its_page(awaiting: Invitation) -> None:
    triage_service.mark_action(awaiting, FinalAction.ACCEPTED)
    awaiting.refresh_from_db()

    outcomes.reopen_outcome(awaiting)

    awaiting.refresh_from_db()
    assert (awaiting.outcome, awaiting.final_action) == (Outcome.AWAITING, FinalAction.REPLIED)


def test_a_final_action_without_a_reply_is_a_plain_action(queried: Invitation) -> None:
    undo_event = triage_service.mark_action(queried, FinalAction.ACCEPTED)

    assert undo_event is not None
    queried.refresh_from_db()
    assert (queried.outcome, queried.final_action) == (Outcome.NONE, FinalAction.ACCEPTED)


def test_bulk_accept_closes_the_waits_and_marks_the_rest(
    alice: User, make_invitation: MakeInvitation
) -> None:
    waiting = [outcomes.mark_reply_sent(make_invitation(alice)) for _ in range(2)]
    plain = make_invitation(alice)
    decided = outcomes.mark_reply_sent(make_invitation(alice))
    outcomes.record_outcome(decided, Outcome.CURT)

    changed = triage_service.bulk_mark(alice.invitations.all(), FinalAction.ACCEPTED)

    assert changed == 4
    rows = {row.pk: (row.outcome, row.final_action) for row in alice.invitations.all()}
    assert rows[waiting[0].pk] == rows[waiting[1].pk] == (Outcome.EXPIRED, FinalAction.ACCEPTED)
    assert rows[plain.pk] == (Outcome.NONE, FinalAction.ACCEPTED)
    assert rows[decided.pk] == (Outcome.CURT, FinalAction.ACCEPTED)
    assert not Invitation.objects.filter(outcome=Outcome.AWAITING).exists()


# --- bulk "reply sent" leaves decided outcomes alone ---------------------------------------


def test_bulk_reply_sent_skips_invitations_that_already_have_an_outcome(
    alice: User, make_invitation: MakeInvitation
) -> None:
    long_ago = timezone.now() - timedelta(days=40)
    explained = outcomes.mark_reply_sent(make_invitation(alice), at=long_ago)
    outcomes.record_outcome(explained, Outcome.EXPLAINED)
    outcomes.decide_after_explanation(explained, accept=True)
    curt = outcomes.mark_reply_sent(make_invitation(alice), at=long_ago)
    outcomes.record_outcome(curt, Outcome.CURT)
    fresh = make_invitation(alice)

    changed = triage_service.bulk_mark(alice.invitations.all(), FinalAction.REPLIED)

    assert changed == 1
    explained.refresh_from_db()
    curt.refresh_from_db()
    fresh.refresh_from_db()
    assert (explained.outcome, explained.final_action) == (Outcome.EXPLAINED, FinalAction.ACCEPTED)
    assert (curt.outcome, curt.final_action) == (Outcome.CURT, FinalAction.IGNORED)
    assert explained.reply_sent_at == curt.reply_sent_at == long_ago
    assert fresh.outcome == Outcome.AWAITING
    assert curt.events.filter(kind=EventKind.REPLY_SENT).count() == 1


# --- the date the reply was sent ------------------------------------------------------------

TODAY = datetime(2026, 6, 20, 15, 30, tzinfo=UTC)


@time_machine.travel(TODAY, tick=False)
def test_a_reply_sent_today_is_now(queried: Invitation) -> None:
    queried.sent_at = datetime(2026, 6, 20, 8, 0, tzinfo=UTC)

    assert outcomes.reply_sent_on(queried, date(2026, 6, 20)) == TODAY


@time_machine.travel(TODAY, tick=False)
def test_a_reply_sent_on_an_earlier_day_is_midday_in_the_users_zone(queried: Invitation) -> None:
    queried.owner.time_zone = "America/New_York"
    queried.sent_at = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)

    at = outcomes.reply_sent_on(queried, date(2026, 6, 10))

    assert at == datetime(2026, 6, 10, 12, 0, tzinfo=zoneinfo.ZoneInfo("America/New_York"))


@time_machine.travel(TODAY, tick=False)
def test_a_reply_on_the_day_it_arrived_is_not_before_it(queried: Invitation) -> None:
    queried.sent_at = datetime(2026, 6, 10, 18, 45, tzinfo=UTC)

    assert outcomes.reply_sent_on(queried, date(2026, 6, 10)) == queried.sent_at


@time_machine.travel(TODAY, tick=False)
def test_a_reply_date_in_the_future_is_refused(queried: Invitation) -> None:
    with pytest.raises(OutcomeError, match="in the future"):
        outcomes.reply_sent_on(queried, date(2026, 6, 21))


@time_machine.travel(TODAY, tick=False)
def test_a_reply_date_before_the_invitation_arrived_is_refused(queried: Invitation) -> None:
    queried.sent_at = datetime(2026, 6, 10, 8, 0, tzinfo=UTC)

    with pytest.raises(OutcomeError, match="arrived on 10 Jun 2026"):
        outcomes.reply_sent_on(queried, date(2026, 6, 9))


@time_machine.travel(TODAY, tick=False)
def test_with_no_known_arrival_any_past_day_will_do(queried: Invitation) -> None:
    queried.sent_at = None

    assert outcomes.reply_sent_on(queried, date(2020, 1, 1)).year == 2020


def test_an_answer_with_nul_characters_is_refused_clearly(awaiting: Invitation) -> None:
    with pytest.raises(OutcomeError, match="NUL characters"):
        outcomes.save_answer(awaiting, "We met at\x00 the meetup")

    awaiting.refresh_from_db()
    assert awaiting.answer_text == ""
