"""The user's own decisions: moving invitations between queues, final actions, undo, bulk.

Every decision is written with an InvitationEvent holding what it replaced, so
undo restores exactly the previous state, and `moved_by_hand` keeps
re-classification from overriding the user.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone

from accounts.models import User
from triage.chunking import chunked
from triage.models import EventKind, FinalAction, Invitation, InvitationEvent, Outcome, Queue
from triage.services.outcomes import close_waits, mark_reply_sent

BULK_CHUNK_SIZE = 500

# Final actions the dashboard records directly; "replied" goes through outcomes.
SIMPLE_ACTIONS = (FinalAction.ACCEPTED, FinalAction.IGNORED)


class CannotUndo(Exception):
    """The change was already undone, or something else changed the invitation since."""


def move_to_queue(invitation: Invitation, queue: str) -> InvitationEvent | None:
    """Move by hand; return the event to undo it with, or None when it was already there."""
    if queue not in Queue.values:
        raise ValueError(f"unknown queue {queue!r}")
    with transaction.atomic():
        row = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if row.queue == queue:
            return None
        event = InvitationEvent.objects.create(
            invitation=row,
            kind=EventKind.MOVED,
            by_hand=True,
            data={"from": row.queue, "to": queue, "was_moved_by_hand": row.moved_by_hand},
        )
        row.queue = queue
        row.moved_by_hand = True
        row.save(update_fields=["queue", "moved_by_hand"])
    invitation.queue, invitation.moved_by_hand = row.queue, row.moved_by_hand
    return event


def mark_action(invitation: Invitation, action: str) -> InvitationEvent | None:
    """Record what the user did on the network; return the event to undo it with, if any.

    A reply sent starts outcome tracking and is not undone from here. Accepting
    or ignoring while a reply awaits its answer ends that wait (see
    services.outcomes.close_waits); it is reopened from the invitation's page,
    so there is no undo here either.
    """
    if action == FinalAction.REPLIED:
        if invitation.final_action != FinalAction.REPLIED:
            mark_reply_sent(invitation)
        return None
    if action not in SIMPLE_ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    with transaction.atomic():
        row = Invitation.objects.select_for_update().get(pk=invitation.pk)
        if row.final_action == action:
            return None
        if row.outcome == Outcome.AWAITING:
            close_waits(Invitation.objects.filter(pk=row.pk), action)
            row.refresh_from_db(fields=["outcome", "outcome_at", "overdue", "final_action"])
            invitation.outcome, invitation.outcome_at = row.outcome, row.outcome_at
            invitation.overdue, invitation.final_action = row.overdue, row.final_action
            return None
        event = InvitationEvent.objects.create(
            invitation=row,
            kind=EventKind.ACTION,
            by_hand=True,
            data={"action": action, "previous": row.final_action},
        )
        row.final_action = action
        row.save(update_fields=["final_action"])
    invitation.final_action = row.final_action
    return event


def undo(invitation: Invitation, event: InvitationEvent) -> None:
    """Reverse one move or action, if nothing has changed the invitation since."""
    if event.invitation_id != invitation.pk or event.kind not in (
        EventKind.MOVED,
        EventKind.ACTION,
    ):
        raise CannotUndo("That change cannot be undone.")
    with transaction.atomic():
        row = Invitation.objects.select_for_update().get(pk=invitation.pk)
        data = dict(event.data)
        if data.get("undone") or data.get("undo_of"):
            raise CannotUndo("That change was already undone.")
        if event.kind == EventKind.MOVED:
            if row.queue != data.get("to"):
                raise CannotUndo("It has been moved again since.")
            row.queue = data.get("from", "")
            row.moved_by_hand = bool(data.get("was_moved_by_hand"))
            row.save(update_fields=["queue", "moved_by_hand"])
            reverse = {"from": data.get("to"), "to": row.queue, "undo_of": event.pk}
        else:
            if row.final_action != data.get("action"):
                raise CannotUndo("Its action has changed since.")
            row.final_action = data.get("previous", FinalAction.NONE)
            row.save(update_fields=["final_action"])
            reverse = {
                "action": row.final_action,
                "previous": data.get("action"),
                "undo_of": event.pk,
            }
        event.data = {**data, "undone": True}
        event.save(update_fields=["data"])
        InvitationEvent.objects.create(invitation=row, kind=event.kind, by_hand=True, data=reverse)
    invitation.queue, invitation.moved_by_hand = row.queue, row.moved_by_hand
    invitation.final_action = row.final_action


def bulk_move(invitations: QuerySet[Invitation], queue: str, *, bulk_id: str = "") -> int:
    """Move every given invitation (already scoped to one user) by hand; return how many.

    `bulk_id` tags every event of this one action, so `undo_bulk` can find them together.
    """
    if queue not in Queue.values:
        raise ValueError(f"unknown queue {queue!r}")
    moved = 0
    # Read the ids first: writing to the rows an open cursor walks is undefined on SQLite.
    current = list(invitations.exclude(queue=queue).values_list("id", "queue", "moved_by_hand"))
    for chunk in chunked(current, BULK_CHUNK_SIZE):
        with transaction.atomic():
            ids = [pk for pk, _, _ in chunk]
            Invitation.objects.filter(id__in=ids).update(queue=queue, moved_by_hand=True)
            InvitationEvent.objects.bulk_create(
                InvitationEvent(
                    invitation_id=pk,
                    kind=EventKind.MOVED,
                    by_hand=True,
                    data={
                        "from": was,
                        "to": queue,
                        "was_moved_by_hand": by_hand,
                        "bulk": True,
                        "bulk_id": bulk_id,
                    },
                )
                for pk, was, by_hand in chunk
            )
        moved += len(chunk)
    return moved


def bulk_mark(invitations: QuerySet[Invitation], action: str, *, bulk_id: str = "") -> int:
    """Record one final action on every given invitation; return how many changed."""
    pending = invitations.exclude(final_action=action)
    if action == FinalAction.REPLIED:
        # Only those never replied to: a bulk action must not reset the outcomes already
        # recorded (and their reply dates) across a whole selection.
        done = 0
        for invitation in list(pending.filter(outcome=Outcome.NONE).select_related("owner")):
            mark_reply_sent(invitation)
            done += 1
        return done
    if action not in SIMPLE_ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    # Awaiting ones end their wait with the user's action; the query below no longer sees them.
    done = close_waits(pending, action)
    current = list(pending.values_list("id", "final_action"))
    for chunk in chunked(current, BULK_CHUNK_SIZE):
        with transaction.atomic():
            Invitation.objects.filter(id__in=[pk for pk, _ in chunk]).update(final_action=action)
            InvitationEvent.objects.bulk_create(
                InvitationEvent(
                    invitation_id=pk,
                    kind=EventKind.ACTION,
                    by_hand=True,
                    data={"action": action, "previous": previous, "bulk": True, "bulk_id": bulk_id},
                )
                for pk, previous in chunk
            )
        done += len(chunk)
    return done


# The undo of a bulk action is offered right after it; older ones are history, not undo.
BULK_UNDO_WINDOW = timedelta(hours=12)


@dataclass(frozen=True)
class BulkUndo:
    restored: int
    skipped: int


def undo_bulk(user: User, bulk_id: str) -> BulkUndo | None:
    """Reverse one bulk move or mark of this user's, row by row, as `undo` does for one.

    A row something else changed since keeps its new state and is counted as
    skipped. None when the user has no recent bulk action with this id: it is
    someone else's, too old, or never existed.
    """
    if not bulk_id:
        return None
    events = list(
        InvitationEvent.objects.filter(
            invitation__owner=user,
            kind__in=(EventKind.MOVED, EventKind.ACTION),
            at__gte=timezone.now() - BULK_UNDO_WINDOW,
            data__bulk_id=bulk_id,
        ).order_by("pk")
    )
    if not events:
        return None
    restored = skipped = 0
    for chunk in chunked(events, BULK_CHUNK_SIZE):
        with transaction.atomic():
            now = {
                pk: (queue, action)
                for pk, queue, action in Invitation.objects.select_for_update()
                .filter(owner=user, id__in=[event.invitation_id for event in chunk])
                .values_list("id", "queue", "final_action")
            }
            queues: defaultdict[tuple[str, bool], list[int]] = defaultdict(list)
            actions: defaultdict[str, list[int]] = defaultdict(list)
            undone, reverses = [], []
            for event in chunk:
                data = dict(event.data)
                queue, action = now.get(event.invitation_id, (None, None))
                if data.get("undone"):
                    skipped += 1
                    continue
                if event.kind == EventKind.MOVED:
                    if queue != data.get("to"):
                        skipped += 1
                        continue
                    was = (str(data.get("from", "")), bool(data.get("was_moved_by_hand")))
                    queues[was].append(event.invitation_id)
                    reverse = {"from": queue, "to": was[0], "undo_of": event.pk, "bulk": True}
                else:
                    if action != data.get("action"):
                        skipped += 1
                        continue
                    previous = str(data.get("previous", FinalAction.NONE))
                    actions[previous].append(event.invitation_id)
                    reverse = {
                        "action": previous,
                        "previous": action,
                        "undo_of": event.pk,
                        "bulk": True,
                    }
                event.data = {**data, "undone": True}
                undone.append(event)
                reverses.append(
                    InvitationEvent(
                        invitation_id=event.invitation_id,
                        kind=event.kind,
                        by_hand=True,
                        data=reverse,
                    )
                )
            for (queue_was, by_hand), ids in queues.items():
                Invitation.objects.filter(id__in=ids).update(queue=queue_was, moved_by_hand=by_hand)
            for previous_action, ids in actions.items():
                Invitation.objects.filter(id__in=ids).update(final_action=previous_action)
            InvitationEvent.objects.bulk_update(undone, ["data"])
            InvitationEvent.objects.bulk_create(reverses)
            restored += len(undone)
    return BulkUndo(restored=restored, skipped=skipped)
