"""The life of a queried invitation after the reply: awaiting, answered, overdue, expired.

    (no reply) --mark_reply_sent--> awaiting --record_outcome--> explained | apologised
                                       ^                           | curt | expired
                                       +-------reopen_outcome------+

- An outcome needs a reply first, and replaces "awaiting" only. Changing a
  recorded outcome is allowed, but only on purpose: `record_outcome(...,
  correcting=True)` (the page's "Change" control), `reopen_outcome` to wait
  again, or a new reply (`mark_reply_sent`). A second click on another
  outcome button is refused, so a stale card or a double submit cannot
  silently overwrite what the user recorded.
- What each outcome means on the network: an apology (a mistake), a curt
  answer and silence all end with the invitation ignored; an explanation
  leaves the choice to the user, who then accepts or declines it
  (`decide_after_explanation`).
- Silence: at the follow-up deadline (reply date + the user's
  follow_up_days) the periodic sweep flags the invitation overdue, so it is
  counted on the dashboard and listed first on the awaiting page for the user
  to chase or close with one click. If the user does nothing for a further
  EXPIRY_GRACE the sweep records "expired" itself: after three weeks of
  silence no answer is the answer, and stats should not count it as awaiting
  forever. A late answer can still be recorded by correcting the outcome.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from triage.models import EventKind, FinalAction, Invitation, InvitationEvent, Outcome
from triage.outcome_suggestion import Suggestion, suggest_outcome

EXPIRY_GRACE = timedelta(days=7)
SWEEP_CHUNK_SIZE = 1000
MAX_ANSWER_LENGTH = 5000

DECIDED_OUTCOMES = (Outcome.EXPLAINED, Outcome.APOLOGISED, Outcome.CURT, Outcome.EXPIRED)
# The action on the network that follows each outcome; None leaves the choice to the user.
ACTION_AFTER = {
    Outcome.EXPLAINED: None,
    Outcome.APOLOGISED: FinalAction.IGNORED,
    Outcome.CURT: FinalAction.IGNORED,
    Outcome.EXPIRED: FinalAction.IGNORED,
}

_OUTCOME_FIELDS = ["outcome", "outcome_at", "overdue", "final_action"]


class OutcomeError(ValueError):
    """A change the lifecycle does not allow; the message is shown to the user as is."""


def mark_overdue_follow_ups() -> int:
    """Flag awaiting invitations past their deadline, expire those past the grace too.

    Returns how many invitations changed. Safe to run twice: each step only
    touches rows not yet in its end state.
    """
    now = timezone.now()
    changed = 0
    due = Invitation.objects.filter(
        outcome=Outcome.AWAITING, overdue=False, follow_up_due_at__lte=now
    )
    for ids in _id_pages(due):
        changed += _flag_overdue(ids)
    silent = Invitation.objects.filter(
        outcome=Outcome.AWAITING, follow_up_due_at__lte=now - EXPIRY_GRACE
    )
    for ids in _id_pages(silent):
        changed += _expire(ids, now)
    return changed


def _id_pages(rows: QuerySet[Invitation]) -> Iterator[list[int]]:
    # Page by id rather than hold a cursor open over rows this sweep is updating.
    last = 0
    while ids := list(
        rows.filter(id__gt=last).order_by("id").values_list("id", flat=True)[:SWEEP_CHUNK_SIZE]
    ):
        yield ids
        last = ids[-1]


def _flag_overdue(ids: list[int]) -> int:
    with transaction.atomic():
        # Re-check the state under the lock: the user may have answered meanwhile.
        locked = list(
            Invitation.objects.select_for_update()
            .filter(id__in=ids, outcome=Outcome.AWAITING, overdue=False)
            .values_list("id", flat=True)
        )
        Invitation.objects.filter(id__in=locked).update(overdue=True)
        InvitationEvent.objects.bulk_create(
            [InvitationEvent(invitation_id=pk, kind=EventKind.OVERDUE) for pk in locked]
        )
    return len(locked)


def _expire(ids: list[int], now: datetime) -> int:
    with transaction.atomic():
        locked = list(
            Invitation.objects.select_for_update()
            .filter(id__in=ids, outcome=Outcome.AWAITING)
            .values_list("id", flat=True)
        )
        Invitation.objects.filter(id__in=locked).update(
            outcome=Outcome.EXPIRED,
            outcome_at=now,
            overdue=False,
            final_action=FinalAction.IGNORED,
        )
        InvitationEvent.objects.bulk_create(
            [
                InvitationEvent(
                    invitation_id=pk,
                    kind=EventKind.OUTCOME,
                    data={"outcome": Outcome.EXPIRED, "automatic": True},
                )
                for pk in locked
            ]
        )
    return len(locked)


def mark_reply_sent(invitation: Invitation, *, at: datetime | None = None) -> Invitation:
    """The user sent the "how are we connected?" reply: start waiting for an answer.

    Marking it again starts a new wait from the new date, even after an
    outcome: a new reply is a deliberate act (the dashboard's "reply sent",
    also in bulk), and the replaced outcome stays in the history.
    """
    replaced = invitation.outcome if invitation.outcome in DECIDED_OUTCOMES else ""
    sent_at = at or timezone.now()
    owner = invitation.owner
    invitation.final_action = FinalAction.REPLIED
    invitation.reply_sent_at = sent_at
    invitation.outcome = Outcome.AWAITING
    invitation.outcome_at = None
    invitation.overdue = False
    invitation.follow_up_due_at = sent_at + timedelta(days=owner.follow_up_days)
    with transaction.atomic():
        invitation.save(
            update_fields=[
                "final_action",
                "reply_sent_at",
                "outcome",
                "outcome_at",
                "overdue",
                "follow_up_due_at",
            ]
        )
        event = InvitationEvent.objects.create(
            invitation=invitation,
            kind=EventKind.REPLY_SENT,
            by_hand=True,
            data={
                "follow_up_due_at": invitation.follow_up_due_at.isoformat(),
                **({"replaced_outcome": replaced} if replaced else {}),
            },
        )
        _date_event(event, at)
    return invitation


def _date_event(event: InvitationEvent, at: datetime | None) -> None:
    # `at` is auto_now_add; a reply or answer recorded after the fact belongs at its real time.
    if at is not None:
        InvitationEvent.objects.filter(pk=event.pk).update(at=at)
        event.at = at


def save_answer(invitation: Invitation, answer: str) -> Suggestion:
    """Keep the sender's answer and suggest an outcome from it; nothing is decided yet."""
    answer = answer.strip()
    if invitation.outcome == Outcome.NONE:
        raise OutcomeError("Mark the reply as sent before pasting their answer.")
    if not answer:
        raise OutcomeError("Paste their answer first.")
    if len(answer) > MAX_ANSWER_LENGTH:
        raise OutcomeError(f"That answer is over {MAX_ANSWER_LENGTH} characters; paste less.")
    suggestion = suggest_outcome(answer)
    invitation.answer_text = answer
    with transaction.atomic():
        invitation.save(update_fields=["answer_text"])
        InvitationEvent.objects.create(
            invitation=invitation,
            kind=EventKind.ANSWER,
            by_hand=True,
            data={
                "excerpt": answer[:200],
                "suggested": suggestion.outcome,
                "phrase": suggestion.phrase,
                "confidence": suggestion.confidence,
            },
        )
    return suggestion


