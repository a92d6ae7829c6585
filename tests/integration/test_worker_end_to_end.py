"""One invitation through the real path: import command -> service -> Redis -> worker -> queue.

Nothing here runs eagerly: the import runs in its own process (as `manage.py
import_linkedin`), publishes to a private redis-server, and a separate Celery
worker process classifies it in the shared test database.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from accounts.models import User
from tests.servers import ROOT, celery_worker, private_redis
from triage.models import ClassificationState, ImportBatch, Invitation, Queue

pytestmark = [pytest.mark.integration, pytest.mark.django_db(transaction=True)]

EXPORT_ROWS = (
    "From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n"
    'Callum Nash,Alice Archer,"10/3/26, 9:14 AM","Hi Alice, fellow Leeds Uni graduate here - '
    'we met at the Pharma Talent Forum dinner last week.",INCOMING,'
    "https://www.linkedin.com/in/callum-nash,https://www.linkedin.com/in/alice\n"
)


def _database_url_for_other_processes() -> str:
    settings = connection.settings_dict
    if settings["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{settings['NAME']}"
    host = settings["HOST"] or "127.0.0.1"
    port = settings["PORT"] or 5432
    return f"postgres://{settings['USER']}@{host}:{port}/{settings['NAME']}"


def _wait_until_ready(worker: subprocess.Popen[str], log_path: Path, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and worker.poll() is None:
        if " ready." in log_path.read_text(errors="replace"):
            return
        time.sleep(0.2)
    raise AssertionError(f"worker not ready:\n{log_path.read_text(errors='replace')}")


def test_a_real_worker_classifies_an_imported_invitation(alice: User, tmp_path: Path) -> None:
    export = tmp_path / "Invitations.csv"
    export.write_text(EXPORT_ROWS, encoding="utf-8")
    with private_redis() as redis_url:
        env = {
            "REDIS_URL": redis_url,
            "DATABASE_URL": _database_url_for_other_processes(),
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "TRIAGE_VAR_DIR": str(tmp_path / "var"),
        }
        with celery_worker(env) as worker:
            # Ready first, so its start-up sweep has run and only the import's own
            # message can get the invitation classified.
            _wait_until_ready(worker, worker.log_path)  # type: ignore[attr-defined]
            imported = subprocess.run(
                [sys.executable, "manage.py", "import_linkedin", "--user", "alice", str(export)],
                cwd=ROOT,
                env={**os.environ, **env},
                capture_output=True,
                text=True,
                timeout=120,
            )
            assert imported.returncode == 0, imported.stderr
            assert (
                imported.stdout.splitlines()[0] == "imported 1, duplicates 0, skipped 0, rejected 0"
            )
            invitation = Invitation.objects.get(owner=alice)
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and worker.poll() is None:
                invitation.refresh_from_db()
                if invitation.state == ClassificationState.CLASSIFIED:
                    break
                time.sleep(0.2)
            log = worker.log_path.read_text(errors="replace")  # type: ignore[attr-defined]
    assert invitation.state == ClassificationState.CLASSIFIED, log
    assert "Task triage.tasks.classify_batch" in log
    assert invitation.queue == Queue.ACCEPT
    assert invitation.alumni and invitation.met_in_person and invitation.shared_group
    batch = ImportBatch.objects.get(owner=alice)
    assert batch.classified_count == 1
    assert batch.state == "done"
