"""Turning term text into safe Anki field HTML (shared by the .apkg and the CSV)."""

from __future__ import annotations

import html

# A cell starting with one of these is a formula to Excel/LibreOffice (CSV injection). Writing the
# first character as a numeric character reference keeps it plain text in a spreadsheet while
# Anki, which reads the fields as HTML, still shows the same character.
_FORMULA_STARTS = {"=": "&#61;", "+": "&#43;", "-": "&#45;", "@": "&#64;", "\t": "&#9;", "\r": "&#13;"}


def field_html(text: str | None) -> str:
    """Plain text as field HTML: escaped, line breaks kept, never a spreadsheet formula."""
    if not text:
        return ""
    escaped = html.escape(text, quote=True).replace("\r\n", "\n").replace("\n", "<br>")
    first = escaped[0]
    if first in _FORMULA_STARTS:
        escaped = _FORMULA_STARTS[first] + escaped[1:]
    return escaped
