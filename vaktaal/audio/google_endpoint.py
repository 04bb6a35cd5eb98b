"""Where Google's voice is reached, and whether it can be: kept apart from the gTTS engine so
that asking (offline, on every build that misses a recording) costs a socket, not an import of
gTTS and requests."""

from __future__ import annotations

import os
import socket
from urllib.parse import urlsplit

URL_ENV = "VAKTAAL_GTTS_URL"
DEFAULT_URL = "https://translate.google.com/_/TranslateWebserverUi/data/batchexecute"


def endpoint(override: str | None = None) -> str:
    return override or os.environ.get(URL_ENV) or DEFAULT_URL


def reachable(url: str | None = None, timeout: float = 2.0) -> bool:
    """Can a connection to the endpoint be opened? One short probe, no request is spent."""
    parts = urlsplit(endpoint(url))
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((parts.hostname or "", port), timeout=timeout):
            return True
    except OSError:
        return False
