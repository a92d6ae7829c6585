"""The classification task: chunks, progress, idempotence, hand moves, stale claims."""

from __future__ import annotations

import io
import json
import uuid
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.core.management import call_command
from django.db import OperationalError
from django.test import override_settings
from django.utils import timezone

from accounts.models import Affiliation, AffiliationKind, User
from tests.conftest import SHARED_DIR
from triage import tasks
from triage.importers.records import InvitationRecord
from triage.models import (
    BatchState,
    ClassificationState,
    ImportBatch,
    Invitation,
    InvitationEvent,
    Queue,
)
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
    events_before = InvitationEvent.objects.filter(invitation__owner=alice).count()
    assert events_before == 8  # imported and classified, for each of the four
    assert tasks.classify_batch(result.batch.pk) == 0
    after = list(
        Invitation.objects.filter(owner=alice)
        .order_by("id")
        .values("id", "queue", "classified_at", "verdict")
    )
    assert before == after
    assert InvitationEvent.objects.filter(invitation__owner=alice).count() == events_before


def test_a_row_claimed_by_another_worker_is_not_classified_twice(alice: User) -> None:
    result = save_batch(alice, _records(1), source="paste")
    row = Invitation.objects.get(batch=result.batch)
    Invitation.objects.filter(pk=row.pk).update(
        state=ClassificationState.CLASSIFYING, claimed_at=timezone.now()
    )
    assert classification.classify_pending(alice.pk) == 0
    row.refresh_from_db()
    assert row.state == ClassificationState.CLASSIFYING


def test_profile_changes_reclassify_hand_moved_rows_but_keep_their_queue(alice: User) -> None:
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
    # The evidence follows the new profile; the queue stays where the user put it.
    assert bea.queue == Queue.DECLINE and bea.moved_by_hand
    assert bea.alumni and not bea.has_unverified_claim
    assert bea.suggested_queue == Queue.ACCEPT
    assert bea.verdict != bea_before.verdict


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
    claimed = classification._claim([first.pk, second.pk], uuid.uuid4(), set())
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


@pytest.mark.parametrize(
    "task", [tasks.classify_batch, tasks.reclassify_user, tasks.reclassify_pending_for_user]
)
def test_classification_tasks_survive_lost_workers_and_transient_errors(task: Any) -> None:
    assert task.acks_late is True
    assert task.reject_on_worker_lost is True
    assert set(task.autoretry_for) >= {OperationalError, ConnectionError, TimeoutError}
    assert task.retry_backoff is True
    assert task.retry_backoff_max == 300
    assert task.max_retries == 8


def test_every_task_has_a_time_limit() -> None:
    conf = tasks.classify_batch.app.conf
    assert conf.task_soft_time_limit and conf.task_time_limit
    # The hard limit leaves the soft one time to hand its claim back.
    assert conf.task_time_limit > conf.task_soft_time_limit
    assert tasks.requeue_stale_classifications.acks_late is True


def _fail_saving(monkeypatch: pytest.MonkeyPatch, error: Exception, times: int) -> list[int]:
    calls: list[int] = []
    save = classification._save_verdicts

    def failing(saves: Any) -> None:
        calls.append(len(saves))
        if len(calls) <= times:
            raise error
        save(saves)

    monkeypatch.setattr(classification, "_save_verdicts", failing)
    return calls


def _states(batch_id: int) -> list[tuple[str, int]]:
    return list(
        Invitation.objects.filter(batch_id=batch_id)
        .order_by("id")
        .values_list("state", "classification_attempts")
    )


