"""The record that keeps note modification times honest across rebuilds.

Anki's default import updates a learner's note only when the package's copy is newer, and then
overwrites the learner's own edits. So a note's time must move exactly when its content moves:
for every GUID we keep the hash of its content and the time it last changed. The record lives
next to the recipe (``decks/<recipe>.state.json``) and is committed with it, so every coach who
rebuilds the deck produces the same times.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from vaktaal.errors import InputError
from vaktaal.files.atomic import atomic_write
from vaktaal.i18n import _

_FORMAT = 1
NOTETYPE_KEY = "#notetype"


def state_path_for(recipe_path: Path) -> Path:
    return recipe_path.with_name(recipe_path.stem + ".state.json")


class BuildState:
    """Content hash and last-change time (seconds) per GUID, plus one entry for the note type."""

    def __init__(self, path: Path | None, entries: dict[str, list] | None = None) -> None:
        self.path = path
        self.entries: dict[str, list] = entries or {}
        self.changed = False

    @classmethod
    def load(cls, path: Path | None) -> BuildState:
        if path is None or not path.exists():
            return cls(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            entries = data["notes"]
            if data.get("format") != _FORMAT or not isinstance(entries, dict):
                raise ValueError(_("unknown format"))
        except (ValueError, KeyError, TypeError, OSError) as exc:
            raise InputError(_("{path} cannot be read ({reason})").format(path=path, reason=exc),
                             hint=_("restore it from git; deleting it makes every learner's notes look "
                                    "changed once")) from None
        return cls(path, entries)

    def stamp(self, key: str, content_hash: str, now: int) -> int:
        """The modification time for ``key``: unchanged content keeps its time, changed content
        gets ``now`` (always later than before, even if the clock is behind)."""
        old = self.entries.get(key)
        if old is not None and old[0] == content_hash:
            return int(old[1])
        mod = max(now, int(old[1]) + 1) if old is not None else now
        self.entries[key] = [content_hash, mod]
        self.changed = True
        return mod

    def save(self) -> None:
        """Write atomically; a crash leaves the old record, never half of one."""
        if self.path is None or not self.changed:
            return
        text = json.dumps({"format": _FORMAT, "notes": dict(sorted(self.entries.items()))},
                          ensure_ascii=False, indent=0, separators=(",", ":"))
        atomic_write(self.path, text.encode("utf-8"))
        self.changed = False


def now_seconds() -> int:
    return int(time.time())
