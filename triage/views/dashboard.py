from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any
from urllib.parse import quote_plus, urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template
from django.urls import NoReverseMatch, reverse
from django.utils.html import escape, format_html, format_html_join
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from accounts.http import AuthenticatedRequest
from triage import selectors
from triage.forms import REASON_LABELS, DashboardFilterForm, InvitationForm, parse_ids
from triage.models import FinalAction, Invitation, InvitationEvent, Queue
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
    """One invitation as the dashboard shows it: the row plus what explains it."""

    invitation: Invitation
    headline_html: SafeString
    note_html: SafeString
    reasons: list[str]
    unverified: list[str]
    signals: list[tuple[str, str, bool]]
    flags: list[str]
    summary: str
    reply: str
    profile_url: str
    profile_is_search: bool
    moves: list[tuple[str, str, str, str]] = field(default_factory=list)


def finding_label(label: str) -> str:
    return FINDING_LABELS.get(label, label.replace("_", " ").capitalize())


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
    pieces: list[SafeString] = []
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
        pieces.append(escape(text[position:start]))
        pieces.append(
            format_html('<mark class="{}" title="{}">{}</mark>', css, title, text[start:end])
        )
        position = end
    pieces.append(escape(text[position:]))
    return format_html_join("", "{}", ((piece,) for piece in pieces))


def profile_link(invitation: Invitation) -> tuple[str, bool]:
    """The sender's profile, or a people search for their name when the source gave no link."""
    url = invitation.sender_profile_url
    if url.startswith(("https://", "http://")):
        return url, False
    query = quote_plus(invitation.sender_name)
    return f"https://www.linkedin.com/search/results/people/?keywords={query}", True


def build_card(
    invitation: Invitation,
    request: AuthenticatedRequest,
    templates: reply_service.ReplyTemplates,
) -> Card:
    verdict = invitation.verdict if isinstance(invitation.verdict, dict) else {}
    findings = [f for f in verdict.get("findings") or [] if isinstance(f, dict)]
    reasons_found = verdict.get("reasons") or {}
    reasons = [
        REASON_LABELS[column]
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
    signals = [
        ("Personal", "Not personal", invitation.personal or bool(verdict.get("personal"))),
        ("Refers to specifics", "Nothing specific", bool(verdict.get("referenced"))),
        ("States a purpose", "No purpose stated", bool(verdict.get("purpose"))),
    ]
    flags = []
    if invitation.generic:
        flags.append("Stock text" if invitation.message.strip() else "No note")
    if invitation.pitch:
        flags.append("Pitch")
    if verdict.get("spam"):
        flags.append("Spam")
    url, is_search = profile_link(invitation)
    reply = ""
    if invitation.queue == Queue.QUERY:
        reply = templates.reply_for(invitation, request.user)
    moves = [
        (queue.value, queue.label, QUEUE_ICONS[queue], QUEUE_KEYS[queue])
        for queue in Queue
        if queue.value != invitation.queue
    ]
    return Card(
        invitation=invitation,
        headline_html=highlight(invitation.sender_headline, findings, "headline"),
        note_html=highlight(invitation.message, findings, "message"),
        reasons=reasons,
        unverified=unverified,
        signals=signals,
        flags=flags,
        summary=str(verdict.get("summary") or ""),
        reply=reply,
        profile_url=url,
        profile_is_search=is_search,
        moves=moves,
    )


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
) -> tuple[DashboardFilterForm, DashboardFilter, dict[str, int]]:
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
    templates = reply_service.templates_for(request.user)
    return [build_card(invitation, request, templates) for invitation in invitations]


def _results_context(
    request: AuthenticatedRequest,
    filters: DashboardFilter,
    counts: dict[str, int],
    cursor: str = "",
    **extra: object,
) -> dict[str, object]:
    page = selectors.invitation_page(
        request.user, filters, cursor, PER_PAGE, matching=counts.get(filters.queue)
    )
    return {
        "filters": filters,
        "counts": counts,
        "tabs": _tabs(filters, counts),
        "cards": _cards(request, page.invitations),
        "next_cursor": page.next_cursor,
        "more_query": filter_query(filters, cursor=page.next_cursor),
        "current_query": filter_query(filters),
        "matching": counts.get(filters.queue, 0),
        "detail_route": detail_route_exists(),
        "has_outcome_controls": outcome_controls_exist(),
        "move_choices": [(q.value, q.label, QUEUE_ICONS[q]) for q in Queue],
        **extra,
    }


