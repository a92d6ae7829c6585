"""Reply templates: the user's wording with a few named blanks, checked before it is ever used.

A body is a Python format string restricted to plain names from VARIABLES, so
`{first_name}` fills in and `{{` writes a literal brace. Anything else (an
unknown name, an unbalanced brace, a conversion or format spec) is a
validation error, so a message can never go out with a hole in it.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from accounts.models import User
from triage.models import Invitation, ReplyKind, ReplyTemplate

VARIABLES: dict[str, str] = {
    "first_name": "the sender's first name",
    "full_name": "the sender's full name",
    "my_first_name": "your first name",
    "signature": "your signature (from your profile)",
}

DEFAULT_BODIES: dict[str, tuple[str, str]] = {
    ReplyKind.QUERY: (
        "How are we connected?",
        "Hi {first_name},\n\n"
        "Thank you for the invitation to connect. I try to know everyone in my network, "
        "and I don't think we've met yet, so could you tell me how we're connected, "
        "and how you think we might both benefit from connecting?\n\n"
        "Kind regards,\n{signature}",
    ),
    ReplyKind.THANKS: (
        "Thanks for connecting",
        "Hi {first_name},\n\nThanks for reaching out, I'm glad to connect. "
        "Do let me know if there's anything I can help with.\n\nBest,\n{signature}",
    ),
}


def validate_body(body: str) -> None:
    """Raise ValidationError listing everything wrong with a template body."""
    problems: list[str] = []
    try:
        parsed = list(string.Formatter().parse(body))
    except ValueError:
        raise ValidationError(
            "A brace is not balanced. Write {first_name} for a blank, "
            "or {{ and }} for a literal brace."
        ) from None
    for _literal, field_name, format_spec, conversion in parsed:
        if field_name is None:
            continue
        if field_name not in VARIABLES:
            shown = "{" + field_name + "}" if field_name else "{}"
            problems.append(
                f"{shown} is not a variable you can use. Use one of: "
                + ", ".join("{" + name + "}" for name in VARIABLES)
                + "."
            )
        elif format_spec or conversion:
            problems.append(f"Write {{{field_name}}} with nothing after the name.")
    if problems:
        raise ValidationError(list(dict.fromkeys(problems)))


def variables_for(invitation: Invitation | None, user: User) -> dict[str, str]:
    """The values of every variable; the sample sender stands in when previewing."""
    sender_name = invitation.sender_name if invitation else "Jordan Sample"
    first_name = (sender_name.split() or ["there"])[0]
    return {
        "first_name": first_name,
        "full_name": sender_name,
        "my_first_name": user.first_name_for_replies,
        "signature": user.signature.strip() or user.name_for_display,
    }


def render_body(body: str, values: dict[str, str]) -> str:
    """Fill a validated body; raises ValidationError rather than leave a blank."""
    validate_body(body)
    return body.format_map(values)


@dataclass(frozen=True)
class ReplyTemplates:
    """A user's templates, loaded once per request, and the default of each kind."""

    templates: list[ReplyTemplate]

    def default_for(self, kind: str) -> ReplyTemplate | None:
        of_kind = [t for t in self.templates if t.kind == kind]
        return next((t for t in of_kind if t.is_default), of_kind[0] if of_kind else None)

    def reply_for(self, invitation: Invitation, user: User, kind: str = ReplyKind.QUERY) -> str:
        template = self.default_for(kind)
        values = variables_for(invitation, user)
        if template is not None:
            try:
                return render_body(template.body, values)
            except ValidationError:
                # Saved before validation existed or edited outside the app: never send holes.
                pass
        fallback = DEFAULT_BODIES.get(kind, DEFAULT_BODIES[ReplyKind.QUERY])[1]
        return fallback.format_map(values)


@dataclass(frozen=True)
class ReplyChoice:
    """One of the user's templates filled in for one sender, for the card's template picker."""

    template_id: int
    name: str
    text: str
    selected: bool


def reply_choices(
    templates: ReplyTemplates, invitation: Invitation, user: User, kind: str
) -> list[ReplyChoice]:
    """Every usable template filled in for this sender, the kind's own first; one is selected.

    The selected one is what `reply_for` gives: the kind's default, or the built-in
    wording when the user has none of that kind or it no longer validates. A body
    that does not validate is left out rather than offered with a hole in it.
    """
    default = templates.default_for(kind)
    values = variables_for(invitation, user)
    # Same kind first, then the user's own, then the rest, each in the editor's order.
    rank = {kind: 0, ReplyKind.CUSTOM: 1}
    choices = []
    for template in sorted(templates.templates, key=lambda t: rank.get(t.kind, 2)):
        try:
            text = render_body(template.body, values)
        except ValidationError:
            continue
        choices.append(ReplyChoice(template.pk, template.name, text, template == default))
    if not any(choice.selected for choice in choices):
        name, body = DEFAULT_BODIES.get(kind, DEFAULT_BODIES[ReplyKind.QUERY])
        choices.insert(0, ReplyChoice(0, name, body.format_map(values), selected=True))
    return choices


def templates_for(user: User) -> ReplyTemplates:
    """The user's templates in one query, creating the defaults the first time."""
    templates = list(ReplyTemplate.objects.filter(owner=user).order_by("kind", "name", "id"))
    if not templates:
        templates = create_default_templates(user)
    return ReplyTemplates(templates)


def create_default_templates(user: User) -> list[ReplyTemplate]:
    rows = [
        ReplyTemplate(owner=user, kind=kind, name=name, body=body, is_default=True)
        for kind, (name, body) in DEFAULT_BODIES.items()
    ]
    try:
        with transaction.atomic():
            ReplyTemplate.objects.bulk_create(rows)
    except IntegrityError:
        # Two first requests raced; the other one created them.
        pass
    return list(ReplyTemplate.objects.filter(owner=user).order_by("kind", "name", "id"))


def save_template(template: ReplyTemplate, *, make_default: bool) -> ReplyTemplate:
    validate_body(template.body)
    with transaction.atomic():
        if make_default:
            _clear_default(template)
        template.is_default = make_default
        template.save()
    return template


def set_default(template: ReplyTemplate) -> ReplyTemplate:
    with transaction.atomic():
        _clear_default(template)
        template.is_default = True
        template.save(update_fields=["is_default"])
    return template


def delete_template(template: ReplyTemplate) -> None:
    """Delete; if it was the default, the oldest other template of its kind takes over."""
    with transaction.atomic():
        owner_id, kind, was_default = template.owner_id, template.kind, template.is_default
        template.delete()
        if was_default:
            successor = (
                ReplyTemplate.objects.filter(owner_id=owner_id, kind=kind).order_by("id").first()
            )
            if successor is not None:
                successor.is_default = True
                successor.save(update_fields=["is_default"])


def _clear_default(template: ReplyTemplate) -> None:
    ReplyTemplate.objects.filter(owner_id=template.owner_id, kind=template.kind).exclude(
        pk=template.pk
    ).update(is_default=False)
