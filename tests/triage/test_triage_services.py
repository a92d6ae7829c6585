"""Moves, marks, undo and bulk actions, and that re-classification respects a hand move."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from accounts.models import Affiliation, AffiliationKind, User
from triage.classifier import InvitationInput as ClassifierInvitation
from triage.classifier import classify
from triage.importers.records import InvitationRecord
from triage.models import ClassificationState, EventKind, FinalAction, Invitation, Queue
from triage.services import triage as triage_service
from triage.services.classification import (
    apply_verdict,
    classify_pending,
    mark_for_reclassification,
)
from triage.services.imports import save_batch

pytestmark = pytest.mark.django_db

MakeInvitation = Callable[..., Invitation]


def test_a_move_records_where_it_came_from(alice: User, make_invitation: MakeInvitation) -> None:
    invitation = make_invitation(alice, queue=Queue.QUERY)
    event = triage_service.move_to_queue(invitation, Queue.ACCEPT)
    assert event is not None
    assert event.kind == EventKind.MOVED and event.by_hand
    assert event.data == {"from": "query", "to": "accept", "was_moved_by_hand": False}
    invitation.refresh_from_db()
    assert invitation.queue == Queue.ACCEPT and invitation.moved_by_hand


def test_moving_to_the_same_queue_changes_nothing(
    alice: User, make_invitation: MakeInvitation
) -> None:
    invitation = make_invitation(alice, queue=Queue.QUERY)
    assert triage_service.move_to_queue(invitation, Queue.QUERY) is None
    invitation.refresh_from_db()
    assert not invitation.moved_by_hand
    assert not invitation.events.exists()


def test_an_unknown_queue_is_an_error(alice: User, make_invitation: MakeInvitation) -> None:
    with pytest.raises(ValueError):
        triage_service.move_to_queue(make_invitation(alice), "bin")


def test_undo_after_two_moves_restores_the_previous_hand_state(
    alice: User, make_invitation: MakeInvitation
) -> None:
    invitation = make_invitation(alice, queue=Queue.QUERY)
    triage_service.move_to_queue(invitation, Queue.ACCEPT)
    second = triage_service.move_to_queue(invitation, Queue.DECLINE)
    assert second is not None
    triage_service.undo(invitation, second)
    invitation.refresh_from_db()
    assert invitation.queue == Queue.ACCEPT and invitation.moved_by_hand
    second.refresh_from_db()
    assert second.data["undone"] is True
    with pytest.raises(triage_service.CannotUndo):
        triage_service.undo(invitation, second)


def test_undo_refuses_when_moved_again_since(alice: User, make_invitation: MakeInvitation) -> None:
    invitation = make_invitation(alice, queue=Queue.QUERY)
    first = triage_service.move_to_queue(invitation, Queue.ACCEPT)
    triage_service.move_to_queue(invitation, Queue.DECLINE)
    assert first is not None
    with pytest.raises(triage_service.CannotUndo):
        triage_service.undo(invitation, first)
    invitation.refresh_from_db()
    assert invitation.queue == Queue.DECLINE


def test_reclassification_never_overrides_a_hand_move(
    alice: User, make_invitation: MakeInvitation
) -> None:
    invitation = make_invitation(
        alice, queue=Queue.DECLINE, message="Hi Alice, Ben Okafor suggested I reach out."
    )
    triage_service.move_to_queue(invitation, Queue.QUERY)
    # Sent back for its evidence like every other row (see the test below)...
    assert mark_for_reclassification(alice.pk) == 1
    from accounts.services import profile_for_classifier

    verdict = classify(
        ClassifierInvitation(sender_name=invitation.sender_name, message=invitation.message),
        profile_for_classifier(alice),
    )
    invitation.refresh_from_db()
    apply_verdict(invitation, verdict)
    # ...but the queue the user chose wins.
    assert invitation.queue == Queue.QUERY
    assert invitation.suggested_queue == verdict.queue


def test_a_profile_change_refreshes_a_hand_moved_cards_evidence_but_not_its_queue(
    alice: User,
) -> None:
    save_batch(
        alice,
        [InvitationRecord(sender_name="Cass Moreau", message="Hi Alice, fellow Monash alum here!")],
        source="paste",
        enqueue=False,
    )
    classify_pending(alice.pk)
    invitation = Invitation.objects.get(owner=alice)
    assert invitation.has_unverified_claim and not invitation.alumni
    triage_service.move_to_queue(invitation, Queue.DECLINE)

    Affiliation.objects.create(owner=alice, kind=AffiliationKind.SCHOOL, name="Monash University")
    assert mark_for_reclassification(alice.pk) == 1
    classify_pending(alice.pk)

    invitation.refresh_from_db()
    assert invitation.state == ClassificationState.CLASSIFIED
    assert invitation.alumni and not invitation.has_unverified_claim
    assert invitation.suggested_queue == Queue.ACCEPT
    assert invitation.queue == Queue.DECLINE and invitation.moved_by_hand
    findings = [f["label"] for f in invitation.verdict["findings"] if f.get("verified", True)]
    assert "alumni" in findings


def test_marking_an_action_and_undoing_it(alice: User, make_invitation: MakeInvitation) -> None:
    invitation = make_invitation(alice, queue=Queue.ACCEPT)
    event = triage_service.mark_action(invitation, FinalAction.ACCEPTED)
    assert event is not None and event.data == {"action": "accepted", "previous": ""}
    assert triage_service.mark_action(invitation, FinalAction.ACCEPTED) is None
    triage_service.undo(invitation, event)
    invitation.refresh_from_db()
    assert invitation.final_action == ""
    assert invitation.events.filter(kind=EventKind.ACTION).count() == 2


def test_reply_sent_goes_through_outcomes(alice: User, make_invitation: MakeInvitation) -> None:
    invitation = make_invitation(alice, queue=Queue.QUERY)
    assert triage_service.mark_action(invitation, FinalAction.REPLIED) is None
    invitation.refresh_from_db()
    assert invitation.final_action == FinalAction.REPLIED
    assert invitation.outcome == "awaiting"


def test_bulk_move_skips_rows_already_there_and_records_each_move(
    alice: User, make_invitation: MakeInvitation
) -> None:
    rows = [make_invitation(alice, queue=Queue.QUERY) for _ in range(3)]
    make_invitation(alice, queue=Queue.ACCEPT)
    moved = triage_service.bulk_move(Invitation.objects.filter(owner=alice), Queue.ACCEPT)
    assert moved == 3
    assert Invitation.objects.filter(owner=alice, queue=Queue.ACCEPT).count() == 4
    events = {
        e.invitation_id: e.data
        for e in triage_service.InvitationEvent.objects.filter(kind=EventKind.MOVED)
    }
    assert set(events) == {r.pk for r in rows}
    assert all(data["from"] == "query" for data in events.values())


def test_bulk_mark_counts_only_changes(alice: User, make_invitation: MakeInvitation) -> None:
    make_invitation(alice, final_action=FinalAction.IGNORED)
    make_invitation(alice)
    assert triage_service.bulk_mark(Invitation.objects.filter(owner=alice), "ignored") == 1
    with pytest.raises(ValueError):
        triage_service.bulk_mark(Invitation.objects.filter(owner=alice), "shredded")


def test_a_bulk_move_is_undone_row_by_row(
    alice: User, bob: User, make_invitation: MakeInvitation
) -> None:
    queried = [make_invitation(alice, queue=Queue.QUERY) for _ in range(2)]
    accepted = make_invitation(alice, queue=Queue.ACCEPT)
    hand_moved = make_invitation(alice, queue=Queue.ACCEPT)
    triage_service.move_to_queue(hand_moved, Queue.QUERY)
    rows = [*queried, accepted, hand_moved]
    chosen = Invitation.objects.filter(pk__in=[r.pk for r in rows])
    assert triage_service.bulk_move(chosen, Queue.DECLINE, bulk_id="b1") == 4
    moved_again = queried[1]
    triage_service.move_to_queue(moved_again, Queue.ACCEPT)

    assert triage_service.undo_bulk(bob, "b1") is None
    result = triage_service.undo_bulk(alice, "b1")

    assert result == triage_service.BulkUndo(restored=3, skipped=1)
    state = {i.pk: (i.queue, i.moved_by_hand) for i in Invitation.objects.filter(pk__in=chosen)}
    assert state[queried[0].pk] == (Queue.QUERY, False)
    assert state[accepted.pk] == (Queue.ACCEPT, False)
    assert state[hand_moved.pk] == (Queue.QUERY, True)
    assert state[moved_again.pk] == (Queue.ACCEPT, True)  # the newer move wins
    again = triage_service.undo_bulk(alice, "b1")
    assert again == triage_service.BulkUndo(restored=0, skipped=4)


def test_a_bulk_mark_is_undone_to_each_rows_previous_action(
    alice: User, make_invitation: MakeInvitation
) -> None:
    fresh = make_invitation(alice, queue=Queue.DECLINE)
    accepted = make_invitation(alice, queue=Queue.DECLINE, final_action=FinalAction.ACCEPTED)
    chosen = Invitation.objects.filter(pk__in=[fresh.pk, accepted.pk])
    assert triage_service.bulk_mark(chosen, FinalAction.IGNORED, bulk_id="b2") == 2
    result = triage_service.undo_bulk(alice, "b2")
    assert result is not None and result.restored == 2
    fresh.refresh_from_db()
    accepted.refresh_from_db()
    assert fresh.final_action == FinalAction.NONE
    assert accepted.final_action == FinalAction.ACCEPTED
    undone = fresh.events.filter(kind=EventKind.ACTION).order_by("pk")
    assert [e.data.get("undone", False) for e in undone] == [True, False]
    assert undone.last().data["undo_of"] == undone.first().pk
