"""Writing a file atomically: the new content goes to a temporary file in the same folder, is
flushed to disk, and then replaces the old file in one step (``os.replace``); a process killed
half-way leaves the old file as it was, and its temporary file is cleaned up by a later run.

Kept apart from :mod:`vaktaal.files.safe_write` (locks and round-trip YAML edits) because a deck
rebuild writes atomically on every run and should not pay for loading ruamel.yaml and filelock.
"""

from __future__ import annotations

import glob
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from vaktaal.files.os_errors import file_error

TEMP_SUFFIX = ".tmp"
#: A temporary file older than this belongs to a run that was killed (no write takes an hour).
STALE_TEMP_SECONDS = 3600.0


@contextmanager
def atomic_file(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block ends without error the file
    written there replaces ``path`` in one step (with the usual permissions), else it is removed.
    For writers that need a file name (zip archives, SQLite) rather than bytes."""
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise file_error(exc, target.parent) from None
    clean_stale_temp_files(target)
    try:
        fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=TEMP_SUFFIX)
        os.close(fd)
    except OSError as exc:
        # The system names the temporary file; the folder is what cannot take a new file.
        raise file_error(exc, target.parent) if exc.filename is None else file_error(
            OSError(exc.errno, exc.strerror, str(target.parent))) from None
    temp = Path(temp_name)
    try:
        yield temp
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        # mkstemp makes owner-only files; keep the old file's mode, or the usual one.
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        os.chmod(temp, mode)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        # The system names the temporary file; the user knows the file being written.
        raise file_error(exc, target) if exc.filename in (None, str(temp)) else file_error(exc) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


def temp_files_of(target: Path) -> list[Path]:
    """The temporary files :func:`atomic_file` makes for ``target`` (``.<name>.<random>.tmp``)."""
    return [p for p in target.parent.glob(f".{glob.escape(target.name)}.*{TEMP_SUFFIX}") if p.is_file()]


#: ``.<name>.<8 random characters>.tmp``, as tempfile.mkstemp names them in atomic_file.
_TEMP_NAME = re.compile(r"\..+\.[a-z0-9_]{8}" + re.escape(TEMP_SUFFIX))


def clean_stale_temp_files_in(folder: Path, older_than: float = STALE_TEMP_SECONDS) -> list[Path]:
    """Remove every temporary file of :func:`atomic_file` in ``folder`` that a killed run left
    behind (untouched for ``older_than`` seconds); returns the ones removed. A missing folder
    has none."""
    removed = []
    cutoff = time.time() - older_than
    try:
        candidates = [p for p in Path(folder).iterdir() if _TEMP_NAME.fullmatch(p.name)]
    except OSError:
        return []
    for stale in candidates:
        try:
            info = stale.lstat()
            if stat.S_ISREG(info.st_mode) and info.st_mtime < cutoff:
                stale.unlink()
                removed.append(stale)
        except OSError:
            pass  # gone already, or not ours to remove: it harms nothing
    return removed


def clean_stale_temp_files(target: Path, older_than: float = STALE_TEMP_SECONDS) -> None:
    """Remove temporary files of ``target`` left by a run that was killed while writing it.

    Only files untouched for ``older_than`` seconds go: a run writing the same file right now
    keeps its own (it is at most minutes old, and its rename needs it).
    """
    cutoff = time.time() - older_than
    for stale in temp_files_of(target):
        try:
            if stale.lstat().st_mtime < cutoff:
                stale.unlink()
        except OSError:
            pass  # gone already, or not ours to remove: it harms nothing


def atomic_write(path: str | Path, data: bytes | Iterable[bytes]) -> None:
    """Replace ``path`` with ``data`` (bytes, or chunks of bytes) all at once or not at all."""
    with atomic_file(path) as temp, temp.open("wb") as out:
        for chunk in [data] if isinstance(data, bytes) else data:
            out.write(chunk)


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write(path, text.encode("utf-8"))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself survive a power cut; not every platform allows opening a folder.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
