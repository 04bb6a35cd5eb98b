"""Identities Anki matches on when a learner imports an updated deck.

A note's GUID decides whether a re-import updates the learner's note (and keeps its reviews) or
adds a duplicate, so it is made from what never changes: where the term comes from, its id and
the language. Note type and deck ids are hashed from fixed names: never random, never 1 (Anki's
Default deck).
"""

from __future__ import annotations

import hashlib

from genanki.util import guid_for

#: The note type's name; its id is derived from it. Never change either.
NOTETYPE_NAME = "Vaktaal"


def note_guid(origin: str, term_id: str, lang: str) -> str:
    """GUID of the note for one term in one learner language.

    Anki's base91 hash behind a ``vt`` prefix: the prefix keeps a GUID from starting with
    ``= + - @``, which a spreadsheet would read as a formula in the CSV export.
    """
    return "vt" + guid_for("vaktaal", origin, term_id, lang)


def stable_id(name: str) -> int:
    """A positive 64-bit-safe id from a name: the same name gives the same id on every machine."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    # 48 bits of hash above 2**40 keeps it far from 1 and from small hand-made ids.
    return (1 << 40) + int.from_bytes(digest[:6], "big")


def deck_id(deck_name: str) -> int:
    return stable_id("vaktaal-deck:" + deck_name)


NOTETYPE_ID = stable_id("vaktaal-notetype:" + NOTETYPE_NAME)
