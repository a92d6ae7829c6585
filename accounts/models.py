from __future__ import annotations

import zoneinfo

from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower


def validate_time_zone(value: str) -> None:
    if value not in zoneinfo.available_timezones():
        raise ValidationError(f"{value!r} is not a time zone name such as Europe/London.")


class NoReasonPolicy(models.TextChoices):
    QUERY = "query", "Ask how we are connected (query)"
    DECLINE = "decline", "Decline"


class User(AbstractUser):
    """The person triaging their invitations, with what the classifier and replies need."""

    display_name = models.CharField(max_length=150, blank=True)
    signature = models.TextField(
        blank=True, help_text="Signs every reply, e.g. your first name or name and role."
    )
    nicknames = models.JSONField(
        default=list, blank=True, help_text="Other names people greet you by."
    )
    time_zone = models.CharField(max_length=64, default="UTC", validators=[validate_time_zone])
    no_reason_queue = models.CharField(
        max_length=10,
        choices=NoReasonPolicy.choices,
        default=NoReasonPolicy.QUERY,
        help_text="Where invitations that give no reason go.",
    )
    follow_up_days = models.PositiveSmallIntegerField(
        default=14,
        help_text=(
            "Days to wait for an answer to your reply before it shows as overdue; "
            "with no answer a week after that, it expires."
        ),
    )

    @property
    def name_for_display(self) -> str:
        return self.display_name or self.get_full_name() or self.username

    @property
    def first_name_for_replies(self) -> str:
        return self.first_name or self.name_for_display.split(" ")[0]


class AffiliationKind(models.TextChoices):
    ORGANISATION = "organisation", "Organisation"
    SCHOOL = "school", "School"
    GROUP = "group", "Group"


class Affiliation(models.Model):
    """An organisation, school or group of the user's, with the other names it goes by."""

    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="affiliations")
    kind = models.CharField(max_length=16, choices=AffiliationKind.choices)
    name = models.CharField(max_length=200)
    aliases = models.JSONField(default=list, blank=True)
    current = models.BooleanField(default=False, help_text="For organisations: you work there now.")
    from_export = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "-current", "name"]
        constraints = [
            models.UniqueConstraint("owner", "kind", Lower("name"), name="unique_affiliation_name")
        ]

    def __str__(self) -> str:
        return self.name


class Connection(models.Model):
    """One of the user's first-degree connections, used to check "X suggested I connect"."""

    owner = models.ForeignKey(User, on_delete=models.CASCADE, related_name="connections")
    full_name = models.CharField(max_length=200)
    profile_url = models.URLField(max_length=500, blank=True)
    company = models.CharField(max_length=200, blank=True)
    position = models.CharField(max_length=200, blank=True)
    connected_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["full_name"]
        indexes = [models.Index(fields=["owner", "full_name"])]

    def __str__(self) -> str:
        return self.full_name
