"""The admin's pages: accounts (add, change role/languages/employer, reset password, remove) and
which coach has which learner."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from vaktaal.errors import VaktaalError
from vaktaal.web.accounts import create_account, set_password, update_account
from vaktaal.web.models import ROLES, Account, Learner
from vaktaal.web.permissions import require
from vaktaal.web.views.common import explain


class RoleForm(forms.Form):
    role = forms.ChoiceField(label="Rol", choices=ROLES)
    employer = forms.CharField(label="Werkgever (mapnaam, alleen bij werkgever)", required=False, max_length=64)
    languages = forms.CharField(label="Talen (alleen bij controleur, bijv. ar ti)", required=False, max_length=200)


class NewAccountForm(RoleForm):
    username = forms.CharField(label="Naam om in te loggen", max_length=150)
    password = forms.CharField(label="Wachtwoord", widget=forms.PasswordInput, min_length=8)
    field_order = ("username", "password", "role", "employer", "languages")


class PasswordForm(forms.Form):
    password = forms.CharField(label="Nieuw wachtwoord", widget=forms.PasswordInput, min_length=8)


def _rows() -> list[dict[str, Any]]:
    users = get_user_model().objects.order_by("username").select_related("account")
    return [{"user": u, "account": getattr(u, "account", None)} for u in users]


@login_required
def accounts(request: HttpRequest) -> HttpResponse:
    require(request, "accounts.manage")
    form = NewAccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            create_account(data["username"], data["password"], role=data["role"], employer=data["employer"].strip(),
                           languages=[data["languages"]])
            messages.success(request, f"Account '{data['username']}' is aangemaakt.")
            return redirect("accounts")
        except VaktaalError as exc:
            messages.error(request, explain(exc))
    return render(request, "vaktaal/accounts/list.html", {"rows": _rows(), "form": form})


@login_required
def account(request: HttpRequest, pk: int) -> HttpResponse:
    require(request, "accounts.manage")
    user = get_object_or_404(get_user_model(), pk=pk)
    current = Account.objects.filter(user=user).first()
    initial = {"role": current.role, "employer": current.employer, "languages": " ".join(current.language_list)} \
        if current else {}
    form = RoleForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            update_account(user, role=data["role"], employer=data["employer"].strip(), languages=[data["languages"]])
            messages.success(request, "Opgeslagen.")
            return redirect("accounts")
        except VaktaalError as exc:
            messages.error(request, explain(exc))
    return render(request, "vaktaal/accounts/edit.html", {"the_user": user, "form": form,
                                                          "password_form": PasswordForm()})


@login_required
@require_POST
def password(request: HttpRequest, pk: int) -> HttpResponse:
    require(request, "accounts.manage")
    user = get_object_or_404(get_user_model(), pk=pk)
    form = PasswordForm(request.POST)
    if form.is_valid():
        try:
            set_password(user, form.cleaned_data["password"])
            messages.success(request, f"Nieuw wachtwoord voor '{user.get_username()}' is ingesteld.")
        except VaktaalError as exc:
            messages.error(request, explain(exc))
    else:
        messages.error(request, "Een wachtwoord heeft minstens 8 tekens.")
    return redirect("account", pk=user.pk)


@login_required
@require_POST
def remove(request: HttpRequest, pk: int) -> HttpResponse:
    require(request, "accounts.manage")
    user = get_object_or_404(get_user_model(), pk=pk)
    if user.pk == request.user.pk:
        messages.error(request, "Je kunt je eigen account niet verwijderen.")
        return redirect("account", pk=user.pk)
    name = user.get_username()
    user.delete()  # learners stay (their coach becomes empty) and can be given to another coach
    messages.success(request, f"Account '{name}' is verwijderd.")
    return redirect("accounts")


@login_required
def learners(request: HttpRequest) -> HttpResponse:
    """Which coach has which learner: an admin gives a learner to another coach."""
    require(request, "accounts.manage")
    coaches = get_user_model().objects.filter(account__role="coach").order_by("username")
    if request.method == "POST":
        item = get_object_or_404(Learner, pk=request.POST.get("learner"))
        coach = coaches.filter(pk=request.POST.get("coach")).first()
        item.coach = coach
        item.save(update_fields=["coach"])
        messages.success(request, f"{item.name} is nu van {coach.get_username() if coach else 'niemand'}.")
        return redirect("admin_learners")
    return render(request, "vaktaal/accounts/learners.html", {"learners": Learner.objects.select_related("coach"),
                                                              "coaches": coaches})
