"""Importing invitations: every source goes through here, from the web and the command alike.

Each file is parsed, then saved all or nothing in one transaction (with the
profile data it carries), duplicates counted rather than saved, and
classification queued only once the rows are committed.
"""

from __future__ import annotations

import hashlib
import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo

from django.conf import settings
from django.db import IntegrityError, OperationalError, transaction
from django.utils import timezone
from kombu.exceptions import OperationalError as BrokerError

from accounts.models import User
from accounts.profile_import import ProfileMergeResult, merge_profile
from accounts.services import profile_changed
from triage.chunking import chunked
from triage.importers import parse_file, parse_paste
from triage.importers.records import (
    ImportRejected,
    InvitationRecord,
    ParseResult,
    Problem,
    without_nul,
)
from triage.importers.text import size_text, web_address
from triage.models import EventKind, ImportBatch, ImportSource, Invitation, InvitationEvent
from triage.selectors import zone_of

logger = logging.getLogger(__name__)

INSERT_CHUNK_SIZE = 1000
# Both limits follow TRIAGE_MAX_UPLOAD_BYTES, so raising it raises them. An export's
# CSVs shrink about tenfold in its zip: much more than that is a zip bomb.
UNZIPPED_BYTES_PER_UPLOADED_BYTE = 10
# A real export row is 150-300 bytes; a file within the size limit holds no more rows
# than this, and the cap keeps one import from holding the database for an hour.
UPLOADED_BYTES_PER_ROW = 100
MIN_ROW_LIMIT = 1000
# The command prints at most this many reasons, then how many more there were.
MAX_REJECTION_LINES = 100

BUSY_DATABASE = (
    "The database was too busy to save this import (another import or the classifier "
    "was writing); nothing was saved. Try again in a minute."
)


@dataclass(frozen=True)
class SaveResult:
    batch: ImportBatch
    imported: int
    duplicates: int


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


# The network's own words when the sender wrote no note: the export leaves the
# message blank where the notification email shows one of these.
_STOCK_NOTE = re.compile(
    r"^(?:(?:hi|hello|hey|dear|bonjour|hallo|hola|oi|ola|olá|ciao)\b[^\n]{0,40}\n)?\s*"
    r"(?:i'd like to join your linkedin network|i would like to join your linkedin network"
    r"|i'd like to add you to my professional network(?: on linkedin)?"
    r"|i'd like to connect with you on linkedin"
    r"|j'aimerais vous inviter à rejoindre mon réseau professionnel(?: sur linkedin)?"
    r"|ich möchte sie gerne zu meinem beruflichen netzwerk auf linkedin hinzufügen"
    r"|me gustaría añadirte a mi red profesional(?: en linkedin)?)[.!]?$",
    re.IGNORECASE,
)


def _note_for_key(message: str) -> str:
    text = message.strip().replace("’", "'")
    return "" if _STOCK_NOTE.match(text) else _fold(text)


def _as_utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def _undated_key(name: str, note: str, headline: str, mutual: int | None) -> str:
    """A paste says only "2 days ago", so the day is left out (a paste repeated tomorrow must
    still match), and what else the card shows tells apart two people of one name who both
    wrote no note. `name`, `note` and `headline` are folded."""
    return _digest(name, note, "~", headline, "" if mutual is None else str(mutual))


def _loose_key(name: str, note: str) -> str:
    """Sender and note alone (folded): where a dated and an undated copy of one invitation
    meet. Undated rows were saved under this before the headline counted."""
    return _digest(name, note, "~")


def dedupe_key(record: InvitationRecord, time_zone: tzinfo = UTC) -> str:
    """Same sender name and message on the same day is the same invitation.

    The day is the user's (`time_zone`), whichever zone the source wrote the time in.
    Where the source only gave an age, see _undated_key.
    """
    name, note = _fold(record.sender_name), _note_for_key(record.message)
    if record.sent_at is None or not record.sent_at_exact:
        return _undated_key(name, note, _fold(record.sender_headline), record.mutual_connections)
    day = _as_utc(record.sent_at).astimezone(time_zone).date().isoformat()
    return _digest(name, note, day)


def url_key(record: InvitationRecord) -> str:
    """Same sender profile and exact send time is the same invitation, whatever the text."""
    if not record.sender_profile_url or not record.sent_at or not record.sent_at_exact:
        return ""
    url = record.sender_profile_url.strip().rstrip("/").lower()
    # In UTC: the export writes the user's local time and the email +0000 for one moment.
    minute = _as_utc(record.sent_at).replace(second=0, microsecond=0)
    return _digest(url, minute.isoformat())