def record_outcome(
    invitation: Invitation,
    outcome: str,
    *,
    correcting: bool = False,
    suggested: str = "",
    at: datetime | None = None,
) -> Invitation:
    """Record how the sender answered (or that they did not).

    `correcting` must be set to replace an outcome already recorded; the
    history keeps both. `suggested` is what the app proposed, kept so the
    history shows whether the user agreed with it.
    """
    if outcome not in DECIDED_OUTCOMES:
        raise OutcomeError(f"{outcome!r} is not an outcome that can be recorded.")
    previous = invitation.outcome
    if previous == Outcome.NONE:
        raise OutcomeError("No reply has been sent yet, so there is no outcome to record.")
    if previous in DECIDED_OUTCOMES and not correcting:
        raise OutcomeError(
            f"The outcome is already recorded as {invitation.get_outcome_display()}; "
            "use Change to correct it."
        )
    if previous == outcome:
        return invitation
    invitation.outcome = outcome
    invitation.outcome_at = at or timezone.now()
    invitation.overdue = False
    invitation.final_action = ACTION_AFTER[Outcome(outcome)] or FinalAction.REPLIED
    data: dict[str, object] = {"outcome": outcome}
    if suggested:
        data["suggested"] = suggested
    if previous != Outcome.AWAITING:
        data["corrected_from"] = previous
    with transaction.atomic():
        invitation.save(update_fields=_OUTCOME_FIELDS)
        event = InvitationEvent.objects.create(
            invitation=invitation, kind=EventKind.OUTCOME, by_hand=True, data=data
        )
        _date_event(event, at)
    return invitation


def reopen_outcome(invitation: Invitation) -> Invitation:
    """Undo a recorded outcome and wait for an answer again.

    If the deadline has passed, the wait restarts from now: otherwise the next
    sweep would expire the invitation the user has just reopened.
    """
    if invitation.outcome not in DECIDED_OUTCOMES:
        raise OutcomeError("There is no recorded outcome to reopen.")
    previous = invitation.outcome
    now = timezone.now()
    invitation.outcome = Outcome.AWAITING
    invitation.outcome_at = None
    invitation.overdue = False
    invitation.final_action = FinalAction.REPLIED
    update_fields = list(_OUTCOME_FIELDS)
    if invitation.follow_up_due_at is None or invitation.follow_up_due_at <= now:
        invitation.follow_up_due_at = now + timedelta(days=invitation.owner.follow_up_days)
        update_fields.append("follow_up_due_at")
    with transaction.atomic():
        invitation.save(update_fields=update_fields)
        InvitationEvent.objects.create(
            invitation=invitation,
            kind=EventKind.OUTCOME,
            by_hand=True,
            data={"outcome": Outcome.AWAITING, "reopened_from": previous},
        )
    return invitation


def decide_after_explanation(invitation: Invitation, *, accept: bool) -> Invitation:
    """After a real explanation the user accepts or declines; they may change their mind."""
    if invitation.outcome != Outcome.EXPLAINED:
        raise OutcomeError("Accept or decline here only after the sender has explained.")
    action = FinalAction.ACCEPTED if accept else FinalAction.IGNORED
    previous = invitation.final_action
    if previous == action:
        return invitation
    invitation.final_action = action
    with transaction.atomic():
        invitation.save(update_fields=["final_action"])
        InvitationEvent.objects.create(
            invitation=invitation,
            kind=EventKind.ACTION,
            by_hand=True,
            # "previous" in the shape the dashboard's undo reads (services.triage.undo).
            data={"action": action, "previous": previous, "after": Outcome.EXPLAINED},
        )
    return invitation
