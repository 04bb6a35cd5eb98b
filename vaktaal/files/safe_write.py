"""Writing vocabulary files without ever losing what was there.

* atomic: the new content goes to a temporary file in the same folder, is flushed to disk, and
  then replaces the old file in one step (``os.replace``); a process killed half-way leaves the
  old file as it was.
* locked: a read-modify-write holds a file lock (``filelock``) so two runs at the same time
  take turns instead of one overwriting the other's terms.
* round-trip: YAML is edited with ruamel.yaml, which keeps the comments and order a person wrote.
"""

from __future__ import annotations

import glob
import io
import os
import re
import stat
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import filelock
from ruamel.yaml import YAML

from vaktaal.errors import InputError, SectorFileError, VaktaalError
from vaktaal.files.os_errors import file_error
from vaktaal.files.yaml_reader import YamlReadError, parse_yaml
from vaktaal.i18n import _

LOCK_TIMEOUT_SECONDS = 120.0
TEMP_SUFFIX = ".tmp"
#: A temporary file this old was left by a killed run (writing one file never takes an hour).
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


def lock_path(path: str | Path) -> Path:
    """The lock file beside ``path``: hidden, so folder listings and checks skip it."""
    target = Path(path)
    return target.parent / f".{target.name}.lock"


@contextmanager
def file_lock(path: str | Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold the lock of ``path`` (other processes wait for it) for a read-modify-write."""
    lock_file = lock_path(path)
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    try:
        with filelock.FileLock(str(lock_file), timeout=timeout):
            yield
    except filelock.Timeout:
        raise VaktaalError(_("{path} is being changed by another vaktaal run").format(path=path),
                           hint=_("wait until it is done and try again (lock: {lock})").format(
                               lock=lock_file)) from None


def round_trip_yaml() -> YAML:
    """ruamel.yaml set up like the sector files are written (2-space maps, '  - ' lists)."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a line a person wrote
    yaml.indent(mapping=2, sequence=4, offset=2)
    # ruamel writes None as an empty value; the format documents `plural: null`.
    yaml.representer.add_representer(
        type(None), lambda rep, _value: rep.represent_scalar("tag:yaml.org,2002:null", "null"))
    return yaml


def dump_yaml(data: Any) -> str:
    stream = io.StringIO()
    round_trip_yaml().dump(data, stream)
    return stream.getvalue()


@contextmanager
def edit_yaml(path: str | Path, *, create: Callable[[], Any] | None = None,
              check: Callable[[str], None] | None = None) -> Iterator[Any]:
    """Lock ``path``, read it for round-trip editing, let the caller change the data, then write
    it back atomically. ``create`` gives the data of a file that does not exist yet; ``check``
    sees the new text before it is written and raises to refuse it. When the ``with`` body
    raises, nothing is written.
    """
    target = Path(path)
    with file_lock(target):
        # Temp files of this file can only be left by a writer that held this lock and died.
        clean_stale_temp_files(target, older_than=0)
        if target.exists():
            text = target.read_bytes().decode("utf-8-sig")
            try:
                # The safe reader first: it refuses tags and aliases before ruamel sees the text.
                parse_yaml(text, display_path=str(target))
            except YamlReadError as exc:
                raise SectorFileError(str(target), [exc.problem]) from None
            data = round_trip_yaml().load(text)
        elif create is not None:
            data = create()
        else:
            raise InputError(_("{path} does not exist").format(path=target), hint=_("check the path"))
        yield data
        new_text = dump_yaml(data)
        if check is not None:
            check(new_text)
        atomic_write_text(target, new_text)
