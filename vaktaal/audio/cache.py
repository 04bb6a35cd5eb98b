"""A content-addressed store of MP3 recordings: one file per (engine, voice, speed, text).

A changed word gets a new key, so only that word is recorded again. Files appear under their
final name only complete and checked (temporary file in the same folder, then an atomic rename),
so an interrupted run never leaves a partial recording behind a valid name. The file names are
unique across engines and texts, which Anki needs (it stores media under the bare file name).

The cache is not trusted: anyone may have put a file there. Each recording has a record beside it
(``vaktaal-<key>.sum``: size and SHA-256, written when the recording passed the MP3 check), and
an entry is used only if it is a regular file (no symbolic or hard link) in the engine's own
folder, with the recorded size and checksum, starting like an MP3. Anything else is dropped and
recorded again. Checking size and checksum reads each file once, much cheaper than the MP3
check; a recording from before the records existed gets the full MP3 check once, then a record.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from platformdirs import user_cache_dir

from vaktaal.errors import AudioError
from vaktaal.i18n import _

CACHE_ENV = "VAKTAAL_AUDIO_CACHE"
_PART_SUFFIX = ".part"
_RECORD_SUFFIX = ".sum"
#: No recording of a word or a sentence comes near this; a bigger file is not ours.
MAX_RECORDING_BYTES = 4 * 1024 * 1024
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
        self._folders: dict[str, bool] = {}

    def path(self, engine: str, key: str) -> Path:
        # 128 bits of the key keep names short and still unique.
        return self.root / engine / f"vaktaal-{key[:32]}.mp3"

    def lookup(self, engine: str, key: str, *, drop: bool = False) -> Path | None:
        """The recording for ``key`` if the cache holds a sound one (see the module's docstring).
        With ``drop`` (under the key's lock) a bad entry is deleted, so it is recorded again."""
        path = self.path(engine, key)
        verdict = self._verify(engine, path)
        if verdict is True:
            return path
        if verdict is False and drop:
            for leftover in (path, _record_path(path)):
                try:
                    leftover.unlink()  # a symbolic link itself, never what it points to
                except OSError:
                    pass
        return None

    def _verify(self, engine: str, path: Path) -> bool | None:
        """True: a sound entry; None: nothing there; False: something that must not be used."""
        try:
            info = os.lstat(path)
        except FileNotFoundError:
            return None
        except OSError:
            return False
        if (not stat.S_ISREG(info.st_mode) or info.st_nlink != 1 or info.st_size > MAX_RECORDING_BYTES
                or not self._own_folder(engine)):
            return False
        record = _read_record(_record_path(path))
        if record is not None and record.get("size") != info.st_size:
            return False
        if record is not None and _unchanged(record, info):
            # The very file that was checksummed when it was written (same inode, size and time):
            # reading all of it again on every build would double a warm rebuild.
            head = _read_regular(path, MAX_RECORDING_BYTES, head=4)
            return head is not None and _starts_like_mp3(head)
        data = _read_regular(path, MAX_RECORDING_BYTES)
        if data is None:
            return False
        if record is None:
            if os.path.lexists(_record_path(path)) or _mp3_problem(data):
                return False  # a record that cannot be read, or no record and no sound MP3
            try:
                _write_record(path, data)  # a recording from before records: checked once, now known
            except OSError:
                pass  # a cache we may only read: the check above held, use it
            return True
        if record.get("sha256") != hashlib.sha256(data).hexdigest() or not _starts_like_mp3(data):
            return False
        try:
            _write_record(path, data)  # the same recording, moved or copied: remember its new place
        except OSError:
            pass
        return True

    def _own_folder(self, engine: str) -> bool:
        """The engine's folder is a real folder in the cache, not a link to somewhere else."""
        ok = self._folders.get(engine)
        if ok is None:
            try:
                ok = stat.S_ISDIR(os.lstat(self.root / engine).st_mode)
            except OSError:
                ok = False
            self._folders[engine] = ok
        return ok

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
        from filelock import FileLock  # only when something is recorded: a warm build needs no lock

        with FileLock(self.root / ".locks" / f"{key[:2]}.lock"):
            yield

    def store(self, engine: str, key: str, data: bytes) -> Path:
        """Check ``data`` and put it in place atomically, its record first; raises ValueError for
        a bad MP3."""
        problem = _mp3_problem(data)
        if problem:
            raise ValueError(problem)
        final = self.path(engine, key)
        # A link or folder planted under the name is replaced, never written through.
        _write_record(final, data)
        _atomic_bytes(final, data)
        _write_record(final, data)  # now with the file's inode and time (see _unchanged)
        return final


def _mp3_problem(data: bytes) -> str | None:
    # mutagen is loaded only when a recording is stored or checked in full, not on a warm build.
    from vaktaal.audio.mp3_check import mp3_problem

    return mp3_problem(data)


def _record_path(path: Path) -> Path:
    return path.with_suffix(_RECORD_SUFFIX)


def _write_record(path: Path, data: bytes) -> None:
    record: dict[str, object] = {"size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    try:
        info = os.lstat(path)
    except OSError:
        pass  # not written yet: the record is completed after the file is in place
    else:
        if stat.S_ISREG(info.st_mode) and info.st_size == len(data):
            record["file"] = [info.st_ino, info.st_mtime_ns]
    _atomic_bytes(_record_path(path), json.dumps(record, sort_keys=True).encode("ascii"))


def _read_record(path: Path) -> dict[str, object] | None:
    data = _read_regular(path, 1024)
    if data is None:
        return None
    try:
        record = json.loads(data)
    except ValueError:
        return {}
    return record if isinstance(record, dict) else {}


def _unchanged(record: dict[str, object], info: os.stat_result) -> bool:
    return record.get("size") == info.st_size and record.get("file") == [info.st_ino, info.st_mtime_ns]


def known_sha256(path: Path) -> str | None:
    """The SHA-256 recorded for a cache entry that has not changed since it was checked, so a
    deck can name it without reading it again; None for anything else."""
    try:
        info = os.lstat(path)
    except OSError:
        return None
    record = _read_record(_record_path(path)) if stat.S_ISREG(info.st_mode) else None
    digest = record.get("sha256") if record is not None and _unchanged(record, info) else None
    return digest if isinstance(digest, str) else None


def _read_regular(path: Path, limit: int, *, head: int | None = None) -> bytes | None:
    """The bytes of ``path`` (or its first ``head`` bytes) if it is a regular file of at most
    ``limit`` bytes (never through a symbolic link), else None."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        if head is not None:
            return handle.read(head)
        data = handle.read(info.st_size + 1)  # one byte more: a file that grew meanwhile is refused
    return data if len(data) == info.st_size else None


def _starts_like_mp3(data: bytes) -> bool:
    """An ID3 tag or an MPEG audio frame header: cheap, and no HTML page or text file passes."""
    return data[:3] == b"ID3" or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE0 == 0xE0)


def _atomic_bytes(final: Path, data: bytes) -> None:
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
