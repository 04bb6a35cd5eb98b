"""Anki-importable CSV of a deck plan, with the same GUIDs as the .apkg.

Anki reads the ``#`` header lines (separator, html, note type, deck/guid/tags columns). The
separator is a semicolon because Dutch Excel uses it, and the file starts with a UTF-8 byte order
mark so Excel shows Arabic, Tigrinya and Farsi correctly. Field values are the same HTML as in the
package; a leading ``= + - @`` is written as a character reference (see field_text), so no cell
is ever a formula. Every cell that holds a line break, a quote or a semicolon is quoted, so one
note is always one record (Python's csv module would leave a lone ``\r`` unquoted).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

from vaktaal.anki.build import DeckPlan
from vaktaal.anki.identity import NOTETYPE_NAME
from vaktaal.anki.notetype import FIELDS
from vaktaal.content.pictures import outgoing_bytes
from vaktaal.files.atomic import atomic_write, clean_stale_temp_files_in


@dataclass(frozen=True)
class CsvReport:
    path: Path
    notes: int
    media_dir: Path | None
    media: int


def csv_text(plan: DeckPlan) -> str:
    columns = ["guid", "deck", *FIELDS, "tags"]
    out = io.StringIO()
    out.write("#separator:Semicolon\n#html:true\n")
    out.write(f"#notetype:{NOTETYPE_NAME}\n#guid column:1\n#deck column:2\n#tags column:{len(columns)}\n")
    out.write("#columns:" + ";".join(columns) + "\n")
    for note in plan.notes:
        out.write(";".join(csv_cell(cell) for cell in (note.guid, note.deck, *note.fields, " ".join(note.tags))))
        out.write("\n")
    return out.getvalue()


_NEEDS_QUOTES = frozenset(';"\r\n')


def csv_cell(text: str) -> str:
    """One cell: quoted (quotes doubled) when it holds a separator, a quote or a line break."""
    if _NEEDS_QUOTES.isdisjoint(text):
        return text
    return '"' + text.replace('"', '""') + '"'


def export_csv(plan: DeckPlan, out_dir: Path) -> CsvReport:
    """Write ``<recipe>.<lang>.csv`` and its media (``<recipe>.<lang>.media/``) into ``out_dir``.

    Anki's CSV import cannot carry media: copy the media folder's files into Anki's
    ``collection.media`` folder (or import the .apkg once, which brings them).
    """
    stem = f"{plan.recipe.slug}.{plan.lang}"
    path = out_dir / f"{stem}.csv"
    clean_stale_temp_files_in(out_dir)
    atomic_write(path, b"\xef\xbb\xbf" + csv_text(plan).encode("utf-8"))
    media_dir = None
    if plan.media:
        media_dir = out_dir / f"{stem}.media"
        media_dir.mkdir(parents=True, exist_ok=True)
        for name, source in plan.media.items():
            target = media_dir / name
            if not target.exists():  # content-named: an existing file already has these bytes
                atomic_write(target, outgoing_bytes(source))  # never half a file under its name
    return CsvReport(path, len(plan.notes), media_dir, len(plan.media))
