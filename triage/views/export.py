"""CSV export of every invitation, streamed so memory stays flat however many there are."""

from __future__ import annotations

import csv
import zoneinfo
from collections.abc import Iterator
from datetime import datetime, tzinfo

from django.contrib.auth.decorators import login_required
from django.http import StreamingHttpResponse
from django.utils import timezone
from django.views.decorators.http import require_GET

from accounts.http import AuthenticatedRequest
from triage import selectors
from triage.models import FinalAction, Outcome, Queue
from triage.stats import REASON_LABELS

CHUNK_SIZE = 2000
# A cell starting with one of these is read as a formula by spreadsheet programs.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

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
    "Final action",
    "Reply sent",
    "Outcome",
    "Outcome recorded",
]
COLUMNS = [
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
    if value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _when(value: datetime | None, zone: tzinfo) -> str:
    return timezone.localtime(value, zone).strftime("%Y-%m-%d %H:%M") if value else ""


def _labels(choices: dict[str, str], value: str) -> str:
    return choices.get(value, value)


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
    reason_count = len(REASON_LABELS)
    for row in rows:
        (name, headline, url, sent, imported), rest = row[:5], row[5:]
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
