"""Hostile data and garbage requests: what a sender writes renders inert everywhere it shows,
and no query string or POST body can make a page fail with a server error."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from accounts.models import Connection, User
from tests.importers.conftest import NEW_HEADER
from triage.models import ImportBatch, Invitation
from triage.services import outcomes

pytestmark = pytest.mark.django_db

SCRIPT = "<script>alert(1)</script>"
BREAKOUT = '"><img src=x onerror=alert(1)>'
PAYLOADS = (SCRIPT, BREAKOUT, "<svg onload=alert(1)>")


def _hostile_export() -> bytes:
    """An invitations CSV whose every sender-written field carries a payload."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(NEW_HEADER.split(","))
    writer.writerow(
        [
            f"Eve {SCRIPT} {BREAKOUT}",
            "Alice Archer",
            "1/5/25, 9:30 AM",
            f"Hi Alice, we met at Northwind {SCRIPT} {BREAKOUT} <svg onload=alert(1)>",
            "INCOMING",
            "javascript:alert(1)",
            "https://www.linkedin.com/in/alice",
        ]
    )
    return buffer.getvalue().encode()


@pytest.fixture
def hostile(alice: User, alice_client: Client) -> Invitation:
    upload = SimpleUploadedFile("Invitations.csv", _hostile_export(), content_type="text/csv")
    response = alice_client.post(reverse("triage:import_upload"), {"files": upload})
    assert response.status_code == 302
    invitation = Invitation.objects.get(owner=alice)
    assert SCRIPT in invitation.sender_name and BREAKOUT in invitation.message
    # Sent, then answered with more of the same, so it shows on the awaiting and stats pages.
    outcomes.mark_reply_sent(invitation)
    outcomes.save_answer(invitation, f"Who? {SCRIPT} {BREAKOUT}")
    return invitation


def _pages(invitation: Invitation) -> dict[str, str]:
    query = invitation.queue
    return {
        "dashboard": f"{reverse('triage:dashboard')}?queue={query}&status=all",
        "dashboard search": f"{reverse('triage:dashboard')}?q=Eve&status=all&queue={query}",
        "detail": reverse("triage:invitation_detail", args=[invitation.pk]),
        "awaiting": reverse("triage:awaiting"),
        "stats": reverse("triage:stats"),
        "batch": reverse("triage:batch", args=[invitation.batch_id]),
        "import": reverse("triage:import"),
        "replies": reverse("triage:reply_templates"),
    }


@pytest.mark.parametrize(
    "page",
    ["dashboard", "dashboard search", "detail", "awaiting", "stats", "batch", "import", "replies"],
)
def test_sender_text_renders_inert(
    page: str, hostile: Invitation, alice_client: Client, htmx_headers: dict
) -> None:
    url = _pages(hostile)[page]

    for response in (alice_client.get(url), alice_client.get(url, **htmx_headers)):
        html = response.content.decode()
        assert response.status_code == 200
        for payload in PAYLOADS:
            assert payload not in html
        assert "javascript:" not in html


def test_the_card_fragment_after_a_move_is_inert(
    hostile: Invitation, alice_client: Client, htmx_headers: dict
) -> None:
    other = "accept" if hostile.queue != "accept" else "decline"
    url = reverse("triage:move", args=[hostile.pk])

    html = alice_client.post(url, {"queue": other}, **htmx_headers).content.decode()

    assert "Eve" in html
    for payload in PAYLOADS:
        assert payload not in html
    assert "&lt;script&gt;" in html


def test_the_detail_page_shows_the_name_escaped_and_no_script_link(
    hostile: Invitation, alice_client: Client
) -> None:
    html = alice_client.get(reverse("triage:invitation_detail", args=[hostile.pk])).content
    page = html.decode()

    assert "Eve &lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="javascript' not in page


def test_an_imported_profile_link_that_is_not_a_web_address_is_dropped(
    hostile: Invitation,
) -> None:
    assert hostile.sender_profile_url == ""


