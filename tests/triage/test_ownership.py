"""A safety net over every URL: signed out means the login page, and an id of someone else's
object means 404, for every route that takes one, including routes added later."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accounts.models import Affiliation, AffiliationKind, Connection, User
from triage.models import EventKind, ImportBatch, Invitation, InvitationEvent, ReplyTemplate
from triage.services import outcomes, triage

pytestmark = pytest.mark.django_db

# Routes anyone may open: signing in and up, and resetting a forgotten password.
PUBLIC = {
    "accounts:signup",
    "accounts:login",
    "accounts:logout",
    "accounts:password_reset",
    "accounts:password_reset_done",
    "accounts:password_reset_confirm",
    "accounts:password_reset_complete",
}

Owned = dict[str, int]


def _invitation(owner: User) -> Owned:
    invitation = Invitation.objects.create(
        owner=owner, sender_name="Ann Owned", dedupe_key=f"own-{owner.pk}", queue="query"
    )
    return {"pk": invitation.pk}


def _awaiting(owner: User) -> Owned:
    owned = _invitation(owner)
    outcomes.mark_reply_sent(Invitation.objects.get(pk=owned["pk"]))
    return owned


def _undoable(owner: User) -> Owned:
    owned = _invitation(owner)
    event = triage.move_to_queue(Invitation.objects.get(pk=owned["pk"]), "accept")
    assert isinstance(event, InvitationEvent) and event.kind == EventKind.MOVED
    return {**owned, "event_pk": event.pk}


def _batch(owner: User) -> Owned:
    return {"pk": ImportBatch.objects.create(owner=owner, source="paste").pk}


def _template(owner: User) -> Owned:
    template = ReplyTemplate.objects.create(owner=owner, name="Mine", kind="query", body="Hi")
    return {"pk": template.pk}


def _affiliation(owner: User) -> Owned:
    return {
        "pk": Affiliation.objects.create(
            owner=owner, kind=AffiliationKind.GROUP, name="Owned Group"
        ).pk
    }


def _connection(owner: User) -> Owned:
    return {"pk": Connection.objects.create(owner=owner, full_name="Owned Connection").pk}


# Every route that takes an id, with what makes a valid object for it. A new route with an
# id fails test_every_route_with_an_id_is_listed until it is added here.
OWNED: dict[str, Callable[[User], Owned]] = {
    "triage:move": _invitation,
    "triage:mark": _invitation,
    "triage:undo": _undoable,
    "triage:invitation_detail": _invitation,
    "triage:record_outcome": _awaiting,
    "triage:reopen_outcome": _awaiting,
    "triage:decide_after_answer": _awaiting,
    "triage:paste_answer": _awaiting,
    "triage:outcome_reply_sent": _invitation,
    "triage:batch": _batch,
    "triage:reply_template_edit": _template,
    "triage:reply_template_default": _template,
    "triage:reply_template_delete": _template,
    "accounts:affiliation_edit": _affiliation,
    "accounts:affiliation_delete": _affiliation,
    "accounts:connection_delete": _connection,
}

# A body each POST would accept from the owner, so a 404 can only mean "not yours".
POST_BODIES: dict[str, dict[str, str]] = {
    "triage:move": {"queue": "decline"},
    "triage:mark": {"action": "accepted"},
    "triage:record_outcome": {"outcome": "explained"},
    "triage:decide_after_answer": {"decision": "accept"},
    "triage:paste_answer": {"answer": "We met at the conference."},
    "triage:reply_template_edit": {"name": "Taken", "kind": "query", "body": "Mine now"},
    "accounts:affiliation_edit": {"kind": "group", "name": "Taken"},
}


def _routes(
    patterns: list[URLPattern | URLResolver], prefix: str = "", namespace: str = ""
) -> Iterator[tuple[str, str]]:
    """(name, route) for every named URL in the project, namespaced as reverse() wants it."""
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = entry.namespace or ""
            joined = f"{namespace}:{inner}" if namespace and inner else namespace or inner
            yield from _routes(entry.url_patterns, prefix + str(entry.pattern), joined)
        elif entry.name:
            name = f"{namespace}:{entry.name}" if namespace else entry.name
            yield name, prefix + str(entry.pattern)


def _app_routes() -> dict[str, str]:
    return {
        name: route
        for name, route in _routes(get_resolver().url_patterns)
        if name.startswith(("triage:", "accounts:"))
    }


def test_every_route_with_an_id_is_listed() -> None:
    with_ids = {name for name, route in _app_routes().items() if "<int:" in route}

    assert with_ids == set(OWNED)


@pytest.mark.parametrize("name", sorted(OWNED))
def test_another_users_object_is_404_by_every_method(
    name: str, alice: User, bob_client: Client, alice_client: Client, htmx_headers: dict
) -> None:
    kwargs = OWNED[name](alice)
    url = reverse(name, kwargs=kwargs)
    body = POST_BODIES.get(name, {})

    answers = [
        bob_client.get(url),
        bob_client.get(url, **htmx_headers),
        bob_client.post(url, body),
        bob_client.post(url, body, **htmx_headers),
    ]

    statuses = {response.status_code for response in answers}
    # 405 is the method check refusing before any lookup; every lookup must be a 404.
    assert statuses <= {404, 405}
    assert 404 in statuses
    # The same URL works for its owner, so the 404 above is about ownership, not a bad id.
    owner = alice_client.get(url) if answers[0].status_code == 404 else alice_client.post(url, body)
    assert owner.status_code not in (404, 405, 500)


@pytest.mark.parametrize("name", sorted(OWNED))
def test_another_users_post_changes_nothing(name: str, alice: User, bob_client: Client) -> None:
    kwargs = OWNED[name](alice)
    before = (
        list(Invitation.objects.values_list("id", "queue", "final_action", "outcome")),
        list(InvitationEvent.objects.values_list("id", flat=True)),
        list(ReplyTemplate.objects.values_list("id", "name", "is_default")),
        list(Affiliation.objects.values_list("id", "name")),
        list(Connection.objects.values_list("id", flat=True)),
    )

    bob_client.post(reverse(name, kwargs=kwargs), POST_BODIES.get(name, {}))

    after = (
        list(Invitation.objects.values_list("id", "queue", "final_action", "outcome")),
        list(InvitationEvent.objects.values_list("id", flat=True)),
        list(ReplyTemplate.objects.values_list("id", "name", "is_default")),
        list(Affiliation.objects.values_list("id", "name")),
        list(Connection.objects.values_list("id", flat=True)),
    )
    assert after == before


def _sample_kwargs(route: str) -> dict[str, object]:
    kwargs: dict[str, object] = {}
    for part in route.split("<")[1:]:
        converter, _, rest = part.partition(":")
        kwargs[rest.partition(">")[0]] = 1 if converter == "int" else "x"
    return kwargs


def test_every_private_route_sends_a_signed_out_visitor_to_log_in(client: Client) -> None:
    private = {name: route for name, route in _app_routes().items() if name not in PUBLIC}
    assert "triage:dashboard" in private and "accounts:profile" in private

    for name, route in sorted(private.items()):
        url = reverse(name, kwargs=_sample_kwargs(route))
        for response in (client.get(url), client.post(url)):
            assert response.status_code in (302, 405), (name, response.status_code)
            if response.status_code == 302:
                assert response["Location"].startswith(reverse("accounts:login")), name
