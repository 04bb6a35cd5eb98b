"""Who may do what: the one place that decides (like datasette's ``permission_allowed``).

Every view calls :func:`require` (or :func:`allowed`) with an action and the resource it is about.
A refusal is logged on ``vaktaal.web.security`` with the user, the action and the resource, and
answered with 403.

Roles (one per account):

- ``admin`` manages accounts and says which coach has which learner. An admin is *not*
  automatically a coach, employer or reviewer: reading a learner's plan, an employer's terms or
  reviewing a language needs that role (make a second account for it). Fewer people who can
  do everything means fewer accounts worth stealing.
- ``coach``: their own learners only (a learner belongs to the coach who made it, or to whom
  an admin assigned it), decks for those learners, and their progress page (what the coach
  ticked and what the learner's own Anki export says; uploading that export).
- ``employer``: only the terms of their own employer slug (``employers/<slug>/``).
- ``reviewer``: only translations into their assigned languages.
"""

from __future__ import annotations

import logging
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest

from vaktaal.web.models import Learner

log = logging.getLogger("vaktaal.web.security")

#: Actions about one learner: only that learner's coach may do them.
LEARNER_ACTIONS = ("learner.view", "learner.edit", "progress.view", "progress.import")

#: action -> the role that may do it; the resource check follows in :func:`allowed`.
ACTIONS: dict[str, str] = {
    "accounts.manage": "admin",
    "learners.list": "coach",
    "learner.create": "coach",
    "learner.view": "coach",
    "learner.edit": "coach",
    "progress.view": "coach",
    "progress.import": "coach",
    "employer.view": "employer",
    "employer.edit": "employer",
    "review.queue": "reviewer",
    "review.view": "reviewer",
    "review.answer": "reviewer",
}


def role_of(user: Any) -> str | None:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    account = getattr(user, "account", None)
    return account.role if account is not None else None


def allowed(user: Any, action: str, resource: Any = None) -> bool:
    """True when ``user`` may do ``action`` on ``resource``:

    a :class:`Learner` for ``learner.*`` and ``progress.*``, an employer slug for ``employer.*``, a language code
    for ``review.view``/``review.answer``; no resource for the rest."""
    role = role_of(user)
    if role is None or ACTIONS.get(action) != role:
        return False
    account = user.account
    if action in LEARNER_ACTIONS:
        return isinstance(resource, Learner) and resource.coach_id == user.pk
    if action.startswith("employer."):
        return bool(account.employer) and resource == account.employer
    if action in ("review.view", "review.answer"):
        return isinstance(resource, str) and resource in account.language_list
    if action == "review.queue":
        return bool(account.language_list)
    return resource is None


def describe(resource: Any) -> str:
    if isinstance(resource, Learner):
        return f"learner:{resource.slug}"
    return "-" if resource is None else str(resource)


def require(request: HttpRequest, action: str, resource: Any = None) -> None:
    """Raise 403 (and log it) unless the request's user may do ``action`` on ``resource``."""
    if allowed(request.user, action, resource):
        return
    user = request.user.get_username() if request.user.is_authenticated else "anonymous"
    log.warning("refused: user=%s role=%s action=%s resource=%s path=%s", user, role_of(request.user) or "-",
                action, describe(resource), request.path)
    raise PermissionDenied(action)
