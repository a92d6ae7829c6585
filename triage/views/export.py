"""CSV export of every invitation, streamed so memory stays flat however many there are.

The hand moves come from the history: a second query streams the user's
MOVED events in invitation order beside the invitations (also in id order),
and the two are merged as they go, so there is no query per row and neither
side is held in memory.
"""

from __future__ import annotations

import csv
import zoneinfo
from collections.abc import Iterator
from datetime import datetime, tzinfo
from itertools import groupby
from typing import Any

from django.contrib.auth.decorators import login_required
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from accounts.http import AuthenticatedRequest
from triage import selectors
from triage.models import EventKind, FinalAction, InvitationEvent, Outcome, Queue
from triage.stats import REASON_LABELS

CHUNK_SIZE = 2000
# A cell starting with one of these is read as a formula by spreadsheet programs, also
# after leading spaces, and in their full-width forms (some programs fold them).
FORMULA_STARTS = ("=", "+", "-", "@", "＝", "＋", "－", "＠")
# Control characters that some programs skip before reading a formula.
CONTROL_STARTS = ("\t", "\r", "\n")

HEADER = [
    "Sender",
    "Headline",
    "Profile URL",
    "Sent",
    "Imported",
    "Reasons",
    "Queue",
    "Suggested queue",
    "Moved by hand",
    "Hand moves",
    "Final action",
    "Reply sent",
    "Outcome",
    "Outcome recorded",
]
COLUMNS = [
    "id",
    "sender_name",
    "sender_headline",
    "sender_profile_url",
    "sent_at",
    "created_at",
    *REASON_LABELS,
    "queue",
    "suggested_queue",
    "moved_by_hand",
    "final_action",
    "reply_sent_at",
    "outcome",
    "outcome_at",
]


class _Echo:
    """A file-like object whose write returns the line, for csv.writer in a generator."""

    def write(self, value: str) -> str:
        return value


def neutralise(value: str) -> str:
    """Make a cell inert in Excel, LibreOffice and Sheets: prefix a formula start with '."""
    if value.startswith(CONTROL_STARTS) or value.lstrip().startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _when(value: datetime | None, zone: tzinfo) -> str:
    return timezone.localtime(value, zone).strftime("%Y-%m-%d %H:%M") if value else ""


def _labels(choices: dict[str, str], value: str) -> str:
    return choices.get(value, value)


def _hand_moves(request: AuthenticatedRequest) -> Iterator[tuple[int, list[str]]]:
    """(invitation id, its moves by hand as "From -> To"), in invitation id order.

    A move later undone and the undo itself cancel out, so only the moves that
    stand are listed.
    """
    queues = {q.value: str(q.label) for q in Queue}
    events = (
        InvitationEvent.objects.filter(
            invitation__owner=request.user, kind=EventKind.MOVED, by_hand=True
        )
        .order_by("invitation_id", "at", "id")
        .values_list("invitation_id", "data")
        .iterator(chunk_size=CHUNK_SIZE)
    )
    for invitation_id, group in groupby(events, key=lambda event: event[0]):
        moves = []
        for _, data in group:
            if not isinstance(data, dict) or data.get("undone") or data.get("undo_of"):
                continue
            was, now = data.get("from") or "", data.get("to") or ""
            moves.append(f"{queues.get(was, was) or 'Unsorted'} -> {queues.get(now, now)}")
        yield invitation_id, moves


class _MovesBeside:
    """Walks the moves stream alongside the invitations; both are in invitation id order."""

    def __init__(self, moves: Iterator[tuple[int, list[str]]]) -> None:
        self._moves = moves
        self._next: tuple[int, list[str]] | None = next(moves, None)

    def of(self, invitation_id: int) -> list[str]:
        while self._next is not None and self._next[0] < invitation_id:
            self._next = next(self._moves, None)
        if self._next is not None and self._next[0] == invitation_id:
            return self._next[1]
        return []


def export_rows(request: AuthenticatedRequest) -> Iterator[str]:
    zone = zoneinfo.ZoneInfo(request.user.time_zone)
    queues = {q.value: str(q.label) for q in Queue}
    actions = {a.value: str(a.label) for a in FinalAction if a.value}
    outcome_labels = {o.value: str(o.label) for o in Outcome if o.value}
    writer = csv.writer(_Echo())
    yield writer.writerow(HEADER)
    rows = (
        selectors.invitations_of(request.user)
        .order_by("id")
        .values_list(*COLUMNS)
        .iterator(chunk_size=CHUNK_SIZE)
    )
    moves = _MovesBeside(_hand_moves(request))
    reason_count = len(REASON_LABELS)
    row: tuple[Any, ...]
    for row in rows:
        (pk, name, headline, url, sent, imported), rest = row[:6], row[6:]
        flags = rest[:reason_count]
        reasons = [label for label, on in zip(REASON_LABELS.values(), flags, strict=True) if on]
        queue, suggested, by_hand, action, replied, outcome, outcome_at = rest[reason_count:]
        cells = [
            name,
            headline,
            url,
            _when(sent, zone),
            _when(imported, zone),
            "; ".join(reasons),
            _labels(queues, queue),
            _labels(queues, suggested),
            "yes" if by_hand else "no",
            "; ".join(moves.of(pk)),
            _labels(actions, action),
            _when(replied, zone),
            _labels(outcome_labels, outcome),
            _when(outcome_at, zone),
        ]
        yield writer.writerow([neutralise(str(cell)) for cell in cells])


@login_required
@require_GET
def export_csv(request: AuthenticatedRequest) -> StreamingHttpResponse:
    filename = f"invitations-{timezone.localdate():%Y-%m-%d}.csv"
    return StreamingHttpResponse(
        export_rows(request),
        content_type="text/csv; charset=utf-8",
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )
