"""What came of queried invitations: outcome controls, the awaiting list, history, stats.

The controls are one include (templates/triage/_outcome_controls.html) used on
the dashboard card, the awaiting list and the detail page; every POST here
answers an HTMX request with that include re-rendered, so it swaps itself.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import trigger_client_event

from accounts.http import AuthenticatedRequest
from triage import charts, selectors
from triage.models import (
    EventKind,
    FinalAction,
    ImportSource,
    Invitation,
    InvitationEvent,
    Outcome,
    Queue,
)
from triage.outcome_suggestion import Suggestion, suggest_outcome
from triage.services import outcomes
from triage.stats import REASON_LABELS, RECORDED, Stats, stats_for
from triage.views.dashboard import profile_link

AWAITING_PAGE_SIZE = 50
CONTROLS = "triage/_outcome_controls.html"
DONE_MESSAGES = {
    Outcome.EXPLAINED: "Recorded: they explained. Now accept or decline.",
    Outcome.APOLOGISED: "Recorded: an apology or mistake. Closed.",
    Outcome.CURT: "Recorded: a curt or hurt answer. Declined.",
    Outcome.EXPIRED: "Recorded: no answer. Expired.",
}
TREND_KEYS = (
    Outcome.EXPLAINED,
    Outcome.APOLOGISED,
    Outcome.CURT,
    Outcome.EXPIRED,
    Outcome.AWAITING,
)
CHART_TONES = {
    Outcome.EXPLAINED: "explained",
    Outcome.APOLOGISED: "apologised",
    Outcome.CURT: "curt",
    Outcome.EXPIRED: "expired",
    Outcome.AWAITING: "awaiting",
}


def _invitation(request: AuthenticatedRequest, pk: int) -> Invitation:
    return get_object_or_404(
        selectors.invitations_of(request.user).select_related("owner", "batch"), pk=pk
    )


def _next_url(request: AuthenticatedRequest, invitation: Invitation) -> str:
    wanted = request.POST.get("next", "")
    if wanted and url_has_allowed_host_and_scheme(
        wanted, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return wanted
    return invitation_url(invitation)


def invitation_url(invitation: Invitation) -> str:
    return reverse("triage:invitation_detail", args=[invitation.pk])


def _suggestion_for(invitation: Invitation) -> Suggestion | None:
    if invitation.outcome == Outcome.AWAITING and invitation.answer_text:
        return suggest_outcome(invitation.answer_text)
    return None


def _respond(
    request: AuthenticatedRequest,
    invitation: Invitation,
    *,
    done: str = "",
    error: str = "",
    suggestion: Suggestion | None = None,
    counts_changed: bool = True,
) -> HttpResponse:
    """Re-render the controls for HTMX; otherwise flash a message and go back.

    `counts_changed` says whether to send queueCountsChanged: every list that
    listens re-fetches itself, so an answer saved (no count moved) must not,
    or the awaiting list would redraw the row without the suggestion just shown.
    """
    if request.htmx:
        context = {
            "invitation": invitation,
            "suggestion": suggestion or _suggestion_for(invitation),
            "error": error,
            "done": done,
            "next_url": _next_url(request, invitation),
            "reply_button": request.POST.get("reply_button") == "1",
            "answer_open": request.POST.get("answer_open") == "1",
        }
        response = render(request, CONTROLS, context, status=422 if error else 200)
        if error or not counts_changed:
            return response
        return trigger_client_event(response, "queueCountsChanged")
    if error:
        messages.error(request, error)
    elif done:
        messages.success(request, done)
    return redirect(_next_url(request, invitation))


@login_required
@require_POST
def reply_sent(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    invitation = _invitation(request, pk)
    try:
        sent_at = _sent_on(request, invitation)
    except outcomes.OutcomeError as error:
        return _respond(request, invitation, error=str(error))
    outcomes.mark_reply_sent(invitation, at=sent_at)
    return _respond(request, invitation, done="Reply marked as sent; waiting for an answer.")


def _sent_on(request: AuthenticatedRequest, invitation: Invitation) -> datetime | None:
    """The optional "sent on" date of the form; None (now) when left empty."""
    typed = request.POST.get("sent_on", "").strip()
    if not typed:
        return None
    try:
        day = date.fromisoformat(typed)
    except ValueError:
        raise outcomes.OutcomeError(
            "Give the date the reply was sent as a date, e.g. 2026-05-04."
        ) from None
    return outcomes.reply_sent_on(invitation, day)


@login_required
@require_POST
def record_outcome(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    invitation = _invitation(request, pk)
    outcome = request.POST.get("outcome", "")
    try:
        outcomes.record_outcome(
            invitation,
            outcome,
            correcting=request.POST.get("correcting") == "1",
            suggested=request.POST.get("suggested", "")[:12],
        )
    except outcomes.OutcomeError as error:
        return _respond(request, invitation, error=str(error))
    return _respond(request, invitation, done=DONE_MESSAGES[Outcome(outcome)])


@login_required
@require_POST
def reopen_outcome(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    invitation = _invitation(request, pk)
    try:
        outcomes.reopen_outcome(invitation)
    except outcomes.OutcomeError as error:
        return _respond(request, invitation, error=str(error))
    return _respond(request, invitation, done="Reopened: waiting for an answer again.")


@login_required
@require_POST
def decide(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    invitation = _invitation(request, pk)
    decision = request.POST.get("decision", "")
    if decision not in ("accept", "decline"):
        return _respond(request, invitation, error="Choose accept or decline.")
    try:
        outcomes.decide_after_explanation(invitation, accept=decision == "accept")
    except outcomes.OutcomeError as error:
        return _respond(request, invitation, error=str(error))
    done = "Accepted." if decision == "accept" else "Declined."
    return _respond(request, invitation, done=done)


@login_required
@require_POST
def paste_answer(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    invitation = _invitation(request, pk)
    try:
        suggestion = outcomes.save_answer(invitation, request.POST.get("answer", ""))
    except outcomes.OutcomeError as error:
        return _respond(request, invitation, error=str(error))
    if suggestion.outcome:
        label = Outcome(suggestion.outcome).label
        done = f"Answer saved. It looks like: {label}. Confirm below."
    else:
        done = "Answer saved. It gives no clear sign; choose the outcome yourself."
    if not request.htmx:
        messages.success(request, done)
        return redirect(_next_url(request, invitation))
    return _respond(request, invitation, done=done, suggestion=suggestion, counts_changed=False)


# --- Pages -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    kind: str
    title: str
    detail: str
    by_hand: bool
    quote: str = ""
    link: str = ""


def _label(choices: type[Any], value: object, default: str = "—") -> str:
    try:
        return str(choices(value).label)
    except ValueError:
        return default if not value else str(value)


def _describe(event: InvitationEvent, invitation: Invitation, zone: tzinfo) -> HistoryEntry:
    data = event.data if isinstance(event.data, dict) else {}
    title, detail, quote, link = str(EventKind(event.kind).label), "", "", ""
    if event.kind == EventKind.IMPORTED:
        source = _label(ImportSource, data.get("source"), "")
        batch = data.get("batch")
        title = "Imported"
        detail = f"in import #{batch}" if batch else ""
        if source:
            detail = f"{detail} ({source})".strip()
        if invitation.batch and invitation.batch.pk == batch:
            link = reverse("triage:batch", args=[batch])
            if invitation.batch.filename:
                detail = f"{detail}, {invitation.batch.filename}"
    elif event.kind == EventKind.CLASSIFIED:
        title = f"Classified: {_label(Queue, data.get('queue'))}"
        detail = str(data.get("summary", ""))
    elif event.kind == EventKind.MOVED:
        title = f"Moved from {_label(Queue, data.get('from'))} to {_label(Queue, data.get('to'))}"
        notes = [note for key, note in (("bulk", "in bulk"), ("undo_of", "undo")) if data.get(key)]
        if data.get("undone"):
            notes.append("later undone")
        detail = ", ".join(notes)
    elif event.kind == EventKind.ACTION:
        title = f"Marked: {_label(FinalAction, data.get('action'), 'not yet')}"
        if data.get("after") == Outcome.EXPLAINED:
            detail = "after their explanation"
        if data.get("undone"):
            detail = ", ".join(filter(None, [detail, "later undone"]))
    elif event.kind == EventKind.REPLY_SENT:
        due = data.get("follow_up_due_at")
        title = "Reply sent"
        if due:
            due_at = timezone.localtime(datetime.fromisoformat(due), zone)
            detail = f"answer due by {due_at.day} {due_at:%b %Y}"
        if data.get("replaced_outcome"):
            replaced = _label(Outcome, data["replaced_outcome"])
            detail = f"{detail}; replaces the outcome {replaced}".lstrip("; ")
    elif event.kind == EventKind.ANSWER:
        title = "Answer pasted"
        quote = str(data.get("excerpt", ""))
        if data.get("suggested"):
            confidence = round(100 * float(data.get("confidence", 0)))
            detail = (
                f"suggested {_label(Outcome, data['suggested'])} from “{data.get('phrase', '')}” "
                f"({confidence}% sure)"
            )
        else:
            detail = "no clear sign in it"
    elif event.kind == EventKind.OUTCOME:
        outcome = data.get("outcome")
        if data.get("reopened_from"):
            title = "Outcome reopened"
            detail = f"was {_label(Outcome, data['reopened_from'])}; waiting again"
        else:
            title = f"Outcome: {_label(Outcome, outcome)}"
            notes = []
            if data.get("automatic"):
                notes.append("recorded automatically after the follow-up window and grace")
            if data.get("closed_by"):
                action = _label(FinalAction, data["closed_by"]).lower()
                notes.append(f"the wait ended when you marked it {action} on the network")
            if data.get("corrected_from"):
                notes.append(f"corrected from {_label(Outcome, data['corrected_from'])}")
            if data.get("suggested") == outcome:
                notes.append("as the app suggested")
            elif data.get("suggested"):
                notes.append(f"the app had suggested {_label(Outcome, data['suggested'])}")
            detail = "; ".join(notes)
    elif event.kind == EventKind.OVERDUE:
        title = "Follow-up overdue"
        detail = "no answer by the deadline"
    return HistoryEntry(
        at=event.at,
        kind=event.kind,
        title=title,
        detail=detail,
        by_hand=event.by_hand,
        quote=quote,
        link=link,
    )


@login_required
@require_GET
def invitation_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    invitation = _invitation(request, pk)
    zone = zoneinfo.ZoneInfo(request.user.time_zone)
    history = [_describe(event, invitation, zone) for event in selectors.history_of(invitation)]
    reasons = [label for key, label in REASON_LABELS.items() if getattr(invitation, key)]
    profile_url, profile_is_search = profile_link(invitation)
    return render(
        request,
        "triage/invitation_detail.html",
        {
            "invitation": invitation,
            "history": history,
            "reasons": reasons,
            "profile_url": profile_url,
            "profile_is_search": profile_is_search,
            "suggestion": _suggestion_for(invitation),
            "reply_button": True,
            "answer_open": True,
        },
    )


@login_required
@require_GET
def awaiting(request: AuthenticatedRequest) -> HttpResponse:
    only_overdue = request.GET.get("show") == "overdue"
    rows = selectors.awaiting_of(request.user).select_related("owner")
    if only_overdue:
        rows = rows.filter(overdue=True)
    page = Paginator(rows, AWAITING_PAGE_SIZE).get_page(request.GET.get("page"))
    now = timezone.now()
    # Each row's suggestion from its pasted answer, so the list shows it after any refresh.
    waits = [
        (
            invitation,
            (now - invitation.reply_sent_at).days if invitation.reply_sent_at else None,
            _suggestion_for(invitation),
        )
        for invitation in page.object_list
    ]
    context = {
        "page": page,
        "waits": waits,
        "only_overdue": only_overdue,
        "awaiting_count": selectors.awaiting_of(request.user).count(),
        "overdue_count": selectors.overdue_count(request.user),
        "grace_days": outcomes.EXPIRY_GRACE.days,
    }
    template = "triage/awaiting.html#awaiting-list" if request.htmx else "triage/awaiting.html"
    return render(request, template, context)


@login_required
@require_GET
def overdue_badge(request: AuthenticatedRequest) -> HttpResponse:
    """The dashboard's overdue count, refreshed by itself when something changes."""
    return render(
        request,
        "triage/_overdue_badge.html",
        {"overdue_count": selectors.overdue_count(request.user)},
    )