def test_an_imported_connection_link_that_is_not_a_web_address_is_dropped(
    alice: User, alice_client: Client
) -> None:
    connections = (
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Mal,Ory,javascript:alert(1),,Evil,,09 Sep 2022\n"
        "Dee,Ata, DATA:text/html;base64,PHNjcmlwdD4=,,Evil,,09 Sep 2022\n"
        "Ben,Ok,https://www.linkedin.com/in/ben,,Acme,,09 Sep 2022\n"
    )
    upload = SimpleUploadedFile("Connections.csv", connections.encode(), content_type="text/csv")
    alice_client.post(reverse("triage:import_upload"), {"files": upload})
    urls = dict(Connection.objects.filter(owner=alice).values_list("full_name", "profile_url"))
    assert urls == {
        "Ben Okafor": "",  # typed by Alice in the fixture; a different name from "Ben Ok"
        "Mal Ory": "",
        "Dee Ata": "",
        "Ben Ok": "https://www.linkedin.com/in/ben",
    }
    page = alice_client.get(reverse("accounts:profile")).content.decode()
    assert "javascript:" not in page and "data:text" not in page.lower()


def test_a_nul_character_in_a_paste_is_refused_not_a_server_error(alice_client: Client) -> None:
    response = alice_client.post(reverse("triage:import_paste_preview"), {"text": "Ann\x00 Lee"})
    assert response.status_code == 422
    assert not Invitation.objects.exists()


# --- garbage requests ----------------------------------------------------------------------

GARBAGE_QUERIES = [
    "page=abc",
    "page=-1",
    "sort=xyz",
    "since=notadate&until=2025-13-45",
    "since=0000-00-00",
    "reason=bogus&flag=bogus&status=bogus&queue=bogus",
    "batch=abc",
    "batch=-5",
    "batch=99999999999999999999999999",
    "cursor=garbage",
    "cursor=d.notadate.1",
    "cursor=s.abc.def",
    "cursor=s.99999999999999999999999.99999999999999999999999",
    "cursor=d.2025-01-01T00:00:00.99999999999999999999999",
    "cursor=d.9999-12-31T23:59:59%2B23:59.1",
    "cursor=d.2025-01-01T00:00:00.99999999999999999999999",
    "q=%00%01%22%27*()NEAR",
    "q=" + "x" * 5000,
]


@pytest.mark.parametrize("query", GARBAGE_QUERIES)
def test_garbage_dashboard_queries_never_fail(
    query: str,
    alice_client: Client,
    alice: User,
    make_invitation: Callable[..., Invitation],
    htmx_headers: dict,
) -> None:
    make_invitation(alice, sender_name="Still Here", queue="accept")
    url = f"{reverse('triage:dashboard')}?{query}"

    page = alice_client.get(url)
    fragment = alice_client.get(url, HTTP_HX_TARGET="results", **htmx_headers)
    tabs = alice_client.get(f"{reverse('triage:queues')}?{query}", **htmx_headers)

    assert page.status_code == fragment.status_code == tabs.status_code == 200


def test_another_users_batch_filter_shows_nothing_of_theirs(
    alice_client: Client,
    bob: User,
    make_batch: Callable[..., ImportBatch],
    make_invitation: Callable[..., Invitation],
) -> None:
    batch = make_batch(bob)
    make_invitation(bob, sender_name="Bobs Secret", queue="accept", batch=batch)

    html = alice_client.get(f"{reverse('triage:dashboard')}?batch={batch.pk}")

    assert html.status_code == 200
    assert "Bobs Secret" not in html.content.decode()


@pytest.mark.parametrize(
    "url_name", ["triage:awaiting", "triage:stats", "triage:import", "triage:reply_templates"]
)
@pytest.mark.parametrize("query", ["page=abc", "page=99999", "show=bogus", "kind=bogus"])
def test_garbage_queries_on_other_pages_never_fail(
    url_name: str, query: str, alice_client: Client
) -> None:
    response = alice_client.get(f"{reverse(url_name)}?{query}")

    assert response.status_code in (200, 302)


GARBAGE_BODIES: list[dict[str, str | list[str]]] = [
    {},
    {"queue": "bogus", "action": "bogus", "operation": "bogus", "outcome": "bogus"},
    {"decision": "maybe", "answer": "x" * 200_000, "suggested": "z" * 500},
    {"operation": "move:accept", "ids": ["abc", "-1", "²", "99999999999999999999999"]},
    {"operation": "mark:accepted", "scope": "matching", "batch": "99999999999999999999999"},
    {"operation": "move:accept", "scope": "matching", "since": "notadate", "q": '"*NEAR('},
    {"text": "\x00" * 10, "body": "{unclosed", "kind": "bogus", "name": ""},
    {"sender_name": "", "sent_at": "notadate", "mutual_connections": "-9"},
    {"sender_name": "Big", "mutual_connections": "99999999999999999999999"},
    {"sender_name": "Far", "sent_at": "9999-12-31T23:59", "sender_profile_url": "ftp://x.example"},
    {"follow_up_days": "99999999999999999999999", "time_zone": "Mars/Base", "kind": "group"},
    {"next": "https://evil.example/", "queue": "accept"},
]


