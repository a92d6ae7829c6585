"""Reads of triage data, always starting from the user who owns it."""

from __future__ import annotations

import unicodedata
import zoneinfo
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from django.db import connection
from django.db.models import Count, F, Func, Q, QuerySet
from django.db.models.expressions import RawSQL

from accounts.models import User
from triage.models import (
    BatchState,
    ClassificationState,
    FinalAction,
    ImportBatch,
    Invitation,
    InvitationEvent,
    Outcome,
    Queue,
    ReplyTemplate,
)

# The verdict's reasons as the model stores them in columns.
REASON_COLUMNS: tuple[str, ...] = (
    "met_in_person",
    "same_organisation",
    "shared_group",
    "common_connection",
    "alumni",
    "specific_opportunity",
)

FLAG_FILTERS: dict[str, Q] = {
    "personal": Q(personal=True),
    "impersonal": Q(personal=False),
    "generic": Q(generic=True),
    "pitch": Q(pitch=True),
    "unverified": Q(has_unverified_claim=True),
    "no_reason": Q(**dict.fromkeys(REASON_COLUMNS, False)),
    "hand_moved": Q(moved_by_hand=True),
}

STATUS_FILTERS: dict[str, Q] = {
    "todo": Q(final_action=FinalAction.NONE),
    "done": ~Q(final_action=FinalAction.NONE),
    "all": Q(),
}

SORTS = ("date", "strength")


@dataclass(frozen=True)
class DashboardFilter:
    """What the dashboard shows: one queue, narrowed by search and filters, in one order."""

    queue: str = Queue.ACCEPT
    q: str = ""
    reason: str = ""
    flag: str = ""
    batch: int | None = None
    since: date | None = None
    until: date | None = None
    sort: str = "date"
    status: str = "todo"

    @property
    def narrowed(self) -> bool:
        """True when anything beyond the queue, order and status narrows the list."""
        return bool(self.q or self.reason or self.flag or self.batch or self.since or self.until)

    def in_queue(self, queue: str) -> DashboardFilter:
        return replace(self, queue=queue)


@dataclass
class CardPage:
    invitations: list[Invitation]
    next_cursor: str = ""


def invitations_of(user: User) -> QuerySet[Invitation]:
    return Invitation.objects.filter(owner=user)


def batches_of(user: User) -> QuerySet[ImportBatch]:
    return ImportBatch.objects.filter(owner=user)


def reply_templates_of(user: User) -> QuerySet[ReplyTemplate]:
    return ReplyTemplate.objects.filter(owner=user)


def recent_batches(user: User, limit: int = 30) -> list[ImportBatch]:
    return list(batches_of(user).order_by("-created_at", "-id")[:limit])


def _narrowed(
    user: User, filters: DashboardFilter, walk_queue_index: bool = False
) -> QuerySet[Invitation]:
    """Every filter except the queue, so counts per queue and the list agree.

    `walk_queue_index` (SQLite search only) makes the database walk the user's queue
    index in list order, probing the matches, instead of fetching every match first.
    """
    rows = invitations_of(user).filter(STATUS_FILTERS.get(filters.status, STATUS_FILTERS["todo"]))
    words = filters.q.split()[:8]
    if words and connection.vendor == "sqlite":
        # A constant statement; the user's words travel only as a bound parameter.
        matches = RawSQL(SEARCH_SQL, [_fts_query(words)])  # noqa: S611
        if walk_queue_index:
            # "+id" hides the primary key from the planner, so it cannot drive from it.
            rows = rows.alias(unindexed_id=Func(F("id"), template="+%(expressions)s"))
            rows = rows.filter(unindexed_id__in=matches)
        else:
            rows = rows.filter(id__in=matches)
    else:
        lookup = "unaccent__icontains" if connection.vendor == "postgresql" else "icontains"
        for word in words:
            folded = _without_accents(word)
            rows = rows.filter(
                Q(**{f"sender_name__{lookup}": folded})
                | Q(**{f"sender_headline__{lookup}": folded})
                | Q(**{f"message__{lookup}": folded})
            )
    if filters.reason in REASON_COLUMNS:
        rows = rows.filter(**{filters.reason: True})
    if filters.flag in FLAG_FILTERS:
        rows = rows.filter(FLAG_FILTERS[filters.flag])
    if filters.batch:
        rows = rows.filter(batch_id=filters.batch)
    zone = zone_of(user)
    if filters.since:
        rows = rows.filter(sent_at__gte=datetime.combine(filters.since, time.min, tzinfo=zone))
    if filters.until:
        end = datetime.combine(filters.until + timedelta(days=1), time.min, tzinfo=zone)
        rows = rows.filter(sent_at__lt=end)
    return rows


