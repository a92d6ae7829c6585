"""The dashboard in real Chromium: paste, progress, keyboard triage, undo, reply, bulk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from accounts.models import User
from tests.conftest import PASSWORD, SHARED_DIR
from triage.models import (
    BatchState,
    ClassificationState,
    ImportBatch,
    ImportSource,
    Invitation,
    Outcome,
    Queue,
)
from triage.services.classification import classify_pending

pytestmark = pytest.mark.django_db(transaction=True)

FIXTURE = SHARED_DIR / "fixtures" / "sue_invitations_page.txt"


def _count(page: Page, queue: str) -> int:
    text = page.locator(f'[data-count="{queue}"]').inner_text()
    match = re.match(r"\s*(\d+)", text)
    assert match, text
    return int(match.group(1))


def _sign_up(page: Page, base: str) -> None:
    page.goto(f"{base}/accounts/signup/")
    page.get_by_label("Username").fill("sue")
    page.get_by_label("Email address").fill("sue@example.com")
    page.get_by_label("First name").fill("Sue")
    page.get_by_label("Last name").fill("Harmon")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.get_by_role("button", name="Sign up").click()
    page.wait_for_url(re.compile(r"/accounts/profile/"))


def _paste_fixture(page: Page, base: str) -> None:
    page.goto(f"{base}/import/")
    page.get_by_label("Paste the invitations page").fill(FIXTURE.read_text())
    page.get_by_role("button", name="Preview").click()
    page.get_by_role("button", name=re.compile(r"^Save \d+ invitations?")).click()
    expect(page.get_by_role("heading", name="Done")).to_be_visible()
    page.get_by_role("link", name="Go to your queues").click()
    page.wait_for_url(f"{base}/")


def test_a_new_user_triages_a_pasted_page_with_the_keyboard(
    page: Page, context: BrowserContext, live_server: object, screenshot_dir: Path
) -> None:
    base = str(live_server.url)  # type: ignore[attr-defined]
    _sign_up(page, base)
    _paste_fixture(page, base)
    user = User.objects.get(username="sue")
    total = Invitation.objects.filter(owner=user).count()
    assert total >= 20
    assert sum(_count(page, q) for q in ("accept", "query", "decline")) == total

    # j focuses the first card; d moves it away; the counts follow; u brings it back.
    page.goto(f"{base}/?queue=accept")
    accept_before, decline_before = _count(page, "accept"), _count(page, "decline")
    page.keyboard.press("j")
    current = page.locator("[data-card].is-current")
    expect(current).to_have_count(1)
    card_id = current.get_attribute("id")
    expect(page.locator(f"#{card_id}")).to_be_focused()
    page.keyboard.press("d")
    expect(page.locator(f"#{card_id}[data-gone]")).to_contain_text("moved to Decline")
    expect(page.locator('[data-count="decline"]')).to_contain_text(str(decline_before + 1))
    expect(page.locator('[data-count="accept"]')).to_contain_text(str(accept_before - 1))
    moved = Invitation.objects.get(pk=int(card_id.removeprefix("card-")))
    assert moved.queue == Queue.DECLINE and moved.moved_by_hand
    page.keyboard.press("u")
    expect(page.locator(f"#{card_id}[data-card]")).to_be_visible()
    expect(page.locator('[data-count="accept"]')).to_contain_text(str(accept_before))
    moved.refresh_from_db()
    assert moved.queue == Queue.ACCEPT and not moved.moved_by_hand

    # k walks back up; the help overlay lists the keys.
    page.keyboard.press("j")
    page.keyboard.press("j")
    page.keyboard.press("k")
    expect(page.locator("[data-card].is-current")).to_have_count(1)
    page.keyboard.press("?")
    expect(page.locator("#keys-help")).to_be_visible()
    expect(page.locator("#keys-help")).to_contain_text("Copy the reply")
    page.keyboard.press("Escape")
    expect(page.locator("#keys-help")).to_be_hidden()

    # The query queue: r copies the reply, then the card offers to mark it sent.
    page.locator(".queue-tab-query").click()
    expect(page.locator(".queue-tab-query")).to_have_attribute("aria-current", "page")
    page.keyboard.press("j")
    card = page.locator("[data-card].is-current")
    reply_text = card.locator("[data-reply-text]").input_value()
    sender = card.locator(".sender").get_attribute("id") or ""
    invitation = Invitation.objects.get(pk=int(sender.split("-")[1]))
    page.keyboard.press("r")
    expect(card.locator("[data-reply-offer]")).to_be_visible()
    clipboard = page.evaluate("navigator.clipboard.readText()")
    assert clipboard == reply_text
    assert clipboard.startswith(f"Hi {invitation.sender_first_name},")
    assert "how we" in clipboard and "{" not in clipboard and "Sue" in clipboard
    page.screenshot(path=str(screenshot_dir / "dashboard.png"), full_page=False)
    card.screenshot(path=str(screenshot_dir / "dashboard-card.png"))
    card.get_by_role("button", name="Sent it? Mark reply sent").click()
    expect(page.locator(f"#card-{invitation.pk}[data-gone]")).to_contain_text(
        "Reply marked as sent"
    )
    invitation.refresh_from_db()
    assert invitation.outcome == Outcome.AWAITING

    # One action copies the reply and opens the sender's profile in a new tab.
    context.route("https://www.linkedin.com/**", lambda route: route.fulfill(body="profile"))
    next_card = page.locator("[data-card]").first
    with context.expect_page() as popup:
        next_card.get_by_role("button", name="Copy reply & open profile").click()
    assert "linkedin.com" in popup.value.url
    popup.value.close()
    expect(next_card.locator("[data-reply-offer]")).to_be_visible()
    assert (
        page.evaluate("navigator.clipboard.readText()")
        == next_card.locator("[data-reply-text]").input_value()
    )

    # Bulk: select two cards and move them at once.
    query_before, decline_before = _count(page, "query"), _count(page, "decline")
    boxes = page.locator("[data-card] [data-select]")
    boxes.nth(0).check()
    boxes.nth(1).check()
    expect(page.locator("[data-selected-count]")).to_have_text("2 selected")
    page.locator("#bulk-operation").select_option("move:decline")
    page.get_by_role("button", name="Apply to selected").click()
    expect(page.locator(".bulk-notice")).to_have_text("2 invitations moved to Decline.")
    expect(page.locator('[data-count="decline"]')).to_contain_text(str(decline_before + 2))
    expect(page.locator('[data-count="query"]')).to_contain_text(str(query_before - 2))
    assert Invitation.objects.filter(owner=user, moved_by_hand=True).count() == 2

    # Search narrows the list as you type.
    page.get_by_label("Search by name, headline or note").fill("zzzz-no-such-person")
    expect(page.locator(".empty-title")).to_have_text("Nothing matches these filters.")

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{base}/?queue=query")
    page.screenshot(path=str(screenshot_dir / "dashboard-phone.png"), full_page=False)
    overflow = page.evaluate("document.documentElement.scrollWidth > window.innerWidth")
    assert not overflow


def test_the_progress_strip_finishes_and_the_cards_appear(
    page: Page, live_server: object, screenshot_dir: Path
) -> None:
    base = str(live_server.url)  # type: ignore[attr-defined]
    user = User.objects.create_user(username="pat", password=PASSWORD, first_name="Pat")
    batch = ImportBatch.objects.create(
        owner=user, source=ImportSource.PASTE, imported_count=3, state=BatchState.CLASSIFYING
    )
    for n, message in enumerate(
        ["", "Hi Pat, we met at the Leeds meetup last week.", "Buy our SEO package today!"]
    ):
        Invitation.objects.create(
            owner=user,
            batch=batch,
            sender_name=f"Waiting Person{n}",
            message=message,
            dedupe_key=f"k{n}",
            state=ClassificationState.PENDING,
        )
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill("pat")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/")
    expect(page.locator(".progress-num")).to_have_text("0 / 3")
    expect(page.locator("[data-card]")).to_have_count(0)
    classify_pending(user.pk, batch_id=batch.pk)
    expect(page.locator(".progress-row")).to_have_count(0, timeout=8000)
    expect(page.locator("[data-card]").first).to_be_visible(timeout=8000)
    assert sum(_count(page, q) for q in ("accept", "query", "decline")) == 3


def test_the_template_editor_previews_live_and_rejects_unknown_blanks(
    page: Page, live_server: object, screenshot_dir: Path
) -> None:
    base = str(live_server.url)  # type: ignore[attr-defined]
    User.objects.create_user(
        username="tess", password=PASSWORD, first_name="Tess", signature="Tess, Head of Ops"
    )
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill("tess")
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/")
    page.get_by_role("link", name="Replies").click()
    expect(page.locator("#preview")).to_contain_text("Tess, Head of Ops")
    body = page.get_by_label("Message")
    body.fill("Hi {nickname}, how do we know each other?")
    expect(page.locator("#preview [role=alert]")).to_contain_text("{nickname} is not a variable")
    body.fill("Hi , how do we know each other? {signature}")
    body.evaluate("el => el.setSelectionRange(3, 3)")
    page.get_by_role("button", name="{first_name}").click()
    expect(page.locator("#preview .preview-text")).to_contain_text(
        "Hi Jordan, how do we know each other? Tess, Head of Ops"
    )
    page.screenshot(path=str(screenshot_dir / "template-editor.png"), full_page=True)
    page.get_by_role("button", name="Save template").click()
    expect(page.locator(".messages")).to_contain_text("Saved")
