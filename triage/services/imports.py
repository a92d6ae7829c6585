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
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, tzinfo

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from accounts.profile_import import ProfileMergeResult, merge_profile
from accounts.services import profile_changed
from triage.chunking import chunked
from triage.importers import parse_file, parse_paste
from triage.importers.records import ImportRejected, InvitationRecord, ParseResult, Problem
from triage.models import EventKind, ImportBatch, ImportSource, Invitation, InvitationEvent

logger = logging.getLogger(__name__)

INSERT_CHUNK_SIZE = 1000


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


def _day(record: InvitationRecord) -> str:
    return record.sent_at.date().isoformat() if record.sent_at and record.sent_at_exact else "~"


def dedupe_key(record: InvitationRecord) -> str:
    """Same sender name and message on the same day is the same invitation.

    Where the source only gave an age ("2 days ago") the day is a guess, so it
    is left out: a paste repeated tomorrow must still be recognised.
    """
    return _digest(_fold(record.sender_name), _note_for_key(record.message), _day(record))


def dayless_key(record: InvitationRecord) -> str:
    """The key the same invitation has when it came from a source that gave only its age."""
    return _digest(_fold(record.sender_name), _note_for_key(record.message), "~")


def url_key(record: InvitationRecord) -> str:
    """Same sender profile and exact send time is the same invitation, whatever the text."""
    if not record.sender_profile_url or not record.sent_at or not record.sent_at_exact:
        return ""
    url = record.sender_profile_url.strip().rstrip("/").lower()
    return _digest(url, record.sent_at.replace(second=0, microsecond=0).isoformat())


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
    with transaction.atomic():
        batch = ImportBatch.objects.create(
            owner=user,
            source=source,
            filename=filename[:255],
            skipped_count=skipped,
            problems=[{"where": p.where, "message": p.message} for p in problems],
        )
        imported = duplicates = 0
        seen_keys: set[str] = set()
        for chunk in chunked(records, INSERT_CHUNK_SIZE):
            keyed = [(record, dedupe_key(record), url_key(record)) for record in chunk]
            existing = _existing_keys(user, keyed)
            rows = []
            for record, key, by_url in keyed:
                if (
                    key in seen_keys
                    or key in existing
                    or (by_url and by_url in existing)
                    or _dayless(record) in existing
                ):
                    duplicates += 1
                    continue
                seen_keys.add(key)
                if by_url:
                    seen_keys.add(by_url)
                rows.append(_invitation_row(user, batch, record, key, by_url))
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


def _dayless(record: InvitationRecord) -> str:
    """For a dated record, the key an undated copy of it (from a paste) was saved under;
    for an undated record, a marker of an earlier dated copy (see _existing_keys)."""
    if record.sent_at_exact:
        return dayless_key(record)
    return "dated:" + dayless_key(record)


def _existing_keys(user: User, keyed: list[tuple[InvitationRecord, str, str]]) -> set[str]:
    """Keys of this chunk already saved for the user, in three indexed queries at most."""
    content_keys = [key for _, key, _ in keyed]
    content_keys += [dayless_key(record) for record, _, _ in keyed if record.sent_at_exact]
    url_keys = [by_url for _, _, by_url in keyed if by_url]
    mine = Invitation.objects.filter(owner=user)
    found = set(mine.filter(dedupe_key__in=content_keys).values_list("dedupe_key", flat=True))
    if url_keys:
        found.update(mine.filter(url_key__in=url_keys).values_list("url_key", flat=True))
    undated = [record for record, _, _ in keyed if not record.sent_at_exact]
    if undated:
        # A paste only knows "2 days ago": the same sender and note on any day is a match.
        names = {record.sender_name[:200] for record in undated}
        for name, message in mine.filter(sender_name__in=names).values_list(
            "sender_name", "message"
        ):
            found.add("dated:" + dayless_key(InvitationRecord(sender_name=name, message=message)))
    return found


def _web_address(url: str) -> str:
    """The URL if it is a web address; anything else (javascript:, data:) is never stored,
    because pages turn it into a link."""
    url = url.strip()
    return url if url.lower().startswith(("https://", "http://")) else ""


# Nobody has more connections than this (the network caps them far lower); a bigger number
# is a misread, and would not fit the column.
MAX_MUTUAL_CONNECTIONS = 1_000_000


