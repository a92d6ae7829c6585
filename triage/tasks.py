"""Celery tasks: thin wrappers that fetch by id and call a service.

Tasks ack late and are requeued if the worker dies mid-way; the services
they call are idempotent, so a redelivered task changes nothing.
"""

from __future__ import annotations

import uuid
from typing import Any

from celery import Task, shared_task
from celery.signals import worker_ready

from triage.models import ImportBatch
from triage.services import classification, outcomes
from triage.services.classification import TRANSIENT_ERRORS

# A lost worker's message is redelivered, and a database or broker hiccup is retried
# with growing pauses; the services are idempotent, so either is safe.
RETRIED_ON_TRANSIENT_ERRORS: dict[str, Any] = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": TRANSIENT_ERRORS,
    "retry_backoff": True,
    "retry_backoff_max": 300,
    "max_retries": 8,
}


def _claim_token(task: Task[Any, Any]) -> uuid.UUID | None:
    """The task's id, as the token of the rows it claims: a retry, or the same message
    delivered again after its worker died, has the same id and takes back its rows."""
    try:
        return uuid.UUID(str(task.request.id)) if task.request.id else None
    except ValueError:
        return None


@shared_task(bind=True, **RETRIED_ON_TRANSIENT_ERRORS)
def classify_batch(self: Task[Any, Any], batch_id: int) -> int:
    owner_id = ImportBatch.objects.filter(pk=batch_id).values_list("owner_id", flat=True).first()
    if owner_id is None:
        return 0
    return classification.classify_pending(
        owner_id, batch_id=batch_id, claim_token=_claim_token(self)
    )


@shared_task(bind=True, **RETRIED_ON_TRANSIENT_ERRORS)
def reclassify_user(self: Task[Any, Any], user_id: int) -> int:
    classification.mark_for_reclassification(user_id)
    return classification.classify_pending(user_id, claim_token=_claim_token(self))


@shared_task(acks_late=True, reject_on_worker_lost=True)
def requeue_stale_classifications() -> int:
    """Pick up rows a dead worker left half-done, and pending rows whose task was lost."""
    work = classification.release_stale_claims()
    for owner_id, batch_id in work:
        if batch_id is None:
            reclassify_pending_for_user.delay(owner_id)
        else:
            classify_batch.delay(batch_id)
    return len(work)


@shared_task(bind=True, **RETRIED_ON_TRANSIENT_ERRORS)
def reclassify_pending_for_user(self: Task[Any, Any], user_id: int) -> int:
    return classification.classify_pending(user_id, claim_token=_claim_token(self))


@shared_task(**RETRIED_ON_TRANSIENT_ERRORS)
def mark_overdue_follow_ups() -> int:
    return outcomes.mark_overdue_follow_ups()


@worker_ready.connect
def _resume_unfinished_work(**_: object) -> None:
    # A worker that starts after a crash finishes what the last one left.
    requeue_stale_classifications.delay()
