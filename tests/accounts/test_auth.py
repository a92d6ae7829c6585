"""Sign up, log in, log out, password change and reset, and login throttling."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from accounts.models import User
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_signup_creates_user_logs_in_and_hashes_with_argon2(client: Client) -> None:
    response = client.post(
        reverse("accounts:signup"),
        {
            "username": "carol",
            "email": "carol@example.com",
            "first_name": "Carol",
            "last_name": "Cho",
            "password1": "a-Long-unusual-passphrase-42",
            "password2": "a-Long-unusual-passphrase-42",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:profile")
    user = User.objects.get(username="carol")
    assert user.first_name == "Carol"
    assert client.get(reverse("triage:dashboard")).status_code == 200


def test_production_hasher_is_argon2() -> None:
    from config import settings as production

    assert production.PASSWORD_HASHERS[0].endswith("Argon2PasswordHasher")


def test_signup_with_mismatched_passwords_shows_the_error(client: Client) -> None:
    response = client.post(
        reverse("accounts:signup"),
        {"username": "dan", "password1": "a-Long-passphrase-1", "password2": "other-thing-2"},
    )
    assert response.status_code == 200
    assert "didn’t match" in response.content.decode() or "didn't match" in (
        response.content.decode()
    )
    assert not User.objects.filter(username="dan").exists()


def test_dashboard_requires_login(client: Client) -> None:
    response = client.get(reverse("triage:dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_login_and_logout(client: Client, alice: User) -> None:
    response = client.post(reverse("accounts:login"), {"username": "alice", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get(reverse("triage:dashboard")).status_code == 200
    client.post(reverse("accounts:logout"))
    assert client.get(reverse("triage:dashboard")).status_code == 302


def test_repeated_failed_logins_are_locked_out(client: Client, alice: User) -> None:
    # The test settings lock after three failures.
    for _ in range(3):
        client.post(reverse("accounts:login"), {"username": "alice", "password": "wrong"})
    response = client.post(reverse("accounts:login"), {"username": "alice", "password": PASSWORD})
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()


def test_password_change(alice_client: Client, alice: User) -> None:
    response = alice_client.post(
        reverse("accounts:password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": "another-Long-passphrase-7",
            "new_password2": "another-Long-passphrase-7",
        },
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("another-Long-passphrase-7")


def test_password_reset_emails_a_working_link(client: Client, alice: User) -> None:
    client.post(reverse("accounts:password_reset"), {"email": "alice@example.com"})
    assert len(mail.outbox) == 1
    link = re.search(r"https?://[^/]+(/accounts/password/reset/\S+)", mail.outbox[0].body)
    assert link
    response = client.get(link.group(1), follow=True)
    assert "Choose a new password" in response.content.decode()
    form_url = response.redirect_chain[-1][0]
    client.post(
        form_url,
        {"new_password1": "reset-Long-passphrase-9", "new_password2": "reset-Long-passphrase-9"},
    )
    alice.refresh_from_db()
    assert alice.check_password("reset-Long-passphrase-9")
