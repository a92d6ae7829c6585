"""Views for outcomes: each as a full page and as an HTMX fragment; bob never sees alice's."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from triage.models import EventKind, FinalAction, ImportSource, Invitation, InvitationEvent, Outcome
from triage.services import outcomes

MakeInvitation = Callable[..., Invitation]
POST_ENDPOINTS = [
    ("triage:outcome_reply_sent", {}),
    ("triage:record_outcome", {"outcome": "explained"}),
    ("triage:reopen_outcome", {}),
    ("triage:decide_after_answer", {"decision": "accept"}),
    ("triage:paste_answer", {"answer": "We met at the Leeds meetup."}),
]


@pytest.fixture
def queried(alice: User, make_invitation: MakeInvitation) -> Invitation:
    return make_invitation(
        alice,
        sender_name="Dana Reyes",
        sender_headline="QA lead at Northwind",
        sender_profile_url="https://www.linkedin.com/in/dana-reyes",
        message="Hi Alice, I'd like to connect.",
    )


@pytest.fixture
def awaiting(queried: Invitation) -> Invitation:
    return outcomes.mark_reply_sent(queried, at=timezone.now() - timedelta(days=3))


def _triggers(response: object) -> dict:
    header = response.headers.get("HX-Trigger", "")  # type: ignore[attr-defined]
    return json.loads(header) if header.startswith("{") else {header: None}


# --- invitation detail -------------------------------------------------------------------


def test_detail_shows_the_invitation_and_its_history_in_order(
    alice: User, alice_client: Client, make_batch: Callable, make_invitation: MakeInvitation
) -> None:
    batch = make_batch(alice, source=ImportSource.PASTE, filename="march.txt")
    row = make_invitation(alice, sender_name="Dana Reyes", batch=batch, queue="query")
    InvitationEvent.objects.create(
        invitation=row, kind=EventKind.IMPORTED, data={"batch": batch.pk, "source": "paste"}
    )
    InvitationEvent.objects.create(
        invitation=row,
        kind=EventKind.CLASSIFIED,
        data={"queue": "accept", "summary": "Says they met you."},
    )
    InvitationEvent.objects.create(
        invitation=row, kind=EventKind.MOVED, by_hand=True, data={"from": "accept", "to": "query"}
    )
    outcomes.mark_reply_sent(row)
    outcomes.save_answer(row, "Oops, wrong Alice, sorry!")
    outcomes.record_outcome(row, Outcome.APOLOGISED, suggested=Outcome.APOLOGISED)

    response = alice_client.get(reverse("triage:invitation_detail", args=[row.pk]))

    assert response.status_code == 200
    page = response.content.decode()
    expected_in_order = [
        f"in import #{batch.pk} (Pasted text), march.txt",
        "Classified: Accept",
        "Says they met you.",
        "Moved from Accept to Query",
        "Reply sent",
        "Answer pasted",
        "Oops, wrong Alice, sorry!",
        "suggested Apologised / mistake from “wrong Alice”",
        "Outcome: Apologised / mistake",
        "as the app suggested",
    ]
    positions = [page.find(text) for text in expected_in_order]
    assert -1 not in positions, dict(zip(expected_in_order, positions, strict=True))
    assert positions == sorted(positions)
    assert f'href="{reverse("triage:batch", args=[batch.pk])}"' in page
    assert "data-outcome-keys" in page  # keys are live on this page
    assert "js/outcomes.js" in page


def test_detail_offers_reply_sent_when_no_reply_yet(
    alice_client: Client, queried: Invitation
) -> None:
    page = alice_client.get(reverse("triage:invitation_detail", args=[queried.pk])).content

    assert b"Mark reply sent" in page
    assert b'data-outcome-key="s"' in page


def test_detail_is_404_for_another_user(bob_client: Client, queried: Invitation) -> None:
    response = bob_client.get(reverse("triage:invitation_detail", args=[queried.pk]))

    assert response.status_code == 404


def test_detail_needs_login(client: Client, queried: Invitation) -> None:
    response = client.get(reverse("triage:invitation_detail", args=[queried.pk]))

    assert response.status_code == 302


# --- the POST endpoints: fragment, page fallback, ownership -------------------------------


def test_reply_sent_as_fragment_swaps_in_the_awaiting_controls(
    alice_client: Client, queried: Invitation, htmx_headers: dict
) -> None:
    url = reverse("triage:outcome_reply_sent", args=[queried.pk])

    response = alice_client.post(url, {"reply_button": "1"}, **htmx_headers)

    assert response.status_code == 200
    body = response.content.decode()
    assert body.lstrip().startswith('<div class="outcome-controls outcome-awaiting"')
    assert "<html" not in body
    assert "Awaiting answer" in body
    assert "queueCountsChanged" in _triggers(response)
    queried.refresh_from_db()
    assert queried.outcome == Outcome.AWAITING


def test_reply_sent_without_htmx_redirects_back(alice_client: Client, queried: Invitation) -> None:
    url = reverse("triage:outcome_reply_sent", args=[queried.pk])

    response = alice_client.post(url, {"next": "/awaiting/"})

    assert response.status_code == 302
    assert response["Location"] == "/awaiting/"


def test_a_foreign_next_url_is_ignored(alice_client: Client, queried: Invitation) -> None:
    url = reverse("triage:outcome_reply_sent", args=[queried.pk])

    response = alice_client.post(url, {"next": "https://evil.example/"})

    assert response["Location"] == reverse("triage:invitation_detail", args=[queried.pk])


@pytest.mark.parametrize(
    ("outcome", "action", "shown"),
    [
        ("explained", FinalAction.REPLIED, "Now:"),
        ("apologised", FinalAction.IGNORED, "A mistake on their side"),
        ("curt", FinalAction.IGNORED, "Declined: invitation ignored."),
        ("expired", FinalAction.IGNORED, "No answer: expired"),
    ],
)
def test_record_each_outcome_as_fragment(
    alice_client: Client,
    awaiting: Invitation,
    htmx_headers: dict,
    outcome: str,
    action: str,
    shown: str,
) -> None:
    url = reverse("triage:record_outcome", args=[awaiting.pk])

    response = alice_client.post(url, {"outcome": outcome}, **htmx_headers)

    assert response.status_code == 200
    assert shown in response.content.decode()
    assert "Change the outcome" in response.content.decode()
    assert "queueCountsChanged" in _triggers(response)
    awaiting.refresh_from_db()
    assert (awaiting.outcome, awaiting.final_action) == (outcome, action)


def test_record_outcome_without_htmx_flashes_and_redirects(
    alice_client: Client, awaiting: Invitation
) -> None:
    url = reverse("triage:record_outcome", args=[awaiting.pk])

    response = alice_client.post(url, {"outcome": "curt"}, follow=True)

    assert response.redirect_chain[-1][0] == reverse("triage:invitation_detail", args=[awaiting.pk])
    assert "Recorded: a curt or hurt answer. Declined." in response.content.decode()


def test_an_outcome_before_the_reply_is_refused_with_a_clear_message(
    alice_client: Client, queried: Invitation, htmx_headers: dict
) -> None:
    url = reverse("triage:record_outcome", args=[queried.pk])

    response = alice_client.post(url, {"outcome": "explained"}, **htmx_headers)

    assert response.status_code == 422
    assert "No reply has been sent yet" in response.content.decode()
    assert "HX-Trigger" not in response.headers
    queried.refresh_from_db()
    assert queried.outcome == Outcome.NONE


def test_a_refused_outcome_without_htmx_flashes_the_error(
    alice_client: Client, queried: Invitation
) -> None:
    url = reverse("triage:record_outcome", args=[queried.pk])

    response = alice_client.post(url, {"outcome": "explained"}, follow=True)

    assert "No reply has been sent yet" in response.content.decode()


def test_a_second_outcome_needs_the_change_control(
    alice_client: Client, awaiting: Invitation, htmx_headers: dict
) -> None:
    url = reverse("triage:record_outcome", args=[awaiting.pk])
    alice_client.post(url, {"outcome": "explained"}, **htmx_headers)

    refused = alice_client.post(url, {"outcome": "curt"}, **htmx_headers)
    corrected = alice_client.post(url, {"outcome": "curt", "correcting": "1"}, **htmx_headers)

    assert refused.status_code == 422
    assert "use Change to correct it" in refused.content.decode()
    assert corrected.status_code == 200
    awaiting.refresh_from_db()
    assert awaiting.outcome == Outcome.CURT


def test_reopen_as_fragment_and_page(
    alice_client: Client, awaiting: Invitation, htmx_headers: dict
) -> None:
    outcomes.record_outcome(awaiting, Outcome.CURT)
    url = reverse("triage:reopen_outcome", args=[awaiting.pk])

    fragment = alice_client.post(url, **htmx_headers)
    assert fragment.status_code == 200
    assert "Awaiting answer" in fragment.content.decode()

    again = alice_client.post(url, follow=True)
    assert "There is no recorded outcome to reopen." in again.content.decode()


def test_decide_after_explanation_as_fragment_and_page(
    alice_client: Client, awaiting: Invitation, htmx_headers: dict
) -> None:
    outcomes.record_outcome(awaiting, Outcome.EXPLAINED)
    url = reverse("triage:decide_after_answer", args=[awaiting.pk])

    fragment = alice_client.post(url, {"decision": "accept"}, **htmx_headers)
    assert fragment.status_code == 200
    assert "You accepted." in fragment.content.decode()

    page = alice_client.post(url, {"decision": "decline"}, follow=True)
    assert "Declined." in page.content.decode()
    awaiting.refresh_from_db()
    assert awaiting.final_action == FinalAction.IGNORED


def test_decide_refuses_a_made_up_decision(
    alice_client: Client, awaiting: Invitation, htmx_headers: dict
) -> None:
    outcomes.record_outcome(awaiting, Outcome.EXPLAINED)
    url = reverse("triage:decide_after_answer", args=[awaiting.pk])

    response = alice_client.post(url, {"decision": "maybe"}, **htmx_headers)

    assert response.status_code == 422


def test_paste_answer_as_fragment_shows_the_suggestion_to_confirm(
    alice_client: Client, awaiting: Invitation, htmx_headers: dict
) -> None:
    url = reverse("triage:paste_answer", args=[awaiting.pk])

    response = alice_client.post(
        url, {"answer": "Never mind, forget it.", "answer_open": "1"}, **htmx_headers
    )

    assert response.status_code == 200
    body = response.content.decode()
    assert "Suggested:" in body
    assert "<mark>Never mind</mark>" in body
    assert 'name="suggested" value="curt"' in body
    assert 'value="curt" class="button small outcome-button tone-curt is-suggested"' in body
    awaiting.refresh_from_db()
    assert awaiting.outcome == Outcome.AWAITING  # nothing decided until the user confirms


def test_paste_answer_with_no_clue_says_so(
    alice_client: Client, awaiting: Invitation, htmx_headers: dict
) -> None:
    url = reverse("triage:paste_answer", args=[awaiting.pk])

    response = alice_client.post(
        url, {"answer": "Thanks for the message, have a lovely weekend!"}, **htmx_headers
    )

    assert "gives no clear sign" in response.content.decode()


def test_paste_answer_without_htmx_redirects_and_the_page_keeps_the_suggestion(
    alice_client: Client, awaiting: Invitation
) -> None:
    url = reverse("triage:paste_answer", args=[awaiting.pk])

    response = alice_client.post(url, {"answer": "We met at the PTF dinner."}, follow=True)

    body = response.content.decode()
    assert "It looks like: Explained" in body
    assert "<mark>We met at</mark>" in body


def test_paste_an_empty_answer_is_refused(
    alice_client: Client, awaiting: Invitation, htmx_headers: dict
) -> None:
    url = reverse("triage:paste_answer", args=[awaiting.pk])

    response = alice_client.post(url, {"answer": "  "}, **htmx_headers)

    assert response.status_code == 422
    assert "Paste their answer first." in response.content.decode()


@pytest.mark.parametrize(("name", "data"), POST_ENDPOINTS)
def test_every_post_endpoint_is_404_for_another_user(
    bob_client: Client, awaiting: Invitation, htmx_headers: dict, name: str, data: dict
) -> None:
    outcomes.record_outcome(awaiting, Outcome.EXPLAINED)
    before = list(awaiting.events.values_list("id", flat=True))

    page = bob_client.post(reverse(name, args=[awaiting.pk]), data)
    fragment = bob_client.post(reverse(name, args=[awaiting.pk]), data, **htmx_headers)

    assert page.status_code == fragment.status_code == 404
    assert list(awaiting.events.values_list("id", flat=True)) == before


@pytest.mark.parametrize(("name", "data"), POST_ENDPOINTS)
def test_every_post_endpoint_refuses_get(
    alice_client: Client, awaiting: Invitation, name: str, data: dict
) -> None:
    assert alice_client.get(reverse(name, args=[awaiting.pk])).status_code == 405


# --- awaiting list and overdue badge ------------------------------------------------------


@pytest.fixture
def waiting_rows(alice: User, bob: User, make_invitation: MakeInvitation) -> dict[str, Invitation]:
    now = timezone.now()
    old = make_invitation(alice, sender_name="Old Wait")
    outcomes.mark_reply_sent(old, at=now - timedelta(days=20))
    Invitation.objects.filter(pk=old.pk).update(overdue=True)
    fresh = make_invitation(alice, sender_name="Fresh Wait")
    outcomes.mark_reply_sent(fresh, at=now - timedelta(days=2))
    done = outcomes.mark_reply_sent(make_invitation(alice, sender_name="Already Done"))
    outcomes.record_outcome(done, Outcome.CURT)
    outcomes.mark_reply_sent(make_invitation(bob, sender_name="Bobs Wait"))
    return {"old": old, "fresh": fresh, "done": done}


def test_awaiting_page_lists_waits_longest_first_with_days(
    alice_client: Client, waiting_rows: dict
) -> None:
    response = alice_client.get(reverse("triage:awaiting"))

    assert response.status_code == 200
    page = response.content.decode()
    assert page.index("Old Wait") < page.index("Fresh Wait")
    assert "Already Done" not in page
    assert "Bobs Wait" not in page
    assert '<span class="wait-days">20</span>' in page
    assert '<span class="wait-days">2</span>' in page
    assert "⚠ Overdue" in page
    assert "<html" in page


def test_awaiting_fragment_and_overdue_filter(
    alice_client: Client, waiting_rows: dict, htmx_headers: dict
) -> None:
    response = alice_client.get(reverse("triage:awaiting") + "?show=overdue", **htmx_headers)

    body = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in body
    assert body.lstrip().startswith('<div id="awaiting-list"')
    assert "Old Wait" in body
    assert "Fresh Wait" not in body


def test_awaiting_shows_nothing_of_alices_to_bob(bob_client: Client, waiting_rows: dict) -> None:
    page = bob_client.get(reverse("triage:awaiting")).content.decode()

    assert "Bobs Wait" in page
    assert "Old Wait" not in page and "Fresh Wait" not in page


def test_awaiting_empty_state(alice_client: Client) -> None:
    page = alice_client.get(reverse("triage:awaiting")).content.decode()

    assert "No replies waiting." in page


def test_overdue_badge_counts_only_the_users_overdue(
    alice_client: Client, bob_client: Client, waiting_rows: dict, htmx_headers: dict
) -> None:
    alices = alice_client.get(reverse("triage:overdue_badge"), **htmx_headers).content.decode()
    bobs = bob_client.get(reverse("triage:overdue_badge")).content.decode()

    assert "<strong>1</strong> overdue follow-up" in alices
    assert "?show=overdue" in alices
    assert "No overdue follow-ups" in bobs


def test_overdue_badge_include_renders_a_given_count_without_loading() -> None:
    from django.template.loader import render_to_string

    given = render_to_string("triage/_overdue_badge.html", {"overdue_count": 3})
    lazy = render_to_string("triage/_overdue_badge.html", {})

    assert "<strong>3</strong> overdue follow-ups" in given
    assert 'hx-trigger="queueCountsChanged from:body"' in given
    assert 'hx-trigger="load, queueCountsChanged from:body"' in lazy


def test_the_include_renders_alone_on_a_card(alice: User, awaiting: Invitation, rf: object) -> None:
    from django.template.loader import render_to_string

    request = rf.get("/")  # type: ignore[attr-defined]
    request.user = alice
    html = render_to_string("triage/_outcome_controls.html", {"invitation": awaiting}, request)

    assert f'hx-post="{reverse("triage:record_outcome", args=[awaiting.pk])}"' in html
    assert 'hx-target="closest [data-outcome-controls]"' in html
    assert "Explained" in html and "No answer" in html


# --- stats -------------------------------------------------------------------------------


def test_stats_page_draws_accessible_charts(
    alice: User, alice_client: Client, waiting_rows: dict
) -> None:
    response = alice_client.get(reverse("triage:stats"))

    assert response.status_code == 200
    page = response.content.decode()
    for chart in ("chart-queues", "chart-actions", "chart-outcomes", "chart-trend"):
        assert f'id="{chart}" role="img"' in page
        assert f'<title id="{chart}-title">' in page
        assert f'<desc id="{chart}-desc">' in page
    assert 'data-kpi="replied">3<' in page
    assert "Curt or hurt: 1 of 3" in page  # the outcome chart's description
    assert reverse("triage:export_csv") in page


def test_stats_are_each_users_own(bob_client: Client, waiting_rows: dict) -> None:
    page = bob_client.get(reverse("triage:stats")).content.decode()

    assert 'data-kpi="total">1<' in page
    assert 'data-kpi="replied">1<' in page


def test_stats_empty_account(alice_client: Client) -> None:
    page = alice_client.get(reverse("triage:stats")).content.decode()

    assert "No data yet." in page
    assert 'data-kpi="median">—<' in page


def test_nav_links_to_awaiting_and_stats(alice_client: Client) -> None:
    page = alice_client.get(reverse("triage:stats")).content.decode()

    assert f'href="{reverse("triage:awaiting")}"' in page
    assert f'href="{reverse("triage:stats")}" aria-current="page"' in page
    assert "css/outcomes.css" in page