def _plausible_count(count: int | None) -> int | None:
    return count if count is not None and 0 <= count <= MAX_MUTUAL_CONNECTIONS else None


def _invitation_row(
    user: User, batch: ImportBatch, record: InvitationRecord, key: str, by_url: str
) -> Invitation:
    return Invitation(
        owner=user,
        batch=batch,
        sender_name=record.sender_name[:200],
        sender_headline=record.sender_headline[:500],
        sender_profile_url=_web_address(record.sender_profile_url)[:500],
        message=record.message,
        sent_at=record.sent_at,
        mutual_connections=_plausible_count(record.mutual_connections),
        dedupe_key=key,
        url_key=by_url,
    )


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

    classify_batch.delay(batch_id)


def add_one_invitation(user: User, record: InvitationRecord) -> SaveResult:
    return save_batch(user, [record], source=ImportSource.FORM)


@dataclass
class FileReport:
    """What became of one file (or paste): counts, rows left out, or why it was refused."""

    filename: str
    batch: ImportBatch | None = None
    imported: int = 0
    duplicates: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    rejected_reason: str = ""
    profile: ProfileMergeResult | None = None

    @property
    def rejected(self) -> bool:
        return bool(self.rejected_reason)


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
        return self.rejected_files + sum(len(report.problems) for report in self.files)

    @property
    def batches(self) -> list[ImportBatch]:
        return [report.batch for report in self.files if report.batch is not None]

    def summary(self) -> str:
        return (
            f"imported {self.imported}, duplicates {self.duplicates}, "
            f"skipped {self.skipped}, rejected {self.rejected}"
        )

    def rejection_lines(self) -> list[str]:
        lines = []
        for report in self.files:
            if report.rejected:
                lines.append(f"{report.filename}: {report.rejected_reason}")
            lines.extend(f"{problem.where}: {problem.message}" for problem in report.problems)
        return lines


def user_time_zone(user: User) -> tzinfo:
    try:
        return zoneinfo.ZoneInfo(user.time_zone or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return UTC


def import_files(
    user: User, files: Iterable[tuple[str, bytes]], *, enqueue: bool = True
) -> ImportReport:
    """Import each (filename, content) on its own: one bad file never spoils the others."""
    report = ImportReport()
    for filename, data in files:
        report.files.append(import_file(user, filename, data, enqueue=enqueue))
    return report


def import_file(user: User, filename: str, data: bytes, *, enqueue: bool = True) -> FileReport:
    limit = settings.TRIAGE_MAX_UPLOAD_BYTES
    if len(data) > limit:
        return FileReport(
            filename,
            rejected_reason=(
                f"The file is {_megabytes(len(data))}, over the {_megabytes(limit)} limit; "
                "nothing was saved."
            ),
        )
    try:
        parsed = parse_file(
            filename,
            data,
            time_zone=user_time_zone(user),
            now=timezone.now(),
            max_unzipped_bytes=getattr(settings, "TRIAGE_MAX_UNZIPPED_BYTES", None),
        )
    except ImportRejected as rejected:
        return FileReport(filename, rejected_reason=rejected.message)
    return _save_parsed(user, filename, parsed, enqueue=enqueue)


def preview_paste(user: User, text: str) -> ParseResult:
    """What a paste holds, read but not saved, for the user to confirm."""
    return parse_paste(text, timezone.now().astimezone(user_time_zone(user))).collect()


def import_paste(user: User, text: str, *, enqueue: bool = True) -> FileReport:
    if not text.strip():
        return FileReport("Pasted text", rejected_reason="Nothing was pasted.")
    parsed = preview_paste(user, text)
    if not parsed.record_list:
        return FileReport(
            "Pasted text",
            problems=parsed.problems,
            rejected_reason="No invitation could be found in the pasted text; nothing was saved.",
        )
    return _save_parsed(user, "Pasted text", parsed, enqueue=enqueue)


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
            batch.problems = [{"where": p.where, "message": p.message} for p in parsed.problems]
            batch.save(update_fields=["skipped_count", "problems"])
    except ImportRejected as rejected:
        return FileReport(filename, rejected_reason=rejected.message)
    return FileReport(
        filename,
        batch=batch,
        imported=saved.imported,
        duplicates=saved.duplicates,
        skipped=parsed.skipped,
        problems=list(parsed.problems),
        profile=merged,
    )


def _source(value: str) -> str:
    return value if value in ImportSource.values else ImportSource.EXPORT


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"
