"""Stats figures on a small data set whose every number is worked out by hand below."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from triage import charts
from triage.models import Invitation, Outcome
from triage.services import outcomes
from triage.stats import stats_for
from triage.views.outcomes import duration_text

MakeInvitation = Callable[..., Invitation]
NOW = datetime(2026, 6, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
def data_set(alice: User, bob: User, make_invitation: MakeInvitation) -> None:
    """Ten invitations of alice's (and noise of bob's that must not count).

    queue:   accept 3, query 5, decline 2
    overrides (moved by hand to another queue than suggested): 3
      - alumni: suggested query, moved to accept
      - pitch:  suggested decline, moved to accept
      - no reason: suggested query, moved to decline
    plus one moved by hand back to its suggested queue (not an override).
    replies: 5 sent; outcomes explained 2 (waits 1 and 3 days), curt 1 (wait 5 days),
    expired 1, awaiting 1; replies sent in April (2) and May (3).
    """
    make = make_invitation
    make(alice, queue="accept", suggested_queue="accept", met_in_person=True)
    make(alice, queue="accept", suggested_queue="query", moved_by_hand=True, alumni=True)
    make(alice, queue="accept", suggested_queue="decline", moved_by_hand=True, pitch=True)
    make(alice, queue="decline", suggested_queue="query", moved_by_hand=True)
    make(alice, queue="decline", suggested_queue="decline", moved_by_hand=True, pitch=True)
    plan = [
        (datetime(2026, 4, 3, tzinfo=UTC), Outcome.EXPLAINED, timedelta(days=1)),
        (datetime(2026, 4, 20, tzinfo=UTC), Outcome.EXPIRED, timedelta(days=21)),
        (datetime(2026, 5, 2, tzinfo=UTC), Outcome.EXPLAINED, timedelta(days=3)),
        (datetime(2026, 5, 9, tzinfo=UTC), Outcome.CURT, timedelta(days=5)),
        (datetime(2026, 5, 30, tzinfo=UTC), None, None),
    ]
    for sent, outcome, wait in plan:
        row = outcomes.mark_reply_sent(make(alice, queue="query", generic=True), at=sent)
        if outcome and wait:
            outcomes.record_outcome(row, outcome, at=sent + wait)
    make(bob, queue="accept", suggested_queue="query", moved_by_hand=True, alumni=True)
    outcomes.mark_reply_sent(make(bob, queue="query"), at=datetime(2026, 4, 1, tzinfo=UTC))


def _by_key(shares: list) -> dict[str, int]:
    return {share.key: share.count for share in shares}


@time_machine.travel(NOW, tick=False)
def test_counts_by_queue_and_final_action(alice: User, data_set: None) -> None:
    stats = stats_for(alice)

    assert stats.total == 10
    assert _by_key(stats.by_queue) == {"accept": 3, "query": 5, "decline": 2}
    # Replied stays the final action of an explanation until the user decides; the
    # curt and expired ones were ignored; the awaiting one is replied.
    assert _by_key(stats.by_final_action) == {
        "accepted": 0,
        "ignored": 2,
        "replied": 3,
        "none": 5,
    }
    assert [round(s.percent) for s in stats.by_queue] == [30, 50, 20]


@time_machine.travel(NOW, tick=False)
def test_overrides_per_reason(alice: User, data_set: None) -> None:
    stats = stats_for(alice)

    assert stats.overridden == 3
    assert stats.classified == 10
    assert round(stats.override_percent) == 30
    rows = {row.key: (row.overridden, row.total) for row in stats.overrides}
    assert rows["alumni"] == (1, 1)
    assert rows["pitch"] == (1, 2)  # the one moved back to its own queue is no override
    assert rows["met_in_person"] == (0, 1)
    # no reason: the query five, the no-reason decline, and the pitches (pitch is a flag).
    assert rows["no_reason"] == (2, 8)
    assert rows["generic"] == (0, 5)
    assert sorted(stats.override_moves) == [
        ("decline", "accept", 1),
        ("query", "accept", 1),
        ("query", "decline", 1),
    ]


@time_machine.travel(NOW, tick=False)
def test_outcome_shares_and_median_wait(alice: User, data_set: None) -> None:
    stats = stats_for(alice)

    assert stats.replied == 5
    assert _by_key(stats.outcomes) == {
        "explained": 2,
        "apologised": 0,
        "curt": 1,
        "expired": 1,
        "awaiting": 1,
    }
    assert [round(s.percent) for s in stats.outcomes] == [40, 0, 20, 20, 20]
    assert stats.answered == 3
    assert stats.median_wait == timedelta(days=3)  # of 1, 3 and 5 days; expired excluded


@time_machine.travel(NOW, tick=False)
def test_median_of_an_even_count_is_the_mean_of_the_middle_two(
    alice: User, make_invitation: MakeInvitation
) -> None:
    for hours in (2, 4, 10, 100):
        row = outcomes.mark_reply_sent(make_invitation(alice), at=NOW - timedelta(days=10))
        answered = NOW - timedelta(days=10) + timedelta(hours=hours)
        outcomes.record_outcome(row, Outcome.APOLOGISED, at=answered)

    assert stats_for(alice).median_wait == timedelta(hours=7)


@time_machine.travel(NOW, tick=False)
def test_trend_by_month(alice: User, data_set: None) -> None:
    months = stats_for(alice).months

    assert len(months) == 12
    assert months[0].month == date(2025, 7, 1)
    assert months[-1].month == date(2026, 6, 1)
    by_month = {row.month: row.counts for row in months if row.total}
    assert by_month == {
        date(2026, 4, 1): {
            "explained": 1,
            "apologised": 0,
            "curt": 0,
            "expired": 1,
            "awaiting": 0,
        },
        date(2026, 5, 1): {
            "explained": 1,
            "apologised": 0,
            "curt": 1,
            "expired": 0,
            "awaiting": 1,
        },
    }


@time_machine.travel(NOW, tick=False)
def test_months_follow_the_users_time_zone(alice: User, make_invitation: MakeInvitation) -> None:
    alice.time_zone = "Pacific/Auckland"
    alice.save()
    # 30 April 20:00 UTC is already 1 May in Auckland.
    outcomes.mark_reply_sent(make_invitation(alice), at=datetime(2026, 4, 30, 20, tzinfo=UTC))

    counts = {row.month: row.total for row in stats_for(alice).months if row.total}

    assert counts == {date(2026, 5, 1): 1}


def test_an_empty_account_has_no_figures_and_no_errors(alice: User) -> None:
    stats = stats_for(alice)

    assert stats.total == 0
    assert stats.median_wait is None
    assert stats.override_percent == 0
    assert all(share.percent == 0 for share in stats.outcomes)


@time_machine.travel(NOW, tick=False)
def test_the_figures_take_a_fixed_number_of_queries(
    alice: User, data_set: None, make_invitation: MakeInvitation
) -> None:
    with CaptureQueriesContext(connection) as few:
        stats_for(alice)
    for _ in range(20):
        make_invitation(alice, queue="accept", suggested_queue="query", moved_by_hand=True)
    with CaptureQueriesContext(connection) as more:
        stats_for(alice)

    assert len(few) == len(more) <= 5


def test_duration_text_reads_like_a_person() -> None:
    assert duration_text(None) == ""
    assert duration_text(timedelta(minutes=20)) == "20 minutes"
    assert duration_text(timedelta(hours=5)) == "5 hours"
    assert duration_text(timedelta(days=3)) == "3 days"
    assert duration_text(timedelta(days=3, hours=12)) == "3.5 days"


def test_bar_chart_is_labelled_and_escapes_text() -> None:
    svg = charts.bar_chart(
        chart_id="c",
        title="By <queue>",
        desc="Accept: 2",
        bars=[charts.Bar("Acc<ept>", 2, "2 (100%)", "accept"), charts.Bar("Query", 0, "0 (0%)")],
    )

    assert 'role="img"' in svg
    assert 'aria-labelledby="c-title c-desc"' in svg
    assert '<title id="c-title">By &lt;queue&gt;</title>' in svg
    assert "Acc&lt;ept&gt;" in svg
    assert "2 (100%)" in svg and "0 (0%)" in svg
    assert "<ept>" not in svg


def test_stacked_chart_distinguishes_series_by_pattern_and_legend() -> None:
    svg = charts.stacked_column_chart(
        chart_id="t",
        title="Trend",
        desc="d",
        categories=["Apr 26", "May 26"],
        series=[charts.Series("Explained", [1, 2], "explained"), charts.Series("Curt", [0, 3])],
    )

    assert svg.count("<pattern") == 2
    assert 'fill="url(#t-p1)"' in svg
    assert ">Explained</text>" in svg and ">Curt</text>" in svg
    assert ">5</text>" in svg  # May's total written on its column


def test_charts_with_no_data_say_so() -> None:
    assert "No data yet." in charts.bar_chart(chart_id="e", title="t", desc="d", bars=[])
    empty = charts.stacked_column_chart(
        chart_id="f", title="t", desc="d", categories=["Jan"], series=[charts.Series("A", [0])]
    )
    assert "No data yet." in empty


@time_machine.travel(NOW, tick=False)
def test_each_months_share_of_each_outcome(alice: User, data_set: None) -> None:
    months = {row.month: row for row in stats_for(alice).months}
    april, may = months[date(2026, 4, 1)], months[date(2026, 5, 1)]

    keys = ("explained", "apologised", "curt", "expired", "awaiting")
    assert [round(april.share(key)) for key in keys] == [50, 0, 0, 50, 0]
    assert [round(may.share(key)) for key in keys] == [33, 0, 33, 0, 33]
    assert months[date(2026, 6, 1)].share("explained") == 0  # no replies: no division by 0


@time_machine.travel(NOW, tick=False)
def test_each_months_median_time_to_an_answer(alice: User, data_set: None) -> None:
    months = {row.month: row.median_wait for row in stats_for(alice).months}

    # April: the 1-day explanation only (silence is no answer); May: 3 and 5 days.
    assert months[date(2026, 4, 1)] == timedelta(days=1)
    assert months[date(2026, 5, 1)] == timedelta(days=4)
    assert months[date(2026, 3, 1)] is None


@time_machine.travel(NOW, tick=False)
def test_a_months_median_of_an_odd_count_is_its_middle_wait(
    alice: User, make_invitation: MakeInvitation
) -> None:
    sent = datetime(2026, 3, 10, tzinfo=UTC)
    for hours in (30, 1, 500, 7, 2):
        row = outcomes.mark_reply_sent(make_invitation(alice, sent_at=None), at=sent)
        outcomes.record_outcome(row, Outcome.CURT, at=sent + timedelta(hours=hours))
    other = outcomes.mark_reply_sent(make_invitation(alice, sent_at=None), at=sent.replace(day=1))
    outcomes.record_outcome(other, Outcome.EXPIRED, at=sent)  # silence: not counted

    months = {row.month: row.median_wait for row in stats_for(alice).months}

    assert months[date(2026, 3, 1)] == timedelta(hours=7)


def test_the_monthly_figures_have_no_medians_query_on_an_account_without_answers(
    alice: User, make_invitation: MakeInvitation
) -> None:
    outcomes.mark_reply_sent(make_invitation(alice))

    with CaptureQueriesContext(connection) as queries:
        stats = stats_for(alice)

    assert all(row.median_wait is None for row in stats.months)
    assert len(queries) == 3  # counts, override moves, months


def test_a_bar_chart_of_zeros_can_be_data() -> None:
    bars = [charts.Bar("Alumni", 0, "0% (0 of 4)", "override")]

    assert "No data yet." in charts.bar_chart(chart_id="z", title="t", desc="d", bars=bars)
    drawn = charts.bar_chart(
        chart_id="z", title="t", desc="d", bars=bars, zeros_are_data=True, full_scale=100
    )
    assert "No data yet." not in drawn
    assert "0% (0 of 4)" in drawn


def test_a_share_chart_draws_every_month_full_height() -> None:
    svg = charts.stacked_column_chart(
        chart_id="s",
        title="Shares",
        desc="d",
        categories=["Apr 26", "May 26"],
        series=[charts.Series("Explained", [1, 4], "explained"), charts.Series("Curt", [1, 0])],
        as_shares=True,
    )

    segment = r'<rect [^>]*height="([\d.]+)" fill="url\(#s-p\d\)" class="segment'
    heights = [float(height) for height in re.findall(segment, svg)]
    # April's two halves stack to the height of May's single full column.
    assert heights[0] + heights[1] == pytest.approx(heights[2], abs=0.2)
    assert "Apr 26: Explained 1 (50%), Curt 1 (50%)" in svg
    assert ">100%</text>" in svg and ">50%</text>" in svg
    assert ">4</text>" in svg  # May's count is still written on top


def test_a_column_chart_leaves_months_without_a_value_empty() -> None:
    svg = charts.column_chart(
        chart_id="w",
        title="Median wait",
        desc="d",
        categories=["Apr 26", "May 26", "Jun 26"],
        values=[1.0, None, 4.0],
        texts=["1 day", "", "4 days"],
        tone="wait",
        unit=" d",
    )

    assert svg.count('class="bar-fill"') == 2
    assert "<title>May 26: —</title>" in svg
    assert ">4 days</text>" in svg and ">4 d</text>" in svg
    assert "No data yet." in charts.column_chart(
        chart_id="e", title="t", desc="d", categories=["Jan"], values=[None], texts=[""]
    )
