"""The life of a queried invitation after the reply: awaiting, answered, overdue, expired.

    (no reply) --mark_reply_sent--> awaiting --record_outcome--> explained | apologised
                                       ^                           | curt | expired
                                       +-------reopen_outcome------+

- An outcome needs a reply first, and replaces "awaiting" only. Changing a
  recorded outcome is allowed, but only on purpose: `record_outcome(...,
  correcting=True)` (the page's "Change" control), `reopen_outcome` to wait
  again, or a new reply (`mark_reply_sent`). A second click on another
  outcome button is refused, so a stale card or a double submit cannot
  silently overwrite what the user recorded. Each write is a conditional
  update on the state it was checked against, so two requests racing past
  the check still record one outcome.
- What each outcome means on the network: an apology (a mistake), a curt
  answer and silence all end with the invitation ignored; an explanation
  leaves the choice to the user, who then accepts or declines it
  (`decide_after_explanation`).
- The user's own final action ends the wait: accepting or ignoring on the
  network while still awaiting (from the dashboard, also in bulk) closes it
  with the outcome as far as the app knows (`close_waits`): the pasted
  answer's suggestion, or "no answer" when nothing was pasted. Left
  awaiting, the sweep would later expire it and overwrite the user's accept.
- Silence: at the follow-up deadline (reply date + the user's
  follow_up_days) the periodic sweep flags the invitation overdue, so it is
  counted on the dashboard and listed first on the awaiting page for the user
  to chase or close with one click. If the user does nothing for a further
  EXPIRY_GRACE the sweep records "expired" itself: after three weeks of
  silence no answer is the answer, and stats should not count it as awaiting
  forever. A late answer can still be recorded by correcting the outcome.
  The sweep only expires waits whose final action is still "reply sent": it
  never overwrites an accept or ignore the user set after the reply.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from triage.chunking import chunked
from triage.models import EventKind, FinalAction, Invitation, InvitationEvent, Outcome
from triage.outcome_suggestion import OUTCOMES as SUGGESTABLE
from triage.outcome_suggestion import Suggestion, suggest_outcome
from triage.selectors import zone_of

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

# The user's own final actions on the network; either one ends a wait (see close_waits).
USER_ACTIONS = (FinalAction.ACCEPTED, FinalAction.IGNORED)

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
        outcome=Outcome.AWAITING,
        final_action=FinalAction.REPLIED,
        follow_up_due_at__lte=now - EXPIRY_GRACE,
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
        # Re-check under the lock too: an accept or ignore set meanwhile is the user's word.
        locked = list(
            Invitation.objects.select_for_update()
            .filter(id__in=ids, outcome=Outcome.AWAITING, final_action=FinalAction.REPLIED)
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
    outcome: a new reply on one invitation is a deliberate act (the card's or
    the page's "reply sent"), and the replaced outcome stays in the history.
    The bulk action leaves decided invitations alone (services.triage.bulk_mark).
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


def reply_sent_on(invitation: Invitation, day: date) -> datetime:
    """When to record a reply the user says they sent on `day` (a date in their time zone).

    Today means now. An earlier day has no time of day, so it is taken as
    midday, or as the moment the invitation arrived if that was later on the
    same day: the deadline then falls on the day the user expects. A day in
    the future, or before the invitation arrived, is refused: the follow-up
    deadline and the time-to-answer figures would be nonsense.
    """
    zone = zone_of(invitation.owner)
    now = timezone.now()
    if day > timezone.localdate(now, zone):
        raise OutcomeError("That date is in the future: mark the reply sent once you have sent it.")
    received = invitation.sent_at
    if received is not None:
        arrived = timezone.localtime(received, zone)
        if day < arrived.date():
            raise OutcomeError(
                f"The invitation arrived on {arrived.day} {arrived:%b %Y}; "
                "the reply cannot have been sent before that."
            )
    if day == timezone.localdate(now, zone):
        return now
    moment = datetime.combine(day, time(12), tzinfo=zone)
    if received is not None and moment < received:
        moment = received
    return moment


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
    if "\x00" in answer:
        # PostgreSQL refuses NUL in text; they come from copying out of a PDF or binary file.
        raise OutcomeError(
            "That answer contains invisible NUL characters, which cannot be saved; "
            "paste it as plain text (for example through a plain text editor)."
        )
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


def _changed_meanwhile(invitation: Invitation) -> OutcomeError:
    # Show the state the other request left, so the re-rendered controls are true again.
    invitation.refresh_from_db(fields=[*_OUTCOME_FIELDS, "follow_up_due_at", "answer_text"])
    now = invitation.get_outcome_display().lower()
    return OutcomeError(
        f"It changed meanwhile (another tab or a double click) and is now “{now}”; "
        "nothing more was recorded."
    )


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
    recorded_at = at or timezone.now()
    final_action = ACTION_AFTER[Outcome(outcome)] or FinalAction.REPLIED
    data: dict[str, object] = {"outcome": outcome}
    if suggested in SUGGESTABLE:
        data["suggested"] = suggested
    if previous != Outcome.AWAITING:
        data["corrected_from"] = previous
    with transaction.atomic():
        # Write only over the outcome this request read: of two clicks racing (a double
        # submit, two tabs), the second finds it changed and records nothing.
        changed = Invitation.objects.filter(pk=invitation.pk, outcome=previous).update(
            outcome=outcome, outcome_at=recorded_at, overdue=False, final_action=final_action
        )
        if changed:
            event = InvitationEvent.objects.create(
                invitation=invitation, kind=EventKind.OUTCOME, by_hand=True, data=data
            )
            _date_event(event, at)
    if not changed:
        error = _changed_meanwhile(invitation)
        if invitation.outcome == outcome:
            return invitation  # a double submit: the first one already recorded it
        raise error
    invitation.outcome = outcome
    invitation.outcome_at = recorded_at
    invitation.overdue = False
    invitation.final_action = final_action
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
    due = invitation.follow_up_due_at
    if due is None or due <= now:
        due = now + timedelta(days=invitation.owner.follow_up_days)
    with transaction.atomic():
        changed = Invitation.objects.filter(pk=invitation.pk, outcome=previous).update(
            outcome=Outcome.AWAITING,
            outcome_at=None,
            overdue=False,
            final_action=FinalAction.REPLIED,
            follow_up_due_at=due,
        )
        if changed:
            InvitationEvent.objects.create(
                invitation=invitation,
                kind=EventKind.OUTCOME,
                by_hand=True,
                data={"outcome": Outcome.AWAITING, "reopened_from": previous},
            )
    if not changed:
        raise _changed_meanwhile(invitation)
    invitation.outcome = Outcome.AWAITING
    invitation.outcome_at = None
    invitation.overdue = False
    invitation.final_action = FinalAction.REPLIED
    invitation.follow_up_due_at = due
    return invitation


def decide_after_explanation(invitation: Invitation, *, accept: bool) -> Invitation:
    """After a real explanation the user accepts or declines; they may change their mind."""
    if invitation.outcome != Outcome.EXPLAINED:
        raise OutcomeError("Accept or decline here only after the sender has explained.")
    action = FinalAction.ACCEPTED if accept else FinalAction.IGNORED
    previous = invitation.final_action
    if previous == action:
        return invitation
    with transaction.atomic():
        changed = Invitation.objects.filter(
            pk=invitation.pk, outcome=Outcome.EXPLAINED, final_action=previous
        ).update(final_action=action)
        if changed:
            InvitationEvent.objects.create(
                invitation=invitation,
                kind=EventKind.ACTION,
                by_hand=True,
                # "previous" in the shape the dashboard's undo reads (services.triage.undo).
                data={"action": action, "previous": previous, "after": Outcome.EXPLAINED},
            )
    if not changed:
        raise _changed_meanwhile(invitation)
    invitation.final_action = action
    return invitation


def outcome_so_far(answer: str) -> tuple[str, str]:
    """The outcome to close a wait with when the user has not said one: (outcome, suggested).

    Nothing pasted is "no answer"; a pasted answer is what it suggests, or an
    explanation when it shows no sign of an apology or a brush-off (they did
    answer, and the user acted on it).
    """
    if not answer.strip():
        return Outcome.EXPIRED, ""
    suggestion = suggest_outcome(answer)
    if suggestion.outcome:
        return suggestion.outcome, suggestion.outcome
    return Outcome.EXPLAINED, ""


def close_waits(invitations: QuerySet[Invitation], action: str) -> int:
    """End the waits among `invitations` (one user's) because the user accepted or ignored.

    Each gets the outcome as far as the app knows (`outcome_so_far`) and the
    user's action as its final action, in one OUTCOME event saying so. Left
    awaiting, it would stay on the awaiting list and the sweep would expire it
    and mark it ignored, losing an accept. Returns how many were closed; they
    are reopened from their page, not by the dashboard's undo.
    """
    if action not in USER_ACTIONS:
        raise ValueError(f"only accept or ignore closes a wait, not {action!r}")
    now = timezone.now()
    # Ids first, then each page's answers under the lock: answers can be long.
    ids = list(invitations.filter(outcome=Outcome.AWAITING).values_list("id", flat=True))
    closed = 0
    for chunk in chunked(ids, SWEEP_CHUNK_SIZE):
        with transaction.atomic():
            rows = list(
                Invitation.objects.select_for_update()
                .filter(id__in=chunk, outcome=Outcome.AWAITING)
                .values_list("id", "final_action", "answer_text")
            )
            by_outcome: defaultdict[str, list[int]] = defaultdict(list)
            events = []
            for pk, previous, answer in rows:
                outcome, suggested = outcome_so_far(answer)
                by_outcome[outcome].append(pk)
                data = {"outcome": outcome, "closed_by": action, "previous_action": previous}
                if suggested:
                    data["suggested"] = suggested
                events.append(
                    InvitationEvent(
                        invitation_id=pk, kind=EventKind.OUTCOME, by_hand=True, data=data
                    )
                )
            for outcome, pks in by_outcome.items():
                Invitation.objects.filter(id__in=pks).update(
                    outcome=outcome, outcome_at=now, overdue=False, final_action=action
                )
            InvitationEvent.objects.bulk_create(events)
        closed += len(rows)
    return closed
