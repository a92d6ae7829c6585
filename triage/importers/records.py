"""Pure functions that turn a source (file, paste, form) into plain records.

Nothing here touches the database; triage.services.imports saves what they return.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

# A file with thousands of bad rows is one problem, not thousands: the first ones
# say what is wrong, the rest are counted.
MAX_PROBLEMS_KEPT = 100


def without_nul(text: str) -> str:
    """The text without U+0000, which no source means and PostgreSQL refuses to store."""
    return text.replace("\x00", "") if "\x00" in text else text


def _strip_nul(record: object, names: tuple[str, ...]) -> None:
    # Every record is built here, whatever the source, so this is the one place to do it.
    for name in names:
        value = getattr(record, name)
        if "\x00" in value:
            object.__setattr__(record, name, value.replace("\x00", ""))


class ImportRejected(Exception):
    """A whole file cannot be imported; the message says why in words a user understands."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnrecognisedFile(ImportRejected):
    """The file is readable but is none of the shapes we import."""


@dataclass(frozen=True, slots=True)
class InvitationRecord:
    """One received invitation as a source describes it, before it is saved."""

    sender_name: str
    sender_headline: str = ""
    sender_profile_url: str = ""
    message: str = ""
    sent_at: datetime | None = None
    # False when the source gives only an age such as "2 days ago".
    sent_at_exact: bool = True
    mutual_connections: int | None = None

    def __post_init__(self) -> None:
        _strip_nul(self, ("sender_name", "sender_headline", "sender_profile_url", "message"))


@dataclass(frozen=True, slots=True)
class Problem:
    """A file, row or line that could not be imported, and why, in words a user understands."""

    where: str
    message: str

    def __post_init__(self) -> None:
        _strip_nul(self, ("where", "message"))


@dataclass(frozen=True, slots=True)
class AffiliationRecord:
    """An organisation (from Positions.csv) or school (from Education.csv) of the user's."""

    kind: str  # "organisation" or "school", as accounts.models.AffiliationKind
    name: str
    current: bool = False

    def __post_init__(self) -> None:
        _strip_nul(self, ("kind", "name"))


@dataclass(frozen=True, slots=True)
class ConnectionRecord:
    full_name: str
    profile_url: str = ""
    company: str = ""
    position: str = ""
    connected_on: date | None = None

    def __post_init__(self) -> None:
        _strip_nul(self, ("full_name", "profile_url", "company", "position"))


@dataclass
class ProfileData:
    """What an export says about the user themself: name, affiliations, connections."""

    first_name: str = ""
    last_name: str = ""
    headline: str = ""
    affiliations: list[AffiliationRecord] = field(default_factory=list)
    connections: list[ConnectionRecord] = field(default_factory=list)

    def __setattr__(self, name: str, value: Any) -> None:
        # The name fields are filled in as the CSV is read, not when this is built.
        super().__setattr__(name, without_nul(value) if isinstance(value, str) else value)

    def is_empty(self) -> bool:
        return not (
            self.first_name
            or self.last_name
            or self.headline
            or self.affiliations
            or self.connections
        )


@dataclass
class ParseResult:
    """What one source holds.

    `records` may be a generator that streams a large file: `skipped` and
    `problems` are final only once it has been consumed. Call `collect()` to
    read everything at once where memory is not a concern (tests, previews).
    Only the first MAX_PROBLEMS_KEPT problems are kept; `more_problems` counts the rest.
    """

    records: Iterable[InvitationRecord] = field(default_factory=list)
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    more_problems: int = 0
    profile: ProfileData | None = None
    # One of triage.models.ImportSource's values.
    source: str = "export"

    def add_problem(self, problem: Problem) -> None:
        if len(self.problems) < MAX_PROBLEMS_KEPT:
            self.problems.append(problem)
        else:
            self.more_problems += 1

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.more_problems

    def collect(self) -> ParseResult:
        self.records = list(self.records)
        return self

    @property
    def record_list(self) -> list[InvitationRecord]:
        if not isinstance(self.records, list):
            self.collect()
        assert isinstance(self.records, list)
        return self.records
