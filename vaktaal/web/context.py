"""What every page's template knows: the user's role (for the menu)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from vaktaal.web.permissions import role_of


def role(request: HttpRequest) -> dict[str, Any]:
    return {"role": role_of(request.user) if hasattr(request, "user") else None}