def _tabs(filters: DashboardFilter, counts: dict[str, int]) -> list[dict[str, object]]:
    return [
        {
            "value": queue.value,
            "label": queue.label,
            "icon": QUEUE_ICONS[queue],
            "count": counts.get(queue.value, 0),
            "query": filter_query(filters, queue=queue.value),
            "current": queue.value == filters.queue,
        }
        for queue in Queue
    ]


def _page_context(request: AuthenticatedRequest, **extra: object) -> dict[str, object]:
    form, filters, counts = _filters_and_counts(request, request.GET)
    user = request.user
    return {
        **_results_context(request, filters, counts, request.GET.get("cursor", "")),
        "filter_form": form,
        "batches": list(selectors.batches_in_progress(user)),
        "waiting": selectors.waiting_for_verdict(user),
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


@login_required
@require_GET
def queues(request: AuthenticatedRequest) -> HttpResponse:
    """The queue tabs and their counts, refreshed whenever something moves."""
    _, filters, counts = _filters_and_counts(request, request.GET)
    context = {"filters": filters, "counts": counts, "tabs": _tabs(filters, counts)}
    return render(request, "triage/dashboard.html#tabs", context)


@login_required
@require_GET
def progress(request: AuthenticatedRequest) -> HttpResponse:
    """The strip of batches still classifying; polled by itself until they finish."""
    batches = list(selectors.batches_in_progress(request.user))
    waiting = selectors.waiting_for_verdict(request.user)
    response = render(
        request, "triage/dashboard.html#progress", {"batches": batches, "waiting": waiting}
    )
    if request.htmx:
        # Counts move while a batch classifies; the list reloads once it is done.
        if request.GET.get("running"):
            trigger_client_event(response, "queueCountsChanged")
        if request.GET.get("running") and not batches and not waiting:
            trigger_client_event(response, "classificationFinished")
    return response


def _card_response(request: AuthenticatedRequest, invitation: Invitation) -> HttpResponse:
    context = {
        "card": _cards(request, [invitation])[0],
        "detail_route": detail_route_exists(),
        "has_outcome_controls": outcome_controls_exist(),
    }
    return render(request, "triage/_card.html", context)


def _back_to_dashboard(request: AuthenticatedRequest) -> HttpResponse:
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("triage:dashboard")


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


@login_required
@require_POST
def bulk(request: AuthenticatedRequest) -> HttpResponse:
    # The bulk form posts the filters too, so "all matching" means exactly what is on screen.
    filters = DashboardFilterForm(request.POST).to_filter()
    operation = request.POST.get("operation", "")
    if operation not in BULK_OPERATIONS:
        return HttpResponse("Unknown operation.", status=400)
    if request.POST.get("scope") == "matching":
        chosen = selectors.filtered_invitations(request.user, filters)
    else:
        ids = parse_ids(request.POST.getlist("ids"))
        chosen = selectors.invitations_of(request.user).filter(pk__in=ids)
    kind, _, value = operation.partition(":")
    if kind == "move":
        changed = triage_service.bulk_move(chosen, value)
    else:
        changed = triage_service.bulk_mark(chosen, value)
    notice = (
        f"{changed} invitation{'s' if changed != 1 else ''} {BULK_OPERATIONS[operation]}."
        if changed
        else "Nothing changed."
    )
    if request.htmx:
        counts = selectors.queue_counts(request.user, filters)
        response = render(
            request,
            "triage/dashboard.html#results",
            _results_context(request, filters, counts, notice=notice),
        )
        return trigger_client_event(response, "queueCountsChanged")
    messages.success(request, notice)
    return redirect(f"{reverse('triage:dashboard')}?{filter_query(filters)}")


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
