"""The import service: exact counts, no duplicates, all or nothing, profile merging."""

from __future__ import annotations

import codecs
import csv
import io
import zipfile
import zoneinfo
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.db import OperationalError, connection
from django.test import override_settings
from kombu.exceptions import OperationalError as KombuOperationalError

from accounts.models import Affiliation, AffiliationKind, Connection, User
from tests.conftest import SHARED_DIR
from tests.importers.conftest import NEW_HEADER, OLD_HEADER, make_zip
from triage import tasks
from triage.importers.records import InvitationRecord
from triage.importers.text import size_text
from triage.models import BatchState, ClassificationState, ImportBatch, Invitation
from triage.services import classification, imports
from triage.services.imports import import_file, import_files, import_paste

FIXTURES = SHARED_DIR / "fixtures"


def incoming_count(path: Path) -> int:
    with zipfile.ZipFile(path) as archive:
        text = archive.read("Invitations.csv").decode("utf-8-sig")
    return sum(row["Direction"] == "INCOMING" for row in csv.DictReader(io.StringIO(text)))


def snapshot(user: User) -> tuple[Any, ...]:
    return (
        Invitation.objects.count(),
        ImportBatch.objects.count(),
        sorted(Affiliation.objects.filter(owner=user).values_list("name", "current", "aliases")),
        Connection.objects.filter(owner=user).count(),
        User.objects.filter(pk=user.pk).values_list("first_name", "last_name").get(),
    )


@pytest.mark.parametrize("who", ["sue", "tom", "priya"])
def test_fixture_zip_imports_exactly_its_incoming_rows_once(alice: User, who: str) -> None:
    path = FIXTURES / f"{who}_LinkedInDataExport.zip"
    first = import_files(alice, [(path.name, path.read_bytes())])
    expected = incoming_count(path)
    assert (first.imported, first.duplicates, first.skipped, first.rejected) == (expected, 0, 5, 0)
    assert Invitation.objects.filter(owner=alice).count() == expected
    batch = first.batches[0]
    assert (batch.imported_count, batch.skipped_count, batch.filename) == (expected, 5, path.name)

    again = import_files(alice, [(path.name, path.read_bytes())])
    assert (again.imported, again.duplicates) == (0, expected)
    assert again.summary() == f"imported 0, duplicates {expected}, skipped 5, rejected 0"
    assert Invitation.objects.filter(owner=alice).count() == expected


