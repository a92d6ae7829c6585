"""python manage.py import_linkedin: same service, one summary line, reasons, exit status."""

from __future__ import annotations

from collections.abc import Callable
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from tests.conftest import SHARED_DIR
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
    assert lines[1].startswith(f"{bad}: ") and "damaged or incomplete zip" in lines[1]
    assert lines[2] == f"{rows}, row 3: No sender name; row left out."
    assert lines[3].startswith(f"{tmp_path / 'missing.csv'}: Cannot read it")
    assert len(lines) == 4


def test_unknown_user(db: None) -> None:
    with pytest.raises(CommandError, match="No user named 'nobody'"):
        run("--user", "nobody", str(FIXTURES / "emails/dev-001.eml"))