# The FTS5 index from migration 0003: each word matches the start of a word in the name,
# headline or note ("oka" finds "Okafor"), accents and case folded.
SEARCH_SQL = "SELECT rowid FROM triage_invitation_search WHERE triage_invitation_search MATCH %s"


def _fts_query(words: list[str]) -> str:
    # Each word quoted (quotes doubled) so user input is never FTS syntax, then prefixed.
    return " AND ".join('"' + word.replace('"', '""') + '"*' for word in words)


def _without_accents(word: str) -> str:
    # unaccent() folds the column; the typed word is folded here so "café" finds "Cafe".
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def zone_of(user: User) -> zoneinfo.ZoneInfo:
    try:
        return zoneinfo.ZoneInfo(user.time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return zoneinfo.ZoneInfo("UTC")


def filtered_invitations(
    user: User, filters: DashboardFilter, walk_queue_index: bool = False
) -> QuerySet[Invitation]:
    """The rows the dashboard list shows (all pages), e.g. for "all matching" bulk actions."""
    return _narrowed(user, filters, walk_queue_index).filter(queue=filters.queue)


# Above this many matches, one page is found sooner by walking the queue's index in
# list order (a page of dense matches is a few dozen rows in) than by fetching and
# sorting every match; below it, the matches themselves are the shorter walk.
COMMON_SEARCH_MATCHES = 2_000


# A search counts at most this many matches per queue and shows "2000+" beyond: an
# exact count of a common word would probe every row of the account for each request.
# Equal to COMMON_SEARCH_MATCHES, so a capped count also picks the walked plan.
SEARCH_COUNT_CAP = COMMON_SEARCH_MATCHES


class QueueCounts(dict[str, int]):
    """Invitations per queue (and "unsorted"); `capped` names the queues whose count
    stopped at SEARCH_COUNT_CAP, where the true number is larger."""

    def __init__(self, counts: dict[str, int], capped: frozenset[str] = frozenset()) -> None:
        super().__init__(counts)
        self.capped = capped

    def label(self, queue: str) -> str:
        if queue in self.capped:
            return f"{SEARCH_COUNT_CAP}+"
        return str(self.get(queue, 0))


def queue_counts(user: User, filters: DashboardFilter | None = None) -> QueueCounts:
    """Invitations per queue, plus those still waiting for a verdict.

    Without filters it counts everything the user has, in one query; with them, what
    each queue tab would show (a search's counts capped, see SEARCH_COUNT_CAP).
    """
    counts = {"accept": 0, "query": 0, "decline": 0, "unsorted": 0}
    if filters is None:
        rows = invitations_of(user)
    else:
        # Counting a search's matches walks the covering (owner, final_action, queue, ...)
        # index, bounded by the account's size however common the word, unless a filter
        # needs each row anyway, when the matches themselves are read.
        needs_rows = bool(filters.reason or filters.flag or filters.batch)
        walked = not needs_rows and connection.vendor == "sqlite"
        rows = _narrowed(user, filters, walk_queue_index=walked)
        if filters.q.split() and (walked or connection.vendor != "sqlite"):
            return _capped_counts(rows, counts)
    # GROUP BY walks the (owner, final_action, queue) index once: no per-row CASE filters.
    for queue, number in rows.order_by().values_list("queue").annotate(number=Count("id")):
        counts[queue or "unsorted"] = number
    return QueueCounts(counts)


def _capped_counts(rows: QuerySet[Invitation], counts: dict[str, int]) -> QueueCounts:
    # One short walk per queue, each stopping at the cap, instead of one walk of them all.
    capped = set()
    for name in counts:
        in_queue = rows.filter(queue="" if name == "unsorted" else name).order_by()
        counts[name] = in_queue.values("id")[: SEARCH_COUNT_CAP + 1].count()
        if counts[name] > SEARCH_COUNT_CAP:
            capped.add(name)
    return QueueCounts(counts, frozenset(capped))


def waiting_for_verdict(user: User) -> int:
    return (
        invitations_of(user)
        .filter(state__in=[ClassificationState.PENDING, ClassificationState.CLASSIFYING])
        .count()
    )


def batches_in_progress(user: User) -> QuerySet[ImportBatch]:
    return batches_of(user).filter(state=BatchState.CLASSIFYING).order_by("created_at")


def queue_page(user: User, queue: str, limit: int = 50) -> list[Invitation]:
    return list(invitations_of(user).filter(queue=queue).order_by("-sent_at", "-id")[:limit])


def invitation_page(
    user: User,
    filters: DashboardFilter,
    cursor: str = "",
    per_page: int = 20,
    matching: int | None = None,
) -> CardPage:
    """One page of the list, continuing after `cursor` (keyset: no OFFSET, fast at any depth).

    The order matches the (owner, final_action, queue, -sent_at|-strength, -id)
    indexes, so the database walks the index and stops after one page. `matching`,
    how many rows the list has in all (from queue_counts), picks how a search runs.
    """
    common = matching is None or matching > COMMON_SEARCH_MATCHES
    rows = filtered_invitations(user, filters, walk_queue_index=common)
    if filters.sort == "strength":
        rows = rows.order_by("-strength", "-id")
        after = _strength_cursor_filter(cursor)
    else:
        rows = rows.order_by(F("sent_at").desc(nulls_last=True), "-id")
        after = _date_cursor_filter(cursor)
    if after is not None:
        rows = rows.filter(after)
    found = list(rows[: per_page + 1])
    invitations, more = found[:per_page], len(found) > per_page
    next_cursor = ""
    if more and invitations:
        last = invitations[-1]
        if filters.sort == "strength":
            next_cursor = f"s.{last.strength}.{last.pk}"
        else:
            stamp = last.sent_at.isoformat() if last.sent_at else "-"
            next_cursor = f"d.{stamp}.{last.pk}"
    return CardPage(invitations=invitations, next_cursor=next_cursor)


def _strength_cursor_filter(cursor: str) -> Q | None:
    kind, _, rest = cursor.partition(".")
    value, _, last_id = rest.rpartition(".")
    if kind != "s":
        return None
    try:
        strength, pk = int(value), int(last_id)
    except ValueError:
        return None
    return Q(strength__lt=strength) | Q(strength=strength, id__lt=pk)


def _date_cursor_filter(cursor: str) -> Q | None:
    kind, _, rest = cursor.partition(".")
    value, _, last_id = rest.rpartition(".")
    if kind != "d":
        return None
    try:
        pk = int(last_id)
        stamp = None if value == "-" else _utc_stamp(value)
    except (ValueError, OverflowError):
        return None
    if stamp is None:
        # Undated rows come last; among them, by id.
        return Q(sent_at__isnull=True, id__lt=pk)
    return Q(sent_at__lt=stamp) | Q(sent_at=stamp, id__lt=pk) | Q(sent_at__isnull=True)


def _utc_stamp(value: str) -> datetime:
    # Cursors are written in UTC; a hand-edited one with an odd or missing offset is
    # normalised (or rejected by OverflowError) here, before any database sees it.
    stamp = datetime.fromisoformat(value)
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=UTC)
    return stamp.astimezone(UTC)


def overdue_count(user: User) -> int:
    """Queried invitations whose follow-up deadline has passed with no answer recorded."""
    return invitations_of(user).filter(outcome=Outcome.AWAITING, overdue=True).count()


def awaiting_of(user: User) -> QuerySet[Invitation]:
    """Replies still waiting for an answer: overdue first, then the longest wait first."""
    return (
        invitations_of(user)
        .filter(outcome=Outcome.AWAITING)
        .order_by("-overdue", "reply_sent_at", "id")
    )


def history_of(invitation: Invitation) -> QuerySet[InvitationEvent]:
    return InvitationEvent.objects.filter(invitation=invitation).order_by("at", "id")
