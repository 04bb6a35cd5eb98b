"""The interface language: every message a user reads comes through :func:`_`, in the language
the locale asks for (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as gettext reads them).

Message ids are English; the Dutch catalogue lives in ``vaktaal/locale/nl/LC_MESSAGES/vaktaal.po``
(compiled to ``.mo`` and shipped as package data; ``python scripts/catalogues.py`` extracts,
updates and compiles). Learning content (words, examples, the coach's pages) is Dutch in every
interface language and never goes through here.

The catalogue is also made the process's default gettext domain, so click's own words
("Usage:", "Show this message and exit.") follow the same language.
"""

from __future__ import annotations

import gettext
import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

DOMAIN = "vaktaal"
LOCALE_DIR = Path(__file__).with_name("locale")
#: Interface languages with a catalogue (English needs none: it is the message ids).
LANGUAGES = ("nl", "en")

_ENV = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
_forced: ContextVar[str | None] = ContextVar("vaktaal_language", default=None)


@lru_cache(maxsize=16)
def _catalogue(languages: tuple[str, ...] | None, _env: tuple[str | None, ...]) -> gettext.NullTranslations:
    # ``_env`` keys the cache, so a changed environment (tests, the web app) is noticed.
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=list(languages) if languages else None,
                               fallback=True)


def translations() -> gettext.NullTranslations:
    """The catalogue in force: a forced language (:func:`use_language`) or the locale's."""
    forced = _forced.get()
    return _catalogue((forced,) if forced else None, tuple(os.environ.get(name) for name in _ENV))


def _(message: str) -> str:
    """``message`` in the interface language."""
    return translations().gettext(message)


def N_(message: str) -> str:
    """Mark ``message`` for the catalogue without translating it yet: it is translated where it
    is shown (help texts and tables defined at import time)."""
    return message


def n_(singular: str, plural: str, count: int) -> str:
    """The singular or plural message for ``count``, in the interface language."""
    return translations().ngettext(singular, plural, count)


def current_language() -> str:
    """'nl' or 'en': the language messages come out in now."""
    info = translations().info()
    return info.get("language", "en") or "en"


@contextmanager
def use_language(code: str) -> Iterator[None]:
    """Messages in ``code`` inside the block, whatever the locale (the web app is Dutch)."""
    token = _forced.set(code)
    try:
        yield
    finally:
        _forced.reset(token)


def install_for_click() -> None:
    """Make vaktaal's catalogue the default gettext domain: click translates through it."""
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)