@dataclass(frozen=True, slots=True)
class _Copy:
    """An invitation already saved (or saved earlier in this batch), as far as matching a
    copy of it from a source of the other precision needs."""

    dated: bool
    headline: str  # folded
    pk: int | None = None  # None: saved earlier in this batch

    def matches(self, other: _Copy) -> bool:
        # An export row has no headline; where both sources give one, they must agree.
        return self.dated != other.dated and (
            not self.headline or not other.headline or self.headline == other.headline
        )


@dataclass(frozen=True, slots=True)
class _Keyed:
    record: InvitationRecord
    key: str
    url: str
    loose: str
    copy: _Copy


def _keyed(record: InvitationRecord, time_zone: tzinfo) -> _Keyed:
    dated = record.sent_at is not None and record.sent_at_exact
    return _Keyed(
        record=record,
        key=dedupe_key(record, time_zone),
        url=url_key(record),
        loose=_loose_key(_fold(record.sender_name), _note_for_key(record.message)),
        copy=_Copy(dated=dated, headline=_fold(record.sender_headline)),
    )


@dataclass
class _Known:
    """What of one chunk's invitations the user already has, or this batch already holds.

    A copy of the other precision stands for one invitation, so it matches one record at
    most: two namesakes with no note in a paste are not both the export's one row.
    `matched` holds the saved rows already matched so, across the batch's chunks.
    """

    matched: set[int]
    keys: set[str] = field(default_factory=set)
    urls: set[str] = field(default_factory=set)
    copies: dict[str, list[_Copy]] = field(default_factory=dict)

    def holds(self, item: _Keyed) -> bool:
        if self.holds_by_key(item):
            return True
        copies = self.copies.get(item.loose, [])
        for index, copy in enumerate(copies):
            if copy.pk not in self.matched and item.copy.matches(copy):
                if copy.pk is None:
                    del copies[index]
                else:
                    self.matched.add(copy.pk)
                return True
        return False

    def holds_by_key(self, item: _Keyed) -> bool:
        if item.key in self.keys or (item.url and item.url in self.urls):
            return True
        # An undated row saved under the key of before the headline counted.
        return not item.copy.dated and item.loose in self.keys

    def add(self, item: _Keyed) -> None:
        self.keys.add(item.key)
        if item.url:
            self.urls.add(item.url)
        self.copies.setdefault(item.loose, []).append(item.copy)


def save_batch(
    user: User,
    records: Iterable[InvitationRecord],
    *,
    source: str,
    filename: str = "",
    skipped: int = 0,
    problems: Iterable[Problem] = (),
    enqueue: bool = True,
) -> SaveResult:
    """Save new invitations as one batch in one transaction and queue their classification.

    Duplicates (of earlier imports or within this one) are counted, not saved.
    With `enqueue=False` the caller classifies the batch itself.
    """
    time_zone = zone_of(user)
    problem_list = list(problems)
    with transaction.atomic():
        batch = ImportBatch.objects.create(
            owner=user,
            source=source,
            filename=without_nul(filename)[:255],
            skipped_count=skipped,
            problems=_problems_json(problem_list),
            problem_count=len(problem_list),
        )
        imported = duplicates = 0
        matched: set[int] = set()
        in_batch = _Known(matched)
        for chunk in chunked(records, INSERT_CHUNK_SIZE):
            keyed = [_keyed(record, time_zone) for record in chunk]
            existing = _existing(user, keyed, matched)
            rows = []
            for item in keyed:
                if in_batch.holds(item) or existing.holds(item):
                    duplicates += 1
                    continue
                in_batch.add(item)
                rows.append(_invitation_row(user, batch, item))
            Invitation.objects.bulk_create(rows, batch_size=INSERT_CHUNK_SIZE)
            imported += len(rows)
        batch.imported_count = imported
        batch.duplicate_count = duplicates
        batch.save(update_fields=["imported_count", "duplicate_count"])
        _record_imported_events(batch)
        if imported and enqueue:
            transaction.on_commit(lambda: _enqueue_classification(batch.pk))
        elif not imported:
            from triage.services.classification import finish_batch_if_done

            finish_batch_if_done(batch.pk)
    return SaveResult(batch=batch, imported=imported, duplicates=duplicates)


def _existing(user: User, keyed: list[_Keyed], matched: set[int]) -> _Known:
    """What the user already has of this chunk's invitations, in three queries."""
    mine = Invitation.objects.filter(owner=user)
    keys = [item.key for item in keyed]
    keys += [item.loose for item in keyed if not item.copy.dated]
    known = _Known(matched)
    known.keys.update(mine.filter(dedupe_key__in=keys).values_list("dedupe_key", flat=True))
    urls = [item.url for item in keyed if item.url]
    if urls:
        known.urls.update(mine.filter(url_key__in=urls).values_list("url_key", flat=True))
    # A copy of the other precision (a paste's "2 days ago" against an export's exact
    # time) has another key: find it by sender, and tell dated rows from undated ones by
    # the key they were saved under. Not for those already found by key: a file imported
    # again would fetch every row it holds.
    names = {item.record.sender_name[:200] for item in keyed if not known.holds_by_key(item)}
    if not names:
        return known
    rows = mine.filter(sender_name__in=names).values_list(
        "pk", "sender_name", "sender_headline", "message", "mutual_connections", "dedupe_key"
    )
    for pk, name, headline, message, mutual, key in rows:
        folded_name, note, folded_headline = _fold(name), _note_for_key(message), _fold(headline)
        loose = _loose_key(folded_name, note)
        undated = key in (loose, _undated_key(folded_name, note, folded_headline, mutual))
        known.copies.setdefault(loose, []).append(_Copy(not undated, folded_headline, pk))
    return known


