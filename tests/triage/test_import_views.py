"""The import page, paste preview and confirm, and the batch progress page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import InMemoryUploadedFile, SimpleUploadedFile
from django.db import OperationalError
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from tests.conftest import SHARED_DIR
from tests.importers.conftest import OLD_HEADER
from triage.models import BatchState, ClassificationState, ImportBatch, Invitation
from triage.services import imports as imports_service
from triage.services.imports import ImportReport
from triage.views import imports as import_views

FIXTURES = SHARED_DIR / "fixtures"


def test_import_page(alice_client: Client) -> None:
    response = alice_client.get(reverse("triage:import"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="files"' in html
    assert 'name="text"' in html
    assert f'href="{reverse("triage:import")}"' in html  # the nav link


def test_import_page_needs_login(client: Client) -> None:
    response = client.get(reverse("triage:import"))
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]


def test_uploading_an_export_redirects_to_its_batch(alice: User, alice_client: Client) -> None:
    path = FIXTURES / "sue_LinkedInDataExport.zip"
    upload = SimpleUploadedFile(path.name, path.read_bytes(), content_type="application/zip")
    response = alice_client.post(reverse("triage:import_upload"), {"files": upload})
    batch = ImportBatch.objects.get(owner=alice)
    assert response.status_code == 302
    assert response["Location"] == reverse("triage:batch", args=[batch.pk])
    assert Invitation.objects.filter(owner=alice).count() == 80


def test_uploading_several_files_shows_a_report(alice: User, alice_client: Client) -> None:
    files = [
        SimpleUploadedFile("dev-001.eml", (FIXTURES / "emails/dev-001.eml").read_bytes()),
        SimpleUploadedFile("broken.zip", b"PK\x03\x04 cut short"),
    ]
    response = alice_client.post(reverse("triage:import_upload"), {"files": files})
    assert response.status_code == 200
    html = response.content.decode()
    assert "imported 1, duplicates 0, skipped 0, rejected 1" in html
    assert "damaged or incomplete zip" in html


def test_a_bad_upload_says_why_and_saves_nothing(alice_client: Client) -> None:
    upload = SimpleUploadedFile("Invitations.csv", b"From,To,Message,Direction\nA,B,c,INCOMING\n")
    response = alice_client.post(reverse("triage:import_upload"), {"files": upload})
    assert response.status_code == 422
    assert "no Sent At column" in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_upload_without_a_file(alice_client: Client) -> None:
    response = alice_client.post(reverse("triage:import_upload"), {})
    assert response.status_code == 422
    assert "Choose at least one file" in response.content.decode()


PASTE = """Invitations (2)

Some banner

