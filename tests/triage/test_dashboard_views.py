"""The dashboard: queues, cards, moves, marks, undo, bulk, search and filters, progress."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from triage.models import (
    BatchState,
    EventKind,
    FinalAction,
    ImportBatch,
    Invitation,
    InvitationEvent,
    Outcome,
    Queue,
    ReplyKind,
    ReplyTemplate,
)
from triage.views.dashboard import PER_PAGE

pytestmark = pytest.mark.django_db

MakeInvitation = Callable[..., Invitation]


def _triggers(response: Any) -> dict[str, Any]:
    return json.loads(response.headers.get("HX-Trigger", "{}"))


def _verdict(**fields: Any) -> dict[str, Any]:
    verdict: dict[str, Any] = {
        "reasons": {},
        "personal": False,
        "referenced": False,
        "purpose": False,
        "generic": False,
        "pitch": False,
        "spam": False,
        "unverified": [],
        "findings": [],
        "queue": "query",
        "strength": 0,
        "summary": "",
    }
    verdict.update(fields)
    return verdict


def test_the_page_shows_a_card_with_its_evidence_highlighted_and_escaped(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    message = "Hi Alice, we met at the <b>PTF</b> meetup. Ben Okafor says hi."
    make_invitation(
        alice,
        sender_name="Dana <script>alert(1)</script>",
        sender_headline="Recruiter at Northwind Pharma",
        sender_profile_url="https://www.linkedin.com/in/dana",
        message=message,
        mutual_connections=4,
        queue=Queue.ACCEPT,
        met_in_person=True,
        personal=True,
        verdict=_verdict(
            queue="accept",
            summary="Says you met at an event.",
            personal=True,
            findings=[
                {
                    "label": "met_in_person",
                    "source": "message",
                    "start": 10,
                    "end": 16,
                    "text": "we met",
                    "verified": True,
                },
                {
                    "label": "same_organisation",
                    "source": "headline",
                    "start": 13,
                    "end": 29,
                    "text": "Northwind Pharma",
                    "verified": True,
                },
                {
                    "label": "common_connection",
                    "source": "message",
                    "start": 43,
                    "end": 53,
                    "text": "Ben Okafor",
                    "verified": False,
                },
            ],
            unverified=[
                {
                    "kind": "common_connection",
                    "claimed": "Ben Okafor",
                    "source": "message",
                    "start": 43,
                    "end": 53,
                }
            ],
        ),
        has_unverified_claim=True,
    )
    response = alice_client.get(reverse("triage:dashboard"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in body
    assert "Dana &lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "&lt;b&gt;PTF&lt;/b&gt;" in body
    assert '<mark class="ev ev-reason" title="Met in person">we met</mark>' in body
    assert '<mark class="ev ev-reason" title="Same organisation">Northwind Pharma</mark>' in body
    assert (
        '<mark class="ev ev-warn" title="Unverified: Common connection">Ben Okafor</mark>' in body
    )
    assert "Unverified common connection: “Ben Okafor”" in body
    assert "4 mutual connections" in body
    assert "Says you met at an event." in body
    assert (
        'href="https://www.linkedin.com/in/dana" target="_blank" rel="noopener noreferrer"' in body
    )
    assert 'aria-live="polite"' in body


def test_evidence_the_learned_model_found_says_so(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    message = "Hi Alice. We swapped notes on the ferry!"
    finding = {"label": "met_in_person", "source": "message", "start": 10, "end": 39}
    finding |= {"text": message[10:39], "verified": True, "learned": True}
    make_invitation(
        alice,
        message=message,
        queue=Queue.ACCEPT,
        met_in_person=True,
        verdict=_verdict(queue="accept", findings=[finding]),
    )
    body = alice_client.get(reverse("triage:dashboard")).content.decode()
    assert (
        '<mark class="ev ev-reason" title="Met in person (judged from the wording)">'
        "We swapped notes on the ferry</mark>"
    ) in body


def test_a_query_card_carries_the_reply_filled_in(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    make_invitation(alice, sender_name="Priya Raman", queue=Queue.QUERY, verdict=_verdict())
    body = alice_client.get(reverse("triage:dashboard") + "?queue=query").content.decode()
    assert "Hi Priya," in body
    assert "how we" in body and "benefit from connecting" in body
    assert "{first_name}" not in body and "{signature}" not in body


def test_the_page_opens_on_the_first_queue_with_work(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    make_invitation(alice, sender_name="Only Declined", queue=Queue.DECLINE)
    body = alice_client.get(reverse("triage:dashboard")).content.decode()
    assert "Only Declined" in body


def test_bob_never_sees_alices_cards(
    alice: User, bob_client: Client, make_invitation: MakeInvitation, htmx_headers: dict[str, str]
) -> None:
    make_invitation(alice, sender_name="Secret Sender", queue=Queue.ACCEPT)
    page = bob_client.get(reverse("triage:dashboard") + "?queue=accept")
    fragment = bob_client.get(
        reverse("triage:dashboard") + "?queue=accept", HTTP_HX_TARGET="results", **htmx_headers
    )
    assert "Secret Sender" not in page.content.decode()
    assert "Secret Sender" not in fragment.content.decode()


def test_the_results_fragment_is_a_partial(
    alice_client: Client, alice: User, make_invitation: MakeInvitation, htmx_headers: dict[str, str]
) -> None:
    make_invitation(alice, sender_name="Fragment Person", queue=Queue.QUERY)
    response = alice_client.get(
        reverse("triage:dashboard") + "?queue=query", HTTP_HX_TARGET="results", **htmx_headers
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body
    assert 'id="results"' in body and "Fragment Person" in body


def test_pages_continue_with_a_cursor_without_repeats(
    alice_client: Client, alice: User, make_invitation: MakeInvitation, htmx_headers: dict[str, str]
) -> None:
    now = timezone.now()
    for n in range(30):
        make_invitation(
            alice,
            sender_name=f"Person {n:02d}",
            queue=Queue.QUERY,
            sent_at=now - timedelta(hours=n),
        )
    first = alice_client.get(reverse("triage:dashboard") + "?queue=query")
    cursor = first.context["next_cursor"]
    assert len(first.context["cards"]) == PER_PAGE and cursor
    more = alice_client.get(
        reverse("triage:dashboard"), {"queue": "query", "cursor": cursor}, **htmx_headers
    )
    names = [card.invitation.sender_name for card in more.context["cards"]]
    assert names == [f"Person {n:02d}" for n in range(PER_PAGE, 30)]
    assert "<html" not in more.content.decode()
    assert not more.context["next_cursor"]


def test_sorting_by_strength_pages_in_strength_order(
    alice_client: Client, alice: User, make_invitation: MakeInvitation, htmx_headers: dict[str, str]
) -> None:
    for n in range(30):
        make_invitation(alice, sender_name=f"S{n}", queue=Queue.ACCEPT, strength=n % 7)
    first = alice_client.get(reverse("triage:dashboard"), {"queue": "accept", "sort": "strength"})
    more = alice_client.get(
        reverse("triage:dashboard"),
        {"queue": "accept", "sort": "strength", "cursor": first.context["next_cursor"]},
        **htmx_headers,
    )
    cards = [*first.context["cards"], *more.context["cards"]]
    strengths = [card.invitation.strength for card in cards]
    assert len(cards) == 30
    assert strengths == sorted(strengths, reverse=True)
    assert len({card.invitation.pk for card in cards}) == 30


def test_search_and_filters_narrow_the_list(
    alice_client: Client, alice: User, make_invitation: MakeInvitation, make_batch: Callable
) -> None:
    batch = make_batch(alice)
    make_invitation(
        alice,
        sender_name="Maya Stone",
        message="We met at the summit",
        met_in_person=True,
        queue=Queue.ACCEPT,
        batch=batch,
        # Explicit: the factory's default date depends on how many rows earlier tests made.
        sent_at=timezone.now() - timedelta(days=1),
    )
    make_invitation(
        alice,
        sender_name="Leo Park",
        sender_headline="Sales at Acme",
        pitch=True,
        queue=Queue.ACCEPT,
        sent_at=timezone.now() - timedelta(days=40),
    )
    url = reverse("triage:dashboard")

    def names(**params: str) -> set[str]:
        response = alice_client.get(url, {"queue": "accept", **params})
        return {card.invitation.sender_name for card in response.context["cards"]}

    assert names(q="summit") == {"Maya Stone"}
    assert names(q="acme") == {"Leo Park"}
    assert names(q="maya stone") == {"Maya Stone"}
    assert names(reason="met_in_person") == {"Maya Stone"}
    assert names(flag="pitch") == {"Leo Park"}
    assert names(batch=str(batch.pk)) == {"Maya Stone"}
    since = (timezone.now() - timedelta(days=7)).date().isoformat()
    assert names(since=since) == {"Maya Stone"}
    assert names(until=since) == {"Leo Park"}
    assert names(reason="not-a-reason") == {"Maya Stone", "Leo Park"}


def test_done_invitations_leave_the_to_do_list(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    make_invitation(
        alice, sender_name="Finished One", queue=Queue.ACCEPT, final_action=FinalAction.ACCEPTED
    )
    make_invitation(alice, sender_name="Open One", queue=Queue.ACCEPT)
    todo = alice_client.get(reverse("triage:dashboard"), {"queue": "accept"})
    done = alice_client.get(reverse("triage:dashboard"), {"queue": "accept", "status": "done"})
    assert [c.invitation.sender_name for c in todo.context["cards"]] == ["Open One"]
    assert [c.invitation.sender_name for c in done.context["cards"]] == ["Finished One"]
    assert todo.context["counts"]["accept"] == 1


def test_the_dashboard_query_count_does_not_grow_with_cards(
    alice_client: Client,
    alice: User,
    make_invitation: MakeInvitation,
    django_assert_max_num_queries: Any,
    htmx_headers: dict[str, str],
) -> None:
    for n in range(40):
        make_invitation(
            alice,
            sender_name=f"Q{n}",
            queue=Queue.QUERY,
            verdict=_verdict(
                findings=[
                    {
                        "label": "personal",
                        "source": "message",
                        "start": 0,
                        "end": 5,
                        "text": "Hello",
                        "verified": True,
                    }
                ]
            ),
        )
    alice_client.get(reverse("triage:dashboard"))  # creates the default reply templates once
    # session, user, counts, page, templates, batches in progress, waiting, recent batches
    with django_assert_max_num_queries(8) as captured:
        response = alice_client.get(reverse("triage:dashboard"), {"queue": "query"})
    assert len(response.context["cards"]) == PER_PAGE
    assert len(captured.captured_queries) >= 5  # the budget is real, not a loose upper bound
    # A search counts each queue (and "unsorted") with its own capped query: 4 + 4.
    with django_assert_max_num_queries(8):
        alice_client.get(
            reverse("triage:dashboard"),
            {"queue": "query", "q": "Q1"},
            HTTP_HX_TARGET="results",
            **htmx_headers,
        )


def test_the_queues_fragment_counts_each_queue(
    alice_client: Client, alice: User, make_invitation: MakeInvitation, htmx_headers: dict[str, str]
) -> None:
    make_invitation(alice, queue=Queue.ACCEPT)
    make_invitation(alice, queue=Queue.ACCEPT)
    make_invitation(alice, queue=Queue.DECLINE)
    response = alice_client.get(reverse("triage:queues"), **htmx_headers)
    body = response.content.decode()
    assert '<span class="count" data-count="accept">2' in body
    assert '<span class="count" data-count="decline">1' in body
    assert "<html" not in body
    full = alice_client.get(reverse("triage:queues"), {"queue": "decline"})
    assert full.status_code == 302
    assert full["Location"] == reverse("triage:dashboard") + "?queue=decline"


def test_the_queues_fragment_refreshes_the_all_matching_count_too(
    alice_client: Client, alice: User, make_invitation: MakeInvitation, htmx_headers: dict[str, str]
) -> None:
    rows = [make_invitation(alice, queue=Queue.QUERY) for _ in range(3)]
    page = alice_client.get(reverse("triage:dashboard"), {"queue": "query"}).content.decode()
    assert '<span id="matching-label">All 3 matching</span>' in page
    alice_client.post(
        reverse("triage:move", args=[rows[0].pk]), {"queue": "accept"}, **htmx_headers
    )
    body = alice_client.get(
        reverse("triage:queues"), {"queue": "query"}, **htmx_headers
    ).content.decode()
    assert '<span id="matching-label" hx-swap-oob="true">All 2 matching</span>' in body


def test_progress_polls_while_classifying_and_says_when_done(
    alice_client: Client, alice: User, make_batch: Callable, htmx_headers: dict[str, str]
) -> None:
    batch = make_batch(alice, imported_count=10, classified_count=4)
    running = alice_client.get(reverse("triage:progress"), {"running": "1"}, **htmx_headers)
    body = running.content.decode()
    assert 'value="40"' in body and "4 / 10" in body
    assert 'hx-trigger="every 1s"' in body
    assert "classificationFinished" not in _triggers(running)
    assert "queueCountsChanged" in _triggers(running)
    ImportBatch.objects.filter(pk=batch.pk).update(state=BatchState.DONE, classified_count=10)
    finished = alice_client.get(reverse("triage:progress"), {"running": "1"}, **htmx_headers)
    assert "classificationFinished" in _triggers(finished)
    assert "every 1s" not in finished.content.decode()
    page = alice_client.get(reverse("triage:progress"))
    assert page.status_code == 302 and page["Location"] == reverse("triage:dashboard")


def test_progress_only_says_the_counts_changed_when_they_did(
    alice_client: Client,
    alice: User,
    make_batch: Callable,
    make_invitation: MakeInvitation,
    htmx_headers: dict[str, str],
) -> None:
    batch = make_batch(alice, imported_count=10, classified_count=4)
    for _ in range(6):
        make_invitation(alice, batch=batch, queue="", state="pending")
    first = alice_client.get(reverse("triage:progress"), {"running": "1"}, **htmx_headers)
    body = first.content.decode()
    assert "queueCountsChanged" in _triggers(first)  # nothing seen yet
    seen = body.split("seen=", 1)[1].split('"', 1)[0]
    assert seen == "6.4"
    quiet = alice_client.get(
        reverse("triage:progress"), {"running": "1", "seen": seen}, **htmx_headers
    )
    assert "queueCountsChanged" not in _triggers(quiet)
    assert "every 1s" in quiet.content.decode()
    ImportBatch.objects.filter(pk=batch.pk).update(classified_count=5)
    moved = alice_client.get(
        reverse("triage:progress"), {"running": "1", "seen": seen}, **htmx_headers
    )
    assert "queueCountsChanged" in _triggers(moved)


def test_bob_does_not_see_alices_progress(
    alice: User, bob_client: Client, make_batch: Callable, htmx_headers: dict[str, str]
) -> None:
    make_batch(alice, imported_count=10, classified_count=4, filename="alice-secret.csv")
    body = bob_client.get(reverse("triage:progress"), **htmx_headers).content.decode()
    assert "alice-secret.csv" not in body


def test_moving_by_htmx_leaves_a_placeholder_with_undo(
    alice_client: Client, alice: User, make_invitation: MakeInvitation, htmx_headers: dict[str, str]
) -> None:
    invitation = make_invitation(alice, sender_name="Mover", queue=Queue.QUERY)
    response = alice_client.post(
        reverse("triage:move", args=[invitation.pk]), {"queue": "accept"}, **htmx_headers
    )
    body = response.content.decode()
    invitation.refresh_from_db()
    event = InvitationEvent.objects.get(invitation=invitation, kind=EventKind.MOVED)
    assert invitation.queue == Queue.ACCEPT and invitation.moved_by_hand
    assert event.by_hand and event.data["from"] == "query" and event.data["to"] == "accept"
    assert "queueCountsChanged" in _triggers(response)
    assert "data-gone" in body and "Mover moved to Accept" in body
    assert reverse("triage:undo", args=[invitation.pk, event.pk]) in body
    assert "<html" not in body


def test_moving_without_htmx_redirects_back(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    invitation = make_invitation(alice, queue=Queue.QUERY)
    response = alice_client.post(
        reverse("triage:move", args=[invitation.pk]), {"queue": "decline", "next": "/?queue=query"}
    )
    assert response.status_code == 302 and response["Location"] == "/?queue=query"
    invitation.refresh_from_db()
    assert invitation.queue == Queue.DECLINE
    evil = alice_client.post(
        reverse("triage:move", args=[invitation.pk]),
        {"queue": "accept", "next": "https://evil.example/"},
    )
    assert evil["Location"] == reverse("triage:dashboard")


def test_moving_to_an_unknown_queue_is_refused(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    invitation = make_invitation(alice, queue=Queue.QUERY)
    response = alice_client.post(reverse("triage:move", args=[invitation.pk]), {"queue": "bin"})
    assert response.status_code == 400


def test_bob_gets_404_on_alices_invitations(
    alice: User, bob_client: Client, make_invitation: MakeInvitation, htmx_headers: dict[str, str]
) -> None:
    invitation = make_invitation(alice, queue=Queue.QUERY)
    move = bob_client.post(reverse("triage:move", args=[invitation.pk]), {"queue": "accept"})
    mark = bob_client.post(
        reverse("triage:mark", args=[invitation.pk]), {"action": "accepted"}, **htmx_headers
    )
    alice_event = InvitationEvent.objects.create(
        invitation=invitation,
        kind=EventKind.MOVED,
        by_hand=True,
        data={"from": "accept", "to": "query", "was_moved_by_hand": False},
    )
    undo = bob_client.post(reverse("triage:undo", args=[invitation.pk, alice_event.pk]))
    assert move.status_code == mark.status_code == undo.status_code == 404
    invitation.refresh_from_db()
    assert invitation.queue == Queue.QUERY and invitation.final_action == ""


def test_undo_restores_the_queue_and_the_hand_flag(
    alice_client: Client, alice: User, make_invitation: MakeInvitation, htmx_headers: dict[str, str]
) -> None:
    invitation = make_invitation(alice, sender_name="Undo Me", queue=Queue.QUERY)
    alice_client.post(
        reverse("triage:move", args=[invitation.pk]), {"queue": "decline"}, **htmx_headers
    )
    event = InvitationEvent.objects.get(invitation=invitation, kind=EventKind.MOVED)
    response = alice_client.post(
        reverse("triage:undo", args=[invitation.pk, event.pk]), **htmx_headers
    )
    invitation.refresh_from_db()
    assert invitation.queue == Queue.QUERY and not invitation.moved_by_hand
    body = response.content.decode()
    assert "data-card" in body and "Undo Me" in body and "<html" not in body
    assert "queueCountsChanged" in _triggers(response)
    again = alice_client.post(reverse("triage:undo", args=[invitation.pk, event.pk]))
    assert again.status_code == 302
    invitation.refresh_from_db()
    assert invitation.queue == Queue.QUERY


def test_another_users_event_cannot_be_undone_through_my_invitation(
    alice: User, bob: User, bob_client: Client, make_invitation: MakeInvitation
) -> None:
    alices = make_invitation(alice, queue=Queue.QUERY)
    bobs = make_invitation(bob, queue=Queue.QUERY)
    event = InvitationEvent.objects.create(
        invitation=alices, kind=EventKind.MOVED, data={"from": "accept", "to": "query"}
    )
    response = bob_client.post(reverse("triage:undo", args=[bobs.pk, event.pk]))
    assert response.status_code == 404


def test_marking_accepted_and_undoing_it(
    alice_client: Client, alice: User, make_invitation: MakeInvitation, htmx_headers: dict[str, str]
) -> None:
    invitation = make_invitation(alice, sender_name="Marked", queue=Queue.ACCEPT)
    response = alice_client.post(
        reverse("triage:mark", args=[invitation.pk]), {"action": "accepted"}, **htmx_headers
    )
    invitation.refresh_from_db()
    assert invitation.final_action == FinalAction.ACCEPTED
    assert "Marked as accepted" in response.content.decode()
    event = InvitationEvent.objects.get(invitation=invitation, kind=EventKind.ACTION)
    alice_client.post(reverse("triage:undo", args=[invitation.pk, event.pk]))
    invitation.refresh_from_db()
    assert invitation.final_action == ""


def test_marking_the_reply_sent_starts_outcome_tracking(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    invitation = make_invitation(alice, queue=Queue.QUERY)
    response = alice_client.post(
        reverse("triage:mark", args=[invitation.pk]), {"action": "replied"}
    )
    assert response.status_code == 302
    invitation.refresh_from_db()
    assert invitation.final_action == FinalAction.REPLIED
    assert invitation.outcome == Outcome.AWAITING
    assert invitation.follow_up_due_at is not None
    assert invitation.events.filter(kind=EventKind.REPLY_SENT).exists()


def test_bulk_move_of_selected_ids_only_touches_my_rows(
    alice_client: Client,
    alice: User,
    bob: User,
    make_invitation: MakeInvitation,
    htmx_headers: dict[str, str],
) -> None:
    mine = [make_invitation(alice, queue=Queue.QUERY) for _ in range(3)]
    untouched = make_invitation(alice, queue=Queue.QUERY)
    bobs = make_invitation(bob, queue=Queue.QUERY)
    response = alice_client.post(
        reverse("triage:bulk"),
        {
            "queue": "query",
            "operation": "move:decline",
            "ids": [str(i.pk) for i in mine] + [str(bobs.pk)],
        },
        **htmx_headers,
    )
    body = response.content.decode()
    assert "3 invitations moved to Decline." in body and 'id="results"' in body
    assert "queueCountsChanged" in _triggers(response)
    assert set(Invitation.objects.filter(queue=Queue.DECLINE).values_list("pk", flat=True)) == {
        i.pk for i in mine
    }
    assert all(i.moved_by_hand for i in Invitation.objects.filter(pk__in=[i.pk for i in mine]))
    untouched.refresh_from_db()
    bobs.refresh_from_db()
    assert untouched.queue == bobs.queue == Queue.QUERY
    assert InvitationEvent.objects.filter(kind=EventKind.MOVED).count() == 3


def test_bulk_mark_all_matching_the_filter(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    pitches = [make_invitation(alice, queue=Queue.DECLINE, pitch=True) for _ in range(2)]
    other = make_invitation(alice, queue=Queue.DECLINE)
    response = alice_client.post(
        reverse("triage:bulk"),
        {"queue": "decline", "flag": "pitch", "scope": "matching", "operation": "mark:ignored"},
    )
    assert response.status_code == 302
    assert "flag=pitch" in response["Location"]
    assert {i.final_action for i in Invitation.objects.filter(pk__in=[p.pk for p in pitches])} == {
        FinalAction.IGNORED
    }
    other.refresh_from_db()
    assert other.final_action == ""


def test_bulk_reply_sent_goes_through_outcome_tracking(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    rows = [make_invitation(alice, queue=Queue.QUERY) for _ in range(2)]
    alice_client.post(
        reverse("triage:bulk"),
        {"queue": "query", "operation": "mark:replied", "ids": [str(r.pk) for r in rows]},
    )
    assert set(
        Invitation.objects.filter(pk__in=[r.pk for r in rows]).values_list("outcome", flat=True)
    ) == {Outcome.AWAITING}


def test_bulk_refuses_an_unknown_operation(alice_client: Client) -> None:
    response = alice_client.post(reverse("triage:bulk"), {"operation": "delete:everything"})
    assert response.status_code == 400


def test_nav_marks_the_current_page(alice_client: Client) -> None:
    body = alice_client.get(reverse("triage:dashboard")).content.decode()
    assert f'<a href="{reverse("triage:dashboard")}" aria-current="page">Queues</a>' in body
    replies = alice_client.get(reverse("triage:reply_templates")).content.decode()
    assert (
        f'<a href="{reverse("triage:reply_templates")}" aria-current="page">Replies</a>' in replies
    )


def test_the_dashboard_needs_a_login(client: Client) -> None:
    response = client.get(reverse("triage:dashboard"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_search_input_is_never_search_syntax_and_follows_edits(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    invitation = make_invitation(
        alice, sender_name="Ngozi Adeyemi", queue=Queue.QUERY, message="Hello from Café Lumière"
    )
    for query in ['"', 'a"b', "NEAR(", "*", "OR AND", "-x"]:
        response = alice_client.get(reverse("triage:dashboard"), {"queue": "query", "q": query})
        assert response.status_code == 200
    found = alice_client.get(reverse("triage:dashboard"), {"queue": "query", "q": "cafe lumi"})
    assert [c.invitation.pk for c in found.context["cards"]] == [invitation.pk]
    Invitation.objects.filter(pk=invitation.pk).update(message="Changed entirely")
    gone = alice_client.get(reverse("triage:dashboard"), {"queue": "query", "q": "lumiere"})
    assert gone.context["cards"] == []


def test_a_replied_card_shows_the_outcome_controls_and_links_its_history(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    invitation = make_invitation(alice, queue=Queue.QUERY)
    alice_client.post(reverse("triage:mark", args=[invitation.pk]), {"action": "replied"})
    body = alice_client.get(
        reverse("triage:dashboard"), {"queue": "query", "status": "done"}
    ).content.decode()
    assert "data-outcome-controls" in body
    assert reverse("triage:invitation_detail", args=[invitation.pk]) in body


def test_a_hand_moved_card_says_the_user_moved_it_and_what_was_suggested(
    alice_client: Client, alice: User, make_invitation: MakeInvitation, htmx_headers: dict[str, str]
) -> None:
    invitation = make_invitation(
        alice,
        sender_name="Moved Mo",
        queue=Queue.ACCEPT,
        suggested_queue=Queue.ACCEPT,
        verdict=_verdict(queue="accept", summary="Says you met."),
    )
    response = alice_client.post(
        reverse("triage:move", args=[invitation.pk]), {"queue": "decline"}, **htmx_headers
    )
    assert response.status_code == 200
    body = alice_client.get(reverse("triage:dashboard"), {"queue": "decline"}).content.decode()
    assert "Why decline" not in body
    assert (
        "<strong>You moved this here;</strong> the classifier suggested Accept: Says you met."
        in body
    )
    unmoved = make_invitation(
        alice, queue=Queue.QUERY, verdict=_verdict(summary="No reason given.")
    )
    body = alice_client.get(reverse("triage:dashboard"), {"queue": "query"}).content.decode()
    assert f'id="card-{unmoved.pk}"' in body
    assert "<strong>Why query:</strong> No reason given." in body


def test_an_accept_card_carries_the_thank_you_note(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    make_invitation(alice, sender_name="Tara Quinn", queue=Queue.ACCEPT, verdict=_verdict())
    body = alice_client.get(reverse("triage:dashboard"), {"queue": "accept"}).content.decode()
    assert "Thank-you note, ready to send" in body
    assert "Hi Tara,\n\nThanks for reaching out, I&#x27;m glad to connect." in body
    assert "Accepted and thanked them? Mark accepted" in body
    declined = alice_client.get(reverse("triage:dashboard"), {"queue": "decline"})
    assert "data-reply-text" not in declined.content.decode()


def test_a_query_card_lets_the_user_pick_another_template_without_more_queries(
    alice_client: Client,
    alice: User,
    make_invitation: MakeInvitation,
    django_assert_max_num_queries: Any,
) -> None:
    for n in range(25):
        make_invitation(alice, sender_name=f"Picky {n}", queue=Queue.QUERY, verdict=_verdict())
    alice_client.get(reverse("triage:dashboard"))  # creates the default templates
    ReplyTemplate.objects.create(
        owner=alice,
        kind=ReplyKind.CUSTOM,
        name="Short ask",
        body="Hi {first_name}, how do we know each other?",
    )
    ReplyTemplate.objects.create(
        owner=alice, kind=ReplyKind.QUERY, name="Broken", body="Hi {nickname}"
    )
    with django_assert_max_num_queries(8):
        response = alice_client.get(reverse("triage:dashboard"), {"queue": "query"})
    body = response.content.decode()
    card = body.split('<li class="card ')[1]
    assert "data-reply-choice" in card
    query = ReplyTemplate.objects.get(owner=alice, kind=ReplyKind.QUERY, is_default=True)
    short = ReplyTemplate.objects.get(owner=alice, name="Short ask")
    # The default query template is chosen; the others are offered, filled in for this sender.
    assert f'<option value="{query.pk}" data-reply="Hi Picky' in card
    assert "selected>How are we connected?</option>" in card
    assert f'<option value="{short.pk}" data-reply="Hi Picky' in card
    assert "how do we know each other?" in card
    assert "Broken" not in card  # a body with a hole is never offered


def test_a_bulk_action_can_be_undone_from_its_notice(
    alice_client: Client,
    bob_client: Client,
    alice: User,
    make_invitation: MakeInvitation,
    htmx_headers: dict[str, str],
) -> None:
    rows = [make_invitation(alice, queue=Queue.QUERY) for _ in range(2)]
    earlier = make_invitation(alice, queue=Queue.ACCEPT)
    response = alice_client.post(
        reverse("triage:bulk"),
        {
            "queue": "query",
            "operation": "move:decline",
            "ids": [str(r.pk) for r in rows] + [str(earlier.pk)],
        },
        **htmx_headers,
    )
    body = response.content.decode()
    assert "3 invitations moved to Decline." in body
    found = re.search(r'name="undo_bulk" value="(\w+)"', body)
    assert found and 'id="bulk-undo"' in body and 'aria-keyshortcuts="u"' in body
    bulk_id = found.group(1)

    stolen = bob_client.post(
        reverse("triage:bulk"), {"queue": "query", "undo_bulk": bulk_id}, **htmx_headers
    )
    assert stolen.status_code == 404
    assert set(Invitation.objects.values_list("queue", flat=True)) == {Queue.DECLINE}

    undone = alice_client.post(
        reverse("triage:bulk"), {"queue": "query", "undo_bulk": bulk_id}, **htmx_headers
    )
    assert undone.status_code == 200
    assert "Undone: 3 invitations back as they were." in undone.content.decode()
    assert "queueCountsChanged" in _triggers(undone)
    assert 'name="undo_bulk"' not in undone.content.decode()
    for row in [*rows, earlier]:
        before = row.queue
        row.refresh_from_db()
        assert row.queue == before and not row.moved_by_hand

    again = alice_client.post(reverse("triage:bulk"), {"queue": "query", "undo_bulk": bulk_id})
    assert again.status_code == 302
    assert "?queue=query" in again["Location"]


def test_bulk_reply_sent_offers_no_undo(
    alice_client: Client, alice: User, make_invitation: MakeInvitation, htmx_headers: dict[str, str]
) -> None:
    row = make_invitation(alice, queue=Queue.QUERY)
    response = alice_client.post(
        reverse("triage:bulk"),
        {"queue": "query", "operation": "mark:replied", "ids": [str(row.pk)]},
        **htmx_headers,
    )
    assert "1 invitation reply marked as sent" in response.content.decode()
    assert 'name="undo_bulk"' not in response.content.decode()


def test_the_move_notice_is_announced_once(
    alice_client: Client, alice: User, make_invitation: MakeInvitation, htmx_headers: dict[str, str]
) -> None:
    invitation = make_invitation(alice, queue=Queue.QUERY)
    body = alice_client.post(
        reverse("triage:move", args=[invitation.pk]), {"queue": "accept"}, **htmx_headers
    ).content.decode()
    # triage.js reads the notice into the page's one live region; the placeholder is not one.
    assert 'role="status"' not in body and "aria-live" not in body


def test_a_first_visit_welcomes_and_hides_the_bulk_bar(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    body = alice_client.get(reverse("triage:dashboard")).content.decode()
    assert "Welcome!" in body
    assert f'href="{reverse("triage:import")}"' in body
    assert f'href="{reverse("accounts:profile")}"' in body
    assert 'aria-label="Act on several invitations at once" hidden' in body
    assert "Nothing left here." not in body

    make_invitation(alice, queue=Queue.ACCEPT, final_action=FinalAction.ACCEPTED)
    done = alice_client.get(reverse("triage:dashboard")).content.decode()
    assert "Welcome!" not in done and "Nothing left here." in done
    assert 'aria-label="Act on several invitations at once" hidden' not in done


def test_the_card_is_named_by_the_sender_alone(
    alice_client: Client, alice: User, make_invitation: MakeInvitation
) -> None:
    invitation = make_invitation(alice, sender_name="Ona Ibe", queue=Queue.ACCEPT)
    body = alice_client.get(reverse("triage:dashboard"), {"queue": "accept"}).content.decode()
    assert f'aria-labelledby="card-{invitation.pk}-name"' in body
    assert f'<span id="card-{invitation.pk}-name">Ona Ibe</span>' in body


def test_the_add_panel_summary_is_plain_text_with_a_hidden_plus(alice_client: Client) -> None:
    body = alice_client.get(reverse("triage:dashboard")).content.decode()
    summary = body[body.index('<summary class="add-summary">') :]
    summary = summary[: summary.index("</summary>")]
    assert '<span class="add-plus" aria-hidden="true">+</span>' in summary
    assert "<h2" not in summary and "＋" not in body


def test_times_under_a_minute_read_just_now(
    alice_client: Client,
    alice: User,
    make_invitation: MakeInvitation,
    make_batch: Callable,
) -> None:
    make_batch(alice, imported_count=1)
    make_invitation(alice, queue=Queue.QUERY, sent_at=timezone.now())
    body = alice_client.get(reverse("triage:dashboard"), {"queue": "query"}).content.decode()
    assert "0\xa0minutes ago" not in body and "0 minutes ago" not in body
    assert "Pasted text · just now" in body
    assert ">just now</time>" in body


def test_the_pages_link_a_favicon_that_exists(alice_client: Client) -> None:
    body = alice_client.get(reverse("triage:dashboard")).content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in body
    from django.contrib.staticfiles import finders

    assert finders.find("favicon.svg")
