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
    ReplyTemplate,
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
    # No smooth scrolling: the screenshots must not catch the page mid-scroll.
    page.emulate_media(reduced_motion="reduce")
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
    expect(page.locator("#matching-label")).to_have_text(f"All {accept_before - 1} matching")
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
    card_id = card.get_attribute("id") or ""
    invitation = Invitation.objects.get(pk=int(card_id.removeprefix("card-")))
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
    expect(page.locator("[data-bulk-notice]")).to_have_text("2 invitations moved to Decline.")
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

    # Deleting asks first; saying no keeps the template.
    saved = ReplyTemplate.objects.get(owner__username="tess", kind="query")
    questions: list[str] = []
    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.dismiss()))
    page.get_by_role("button", name="Delete this template").click()
    expect(page.get_by_role("button", name="Delete this template")).to_be_visible()
    assert questions == [f"Delete the template “{saved.name}”? This cannot be undone."]
    assert ReplyTemplate.objects.filter(pk=saved.pk).exists()
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Delete this template").click()
    expect(page.locator(".messages")).to_contain_text("Deleted")
    assert not ReplyTemplate.objects.filter(pk=saved.pk).exists()


def _user_with_cards(username: str, queue: str = Queue.QUERY, count: int = 4) -> User:
    user = User.objects.create_user(
        username=username, password=PASSWORD, first_name=username.capitalize()
    )
    for n in range(count):
        Invitation.objects.create(
            owner=user,
            sender_name=f"Card Person{n}",
            message=f"Hello, note {n}",
            dedupe_key=f"{username}-{n}",
            state=ClassificationState.CLASSIFIED,
            queue=queue,
            suggested_queue=queue,
            verdict={"summary": "Nothing in the note links you."},
        )
    return user


