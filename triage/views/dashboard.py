from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from functools import cache
from html import escape as esc
from typing import Any
from urllib.parse import quote_plus, urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, QueryDict
from django.middleware.csrf import get_token
from django.shortcuts import get_object_or_404, redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from accounts.http import AuthenticatedRequest
from accounts.models import User
from triage import selectors
from triage.forms import REASON_LABELS, DashboardFilterForm, InvitationForm, parse_ids
from triage.models import FinalAction, ImportBatch, Invitation, InvitationEvent, Queue, ReplyKind
from triage.selectors import DashboardFilter
from triage.services import replies as reply_service
from triage.services import triage as triage_service
from triage.services.imports import add_one_invitation

# A screenful and a bit: rendering cards is most of the page's server time.
PER_PAGE = 20

QUEUE_ICONS = {Queue.ACCEPT: "✓", Queue.QUERY: "?", Queue.DECLINE: "✕"}
QUEUE_KEYS = {Queue.ACCEPT: "a", Queue.QUERY: "q", Queue.DECLINE: "d"}

FINDING_LABELS: dict[str, str] = {
    **REASON_LABELS,
    "personal": "Greets you by name",
    "referenced": "Refers to something specific",
    "purpose": "Says why",
    "generic": "Stock text",
    "pitch": "Pitch",
    "spam": "Spam",
}
FLAG_FINDINGS = {"generic", "pitch", "spam"}

ACTION_DONE_WORDS = {
    FinalAction.ACCEPTED: "Marked as accepted",
    FinalAction.IGNORED: "Marked as ignored",
    FinalAction.REPLIED: "Reply marked as sent; waiting for their answer",
}


@dataclass
class Card:
    """One invitation as the dashboard shows it: the row plus what explains it.

    build_card works out everything a card shows, once, as plain or pre-escaped
    strings: twenty cards of template lookups, filters and loops were most of the
    dashboard's server time.
    """

    invitation: Invitation
    dom_id: str
    queue_css: str
    queue_label: str
    queue_icon: str
    headline_html: SafeString
    note_html: SafeString
    meta_html: SafeString
    why_html: SafeString
    chips_html: SafeString
    profile_url: str
    profile_hint: str
    move_url: str
    mark_url: str
    reply: str = ""
    reply_label: str = ""
    # The <option>s of the template picker; empty when there is nothing to pick between.
    reply_options_html: SafeString = field(default_factory=SafeString)
    # What the card offers to mark once the reply is copied: (action, button words).
    reply_offer: tuple[str, str] = ("", "")
    # The move and "done on the network" buttons: a loop of them was a third of the card's nodes.
    moves_html: SafeString = field(default_factory=SafeString)
    done_html: SafeString = field(default_factory=SafeString)


@dataclass(frozen=True)
class CardRoutes:
    """The per-invitation URLs, reversed once per request and filled in per card."""

    move: str
    mark: str
    detail: str

    @classmethod
    def current(cls) -> CardRoutes:
        def pattern(name: str) -> str:
            return reverse(name, args=[ROUTE_PK]).replace(str(ROUTE_PK), "{pk}")

        detail = pattern("triage:invitation_detail") if detail_route_exists() else ""
        return cls(move=pattern("triage:move"), mark=pattern("triage:mark"), detail=detail)


# A pk no real row has, so it can stand for "{pk}" in a reversed URL.
ROUTE_PK = 987654321

