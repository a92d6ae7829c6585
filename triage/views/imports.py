"""Importing: upload export files or emails, paste the invitations page, watch a batch."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.db.models import Count, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_GET, require_POST
from django_htmx.http import HttpResponseClientRedirect

from accounts.http import AuthenticatedRequest
from triage import selectors
from triage.forms import InvitationForm
from triage.importers.text import size_text
from triage.models import BatchState, ClassificationState, ImportBatch, Queue
from triage.services.imports import (
    ImportReport,
    import_files,
    import_paste,
    preview_paste,
    too_big,
)

MAX_FILES_PER_UPLOAD = 20
MAX_PASTE_CHARS = 1_000_000
# Room for the form's other fields and the multipart framing around the files.
UPLOAD_OVERHEAD_BYTES = 64 * 1024
# Seconds a client is told to wait when the database was too busy to save.
RETRY_AFTER_SECONDS = 30


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
        "max_upload": size_text(settings.TRIAGE_MAX_UPLOAD_BYTES),
    }
    context.update(extra)
    return context


@login_required
@require_GET
def import_page(request: AuthenticatedRequest) -> HttpResponse:
    return render(request, "triage/import.html", _page_context(request))


class SizeLimitedUploadHandler(FileUploadHandler):
    """Drops a file the moment it passes the upload limit, so an oversized one is never
    kept whole in memory or on disk; the view names it among the refused files."""

    def __init__(self, request: HttpRequest | None = None) -> None:
        super().__init__(request)
        self.limit = settings.TRIAGE_MAX_UPLOAD_BYTES
        self.oversized: list[str] = []

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes:
        if start + len(raw_data) > self.limit:
            self.oversized.append(self.file_name or "upload")
            raise SkipFile
        # Passed on: the next handler (memory or temporary file) keeps the data.
        return raw_data

    def file_complete(self, file_size: int) -> None:
        return None


def _upload_error(request: AuthenticatedRequest, message: str, status: int) -> HttpResponse:
    return render(
        request, "triage/import.html", _page_context(request, upload_error=message), status=status
    )


# The CSRF check reads the body, so it is made in _upload, once the handler that limits
# the files' size is in place; login and method are still checked first.
@csrf_exempt
@login_required
@require_POST
def upload(request: AuthenticatedRequest) -> HttpResponse:
    limit = settings.TRIAGE_MAX_UPLOAD_BYTES
    # Refused before a byte of the body is read.
    if _content_length(request) > MAX_FILES_PER_UPLOAD * limit + UPLOAD_OVERHEAD_BYTES:
        return _upload_error(
            request,
            f"Import at most {MAX_FILES_PER_UPLOAD} files of up to {size_text(limit)} "
            "at a time; nothing was saved.",
            status=413,
        )
    handler = SizeLimitedUploadHandler(request)
    request.upload_handlers.insert(0, handler)
    return _upload(request, handler)


def _content_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


@csrf_protect
def _upload(request: AuthenticatedRequest, handler: SizeLimitedUploadHandler) -> HttpResponse:
    uploads = request.FILES.getlist("files")
    if not uploads and not handler.oversized:
        return _upload_error(request, "Choose at least one file to import.", status=422)
    if len(uploads) + len(handler.oversized) > MAX_FILES_PER_UPLOAD:
        return _upload_error(
            request, f"Import at most {MAX_FILES_PER_UPLOAD} files at a time.", status=422
        )
    limit = settings.TRIAGE_MAX_UPLOAD_BYTES
    oversized = [item.name or "upload" for item in uploads if (item.size or 0) > limit]
    oversized += handler.oversized
    readable = [item for item in uploads if (item.size or 0) <= limit]
    # A generator: each file is read only when its turn comes, so one at a time is in memory.
    report = import_files(request.user, ((item.name or "upload", item.read()) for item in readable))
    report.files.extend(too_big(name) for name in oversized)
    batches = report.batches
    if len(report.files) == 1 and len(batches) == 1:
        return redirect("triage:batch", pk=batches[0].pk)
    status = 200 if batches else 503 if report.retry_later else 422
    response = render(
        request, "triage/import.html", _page_context(request, report=report), status=status
    )
    if status == 503:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


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
        response = render(
            request,
            template,
            _page_context(request, paste_form=form, paste_report=report),
            status=503 if result.retry_later else 422,
        )
        if result.retry_later:
            response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    url = reverse("triage:batch", kwargs={"pk": result.batch.pk})
    if request.htmx:
        return HttpResponseClientRedirect(url)
    return redirect(url)


def _batch_context(batch: ImportBatch) -> dict[str, Any]:
    counts = batch.invitations.aggregate(
        accept=Count("id", filter=Q(queue=Queue.ACCEPT)),
        query=Count("id", filter=Q(queue=Queue.QUERY)),
        decline=Count("id", filter=Q(queue=Queue.DECLINE)),
        failed=Count("id", filter=Q(state=ClassificationState.FAILED)),
    )
    # Batches saved before the count was kept have only their list.
    problem_count = max(batch.problem_count, len(batch.problems))
    return {
        "batch": batch,
        "rows_read": batch.imported_count + batch.duplicate_count + batch.skipped_count,
        "done": batch.state != BatchState.CLASSIFYING,
        "queue_counts": counts,
        "failed_count": counts["failed"],
        "problem_count": problem_count,
        "more_problems": problem_count - len(batch.problems),
    }


@login_required
@require_GET
def batch_detail(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    batch = get_object_or_404(selectors.batches_of(request.user), pk=pk)
    template = "triage/batch.html#progress" if request.htmx else "triage/batch.html"
    return render(request, template, _batch_context(batch))
