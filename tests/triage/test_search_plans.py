"""Search runs one of two ways (see triage.selectors): driven by the matches, or by
walking the queue's index and probing them. Both must find exactly the same rows, in
the same order, for every filter combination, on every database."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User
from triage import selectors
from triage.models import Invitation, Queue
from triage.selectors import DashboardFilter

MakeInvitation = Callable[..., Invitation]


@pytest.fixture
def mixed(alice: User, bob: User, make_invitation: MakeInvitation) -> None:
    for n in range(30):
        make_invitation(
            alice,
            sender_name=f"{'Okafor' if n % 3 == 0 else 'Lee'} {n}",
            message="Hi, we met at the Lisbon summit" if n % 2 else "Grow our networks",
            queue=[Queue.ACCEPT, Queue.QUERY, Queue.DECLINE][n % 3 if n % 5 else 1],
            met_in_person=bool(n % 2),
            strength=n % 7,
        )
    make_invitation(bob, sender_name="Okafor of Bob", queue=Queue.QUERY)


@pytest.mark.parametrize(
    "filters",
    [
        DashboardFilter(queue=Queue.QUERY, q="okafor"),
        DashboardFilter(queue=Queue.ACCEPT, q="lisbon"),
        DashboardFilter(queue=Queue.QUERY, q="oka lisb"),
        DashboardFilter(queue=Queue.QUERY, q="lee", reason="met_in_person"),
        DashboardFilter(queue=Queue.DECLINE, q="okafor", sort="strength"),
        DashboardFilter(queue=Queue.QUERY, q="nobody-by-this-name"),
    ],
)
def test_both_search_plans_find_the_same_page(
    mixed: None, alice: User, filters: DashboardFilter
) -> None:
    walked = selectors.invitation_page(alice, filters, per_page=4, matching=None)
    driven = selectors.invitation_page(alice, filters, per_page=4, matching=0)
    assert [i.pk for i in walked.invitations] == [i.pk for i in driven.invitations]
    assert walked.next_cursor == driven.next_cursor

    everything = selectors.filtered_invitations(alice, filters, walk_queue_index=True)
    expected = {
        i.pk for i in selectors.filtered_invitations(alice, filters, walk_queue_index=False)
    }
    assert {i.pk for i in everything} == expected
    assert all(i.owner_id == alice.pk for i in everything)
    counts = selectors.queue_counts(alice, filters)
    assert counts[filters.queue] == len(expected)


def test_a_walked_search_pages_through_every_match_once(mixed: None, alice: User) -> None:
    filters = DashboardFilter(queue=Queue.QUERY, q="lisbon")
    seen: list[int] = []
    cursor = ""
    while True:
        page = selectors.invitation_page(alice, filters, cursor, per_page=2, matching=None)
        seen += [i.pk for i in page.invitations]
        if not page.next_cursor:
            break
        cursor = page.next_cursor
    expected = selectors.filtered_invitations(alice, filters).values_list("pk", flat=True)
    assert sorted(seen) == sorted(expected)
    assert len(seen) == len(set(seen)) > 2


def test_a_common_search_counts_up_to_the_cap_and_says_so(
    mixed: None, alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    # alice has 10 "Okafor" rows, 8 in accept and 2 in query; bob's one is not counted.
    monkeypatch.setattr(selectors, "SEARCH_COUNT_CAP", 3)
    counts = selectors.queue_counts(alice, DashboardFilter(queue=Queue.ACCEPT, q="okafor"))
    assert counts["accept"] == 4 and counts.label("accept") == "3+"
    assert counts["query"] == 2 and counts.label("query") == "2"
    assert counts.label("decline") == "0" and counts["unsorted"] == 0
    assert counts.capped == frozenset({"accept"})

    # Without a search the counts are exact, however large.
    everything = selectors.queue_counts(alice, DashboardFilter(queue=Queue.QUERY))
    assert everything.capped == frozenset() and everything.label("query") == "14"


def test_the_dashboard_shows_a_capped_count_with_a_plus_and_lists_every_match(
    mixed: None, alice_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(selectors, "SEARCH_COUNT_CAP", 3)
    page = alice_client.get(reverse("triage:dashboard"), {"queue": "accept", "q": "okafor"})
    body = page.content.decode()
    assert '<span class="count" data-count="accept">3+<' in body
    assert '<span class="count" data-count="query">2<' in body
    assert '<span id="matching-label">All 3+ matching</span>' in body
    # Only the count stops at the cap: the list still holds all 8 matches.
    assert body.count('<li class="card ') == 8