# Nobody has more connections than this (the network caps them far lower); a bigger number
# is a misread, and would not fit the column.
MAX_MUTUAL_CONNECTIONS = 1_000_000


def _plausible_count(count: int | None) -> int | None:
    return count if count is not None and 0 <= count <= MAX_MUTUAL_CONNECTIONS else None


def _invitation_row(user: User, batch: ImportBatch, item: _Keyed) -> Invitation:
    record = item.record
    return Invitation(
        owner=user,
        batch=batch,
        sender_name=record.sender_name[:200],
        sender_headline=record.sender_headline[:500],
        sender_profile_url=web_address(record.sender_profile_url)[:500],
        message=record.message,
        sent_at=record.sent_at,
        mutual_connections=_plausible_count(record.mutual_connections),
        dedupe_key=item.key,
        url_key=item.url,
    )


def _problems_json(problems: list[Problem]) -> list[dict[str, str]]:
    return [{"where": p.where, "message": p.message} for p in problems]


def _record_imported_events(batch: ImportBatch) -> None:
    """One "imported" history entry per new invitation, written in bulk."""
    ids = batch.invitations.values_list("id", flat=True).iterator(chunk_size=INSERT_CHUNK_SIZE)
    data = {"batch": batch.pk, "source": batch.source}
    for chunk in chunked(ids, INSERT_CHUNK_SIZE):
        InvitationEvent.objects.bulk_create(
            [InvitationEvent(invitation_id=pk, kind=EventKind.IMPORTED, data=data) for pk in chunk]
        )


def _enqueue_classification(batch_id: int) -> None:
    from triage.tasks import classify_batch

    try:
        classify_batch.delay(batch_id)
    except (BrokerError, OSError) as error:
        # The rows are saved and stay pending; the periodic sweep
        # (requeue_stale_classifications) queues them once the broker is back.
        logger.warning(
            "Could not queue classification of batch %s (%s); the sweep will pick it up.",
            batch_id,
            error,
        )


def add_one_invitation(user: User, record: InvitationRecord) -> SaveResult:
    return save_batch(user, [record], source=ImportSource.FORM)


@dataclass
class FileReport:
    """What became of one file (or paste): counts, rows left out, or why it was refused.

    `problems` holds the first few rows left out; `more_problems` counts the rest.
    """

    filename: str
    batch: ImportBatch | None = None
    imported: int = 0
    duplicates: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    more_problems: int = 0
    rejected_reason: str = ""
    profile: ProfileMergeResult | None = None
    # Refused because the database was busy or away: nothing is wrong with the file.
    retry_later: bool = False

    @property
    def rejected(self) -> bool:
        return bool(self.rejected_reason)

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.more_problems

    @property
    def rejection(self) -> str:
        """Why the file was refused, named once: most reasons already start with its name."""
        if not self.filename or self.rejected_reason.startswith(self.filename):
            return self.rejected_reason
        return f"{self.filename}: {self.rejected_reason}"


@dataclass
class ImportReport:
    files: list[FileReport] = field(default_factory=list)

    @property
    def imported(self) -> int:
        return sum(report.imported for report in self.files)

    @property
    def duplicates(self) -> int:
        return sum(report.duplicates for report in self.files)

    @property
    def skipped(self) -> int:
        return sum(report.skipped for report in self.files)

    @property
    def rejected_files(self) -> int:
        return sum(report.rejected for report in self.files)

    @property
    def rejected(self) -> int:
        """Whole files refused plus single rows or lines left out of an imported file."""
        return self.rejected_files + sum(report.problem_count for report in self.files)

    @property
    def retry_later(self) -> bool:
        return any(report.retry_later for report in self.files)

    @property
    def batches(self) -> list[ImportBatch]:
        return [report.batch for report in self.files if report.batch is not None]

    def summary(self) -> str:
        return (
            f"imported {self.imported}, duplicates {self.duplicates}, "
            f"skipped {self.skipped}, rejected {self.rejected}"
        )

    def rejection_lines(self, limit: int = MAX_REJECTION_LINES) -> list[str]:
        """One line per refused file or row left out, the first `limit` of them, then how
        many more there were."""
        lines: list[str] = []
        for report in self.files:
            if report.rejected:
                lines.append(report.rejection)
            lines.extend(f"{problem.where}: {problem.message}" for problem in report.problems)
            if len(lines) > limit:
                break
        total = self.rejected
        if total > limit:
            return [*lines[:limit], f"and {total - limit:,} more not shown"]
        return lines


