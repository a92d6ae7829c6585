from __future__ import annotations

from django.db.models import QuerySet

from accounts.models import Affiliation, Connection, User


def affiliations_of(user: User) -> QuerySet[Affiliation]:
    return Affiliation.objects.filter(owner=user)


def connections_of(user: User) -> QuerySet[Connection]:
    return Connection.objects.filter(owner=user)
