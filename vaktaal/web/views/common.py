"""Pages every role shares: the start page per role, logging in and out, errors."""

from __future__ import annotations

from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from vaktaal.errors import VaktaalError
from vaktaal.web.permissions import role_of

START = {"admin": "accounts", "coach": "learners", "employer": "employer_home", "reviewer": "review_queue"}


def explain(error: VaktaalError) -> str:
    """A library error as one Dutch sentence with its hint."""
    return error.message + (f" ({error.hint})" if error.hint else "")


@login_required
def home(request: HttpRequest) -> HttpResponse:
    role = role_of(request.user)
    if role in START:
        return redirect(START[role])
    return render(request, "vaktaal/no_role.html", status=403)


class Login(auth_views.LoginView):
    template_name = "vaktaal/login.html"
    redirect_authenticated_user = True


class Logout(auth_views.LogoutView):
    pass


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:  # noqa: ARG001
    return render(request, "vaktaal/error.html", {"title": "Dit mag je niet",
                                                   "text": "Deze pagina hoort niet bij jouw account."}, status=403)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:  # noqa: ARG001
    return render(request, "vaktaal/error.html", {"title": "Niet gevonden",
                                                   "text": "Deze pagina of dit bestand bestaat niet (meer)."},
                  status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    return render(request, "vaktaal/error.html", {"title": "Er ging iets mis",
                                                   "text": "Probeer het nog eens. Blijft het misgaan? "
                                                           "Vraag het de beheerder."}, status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:  # noqa: ARG001
    return render(request, "vaktaal/error.html", {"title": "Formulier verlopen",
                                                   "text": "Ga terug, laad de pagina opnieuw en probeer het nog eens."},
                  status=403)
