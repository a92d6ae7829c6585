"""The network's data export CSVs, recognised by their header row rather than their name.

Invitations stream row by row so a 50,000-row file never sits in memory as
records; the small profile files (positions, schools, connections) are read
whole into a ProfileData.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import IO

from triage.importers.records import (
    AffiliationRecord,
    ConnectionRecord,
    ImportRejected,
    InvitationRecord,
    ParseResult,
    Problem,
    ProfileData,
    UnrecognisedFile,
)
from triage.importers.text import clean_line, text_stream

# A header row may follow a "Notes:" preamble; past this many records it is not a header.
HEADER_SEARCH_ROWS = 12

OpenStream = Callable[[], IO[bytes]]


@dataclass(frozen=True)
class CsvKind:
    """One CSV of the export: the columns it has, needs, and that tell it apart."""

    file_name: str
    columns: tuple[str, ...]
    required: tuple[str, ...]
    distinctive: tuple[str, ...]


INVITATIONS = CsvKind(
    "Invitations.csv",
    ("From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"),
    ("From", "Sent At", "Message", "Direction"),
    ("Sent At", "Direction", "inviterProfileUrl", "inviteeProfileUrl"),
)
CONNECTIONS = CsvKind(
    "Connections.csv",
    ("First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"),
    ("First Name", "Last Name"),
    ("Connected On", "Email Address", "Position"),
)
POSITIONS = CsvKind(
    "Positions.csv",
    ("Company Name", "Title", "Description", "Location", "Started On", "Finished On"),
    ("Company Name",),
    ("Company Name", "Started On", "Finished On"),
)
EDUCATION = CsvKind(
    "Education.csv",
    ("School Name", "Start Date", "End Date", "Notes", "Degree Name", "Activities"),
    ("School Name",),
    ("School Name", "Degree Name"),
)
PROFILE = CsvKind(
    "Profile.csv",
    ("First Name", "Last Name", "Maiden Name", "Headline", "Summary", "Industry", "Birth Date"),
    ("First Name", "Last Name"),
    ("Headline", "Maiden Name", "Birth Date", "Summary"),
)
KINDS = (INVITATIONS, CONNECTIONS, POSITIONS, EDUCATION, PROFILE)
EXPECTED = "an Invitations.csv (From, To, Sent At, Message, Direction) or another CSV of the export"


def _key(cell: str) -> str:
    return " ".join(cell.replace("\ufeff", "").split()).casefold()


@dataclass(frozen=True)
class Header:
    kind: CsvKind
    row_number: int
    index: dict[str, int]

    def cell(self, row: list[str], column: str) -> str:
        position = self.index.get(_key(column))
        if position is None or position >= len(row):
            return ""
        return row[position]


def identify(cells: list[str]) -> tuple[CsvKind, list[str]] | None:
    """The export CSV this header belongs to and the required columns it lacks, if any."""
    keys = {_key(cell) for cell in cells if cell.strip()}
    best: tuple[int, CsvKind] | None = None
    for kind in KINDS:
        known = sum(_key(column) in keys for column in kind.columns)
        distinct = any(_key(column) in keys for column in kind.distinctive)
        if known >= 2 and distinct and (best is None or known > best[0]):
            best = (known, kind)
    if best is None:
        return None
    kind = best[1]
    return kind, [column for column in kind.required if _key(column) not in keys]


def _reader(stream: IO[str]) -> Iterator[list[str]]:
    reader = csv.reader(stream, strict=False)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            raise ImportRejected(
                f"Row {reader.line_num}: the CSV is malformed ({error}); nothing was saved."
            ) from error
        yield row


def find_header(rows: Iterator[list[str]], where: str) -> Header:
    for row_number, row in enumerate(rows, start=1):
        if row_number > HEADER_SEARCH_ROWS:
            break
        found = identify(row)
        if found is None:
            continue
        kind, missing = found
        if missing:
            names = ", ".join(missing)
            plural = "columns" if len(missing) > 1 else "column"
            raise ImportRejected(
                f"{where} looks like {kind.file_name} but has no {names} {plural}; "
                "nothing was saved."
            )
        index: dict[str, int] = {}
        for position, cell in enumerate(row):
            index.setdefault(_key(cell), position)
        return Header(kind, row_number, index)
    raise UnrecognisedFile(f"{where} is not a file we recognise: expected {EXPECTED}.")


def read_header(open_stream: OpenStream, where: str) -> Header:
    with text_stream(open_stream, where) as stream:
        return find_header(_reader(stream), where)


# "4/6/26, 2:12 PM": US month/day, two-digit year, 12-hour clock, no zone.
_US_DATETIME = re.compile(
    r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp]\.?[Mm]\.?)?$"
)
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year


def parse_export_datetime(raw: str, time_zone: tzinfo) -> datetime | None:
    """A "Sent At" value in the user's time zone, or None when it cannot be read."""
    text = clean_line(raw)
    match = _US_DATETIME.match(text)
    try:
        if match:
            month, day, year, hour, minute, second, meridiem = match.groups()
            hour_number = int(hour)
            if meridiem:
                if not 1 <= hour_number <= 12:
                    return None
                hour_number %= 12
                if meridiem[0] in "Pp":
                    hour_number += 12
            return datetime(
                _year(year),
                int(month),
                int(day),
                hour_number,
                int(minute),
                int(second or 0),
                tzinfo=time_zone,
            )
        match = _US_DATE.match(text)
        if match:
            month, day, year = match.groups()
            return datetime(_year(year), int(month), int(day), tzinfo=time_zone)
        parsed = datetime.fromisoformat(text.replace(" UTC", ""))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        # Older exports wrote ISO times with "UTC" spelled out after them.
        return parsed.replace(tzinfo=UTC if "UTC" in text else time_zone)
    return parsed


