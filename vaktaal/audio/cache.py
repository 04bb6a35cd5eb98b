"""A content-addressed store of MP3 recordings: one file per (engine, voice, speed, text).

A changed word gets a new key, so only that word is recorded again. Files appear under their
final name only complete and checked (temporary file in the same folder, then an atomic rename),
so an interrupted run never leaves a partial recording behind a valid name. The file names are
unique across engines and texts, which Anki needs (it stores media under the bare file name).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock
from platformdirs import user_cache_dir

from vaktaal.audio.mp3_check import mp3_problem
from vaktaal.errors import AudioError
from vaktaal.i18n import _

CACHE_ENV = "VAKTAAL_AUDIO_CACHE"
_PART_SUFFIX = ".part"
_STALE_PART_SECONDS = 3600


def default_cache_dir() -> Path:
    """``$VAKTAAL_AUDIO_CACHE`` if set, else the user's cache folder (e.g. ~/.cache/vaktaal/audio)."""
    override = os.environ.get(CACHE_ENV)
    return Path(override) if override else Path(user_cache_dir("vaktaal")) / "audio"


def entry_key(engine: str, voice: str, speed: str, spoken: str) -> str:
    """The identity of one recording; ``spoken`` is the normalized text."""
    ident = json.dumps([engine, voice, speed, spoken], ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(ident.encode("utf-8")).hexdigest()


class AudioCache:
    """The cache folder: ``<root>/<engine>/vaktaal-<key>.mp3``."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def path(self, engine: str, key: str) -> Path:
        # 128 bits of the key keep names short and still unique.
        return self.root / engine / f"vaktaal-{key[:32]}.mp3"

    def lookup(self, engine: str, key: str) -> Path | None:
        path = self.path(engine, key)
        try:
            # Only checked files are ever renamed into place; a size check guards against a
            # file someone emptied by hand without reading every recording on every build.
            return path if path.stat().st_size > 0 else None
        except OSError:
            return None

    def prepare(self, engine: str) -> None:
        """Create the engine's folder (raising a clear error when that is impossible) and remove
        temporary files left by runs that were killed."""
        folder = self.root / engine
        try:
            folder.mkdir(parents=True, exist_ok=True)
            (self.root / ".locks").mkdir(exist_ok=True)
        except OSError as exc:
            raise AudioError(_("cannot create the audio cache folder {folder}: {reason}").format(
                folder=folder, reason=exc.strerror or exc),
                hint=_("choose an audio cache folder you can write to (the environment variable "
                       "VAKTAAL_AUDIO_CACHE sets the default)"), field="cache") from None
        cutoff = time.time() - _STALE_PART_SECONDS
        for part in folder.glob(f"*{_PART_SUFFIX}"):
            try:
                if part.stat().st_mtime < cutoff:
                    part.unlink()
            except OSError:
                pass

    @contextmanager
    def locked(self, key: str) -> Iterator[None]:
        """Hold the lock for ``key`` so two processes do not record the same entry at once.

        Locks are shared by keys with the same first two hex digits: 256 lock files at most
        instead of one per recording."""
        with FileLock(self.root / ".locks" / f"{key[:2]}.lock"):
            yield

    def store(self, engine: str, key: str, data: bytes) -> Path:
        """Check ``data`` and put it in place atomically; raises ValueError for a bad MP3."""
        problem = mp3_problem(data)
        if problem:
            raise ValueError(problem)
        final = self.path(engine, key)
        fd, temp = tempfile.mkstemp(dir=final.parent, prefix=".", suffix=_PART_SUFFIX)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            os.replace(temp, final)
        except BaseException:
            # Interrupted or failed (disk full, Ctrl-C): no partial file stays behind.
            try:
                os.unlink(temp)
            except OSError:
                pass
            raise
        return final