# Which reply a card carries, by its queue; a declined invitation gets none.
REPLY_KINDS: dict[str, str] = {Queue.QUERY: ReplyKind.QUERY, Queue.ACCEPT: ReplyKind.THANKS}
REPLY_LABELS: dict[str, str] = {
    Queue.QUERY: "Reply, ready to send",
    Queue.ACCEPT: "Thank-you note, ready to send",
}
REPLY_OFFERS: dict[str, tuple[str, str]] = {
    Queue.QUERY: (FinalAction.REPLIED.value, "Sent it? Mark reply sent"),
    Queue.ACCEPT: (FinalAction.ACCEPTED.value, "Accepted and thanked them? Mark accepted"),
}
DONE_BUTTONS = {
    action: (
        f'<button type="submit" name="action" value="{action}" class="button small ghost">'
        f'<span aria-hidden="true">{icon}</span> {words}</button>'
    )
    for action, icon, words in (
        (FinalAction.ACCEPTED.value, "✔", "Accepted"),
        (FinalAction.IGNORED.value, "⊘", "Ignored"),
        (FinalAction.REPLIED.value, "✉", "Reply sent"),
    )
}
MOVE_BUTTONS = {
    q.value: (
        f'<button type="submit" name="queue" value="{q.value}" class="button small move '
        f'move-{q.value}" data-move="{q.value}" aria-keyshortcuts="{QUEUE_KEYS[q]}">'
        f'<span aria-hidden="true">{QUEUE_ICONS[q]}</span> {q.label} '
        f'<kbd aria-hidden="true">{QUEUE_KEYS[q]}</kbd></button>'
    )
    for q in Queue
}


def finding_label(label: str) -> str:
    return FINDING_LABELS.get(label, label.replace("_", " ").capitalize())


AGE_UNITS = (
    (365 * 24 * 3600, "year"),
    (30 * 24 * 3600, "month"),
    (7 * 24 * 3600, "week"),
    (24 * 3600, "day"),
    (3600, "hour"),
    (60, "minute"),
)


