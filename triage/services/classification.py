"""Classifying saved invitations in chunks: claim, classify, save, report progress.

Every step is safe to repeat. A chunk is claimed with a conditional update
(pending -> classifying), so two workers never classify the same row and a
task delivered twice finds nothing left to do. A claim that fails is handed
back; a row that keeps failing is marked failed rather than retried for ever.
"""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta
from typing import Any

from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import DatabaseError, OperationalError, connection, transaction
from django.db.models import F, Field, Q
from django.utils import timezone

from accounts.models import User
from accounts.services import profile_for_classifier
from triage.classifier import REASONS, ProfileInput, Verdict, classify
from triage.classifier import InvitationInput as ClassifierInvitation
from triage.models import (
    BatchState,
    ClassificationState,
    EventKind,
    ImportBatch,
    Invitation,
    InvitationEvent,
)

logger = logging.getLogger(__name__)

# Worth another try: the database or the network, not the row. These never count as a
# failed attempt of the rows (a long outage must not fail a whole backlog).
TRANSIENT_ERRORS = (OperationalError, ConnectionError, TimeoutError)
# Claims of one row that may end without a verdict (a worker killed while holding it,
# an error saving it) before it is marked failed.
MAX_CLASSIFY_ATTEMPTS = 3
UNFINISHED = (ClassificationState.PENDING, ClassificationState.CLASSIFYING)

# Written by _save_verdicts; "queue" is handled there on its own (a hand move wins).
VERDICT_FIELDS = [
    *REASONS,
    "personal",
    "generic",
    "pitch",
    "has_unverified_claim",
    "strength",
    "verdict",
    "suggested_queue",
    "state",
    "classified_at",
    "claimed_at",
    "claim_token",
    "classification_attempts",
]


def classify_pending(
    owner_id: int, batch_id: int | None = None, claim_token: uuid.UUID | None = None
) -> int:
    """Classify every pending invitation of one user (optionally one batch); return how many.

    `claim_token` marks this run's claims. A task passes its own id: delivered again after
    its worker died, it takes back the rows it had claimed instead of leaving them for the
    stale-claim sweep.
    """
    owner = User.objects.get(pk=owner_id)
    profile = profile_for_classifier(owner)
    token = claim_token or uuid.uuid4()
    todo = Invitation.objects.filter(owner_id=owner_id).filter(_pending_or_claimed_by(token))
    if batch_id is not None:
        todo = todo.filter(batch_id=batch_id)
    chunk_size = settings.TRIAGE_CLASSIFY_CHUNK_SIZE
    done = 0
    touched: set[int] = set()
    while True:
        ids = list(todo.order_by("id").values_list("id", flat=True)[:chunk_size])
        if not ids:
            break
        claimed = _claim(ids, token, touched)
        if claimed:
            try:
                done += _classify_and_save(claimed, profile)
            except BaseException as error:
                _release(claimed, token, error)
                raise
            for touched_batch in {row.batch_id for row in claimed if row.batch_id}:
                update_batch_progress(touched_batch)
    for touched_batch in touched:
        update_batch_progress(touched_batch)
    if batch_id is not None:
        update_batch_progress(batch_id)
    return done


def _pending_or_claimed_by(token: uuid.UUID) -> Q:
    """Rows this run may work on: waiting, or claimed earlier by the same token (a task
    delivered again after its worker died)."""
    return Q(state=ClassificationState.PENDING) | Q(
        state=ClassificationState.CLASSIFYING, claim_token=token
    )


def _claim(ids: list[int], token: uuid.UUID, touched: set[int]) -> list[Invitation]:
    mine = Invitation.objects.filter(
        _pending_or_claimed_by(token),
        id__in=ids,
    )
    # Claimed this often and never finished (its worker killed each time, say): another
    # try would end the same way, and the batch must be able to finish.
    worn_out = mine.filter(classification_attempts__gte=MAX_CLASSIFY_ATTEMPTS)
    touched.update(batch for batch in worn_out.values_list("batch_id", flat=True) if batch)
    worn_out.update(state=ClassificationState.FAILED, claimed_at=None, claim_token=None)
    mine.update(
        state=ClassificationState.CLASSIFYING,
        claimed_at=timezone.now(),
        claim_token=token,
        classification_attempts=F("classification_attempts") + 1,
    )
    # Read back only what this update won: another worker may hold some of these ids.
    return list(
        Invitation.objects.filter(
            id__in=ids, claim_token=token, state=ClassificationState.CLASSIFYING
        ).only(
            "id",
            "owner_id",
            "batch_id",
            "sender_name",
            "sender_headline",
            "message",
            "mutual_connections",
            "queue",
            "moved_by_hand",
            "claim_token",
            "classification_attempts",
        )
    )