def _log_in(page: Page, base: str, username: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(f"{base}/")


def test_a_bulk_action_straight_after_page_load_acts_on_the_selection_and_undoes(
    page: Page, live_server: object
) -> None:
    base = str(live_server.url)  # type: ignore[attr-defined]
    user = _user_with_cards("bulky")
    _log_in(page, base, "bulky")
    page.goto(f"{base}/?queue=query")
    apply = page.get_by_role("button", name="Apply to selected")
    # Nothing selected: Apply is off, and the bar says why.
    expect(apply).to_be_disabled()
    expect(page.locator("#bulk-hint")).to_be_visible()
    expect(apply).to_have_attribute("aria-describedby", "bulk-hint")

    boxes = page.locator("[data-card] [data-select]")
    boxes.nth(0).check()
    boxes.nth(2).check()
    expect(apply).to_be_enabled()
    expect(page.locator("#bulk-hint")).to_be_hidden()
    chosen = [
        int((page.locator("[data-card]").nth(n).get_attribute("id") or "").removeprefix("card-"))
        for n in (0, 2)
    ]
    # Choosing the action must not reload the list (which wiped the selection).
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.locator("#bulk-operation").select_option("mark:ignored")
    page.wait_for_timeout(600)  # longer than the filters' 300 ms debounce
    assert [url for url in requests if url.startswith(f"{base}/?")] == []
    expect(page.locator("#bulk-operation")).to_have_value("mark:ignored")
    expect(boxes.nth(0)).to_be_checked()
    expect(boxes.nth(2)).to_be_checked()
    apply.click()
    expect(page.locator("[data-bulk-notice]")).to_have_text("2 invitations marked as ignored.")
    ignored = Invitation.objects.filter(owner=user, final_action="ignored")
    assert sorted(ignored.values_list("pk", flat=True)) == sorted(chosen)
    assert Invitation.objects.filter(owner=user, final_action="").count() == 2

    # u undoes the bulk action, row by row.
    page.keyboard.press("u")
    expect(page.locator("[data-bulk-notice]")).to_have_text(
        "Undone: 2 invitations back as they were."
    )
    assert not Invitation.objects.filter(owner=user).exclude(final_action="").exists()
    expect(page.locator("#bulk-undo")).to_have_count(0)


def _contrast(first: tuple[int, ...], second: tuple[int, ...]) -> float:
    def luminance(rgb: tuple[int, ...]) -> float:
        channels = [c / 255 for c in rgb[:3]]
        linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _rgb(css: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", css)[:3])


def test_focus_is_visible_and_the_filters_still_filter(page: Page, live_server: object) -> None:
    base = str(live_server.url)  # type: ignore[attr-defined]
    _user_with_cards("focus", queue=Queue.ACCEPT)
    _log_in(page, base, "focus")
    page.goto(f"{base}/?queue=accept")
    page.locator("#id_q").focus()
    page.keyboard.press("Tab")  # keyboard focus, so :focus-visible applies
    focused = page.evaluate(
        """() => { const s = getComputedStyle(document.activeElement);
                   return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow]; }"""
    )
    style, width, color, halo = focused
    assert style == "solid" and float(width.removesuffix("px")) >= 2
    assert _contrast(_rgb(color), (255, 255, 255)) >= 3
    assert "255, 191, 71" in halo  # the yellow halo around the dark ring
    # A card made current by j has the same ring.
    page.locator("main").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    ring = page.evaluate(
        "() => getComputedStyle(document.querySelector('[data-card].is-current')).outlineColor"
    )
    assert _contrast(_rgb(ring), (255, 255, 255)) >= 3

    # Date inputs look like the other fields.
    date_radius, select_radius = page.evaluate(
        """() => [getComputedStyle(document.querySelector('input[name=since]')).borderRadius,
                  getComputedStyle(document.querySelector('select[name=sort]')).borderRadius]"""
    )
    assert date_radius == select_radius == "8px"

    # The filters' own selects still re-filter the list.
    with page.expect_response(lambda r: "sort=strength" in r.url):
        page.locator("select[name=sort]").select_option("strength")
    expect(page.locator("select[name=sort]")).to_have_value("strength")


def test_copy_and_open_writes_the_clipboard_before_opening_the_tab(
    page: Page, live_server: object
) -> None:
    base = str(live_server.url)  # type: ignore[attr-defined]
    _user_with_cards("order")
    page.add_init_script(
        """(() => {
          window.__calls = [];
          const write = navigator.clipboard.writeText.bind(navigator.clipboard);
          navigator.clipboard.writeText = (text) => {
            window.__calls.push("write");
            return write(text);
          };
          window.open = () => { window.__calls.push("open"); return null; };
        })();"""
    )
    _log_in(page, base, "order")
    page.goto(f"{base}/?queue=query")
    card = page.locator("[data-card]").first
    card.get_by_role("button", name="Copy reply & open profile").click()
    expect(card.locator("[data-reply-offer]")).to_be_visible()
    assert page.evaluate("window.__calls") == ["write", "open"]


def test_cards_carry_the_thank_you_note_and_a_template_picker(
    page: Page, live_server: object, screenshot_dir: Path
) -> None:
    base = str(live_server.url)  # type: ignore[attr-defined]
    user = _user_with_cards("picky", queue=Queue.ACCEPT, count=1)
    Invitation.objects.create(
        owner=user,
        sender_name="Quentin Query",
        message="Hi",
        dedupe_key="picky-q",
        state=ClassificationState.CLASSIFIED,
        queue=Queue.QUERY,
        suggested_queue=Queue.QUERY,
    )
    _log_in(page, base, "picky")
    page.goto(f"{base}/replies/new/?kind=custom")
    page.get_by_label("Name").fill("Quick ask")
    page.get_by_label("Message").fill("Hi {first_name}, where did we meet? {my_first_name}")
    page.get_by_role("button", name="Save template").click()
    expect(page.locator(".messages")).to_contain_text("Saved")

    # The accept card: r copies the thank-you note.
    page.goto(f"{base}/?queue=accept")
    page.keyboard.press("j")
    card = page.locator("[data-card].is-current")
    expect(card.get_by_label("Thank-you note, ready to send")).to_have_value(
        re.compile(r"^Hi Card,\n\nThanks for reaching out")
    )
    page.keyboard.press("r")
    expect(card.locator("[data-reply-offer]")).to_contain_text("Mark accepted")
    card.screenshot(path=str(screenshot_dir / "dashboard-accept-card.png"))
    assert page.evaluate("navigator.clipboard.readText()").startswith("Hi Card,\n\nThanks")

    # The query card: picking another template swaps the reply, and r copies that one.
    page.goto(f"{base}/?queue=query")
    page.keyboard.press("j")
    card = page.locator("[data-card].is-current")
    picker = card.get_by_label("Template")
    expect(picker.locator("option:checked")).to_have_text("How are we connected?")
    picker.select_option(label="Quick ask")
    reply = card.get_by_label("Reply, ready to send")
    expect(reply).to_have_value("Hi Quentin, where did we meet? Picky")
    card.focus()
    page.keyboard.press("r")
    expect(card.locator("[data-reply-offer]")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == "Hi Quentin, where did we meet? Picky"


def test_a_first_visit_is_welcomed(page: Page, live_server: object, screenshot_dir: Path) -> None:
    base = str(live_server.url)  # type: ignore[attr-defined]
    User.objects.create_user(username="newbie", password=PASSWORD, first_name="Nia")
    _log_in(page, base, "newbie")
    expect(
        page.get_by_role("heading", name="Welcome! Let’s clear your invitations.")
    ).to_be_visible()
    expect(page.locator("#bulk-form")).to_be_hidden()
    page.locator(".add-panel summary").click()
    expect(page.get_by_label("Sender's name")).to_be_visible()
    page.screenshot(path=str(screenshot_dir / "dashboard-welcome.png"), full_page=True)
    page.locator(".welcome").get_by_role("link", name="Import invitations").click()
    page.wait_for_url(f"{base}/import/")
