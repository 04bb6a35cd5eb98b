"""Media files named by their content, so a changed recording or picture never collides with
the old one in the learner's collection and the same file is stored once."""

from __future__ import annotations

import hashlib
from pathlib import Path

from vaktaal.audio.cache import known_sha256

_CHUNK = 1 << 20


def content_name(path: Path) -> str:
    """``vt-<first 16 hex of sha256>.<ext>``: the name Anki stores the file under."""
    known = known_sha256(path)  # a recording the audio cache checksummed and that has not changed
    if known is not None:
        return f"vt-{known[:16]}{path.suffix.lower()}"
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(_CHUNK), b""):
            digest.update(block)
    return f"vt-{digest.hexdigest()[:16]}{path.suffix.lower()}"


class MediaSet:
    """The media of one package: content name -> source file, each file hashed once."""

    def __init__(self) -> None:
        self.files: dict[str, Path] = {}
        self._names: dict[tuple[str, int, int], str] = {}

    def add(self, path: Path) -> str:
        stat = path.stat()
        key = (str(path), stat.st_size, stat.st_mtime_ns)
        name = self._names.get(key)
        if name is None:
            name = self._names[key] = content_name(path)
        self.files.setdefault(name, path)
        return name
