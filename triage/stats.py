"""Figures for the stats page, read with a handful of aggregate queries per user.

Counts come from one aggregate over the user's invitations (one table scan,
whatever the size of the account); the rest are small grouped queries. The
median wait is read from the database by ordering and picking the middle row,
so no list of durations is loaded; per month, a window function numbers each
month's waits and only the middle one or two rows of each month come back.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, cast

from django.db.models import Count, DurationField, ExpressionWrapper, F, Q, Window
from django.db.models.functions import RowNumber, TruncMonth
from django.utils import timezone

from accounts.models import User
from triage.classifier import REASONS
from triage.models import FinalAction, Outcome, Queue
from triage.selectors import invitations_of

TREND_MONTHS = 12
ANSWERED = (Outcome.EXPLAINED, Outcome.APOLOGISED, Outcome.CURT)
RECORDED = (*ANSWERED, Outcome.EXPIRED)

REASON_LABELS = {
    "met_in_person": "Met in person",
    "same_organisation": "Same organisation",
    "shared_group": "Shared group",
    "common_connection": "Common connection",
    "alumni": "Alumni",
    "specific_opportunity": "Specific opportunity",
}
# Groups of invitations by what their verdict said; they overlap (two reasons, two groups).
VERDICT_GROUPS: dict[str, tuple[str, Q]] = {
    **{reason: (label, Q(**{reason: True})) for reason, label in REASON_LABELS.items()},
    "no_reason": ("No reason given", Q(**dict.fromkeys(REASONS, False))),
    "unverified": ("Unverified claim", Q(has_unverified_claim=True)),
    "generic": ("Stock or empty note", Q(generic=True)),
    "pitch": ("Pitch", Q(pitch=True)),
}
# Moved by hand to another queue than the classifier chose; moving it back is no override.
OVERRIDDEN = Q(moved_by_hand=True) & ~Q(suggested_queue="") & ~Q(queue=F("suggested_queue"))
CLASSIFIED = ~Q(suggested_queue="")


@dataclass(frozen=True, slots=True)
class Share:
    key: str
    label: str
    count: int
    of: int

    @property
    def percent(self) -> float:
        return 100 * self.count / self.of if self.of else 0.0


@dataclass(frozen=True, slots=True)
class OverrideRow:
    key: str
    label: str
    total: int
    overridden: int

    @property
    def percent(self) -> float:
        return 100 * self.overridden / self.total if self.total else 0.0


@dataclass(frozen=True, slots=True)
class MonthRow:
    """The replies sent in one month: what came of them, and how long answers took."""

    month: date
    counts: dict[str, int]
    # Median time from the reply to the answer, among that month's answered replies.
    median_wait: timedelta | None = None

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, key: str) -> float:
        """The percentage of the month's replies with this outcome (awaiting included)."""
        return 100 * self.counts.get(key, 0) / self.total if self.total else 0.0


@dataclass
class Stats:
    total: int
    classified: int
    by_queue: list[Share]
    by_final_action: list[Share]
    overridden: int
    overrides: list[OverrideRow]
    override_moves: list[tuple[str, str, int]]
    replied: int
    outcomes: list[Share]
    answered: int
    overdue: int
    median_wait: timedelta | None
    months: list[MonthRow] = field(default_factory=list)

    @property
    def override_percent(self) -> float:
        return 100 * self.overridden / self.classified if self.classified else 0.0


def stats_for(user: User) -> Stats:
    rows = invitations_of(user)
    aggregates: dict[str, Count] = {
        "total": Count("id"),
        "classified": Count("id", filter=CLASSIFIED),
        "overridden": Count("id", filter=OVERRIDDEN),
        "replied": Count("id", filter=~Q(outcome=Outcome.NONE)),
        "overdue": Count("id", filter=Q(outcome=Outcome.AWAITING, overdue=True)),
        "queue_none": Count("id", filter=Q(queue="")),
        "action_none": Count("id", filter=Q(final_action=FinalAction.NONE)),
    }
    for queue in Queue:
        aggregates[f"queue_{queue.value}"] = Count("id", filter=Q(queue=queue.value))
    for action in FinalAction:
        if action.value:
            aggregates[f"action_{action.value}"] = Count("id", filter=Q(final_action=action))
    for outcome in Outcome:
        if outcome.value:
            aggregates[f"outcome_{outcome.value}"] = Count("id", filter=Q(outcome=outcome))
    for key, (_, condition) in VERDICT_GROUPS.items():
        aggregates[f"group_{key}"] = Count("id", filter=condition & CLASSIFIED)
        aggregates[f"over_{key}"] = Count("id", filter=condition & OVERRIDDEN)
    counts = {key: value or 0 for key, value in rows.aggregate(**aggregates).items()}

    total = counts["total"]
    by_queue = [Share(q.value, str(q.label), counts[f"queue_{q.value}"], total) for q in Queue]
    if counts["queue_none"]:
        by_queue.append(Share("", "Not yet sorted", counts["queue_none"], total))
    by_final_action = [
        Share(a.value or "none", str(a.label), counts[f"action_{a.value or 'none'}"], total)
        for a in (FinalAction.ACCEPTED, FinalAction.IGNORED, FinalAction.REPLIED, FinalAction.NONE)
    ]
    replied = counts["replied"]
    outcomes = [
        Share(o.value, str(o.label), counts[f"outcome_{o.value}"], replied)
        for o in (*RECORDED, Outcome.AWAITING)
    ]
    answered = sum(counts[f"outcome_{o.value}"] for o in ANSWERED)
    overrides = [
        OverrideRow(key, label, counts[f"group_{key}"], counts[f"over_{key}"])
        for key, (label, _) in VERDICT_GROUPS.items()
    ]
    return Stats(
        total=total,
        classified=counts["classified"],
        by_queue=by_queue,
        by_final_action=by_final_action,
        overridden=counts["overridden"],
        overrides=overrides,
        override_moves=_override_moves(user),
        replied=replied,
        outcomes=outcomes,
        answered=answered,
        overdue=counts["overdue"],
        median_wait=_median_wait(user, answered),
        months=_months(user, answered=answered),
    )


