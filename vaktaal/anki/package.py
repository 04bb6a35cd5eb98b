"""Writing an .apkg byte for byte the same for the same input.

genanki's schema and JSON for the note type and decks are reused; rows are written here because
genanki stamps every note with one build time and zips with file times, and we need per-note
modification times and a reproducible zip.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from vaktaal.anki.identity import deck_id
from vaktaal.anki.note_content import PlannedNote
from vaktaal.content.pictures import outgoing_bytes
from vaktaal.files.atomic import atomic_file

_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class StampedNote:
    note: PlannedNote
    mod: int


def _collection_db(path: Path, notetype: genanki.Model, notetype_mod: int, notes: Sequence[StampedNote],
                   timestamp: int, descriptions: Mapping[str, str]) -> int:
    """Fill a fresh collection file; returns the number of cards."""
    conn = sqlite3.connect(path)
    try:
        cur = conn.cursor()
        cur.executescript(APKG_SCHEMA)
        cur.executescript(APKG_COL)
        deck_names = sorted({n.note.deck for n in notes})
        decks = json.loads(cur.execute("SELECT decks FROM col").fetchone()[0])
        for name in sorted({*deck_names, *descriptions}):
            decks[str(deck_id(name))] = genanki.Deck(deck_id(name), name, descriptions.get(name, "")).to_json()
        model_json = notetype.to_json(notetype_mod, deck_id(deck_names[0]) if deck_names else 1)
        cur.execute("UPDATE col SET decks = ?, models = ?",
                    (json.dumps(decks, sort_keys=True), json.dumps({str(notetype.model_id): model_json})))
        # Ids only need to be unique inside the package (Anki matches notes on GUID); deriving them
        # from the package time keeps them reproducible.
        next_id = timestamp * 1000
        note_rows, card_rows = [], []
        for stamped in notes:
            note = stamped.note
            next_id += 1
            note_id = next_id
            note_rows.append((note_id, note.guid, notetype.model_id, stamped.mod, -1, " " + " ".join(note.tags) + " ",
                              "\x1f".join(note.fields), note.fields[0], 0, 0, ""))
            did = deck_id(note.deck)
            for ord_ in note.cards:
                next_id += 1
                card_rows.append((next_id, note_id, did, ord_, stamped.mod, -1, 0, 0, note.due,
                                  0, 0, 0, 0, 0, 0, 0, 0, ""))
        cur.executemany("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?)", note_rows)
        cur.executemany("INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", card_rows)
        conn.commit()
    finally:
        conn.close()
    return len(card_rows)


def write_apkg(out: Path, *, notetype: genanki.Model, notetype_mod: int, notes: Sequence[StampedNote],
               media: dict[str, Path], comment: str, descriptions: Mapping[str, str] | None = None,
               progress: Callable[[int, int], None] | None = None) -> int:
    """Write the package atomically (a temp file renamed into place); returns the card count."""
    timestamp = max([notetype_mod] + [n.mod for n in notes])
    with tempfile.TemporaryDirectory(prefix="vaktaal-apkg-") as workdir, atomic_file(out) as tmp_zip:
        db_path = Path(workdir) / "collection.anki2"
        cards = _collection_db(db_path, notetype, notetype_mod, notes, timestamp, descriptions or {})
        names = sorted(media)
        with zipfile.ZipFile(tmp_zip, "w") as zf:
            zf.comment = comment.encode("ascii")
            _add(zf, "collection.anki2", db_path.read_bytes(), zipfile.ZIP_DEFLATED)
            _add(zf, "media", json.dumps({str(i): name for i, name in enumerate(names)}).encode(),
                 zipfile.ZIP_DEFLATED)
            for i, name in enumerate(names):
                # Audio and pictures are compressed already: store them as they are.
                _add(zf, str(i), outgoing_bytes(media[name]), zipfile.ZIP_STORED)
                if progress:
                    progress(i + 1, len(names))
    return cards


def _add(zf: zipfile.ZipFile, name: str, data: bytes, compression: int) -> None:
    info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
    info.compress_type = compression
    info.external_attr = 0o644 << 16
    zf.writestr(info, data, compresslevel=1 if compression == zipfile.ZIP_DEFLATED else None)


def package_comment(path: Path) -> str | None:
    """The fingerprint stored in an existing package's zip comment, if any."""
    try:
        with zipfile.ZipFile(path) as zf:
            return zf.comment.decode("ascii", "replace")
    except (OSError, zipfile.BadZipFile):
        return None