def _release(rows: list[Invitation], token: uuid.UUID, error: BaseException) -> None:
    """Hand a chunk's claim back after `error`, so a retry finds the rows pending.

    A transient error is not the rows' fault and does not count as an attempt; any other
    does, and a row out of attempts is marked failed here rather than tried again.
    """
    held = Invitation.objects.filter(
        id__in=[row.pk for row in rows], claim_token=token, state=ClassificationState.CLASSIFYING
    )
    released = {"claimed_at": None, "claim_token": None}
    try:
        if isinstance(error, TRANSIENT_ERRORS):
            held.update(
                state=ClassificationState.PENDING,
                classification_attempts=F("classification_attempts") - 1,
                **released,
            )
            return
        held.filter(classification_attempts__gte=MAX_CLASSIFY_ATTEMPTS).update(
            state=ClassificationState.FAILED, **released
        )
        held.update(state=ClassificationState.PENDING, **released)
        for batch_id in {row.batch_id for row in rows if row.batch_id}:
            update_batch_progress(batch_id)
    except DatabaseError:
        # The database is what failed: the rows keep this claim, which a retry of the same
        # task takes back and the stale-claim sweep releases otherwise.
        logger.warning("Could not release %s claimed invitations", len(rows), exc_info=True)


def _classify_and_save(rows: list[Invitation], profile: ProfileInput) -> int:
    """Classify and save a claimed chunk; return how many got a verdict.

    A row the classifier raises on is marked failed at once: it is a pure function of the
    row and the profile, so trying the row again would raise again.
    """
    now = timezone.now()
    events = []
    saves: list[tuple[Invitation, uuid.UUID | None]] = []
    failed: list[Invitation] = []
    for row in rows:
        try:
            verdict = classify(
                ClassifierInvitation(
                    sender_name=row.sender_name,
                    headline=row.sender_headline,
                    message=row.message,
                    mutual_connections=row.mutual_connections,
                ),
                profile,
            )
        except SoftTimeLimitExceeded:
            raise
        except Exception:
            logger.exception("The classifier failed on invitation %s", row.pk)
            failed.append(row)
            continue
        claim = row.claim_token
        apply_verdict(row, verdict)
        row.state = ClassificationState.CLASSIFIED
        row.classified_at = now
        row.claimed_at = None
        row.claim_token = None
        row.classification_attempts = 0
        saves.append((row, claim))
        events.append(
            InvitationEvent(
                invitation_id=row.pk,
                kind=EventKind.CLASSIFIED,
                data={"queue": verdict.queue, "summary": verdict.summary},
            )
        )
    with transaction.atomic():
        _save_verdicts(saves)
        InvitationEvent.objects.bulk_create(events)
        if failed:
            Invitation.objects.filter(
                id__in=[row.pk for row in failed],
                claim_token__in={row.claim_token for row in failed},
                state=ClassificationState.CLASSIFYING,
            ).update(state=ClassificationState.FAILED, claimed_at=None, claim_token=None)
    return len(saves)


