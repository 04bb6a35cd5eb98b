"""Making and changing accounts: one set of rules for ``vaktaal users`` and the admin page."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from vaktaal.content.format_rules import SLUG_RE
from vaktaal.content.languages import is_language_code
from vaktaal.errors import InputError
from vaktaal.web.models import ROLES, Account

ROLE_NAMES = tuple(code for code, _label in ROLES)


def clean_languages(codes: Iterable[str]) -> list[str]:
    """Codes from repeated options or a text box ("ar, ti"): checked, each once, in order."""
    found: list[str] = []
    for value in codes:
        for code in value.replace(",", " ").split():
            code = code.strip().lower()
            if not is_language_code(code):
                raise InputError(f"'{code}' is not an ISO 639-1 language code", field="languages", value=code,
                                 hint="use two-letter codes such as ar, ti, fa, so, tr, uk")
            if code not in found:
                found.append(code)
    return found


def check_role(role: str, employer: str, languages: list[str]) -> None:
    if role not in ROLE_NAMES:
        raise InputError(f"'{role}' is not a role", field="role", value=role, hint="use " + ", ".join(ROLE_NAMES))
    if role == "employer" and not SLUG_RE.fullmatch(employer or ""):
        raise InputError("an employer account needs the employer's slug", field="employer", value=employer,
                         hint="the folder name under employers/, e.g. smit-metaal")
    if role == "reviewer" and not languages:
        raise InputError("a reviewer account needs at least one language", field="languages",
                         hint="for example ar or ti")


def create_account(username: str, password: str, *, role: str, employer: str = "",
                   languages: Iterable[str] = ()) -> Any:
    """A new user with its role; the password must pass Django's validators."""
    langs = clean_languages(languages)
    check_role(role, employer, langs)
    users = get_user_model()
    if users.objects.filter(username=username).exists():
        raise InputError(f"there is already an account '{username}'", field="username", value=username,
                         hint="choose another name, or remove that account first")
    user = users(username=username)
    try:
        users.username_validator(username)
        validate_password(password, user)
    except ValidationError as exc:
        raise InputError(" ".join(exc.messages), field="password" if "password" in str(exc) else "username",
                         hint="use a longer password that is not a common word") from None
    with transaction.atomic():
        user.set_password(password)
        user.save()
        Account.objects.create(user=user, role=role, employer=employer if role == "employer" else "",
                               languages=",".join(langs) if role == "reviewer" else "")
    return user


def update_account(user: Any, *, role: str, employer: str = "", languages: Iterable[str] = ()) -> None:
    langs = clean_languages(languages)
    check_role(role, employer, langs)
    account, _created = Account.objects.get_or_create(user=user, defaults={"role": role})
    account.role = role
    account.employer = employer if role == "employer" else ""
    account.languages = ",".join(langs) if role == "reviewer" else ""
    account.save()


def set_password(user: Any, password: str) -> None:
    try:
        validate_password(password, user)
    except ValidationError as exc:
        raise InputError(" ".join(exc.messages), field="password",
                         hint="use a longer password that is not a common word") from None
    user.set_password(password)
    user.save()
