"""Import and classification throughput, through the real service and a real worker.

    python scripts/bench_pipeline.py [--import-rows 50000] [--e2e-rows 10000] [--concurrency 2]

(a) rows/s of importing a generated Invitations.csv through triage.services.imports
    (parse, dedupe, bulk insert; classification not included);
(b) end-to-end seconds for a generated export .zip imported through the service and
    classified by a real `celery -A config worker` over a private redis-server, next
    to the in-process floor (the same parse, insert and classify, no broker) and
    their ratio.

Everything runs against a throwaway SQLite file in a temp dir, or the database in
DATABASE_URL if set (bench users are deleted afterwards). Started processes are
stopped and the temp dir removed on the way out.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import shutil
import sys
import tempfile
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.servers import celery_worker, private_redis  # noqa: E402

CORPUS = REPO.parent / "shared" / "corpus" / "dev.jsonl"


def corpus_messages() -> list[str]:
    if CORPUS.exists():
        with CORPUS.open() as lines:
            return [json.loads(line)["message"] for line in lines]
    return ["", "Hi, I'd like to connect.", "We met at the conference last week, great talk!"]


def invitations_csv(rows: int, messages: list[str]) -> bytes:
    """A realistic Invitations.csv: new header, notes from the corpus, some OUTGOING rows."""
    out = io.StringIO()
    out.write("From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\r\n")
    start = datetime(2024, 1, 1, tzinfo=UTC)
    for n in range(rows):
        sent = start + timedelta(minutes=7 * n)
        stamp = sent.strftime("%m/%d/%y, %I:%M %p").lstrip("0").replace("/0", "/")
        note = messages[n % len(messages)].replace('"', '""')
        direction = "OUTGOING" if n % 50 == 49 else "INCOMING"
        out.write(
            f'"Sender {n}, PhD",Bench User,"{stamp}","{note}",{direction},'
            f"https://www.linkedin.com/in/sender-{n},https://www.linkedin.com/in/bench\r\n"
        )
    return out.getvalue().encode("utf-8")


def export_zip(rows: int, messages: list[str]) -> bytes:
    connections = "".join(
        f"Conn{n},Person,https://www.linkedin.com/in/conn-{n},,Acme,Engineer,09 Sep 2022\n"
        for n in range(300)
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Invitations.csv", invitations_csv(rows, messages))
        archive.writestr(
            "Connections.csv",
            "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" + connections,
        )
        archive.writestr(
            "Positions.csv",
            "Company Name,Title,Description,Location,Started On,Finished On\n"
            "Northwind Pharma,Lead,,,Jan 2022,\nHadley Search,Partner,,,Jan 2018,Dec 2021\n",
        )
        archive.writestr(
            "Education.csv",
            "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
            "University of Leeds,2000,2003,,BSc,\n",
        )
        archive.writestr(
            "Profile.csv", "First Name,Last Name,Maiden Name,Headline\nBench,User,,Lead\n"
        )
    return buffer.getvalue()


def wait_for(predicate, timeout: float, what: str, interval: float = 0.05) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise SystemExit(f"timed out after {timeout:.0f}s waiting for {what}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--import-rows", type=int, default=50_000)
    parser.add_argument("--e2e-rows", type=int, default=10_000)
    parser.add_argument("--concurrency", type=int, default=2)
    args = parser.parse_args()

    temp = Path(tempfile.mkdtemp(prefix="triage-bench-"))
    own_database = not os.environ.get("DATABASE_URL")
    users: list[object] = []
    try:
        with private_redis() as redis_url:
            env = {
                "DJANGO_SETTINGS_MODULE": "config.settings",
                "TRIAGE_VAR_DIR": str(temp / "var"),
                "DATABASE_URL": os.environ.get("DATABASE_URL")
                or f"sqlite:///{temp / 'bench.sqlite3'}",
                "REDIS_URL": redis_url,
                "CELERY_TASK_ALWAYS_EAGER": "false",
                "DJANGO_LOG_LEVEL": "WARNING",
                "DJANGO_DEBUG": "true",
            }
            # Before django.setup(): this process publishes to the same private Redis.
            os.environ.update(env)
            _run(args, env, own_database, users)
    finally:
        if not own_database:
            for user in users:
                user.delete()  # type: ignore[attr-defined]
        shutil.rmtree(temp, ignore_errors=True)


def _run(  # type: ignore[no-untyped-def]
    args: argparse.Namespace, env: dict[str, str], own_database: bool, users: list[object]
):
    import django

    django.setup()
    from django.core.management import call_command

    from accounts.models import User
    from config.celery import app
    from triage.models import ClassificationState, Invitation
    from triage.services.classification import classify_pending
    from triage.services.imports import import_files

    call_command("migrate", verbosity=0)
    messages = corpus_messages()
    print(f"database: {'temp SQLite' if own_database else 'DATABASE_URL'}; private redis-server")

    # (a) import only: parse, dedupe and bulk insert, no classification.
    data = invitations_csv(args.import_rows, messages)
    importer = User.objects.create_user("bench-import")
    users.append(importer)
    started = time.perf_counter()
    report = import_files(importer, [("Invitations.csv", data)], enqueue=False)
    elapsed = time.perf_counter() - started
    rows_read = report.imported + report.skipped
    print(f"(a) import {args.import_rows:,} rows ({len(data) / 1e6:.1f} MB): {report.summary()}")
    print(f"    {elapsed:.2f}s, {rows_read / elapsed:,.0f} rows/s (classification not included)")
    # The worker started below would otherwise pick these unclassified rows up.
    importer.delete()
    users.remove(importer)

    # (b) the floor: same parse, insert and classify in this process, no broker.
    export = export_zip(args.e2e_rows, messages)
    floor_user = User.objects.create_user("bench-floor")
    users.append(floor_user)
    started = time.perf_counter()
    report = import_files(floor_user, [("export.zip", export)], enqueue=False)
    classified = classify_pending(floor_user.pk, batch_id=report.batches[0].pk)
    floor = time.perf_counter() - started
    assert classified == report.imported, (classified, report.imported)
    print(
        f"(b) in-process floor, {report.imported:,} invitations: {floor:.2f}s "
        f"({report.imported / floor:,.0f}/s)"
    )

    with celery_worker(env, concurrency=args.concurrency):
        wait_for(lambda: bool(app.control.ping(timeout=0.5)), 60, "the Celery worker")
        e2e_user = User.objects.create_user("bench-e2e")
        users.append(e2e_user)
        started = time.perf_counter()
        report = import_files(e2e_user, [("export.zip", export)])
        imported_at = time.perf_counter() - started
        mine = Invitation.objects.filter(owner=e2e_user)
        wait_for(
            lambda: not mine.exclude(state=ClassificationState.CLASSIFIED).exists(),
            600,
            "every row to be classified",
        )
        e2e = time.perf_counter() - started
    assert mine.count() == report.imported
    print(
        f"(b) end to end through redis + {args.concurrency}-process worker, "
        f"{report.imported:,} invitations: {e2e:.2f}s (import {imported_at:.2f}s, "
        f"then classification)"
    )
    ratio = e2e / floor
    verdict = "within" if ratio <= 2 else "OVER"
    print(f"(b) ratio end-to-end / floor: {ratio:.2f}x ({verdict} the 2x target)")


if __name__ == "__main__":
    main()
