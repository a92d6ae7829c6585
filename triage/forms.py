from __future__ import annotations

from typing import Any

from django import forms
from django.urls import reverse_lazy
from django.utils import timezone

from triage.importers.records import InvitationRecord
from triage.models import Queue, ReplyTemplate
from triage.selectors import REASON_COLUMNS, DashboardFilter
from triage.services.imports import MAX_MUTUAL_CONNECTIONS
from triage.services.replies import validate_body

# The largest id a database integer holds; a bigger number in a URL or form matches nothing
# and must not reach the database, which would fail rather than find no rows.
MAX_ID = 2**63 - 1

REASON_LABELS: dict[str, str] = {
    "met_in_person": "Met in person",
    "same_organisation": "Same organisation",
    "shared_group": "Shared group",
    "common_connection": "Common connection",
    "alumni": "Alumni",
    "specific_opportunity": "Specific opportunity",
}


class InvitationForm(forms.Form):
    """One invitation typed or copied in by hand."""

    sender_name = forms.CharField(label="Sender's name", max_length=200)
    sender_headline = forms.CharField(label="Their headline", max_length=500, required=False)
    sender_profile_url = forms.URLField(
        label="Link to their profile", max_length=500, required=False, assume_scheme="https"
    )
    message = forms.CharField(
        label="Their note",
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Leave empty if they sent no note.",
    )
    mutual_connections = forms.IntegerField(
        label="Mutual connections", min_value=0, max_value=MAX_MUTUAL_CONNECTIONS, required=False
    )
    sent_at = forms.DateTimeField(
        label="Received",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        help_text="Leave empty if you do not know; it is dated now.",
    )

    def clean_sender_name(self) -> str:
        name = " ".join(self.cleaned_data["sender_name"].split())
        if not name:
            raise forms.ValidationError("Enter the sender's name.")
        return name

    def to_record(self) -> InvitationRecord:
        data: dict[str, Any] = self.cleaned_data
        return InvitationRecord(
            sender_name=data["sender_name"],
            sender_headline=data.get("sender_headline") or "",
            sender_profile_url=data.get("sender_profile_url") or "",
            message=(data.get("message") or "").strip(),
            sent_at=data.get("sent_at") or timezone.now(),
            mutual_connections=data.get("mutual_connections"),
        )


def parse_ids(values: list[str], limit: int = 5000) -> list[int]:
    """The ids a form posted that could be rows: digits only, in range, at most `limit`."""
    ids = []
    for value in values[:limit]:
        value = value.strip()
        # isascii: str.isdigit accepts "²", which int() refuses.
        if value.isascii() and value.isdigit() and 0 < int(value) <= MAX_ID:
            ids.append(int(value))
    return ids


class DashboardFilterForm(forms.Form):
    """The dashboard's query string; a bad value is dropped rather than failing the page."""

    queue = forms.ChoiceField(choices=Queue.choices, required=False)
    q = forms.CharField(label="Search", max_length=200, required=False, strip=True)
    reason = forms.ChoiceField(
        label="Reason",
        required=False,
        choices=[("", "Any reason"), *[(c, REASON_LABELS[c]) for c in REASON_COLUMNS]],
    )
    flag = forms.ChoiceField(
        label="Flag",
        required=False,
        choices=[
            ("", "Any flag"),
            ("unverified", "Unverified claim"),
            ("no_reason", "No reason given"),
            ("generic", "Stock text"),
            ("pitch", "Pitch"),
            ("personal", "Personal"),
            ("impersonal", "Not personal"),
            ("hand_moved", "Moved by hand"),
        ],
    )
    batch = forms.IntegerField(label="Import", required=False, min_value=1, max_value=MAX_ID)
    since = forms.DateField(
        label="From", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label="To", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    sort = forms.ChoiceField(
        label="Sort",
        required=False,
        choices=[("date", "Newest first"), ("strength", "Strongest case first")],
    )
    status = forms.ChoiceField(
        label="Show",
        required=False,
        choices=[("todo", "To do"), ("done", "Done"), ("all", "All")],
    )

    def to_filter(self, default_queue: str = Queue.ACCEPT) -> DashboardFilter:
        self.is_valid()
        data: dict[str, Any] = getattr(self, "cleaned_data", {})
        return DashboardFilter(
            queue=data.get("queue") or default_queue,
            q=data.get("q") or "",
            reason=data.get("reason") or "",
            flag=data.get("flag") or "",
            batch=data.get("batch"),
            since=data.get("since"),
            until=data.get("until"),
            sort=data.get("sort") or "date",
            status=data.get("status") or "todo",
        )


class ReplyTemplateForm(forms.ModelForm):
    is_default = forms.BooleanField(label="Use as the default for this kind", required=False)

    class Meta:
        model = ReplyTemplate
        fields = ["name", "kind", "body", "is_default"]
        labels = {"name": "Name", "kind": "Used for", "body": "Message"}
        widgets = {
            "body": forms.Textarea(
                attrs={
                    "rows": 9,
                    "spellcheck": "true",
                    "data-template-body": "",
                    # Live preview: the editor re-renders the message as the user types.
                    "hx-post": reverse_lazy("triage:reply_template_preview"),
                    "hx-trigger": "input changed delay:250ms, load",
                    "hx-target": "#preview",
                    "hx-swap": "outerHTML",
                }
            )
        }
        help_texts = {
            "body": "Blanks: {first_name}, {full_name}, {my_first_name}, {signature}. "
            "Write {{ or }} for a literal brace."
        }

    def clean_body(self) -> str:
        body = self.cleaned_data["body"].replace("\r\n", "\n").strip()
        if not body:
            raise forms.ValidationError("Write the message.")
        validate_body(body)
        return body
