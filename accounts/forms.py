from __future__ import annotations

from typing import Any
from zoneinfo import available_timezones

from django import forms
from django.contrib.auth.forms import UserCreationForm

from accounts.models import Affiliation, AffiliationKind, Connection, User

TIME_ZONE_CHOICES = [(zone, zone.replace("_", " ")) for zone in sorted(available_timezones())]


class SignUpForm(UserCreationForm[User]):
    class Meta:
        model = User
        fields = ("username", "email", "first_name", "last_name")


def parse_aliases(raw: str) -> list[str]:
    """Aliases are typed comma-separated; keep order, drop blanks and repeats."""
    seen: dict[str, str] = {}
    for alias in raw.split(","):
        alias = " ".join(alias.split())
        if alias and alias.casefold() not in seen:
            seen[alias.casefold()] = alias
    return list(seen.values())


class ProfileSettingsForm(forms.ModelForm[User]):
    nicknames_text = forms.CharField(
        label="Nicknames",
        required=False,
        help_text="Comma-separated names people greet you by, e.g. Suzie, S.",
    )

    class Meta:
        model = User
        fields = (
            "first_name",
            "last_name",
            "display_name",
            "signature",
            "time_zone",
            "no_reason_queue",
            "follow_up_days",
        )
        widgets = {
            "signature": forms.Textarea(attrs={"rows": 3}),
            # A list, not a text box: a typo in a zone name would only fail on save.
            "time_zone": forms.Select(choices=TIME_ZONE_CHOICES),
        }
        labels = {
            "display_name": "Name on replies",
            "no_reason_queue": "Invitations that give no reason",
            "follow_up_days": "Days to wait for an answer",
        }
        help_texts = {
            "display_name": "Signs replies when the signature is empty; "
            "leave empty to use your first and last name.",
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["nicknames_text"].initial = ", ".join(self.instance.nicknames)
        # The browser's own bounds match clean_follow_up_days, so it says so first.
        self.fields["follow_up_days"].widget.attrs.update({"min": 1, "max": 365})

    def clean_follow_up_days(self) -> int:
        days: int = self.cleaned_data["follow_up_days"]
        if not 1 <= days <= 365:
            raise forms.ValidationError("Choose between 1 and 365 days.")
        return days

    def save(self, commit: bool = True) -> User:
        self.instance.nicknames = parse_aliases(self.cleaned_data.get("nicknames_text", ""))
        return super().save(commit=commit)


class AffiliationForm(forms.ModelForm[Affiliation]):
    kind = forms.ChoiceField(label="Kind", choices=[("", "Choose one…"), *AffiliationKind.choices])
    aliases_text = forms.CharField(
        label="Also known as",
        required=False,
        help_text="Comma-separated, e.g. UniMelb, Melbourne Uni",
    )

    class Meta:
        model = Affiliation
        fields = ("kind", "name", "current")

    def __init__(self, *args: Any, owner: User, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.owner = owner
        self.fields["aliases_text"].initial = ", ".join(self.instance.aliases or [])

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        name, kind = cleaned.get("name"), cleaned.get("kind")
        if name and kind:
            clash = Affiliation.objects.filter(owner=self.owner, kind=kind, name__iexact=name)
            if self.instance.pk:
                clash = clash.exclude(pk=self.instance.pk)
            if clash.exists():
                self.add_error("name", f"You already have {name!r} in this list.")
        return cleaned

    def save(self, commit: bool = True) -> Affiliation:
        self.instance.owner = self.owner
        self.instance.aliases = parse_aliases(self.cleaned_data.get("aliases_text", ""))
        return super().save(commit=commit)


class ConnectionForm(forms.ModelForm[Connection]):
    profile_url = forms.URLField(
        label="Profile link", required=False, max_length=500, assume_scheme="https"
    )

    class Meta:
        model = Connection
        fields = ("full_name", "company", "profile_url")