Ann Lee
<script>alert(1)</script> at Acme
3 mutual connections
2 days ago
=HYPERLINK("http://evil")
Ignore
Accept
"""


def test_paste_preview_full_page(alice_client: Client) -> None:
    response = alice_client.post(reverse("triage:import_paste_preview"), {"text": PASTE})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<html" in html
    assert "Found 1 invitation" in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; at Acme" in html
    assert "<script>alert(1)" not in html
    assert "=HYPERLINK(&quot;http://evil&quot;)" in html
    assert "Lines we could not place" in html and "Some banner" in html
    assert not Invitation.objects.exists()


def test_paste_preview_fragment(alice_client: Client, htmx_headers: dict[str, str]) -> None:
    response = alice_client.post(
        reverse("triage:import_paste_preview"), {"text": PASTE}, **htmx_headers
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert html.lstrip().startswith('<div id="paste">')
    assert reverse("triage:import_paste_confirm") in html


def test_empty_paste_is_an_error(alice_client: Client, htmx_headers: dict[str, str]) -> None:
    response = alice_client.post(
        reverse("triage:import_paste_preview"), {"text": ""}, **htmx_headers
    )
    assert response.status_code == 422


def test_paste_confirm_saves_and_goes_to_the_batch(alice: User, alice_client: Client) -> None:
    response = alice_client.post(reverse("triage:import_paste_confirm"), {"text": PASTE})
    batch = ImportBatch.objects.get(owner=alice)
    assert response.status_code == 302
    assert response["Location"] == reverse("triage:batch", args=[batch.pk])
    row = Invitation.objects.get(owner=alice)
    assert row.message == '=HYPERLINK("http://evil")'
    assert row.mutual_connections == 3
    assert batch.problems[0]["message"] == "Not placed (not part of any card): Some banner"


def test_paste_confirm_with_htmx_redirects_the_page(
    alice: User, alice_client: Client, htmx_headers: dict[str, str]
) -> None:
    response = alice_client.post(
        reverse("triage:import_paste_confirm"), {"text": PASTE}, **htmx_headers
    )
    batch = ImportBatch.objects.get(owner=alice)
    assert response["HX-Redirect"] == reverse("triage:batch", args=[batch.pk])


def test_paste_confirm_with_nothing_found(alice_client: Client) -> None:
    response = alice_client.post(reverse("triage:import_paste_confirm"), {"text": "hello"})
    assert response.status_code == 422
    assert "No invitation could be found" in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_batch_page_while_classifying(
    alice: User, alice_client: Client, make_batch: Callable[..., ImportBatch]
) -> None:
    batch = make_batch(
        alice, imported_count=10, duplicate_count=2, skipped_count=3, classified_count=4
    )
    response = alice_client.get(reverse("triage:batch", args=[batch.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" in html
    assert 'data-count="read">15<' in html
    assert "4 of 10" in html
    assert 'value="40"' in html
    assert 'hx-trigger="every 1s"' in html


def test_batch_fragment_stops_polling_when_done(
    alice: User,
    alice_client: Client,
    make_batch: Callable[..., ImportBatch],
    htmx_headers: dict[str, str],
) -> None:
    batch = make_batch(alice, imported_count=2, classified_count=2, state=BatchState.DONE)
    response = alice_client.get(reverse("triage:batch", args=[batch.pk]), **htmx_headers)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert "every 1s" not in html
    assert reverse("triage:dashboard") in html
    assert "Done" in html


def test_batch_page_shows_rows_left_out_escaped(
    alice: User, alice_client: Client, make_batch: Callable[..., ImportBatch]
) -> None:
    batch = make_batch(alice, problems=[{"where": "row 3", "message": "<b>bad</b>"}])
    html = alice_client.get(reverse("triage:batch", args=[batch.pk])).content.decode()
    assert "&lt;b&gt;bad&lt;/b&gt;" in html


def test_other_users_batch_is_404(
    alice: User,
    bob_client: Client,
    make_batch: Callable[..., ImportBatch],
    htmx_headers: dict[str, Any],
) -> None:
    batch = make_batch(alice)
    url = reverse("triage:batch", args=[batch.pk])
    assert bob_client.get(url).status_code == 404
    assert bob_client.get(url, **htmx_headers).status_code == 404


def test_upload_then_classified_batch_page(
    alice: User, alice_client: Client, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    data = f'{OLD_HEADER}\nAnn,Alice,"1/15/26, 9:00 AM",Buy my course now,INCOMING\n'.encode()
    with django_capture_on_commit_callbacks(execute=True):
        response = alice_client.post(
            reverse("triage:import_upload"), {"files": SimpleUploadedFile("inv.csv", data)}
        )
    page = alice_client.get(response["Location"]).content.decode()
    assert "1 of 1" in page
    assert "Go to your queues" in page


def test_a_pasted_batch_is_titled_once(alice: User, alice_client: Client) -> None:
    alice_client.post(reverse("triage:import_paste_confirm"), {"text": PASTE})
    batch = ImportBatch.objects.get(owner=alice)
    assert batch.filename == ""
    html = alice_client.get(reverse("triage:batch", args=[batch.pk])).content.decode()
    assert "<h1>Pasted text</h1>" in html
    assert "Pasted text Pasted text" not in html and "Pasted text · Pasted text" not in html


def test_an_older_paste_named_after_its_source_is_still_titled_once(
    alice: User, alice_client: Client, make_batch: Callable[..., ImportBatch]
) -> None:
    batch = make_batch(alice, filename="Pasted text", imported_count=1)
    page = alice_client.get(reverse("triage:batch", args=[batch.pk])).content.decode()
    assert "<h1>Pasted text</h1>" in page
    dashboard = alice_client.get(reverse("triage:dashboard")).content.decode()
    assert "Pasted text · Pasted text" not in dashboard
    assert "Pasted text · just now" in dashboard


@override_settings(TRIAGE_MAX_UPLOAD_BYTES=2048)
def test_an_oversized_file_is_dropped_as_it_arrives_and_named(
    alice: User, alice_client: Client
) -> None:
    small = f'{OLD_HEADER}\nAnn,Alice,"1/15/26, 9:00 AM",Hi,INCOMING\n'.encode()
    files = [
        SimpleUploadedFile("big.csv", b"x" * 100_000),
        SimpleUploadedFile("small.csv", small),
    ]
    response = alice_client.post(reverse("triage:import_upload"), {"files": files})
    html = response.content.decode()
    # No size in the message: the upload handler stopped reading it at the limit.
    assert "big.csv: The file is over the 2 KB limit; nothing was saved." in html
    assert "imported 1, duplicates 0, skipped 0, rejected 1" in html
    assert "Up to 2 KB a file" in html


@override_settings(TRIAGE_MAX_UPLOAD_BYTES=1000)
def test_a_request_bigger_than_any_allowed_upload_is_refused_unread(
    alice_client: Client,
) -> None:
    body = b"x" * (20 * 1000 + 70 * 1024)
    response = alice_client.generic(
        "POST",
        reverse("triage:import_upload"),
        body,
        content_type="multipart/form-data; boundary=xyz",
    )
    assert response.status_code == 413
    assert "Import at most 20 files of up to 1000 bytes at a time" in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_uploaded_files_are_read_one_at_a_time(
    alice_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[str] = []
    original_read = InMemoryUploadedFile.read

    def counting(self: InMemoryUploadedFile) -> Callable[..., bytes]:
        read: Callable[..., bytes] = original_read.fget(self)  # type: ignore[attr-defined]
        # What the request parser made, not the test's own SimpleUploadedFile.
        if type(self) is InMemoryUploadedFile:
            reads.append(self.name or "")
        return read

    seen: list[tuple[str, list[str]]] = []

    def import_files(user: User, files: Any, **kwargs: Any) -> ImportReport:
        for name, _data in files:
            seen.append((name, list(reads)))
        return ImportReport()

    monkeypatch.setattr(InMemoryUploadedFile, "read", property(counting))
    monkeypatch.setattr(import_views, "import_files", import_files)
    files = [SimpleUploadedFile("a.eml", b"one"), SimpleUploadedFile("b.eml", b"two")]
    alice_client.post(reverse("triage:import_upload"), {"files": files})
    assert seen == [("a.eml", ["a.eml"]), ("b.eml", ["a.eml", "b.eml"])]


def test_a_busy_database_says_try_again_with_503(
    alice_client: Client, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*args: Any, **kwargs: Any) -> None:
        raise OperationalError("database is locked")

    monkeypatch.setattr(imports_service, "save_batch", locked)
    data = f'{OLD_HEADER}\nAnn,Alice,"1/15/26, 9:00 AM",Hi,INCOMING\n'.encode()
    response = alice_client.post(
        reverse("triage:import_upload"), {"files": SimpleUploadedFile("inv.csv", data)}
    )
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert "too busy to save this import" in response.content.decode()
    pasted = alice_client.post(reverse("triage:import_paste_confirm"), {"text": PASTE})
    assert pasted.status_code == 503
    assert "Try again in a minute" in pasted.content.decode()
    assert not ImportBatch.objects.exists()


def test_a_failed_batch_stops_polling_and_says_what_happened(
    alice: User,
    alice_client: Client,
    make_batch: Callable[..., ImportBatch],
    make_invitation: Callable[..., Invitation],
    htmx_headers: dict[str, str],
) -> None:
    batch = make_batch(alice, imported_count=3, classified_count=1, state=BatchState.DONE)
    make_invitation(alice, batch=batch)
    for _ in range(2):
        make_invitation(alice, batch=batch, state=ClassificationState.FAILED, queue="")
    html = alice_client.get(reverse("triage:batch", args=[batch.pk]), **htmx_headers).content
    page = html.decode()
    assert "every 1s" not in page
    assert 'data-count="failed">2<' in page
    assert "2 invitations could not be classified" in page


def test_the_batch_page_shows_the_first_rows_left_out_and_counts_the_rest(
    alice: User, alice_client: Client, make_batch: Callable[..., ImportBatch]
) -> None:
    problems = [{"where": f"row {n}", "message": "No sender name"} for n in range(100)]
    batch = make_batch(alice, problems=problems, problem_count=5100)
    html = alice_client.get(reverse("triage:batch", args=[batch.pk])).content.decode()
    assert "Rows left out (5,100)" in html
    assert html.count("No sender name") == 100
    assert "and 5,000 more" in html


def test_a_time_typed_by_hand_is_the_users_local_time(
    make_user: Callable[..., User],
) -> None:
    user = make_user("nyc", time_zone="America/New_York")
    client = Client()
    client.force_login(user)
    client.post(
        reverse("triage:add_invitation"),
        {"sender_name": "Ann Lee", "sent_at": "2026-01-15T09:00"},
    )
    sent_at = Invitation.objects.get(owner=user).sent_at
    assert sent_at is not None and sent_at.isoformat() == "2026-01-15T14:00:00+00:00"
    # The zone is the request's only: the thread goes back to UTC for whoever is next.
    assert timezone.get_current_timezone_name() == "UTC"


def test_an_upload_still_needs_its_csrf_token(alice: User) -> None:
    # The view is csrf_exempt only so that it can install its upload handler first.
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    data = f'{OLD_HEADER}\nAnn,Alice,"1/15/26, 9:00 AM",Hi,INCOMING\n'.encode()
    response = client.post(
        reverse("triage:import_upload"), {"files": SimpleUploadedFile("inv.csv", data)}
    )
    assert response.status_code == 403
    assert not ImportBatch.objects.exists()
    page = client.get(reverse("triage:import"))
    token = page.cookies["csrftoken"].value
    response = client.post(
        reverse("triage:import_upload"),
        {"files": SimpleUploadedFile("inv.csv", data), "csrfmiddlewaretoken": token},
    )
    assert response.status_code == 302
    assert Invitation.objects.filter(owner=alice).count() == 1


def test_an_upload_needs_login(client: Client) -> None:
    response = client.post(reverse("triage:import_upload"), {})
    assert response.status_code == 302
    assert reverse("accounts:login") in response["Location"]
