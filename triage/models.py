from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q


class Queue(models.TextChoices):
    ACCEPT = "accept", "Accept"
    QUERY = "query", "Query"
    DECLINE = "decline", "Decline"


class ImportSource(models.TextChoices):
    FORM = "form", "Typed in"
    PASTE = "paste", "Pasted text"
    EXPORT = "export", "Data export"
    EMAIL = "email", "Notification email"


class BatchState(models.TextChoices):
    CLASSIFYING = "classifying", "Classifying"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class ImportBatch(models.Model):
    """One import: a file, a paste or a typed invitation, and how far its classification got."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="batches"
    )
    source = models.CharField(max_length=16, choices=ImportSource.choices)
    filename = models.CharField(max_length=255, blank=True)
    state = models.CharField(
        max_length=16, choices=BatchState.choices, default=BatchState.CLASSIFYING
    )
    imported_count = models.PositiveIntegerField(default=0)
    duplicate_count = models.PositiveIntegerField(default=0)
    skipped_count = models.PositiveIntegerField(default=0)
    classified_count = models.PositiveIntegerField(default=0)
    # The first rows left out (see triage.importers.records.MAX_PROBLEMS_KEPT), and how
    # many there were in all.
    problems = models.JSONField(default=list, blank=True)
    problem_count = models.PositiveIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["owner", "state"])]

    def __str__(self) -> str:
        return f"{self.get_source_display()} {self.filename}".strip()

    @property
    def progress_percent(self) -> int:
        if not self.imported_count:
            return 100
        return min(100, round(100 * self.classified_count / self.imported_count))


class ClassificationState(models.TextChoices):
    PENDING = "pending", "Waiting to be classified"
    CLASSIFYING = "classifying", "Classifying"
    CLASSIFIED = "classified", "Classified"
    FAILED = "failed", "Could not be classified"


class FinalAction(models.TextChoices):
    NONE = "", "Not yet"
    ACCEPTED = "accepted", "Accepted"
    IGNORED = "ignored", "Ignored"
    REPLIED = "replied", "Reply sent"


class Outcome(models.TextChoices):
    """What came of a queried invitation after the reply was sent."""

    NONE = "", "No reply sent"
    AWAITING = "awaiting", "Awaiting an answer"
    EXPLAINED = "explained", "Explained"
    APOLOGISED = "apologised", "Apologised / mistake"
    CURT = "curt", "Curt or hurt"
    EXPIRED = "expired", "No answer"


class Invitation(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="invitations"
    )
    batch = models.ForeignKey(
        ImportBatch, on_delete=models.SET_NULL, null=True, blank=True, related_name="invitations"
    )
    sender_name = models.CharField(max_length=200)
    sender_headline = models.CharField(max_length=500, blank=True)
    sender_profile_url = models.URLField(max_length=500, blank=True)
    message = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    mutual_connections = models.PositiveIntegerField(null=True, blank=True)
    # Identify the same invitation across imports; see triage.services.imports.
    dedupe_key = models.CharField(max_length=64)
    url_key = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    state = models.CharField(
        max_length=16, choices=ClassificationState.choices, default=ClassificationState.PENDING
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    # Which worker's claim this row belongs to while it is being classified.
    claim_token = models.UUIDField(null=True, blank=True)
    # Claims that did not end in a verdict; past a few the row is marked failed rather
    # than retried for ever (see triage.services.classification).
    classification_attempts = models.PositiveSmallIntegerField(default=0)
    classified_at = models.DateTimeField(null=True, blank=True)
    verdict = models.JSONField(default=dict, blank=True)
    # The verdict's headline facts as columns, so the dashboard can filter and sort in SQL.
    met_in_person = models.BooleanField(default=False)
    same_organisation = models.BooleanField(default=False)
    shared_group = models.BooleanField(default=False)
    common_connection = models.BooleanField(default=False)
    alumni = models.BooleanField(default=False)
    specific_opportunity = models.BooleanField(default=False)
    personal = models.BooleanField(default=False)
    generic = models.BooleanField(default=False)
    pitch = models.BooleanField(default=False)
    has_unverified_claim = models.BooleanField(default=False)
    strength = models.SmallIntegerField(default=0)

    suggested_queue = models.CharField(max_length=10, choices=Queue.choices, blank=True)
    queue = models.CharField(max_length=10, choices=Queue.choices, blank=True)
    moved_by_hand = models.BooleanField(default=False)

    final_action = models.CharField(
        max_length=10, choices=FinalAction.choices, blank=True, default=FinalAction.NONE
    )
    reply_sent_at = models.DateTimeField(null=True, blank=True)
    follow_up_due_at = models.DateTimeField(null=True, blank=True)
    overdue = models.BooleanField(default=False)
    outcome = models.CharField(
        max_length=12, choices=Outcome.choices, blank=True, default=Outcome.NONE
    )
    outcome_at = models.DateTimeField(null=True, blank=True)
    answer_text = models.TextField(blank=True)

    class Meta:
        ordering = ["-sent_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["owner", "dedupe_key"], name="unique_invitation")
        ]
        indexes = [
            models.Index(fields=["owner", "queue", "-sent_at", "-id"], name="inv_queue_date"),
            models.Index(fields=["owner", "queue", "-strength", "-id"], name="inv_queue_strength"),
            # The dashboard's default view is what is left to do: no final action yet.
            models.Index(
                fields=["owner", "final_action", "queue", "-sent_at", "-id"], name="inv_todo_date"
            ),
            models.Index(
                fields=["owner", "final_action", "queue", "-strength", "-id"],
                name="inv_todo_strength",
            ),
            models.Index(fields=["owner", "state"], name="inv_state"),
            models.Index(fields=["owner", "url_key"], name="inv_url_key"),
            models.Index(fields=["batch", "state"], name="inv_batch_state"),
            models.Index(
                fields=["owner", "outcome", "follow_up_due_at"],
                name="inv_outcome_due",
                condition=Q(outcome="awaiting"),
            ),
            models.Index(
                fields=["state", "claimed_at"],
                name="inv_stale_claims",
                condition=Q(state="classifying"),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.sender_name} ({self.get_queue_display() or 'unsorted'})"

    @property
    def sender_first_name(self) -> str:
        parts = self.sender_name.split()
        return parts[0] if parts else ""


class EventKind(models.TextChoices):
    IMPORTED = "imported", "Imported"
    CLASSIFIED = "classified", "Classified"
    MOVED = "moved", "Moved"
    ACTION = "action", "Action taken"
    REPLY_SENT = "reply_sent", "Reply sent"
    ANSWER = "answer", "Answer pasted"
    OUTCOME = "outcome", "Outcome recorded"
    OVERDUE = "overdue", "Follow-up overdue"


class InvitationEvent(models.Model):
    """The history of one invitation, shown in order on its detail page."""

    invitation = models.ForeignKey(Invitation, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=16, choices=EventKind.choices)
    at = models.DateTimeField(auto_now_add=True, db_index=True)
    by_hand = models.BooleanField(default=False)
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["at", "id"]
        indexes = [models.Index(fields=["invitation", "at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} at {self.at:%Y-%m-%d %H:%M}"


class ReplyKind(models.TextChoices):
    QUERY = "query", "How are we connected? (query)"
    THANKS = "thanks", "Thank you (accept)"
    CUSTOM = "custom", "My own"


class ReplyTemplate(models.Model):
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reply_templates"
    )
    name = models.CharField(max_length=100)
    kind = models.CharField(max_length=10, choices=ReplyKind.choices, default=ReplyKind.CUSTOM)
    body = models.TextField()
    is_default = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["owner", "kind"],
                condition=Q(is_default=True),
                name="one_default_template_per_kind",
            )
        ]

    def __str__(self) -> str:
        return self.name
