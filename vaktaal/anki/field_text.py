"""Turning term text into safe Anki field HTML (shared by the .apkg and the CSV).

Text is data, never markup Anki acts on: it is HTML-escaped; control characters are dropped
(``\\x1f`` separates the fields of a note in Anki's database, so one in a word would shift every
field after it and Anki refuses the package); every ``[`` is written as ``&#91;``, because Anki
reads ``[sound:…]``, ``[anki:tts]`` and ``[latex]`` in field HTML as tags; and every line break
becomes ``<br>``, so no field holds a raw line break (a CSV row stays one line).
"""

from __future__ import annotations

import html
import re

# A cell starting with one of these is a formula to Excel/LibreOffice (CSV injection). Writing the
# first character as a numeric character reference keeps it plain text in a spreadsheet while
# Anki, which reads the fields as HTML, still shows the same character.
_FORMULA_STARTS = {"=": "&#61;", "+": "&#43;", "-": "&#45;", "@": "&#64;", "\t": "&#9;"}
#: C0 controls except tab and line breaks, DEL and the C1 controls.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile("\r\n|\r|\n")


def field_html(text: str | None) -> str:
    """Plain text as field HTML: escaped, line breaks kept as ``<br>``, no control characters,
    no Anki tag and never a spreadsheet formula."""
    if not text:
        return ""
    escaped = html.escape(_CONTROL.sub("", text), quote=True).replace("[", "&#91;")
    escaped = _LINE_BREAK.sub("<br>", escaped)
    if escaped and escaped[0] in _FORMULA_STARTS:
        escaped = _FORMULA_STARTS[escaped[0]] + escaped[1:]
    return escaped
