"""The reply template editor: the user's wording, a live preview, and the default per kind."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect, trigger_client_event

from accounts.http import AuthenticatedRequest
from triage import selectors
from triage.forms import ReplyTemplateForm
from triage.models import Invitation, Queue, ReplyKind, ReplyTemplate
from triage.services import replies as reply_service


def _templates_of(request: AuthenticatedRequest) -> list[ReplyTemplate]:
    return reply_service.templates_for(request.user).templates


def _sample_invitation(request: AuthenticatedRequest) -> Invitation | None:
    """A real queried invitation to preview with, so the preview reads like the real thing."""
    return (
        selectors.invitations_of(request.user)
        .filter(queue=Queue.QUERY)
        .order_by("-sent_at", "-id")
        .only("id", "sender_name")
        .first()
    )


def _preview(request: AuthenticatedRequest, body: str) -> dict[str, object]:
    sample = _sample_invitation(request)
    values = reply_service.variables_for(sample, request.user)
    try:
        text = reply_service.render_body(body, values)
        errors: list[str] = []
    except ValidationError as problem:
        text, errors = "", problem.messages
    return {
        "preview_text": text,
        "preview_errors": errors,
        "preview_sender": values["full_name"],
        "preview_is_sample": sample is None,
    }


def _page(
    request: AuthenticatedRequest,
    form: ReplyTemplateForm,
    editing: ReplyTemplate | None,
    status: int = 200,
    partial: str = "",
) -> HttpResponse:
    context = {
        "templates": _templates_of(request),
        "form": form,
        "editing": editing,
        "variables": reply_service.VARIABLES,
        **_preview(request, form["body"].value() or ""),
    }
    name = "triage/reply_templates.html" + (f"#{partial}" if partial else "")
    return render(request, name, context, status=status)


def _save(
    request: AuthenticatedRequest, form: ReplyTemplateForm, editing: ReplyTemplate | None
) -> HttpResponse:
    if not form.is_valid():
        if request.htmx:
            return _page(request, form, editing, status=422, partial="editor")
        messages.error(request, "Please correct the template; nothing was saved.")
        return _page(request, form, editing, status=422)
    template = form.save(commit=False)
    template.owner = request.user
    reply_service.save_template(template, make_default=form.cleaned_data["is_default"])
    messages.success(request, f"Saved “{template.name}”.")
    url = reverse("triage:reply_template_edit", args=[template.pk])
    if request.htmx:
        return HttpResponseClientRedirect(url)
    return redirect(url)


@login_required
@require_GET
def template_list(request: AuthenticatedRequest) -> HttpResponse:
    """The templates, with the default query template open in the editor."""
    templates = _templates_of(request)
    editing = reply_service.ReplyTemplates(templates).default_for(ReplyKind.QUERY)
    if editing is None and templates:
        editing = templates[0]
    if editing is None:
        return redirect("triage:reply_template_new")
    form = ReplyTemplateForm(instance=editing, initial={"is_default": editing.is_default})
    return _page(request, form, editing, partial="editor" if request.htmx else "")


@login_required
@require_http_methods(["GET", "POST"])
def template_new(request: AuthenticatedRequest) -> HttpResponse:
    if request.method == "POST":
        return _save(request, ReplyTemplateForm(request.POST), None)
    kind = request.GET.get("kind", ReplyKind.CUSTOM)
    kind = kind if kind in ReplyKind.values else ReplyKind.CUSTOM
    starting = reply_service.DEFAULT_BODIES.get(kind, reply_service.DEFAULT_BODIES["query"])
    form = ReplyTemplateForm(
        initial={"kind": kind, "name": "", "body": starting[1], "is_default": False}
    )
    return _page(request, form, None, partial="editor" if request.htmx else "")


@login_required
@require_http_methods(["GET", "POST"])
def template_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    template = get_object_or_404(selectors.reply_templates_of(request.user), pk=pk)
    if request.method == "POST":
        return _save(request, ReplyTemplateForm(request.POST, instance=template), template)
    form = ReplyTemplateForm(instance=template, initial={"is_default": template.is_default})
    return _page(request, form, template, partial="editor" if request.htmx else "")


@login_required
@require_POST
def template_preview(request: AuthenticatedRequest) -> HttpResponse:
    """The message as it would go out, re-rendered as the user types."""
    body = request.POST.get("body", "")
    if request.htmx:
        return render(request, "triage/reply_templates.html#preview", _preview(request, body))
    return _page(request, ReplyTemplateForm(request.POST), None)


@login_required
@require_POST
def template_make_default(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    template = get_object_or_404(selectors.reply_templates_of(request.user), pk=pk)
    reply_service.set_default(template)
    notice = f"“{template.name}” is now the default {template.get_kind_display().lower()} reply."
    if request.htmx:
        response = render(
            request,
            "triage/reply_templates.html#list",
            {"templates": _templates_of(request), "editing": None, "notice": notice},
        )
        return trigger_client_event(response, "replyTemplatesChanged")
    messages.success(request, notice)
    return redirect("triage:reply_template_edit", pk=template.pk)


@login_required
@require_POST
def template_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    template = get_object_or_404(selectors.reply_templates_of(request.user), pk=pk)
    name = template.name
    reply_service.delete_template(template)
    messages.success(request, f"Deleted “{name}”.")
    if request.htmx:
        return HttpResponseClientRedirect(reverse("triage:reply_templates"))
    return redirect("triage:reply_templates")
