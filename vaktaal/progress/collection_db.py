"""vaktaal's notes in a collection's SQLite file: matched by GUID, with cards and review history.

Notes of other decks have other GUIDs and are never read past their GUID.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence

from vaktaal.progress.records import CardRecord, NoteRecord, Review, StoredMemory

#: Ids per ``in (...)`` query (far below SQLite's parameter limit).
_BATCH = 500


def _batches(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), _BATCH):
        yield ids[start:start + _BATCH]


def stored_memory(data: str | None) -> StoredMemory | None:
    """The FSRS state in ``cards.data`` (``{"s": …, "d": …, "decay": …, "lrt": …}``), if Anki kept one."""
    if not data:
        return None
    try:
        values = json.loads(data)
    except ValueError:
        return None
    if not isinstance(values, dict):
        return None
    s, d = values.get("s"), values.get("d")
    if not isinstance(s, (int, float)) or not isinstance(d, (int, float)) or s <= 0:
        return None
    decay, last = values.get("decay"), values.get("lrt")
    return StoredMemory(float(s), float(d), float(decay) if isinstance(decay, (int, float)) else None,
                        int(last) if isinstance(last, int) else None)


def read_notes(db: sqlite3.Connection, keys_by_guid: Mapping[str, str]) -> list[NoteRecord]:
    """The notes whose GUID is in ``keys_by_guid`` (GUID -> term key), with their cards and reviews."""
    notes: dict[int, tuple[str, str]] = {}
    tags: dict[int, tuple[str, ...]] = {}
    for nid, guid, note_tags in db.execute("select id, guid, tags from notes"):
        key = keys_by_guid.get(guid)
        if key is not None:
            notes[nid] = (guid, key)
            tags[nid] = tuple(str(note_tags or "").split())
    cards: dict[int, list[tuple[int, int, int, int, StoredMemory | None]]] = defaultdict(list)
    card_ids: list[int] = []
    for batch in _batches(list(notes)):
        marks = ",".join("?" * len(batch))
        for cid, nid, ord_, lapses, reps, data in db.execute(
                f"select id, nid, ord, lapses, reps, data from cards where nid in ({marks})", batch):
            cards[nid].append((cid, ord_, lapses, reps, stored_memory(data)))
            card_ids.append(cid)
    reviews: dict[int, list[Review]] = defaultdict(list)
    for batch in _batches(card_ids):
        marks = ",".join("?" * len(batch))
        for at, cid, ease, kind in db.execute(
                f"select id, cid, ease, type from revlog where cid in ({marks})", batch):
            reviews[cid].append(Review(int(at), int(ease), int(kind)))
    found = []
    for nid, (guid, key) in notes.items():
        records = tuple(
            CardRecord(cid, ord_, int(lapses), int(reps), tuple(sorted(reviews.get(cid, ()), key=lambda r: r.at_ms)),
                       memory)
            for cid, ord_, lapses, reps, memory in sorted(cards.get(nid, ()), key=lambda c: c[1]))
        found.append(NoteRecord(key, guid, tags[nid], records))
    return found


def collection_stats(db: sqlite3.Connection) -> tuple[int, int]:
    """(notes, reviews) in the whole collection: to tell "no vaktaal notes" from "empty"."""
    notes = db.execute("select count(*) from notes").fetchone()[0]
    reviews = db.execute("select count(*) from revlog").fetchone()[0]
    return int(notes), int(reviews)