@login_required
@require_GET
def stats(request: AuthenticatedRequest) -> HttpResponse:
    figures = stats_for(request.user)
    keys = (*RECORDED, Outcome.AWAITING)
    return render(
        request,
        "triage/stats.html",
        {
            "stats": figures,
            "charts": _stats_charts(figures),
            "median_wait": duration_text(figures.median_wait),
            "outcome_labels": [Outcome(key).label for key in keys],
            # Per month: each outcome's count and share, the total, the median wait.
            "month_rows": [
                (
                    row.month,
                    [(row.counts[key], row.share(key)) for key in keys],
                    row.total,
                    duration_text(row.median_wait),
                )
                for row in figures.months
            ],
        },
    )


def duration_text(wait: timedelta | None) -> str:
    """A wait as a person says it: "40 minutes", "5 hours", "3.5 days"."""
    if wait is None:
        return ""
    hours = wait.total_seconds() / 3600
    if hours < 1:
        minutes = max(1, round(hours * 60))
        return f"{minutes} minute{'s' if minutes != 1 else ''}"
    if hours < 48:
        whole = round(hours)
        return f"{whole} hour{'s' if whole != 1 else ''}"
    days = hours / 24
    return f"{days:.1f} days".replace(".0 days", " days")


def _count_text(count: int, percent: float) -> str:
    return f"{count} ({percent:.0f}%)"