def test_import_queues_classification_after_commit(
    alice: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    path = FIXTURES / "tom_LinkedInDataExport.zip"
    with django_capture_on_commit_callbacks(execute=True):
        report = import_files(alice, [(path.name, path.read_bytes())])
    batch = ImportBatch.objects.get(pk=report.batches[0].pk)
    assert batch.state == BatchState.DONE
    assert batch.classified_count == 80
    assert not Invitation.objects.exclude(state=ClassificationState.CLASSIFIED).exists()
    assert set(Invitation.objects.values_list("queue", flat=True)) <= {"accept", "query", "decline"}


def test_same_invitation_from_email_export_and_paste_is_saved_once(
    make_user: Callable[..., User],
) -> None:
    tom = make_user("tom")
    export = FIXTURES / "sue_LinkedInDataExport.zip"
    page = FIXTURES / "sue_invitations_page.txt"
    mail = FIXTURES / "emails/dev-003.eml"  # Gina Papas, one of Sue's
    report = import_files(
        tom,
        [
            (export.name, export.read_bytes()),
            (mail.name, mail.read_bytes()),
            (page.name, page.read_bytes()),
        ],
    )
    assert report.imported == 80
    assert report.duplicates == 26
    assert Invitation.objects.filter(owner=tom, sender_name="Gina Papas").count() == 1


def test_stock_text_in_an_email_matches_a_blank_note_in_the_export(
    make_user: Callable[..., User],
) -> None:
    user = make_user("t2")
    export = make_zip(
        {"Invitations.csv": f'{OLD_HEADER}\nAmy Stone,Tom,"12/15/25, 5:58 AM",,INCOMING\n'}
    )
    mail = (
        "From: Amy Stone <invitations@linkedin.com>\n"
        "Subject: Tom, please add me to your LinkedIn network\n"
        "Date: Mon, 15 Dec 2025 05:58:00 +0000\n\n"
        "Hi Tom,\nI'd like to join your LinkedIn network.\n\n"
        "Amy Stone\nSourcer\n\nAccept: https://www.linkedin.com/comm/people/invite-accept?invitationId=9\n"
    )
    report = import_files(user, [("a.zip", export), ("a.eml", mail.encode())])
    assert (report.imported, report.duplicates) == (1, 1)


def _big_csv(rows: int, bad_row: int | None = None) -> bytes:
    lines = [OLD_HEADER]
    for n in range(rows):
        date = "not a date" if n == bad_row else f'"3/{n % 28 + 1}/26, 1:{n % 60:02d} PM"'
        lines.append(f"Person {n},Tom,{date},note {n},INCOMING")
    return ("\n".join(lines) + "\n").encode()


def test_large_file_is_saved_in_chunks(alice: User) -> None:
    report = import_files(alice, [("Invitations.csv", _big_csv(2500))])
    assert report.imported == 2500
    assert Invitation.objects.filter(owner=alice).count() == 2500


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        (
            "broken.zip",
            (FIXTURES / "tom_LinkedInDataExport.zip").read_bytes()[:3000],
            "damaged or incomplete zip",
        ),
        ("export.zip", b"plain text pretending", "not a zip file"),
        (
            "Invitations.csv",
            b"From,To,Message,Direction\nAnn,Tom,hi,INCOMING\n",
            "no Sent At column",
        ),
        ("Invitations.csv", _big_csv(2500, bad_row=2200), "row 2202: cannot read the date"),
        ("junk.bin", b"\x00\x01\x02\x03binary", "not a text file"),
    ],
)
def test_bad_files_leave_the_database_unchanged(
    alice: User, name: str, data: bytes, reason: str
) -> None:
    before = snapshot(alice)
    report = import_files(alice, [(name, data)])
    assert report.rejected == 1
    assert report.imported == 0
    assert reason in report.rejection_lines()[0]
    assert snapshot(alice) == before


def test_bad_invitations_in_a_zip_also_undo_its_profile_data(
    make_user: Callable[..., User],
) -> None:
    user = make_user("pat", first_name="", last_name="")
    data = make_zip(
        {
            "Profile.csv": "First Name,Last Name,Maiden Name,Headline\nPat,Doe,,Boss\n",
            "Positions.csv": "Company Name,Title,Started On,Finished On\nAcme,CEO,Jan 2020,\n",
            "Invitations.csv": f"{OLD_HEADER}\nAnn,Pat,whenever,,INCOMING\n",
        }
    )
    before = snapshot(user)
    report = import_files(user, [("export.zip", data)])
    assert report.rejected_files == 1
    assert snapshot(user) == before


@override_settings(TRIAGE_MAX_UPLOAD_BYTES=100)
def test_files_over_the_size_limit_are_refused(alice: User) -> None:
    data = _big_csv(10)
    report = import_files(alice, [("Invitations.csv", data)])
    assert report.rejected == 1
    # A limit under a kilobyte is not "0.0 MB".
    assert report.rejection_lines() == [
        f"Invitations.csv: The file is {len(data)} bytes, over the 100 bytes limit; "
        "nothing was saved."
    ]
    assert not Invitation.objects.exists()


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (1, "1 byte"),
        (900, "900 bytes"),
        (1536, "1.5 KB"),
        (100 * 1024, "100 KB"),
        (20 * 1024 * 1024, "20 MB"),
        (int(2.5 * 1024 * 1024), "2.5 MB"),
    ],
)
def test_sizes_are_written_in_the_unit_that_reads_best(size: int, text: str) -> None:
    assert size_text(size) == text