def ago(moment: datetime, now: datetime) -> str:
    """ "3 days ago" in the largest whole unit, and "just now" rather than "0 minutes ago".

    One unit is enough on a card, and timesince's translated two-unit phrases cost
    more than the rest of the card's words together.
    """
    seconds = (now - moment).total_seconds()
    for size, unit in AGE_UNITS:
        if seconds >= size:
            count = int(seconds // size)
            return f"{count} {unit}{'' if count == 1 else 's'} ago"
    return "just now"


def highlight(text: str, findings: list[dict[str, Any]], source: str) -> SafeString:
    """The text with each finding's span wrapped in <mark>; every piece of user text escaped."""
    spans = []
    for finding in findings:
        if not isinstance(finding, dict) or finding.get("source") != source:
            continue
        try:
            start, end = int(finding["start"]), int(finding["end"])
        except (KeyError, TypeError, ValueError):
            continue
        if 0 <= start < end <= len(text):
            spans.append((start, end, finding))
    spans.sort(key=lambda span: (span[0], -span[1]))
    pieces: list[str] = []
    position = 0
    for start, end, finding in spans:
        if start < position:
            continue  # overlaps a span already marked; the first (longest) one wins
        label = str(finding.get("label", ""))
        verified = finding.get("verified", True) is not False
        if not verified:
            css, title = "ev ev-warn", f"Unverified: {finding_label(label)}"
        elif label in REASON_LABELS:
            css, title = "ev ev-reason", finding_label(label)
        elif label in FLAG_FINDINGS:
            css, title = "ev ev-flag", finding_label(label)
        else:
            css, title = "ev ev-signal", finding_label(label)
        if finding.get("learned"):
            title += " (judged from the wording)"  # the learned model's, not a rule's
        pieces.append(esc(text[position:start]))
        pieces.append(f'<mark class="{css}" title="{esc(title)}">{esc(text[start:end])}</mark>')
        position = end
    pieces.append(esc(text[position:]))
    return SafeString("".join(pieces))


def profile_link(invitation: Invitation) -> tuple[str, bool]:
    """The sender's profile, or a people search for their name when the source gave no link."""
    url = invitation.sender_profile_url
    if url.startswith(("https://", "http://")):
        return url, False
    query = quote_plus(invitation.sender_name)
    return f"https://www.linkedin.com/search/results/people/?keywords={query}", True


@dataclass(frozen=True)
class CardSetting:
    """What every card of one response shares: the user, their templates, the clock, URLs."""

    user: User
    templates: reply_service.ReplyTemplates
    routes: CardRoutes
    now: datetime
    zone: tzinfo


def _why(invitation: Invitation, summary: str) -> SafeString:
    queue, suggested = invitation.queue, invitation.suggested_queue
    if invitation.moved_by_hand and suggested in Queue.values and suggested != queue:
        # The classifier's summary argues for its own queue, not the one the user chose.
        said = f": {esc(summary)}" if summary else "."
        return SafeString(
            "<strong>You moved this here;</strong> the classifier suggested "
            f"{Queue(suggested).label}{said}"
        )
    if not summary:
        return SafeString("")
    where = Queue(queue).label.lower() if queue in Queue.values else "here"
    return SafeString(f"<strong>Why {where}:</strong> {esc(summary)}")


def _meta(invitation: Invitation, setting: CardSetting) -> SafeString:
    items: list[str] = []
    mutual = invitation.mutual_connections
    if mutual is not None:
        plural = "" if mutual == 1 else "s"
        items.append(f'<span class="meta-item">{mutual} mutual connection{plural}</span>')
    if invitation.sent_at:
        local = invitation.sent_at.astimezone(setting.zone)
        items.append(
            f'<span class="meta-item"><time datetime="{invitation.sent_at.isoformat()}" '
            f'title="{local.day} {local:%B %Y, %H:%M}">{ago(invitation.sent_at, setting.now)}'
            "</time></span>"
        )
    items.append(
        '<span class="meta-item strength" title="How strong the case for connecting is">'
        f"Strength {invitation.strength}</span>"
    )
    if invitation.moved_by_hand:
        items.append('<span class="meta-item badge">Moved by you</span>')
    if invitation.final_action:
        items.append(
            '<span class="meta-item badge badge-done"><span aria-hidden="true">✔</span> '
            f"{esc(invitation.get_final_action_display())}</span>"
        )
    if setting.routes.detail:
        url = setting.routes.detail.format(pk=invitation.pk)
        items.append(f'<a class="meta-item" href="{esc(url)}">History</a>')
    return SafeString("".join(items))


def _chips(invitation: Invitation, verdict: dict[str, Any]) -> SafeString:
    reasons_found = verdict.get("reasons") or {}
    chips: list[tuple[str, str, str]] = [
        ("chip chip-ok", "✓", REASON_LABELS[column])
        for column in selectors.REASON_COLUMNS
        if getattr(invitation, column) or reasons_found.get(column)
    ]
    unverified = []
    for claim in verdict.get("unverified") or []:
        if isinstance(claim, dict):
            kind = finding_label(str(claim.get("kind", "claim"))).lower()
            claimed = str(claim.get("claimed", "")).strip()
            unverified.append(f"{kind}: “{claimed}”" if claimed else kind)
    if invitation.has_unverified_claim and not unverified:
        unverified.append("a claim your profile does not confirm")
    chips += [("chip chip-warn", "⚠", f"Unverified {claim}") for claim in unverified]
    if invitation.generic:
        chips.append(
            ("chip chip-bad", "⚑", "Stock text" if invitation.message.strip() else "No note")
        )
    if invitation.pitch:
        chips.append(("chip chip-bad", "⚑", "Pitch"))
    if verdict.get("spam"):
        chips.append(("chip chip-bad", "⚑", "Spam"))
    for yes, no, present in (
        ("Personal", "Not personal", invitation.personal or bool(verdict.get("personal"))),
        ("Refers to specifics", "Nothing specific", bool(verdict.get("referenced"))),
        ("States a purpose", "No purpose stated", bool(verdict.get("purpose"))),
    ):
        if present:
            chips.append(("chip signal signal-yes", "●", yes))
        else:
            chips.append(("chip signal signal-no", "○", no))
    return SafeString(
        "".join(
            f'<li class="{css}"><span aria-hidden="true">{icon}</span> {esc(words)}</li>'
            for css, icon, words in chips
        )
    )


def _reply_options(choices: list[reply_service.ReplyChoice]) -> SafeString:
    return SafeString(
        "".join(
            f'<option value="{choice.template_id}" data-reply="{esc(choice.text)}"'
            f"{' selected' if choice.selected else ''}>{esc(choice.name)}</option>"
            for choice in choices
        )
    )


def build_card(invitation: Invitation, setting: CardSetting) -> Card:
    verdict = invitation.verdict if isinstance(invitation.verdict, dict) else {}
    findings = [f for f in verdict.get("findings") or [] if isinstance(f, dict)]
    url, is_search = profile_link(invitation)
    queue = invitation.queue
    known = queue in Queue.values
    card = Card(
        invitation=invitation,
        dom_id=f"card-{invitation.pk}",
        queue_css=queue or "unsorted",
        queue_label=Queue(queue).label if known else "Unsorted",
        queue_icon=QUEUE_ICONS[Queue(queue)] if known else "…",
        headline_html=highlight(invitation.sender_headline, findings, "headline"),
        note_html=highlight(invitation.message, findings, "message"),
        meta_html=_meta(invitation, setting),
        why_html=_why(invitation, str(verdict.get("summary") or "")),
        chips_html=_chips(invitation, verdict),
        profile_url=url,
        profile_hint="search for their profile" if is_search else "their profile",
        move_url=setting.routes.move.format(pk=invitation.pk),
        mark_url=setting.routes.mark.format(pk=invitation.pk),
        moves_html=SafeString("".join(b for q, b in MOVE_BUTTONS.items() if q != queue)),
        done_html=SafeString(
            "".join(b for a, b in DONE_BUTTONS.items() if a != invitation.final_action)
        ),
    )
    kind = REPLY_KINDS.get(queue)
    if kind is not None:
        choices = reply_service.reply_choices(setting.templates, invitation, setting.user, kind)
        card.reply = next(choice.text for choice in choices if choice.selected)
        card.reply_label = REPLY_LABELS[queue]
        card.reply_offer = REPLY_OFFERS[queue]
        if len(choices) > 1:
            card.reply_options_html = _reply_options(choices)
    return card


@cache
def outcome_controls_exist() -> bool:
    """The outcome buttons are another page's template; cards include them once it exists."""
    try:
        get_template("triage/_outcome_controls.html")
    except TemplateDoesNotExist:
        return False
    return True


@cache
def detail_route_exists() -> bool:
    try:
        reverse("triage:invitation_detail", args=[1])
    except NoReverseMatch:
        return False
    return True


def _filters_and_counts(
    request: AuthenticatedRequest, data: QueryDict
) -> tuple[DashboardFilterForm, DashboardFilter, selectors.QueueCounts]:
    form = DashboardFilterForm(data)
    filters = form.to_filter()
    counts = selectors.queue_counts(request.user, filters)
    if not data.get("queue"):
        # Open on the first queue with work in it.
        first = next((q.value for q in Queue if counts[q.value]), Queue.ACCEPT)
        filters = filters.in_queue(first)
    return form, filters, counts


def filter_query(filters: DashboardFilter, **overrides: object) -> str:
    """The query string for these filters, leaving defaults out so URLs stay short."""
    values: dict[str, object] = {
        "queue": filters.queue,
        "q": filters.q,
        "reason": filters.reason,
        "flag": filters.flag,
        "batch": filters.batch or "",
        "since": filters.since.isoformat() if filters.since else "",
        "until": filters.until.isoformat() if filters.until else "",
        "sort": "" if filters.sort == "date" else filters.sort,
        "status": "" if filters.status == "todo" else filters.status,
        **overrides,
    }
    return urlencode({key: value for key, value in values.items() if value})


def _cards(request: AuthenticatedRequest, invitations: list[Invitation]) -> list[Card]:
    if not invitations:
        return []
    user = request.user
    setting = CardSetting(
        user=user,
        templates=reply_service.templates_for(user),
        routes=CardRoutes.current(),
        now=timezone.now(),
        zone=selectors.zone_of(user),
    )
    return [build_card(invitation, setting) for invitation in invitations]


def _next_url(request: AuthenticatedRequest) -> str:
    """Where a card's forms come back to without JavaScript: the list being looked at."""
    if request.method == "GET":
        return request.get_full_path()
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("triage:dashboard")


def _card_context(request: AuthenticatedRequest) -> dict[str, object]:
    """What every card's forms need, rendered once: a token per form was a tag per form."""
    next_url = _next_url(request)
    return {
        "form_hidden": format_html(
            '<input type="hidden" name="csrfmiddlewaretoken" value="{}">'
            '<input type="hidden" name="next" value="{}">',
            get_token(request),
            next_url,
        ),
        "next_url": next_url,
        "has_outcome_controls": outcome_controls_exist(),
    }


def _results_context(
    request: AuthenticatedRequest,
    filters: DashboardFilter,
    counts: selectors.QueueCounts,
    cursor: str = "",
    **extra: object,
) -> dict[str, object]:
    matching = counts.get(filters.queue, 0)
    if matching or cursor:
        page = selectors.invitation_page(
            request.user, filters, cursor, PER_PAGE, matching=counts.get(filters.queue)
        )
    else:
        # The counts already say the list is empty: no need to look for its rows.
        page = selectors.CardPage(invitations=[])
    return {
        "filters": filters,
        "counts": counts,
        "tabs": _tabs(filters, counts),
        "cards": _cards(request, page.invitations),
        "next_cursor": page.next_cursor,
        "more_query": filter_query(filters, cursor=page.next_cursor),
        "current_query": filter_query(filters),
        "matching": counts.label(filters.queue),
        "first_run": _first_run(request, filters, counts),
        "move_choices": [(q.value, q.label, QUEUE_ICONS[q]) for q in Queue],
        **_card_context(request),
        **extra,
    }


def _first_run(
    request: AuthenticatedRequest, filters: DashboardFilter, counts: dict[str, int]
) -> bool:
    """No invitations at all yet, so the page welcomes instead of saying "nothing left"."""
    if any(counts.values()) or filters.narrowed:
        return False
    # Only asked when every count is 0: the common case costs no query.
    return not selectors.invitations_of(request.user).exists()


def _tabs(filters: DashboardFilter, counts: selectors.QueueCounts) -> list[dict[str, object]]:
    return [
        {
            "value": queue.value,
            "label": queue.label,
            "icon": QUEUE_ICONS[queue],
            "count": counts.get(queue.value, 0),
            "count_label": counts.label(queue.value),
            "query": filter_query(filters, queue=queue.value),
            "current": queue.value == filters.queue,
        }
        for queue in Queue
    ]


@dataclass(frozen=True)
class BatchProgress:
    """One batch in the classifying strip, with the words that describe it."""

    batch: ImportBatch
    label: str
    age: str


def batch_label(batch: ImportBatch) -> str:
    """ "Data export · Invitations.csv", or just "Pasted text" for a paste."""
    source = batch.get_source_display()
    # Pastes saved before they lost their filename had the source's words as the name too.
    if batch.filename and batch.filename != source:
        return f"{source} · {batch.filename}"
    return source


def _progress_context(request: AuthenticatedRequest) -> dict[str, object]:
    batches = list(selectors.batches_in_progress(request.user))
    waiting = selectors.waiting_for_verdict(request.user)
    now = timezone.now()
    rows = [
        BatchProgress(batch=batch, label=batch_label(batch), age=ago(batch.created_at, now))
        for batch in batches
    ]
    # What the counts looked like at this render; the next poll compares against it.
    seen = f"{waiting}.{sum(batch.classified_count for batch in batches)}"
    return {"progress_rows": rows, "waiting": waiting, "seen": seen}


def _page_context(request: AuthenticatedRequest, **extra: object) -> dict[str, object]:
    form, filters, counts = _filters_and_counts(request, request.GET)
    user = request.user
    return {
        **_results_context(request, filters, counts, request.GET.get("cursor", "")),
        **_progress_context(request),
        "filter_form": form,
        "recent_batches": selectors.recent_batches(user),
        "form": InvitationForm(),
        **extra,
    }


@login_required
@require_GET
def dashboard(request: AuthenticatedRequest) -> HttpResponse:
    if request.htmx and request.GET.get("cursor"):
        _, filters, counts = _filters_and_counts(request, request.GET)
        context = _results_context(request, filters, counts, request.GET["cursor"])
        return render(request, "triage/dashboard.html#more", context)
    if request.htmx and request.htmx.target == "results":
        _, filters, counts = _filters_and_counts(request, request.GET)
        return render(
            request, "triage/dashboard.html#results", _results_context(request, filters, counts)
        )
    return render(request, "triage/dashboard.html", _page_context(request))


def _to_the_dashboard(request: AuthenticatedRequest) -> HttpResponse:
    # The fragment endpoints are parts of the dashboard: opened as a page, they show it whole.
    query = request.GET.urlencode()
    return redirect(reverse("triage:dashboard") + (f"?{query}" if query else ""))


@login_required
@require_GET
def queues(request: AuthenticatedRequest) -> HttpResponse:
    """The queue tabs and the "all N matching" count, refreshed whenever something moves."""
    if not request.htmx:
        return _to_the_dashboard(request)
    _, filters, counts = _filters_and_counts(request, request.GET)
    context = {
        "filters": filters,
        "counts": counts,
        "tabs": _tabs(filters, counts),
        "matching": counts.label(filters.queue),
    }
    return render(request, "triage/dashboard.html#counts", context)


@login_required
@require_GET
def progress(request: AuthenticatedRequest) -> HttpResponse:
    """The strip of batches still classifying; polled by itself until they finish."""
    if not request.htmx:
        return redirect("triage:dashboard")
    context = _progress_context(request)
    response = render(request, "triage/dashboard.html#progress", context)
    if request.GET.get("running"):
        # Only when something moved: each refresh re-reads the counts (and a screen
        # reader hears the tabs again), so a poll that changed nothing stays quiet.
        if request.GET.get("seen") != context["seen"]:
            trigger_client_event(response, "queueCountsChanged")
        if not context["progress_rows"] and not context["waiting"]:
            trigger_client_event(response, "classificationFinished")
    return response


def _card_response(request: AuthenticatedRequest, invitation: Invitation) -> HttpResponse:
    context = {"card": _cards(request, [invitation])[0], **_card_context(request)}
    return render(request, "triage/_card.html", context)


def _back_to_dashboard(request: AuthenticatedRequest) -> HttpResponse:
    return redirect(_next_url(request))


def _card_gone(
    request: AuthenticatedRequest,
    invitation: Invitation,
    notice: str,
    event: InvitationEvent | None,
) -> HttpResponse:
    response = render(
        request,
        "triage/dashboard.html#card-gone",
        {"invitation": invitation, "notice": notice, "undo_event": event},
    )
    return trigger_client_event(response, "queueCountsChanged")


@login_required
@require_POST
def move(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    invitation = get_object_or_404(selectors.invitations_of(request.user), pk=pk)
    queue = request.POST.get("queue", "")
    if queue not in Queue.values:
        return HttpResponse("Unknown queue.", status=400)
    event = triage_service.move_to_queue(invitation, queue)
    notice = f"{invitation.sender_name} moved to {Queue(queue).label}"
    if request.htmx:
        if event is None:
            return _card_response(request, invitation)
        return _card_gone(request, invitation, notice, event)
    if event is not None:
        messages.success(request, notice + ".")
    return _back_to_dashboard(request)


@login_required
@require_POST
def mark(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    invitation = get_object_or_404(selectors.invitations_of(request.user), pk=pk)
    action = request.POST.get("action", "")
    if action not in ACTION_DONE_WORDS:
        return HttpResponse("Unknown action.", status=400)
    event = triage_service.mark_action(invitation, action)
    notice = f"{ACTION_DONE_WORDS[FinalAction(action)]}: {invitation.sender_name}"
    if request.htmx:
        return _card_gone(request, invitation, notice, event)
    messages.success(request, notice + ".")
    return _back_to_dashboard(request)


@login_required
@require_POST
def undo(request: AuthenticatedRequest, pk: int, event_pk: int) -> HttpResponse:
    invitation = get_object_or_404(selectors.invitations_of(request.user), pk=pk)
    event = get_object_or_404(InvitationEvent.objects.filter(invitation=invitation), pk=event_pk)
    try:
        triage_service.undo(invitation, event)
    except triage_service.CannotUndo as problem:
        if request.htmx:
            return render(
                request,
                "triage/dashboard.html#card-gone",
                {"invitation": invitation, "notice": str(problem), "undo_event": None},
                status=200,
            )
        messages.error(request, str(problem))
        return _back_to_dashboard(request)
    if request.htmx:
        return trigger_client_event(_card_response(request, invitation), "queueCountsChanged")
    messages.success(request, f"Undone: {invitation.sender_name} is back.")
    return _back_to_dashboard(request)


BULK_OPERATIONS = {
    **{f"move:{q.value}": f"moved to {q.label}" for q in Queue},
    **{f"mark:{action.value}": word.lower() for action, word in ACTION_DONE_WORDS.items()},
}
# A reply marked sent starts outcome tracking, which the dashboard's undo does not reverse.
NOT_UNDONE_IN_BULK = {f"mark:{FinalAction.REPLIED.value}"}


def _plural(count: int) -> str:
    return f"{count} invitation{'s' if count != 1 else ''}"


def _bulk_response(
    request: AuthenticatedRequest,
    filters: DashboardFilter,
    notice: str,
    undo_id: str = "",
) -> HttpResponse:
    if request.htmx:
        counts = selectors.queue_counts(request.user, filters)
        response = render(
            request,
            "triage/dashboard.html#results",
            _results_context(request, filters, counts, notice=notice, bulk_undo_id=undo_id),
        )
        return trigger_client_event(response, "queueCountsChanged")
    messages.success(request, notice)
    return redirect(f"{reverse('triage:dashboard')}?{filter_query(filters)}")


@login_required
@require_POST
def bulk(request: AuthenticatedRequest) -> HttpResponse:
    # The bulk form posts the filters too, so "all matching" means exactly what is on screen.
    filters = DashboardFilterForm(request.POST).to_filter()
    if "undo_bulk" in request.POST:
        return _undo_bulk(request, filters, request.POST["undo_bulk"])
    operation = request.POST.get("operation", "")
    if operation not in BULK_OPERATIONS:
        return HttpResponse("Unknown operation.", status=400)
    if request.POST.get("scope") == "matching":
        chosen = selectors.filtered_invitations(request.user, filters)
    else:
        ids = parse_ids(request.POST.getlist("ids"))
        chosen = selectors.invitations_of(request.user).filter(pk__in=ids)
    kind, _, value = operation.partition(":")
    # Tags every event of this one action, so the notice's undo can find them all.
    bulk_id = uuid.uuid4().hex
    if kind == "move":
        changed = triage_service.bulk_move(chosen, value, bulk_id=bulk_id)
    else:
        changed = triage_service.bulk_mark(chosen, value, bulk_id=bulk_id)
    if not changed:
        return _bulk_response(request, filters, "Nothing changed.")
    notice = f"{_plural(changed)} {BULK_OPERATIONS[operation]}."
    undoable = operation not in NOT_UNDONE_IN_BULK
    return _bulk_response(request, filters, notice, bulk_id if undoable else "")


def _undo_bulk(
    request: AuthenticatedRequest, filters: DashboardFilter, bulk_id: str
) -> HttpResponse:
    result = triage_service.undo_bulk(request.user, bulk_id)
    if result is None:
        raise Http404("No bulk action of yours to undo.")
    if not result.restored:
        notice = "Nothing to undo: that bulk action was undone already, or changed since."
    else:
        notice = f"Undone: {_plural(result.restored)} back as they were."
        if result.skipped:
            notice += f" {_plural(result.skipped)} changed since and kept the newer state."
    return _bulk_response(request, filters, notice)


@login_required
@require_POST
def add_invitation(request: AuthenticatedRequest) -> HttpResponse:
    form = InvitationForm(request.POST)
    if not form.is_valid():
        if request.htmx:
            return render(request, "triage/dashboard.html#add-form", {"form": form}, status=422)
        messages.error(request, "Please correct the form; nothing was saved.")
        return render(
            request, "triage/dashboard.html", _page_context(request, form=form), status=422
        )
    result = add_one_invitation(request.user, form.to_record())
    if result.duplicates:
        messages.info(request, "You already have that invitation; nothing was added.")
    if request.htmx:
        response = render(
            request,
            "triage/dashboard.html#add-form",
            {"form": InvitationForm(), "added": result.imported},
        )
        trigger_client_event(response, "queueCountsChanged")
        return trigger_client_event(response, "invitationsAdded")
    if result.imported:
        messages.success(request, "Invitation added; it is being classified.")
    return redirect("triage:dashboard")
