"""python manage.py import_linkedin: same service, one summary line, reasons, exit status."""

from __future__ import annotations

from collections.abc import Callable
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from kombu.exceptions import OperationalError as KombuOperationalError

from accounts.models import User
from tests.conftest import SHARED_DIR
from triage import tasks
from triage.models import ClassificationState, Invitation

FIXTURES = SHARED_DIR / "fixtures"


def run(*args: str) -> list[str]:
    out = StringIO()
    call_command("import_linkedin", *args, stdout=out)
    return out.getvalue().splitlines()


def test_imports_a_fixture_zip_then_finds_only_duplicates(
    alice: User, django_capture_on_commit_callbacks: Callable[..., Any]
) -> None:
    path = str(FIXTURES / "priya_LinkedInDataExport.zip")
    with django_capture_on_commit_callbacks(execute=True):
        assert run("--user", "alice", path) == ["imported 80, duplicates 0, skipped 5, rejected 0"]
    # Classification was queued after commit and ran (eagerly in tests).
    assert not Invitation.objects.exclude(state=ClassificationState.CLASSIFIED).exists()
    assert run("--user", "alice", path) == ["imported 0, duplicates 80, skipped 5, rejected 0"]


def test_every_source_kind(alice: User) -> None:
    lines = run(
        "--user",
        "alice",
        str(FIXTURES / "emails/invitations.mbox"),
        str(FIXTURES / "emails/dev-001.eml"),
        str(FIXTURES / "tom_invitations_page.txt"),
    )
    # dev-001 is in the mbox too; the page shares 16 cards with Tom's emails.
    assert lines[0].startswith("imported ")
    assert Invitation.objects.filter(owner=alice).count() == int(lines[0].split()[1].rstrip(","))
    assert "duplicates 17" in lines[0]


def test_rejected_files_are_listed_and_exit_non_zero(alice: User, tmp_path: Path) -> None:
    bad = tmp_path / "export.zip"
    bad.write_bytes((FIXTURES / "sue_LinkedInDataExport.zip").read_bytes()[:500])
    rows = tmp_path / "Invitations.csv"
    rows.write_text(
        "From,To,Sent At,Message,Direction\n"
        'Ann,A,"1/1/26, 1:00 PM",,INCOMING\n,A,"1/1/26, 1:00 PM",,INCOMING\n'
    )
    out = StringIO()
    with pytest.raises(SystemExit) as exited:
        call_command(
            "import_linkedin",
            "--user",
            "alice",
            str(bad),
            str(rows),
            str(tmp_path / "missing.csv"),
            stdout=out,
        )
    assert exited.value.code == 1
    lines = out.getvalue().splitlines()
    assert lines[0] == "imported 1, duplicates 0, skipped 0, rejected 3"
    # Named once: the reason already starts with the file's name.
    assert lines[1].startswith(f"{bad} is a damaged or incomplete zip")
    assert lines[2] == f"{rows}, row 3: No sender name; row left out."
    assert lines[3].startswith(f"{tmp_path / 'missing.csv'}: Cannot read it")
    assert len(lines) == 4


def test_unknown_user(db: None) -> None:
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        run("--user", "nobody", str(FIXTURES / "emails/dev-001.eml"))


def test_at_most_a_hundred_reasons_are_printed_then_a_count(alice: User, tmp_path: Path) -> None:
    rows = "".join(f',A,"1/1/26, 1:{n % 60:02d} PM",note {n},INCOMING\n' for n in range(180))
    path = tmp_path / "Invitations.csv"
    path.write_text(f'From,To,Sent At,Message,Direction\nAnn,A,"1/1/26, 1:00 PM",,INCOMING\n{rows}')
    lines = run("--user", "alice", str(path))
    assert lines[0] == "imported 1, duplicates 0, skipped 0, rejected 180"
    assert lines[1] == f"{path}, row 3: No sender name; row left out."
    assert len(lines) == 1 + 100 + 1
    assert lines[-1] == "and 80 more not shown"


@override_settings(TRIAGE_MAX_UPLOAD_BYTES=512)
def test_a_file_over_the_limit_is_refused_before_it_is_read(alice: User, tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(b"x" * 1536)
    out = StringIO()
    with pytest.raises(SystemExit):
        call_command("import_linkedin", "--user", "alice", str(path), stdout=out)
    assert out.getvalue().splitlines()[1] == (
        f"{path}: The file is 1.5 KB, over the 512 bytes limit; nothing was saved."
    )


@pytest.mark.django_db(transaction=True)
def test_a_broker_that_is_down_still_gets_the_summary_line(
    alice: User, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broker_down(*args: object) -> None:
        raise KombuOperationalError("[Errno 111] Connection refused")

    monkeypatch.setattr(tasks.classify_batch, "delay", broker_down)
    path = str(FIXTURES / "emails/dev-001.eml")
    assert run("--user", "alice", path) == ["imported 1, duplicates 0, skipped 0, rejected 0"]
    # Saved and left for the periodic sweep.
    assert Invitation.objects.get(owner=alice).state == ClassificationState.PENDING
