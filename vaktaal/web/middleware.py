"""Library messages in Dutch, the security headers, and a cap on a request's size."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from vaktaal.i18n import use_language
from vaktaal.web.settings import REQUEST_MAX_BYTES

#: Nothing from elsewhere, no inline script or style, no plugins, no framing, forms only to us.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
       "media-src 'self' blob:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
Handler = Callable[[HttpRequest], HttpResponse]


def csp_with_inline(scripts: list[str]) -> str:
    """The policy for a page that carries its own inline scripts (the week pack's pages, made
    for a phone without a server): those exact scripts are allowed by their hash, nothing else.
    Their inline styles are allowed (they carry no code)."""
    hashes = " ".join("'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"
                      for s in scripts)
    return (f"default-src 'self'; script-src {hashes or chr(39) + 'none' + chr(39)}; "
            "style-src 'self' 'unsafe-inline'; img-src 'self' data:; media-src 'self'; object-src 'none'; "
            "base-uri 'none'; frame-ancestors 'none'; form-action 'none'")


class DutchAndHeaders:
    """Every request runs with the library's messages in Dutch; every response gets the CSP."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        with use_language("nl"):
            response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("Permissions-Policy", "camera=(self), microphone=(self), geolocation=()")
        response.headers.setdefault("Cache-Control", "no-store" if request.user.is_authenticated else "private")
        return response


class RequestSizeLimit:
    """Refuse a request body over REQUEST_MAX_BYTES before anything reads it (the per-upload
    limits are checked in the forms)."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > REQUEST_MAX_BYTES:
            return HttpResponse("Dit bestand is te groot.", status=413, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
