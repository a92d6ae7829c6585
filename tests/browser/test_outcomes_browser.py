"""In Chromium: send a reply, paste the answer, confirm the suggestion, see the stats change."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone
from playwright.sync_api import Page, expect

from accounts.models import User
from tests.browser.conftest import log_in
from tests.conftest import PASSWORD
from triage.models import FinalAction, Invitation, Outcome
from triage.services import outcomes

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def history(alice: User, make_invitation: Callable[..., Invitation]) -> dict[str, Invitation]:
    """A few months of replies with outcomes, so the charts have something to draw."""
    now = timezone.now()
    done = [
        (95, Outcome.EXPLAINED, 2),
        (80, Outcome.CURT, 4),
        (62, Outcome.EXPLAINED, 1),
        (40, Outcome.APOLOGISED, 3),
        (35, Outcome.EXPIRED, 21),
    ]
    for days_ago, outcome, wait in done:
        row = make_invitation(alice, queue="query", generic=True)
        outcomes.mark_reply_sent(row, at=now - timedelta(days=days_ago))
        outcomes.record_outcome(row, outcome, at=now - timedelta(days=days_ago - wait))
    for suggested, queue in [("query", "accept"), ("decline", "accept"), ("query", "decline")]:
        make_invitation(alice, queue=queue, suggested_queue=suggested, moved_by_hand=True)
    make_invitation(alice, queue="accept", met_in_person=True)
    dana = make_invitation(
        alice,
        sender_name="Dana Reyes",
        sender_headline="QA lead at Northwind Pharma",
        sender_profile_url="https://www.linkedin.com/in/dana-reyes",
        message="I'd like to join your professional network.",
        queue="query",
        generic=True,
    )
    outcomes.mark_reply_sent(dana, at=now - timedelta(days=4))
    eli = make_invitation(alice, sender_name="Eli Novak", queue="query")
    outcomes.mark_reply_sent(eli, at=now - timedelta(days=16))
    outcomes.mark_overdue_follow_ups()
    return {"dana": dana, "eli": eli}


def test_record_an_outcome_and_see_the_stats_change(
    page: Page, live_server: object, alice: User, history: dict, screenshot_dir: Path
) -> None:
    base = str(live_server.url)  # type: ignore[attr-defined]
    log_in(page, base, "alice", PASSWORD)

    page.goto(f"{base}/stats/")
    explained_before = page.locator("#chart-outcomes .tone-explained .chart-value")
    expect(explained_before).to_have_text("2 (29%)")  # 2 of 7 replies

    # The awaiting list shows the overdue one first, with how long it waited.
    page.get_by_role("link", name="Awaiting").click()
    rows = page.locator(".awaiting-row")
    expect(rows).to_have_count(2)
    expect(rows.first).to_contain_text("Eli Novak")
    expect(rows.first.locator(".wait-days")).to_have_text("16")
    expect(rows.first).to_contain_text("Overdue")

    # Dana's page: paste her answer, get a suggestion, confirm it with one click.
    page.get_by_role("link", name="Dana Reyes").click()
    expect(page.get_by_role("heading", name="Dana Reyes", level=1)).to_be_visible()
    page.get_by_label("Dana Reyes's answer").fill(
        "Sorry for the bare invite! We met at the Pharma Talent Forum dinner in March."
    )
    page.get_by_role("button", name="Suggest the outcome").click()
    suggestion = page.locator(".outcome-suggestion")
    expect(suggestion).to_contain_text("Explained")
    expect(suggestion.locator("mark")).to_have_text("We met at")
    page.get_by_role("button", name="✓ Explained").click()
    expect(page.locator(".outcome-controls")).to_contain_text("Now:")

    # Accept with the key on the detail page; the history shows every step.
    page.keyboard.press("a")
    expect(page.locator(".outcome-controls")).to_contain_text("You accepted.")
    page.reload()
    timeline = page.locator(".timeline")
    for step in ("Reply sent", "Answer pasted", "Outcome: Explained", "Marked: Accepted"):
        expect(timeline).to_contain_text(step)
    page.screenshot(path=str(screenshot_dir / "outcomes-history.png"), full_page=True)
    dana = Invitation.objects.get(pk=history["dana"].pk)
    assert (dana.outcome, dana.final_action) == (Outcome.EXPLAINED, FinalAction.ACCEPTED)

    # Eli never answered: expire him with the X key on his page.
    page.goto(f"{base}/invitations/{history['eli'].pk}/")
    page.keyboard.press("x")
    expect(page.locator(".outcome-controls")).to_contain_text("No answer: expired")

    page.get_by_role("link", name="Stats").click()
    expect(page.locator("#chart-outcomes .tone-explained .chart-value")).to_have_text("3 (43%)")
    expect(page.locator("#chart-outcomes .tone-expired .chart-value")).to_have_text("2 (29%)")
    expect(page.locator("#chart-outcomes .tone-awaiting .chart-value")).to_have_text("0 (0%)")
    expect(page.locator('[data-kpi="median"]')).not_to_have_text("—")
    page.screenshot(path=str(screenshot_dir / "outcomes-stats.png"), full_page=True)


def test_awaiting_page_and_detail_look_right(
    page: Page, live_server: object, alice: User, history: dict, screenshot_dir: Path
) -> None:
    base = str(live_server.url)  # type: ignore[attr-defined]
    log_in(page, base, "alice", PASSWORD)

    page.goto(f"{base}/awaiting/")
    first = page.locator(".awaiting-row").first
    first.get_by_role("button", name="✕ Curt or hurt").click()
    # The list refreshes itself: the answered one leaves, the overdue count drops.
    expect(page.locator(".awaiting-row")).to_have_count(1)
    expect(page.get_by_role("link", name="⚠ Overdue")).to_contain_text("0")
    page.screenshot(path=str(screenshot_dir / "outcomes-awaiting.png"), full_page=True)

    page.goto(f"{base}/invitations/{history['dana'].pk}/")
    page.screenshot(path=str(screenshot_dir / "outcomes-detail.png"), full_page=True)


def test_the_dashboard_counts_overdue_replies_and_refreshes_the_count(
    page: Page, live_server: object, alice: User, history: dict, screenshot_dir: Path
) -> None:
    base = str(live_server.url)  # type: ignore[attr-defined]
    log_in(page, base, "alice", PASSWORD)

    badge = page.locator("#overdue-badge")
    expect(badge).to_contain_text("1 overdue follow-up")  # Eli, 16 days without an answer
    page.locator(".page-head").screenshot(path=str(screenshot_dir / "outcomes-badge.png"))

    # Record Eli's outcome from his card: the badge hears queueCountsChanged and refreshes.
    page.goto(f"{base}/?queue=query&status=done")
    eli = page.locator(f"#card-{history['eli'].pk}")
    eli.get_by_role("button", name="○ No answer").click()
    expect(eli).to_contain_text("No answer: expired")
    expect(page.locator("#overdue-badge")).to_contain_text("No overdue follow-ups")


def test_outcome_keys_work_on_the_awaiting_list(
    page: Page, live_server: object, alice: User, history: dict, screenshot_dir: Path
) -> None:
    base = str(live_server.url)  # type: ignore[attr-defined]
    log_in(page, base, "alice", PASSWORD)
    page.goto(f"{base}/awaiting/")
    rows = page.locator(".awaiting-row")
    expect(rows).to_have_count(2)

    # A key with no row picked picks the first one; it records nothing yet.
    page.keyboard.press("c")
    expect(rows.first).to_have_class(re.compile(r"\bis-current\b"))
    expect(rows).to_have_count(2)

    # j/k walk the rows; the keys act on the current one only.
    page.keyboard.press("j")
    expect(rows.nth(1)).to_have_class(re.compile(r"\bis-current\b"))
    expect(rows.nth(1)).to_contain_text("Dana Reyes")
    page.keyboard.press("p")
    expect(page.get_by_label("Dana Reyes's answer")).to_be_focused()
    page.get_by_label("Dana Reyes's answer").fill("So sorry, I picked the wrong Alice!")
    rows.nth(1).get_by_role("button", name="Suggest the outcome").click()
    expect(rows.nth(1).locator(".outcome-suggestion mark")).to_have_text("wrong Alice")
    # No count moved, so the list does not redraw itself and lose the suggestion.
    page.wait_for_timeout(800)
    expect(rows.nth(1).locator(".outcome-suggestion mark")).to_have_text("wrong Alice")

    page.screenshot(path=str(screenshot_dir / "outcomes-awaiting-keys.png"), full_page=True)
    page.keyboard.press("m")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("Eli Novak")
    dana = Invitation.objects.get(pk=history["dana"].pk)
    assert (dana.outcome, dana.final_action) == (Outcome.APOLOGISED, FinalAction.IGNORED)

    page.keyboard.press("x")  # the row now in Dana's place: Eli
    expect(rows).to_have_count(0)
    eli = Invitation.objects.get(pk=history["eli"].pk)
    assert eli.outcome == Outcome.EXPIRED