def _stats_charts(figures: Stats) -> dict[str, str]:
    queue_tones = {"accept": "accept", "query": "query", "decline": "decline"}
    overrides = [row for row in figures.overrides if row.total]
    months = [row.month.strftime("%b %y") for row in figures.months]
    series = [
        charts.Series(
            name=str(Outcome(key).label),
            values=[row.counts[key] for row in figures.months],
            tone=CHART_TONES[Outcome(key)],
        )
        for key in TREND_KEYS
    ]
    return {
        "queues": charts.bar_chart(
            chart_id="chart-queues",
            title="Invitations by queue",
            desc=", ".join(f"{s.label}: {s.count}" for s in figures.by_queue),
            bars=[
                charts.Bar(
                    s.label, s.count, _count_text(s.count, s.percent), queue_tones.get(s.key, "")
                )
                for s in figures.by_queue
            ],
        ),
        "actions": charts.bar_chart(
            chart_id="chart-actions",
            title="Invitations by final action",
            desc=", ".join(f"{s.label}: {s.count}" for s in figures.by_final_action),
            bars=[
                charts.Bar(s.label, s.count, _count_text(s.count, s.percent), f"action-{s.key}")
                for s in figures.by_final_action
            ],
        ),
        "overrides": charts.bar_chart(
            chart_id="chart-overrides",
            title="How often you overrode the classifier, by what its verdict said",
            desc="; ".join(
                f"{r.label}: {r.overridden} of {r.total} moved ({r.percent:.0f}%)"
                for r in overrides
            ),
            bars=[
                charts.Bar(
                    r.label,
                    r.percent,
                    f"{r.percent:.0f}% ({r.overridden} of {r.total})",
                    "override",
                )
                for r in overrides
            ],
            # Classified invitations that were never overridden are a 0% worth showing.
            zeros_are_data=True,
            full_scale=100,
        ),
        "outcomes": charts.bar_chart(
            chart_id="chart-outcomes",
            title="What came of the replies you sent",
            desc=", ".join(f"{s.label}: {s.count} of {s.of}" for s in figures.outcomes),
            bars=[
                charts.Bar(
                    s.label, s.count, _count_text(s.count, s.percent), CHART_TONES[Outcome(s.key)]
                )
                for s in figures.outcomes
            ],
        ),
        "trend": charts.stacked_column_chart(
            chart_id="chart-trend",
            title="Outcomes by the month the reply was sent",
            desc="; ".join(
                f"{label}: " + ", ".join(f"{s.name} {s.values[i]}" for s in series if s.values[i])
                for i, label in enumerate(months)
                if any(s.values[i] for s in series)
            )
            or "No replies sent in the last twelve months.",
            categories=months,
            series=series,
        ),
        "trend_shares": charts.stacked_column_chart(
            chart_id="chart-trend-shares",
            title="Share of each outcome by the month the reply was sent",
            desc="; ".join(
                f"{label}: "
                + ", ".join(
                    f"{s.name} {row.share(key):.0f}%"
                    for s, key in zip(series, TREND_KEYS, strict=True)
                    if row.counts[key]
                )
                for label, row in zip(months, figures.months, strict=True)
                if row.total
            )
            or "No replies sent in the last twelve months.",
            categories=months,
            series=series,
            as_shares=True,
        ),
        "trend_wait": charts.column_chart(
            chart_id="chart-trend-wait",
            title="Median time to an answer by the month the reply was sent",
            desc="; ".join(
                f"{label}: {duration_text(row.median_wait)}"
                for label, row in zip(months, figures.months, strict=True)
                if row.median_wait is not None
            )
            or "No answers to replies sent in the last twelve months.",
            categories=months,
            values=[
                None if row.median_wait is None else row.median_wait / timedelta(days=1)
                for row in figures.months
            ],
            texts=[duration_text(row.median_wait) for row in figures.months],
            tone="wait",
            unit=" d",
        ),
    }
