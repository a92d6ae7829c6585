from __future__ import annotations

from django.http import HttpRequest
from django_htmx.middleware import HtmxDetails

from accounts.models import User


class AuthenticatedRequest(HttpRequest):
    """What a @login_required view receives: a real user and django-htmx's details."""

    user: User
    htmx: HtmxDetails
