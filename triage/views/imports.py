"""Importing: upload export files or emails, paste the invitations page, watch a batch."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRedirect

from accounts.http import AuthenticatedRequest
from triage import selectors
from triage.forms import InvitationForm
from triage.models import BatchState, ImportBatch, Queue
from triage.services.imports import (
    FileReport,
    ImportReport,
    import_files,
    import_paste,
    preview_paste,
)

MAX_FILES_PER_UPLOAD = 20
MAX_PASTE_CHARS = 1_000_000


class PasteForm(forms.Form):
    text = forms.CharField(
        label="Paste the invitations page or a notification email",
        max_length=MAX_PASTE_CHARS,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 12, "spellcheck": "false"}),
        help_text=(
            "Select everything on the received-invitations page (Ctrl+A), copy and paste it "
            "here, or paste the text of an invitation email. You see what was found before "
            "anything is saved."
        ),
    )


def _page_context(request: AuthenticatedRequest, **extra: object) -> dict[str, object]:
    context: dict[str, object] = {
        "paste_form": PasteForm(),
        "form": InvitationForm(),
        "recent_batches": selectors.batches_of(request.user).order_by("-created_at")[:10],
        "max_upload_mb": settings.TRIAGE_MAX_UPLOAD_BYTES // (1024 * 1024),
    }
    context.update(extra)
    return context


@login_required
@require_GET
def import_page(request: AuthenticatedRequest) -> HttpResponse:
    return render(request, "triage/import.html", _page_context(request))


@login_required
@require_POST
def upload(request: AuthenticatedRequest) -> HttpResponse:
    uploads = request.FILES.getlist("files")
    if not uploads:
        return render(
            request,
            "triage/import.html",
            _page_context(request, upload_error="Choose at least one file to import."),
            status=422,
        )
    if len(uploads) > MAX_FILES_PER_UPLOAD:
        return render(
            request,
            "triage/import.html",
            _page_context(
                request,
                upload_error=f"Import at most {MAX_FILES_PER_UPLOAD} files at a time.",
            ),
            status=422,
        )
    limit = settings.TRIAGE_MAX_UPLOAD_BYTES
    too_big = [item for item in uploads if (item.size or 0) > limit]
    readable = [item for item in uploads if (item.size or 0) <= limit]
    # The size is known before reading, so an oversized file never enters memory.
    report = import_files(request.user, [(item.name or "upload", item.read()) for item in readable])
    report.files.extend(
        FileReport(
            item.name or "upload",
            rejected_reason=(
                f"The file is over the {limit // (1024 * 1024)} MB limit; nothing was saved."
            ),
        )
        for item in too_big
    )
    batches = report.batches
    if len(report.files) == 1 and len(batches) == 1:
        return redirect("triage:batch", pk=batches[0].pk)
    status = 200 if batches else 422
    return render(
        request, "triage/import.html", _page_context(request, report=report), status=status
    )


@login_required
@require_POST
def paste_preview(request: AuthenticatedRequest) -> HttpResponse:
    form = PasteForm(request.POST)
    template = "triage/import.html#paste" if request.htmx else "triage/import.html"
    if not form.is_valid():
        return render(request, template, _page_context(request, paste_form=form), status=422)
    preview = preview_paste(request.user, form.cleaned_data["text"])
    return render(
        request,
        template,
        _page_context(request, paste_form=form, preview=preview, previewed=True),
    )


@login_required
@require_POST
def paste_confirm(request: AuthenticatedRequest) -> HttpResponse:
    form = PasteForm(request.POST)
    template = "triage/import.html#paste" if request.htmx else "triage/import.html"
    if not form.is_valid():
        return render(request, template, _page_context(request, paste_form=form), status=422)
    result = import_paste(request.user, form.cleaned_data["text"])
    if result.batch is None:
        report = ImportReport(files=[result])
        return render(
            request,
            template,
            _page_context(request, paste_form=form, paste_report=report),
            status=422,
        )
    url = reverse("triage:batch", kwargs={"pk": result.batch.pk})
    if request.htmx:
        return HttpResponseClientRedirect(url)
    return redirect(url)


def _batch_context(batch: ImportBatch) -> dict[str, object]:
    queues = batch.invitations.aggregate(
        accept=Count("id", filter=Q(queue=Queue.ACCEPT)),
        query=Count("id", filter=Q(queue=Queue.QUERY)),
        decline=Count("id", filter=Q(queue=Queue.DECLINE)),
    )
    return {
        "batch": batch,
        "rows_read": batch.imported_count + batch.duplicate_count + batch.skipped_count,
        "done": batch.state != BatchState.CLASSIFYING,
        "queue_counts": queues,
    }


@login_required
@require_GET
def batch_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    batch = get_object_or_404(selectors.batches_of(request.user), pk=pk)
    template = "triage/batch.html#progress" if request.htmx else "triage/batch.html"
    return render(request, template, _batch_context(batch))
