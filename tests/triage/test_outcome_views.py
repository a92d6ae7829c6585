"""Views for outcomes: each as a full page and as an HTMX fragment; bob never sees alice's."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from triage.models import EventKind, FinalAction, ImportSource, Invitation, InvitationEvent, Outcome
from triage.services import outcomes
from triage.services import triage as triage_service

MakeInvitation = Callable[..., Invitation]
POST_ENDPOINTS = [
    ("triage:outcome_reply_sent", {}),
    ("triage:outcome_reply_sent", {"sent_on": "2026-01-05"}),
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


def _chart(page: str, chart_id: str) -> str:
    match = re.search(rf'<svg[^>]* id="{chart_id}".*?</svg>', page, re.S)
    assert match, chart_id
    return match.group()


# --- the overdue count on the dashboard ------------------------------------------------------


def test_the_dashboard_shows_the_overdue_badge_which_refreshes_itself(
    alice_client: Client, bob_client: Client, waiting_rows: dict, htmx_headers: dict
) -> None:
    page = alice_client.get(reverse("triage:dashboard")).content.decode()

    badge = re.search(r'<a id="overdue-badge"[^>]*>', page)
    assert badge, "the dashboard includes the overdue badge"
    assert f'hx-get="{reverse("triage:overdue_badge")}"' in badge.group()
    assert 'hx-trigger="load, queueCountsChanged from:body"' in badge.group()
    # What it loads: alice's one overdue reply, and nothing of hers for bob.
    loaded = alice_client.get(reverse("triage:overdue_badge"), **htmx_headers).content.decode()
    assert "<strong>1</strong> overdue follow-up" in loaded
    assert (
        "No overdue follow-ups" in bob_client.get(reverse("triage:overdue_badge")).content.decode()
    )


def test_recording_an_outcome_tells_the_badge_to_refresh(
    alice_client: Client, waiting_rows: dict, htmx_headers: dict
) -> None:
    url = reverse("triage:record_outcome", args=[waiting_rows["old"].pk])

    response = alice_client.post(url, {"outcome": "expired"}, **htmx_headers)

    assert "queueCountsChanged" in _triggers(response)
    badge = alice_client.get(reverse("triage:overdue_badge"), **htmx_headers).content.decode()
    assert "No overdue follow-ups" in badge


# --- a pasted answer's suggestion stays on the awaiting list ------------------------------


def test_pasting_an_answer_moves_no_count_so_sends_no_refresh(
    alice_client: Client, awaiting: Invitation, htmx_headers: dict
) -> None:
    url = reverse("triage:paste_answer", args=[awaiting.pk])

    response = alice_client.post(url, {"answer": "Oh no, wrong person, sorry!"}, **htmx_headers)

    assert response.status_code == 200
    assert "HX-Trigger" not in response.headers


@pytest.mark.parametrize("as_fragment", [False, True])
def test_the_awaiting_list_shows_each_rows_suggestion(
    alice_client: Client, awaiting: Invitation, htmx_headers: dict, as_fragment: bool
) -> None:
    outcomes.save_answer(awaiting, "Oh no, wrong person, sorry!")
    headers = htmx_headers if as_fragment else {}

    body = alice_client.get(reverse("triage:awaiting"), **headers).content.decode()

    assert "<mark>wrong person</mark>" in body
    assert (
        'value="apologised" class="button small outcome-button tone-apologised is-suggested"'
        in body
    )
    assert 'name="suggested" value="apologised"' in body


def test_the_awaiting_list_gives_each_row_the_outcome_keys(
    alice_client: Client, waiting_rows: dict
) -> None:
    page = alice_client.get(reverse("triage:awaiting")).content.decode()

    for row in (waiting_rows["old"], waiting_rows["fresh"]):
        assert f'id="awaiting-{row.pk}" data-outcome-keys' in page
    assert page.count("data-outcome-keys") == 2
    assert "js/outcomes.js" in page
    assert "<kbd>J</kbd>/<kbd>K</kbd> next/previous reply" in page


# --- the date a reply was sent --------------------------------------------------------------

TODAY = datetime(2026, 6, 20, 15, 0, tzinfo=UTC)


@pytest.fixture
def received(queried: Invitation) -> Invitation:
    Invitation.objects.filter(pk=queried.pk).update(sent_at=datetime(2026, 6, 1, 9, tzinfo=UTC))
    queried.refresh_from_db()
    return queried


@time_machine.travel(TODAY, tick=False)
def test_the_reply_form_offers_a_date_within_bounds(
    alice_client: Client, received: Invitation
) -> None:
    page = alice_client.get(reverse("triage:invitation_detail", args=[received.pk])).content
    field = re.search(rb'<input type="date"[^>]*name="sent_on"[^>]*>', page)

    assert field
    assert b'max="2026-06-20"' in field.group()
    assert b'min="2026-06-01"' in field.group()


@time_machine.travel(TODAY, tick=False)
def test_a_reply_sent_on_an_earlier_day_waits_from_that_day(
    alice: User, alice_client: Client, received: Invitation, htmx_headers: dict
) -> None:
    url = reverse("triage:outcome_reply_sent", args=[received.pk])

    response = alice_client.post(
        url, {"sent_on": "2026-06-10", "reply_button": "1"}, **htmx_headers
    )

    assert response.status_code == 200
    received.refresh_from_db()
    assert received.reply_sent_at == datetime(2026, 6, 10, 12, tzinfo=UTC)  # alice is on UTC
    assert received.follow_up_due_at == received.reply_sent_at + timedelta(days=14)
    assert received.events.get(kind=EventKind.REPLY_SENT).at == received.reply_sent_at


@time_machine.travel(TODAY, tick=False)
def test_an_empty_reply_date_means_now(alice_client: Client, received: Invitation) -> None:
    alice_client.post(reverse("triage:outcome_reply_sent", args=[received.pk]), {"sent_on": ""})

    received.refresh_from_db()
    assert received.reply_sent_at == TODAY


@pytest.mark.parametrize(
    ("sent_on", "message"),
    [
        ("2026-06-21", "That date is in the future"),
        ("2026-05-31", "The invitation arrived on 1 Jun 2026"),
        ("last tuesday", "Give the date the reply was sent as a date"),
        ("2026-02-30", "Give the date the reply was sent as a date"),
    ],
)
@time_machine.travel(TODAY, tick=False)
def test_a_wrong_reply_date_is_refused_with_a_clear_message(
    alice_client: Client, received: Invitation, htmx_headers: dict, sent_on: str, message: str
) -> None:
    url = reverse("triage:outcome_reply_sent", args=[received.pk])

    fragment = alice_client.post(url, {"sent_on": sent_on, "reply_button": "1"}, **htmx_headers)
    page = alice_client.post(url, {"sent_on": sent_on}, follow=True)

    assert fragment.status_code == 422
    assert message in fragment.content.decode()
    assert 'name="sent_on"' in fragment.content.decode()  # the form is still there to fix it
    assert "HX-Trigger" not in fragment.headers
    assert message in page.content.decode()
    received.refresh_from_db()
    assert (received.outcome, received.reply_sent_at) == (Outcome.NONE, None)


def test_a_pasted_answer_with_nul_characters_is_refused(
    alice_client: Client, awaiting: Invitation, htmx_headers: dict
) -> None:
    url = reverse("triage:paste_answer", args=[awaiting.pk])

    response = alice_client.post(url, {"answer": "We met\x00 at PTF"}, **htmx_headers)

    assert response.status_code == 422
    assert "invisible NUL characters" in response.content.decode()
    assert not awaiting.events.filter(kind=EventKind.ANSWER).exists()


# --- closing a wait by accepting: what the pages say -----------------------------------------


def test_a_wait_closed_by_accepting_says_so_on_its_page(
    alice_client: Client, awaiting: Invitation
) -> None:
    triage_service.mark_action(awaiting, FinalAction.ACCEPTED)

    page = alice_client.get(reverse("triage:invitation_detail", args=[awaiting.pk])).content

    assert "No answer: expired, invitation accepted." in page.decode()
    assert "the wait ended when you marked it accepted on the network" in page.decode()
    assert "Back to awaiting" in page.decode()


# --- stats: overrides at 0%, shares and medians by month -------------------------------------


def test_classified_invitations_with_no_override_show_zero_percent(
    alice: User, alice_client: Client, make_invitation: MakeInvitation
) -> None:
    make_invitation(alice, queue="accept", suggested_queue="accept", met_in_person=True)

    chart = _chart(alice_client.get(reverse("triage:stats")).content.decode(), "chart-overrides")

    assert "No data yet." not in chart
    assert "0% (0 of 1)" in chart


def test_the_stats_page_draws_shares_and_median_waits_by_month(
    alice: User, alice_client: Client, make_invitation: MakeInvitation
) -> None:
    with time_machine.travel(datetime(2026, 6, 20, 12, tzinfo=UTC), tick=False):
        april = datetime(2026, 4, 2, 9, tzinfo=UTC)
        for outcome, wait in [(Outcome.EXPLAINED, 2), (Outcome.CURT, 4), (None, None)]:
            row = outcomes.mark_reply_sent(make_invitation(alice, sent_at=None), at=april)
            if outcome and wait:
                outcomes.record_outcome(row, outcome, at=april + timedelta(days=wait))

        page = alice_client.get(reverse("triage:stats")).content.decode()

    shares = _chart(page, "chart-trend-shares")
    assert 'role="img"' in shares
    assert "Apr 26: Explained 33%, Curt or hurt 33%, Awaiting an answer 33%" in shares
    assert ">100%</text>" in shares
    wait = _chart(page, "chart-trend-wait")
    assert "Apr 26: 3 days" in wait  # the mean of the middle two of 2 and 4 days
    assert ">3 days</text>" in wait
    april_row = re.search(r'<tr><th scope="row">Apr 2026</th>.*?</tr>', page)
    assert april_row
    assert '<td>1 <span class="muted">(33%)</span></td>' in april_row.group()
    assert "<td>3</td><td>3 days</td>" in april_row.group()
