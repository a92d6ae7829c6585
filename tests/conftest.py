"""Shared fixtures: users, a logged-in client for each, and factories for triage rows."""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.utils import timezone

from accounts.models import Affiliation, AffiliationKind, Connection, User
from triage.importers.records import InvitationRecord
from triage.models import ClassificationState, ImportBatch, ImportSource, Invitation, Queue
from triage.services.imports import dedupe_key

PASSWORD = "correct horse battery staple"
# The corpus and fixtures live beside the repository (../shared), on CI too.
SHARED_DIR = Path(
    os.environ.get("TRIAGE_SHARED_DIR", Path(__file__).resolve().parents[2] / "shared")
)
_sequence = itertools.count(1)


@pytest.fixture
def make_user(db: None) -> Callable[..., User]:
    def make(username: str | None = None, **fields: Any) -> User:
        username = username or f"user{next(_sequence)}"
        fields.setdefault("first_name", username.capitalize())
        fields.setdefault("email", f"{username}@example.com")
        return User.objects.create_user(username=username, password=PASSWORD, **fields)

    return make


@pytest.fixture
def alice(make_user: Callable[..., User]) -> User:
    user = make_user("alice", first_name="Alice", last_name="Archer", signature="Alice")
    Affiliation.objects.create(
        owner=user,
        kind=AffiliationKind.ORGANISATION,
        name="Northwind Pharma",
        aliases=["Northwind"],
        current=True,
    )
    Affiliation.objects.create(
        owner=user,
        kind=AffiliationKind.SCHOOL,
        name="University of Leeds",
        aliases=["Leeds Uni"],
    )
    Affiliation.objects.create(
        owner=user, kind=AffiliationKind.GROUP, name="Pharma Talent Forum", aliases=["PTF"]
    )
    Connection.objects.create(owner=user, full_name="Ben Okafor")
    return user


@pytest.fixture
def bob(make_user: Callable[..., User]) -> User:
    return make_user("bob", first_name="Bob")


def _client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def alice_client(alice: User) -> Client:
    return _client_for(alice)


@pytest.fixture
def bob_client(bob: User) -> Client:
    return _client_for(bob)


@pytest.fixture
def htmx_headers() -> dict[str, str]:
    return {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def make_invitation(db: None) -> Callable[..., Invitation]:
    """A classified invitation in a queue, without running the classifier."""

    def make(owner: User, **fields: Any) -> Invitation:
        n = next(_sequence)
        fields.setdefault("sender_name", f"Sender {n}")
        fields.setdefault("message", f"Hello, note number {n}")
        fields.setdefault("sent_at", timezone.now() - timedelta(days=n % 30))
        fields.setdefault("queue", Queue.QUERY)
        fields.setdefault("suggested_queue", fields["queue"])
        fields.setdefault("state", ClassificationState.CLASSIFIED)
        record = InvitationRecord(
            sender_name=fields["sender_name"], message=fields["message"], sent_at=fields["sent_at"]
        )
        fields.setdefault("dedupe_key", dedupe_key(record))
        return Invitation.objects.create(owner=owner, **fields)

    return make


@pytest.fixture
def make_batch(db: None) -> Callable[..., ImportBatch]:
    def make(owner: User, **fields: Any) -> ImportBatch:
        fields.setdefault("source", ImportSource.PASTE)
        return ImportBatch.objects.create(owner=owner, **fields)

    return make
