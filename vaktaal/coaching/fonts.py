"""Refuse to print empty boxes: before a PDF is made, every character on it must be in a font
Typst (which makes the PDFs) will use. Typst reads the installed fonts itself (not through
fontconfig) and draws an empty box for a character no font has, without a word: this check is
what stops that, naming the script and the Debian package that has a font for it. No command
line in the messages: the web app shows them too.

``VAKTAAL_FONT_DIRS`` (folders, separated like ``PATH``) replaces the installed fonts with the
fonts in those folders: for a machine whose fonts live elsewhere, and for the tests' "machine
without an Arabic font".
"""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

from vaktaal.coaching.font_cmap import code_points
from vaktaal.errors import MissingFontError
from vaktaal.i18n import N_, _, n_

if TYPE_CHECKING:
    import typst

#: The fonts of the PDFs, in order: Latin and Cyrillic, the learners' scripts, colour emoji, then
#: symbols (the tick box, the pencil). The templates get the ones installed here, in this order.
FONT_CHAIN = ("Noto Sans", "Noto Sans Ethiopic", "Abyssinica SIL", "Noto Sans Arabic", "Noto Naskh Arabic",
              "Noto Color Emoji", "DejaVu Sans", "Noto Sans Symbols2", "Noto Sans Symbols")
#: The font of codes and commands in the coach guide, when installed.
MONO_FONTS = ("DejaVu Sans Mono", "Noto Sans Mono", "Liberation Mono")
FONT_DIRS_VARIABLE = "VAKTAAL_FONT_DIRS"

#: Script (first word of the Unicode character name) -> Debian package with a font for it.
FONT_PACKAGES = {
    "ARABIC": "fonts-noto-core",      # Noto Sans Arabic, Noto Naskh Arabic
    "ETHIOPIC": "fonts-noto-core",    # Noto Sans Ethiopic (Ge'ez script: Tigrinya, Amharic)
    "CYRILLIC": "fonts-noto-core",
    "LATIN": "fonts-noto-core",
    "GREEK": "fonts-noto-core",
    "HEBREW": "fonts-noto-core",
    "EMOJI": "fonts-noto-color-emoji",
}
#: Script -> its name in messages (translated when shown).
_SCRIPT_NAMES = {"ARABIC": N_("Arabic script"), "ETHIOPIC": N_("Ge'ez script (Tigrinya)"),
                 "CYRILLIC": N_("Cyrillic script"), "LATIN": N_("Latin script"), "EMOJI": N_("emoji"),
                 "GREEK": N_("Greek script"), "HEBREW": N_("Hebrew script")}


def _font_dirs() -> str | None:
    return os.environ.get(FONT_DIRS_VARIABLE) or None


@lru_cache(maxsize=4)
def _typst_fonts(font_dirs: str | None) -> typst.Fonts:
    import typst

    folders = font_dirs.split(os.pathsep) if font_dirs else []
    return typst.Fonts(include_system_fonts=not folders, include_embedded_fonts=False, font_paths=folders)


def typst_fonts() -> typst.Fonts:
    """The fonts Typst finds (the installed ones, or those of ``VAKTAAL_FONT_DIRS``), read once."""
    return _typst_fonts(_font_dirs())


def _regular(info: typst.FontInfo) -> bool:
    return info.weight == 400 and info.style == "normal" and info.stretch == 1.0


@lru_cache(maxsize=4)
def _chains(font_dirs: str | None) -> tuple[tuple[str, ...], tuple[str, ...]]:
    families = {info.family for info in _typst_fonts(font_dirs).fonts()}
    return (tuple(f for f in FONT_CHAIN if f in families), tuple(f for f in MONO_FONTS if f in families))


def installed_chain() -> tuple[str, ...]:
    """The fonts of :data:`FONT_CHAIN` that are installed, in order (what the templates use)."""
    return _chains(_font_dirs())[0]


def installed_mono() -> tuple[str, ...]:
    return _chains(_font_dirs())[1]


@lru_cache(maxsize=4)
def _coverage(font_dirs: str | None, chain_only: bool) -> frozenset[int]:
    """Every code point of the chain's fonts (regular style: bold and italic of a family have the
    same characters), or of every font Typst has (``chain_only=False``: Typst falls back on any
    installed font for a character the chain lacks)."""
    chain = set(_chains(font_dirs)[0])
    covered: set[int] = set()
    for info in _typst_fonts(font_dirs).fonts():
        if info.path and (not chain_only or (info.family in chain and _regular(info))):
            covered.update(code_points(info.path, info.index))
    return frozenset(covered)


def _needs_glyph(char: str) -> bool:
    # Controls, format characters (ZWJ, direction marks) and variation selectors draw nothing.
    return not (unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") or 0xFE00 <= ord(char) <= 0xFE0F
                or char in "\n\r\t ")


def script_of(char: str) -> str:
    if unicodedata.category(char) == "So" and ord(char) >= 0x2190:
        return "EMOJI"
    name = unicodedata.name(char, "")
    return name.split(" ")[0] if name else f"U+{ord(char):04X}"


def missing_characters(text: str) -> dict[str, str]:
    """Script -> the characters of ``text`` no installed font has."""
    dirs = _font_dirs()
    chain = _coverage(dirs, True)
    left = sorted(c for c in set(text) if _needs_glyph(c) and ord(c) not in chain)
    if not left:
        return {}
    everything = _coverage(dirs, False)  # rare: a character none of the PDFs' own fonts has
    missing: dict[str, str] = {}
    for char in left:
        if ord(char) not in everything:
            script = script_of(char)
            missing[script] = missing.get(script, "") + char
    return missing


def check_fonts(text: str, file: str) -> None:
    """Raise :class:`MissingFontError` naming the script and the package to install; ``file`` is
    the name of the PDF that would be made."""
    missing = missing_characters(text)
    if not missing:
        return
    _script, chars = next(iter(missing.items()))
    packages = sorted({FONT_PACKAGES.get(s, "fonts-noto-core") for s in missing})
    scripts = ", ".join(_(_SCRIPT_NAMES[s]) if s in _SCRIPT_NAMES else s.lower() for s in missing)
    raise MissingFontError(
        _("{file}: no installed font can show {scripts} (e.g. {characters!r}); the PDF would show empty "
          "boxes").format(file=file, scripts=scripts, characters=chars[:5]),
        hint=n_("install the font package {packages}, then try again",
                "install the font packages {packages}, then try again", len(packages)).format(
            packages=", ".join(packages)))