def test_one_bad_file_does_not_spoil_the_others(alice: User) -> None:
    good = FIXTURES / "emails/dev-001.eml"
    report = import_files(alice, [("bad.zip", b"nope"), (good.name, good.read_bytes())])
    assert (report.imported, report.rejected_files) == (1, 1)


def test_profile_merge_keeps_what_the_user_typed(alice: User) -> None:
    # Tom's export names Northwind Pharma and University of Leeds, which Alice typed herself.
    northwind = Affiliation.objects.get(owner=alice, name="Northwind Pharma")
    northwind.current = False
    northwind.save()
    path = FIXTURES / "tom_LinkedInDataExport.zip"
    import_files(alice, [(path.name, path.read_bytes())])
    alice.refresh_from_db()
    assert (alice.first_name, alice.last_name) == ("Alice", "Archer")
    northwind.refresh_from_db()
    assert (northwind.current, northwind.aliases, northwind.from_export) == (
        False,
        ["Northwind"],
        False,
    )
    leeds = Affiliation.objects.get(owner=alice, name="University of Leeds")
    assert leeds.aliases == ["Leeds Uni"]
    added = Affiliation.objects.filter(owner=alice, from_export=True)
    assert sorted(added.values_list("kind", "name", "current")) == [
        (AffiliationKind.ORGANISATION, "Brightwater Recruitment", False),
        (AffiliationKind.ORGANISATION, "Hadley Search Partners", False),
        (AffiliationKind.SCHOOL, "King's College London", False),
    ]
    # Alice typed Ben Okafor; Tom's 20 connections are new to her.
    assert Connection.objects.filter(owner=alice).count() == 21


def test_connection_the_user_typed_only_gains_blank_fields(alice: User) -> None:
    Connection.objects.filter(owner=alice, full_name="Ben Okafor").update(company="Okafor & Co")
    path = FIXTURES / "sue_LinkedInDataExport.zip"
    import_files(alice, [(path.name, path.read_bytes())])
    ben = Connection.objects.get(owner=alice, full_name="Ben Okafor")
    assert ben.company == "Okafor & Co"
    assert ben.profile_url == "https://www.linkedin.com/in/ben-okafor"
    assert Connection.objects.filter(owner=alice).count() == 20


def test_alias_match_is_not_added_again(alice: User) -> None:
    data = make_zip(
        {"Positions.csv": "Company Name,Title,Started On,Finished On\nNORTHWIND,CTO,Jan 2020,\n"}
    )
    report = import_files(alice, [("export.zip", data)])
    assert report.files[0].profile is not None
    assert not report.files[0].profile.changed
    assert Affiliation.objects.filter(owner=alice, kind=AffiliationKind.ORGANISATION).count() == 1


def test_empty_name_is_filled_from_the_export(make_user: Callable[..., User]) -> None:
    user = make_user("sam", first_name="", last_name="")
    path = FIXTURES / "priya_LinkedInDataExport.zip"
    import_files(user, [(path.name, path.read_bytes())])
    user.refresh_from_db()
    assert (user.first_name, user.last_name) == ("Priya", "Raman")
    globex = Affiliation.objects.get(owner=user, name="Globex Cloud")
    assert globex.current and globex.from_export


