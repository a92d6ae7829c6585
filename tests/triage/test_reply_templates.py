"""Reply templates: validation, rendering, lazy defaults, and the editor with its live preview."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from accounts.models import User
from triage.models import Invitation, Queue, ReplyKind, ReplyTemplate
from triage.services import replies

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "body",
    [
        "Hi {name}",
        "Hi {first_name",
        "Hi first_name}",
        "Hi {}",
        "Hi {first_name!r}",
        "Hi {first_name:>20}",
        "Hi {first_name.upper}",
        "Hi {0}",
    ],
)
def test_bad_bodies_are_validation_errors(body: str) -> None:
    with pytest.raises(ValidationError):
        replies.validate_body(body)


def test_the_error_names_the_unknown_variable() -> None:
    with pytest.raises(ValidationError) as problem:
        replies.validate_body("Hi {frist_name}, {signature}")
    assert "{frist_name}" in problem.value.messages[0]


def test_rendering_fills_every_variable_and_keeps_literal_braces(alice: User) -> None:
    invitation = Invitation(sender_name="Priya Raman")
    text = replies.render_body(
        "{first_name}|{full_name}|{my_first_name}|{signature}|{{literal}}",
        replies.variables_for(invitation, alice),
    )
    assert text == "Priya|Priya Raman|Alice|Alice|{literal}"


def test_the_signature_falls_back_to_the_users_name(make_user: Callable[..., User]) -> None:
    user = make_user("carol", first_name="Carol", last_name="Chen", signature="")
    assert replies.variables_for(None, user)["signature"] == "Carol Chen"


def test_defaults_are_created_once_and_are_valid(alice: User) -> None:
    first = replies.templates_for(alice)
    second = replies.templates_for(alice)
    assert len(first.templates) == len(second.templates) == 2
    assert ReplyTemplate.objects.filter(owner=alice).count() == 2
    query = first.default_for(ReplyKind.QUERY)
    assert query is not None and query.is_default
    for template in first.templates:
        replies.validate_body(template.body)


def test_a_broken_saved_body_never_sends_a_hole(alice: User) -> None:
    ReplyTemplate.objects.create(
        owner=alice, kind=ReplyKind.QUERY, name="Old", body="Hi {nme}", is_default=True
    )
    text = replies.templates_for(alice).reply_for(Invitation(sender_name="Sam Lee"), alice)
    assert text.startswith("Hi Sam,") and "{" not in text


def test_one_default_per_kind(alice: User) -> None:
    templates = replies.templates_for(alice).templates
    extra = ReplyTemplate.objects.create(
        owner=alice,
        kind=ReplyKind.QUERY,
        name="Short",
        body="Hi {first_name}, how do we know each other?",
    )
    replies.set_default(extra)
    defaults = ReplyTemplate.objects.filter(owner=alice, kind=ReplyKind.QUERY, is_default=True)
    assert list(defaults) == [extra]
    assert ReplyTemplate.objects.get(
        pk=next(t for t in templates if t.kind == "thanks").pk
    ).is_default


def test_deleting_the_default_promotes_another(alice: User) -> None:
    replies.templates_for(alice)
    other = ReplyTemplate.objects.create(
        owner=alice, kind=ReplyKind.QUERY, name="B", body="Hi {first_name}"
    )
    default = ReplyTemplate.objects.get(owner=alice, kind=ReplyKind.QUERY, is_default=True)
    replies.delete_template(default)
    other.refresh_from_db()
    assert other.is_default


def test_the_editor_page_and_fragment(alice_client: Client, htmx_headers: dict[str, str]) -> None:
    page = alice_client.get(reverse("triage:reply_templates"))
    body = page.content.decode()
    assert page.status_code == 200
    assert "How are we connected?" in body and 'id="preview"' in body
    fragment = alice_client.get(reverse("triage:reply_templates"), **htmx_headers)
    assert "<html" not in fragment.content.decode() and 'id="editor"' in fragment.content.decode()


def test_the_preview_uses_a_real_queried_sender(
    alice_client: Client,
    alice: User,
    make_invitation: Callable[..., Invitation],
    htmx_headers: dict[str, str],
) -> None:
    make_invitation(alice, sender_name="Priya Raman", queue=Queue.QUERY)
    response = alice_client.post(
        reverse("triage:reply_template_preview"),
        {"body": "Dear {first_name}, {signature}"},
        **htmx_headers,
    )
    body = response.content.decode()
    assert "Dear Priya, Alice" in body and "To Priya Raman" in body
    assert "<html" not in body


def test_the_preview_shows_an_unknown_variable_as_an_error(
    alice_client: Client, htmx_headers: dict[str, str]
) -> None:
    response = alice_client.post(
        reverse("triage:reply_template_preview"), {"body": "Hi {nickname}"}, **htmx_headers
    )
    body = response.content.decode()
    assert "{nickname} is not a variable you can use" in body
    assert 'role="alert"' in body
    full = alice_client.post(reverse("triage:reply_template_preview"), {"body": "Hi {"})
    assert full.status_code == 200 and "brace is not balanced" in full.content.decode()


def test_saving_an_invalid_template_shows_the_error_and_saves_nothing(
    alice_client: Client, alice: User, htmx_headers: dict[str, str]
) -> None:
    response = alice_client.post(
        reverse("triage:reply_template_new"),
        {"name": "Broken", "kind": "custom", "body": "Hi {frist_name}"},
        **htmx_headers,
    )
    assert response.status_code == 422
    assert "{frist_name} is not a variable" in response.content.decode()
    assert not ReplyTemplate.objects.filter(owner=alice, name="Broken").exists()
    full = alice_client.post(
        reverse("triage:reply_template_new"),
        {"name": "Broken", "kind": "custom", "body": "Hi {frist_name"},
    )
    assert full.status_code == 422


def test_creating_a_template_as_the_new_default(
    alice_client: Client, alice: User, htmx_headers: dict[str, str]
) -> None:
    alice_client.get(reverse("triage:reply_templates"))
    response = alice_client.post(
        reverse("triage:reply_template_new"),
        {
            "name": "Brief",
            "kind": "query",
            "body": "Hi {first_name}, how do we know each other?",
            "is_default": "on",
        },
        **htmx_headers,
    )
    created = ReplyTemplate.objects.get(owner=alice, name="Brief")
    assert response["HX-Redirect"] == reverse("triage:reply_template_edit", args=[created.pk])
    assert created.is_default
    assert ReplyTemplate.objects.filter(owner=alice, kind="query", is_default=True).count() == 1


def test_the_new_default_fills_the_cards(
    alice_client: Client, alice: User, make_invitation: Callable[..., Invitation]
) -> None:
    make_invitation(alice, sender_name="Jo Bloggs", queue=Queue.QUERY)
    alice_client.post(
        reverse("triage:reply_template_new"),
        {
            "name": "Brief",
            "kind": "query",
            "body": "Hey {first_name} ({full_name}) - {my_first_name}",
            "is_default": "on",
        },
    )
    body = alice_client.get(reverse("triage:dashboard"), {"queue": "query"}).content.decode()
    assert "Hey Jo (Jo Bloggs) - Alice" in body


def test_editing_making_default_and_deleting(
    alice_client: Client, alice: User, htmx_headers: dict[str, str]
) -> None:
    alice_client.get(reverse("triage:reply_templates"))
    mine = ReplyTemplate.objects.create(
        owner=alice, kind=ReplyKind.THANKS, name="Warm", body="Thanks {first_name}!"
    )
    edit_url = reverse("triage:reply_template_edit", args=[mine.pk])
    assert alice_client.get(edit_url).status_code == 200
    assert "<html" not in alice_client.get(edit_url, **htmx_headers).content.decode()
    saved = alice_client.post(
        edit_url, {"name": "Warmer", "kind": "thanks", "body": "Thanks so much, {first_name}!"}
    )
    assert saved.status_code == 302
    mine.refresh_from_db()
    assert mine.name == "Warmer" and mine.body == "Thanks so much, {first_name}!"
    made = alice_client.post(
        reverse("triage:reply_template_default", args=[mine.pk]), **htmx_headers
    )
    assert "is now the default" in made.content.decode()
    mine.refresh_from_db()
    assert mine.is_default
    full = alice_client.post(reverse("triage:reply_template_default", args=[mine.pk]))
    assert full.status_code == 302
    deleted = alice_client.post(reverse("triage:reply_template_delete", args=[mine.pk]))
    assert deleted.status_code == 302
    assert not ReplyTemplate.objects.filter(pk=mine.pk).exists()


def test_bob_gets_404_on_alices_templates(
    alice: User, bob_client: Client, htmx_headers: dict[str, str]
) -> None:
    template = replies.templates_for(alice).templates[0]
    urls = [
        reverse("triage:reply_template_edit", args=[template.pk]),
        reverse("triage:reply_template_default", args=[template.pk]),
        reverse("triage:reply_template_delete", args=[template.pk]),
    ]
    assert bob_client.get(urls[0]).status_code == 404
    assert bob_client.post(urls[0], {"name": "x", "kind": "query", "body": "hi"}).status_code == 404
    assert bob_client.post(urls[1], **htmx_headers).status_code == 404
    assert bob_client.post(urls[2]).status_code == 404
    template.refresh_from_db()
    assert template.name != "x"


def test_make_default_is_named_by_its_visible_words_and_delete_asks_first(
    alice_client: Client, alice: User
) -> None:
    alice_client.get(reverse("triage:reply_templates"))
    mine = ReplyTemplate.objects.create(
        owner=alice, kind=ReplyKind.QUERY, name="Brief", body="Hi {first_name}"
    )
    body = alice_client.get(reverse("triage:reply_template_edit", args=[mine.pk])).content.decode()
    assert 'aria-label="Make default: “Brief” for how are we connected? (query) replies"' in body
    delete_url = reverse("triage:reply_template_delete", args=[mine.pk])
    form = body[body.index(f'action="{delete_url}"') :].split(">", 1)[0]
    assert f'hx-post="{delete_url}"' in form
    assert 'hx-confirm="Delete the template “Brief”? This cannot be undone."' in form


def test_deleting_by_htmx_sends_the_page_back_to_the_list(
    alice_client: Client, alice: User, htmx_headers: dict[str, str]
) -> None:
    alice_client.get(reverse("triage:reply_templates"))
    mine = ReplyTemplate.objects.create(
        owner=alice, kind=ReplyKind.CUSTOM, name="Gone", body="Hi {first_name}"
    )
    response = alice_client.post(
        reverse("triage:reply_template_delete", args=[mine.pk]), **htmx_headers
    )
    assert response["HX-Redirect"] == reverse("triage:reply_templates")
    assert not ReplyTemplate.objects.filter(pk=mine.pk).exists()


def test_reply_choices_offer_every_usable_template_with_the_default_chosen(alice: User) -> None:
    templates = replies.templates_for(alice)
    ReplyTemplate.objects.create(
        owner=alice, kind=ReplyKind.CUSTOM, name="Mine", body="Yo {first_name}"
    )
    ReplyTemplate.objects.create(owner=alice, kind=ReplyKind.QUERY, name="Bad", body="Hi {x}")
    templates = replies.templates_for(alice)
    sender = Invitation(sender_name="Sam Lee")
    choices = replies.reply_choices(templates, sender, alice, ReplyKind.THANKS)
    assert [c.name for c in choices] == ["Thanks for connecting", "Mine", "How are we connected?"]
    assert [c.selected for c in choices] == [True, False, False]
    assert choices[1].text == "Yo Sam"
    assert choices[0].text == templates.reply_for(sender, alice, ReplyKind.THANKS)


def test_reply_choices_fall_back_to_the_built_in_wording(alice: User) -> None:
    ReplyTemplate.objects.create(
        owner=alice, kind=ReplyKind.CUSTOM, name="Mine", body="Yo {first_name}"
    )
    templates = replies.templates_for(alice)
    choices = replies.reply_choices(templates, Invitation(sender_name="Sam Lee"), alice, "thanks")
    assert choices[0].selected and choices[0].template_id == 0
    assert choices[0].text.startswith("Hi Sam,\n\nThanks for reaching out")
    assert [c.name for c in choices[1:]] == ["Mine"]
