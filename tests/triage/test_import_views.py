"""The import page, paste preview and confirm, and the batch progress page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests.conftest import SHARED_DIR
from tests.importers.conftest import OLD_HEADER
from triage.models import BatchState, ImportBatch, Invitation

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
