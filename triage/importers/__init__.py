"""Pure functions that turn a source (file, paste, form) into plain records.

`parse_file` recognises what a file is from its content, never its name
alone: a zip (the data export), an mbox or .eml (notification emails), a CSV
of the export (by its header row), or text pasted from the invitations page.
Nothing here touches the database; triage.services.imports saves the result.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from datetime import datetime, tzinfo

from triage.importers.csv_export import parse_csv
from triage.importers.emails import looks_like_eml, looks_like_mbox, parse_eml, parse_mbox
from triage.importers.export_zip import looks_like_zip, parse_zip
from triage.importers.paste import parse_paste
from triage.importers.records import (
    ImportRejected,
    InvitationRecord,
    ParseResult,
    Problem,
    UnrecognisedFile,
)
from triage.importers.text import decode_bytes

__all__ = [
    "ImportRejected",
    "InvitationRecord",
    "ParseResult",
    "Problem",
    "UnrecognisedFile",
    "parse_file",
    "parse_paste",
]

# What reading a hostile or damaged file can raise deep inside the standard library.
READ_ERRORS = (
    csv.Error,
    UnicodeError,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    LookupError,
)


def parse_file(
    filename: str,
    data: bytes,
    *,
    time_zone: tzinfo,
    now: datetime,
    max_zip_members: int | None = None,
    max_unzipped_bytes: int | None = None,
    max_rows: int | None = None,
) -> ParseResult:
    """Whatever the file holds, as a ParseResult; raises ImportRejected for a file we cannot use.

    The records may stream: errors found while reading them also raise ImportRejected,
    and so does a file with more than `max_rows` rows.
    """
    where = filename or "The file"
    if not data.strip():
        raise ImportRejected(f"{where} is empty; nothing was saved.")
    try:
        result = _parse(where, data, time_zone, now, max_zip_members, max_unzipped_bytes)
    except ImportRejected:
        raise
    except READ_ERRORS as error:
        raise ImportRejected(f"{where} could not be read ({error}); nothing was saved.") from error
    result.records = _guarded(result.records, result, where, max_rows)
    return result


def _parse(
    where: str,
    data: bytes,
    time_zone: tzinfo,
    now: datetime,
    max_zip_members: int | None,
    max_unzipped_bytes: int | None,
) -> ParseResult:
    if looks_like_zip(data):
        limits: dict[str, int] = {}
        if max_zip_members is not None:
            limits["max_members"] = max_zip_members
        if max_unzipped_bytes is not None:
            limits["max_uncompressed_bytes"] = max_unzipped_bytes
        return parse_zip(data, where, time_zone, **limits)
    if where.lower().endswith(".zip"):
        raise ImportRejected(f"{where} is not a zip file; nothing was saved.")
    if looks_like_mbox(data):
        return parse_mbox(data, where)
    if looks_like_eml(data):
        return parse_eml(data, where)
    try:
        return parse_csv(lambda: io.BytesIO(data), where, time_zone)
    except UnrecognisedFile:
        if where.lower().endswith(".csv"):
            raise
    # Not an export CSV: the last shape left is text pasted from the page or an email.
    result = parse_paste(decode_bytes(data, where), now, where)
    result.collect()
    if not result.record_list:
        raise UnrecognisedFile(
            f"{where} is not a zip, CSV, email or pasted invitations page we recognise; "
            "nothing was saved."
        )
    result.source = "paste"
    return result


def _guarded(
    records: Iterable[InvitationRecord], result: ParseResult, where: str, max_rows: int | None
) -> Iterator[InvitationRecord]:
    def check(read: int) -> None:
        # Skipped and refused rows count too: reading them holds the import open as long.
        if max_rows is not None and read + result.skipped + result.problem_count > max_rows:
            raise ImportRejected(
                f"{where} has more than {max_rows:,} rows, the most one import takes; "
                "split it into smaller files; nothing was saved."
            )

    read = 0
    try:
        for record in records:
            read += 1
            check(read)
            yield record
        check(read)
    except ImportRejected:
        raise
    except READ_ERRORS as error:
        raise ImportRejected(f"{where} could not be read ({error}); nothing was saved.") from error
