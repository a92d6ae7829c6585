from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from accounts.forms import AffiliationForm, ConnectionForm, ProfileSettingsForm, SignUpForm
from accounts.http import AuthenticatedRequest
from accounts.models import User
from accounts.selectors import affiliations_of, connections_of
from accounts.services import profile_changed

# Settings the classifier reads: changing one re-sorts the invitations.
RECLASSIFYING_FIELDS = frozenset(
    {"first_name", "last_name", "display_name", "nicknames_text", "no_reason_queue"}
)


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("triage:dashboard")
    form = SignUpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(
            request,
            "Welcome! Import your data export (it fills in this profile too), or add your "
            "organisations and schools here so claims can be checked.",
        )
        return redirect("accounts:profile")
    return render(request, "registration/signup.html", {"form": form})


def _all_errors(form: forms.BaseForm) -> str:
    return "; ".join(str(error) for errors in form.errors.values() for error in errors)


def _profile_context(user: User, **extra: object) -> dict[str, object]:
    return {
        "affiliations": affiliations_of(user),
        "connections": connections_of(user)[:200],
        "connection_count": connections_of(user).count(),
        "affiliation_form": AffiliationForm(owner=user),
        "connection_form": ConnectionForm(),
        **extra,
    }


@login_required
@require_http_methods(["GET", "POST"])
def profile(request: AuthenticatedRequest) -> HttpResponse:
    form = ProfileSettingsForm(request.POST or None, instance=request.user)
    if request.method == "POST":
        if form.is_valid():
            # The classifier reads the user's names (a note greeting them by name is
            # personal) as well as the no-reason policy.
            policy_changed = bool(RECLASSIFYING_FIELDS.intersection(form.changed_data))
            form.save()
            if policy_changed:
                profile_changed(request.user)
            messages.success(request, "Profile saved.")
            return redirect("accounts:profile")
        messages.error(request, "Please correct the highlighted fields; nothing was saved.")
    return render(request, "accounts/profile.html", _profile_context(request.user, form=form))


def _render_affiliations(request: AuthenticatedRequest, form: AffiliationForm) -> HttpResponse:
    return render(
        request,
        "accounts/profile.html#affiliations",
        _profile_context(request.user, affiliation_form=form),
    )


@login_required
@require_POST
def affiliation_add(request: AuthenticatedRequest) -> HttpResponse:
    form = AffiliationForm(request.POST, owner=request.user)
    if form.is_valid():
        form.save()
        profile_changed(request.user)
        form = AffiliationForm(owner=request.user)
    if request.htmx:
        return _render_affiliations(request, form)
    if form.errors:
        messages.error(request, _all_errors(form))
    return redirect("accounts:profile")


@login_required
@require_http_methods(["GET", "POST"])
def affiliation_edit(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    affiliation = get_object_or_404(affiliations_of(request.user), pk=pk)
    form = AffiliationForm(request.POST or None, instance=affiliation, owner=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        profile_changed(request.user)
        messages.success(request, f"Saved {affiliation.name}.")
        return redirect("accounts:profile")
    return render(
        request, "accounts/affiliation_edit.html", {"form": form, "affiliation": affiliation}
    )


@login_required
@require_POST
def affiliation_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    affiliation = get_object_or_404(affiliations_of(request.user), pk=pk)
    affiliation.delete()
    profile_changed(request.user)
    if request.htmx:
        return _render_affiliations(request, AffiliationForm(owner=request.user))
    return redirect("accounts:profile")


@login_required
@require_POST
def connection_add(request: AuthenticatedRequest) -> HttpResponse:
    form = ConnectionForm(request.POST)
    if form.is_valid():
        connection = form.save(commit=False)
        connection.owner = request.user
        connection.save()
        profile_changed(request.user)
        messages.success(request, f"Added {connection.full_name} to your connections.")
    else:
        messages.error(request, _all_errors(form))
    return redirect("accounts:profile")


@login_required
@require_POST
def connection_delete(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    connection = get_object_or_404(connections_of(request.user), pk=pk)
    connection.delete()
    profile_changed(request.user)
    if request.htmx:
        # The row swaps out to nothing; the heading's count is updated out of band.
        return render(
            request,
            "accounts/profile.html#connection-count",
            {"connection_count": connections_of(request.user).count(), "oob": True},
        )
    return redirect("accounts:profile")