@pytest.mark.parametrize("body", GARBAGE_BODIES)
def test_garbage_posts_never_fail(
    body: dict[str, str | list[str]],
    alice: User,
    alice_client: Client,
    make_invitation: Callable[..., Invitation],
    htmx_headers: dict,
) -> None:
    invitation = make_invitation(alice, queue="query")
    awaiting = outcomes.mark_reply_sent(make_invitation(alice, queue="query"))
    urls = [
        reverse("triage:move", args=[invitation.pk]),
        reverse("triage:mark", args=[invitation.pk]),
        reverse("triage:undo", args=[invitation.pk, 99999]),
        reverse("triage:bulk"),
        reverse("triage:add_invitation"),
        reverse("triage:import_upload"),
        reverse("triage:import_paste_preview"),
        reverse("triage:import_paste_confirm"),
        reverse("triage:reply_template_new"),
        reverse("triage:reply_template_preview"),
        reverse("triage:record_outcome", args=[awaiting.pk]),
        reverse("triage:reopen_outcome", args=[awaiting.pk]),
        reverse("triage:decide_after_answer", args=[awaiting.pk]),
        reverse("triage:paste_answer", args=[awaiting.pk]),
        reverse("triage:outcome_reply_sent", args=[invitation.pk]),
        reverse("accounts:profile"),
        reverse("accounts:affiliation_add"),
        reverse("accounts:connection_add"),
    ]

    for url in urls:
        for headers in ({}, htmx_headers):
            response = alice_client.post(url, body, **headers)
            assert response.status_code < 500, (url, headers, response.status_code)
            location = response.headers.get("Location", "")
            assert "evil.example" not in location, url


@pytest.mark.parametrize("pk", ["99999999999999999999999", "9223372036854775808"])
def test_an_id_too_big_for_the_database_is_404(pk: str, alice_client: Client) -> None:
    for path in (f"/invitations/{pk}/", f"/import/batches/{pk}/", f"/replies/{pk}/"):
        assert alice_client.get(path).status_code == 404
    assert alice_client.post(f"/invitations/{pk}/move/", {"queue": "accept"}).status_code == 404
    assert alice_client.post(f"/invitations/1/undo/{pk}/").status_code == 404


def test_a_stored_script_link_never_becomes_a_link_on_the_detail_page(
    alice: User, alice_client: Client, make_invitation: Callable[..., Invitation]
) -> None:
    # Rows saved before imports dropped such links, or written some other way.
    invitation = make_invitation(
        alice, sender_name="Old Row", sender_profile_url="javascript:alert(1)"
    )

    page = alice_client.get(reverse("triage:invitation_detail", args=[invitation.pk]))

    html = page.content.decode()
    assert "javascript:" not in html
    assert "https://www.linkedin.com/search/results/people/?keywords=Old+Row" in html
    assert "Find their profile" in html


def test_a_misread_mutual_count_too_big_to_store_is_left_out(
    alice: User, alice_client: Client
) -> None:
    text = (
        "Invitations (2)\n\nAnn Misread\nEngineer at Somewhere\n"
        "99999999999999999999999 mutual connections\n1 day ago\n"
        "Hi Alice, we met at the Northwind offsite.\nReply to Ann\nIgnore\nAccept\n\n"
        "Bo Counted\nEngineer at Elsewhere\n12 mutual connections\n2 days ago\n"
        "Hi Alice, Ben Okafor suggested we talk.\nReply to Bo\nIgnore\nAccept\n"
    )

    response = alice_client.post(reverse("triage:import_paste_confirm"), {"text": text})

    assert response.status_code == 302
    counts = dict(
        Invitation.objects.filter(owner=alice).values_list("sender_name", "mutual_connections")
    )
    assert counts == {"Ann Misread": None, "Bo Counted": 12}