def test_a_transient_error_hands_the_claim_back_uncounted(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = save_batch(alice, _records(3), source="paste", enqueue=False)
    _fail_saving(monkeypatch, OperationalError("database is locked"), times=1)
    with pytest.raises(OperationalError):
        classification.classify_pending(alice.pk, batch_id=result.batch.pk)
    # Back to pending, and the database's hiccup is not counted against the rows.
    assert _states(result.batch.pk) == [(ClassificationState.PENDING, 0)] * 3


def test_the_task_retries_a_transient_error_and_finishes(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = save_batch(alice, _records(3), source="paste", enqueue=False)
    calls = _fail_saving(monkeypatch, OperationalError("database is locked"), times=1)
    # The task retries on its own (eagerly here, under the same id) and the retry finds
    # the rows pending.
    retried = tasks.classify_batch.apply(args=[result.batch.pk], throw=False)
    assert retried.get() == 3
    assert calls == [3, 3]
    assert _states(result.batch.pk) == [(ClassificationState.CLASSIFIED, 0)] * 3
    assert ImportBatch.objects.get(pk=result.batch.pk).state == BatchState.DONE


def test_rows_that_keep_failing_are_marked_failed_and_the_batch_finishes(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = save_batch(alice, _records(2), source="paste", enqueue=False)
    _fail_saving(monkeypatch, RuntimeError("a bug"), times=99)
    for attempt in range(1, classification.MAX_CLASSIFY_ATTEMPTS):
        with pytest.raises(RuntimeError):
            classification.classify_pending(alice.pk, batch_id=result.batch.pk)
        assert _states(result.batch.pk) == [(ClassificationState.PENDING, attempt)] * 2
        assert ImportBatch.objects.get(pk=result.batch.pk).state == BatchState.CLASSIFYING
    with pytest.raises(RuntimeError):
        classification.classify_pending(alice.pk, batch_id=result.batch.pk)
    attempts = classification.MAX_CLASSIFY_ATTEMPTS
    assert _states(result.batch.pk) == [(ClassificationState.FAILED, attempts)] * 2
    batch = ImportBatch.objects.get(pk=result.batch.pk)
    assert batch.state == BatchState.FAILED and batch.finished_at is not None
    # Nothing is left for a later run or the sweep.
    assert classification.classify_pending(alice.pk, batch_id=result.batch.pk) == 0
    assert classification.release_stale_claims() == set()


def test_a_row_the_classifier_raises_on_fails_alone(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    classify = classification.classify

    def fussy(invitation: Any, profile: Any) -> Any:
        if invitation.sender_name == "Person 1":
            raise ValueError("cannot read this one")
        return classify(invitation, profile)

    monkeypatch.setattr(classification, "classify", fussy)
    result = save_batch(alice, _records(3), source="paste")
    rows = Invitation.objects.filter(batch=result.batch).order_by("sender_name")
    assert [row.state for row in rows] == [
        ClassificationState.CLASSIFIED,
        ClassificationState.FAILED,
        ClassificationState.CLASSIFIED,
    ]
    batch = ImportBatch.objects.get(pk=result.batch.pk)
    assert (batch.state, batch.classified_count) == (BatchState.DONE, 2)


def test_a_redelivered_task_takes_back_the_rows_it_had_claimed(alice: User) -> None:
    result = save_batch(alice, _records(2), source="paste", enqueue=False)
    task_id = uuid.uuid4()
    # Its worker died mid-chunk a moment ago: the claim is too fresh for the sweep.
    Invitation.objects.filter(batch=result.batch).update(
        state=ClassificationState.CLASSIFYING,
        claimed_at=timezone.now(),
        claim_token=task_id,
        classification_attempts=1,
    )
    other = tasks.classify_batch.apply(args=[result.batch.pk], task_id=str(uuid.uuid4()))
    assert other.get() == 0
    again = tasks.classify_batch.apply(args=[result.batch.pk], task_id=str(task_id))
    assert again.get() == 2
    assert _states(result.batch.pk) == [(ClassificationState.CLASSIFIED, 0)] * 2


def test_a_row_whose_worker_keeps_dying_is_failed_after_the_sweep(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = save_batch(alice, _records(2), source="paste", enqueue=False)
    first, second = Invitation.objects.filter(batch=result.batch).order_by("id")
    Invitation.objects.filter(pk=first.pk).update(
        state=ClassificationState.CLASSIFYING,
        claimed_at=timezone.now() - timedelta(hours=1),
        claim_token=uuid.uuid4(),
        classification_attempts=classification.MAX_CLASSIFY_ATTEMPTS,
    )
    sent: list[int] = []
    monkeypatch.setattr(tasks.classify_batch, "delay", sent.append)
    assert tasks.requeue_stale_classifications() == 1
    assert sent == [result.batch.pk]
    assert tasks.classify_batch(result.batch.pk) == 1
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.state, second.state) == (
        ClassificationState.FAILED,
        ClassificationState.CLASSIFIED,
    )
    assert ImportBatch.objects.get(pk=result.batch.pk).state == BatchState.DONE


def test_a_profile_change_gives_failed_rows_another_chance(alice: User) -> None:
    result = save_batch(alice, _records(1), source="paste", enqueue=False)
    Invitation.objects.filter(batch=result.batch).update(
        state=ClassificationState.FAILED, classification_attempts=3
    )
    tasks.reclassify_user(alice.pk)
    assert _states(result.batch.pk) == [(ClassificationState.CLASSIFIED, 0)]