def test_profile_change_reclassifies_existing_invitations(
    alice: User, make_invitation: Callable[..., Invitation], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_invitation(alice)
    calls: list[User] = []
    monkeypatch.setattr(imports, "profile_changed", calls.append)
    data = make_zip({"Education.csv": "School Name,Degree Name\nMIT,BSc\n"})
    import_files(alice, [("export.zip", data)])
    assert calls == [alice]
    import_files(alice, [("export.zip", data)])
    assert calls == [alice]


def test_users_time_zone_is_used_for_export_dates(make_user: Callable[..., User]) -> None:
    user = make_user("nyc", time_zone="America/New_York")
    data = f'{OLD_HEADER}\nAnn,Tom,"1/15/26, 9:00 AM",,INCOMING\n'.encode()
    import_file(user, "Invitations.csv", data)
    sent_at = Invitation.objects.get(owner=user).sent_at
    assert sent_at is not None and sent_at.isoformat() == "2026-01-15T14:00:00+00:00"


def test_formula_like_values_are_stored_as_given(alice: User) -> None:
    data = f'{OLD_HEADER}\n=SUM(A1),Tom,"1/15/26, 9:00 AM","@me -1 +1",INCOMING\n'.encode()
    import_file(alice, "Invitations.csv", data)
    row = Invitation.objects.get(owner=alice)
    assert (row.sender_name, row.message) == ("=SUM(A1)", "@me -1 +1")


def test_paste_import_and_repeat(alice: User) -> None:
    text = (FIXTURES / "tom_invitations_page.txt").read_text()
    first = import_paste(alice, text)
    assert (first.imported, first.duplicates) == (25, 0)
    assert first.batch is not None and first.batch.source == "paste"
    again = import_paste(alice, text)
    assert (again.imported, again.duplicates) == (0, 25)


def test_paste_with_nothing_recognisable_is_refused(alice: User) -> None:
    report = import_paste(alice, "hello\nworld")
    assert report.rejected and report.batch is None
    assert len(report.problems) == 2
    assert not ImportBatch.objects.exists()


def test_rows_left_out_are_counted_as_rejected_and_kept_on_the_batch(alice: User) -> None:
    data = (
        f'{OLD_HEADER}\nAnn,Tom,"1/15/26, 9:00 AM",,INCOMING\n,Tom,"1/15/26, 9:00 AM",,INCOMING\n'
    )
    report = import_files(alice, [("Invitations.csv", data.encode())])
    assert report.summary() == "imported 1, duplicates 0, skipped 0, rejected 1"
    assert report.rejection_lines() == ["Invitations.csv, row 3: No sender name; row left out."]
    assert report.batches[0].problems == [
        {"where": "Invitations.csv, row 3", "message": "No sender name; row left out."}
    ]


def test_nul_characters_never_reach_the_database(alice: User) -> None:
    # PostgreSQL refuses U+0000 in text (a DataError, once a 500): every source drops it.
    text = f'{OLD_HEADER}\nAnn\x00 Lee,Tom,"1/15/26, 9:00 AM","Hi\x00 there",INCOMING\n'
    csv_utf16 = codecs.BOM_UTF16_LE + text.encode("utf-16-le")
    mail = (
        b"From: Bo Chan <invitations@linkedin.com>\nSubject: Tom, please add me\n"
        b"Date: Mon, 15 Dec 2025 05:58:00 +0000\n\nHi Tom,\x00 a note.\n\nBo Chan\nSourcer\x00\n\n"
        b"Accept: https://www.linkedin.com/comm/people/invite-accept?invitationId=9\n"
    )
    report = import_files(alice, [("Invitations\x00.csv", csv_utf16), ("bo.eml", mail)])
    assert (report.imported, report.rejected) == (2, 0)
    rows = Invitation.objects.filter(owner=alice).order_by("sender_name")
    assert [(r.sender_name, r.message, r.sender_headline) for r in rows] == [
        ("Ann Lee", "Hi there", ""),
        ("Bo Chan", "Hi Tom, a note.", "Sourcer"),
    ]
    assert "\x00" not in "".join(ImportBatch.objects.values_list("filename", flat=True))


PASTE_TWO_NAMESAKES = """John Smith
Nurse at St Mary's
3 mutual connections
2 days ago
Ignore
Accept

John Smith
Welder at Acme
12 mutual connections
3 days ago
Ignore
Accept
"""


def test_namesakes_with_no_note_in_one_paste_are_two_invitations(alice: User) -> None:
    first = import_paste(alice, PASTE_TWO_NAMESAKES)
    assert (first.imported, first.duplicates) == (2, 0)
    again = import_paste(alice, PASTE_TWO_NAMESAKES)
    assert (again.imported, again.duplicates) == (0, 2)


def test_a_paste_still_matches_the_same_invitation_from_the_export(alice: User) -> None:
    # The export has no headline or mutual count: name and note are what they share.
    export = f'{OLD_HEADER}\nJohn Smith,Alice,"11/20/26, 9:00 AM",,INCOMING\n'.encode()
    import_files(alice, [("Invitations.csv", export)])
    report = import_paste(alice, PASTE_TWO_NAMESAKES)
    assert (report.imported, report.duplicates) == (1, 1)


def test_an_undated_row_saved_before_headlines_counted_still_matches(alice: User) -> None:
    # Undated rows used to be keyed on name and note alone.
    legacy = imports._loose_key("john smith", "")
    Invitation.objects.create(owner=alice, sender_name="John Smith", dedupe_key=legacy)
    report = import_paste(alice, PASTE_TWO_NAMESAKES)
    assert (report.imported, report.duplicates) == (0, 2)


def test_the_same_profile_and_time_twice_in_one_file_is_one_invitation(alice: User) -> None:
    url = "https://www.linkedin.com/in/ann"
    data = (
        f"{NEW_HEADER}\n"
        f'Ann Lee,Tom,"1/15/26, 9:00 AM",First version,INCOMING,{url},\n'
        f'Ann Lee,Tom,"1/15/26, 9:00 AM",Edited note,INCOMING,{url}/,\n'
    ).encode()
    report = import_files(alice, [("Invitations.csv", data)])
    assert (report.imported, report.duplicates) == (1, 1)


def test_one_moment_written_in_two_zones_is_one_invitation(make_user: Callable[..., User]) -> None:
    user = make_user("nyc", time_zone="America/New_York")
    url = "https://www.linkedin.com/in/ann"
    # 9 PM in New York on the 15th is 02:00 UTC on the 16th, as the email writes it.
    data = f'{NEW_HEADER}\nAnn Lee,Tom,"1/15/26, 9:00 PM",Hi Tom,INCOMING,{url},\n'.encode()
    mail = (
        "From: Ann Lee <invitations@linkedin.com>\nSubject: Tom, please add me\n"
        "Date: Fri, 16 Jan 2026 02:00:00 +0000\n\n{note}\n\nAnn Lee\nFounder\n\n"
        f"View Ann Lee's profile: {url}\n"
        "Accept: https://www.linkedin.com/comm/people/invite-accept?invitationId=9\n"
    )
    import_files(user, [("Invitations.csv", data)])
    # Another note, so only the profile link and the moment can match...
    by_url = import_files(user, [("a.eml", mail.format(note="Hi Tom!!").encode())])
    # ...and no link, so only name, note and the user's day can.
    by_day = import_files(user, [("b.eml", mail.format(note="Hi Tom").replace(url, "").encode())])
    assert (by_url.imported, by_url.duplicates) == (0, 1)
    assert (by_day.imported, by_day.duplicates) == (0, 1)


def test_url_and_day_keys_do_not_depend_on_the_zone_the_source_wrote() -> None:
    new_york = zoneinfo.ZoneInfo("America/New_York")
    local = InvitationRecord(
        "Ann",
        sender_profile_url="https://x.example/in/ann",
        sent_at=datetime(2026, 1, 15, 21, 0, tzinfo=new_york),
    )
    utc = InvitationRecord(
        "Ann",
        sender_profile_url="https://x.example/in/ann",
        sent_at=datetime(2026, 1, 16, 2, 0, tzinfo=UTC),
    )
    assert imports.url_key(local) == imports.url_key(utc)
    assert imports.dedupe_key(local, new_york) == imports.dedupe_key(utc, new_york)
    assert imports.dedupe_key(utc, UTC) != imports.dedupe_key(utc, new_york)


def _nameless_rows(count: int) -> bytes:
    rows = "".join(f',Tom,"1/15/26, 9:{n % 60:02d} AM",note {n},INCOMING\n' for n in range(count))
    return f'{OLD_HEADER}\nAnn,Tom,"1/15/26, 9:00 AM",,INCOMING\n{rows}'.encode()


def test_only_the_first_hundred_rows_left_out_are_kept(alice: User) -> None:
    report = import_files(alice, [("Invitations.csv", _nameless_rows(250))])
    assert report.summary() == "imported 1, duplicates 0, skipped 0, rejected 250"
    batch = ImportBatch.objects.get(owner=alice)
    assert (len(batch.problems), batch.problem_count) == (100, 250)
    lines = report.rejection_lines()
    assert len(lines) == 101
    assert lines[0] == "Invitations.csv, row 3: No sender name; row left out."
    assert lines[-1] == "and 150 more not shown"


@override_settings(TRIAGE_MAX_UPLOAD_BYTES=80_000)
def test_the_row_limit_follows_the_upload_limit(alice: User) -> None:
    # 80,000 bytes allow 800 rows by size, but never fewer than 1,000.
    data = _big_csv(1200)
    assert len(data) < 80_000
    report = import_files(alice, [("Invitations.csv", data)])
    assert report.rejection_lines() == [
        "Invitations.csv has more than 1,000 rows, the most one import takes; "
        "split it into smaller files; nothing was saved."
    ]
    assert not Invitation.objects.exists()


@override_settings(TRIAGE_MAX_UPLOAD_BYTES=10_000)
def test_the_unzipped_size_limit_follows_the_upload_limit(alice: User) -> None:
    row = 'Ann,Tom,"1/15/26, 9:00 AM",hello,INCOMING\n'
    data = make_zip({"Invitations.csv": f"{OLD_HEADER}\n" + row * 20_000})
    assert len(data) < 10_000
    report = import_files(alice, [("export.zip", data)])
    assert "export.zip would unpack to" in report.rejection_lines()[0]
    assert "more than the 97.7 KB allowed; nothing was saved." in report.rejection_lines()[0]


def test_a_busy_database_refuses_the_file_and_saves_nothing(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*args: object, **kwargs: object) -> None:
        raise OperationalError("database is locked")

    before = snapshot(alice)
    monkeypatch.setattr(imports, "_record_imported_events", locked)
    report = import_files(alice, [("Invitations.csv", _big_csv(3))])
    (file,) = report.files
    assert file.retry_later and file.batch is None
    assert file.rejection == f"Invitations.csv: {imports.BUSY_DATABASE}"
    assert "nothing was saved" in imports.BUSY_DATABASE
    assert snapshot(alice) == before


@pytest.mark.django_db(transaction=True)
def test_a_broker_that_is_down_leaves_the_rows_pending_for_the_sweep(
    alice: User, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broker_down(*args: object) -> None:
        raise KombuOperationalError("[Errno 111] Connection refused")

    monkeypatch.setattr(tasks.classify_batch, "delay", broker_down)
    report = import_files(alice, [("Invitations.csv", _big_csv(3))])
    assert (report.imported, report.rejected) == (3, 0)
    states = set(Invitation.objects.filter(owner=alice).values_list("state", flat=True))
    assert states == {ClassificationState.PENDING}
    assert "the sweep will pick it up" in caplog.text
    # The sweep finds them.
    assert classification.release_stale_claims() == {(alice.pk, report.batches[0].pk)}


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's journal and lock settings only")
def test_sqlite_runs_in_wal_mode_and_waits_for_the_lock(db: None) -> None:
    assert settings.DATABASES["default"]["OPTIONS"]["timeout"] >= 5
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA busy_timeout")
        assert cursor.fetchone()[0] >= 5000