def parse_export_date(raw: str) -> date | None:
    """A "Connected On" value: "09 Sep 2022", "1/8/18, 6:14 PM" or ISO."""
    text = clean_line(raw)
    if not text:
        return None
    for pattern in ("%d %b %Y", "%d %B %Y", "%b %d, %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    match = re.match(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})", text)
    if match:
        try:
            return date(_year(match[3]), int(match[1]), int(match[2]))
        except ValueError:
            return None
    return None


def iter_invitations(
    open_stream: OpenStream, where: str, time_zone: tzinfo, result: ParseResult
) -> Iterator[InvitationRecord]:
    """INCOMING rows as records; OUTGOING rows are counted as skipped."""
    with text_stream(open_stream, where) as stream:
        rows = _reader(stream)
        header = find_header(rows, where)
        for row_number, row in enumerate(rows, start=header.row_number + 1):
            if not any(cell.strip() for cell in row):
                continue
            direction = clean_line(header.cell(row, "Direction")).upper()
            if direction == "OUTGOING":
                result.skipped += 1
                continue
            if direction != "INCOMING":
                result.add_problem(
                    Problem(
                        f"{where}, row {row_number}",
                        f'Direction is "{direction or "empty"}", not INCOMING or OUTGOING; '
                        "row left out.",
                    )
                )
                continue
            name = clean_line(header.cell(row, "From"))
            if not name:
                result.add_problem(
                    Problem(f"{where}, row {row_number}", "No sender name; row left out.")
                )
                continue
            raw_date = header.cell(row, "Sent At")
            sent_at = parse_export_datetime(raw_date, time_zone)
            if sent_at is None:
                raise ImportRejected(
                    f'{where}, row {row_number}: cannot read the date "{raw_date}" in Sent At '
                    '(expected e.g. "4/6/26, 2:12 PM"); nothing was saved.'
                )
            yield InvitationRecord(
                sender_name=name,
                sender_profile_url=clean_line(header.cell(row, "inviterProfileUrl")),
                message=header.cell(row, "Message").strip(),
                sent_at=sent_at,
            )


def read_profile_csv(
    open_stream: OpenStream, where: str, header: Header, profile: ProfileData, result: ParseResult
) -> None:
    """Add what a Connections, Positions, Education or Profile CSV says to `profile`."""
    with text_stream(open_stream, where) as stream:
        rows = _reader(stream)
        find_header(rows, where)
        kind = header.kind
        for row in rows:
            if not any(cell.strip() for cell in row):
                continue
            if kind is CONNECTIONS:
                _add_connection(header, row, profile, result)
            elif kind is POSITIONS:
                name = clean_line(header.cell(row, "Company Name"))
                if name:
                    current = not clean_line(header.cell(row, "Finished On"))
                    profile.affiliations.append(AffiliationRecord("organisation", name, current))
            elif kind is EDUCATION:
                name = clean_line(header.cell(row, "School Name"))
                if name:
                    profile.affiliations.append(AffiliationRecord("school", name))
            elif kind is PROFILE and not (profile.first_name or profile.last_name):
                profile.first_name = clean_line(header.cell(row, "First Name"))
                profile.last_name = clean_line(header.cell(row, "Last Name"))
                profile.headline = clean_line(header.cell(row, "Headline"))


def _add_connection(
    header: Header, row: list[str], profile: ProfileData, result: ParseResult
) -> None:
    full_name = " ".join(
        part
        for part in (
            clean_line(header.cell(row, "First Name")),
            clean_line(header.cell(row, "Last Name")),
        )
        if part
    )
    if not full_name:
        # Exports hold rows with only a date for members who hid their name.
        result.skipped += 1
        return
    profile.connections.append(
        ConnectionRecord(
            full_name=full_name,
            profile_url=clean_line(header.cell(row, "URL")),
            company=clean_line(header.cell(row, "Company")),
            position=clean_line(header.cell(row, "Position")),
            connected_on=parse_export_date(header.cell(row, "Connected On")),
        )
    )


def parse_csv(open_stream: OpenStream, where: str, time_zone: tzinfo) -> ParseResult:
    """One CSV of the export; invitations stream, profile files are read at once."""
    result = ParseResult(source="export")
    add_csv(open_stream, where, time_zone, result, invitations=[])
    return result


def add_csv(
    open_stream: OpenStream,
    where: str,
    time_zone: tzinfo,
    result: ParseResult,
    invitations: list[Iterator[InvitationRecord]],
) -> CsvKind:
    """Route one CSV into `result`: profile data now, invitation rows as a lazy stream."""
    header = read_header(open_stream, where)
    if header.kind is INVITATIONS:
        invitations.append(iter_invitations(open_stream, where, time_zone, result))
        result.records = _chain(invitations)
    else:
        if result.profile is None:
            result.profile = ProfileData()
        read_profile_csv(open_stream, where, header, result.profile, result)
    return header.kind


def _chain(streams: list[Iterator[InvitationRecord]]) -> Iterator[InvitationRecord]:
    for stream in streams:
        yield from stream
