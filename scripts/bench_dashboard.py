"""Server time of the dashboard with 100,000 invitations in one account.

Builds a throwaway SQLite database in a temporary directory (deleted at the end;
set BENCH_DIR to keep and reuse one), migrates it, fills one user's account with
bulk_create, then times the dashboard view through Django's test Client (median
of several requests, after a warm-up).
Run with `make bench` or `.venv/bin/python scripts/bench_dashboard.py [count]`.
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET_MS = 50.0
REPEATS = 25


def main() -> None:
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    # BENCH_DIR keeps the filled database between runs while tuning; default is throwaway.
    kept = os.environ.get("BENCH_DIR")
    workdir = kept or tempfile.mkdtemp(prefix="bench-dashboard-")
    try:
        run(total, workdir)
    finally:
        if not kept:
            from django.conf import settings

            if settings.configured:
                from django.db import connections

                # SQLite keeps the file open; close it before the directory goes.
                connections.close_all()
            shutil.rmtree(workdir, ignore_errors=True)


def run(total: int, workdir: str) -> None:
    os.environ["TRIAGE_VAR_DIR"] = workdir
    os.environ["DATABASE_URL"] = f"sqlite:///{workdir}/bench.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"
    os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    # Not setup_test_environment(): its template instrumentation copies every context
    # for the test client and would be timed as if it were server work.
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    call_command("migrate", verbosity=0)
    _restore_statistics()
    from accounts.models import User

    user = User.objects.filter(username="bench").first() or _fill(total)

    client = Client()
    client.force_login(user)
    htmx = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "results"}
    cases = [
        ("default page (full)", "/", {}, {}),
        ("query queue (full)", "/", {"queue": "query"}, {}),
        ("sorted by strength (htmx)", "/", {"queue": "accept", "sort": "strength"}, htmx),
        (
            "search 'Northwind' + reason filter (htmx)",
            "/",
            {"queue": "accept", "q": "Northwind", "reason": "same_organisation"},
            htmx,
        ),
        ("search a common name (htmx)", "/", {"queue": "query", "q": "Okafor"}, htmx),
        ("search a name no one has (htmx)", "/", {"queue": "query", "q": "Zebedee"}, htmx),
        ("page 2 by cursor (htmx)", "/", {"queue": "query"}, {"HTTP_HX_REQUEST": "true"}),
        ("queue counts (htmx)", "/queues/", {"queue": "query"}, {"HTTP_HX_REQUEST": "true"}),
    ]
    print(f"Dashboard benchmark: {total:,} invitations, median of {REPEATS} requests")
    worst = 0.0
    for label, url, params, headers in cases:
        if label.startswith("page 2"):
            first = client.get(url, params).content.decode()
            cursor = first.split("cursor=", 1)[1].split('"', 1)[0].split("&", 1)[0]
            params = {**params, "cursor": cursor}
        timings = []
        for attempt in range(REPEATS + 2):
            started = time.perf_counter()
            response = client.get(url, params, **headers)
            elapsed = (time.perf_counter() - started) * 1000
            assert response.status_code == 200, (label, response.status_code)
            if attempt >= 2:  # the first two warm caches
                timings.append(elapsed)
        median = statistics.median(timings)
        worst = max(worst, median)
        verdict = "ok" if median < TARGET_MS else "SLOW"
        print(f"  {label:<45} median {median:6.1f} ms   p90 {_p90(timings):6.1f} ms   {verdict}")
    print(
        f"Slowest median {worst:.1f} ms; target < {TARGET_MS:.0f} ms: "
        f"{'met' if worst < TARGET_MS else 'NOT met'}"
    )


def _restore_statistics() -> None:
    """ANALYZE a kept database whose invitation table lost its statistics.

    A migration that adds a column rebuilds the table on SQLite, dropping what
    ANALYZE recorded after the fill, and the planner then picks other plans than
    a fresh run would: the numbers would not compare.
    """
    from django.db import connection

    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT name FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if cursor.fetchone():
            cursor.execute("SELECT 1 FROM sqlite_stat1 WHERE tbl = 'triage_invitation' LIMIT 1")
            if cursor.fetchone():
                return
        cursor.execute("SELECT 1 FROM triage_invitation LIMIT 1")
        if cursor.fetchone():
            cursor.execute("ANALYZE")


def _p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.9))]


def _fill(total: int):  # type: ignore[no-untyped-def]
    from django.db import transaction
    from django.utils import timezone

    from accounts.models import User
    from triage.models import ClassificationState, ImportBatch, ImportSource, Invitation

    rng = random.Random(7)
    user = User.objects.create_user(
        username="bench", password="bench-password-123", first_name="Alex", signature="Alex"
    )
    batch = ImportBatch.objects.create(
        owner=user,
        source=ImportSource.EXPORT,
        imported_count=total,
        classified_count=total,
        state="done",
    )
    firsts = ["Ben", "Priya", "Sam", "Maria", "Liam", "Aisha", "Tom", "Chen", "Sofia", "Omar"]
    lasts = ["Okafor", "Raman", "Lee", "Garcia", "Walsh", "Khan", "Nguyen", "Smith", "Rossi"]
    headlines = [
        "Recruiter at Northwind Pharma",
        "Founder | Growth",
        "Sales at Acme",
        "Data Scientist",
        "Head of Ops at Contoso",
        "Student at University of Leeds",
    ]
    notes = [
        "",
        "I'd like to add you to my professional network.",
        "Hi Alex, we met at the PTF summit last week, great chatting.",
        "Hi, we help consultants get more clients. Want a free trial?",
        "Hi Alex, Ben Okafor suggested I reach out about your hiring plans.",
    ]
    queues = ["accept", "query", "query", "decline"]
    now = timezone.now()
    started = time.perf_counter()
    rows = []
    for n in range(total):
        note = rng.choice(notes)
        queue = rng.choice(queues)
        verdict = {
            "reasons": {"met_in_person": "met" in note},
            "personal": "Alex" in note,
            "referenced": False,
            "purpose": False,
            "generic": not note or "professional network" in note,
            "pitch": "trial" in note,
            "spam": False,
            "unverified": [],
            "findings": (
                [
                    {
                        "label": "met_in_person",
                        "source": "message",
                        "start": 9,
                        "end": 15,
                        "text": "we met",
                        "verified": True,
                    }
                ]
                if "we met" in note
                else []
            ),
            "queue": queue,
            "strength": rng.randint(-3, 6),
            "summary": f"Sorted into {queue}.",
        }
        rows.append(
            Invitation(
                owner=user,
                batch=batch,
                sender_name=f"{rng.choice(firsts)} {rng.choice(lasts)} {n}",
                sender_headline=rng.choice(headlines),
                message=note,
                sent_at=now - timedelta(minutes=n * 7),
                mutual_connections=rng.randint(0, 40),
                dedupe_key=f"bench-{n}",
                state=ClassificationState.CLASSIFIED,
                classified_at=now,
                verdict=verdict,
                queue=queue,
                suggested_queue=queue,
                met_in_person="met" in note,
                same_organisation="Northwind" in verdict["summary"],
                personal="Alex" in note,
                generic=verdict["generic"],
                pitch=verdict["pitch"],
                strength=verdict["strength"],
                final_action="accepted" if n % 10 == 0 else "",
            )
        )
        if len(rows) == 5000:
            with transaction.atomic():
                Invitation.objects.bulk_create(rows)
            rows = []
    if rows:
        Invitation.objects.bulk_create(rows)
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"Created {total:,} invitations in {time.perf_counter() - started:.1f} s")
    return user


if __name__ == "__main__":
    main()
