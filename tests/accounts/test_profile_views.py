"""The profile page: settings, affiliations with aliases, connections; ownership."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse

from accounts.models import Affiliation, AffiliationKind, Connection, User

pytestmark = pytest.mark.django_db


def test_profile_page_lists_affiliations_and_connections(alice_client: Client) -> None:
    response = alice_client.get(reverse("accounts:profile"))
    body = response.content.decode()
    assert response.status_code == 200
    assert "Northwind Pharma" in body
    assert "also Northwind" in body
    assert "Ben Okafor" in body


def test_profile_settings_are_saved(alice_client: Client, alice: User) -> None:
    response = alice_client.post(
        reverse("accounts:profile"),
        {
            "first_name": "Alice",
            "last_name": "Archer",
            "display_name": "Ali",
            "signature": "Alice A.",
            "time_zone": "Europe/London",
            "no_reason_queue": "decline",
            "follow_up_days": "21",
            "nicknames_text": "Ali, Al, ali",
        },
    )
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.time_zone == "Europe/London"
    assert alice.no_reason_queue == "decline"
    assert alice.follow_up_days == 21
    assert alice.nicknames == ["Ali", "Al"]


def test_bad_settings_show_errors_and_save_nothing(alice_client: Client, alice: User) -> None:
    response = alice_client.post(
        reverse("accounts:profile"),
        {"time_zone": "Mars/Olympus", "no_reason_queue": "query", "follow_up_days": "0"},
    )
    assert response.status_code == 200
    body = response.content.decode()
    assert "is not a time zone name" in body
    assert "Choose between 1 and 365 days." in body
    alice.refresh_from_db()
    assert alice.time_zone == "UTC"


def test_adding_an_affiliation_keeps_aliases_and_reclassifies(
    alice_client: Client,
    alice: User,
    htmx_headers: dict[str, str],
    django_capture_on_commit_callbacks: Callable[..., Any],
) -> None:
    with (
        mock.patch("triage.tasks.reclassify_user.delay") as reclassify,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = alice_client.post(
            reverse("accounts:affiliation_add"),
            {"kind": "school", "name": "King's College London", "aliases_text": "KCL, King's"},
            **htmx_headers,
        )
    assert response.status_code == 200
    assert "King&#x27;s College London" in response.content.decode()
    assert "<html" not in response.content.decode()
    school = Affiliation.objects.get(owner=alice, name="King's College London")
    assert school.aliases == ["KCL", "King's"]
    reclassify.assert_called_once_with(alice.pk)


def test_a_duplicate_affiliation_is_refused(alice_client: Client, alice: User) -> None:
    alice_client.post(
        reverse("accounts:affiliation_add"), {"kind": "organisation", "name": "northwind pharma"}
    )
    assert Affiliation.objects.filter(owner=alice, kind=AffiliationKind.ORGANISATION).count() == 1


def test_edit_and_delete_affiliation(alice_client: Client, alice: User) -> None:
    school = Affiliation.objects.get(owner=alice, kind=AffiliationKind.SCHOOL)
    assert (
        alice_client.get(reverse("accounts:affiliation_edit", args=[school.pk])).status_code == 200
    )
    alice_client.post(
        reverse("accounts:affiliation_edit", args=[school.pk]),
        {"kind": "school", "name": "University of Leeds", "aliases_text": "Leeds"},
    )
    school.refresh_from_db()
    assert school.aliases == ["Leeds"]
    alice_client.post(reverse("accounts:affiliation_delete", args=[school.pk]))
    assert not Affiliation.objects.filter(pk=school.pk).exists()


def test_connections_add_and_delete(alice_client: Client, alice: User) -> None:
    alice_client.post(reverse("accounts:connection_add"), {"full_name": "Mei Chen"})
    mei = Connection.objects.get(owner=alice, full_name="Mei Chen")
    alice_client.post(reverse("accounts:connection_delete", args=[mei.pk]))
    assert not Connection.objects.filter(pk=mei.pk).exists()


def test_it_checks_ownership(alice: User, bob_client: Client) -> None:
    school = Affiliation.objects.get(owner=alice, kind=AffiliationKind.SCHOOL)
    ben = Connection.objects.get(owner=alice)
    assert bob_client.get(reverse("accounts:affiliation_edit", args=[school.pk])).status_code == 404
    assert (
        bob_client.post(reverse("accounts:affiliation_edit", args=[school.pk]), {}).status_code
        == 404
    )
    assert (
        bob_client.post(reverse("accounts:affiliation_delete", args=[school.pk])).status_code == 404
    )
    assert bob_client.post(reverse("accounts:connection_delete", args=[ben.pk])).status_code == 404
    assert Affiliation.objects.filter(pk=school.pk).exists()
    assert Connection.objects.filter(pk=ben.pk).exists()


def test_the_time_zone_is_chosen_from_a_list_with_the_current_one_selected(
    alice_client: Client, alice: User
) -> None:
    alice.time_zone = "Australia/Melbourne"
    alice.save(update_fields=["time_zone"])

    body = alice_client.get(reverse("accounts:profile")).content.decode()

    assert '<select name="time_zone"' in body
    assert '<option value="Australia/Melbourne" selected>Australia/Melbourne</option>' in body
    assert '<option value="America/New_York">America/New York</option>' in body


def test_the_kind_of_affiliation_asks_for_a_choice_and_still_requires_one(
    alice_client: Client, alice: User
) -> None:
    body = alice_client.get(reverse("accounts:profile")).content.decode()
    assert '<option value="" selected>Choose one…</option>' in body

    alice_client.post(reverse("accounts:affiliation_add"), {"kind": "", "name": "Nowhere"})

    assert not Affiliation.objects.filter(owner=alice, name="Nowhere").exists()


def test_removing_works_without_javascript(alice_client: Client, alice: User) -> None:
    """The Remove buttons are real forms, so they work before htmx loads or without it."""
    affiliation = Affiliation.objects.get(owner=alice, name="Pharma Talent Forum")
    connection = Connection.objects.get(owner=alice, full_name="Ben Okafor")
    body = alice_client.get(reverse("accounts:profile")).content.decode()
    for url in (
        reverse("accounts:affiliation_delete", args=[affiliation.pk]),
        reverse("accounts:connection_delete", args=[connection.pk]),
    ):
        assert f'<form method="post" action="{url}"' in body

        assert alice_client.post(url)["Location"] == reverse("accounts:profile")

    assert not Affiliation.objects.filter(pk=affiliation.pk).exists()
    assert not Connection.objects.filter(pk=connection.pk).exists()


def test_removing_a_connection_by_htmx_updates_the_count_out_of_band(
    alice_client: Client, alice: User, htmx_headers: dict[str, str]
) -> None:
    Connection.objects.create(owner=alice, full_name="Mei Chen")
    mei = Connection.objects.get(owner=alice, full_name="Mei Chen")
    response = alice_client.post(
        reverse("accounts:connection_delete", args=[mei.pk]), **htmx_headers
    )
    body = response.content.decode()
    assert response.status_code == 200
    assert 'id="connection-count"' in body
    assert 'hx-swap-oob="true"' in body
    assert "(1)" in body
    assert "<html" not in body


def test_the_follow_up_window_input_has_the_same_bounds_as_its_validation(
    alice_client: Client,
) -> None:
    page = alice_client.get(reverse("accounts:profile")).content.decode()
    field = page.split('name="follow_up_days"', 1)[1].split(">", 1)[0]
    assert 'min="1"' in field
    assert 'max="365"' in field


@pytest.mark.parametrize(
    ("field", "value", "reclassifies"),
    [
        ("first_name", "Alicia", True),
        ("last_name", "Archer-Smith", True),
        ("display_name", "Ali", True),
        ("signature", "Cheers, Alice", False),
    ],
)
def test_changing_a_name_the_classifier_reads_reclassifies(
    alice_client: Client,
    alice: User,
    django_capture_on_commit_callbacks: Callable[..., Any],
    field: str,
    value: str,
    reclassifies: bool,
) -> None:
    settings = {
        "first_name": "Alice",
        "last_name": "Archer",
        "display_name": "",
        "signature": "Alice",
        "time_zone": "UTC",
        "no_reason_queue": "query",
        "follow_up_days": "14",
        "nicknames_text": "",
        field: value,
    }
    with (
        mock.patch("triage.tasks.reclassify_user.delay") as reclassify,
        django_capture_on_commit_callbacks(execute=True),
    ):
        response = alice_client.post(reverse("accounts:profile"), settings)
    assert response.status_code == 302
    assert reclassify.called is reclassifies


@pytest.mark.django_db(transaction=True)
def test_a_profile_change_while_the_broker_is_down_still_saves_and_leaves_work_for_the_sweep(
    alice_client: Client,
    alice: User,
    make_invitation: Callable[..., Any],
    caplog: pytest.LogCaptureFixture,
) -> None:
    from kombu.exceptions import OperationalError

    from triage import tasks
    from triage.models import ClassificationState, Invitation

    make_invitation(alice)

    def broker_down(*args: object) -> None:
        raise OperationalError("[Errno 111] Connection refused")

    with mock.patch.object(tasks.reclassify_user, "delay", broker_down):
        response = alice_client.post(
            reverse("accounts:connection_add"), {"full_name": "Rory Fitzgerald"}
        )
    assert response.status_code in (200, 302)
    assert Connection.objects.filter(owner=alice, full_name="Rory Fitzgerald").exists()
    states = set(Invitation.objects.filter(owner=alice).values_list("state", flat=True))
    assert states == {ClassificationState.PENDING}
    assert "Could not queue reclassification" in caplog.text