def _override_moves(user: User) -> list[tuple[str, str, int]]:
    """Which way the user overrode the classifier: (suggested, chosen, how many)."""
    return [
        (row["suggested_queue"], row["queue"], row["n"])
        for row in invitations_of(user)
        .filter(OVERRIDDEN)
        .values("suggested_queue", "queue")
        .annotate(n=Count("id"))
        .order_by("-n", "suggested_queue", "queue")
    ]


WAIT = ExpressionWrapper(F("outcome_at") - F("reply_sent_at"), output_field=DurationField())


def _median_wait(user: User, answered: int) -> timedelta | None:
    """Median time from the reply to the answer being recorded, among answered invitations."""
    if not answered:
        return None
    waits = (
        invitations_of(user)
        .filter(outcome__in=ANSWERED, reply_sent_at__isnull=False, outcome_at__isnull=False)
        .annotate(wait=WAIT)
        .order_by("wait")
        .values_list("wait", flat=True)
    )
    low, high = (answered - 1) // 2, answered // 2
    middle = list(waits[low : high + 1])
    if not middle:
        return None
    return sum(middle, timedelta()) / len(middle)


def _months(user: User, today: datetime | None = None, answered: int = 1) -> list[MonthRow]:
    """Outcomes of the replies sent in each of the last TREND_MONTHS months, in the user's zone.

    `answered` (how many answers the user has in all) skips the medians' query when it is 0.
    """
    zone = zoneinfo.ZoneInfo(user.time_zone)
    now = (today or timezone.now()).astimezone(zone)
    first = _add_months(date(now.year, now.month, 1), -(TREND_MONTHS - 1))
    start = datetime(first.year, first.month, 1, tzinfo=zone)
    keys = [o.value for o in (*RECORDED, Outcome.AWAITING)]
    grouped = (
        invitations_of(user)
        .filter(reply_sent_at__gte=start)
        .annotate(month=TruncMonth("reply_sent_at", tzinfo=zone))
        .values("month")
        .annotate(**{key: Count("id", filter=Q(outcome=key)) for key in keys})
        .order_by("month")
    )
    found: dict[date, dict[str, int]] = {}
    for row in cast(list[dict[str, Any]], list(grouped)):
        found[_as_date(row["month"])] = {key: int(row[key]) for key in keys}
    medians = _monthly_median_waits(user, start, zone) if answered else {}
    empty = dict.fromkeys(keys, 0)
    months = [
        MonthRow(month=month, counts=found.get(month, empty), median_wait=medians.get(month))
        for month in (_add_months(first, step) for step in range(TREND_MONTHS))
    ]
    return months


def _monthly_median_waits(
    user: User, start: datetime, zone: zoneinfo.ZoneInfo
) -> dict[date, timedelta]:
    """Each month's median wait for an answer, by the month the reply was sent, in one query.

    The waits of each month are numbered in order and counted; only the middle
    row (odd count) or the middle two (even count) come back, whatever the
    number of answers.
    """
    month = TruncMonth("reply_sent_at", tzinfo=zone)
    middles = (
        invitations_of(user)
        .filter(
            outcome__in=ANSWERED,
            reply_sent_at__gte=start,
            reply_sent_at__isnull=False,
            outcome_at__isnull=False,
        )
        .annotate(
            month=month,
            wait=WAIT,
            position=Window(RowNumber(), partition_by=[month], order_by=[WAIT.asc(), "id"]),
            size=Window(Count("id"), partition_by=[month]),
        )
        # Rows (n + 1) // 2 to n // 2 + 1: the middle one when n is odd, two when even.
        .filter(position__gte=(F("size") + 1) / 2, position__lte=F("size") / 2 + 1)
        .order_by()
        .values_list("month", "wait")
    )
    waits: dict[date, list[timedelta]] = {}
    for when, wait in middles:
        waits.setdefault(_as_date(when), []).append(wait)
    return {when: sum(pair, timedelta()) / len(pair) for when, pair in waits.items()}


def _as_date(month: date | datetime) -> date:
    return month.date() if isinstance(month, datetime) else month


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)
