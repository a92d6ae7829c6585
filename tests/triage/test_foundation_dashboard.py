"""The dashboard's queues and the add-one-invitation form: page, fragment, classification."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import User
from triage.models import ClassificationState, Invitation, Queue

pytestmark = pytest.mark.django_db(transaction=True)


def test_adding_an_invitation_classifies_it_into_a_queue(alice_client: Client, alice: User) -> None:
    response = alice_client.post(
        reverse("triage:add_invitation"),
        {
            "sender_name": "Liam Garvey",
            "message": "Hi Alice, Ben Okafor suggested I reach out about your hiring plans.",
        },
    )
    assert response.status_code == 302
    invitation = Invitation.objects.get(owner=alice)
    assert invitation.state == ClassificationState.CLASSIFIED
    assert invitation.common_connection
    assert invitation.queue == Queue.ACCEPT
    assert invitation.events.filter(kind="classified").exists()


def test_adding_by_htmx_returns_the_form_and_a_refresh_trigger(
    alice_client: Client, htmx_headers: dict[str, str]
) -> None:
    response = alice_client.post(
        reverse("triage:add_invitation"),
        {"sender_name": "Owen Tate", "message": ""},
        **htmx_headers,
    )
    assert response.status_code == 200
    assert "queueCountsChanged" in json.loads(response["HX-Trigger"])
    assert "<html" not in response.content.decode()


def test_the_same_invitation_twice_is_added_once(alice_client: Client, alice: User) -> None:
    data = {"sender_name": "Owen Tate", "message": "Hello", "sent_at": "2026-10-01T10:00"}
    alice_client.post(reverse("triage:add_invitation"), data)
    alice_client.post(reverse("triage:add_invitation"), data)
    assert Invitation.objects.filter(owner=alice).count() == 1


def test_an_invalid_invitation_shows_the_error_and_saves_nothing(
    alice_client: Client, alice: User, htmx_headers: dict[str, str]
) -> None:
    response = alice_client.post(
        reverse("triage:add_invitation"),
        {"sender_name": "   ", "mutual_connections": "-3"},
        **htmx_headers,
    )
    assert response.status_code == 422
    body = response.content.decode()
    assert "This field is required." in body or "Enter the sender" in body
    assert not Invitation.objects.filter(owner=alice).exists()


def test_queues_fragment_only_shows_the_users_own_invitations(
    alice: User,
    bob_client: Client,
    make_invitation: Callable[..., Invitation],
    htmx_headers: dict[str, str],
) -> None:
    make_invitation(alice, sender_name="Secret Sender", queue=Queue.ACCEPT)
    page = bob_client.get(reverse("triage:dashboard"))
    fragment = bob_client.get(reverse("triage:queues"), **htmx_headers)
    assert "Secret Sender" not in page.content.decode()
    assert "Secret Sender" not in fragment.content.decode()
