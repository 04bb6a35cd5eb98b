"""Refuse to print empty boxes: before a PDF is made, every character on the page must be in
some installed font. Fontconfig (which WeasyPrint uses to pick fonts) is asked which
characters its fonts cover; a missing script is named with the Debian package that has it.
No command line in the messages: the web app shows them too."""

from __future__ import annotations

import os
import shutil
import subprocess
import unicodedata
from functools import lru_cache

from vaktaal.errors import MissingFontError
from vaktaal.i18n import N_, _, n_

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


@lru_cache(maxsize=4)
def _coverage(_fontconfig_file: str | None) -> frozenset[int]:
    """Every code point some installed font has (the argument keys the cache to FONTCONFIG_FILE)."""
    if shutil.which("fc-list") is None:
        raise MissingFontError(_("fontconfig's fc-list is not installed, so the fonts cannot be checked"),
                               hint=_("install the fontconfig package"))
    output = subprocess.run(["fc-list", "--format", "%{charset}\n"], capture_output=True, text=True,
                            check=False).stdout
    covered: set[int] = set()
    for token in output.split():
        first, _dash, last = token.partition("-")
        try:
            covered.update(range(int(first, 16), int(last or first, 16) + 1))
        except ValueError:
            continue
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
    covered = _coverage(os.environ.get("FONTCONFIG_FILE"))
    missing: dict[str, str] = {}
    for char in sorted(set(text)):
        if _needs_glyph(char) and ord(char) not in covered:
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