def _save_verdicts(saves: list[tuple[Invitation, uuid.UUID | None]]) -> None:
    """One parameterised UPDATE per row, sent with executemany.

    bulk_update builds a CASE expression per field and row, which dominated the
    worker's time (about 125 rows/s on SQLite); this is what it does by hand at the
    database's own speed. Rows are matched on their claim as well as their id, so a
    worker whose claim was released as stale cannot overwrite a newer result, and
    the queue is left alone if the user moved the card meanwhile.
    """
    if not saves:
        return
    quote = connection.ops.quote_name
    fields = [_concrete_field(name) for name in VERDICT_FIELDS]
    token_field = _concrete_field("claim_token")
    queue = quote(_column("queue"))
    moved = quote(_column("moved_by_hand"))
    assignments = [f"{quote(_column(field.name))} = %s" for field in fields]
    assignments.append(f"{queue} = CASE WHEN {moved} THEN {queue} ELSE %s END")
    # Only quoted names from the model's own metadata go into the text; values are parameters.
    sql = (
        f"UPDATE {quote(Invitation._meta.db_table)} SET {', '.join(assignments)} "  # noqa: S608
        f"WHERE {quote(_column('id'))} = %s AND {quote(_column('claim_token'))} = %s"
    )
    params = [
        [field.get_db_prep_save(getattr(row, field.attname), connection) for field in fields]
        + [row.suggested_queue, row.pk, token_field.get_db_prep_save(claim, connection)]
        for row, claim in saves
    ]
    with connection.cursor() as cursor:
        cursor.executemany(sql, params)


def _concrete_field(name: str) -> Field[Any, Any]:
    field = Invitation._meta.get_field(name)
    if not isinstance(field, Field) or not field.column:
        raise TypeError(f"Invitation.{name} is not a column")
    return field


def _column(name: str) -> str:
    return str(_concrete_field(name).column)


def apply_verdict(row: Invitation, verdict: Verdict) -> None:
    """Copy a verdict onto its row; a queue the user chose by hand is kept."""
    for reason in REASONS:
        setattr(row, reason, bool(verdict.reasons.get(reason)))
    row.personal = verdict.personal
    row.generic = verdict.generic
    row.pitch = verdict.pitch
    row.has_unverified_claim = bool(verdict.unverified)
    row.strength = verdict.strength
    row.verdict = verdict.to_dict()
    row.suggested_queue = verdict.queue
    if not row.moved_by_hand:
        row.queue = verdict.queue


def update_batch_progress(batch_id: int) -> None:
    classified = Invitation.objects.filter(
        batch_id=batch_id, state=ClassificationState.CLASSIFIED
    ).count()
    ImportBatch.objects.filter(pk=batch_id).update(classified_count=classified)
    finish_batch_if_done(batch_id)


def finish_batch_if_done(batch_id: int) -> None:
    """Done once no row is waiting: failed if none could be classified, else done (the
    batch page says how many failed)."""
    rows = Invitation.objects.filter(batch_id=batch_id)
    if rows.filter(state__in=UNFINISHED).exists():
        return
    all_failed = (
        rows.filter(state=ClassificationState.FAILED).exists()
        and not rows.filter(state=ClassificationState.CLASSIFIED).exists()
    )
    state = BatchState.FAILED if all_failed else BatchState.DONE
    ImportBatch.objects.filter(pk=batch_id).exclude(state=state).update(
        state=state, finished_at=timezone.now()
    )


def mark_for_reclassification(owner_id: int) -> int:
    """Send the user's invitations back to pending after their profile changed.

    Rows the user moved by hand go too: their evidence, reasons and suggested
    queue must follow the new profile, or the card explains itself with stale
    findings. Their queue stays where the user put it (`apply_verdict` and
    `_save_verdicts` never overwrite a hand move). Rows that failed get a fresh
    set of attempts: the profile is half of what the classifier reads.
    """
    return Invitation.objects.filter(
        owner_id=owner_id,
        state__in=[ClassificationState.CLASSIFIED, ClassificationState.FAILED],
    ).update(state=ClassificationState.PENDING, classification_attempts=0)


def release_stale_claims() -> set[tuple[int, int | None]]:
    """Return rows claimed by a worker that died to pending; say whose work to redo."""
    cutoff = timezone.now() - timedelta(seconds=settings.TRIAGE_STALE_CLAIM_SECONDS)
    stale = Invitation.objects.filter(
        Q(claimed_at__lt=cutoff) | Q(claimed_at__isnull=True),
        state=ClassificationState.CLASSIFYING,
    )
    owners_and_batches = set(stale.values_list("owner_id", "batch_id").distinct())
    stale.update(state=ClassificationState.PENDING, claimed_at=None, claim_token=None)
    pending_batches = set(
        Invitation.objects.filter(state=ClassificationState.PENDING)
        .values_list("owner_id", "batch_id")
        .distinct()
    )
    return owners_and_batches | pending_batches
