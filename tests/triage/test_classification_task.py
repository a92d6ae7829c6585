"""The classification task: chunks, progress, idempotence, hand moves, stale claims."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from accounts.models import Affiliation, AffiliationKind, User
from tests.conftest import SHARED_DIR
from triage import tasks
from triage.importers.records import InvitationRecord
from triage.models import BatchState, ClassificationState, ImportBatch, Invitation, Queue
from triage.services import classification
from triage.services.imports import save_batch

pytestmark = pytest.mark.django_db(transaction=True)

CORPUS = SHARED_DIR / "corpus"


def _records(count: int) -> list[InvitationRecord]:
    return [
        InvitationRecord(
            sender_name=f"Person {n}",
            message="Hi Alice, we met at the Pharma Talent Forum meetup." if n % 2 else "",
        )
        for n in range(count)
    ]


@override_settings(TRIAGE_CLASSIFY_CHUNK_SIZE=7)
def test_a_batch_is_classified_in_chunks_and_reports_progress(alice: User) -> None:
    result = save_batch(alice, _records(30), source="paste")
    batch = ImportBatch.objects.get(pk=result.batch.pk)
    assert batch.imported_count == 30
    assert batch.classified_count == 30
    assert batch.state == BatchState.DONE
    assert batch.finished_at is not None
    rows = Invitation.objects.filter(batch=batch)
    assert not rows.exclude(state=ClassificationState.CLASSIFIED).exists()
    assert rows.filter(queue=Queue.ACCEPT, met_in_person=True, shared_group=True).count() == 15
    assert rows.filter(queue=Queue.QUERY, generic=True).count() == 15


def test_running_the_task_twice_changes_nothing(alice: User) -> None:
    result = save_batch(alice, _records(4), source="paste")
    before = list(
        Invitation.objects.filter(owner=alice)
        .order_by("id")
        .values("id", "queue", "classified_at", "verdict")
    )
    events_before = alice.invitations.model.objects.filter(owner=alice).count()
    assert tasks.classify_batch(result.batch.pk) == 0
    after = list(
        Invitation.objects.filter(owner=alice)
        .order_by("id")
        .values("id", "queue", "classified_at", "verdict")
    )
    assert before == after
    assert Invitation.objects.filter(owner=alice).count() == events_before


def test_a_row_claimed_by_another_worker_is_not_classified_twice(alice: User) -> None:
    result = save_batch(alice, _records(1), source="paste")
    row = Invitation.objects.get(batch=result.batch)
    Invitation.objects.filter(pk=row.pk).update(
        state=ClassificationState.CLASSIFYING, claimed_at=timezone.now()
    )
    assert classification.classify_pending(alice.pk) == 0
    row.refresh_from_db()
    assert row.state == ClassificationState.CLASSIFYING


def test_profile_changes_reclassify_but_never_touch_hand_moved_rows(alice: User) -> None:
    save_batch(
        alice,
        [
            InvitationRecord(sender_name="Ann", message="Hi Alice, fellow Monash alum here!"),
            InvitationRecord(sender_name="Bea", message="Hi Alice, fellow Monash graduate!"),
        ],
        source="paste",
    )
    ann, bea = Invitation.objects.filter(owner=alice).order_by("sender_name")
    assert ann.queue == bea.queue == Queue.QUERY
    assert ann.has_unverified_claim
    Invitation.objects.filter(pk=bea.pk).update(queue=Queue.DECLINE, moved_by_hand=True)
    bea_before = Invitation.objects.get(pk=bea.pk)

    Affiliation.objects.create(owner=alice, kind=AffiliationKind.SCHOOL, name="Monash University")
    tasks.reclassify_user(alice.pk)

    ann.refresh_from_db()
    bea.refresh_from_db()
    assert ann.queue == Queue.ACCEPT
    assert ann.alumni and not ann.has_unverified_claim
    assert bea.queue == Queue.DECLINE
    assert bea.verdict == bea_before.verdict
    assert bea.classified_at == bea_before.classified_at


def test_no_reason_policy_decline_sends_stock_notes_to_decline(alice: User) -> None:
    alice.no_reason_queue = "decline"
    alice.save()
    save_batch(
        alice,
        [InvitationRecord(sender_name="Stock Sender", message="I'd like to add you to my network")],
        source="paste",
    )
    assert Invitation.objects.get(owner=alice).queue == Queue.DECLINE


def test_stale_claims_are_released_and_requeued(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = save_batch(alice, _records(2), source="paste")
    Invitation.objects.filter(batch=result.batch).update(
        state=ClassificationState.CLASSIFYING,
        claimed_at=timezone.now() - timedelta(hours=1),
    )
    sent: list[int] = []
    monkeypatch.setattr(tasks.classify_batch, "delay", lambda batch_id: sent.append(batch_id))
    assert tasks.requeue_stale_classifications() == 1
    assert sent == [result.batch.pk]
    assert not Invitation.objects.filter(state=ClassificationState.CLASSIFYING).exists()
    assert tasks.classify_batch(result.batch.pk) == 2


def test_a_recent_claim_is_left_alone(alice: User, monkeypatch: pytest.MonkeyPatch) -> None:
    result = save_batch(alice, _records(1), source="paste")
    Invitation.objects.filter(batch=result.batch).update(
        state=ClassificationState.CLASSIFYING, claimed_at=timezone.now()
    )
    monkeypatch.setattr(tasks.classify_batch, "delay", lambda batch_id: None)
    assert tasks.requeue_stale_classifications() == 0
    assert Invitation.objects.get(batch=result.batch).state == ClassificationState.CLASSIFYING


def test_classify_file_prints_one_json_line_per_record_in_order(
    make_user: Callable[..., User], tmp_path: Path
) -> None:
    lines = (CORPUS / "dev.jsonl").read_text(encoding="utf-8").splitlines()[:12]
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    call_command(
        "classify_file", "--profiles", str(CORPUS / "profiles.json"), str(source), stdout=out
    )
    printed = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [p["id"] for p in printed] == [json.loads(line)["id"] for line in lines]
    for record in printed:
        assert record["queue"] in {"accept", "query", "decline"}
        assert set(record["labels"]) == {
            "met_in_person",
            "same_organisation",
            "shared_group",
            "common_connection",
            "alumni",
            "specific_opportunity",
            "personal",
            "generic",
            "pitch",
        }
        assert isinstance(record["evidence"], dict)


def test_a_hand_move_during_classification_wins_and_a_released_claim_writes_nothing(
    alice: User,
) -> None:
    result = save_batch(alice, _records(2), source="paste", enqueue=False)
    first, second = Invitation.objects.filter(batch=result.batch).order_by("id")
    claimed = classification._claim([first.pk, second.pk])
    profile = classification.profile_for_classifier(alice)
    # While the worker holds the claim, the user moves one card and the sweep
    # releases the other (as if this worker had been presumed dead).
    Invitation.objects.filter(pk=first.pk).update(queue=Queue.DECLINE, moved_by_hand=True)
    Invitation.objects.filter(pk=second.pk).update(
        state=ClassificationState.PENDING, claim_token=None
    )
    classification._classify_and_save(claimed, profile)
    first.refresh_from_db()
    second.refresh_from_db()
    assert first.state == ClassificationState.CLASSIFIED
    assert first.queue == Queue.DECLINE
    assert first.suggested_queue == Queue.QUERY
    assert second.state == ClassificationState.PENDING
    assert second.verdict == {}