def import_files(
    user: User, files: Iterable[tuple[str, bytes]], *, enqueue: bool = True
) -> ImportReport:
    """Import each (filename, content) on its own: one bad file never spoils the others."""
    report = ImportReport()
    for filename, data in files:
        report.files.append(import_file(user, filename, data, enqueue=enqueue))
        # Let go of this file before `files` reads the next: one at a time in memory.
        del data
    return report


def too_big(filename: str, size: int | None = None) -> FileReport:
    """The report for a file over the upload limit (its size, where it is known)."""
    limit = size_text(settings.TRIAGE_MAX_UPLOAD_BYTES)
    what = "The file is over" if size is None else f"The file is {size_text(size)}, over"
    return FileReport(filename, rejected_reason=f"{what} the {limit} limit; nothing was saved.")


def import_file(user: User, filename: str, data: bytes, *, enqueue: bool = True) -> FileReport:
    filename = without_nul(filename)
    limit = settings.TRIAGE_MAX_UPLOAD_BYTES
    if len(data) > limit:
        return too_big(filename, len(data))
    try:
        parsed = parse_file(
            filename,
            data,
            time_zone=zone_of(user),
            now=timezone.now(),
            max_unzipped_bytes=limit * UNZIPPED_BYTES_PER_UPLOADED_BYTE,
            max_rows=max(MIN_ROW_LIMIT, limit // UPLOADED_BYTES_PER_ROW),
        )
    except ImportRejected as rejected:
        return FileReport(filename, rejected_reason=rejected.message)
    return _save_parsed(user, filename, parsed, enqueue=enqueue)


def preview_paste(user: User, text: str) -> ParseResult:
    """What a paste holds, read but not saved, for the user to confirm."""
    return parse_paste(text, timezone.now().astimezone(zone_of(user))).collect()


def import_paste(user: User, text: str, *, enqueue: bool = True) -> FileReport:
    if not text.strip():
        return FileReport("Pasted text", rejected_reason="Nothing was pasted.")
    parsed = preview_paste(user, text)
    if not parsed.record_list:
        return FileReport(
            "Pasted text",
            problems=parsed.problems,
            more_problems=parsed.more_problems,
            rejected_reason="No invitation could be found in the pasted text; nothing was saved.",
        )
    # No filename: the batch's source already says "Pasted text", and saying it twice
    # titled every paste "Pasted text Pasted text".
    return _save_parsed(user, "", parsed, enqueue=enqueue)


def _save_parsed(user: User, filename: str, parsed: ParseResult, *, enqueue: bool) -> FileReport:
    try:
        with transaction.atomic():
            merged = None
            if parsed.profile is not None and not parsed.profile.is_empty():
                had_invitations = Invitation.objects.filter(owner=user).exists()
                merged = merge_profile(user, parsed.profile)
                # A profile change re-sorts what is already there; new rows are classified
                # with the new profile anyway.
                if merged.changed and had_invitations and enqueue:
                    profile_changed(user)
            saved = save_batch(
                user,
                parsed.records,
                source=_source(parsed.source),
                filename=filename,
                enqueue=enqueue,
            )
            batch = saved.batch
            batch.skipped_count = parsed.skipped
            batch.problems = _problems_json(parsed.problems)
            batch.problem_count = parsed.problem_count
            batch.save(update_fields=["skipped_count", "problems", "problem_count"])
    except ImportRejected as rejected:
        return FileReport(filename, rejected_reason=rejected.message)
    except (OperationalError, IntegrityError) as error:
        # Locked (SQLite), gone away, or another import of the same rows committed first:
        # the transaction rolled back whole, so trying again is safe and loses nothing.
        logger.warning("Import of %r for user %s not saved: %s", filename, user.pk, error)
        return FileReport(filename, rejected_reason=BUSY_DATABASE, retry_later=True)
    except BrokerError as error:
        # Only the callbacks run after the commit talk to the broker (the profile's
        # reclassification): the rows are saved, and the periodic sweep queues their work.
        logger.warning("Import of %r saved but its work not queued: %s", filename, error)
    return FileReport(
        filename,
        batch=batch,
        imported=saved.imported,
        duplicates=saved.duplicates,
        skipped=parsed.skipped,
        problems=list(parsed.problems),
        more_problems=parsed.more_problems,
        profile=merged,
    )


def _source(value: str) -> str:
    return value if value in ImportSource.values else ImportSource.EXPORT
