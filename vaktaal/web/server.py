"""Starting the app: Django configured for a project, its migrations applied, the WSGI app with
the static files (WhiteNoise), served by waitress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vaktaal.web.settings import REQUEST_MAX_BYTES, STATIC_DIR, configure


def prepare(project: Path, **options: Any) -> None:
    """Configure Django for ``project`` and bring its database up to date (made on first start)."""
    configure(project, **options)
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def application() -> Any:
    """The WSGI app (after :func:`prepare`): Django, with /static/ served by WhiteNoise."""
    from django.core.wsgi import get_wsgi_application
    from whitenoise import WhiteNoise

    return WhiteNoise(get_wsgi_application(), root=str(STATIC_DIR), prefix="static/", max_age=3600)


def serve(app: Any, *, host: str, port: int, threads: int = 8) -> None:
    import waitress

    waitress.serve(app, host=host, port=port, threads=threads, max_request_body_size=REQUEST_MAX_BYTES,
                   ident="vaktaal", clear_untrusted_proxy_headers=True)
