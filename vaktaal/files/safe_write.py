"""Writing vocabulary files without ever losing what was there.

* atomic: the new content goes to a temporary file in the same folder, is flushed to disk, and
  then replaces the old file in one step (``os.replace``); a process killed half-way leaves the
  old file as it was.
* locked: a read-modify-write holds a file lock so two runs at the same time take turns instead
  of one overwriting the other's terms. The lock file (``.<name>.lock`` beside the file) is
  removed when the lock is released, so no ``.lock`` files are left in the user's folders.
* round-trip: YAML is edited with ruamel.yaml, which keeps the comments and order a person wrote.
"""

from __future__ import annotations

import io
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import filelock
from ruamel.yaml import YAML

from vaktaal.errors import InputError, SectorFileError, VaktaalError
from vaktaal.files.yaml_reader import YamlReadError, parse_yaml
from vaktaal.i18n import _

LOCK_TIMEOUT_SECONDS = 120.0


@contextmanager
def atomic_file(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block ends without error the file
    written there replaces ``path`` in one step (with the usual permissions), else it is removed.
    For writers that need a file name (zip archives, SQLite) rather than bytes."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    temp = Path(temp_name)
    try:
        yield temp
        with temp.open("rb+") as written:
            os.fsync(written.fileno())
        # mkstemp makes owner-only files; keep the old file's mode, or the usual one.
        mode = target.stat().st_mode & 0o7777 if target.exists() else 0o666 & ~_umask()
        os.chmod(temp, mode)
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    _fsync_dir(target.parent)


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
    """Hold the lock of ``path`` (other processes wait for it) for a read-modify-write; the lock
    file is gone again when the block ends."""
    lock_file = lock_path(path)
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    try:
        with _held(lock_file, timeout):
            yield
    except (filelock.Timeout, TimeoutError):
        raise VaktaalError(_("{path} is being changed by another vaktaal run").format(path=path),
                           hint=_("wait until it is done and try again (lock: {lock})").format(
                               lock=lock_file)) from None


if os.name == "posix":
    import fcntl

    @contextmanager
    def _held(lock_file: Path, timeout: float) -> Iterator[None]:
        """flock on the lock file, which the holder removes before it lets go.

        Removing a lock file is safe only like this: a process that was waiting on the removed
        file gets its lock and then sees that the name no longer leads to that file (or leads to a
        newer one), so it lets go and tries again with the file the name leads to now. The
        holder removes the name while it still holds the lock, so two processes never both
        believe they hold it."""
        deadline = time.monotonic() + timeout
        while True:
            fd = os.open(lock_file, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                _flock(fd, deadline)
                held = os.fstat(fd)
                try:
                    current = os.stat(lock_file)
                except FileNotFoundError:
                    current = None
                if current is not None and os.path.samestat(held, current):
                    break
            except BaseException:
                os.close(fd)
                raise
            os.close(fd)  # the holder before us removed this file: start again with the new one
        try:
            yield
        finally:
            try:
                os.unlink(lock_file)
            except OSError:
                pass  # a folder that became read-only: the lock file stays, harmless
            os.close(fd)  # closing lets the lock go

    def _flock(fd: int, deadline: float) -> None:
        delay = 0.005
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                return
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise TimeoutError from None
                time.sleep(delay)
                delay = min(delay * 2, 0.1)

else:  # Windows: filelock's lock file is removed on release there.

    @contextmanager
    def _held(lock_file: Path, timeout: float) -> Iterator[None]:
        with filelock.FileLock(str(lock_file), timeout=timeout):
            yield


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
        for stale in target.parent.glob(f".{target.name}.*.tmp"):
            stale.unlink(missing_ok=True)
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
