"""Writing vocabulary files without ever losing what was there.

* atomic: every write goes through :mod:`vaktaal.files.atomic` (temporary file, then one rename).
* locked: a read-modify-write holds a file lock so two runs at the same time take turns instead
  of one overwriting the other's terms. The lock file (``.<name>.lock`` beside the file) is
  removed when the lock is released, so no ``.lock`` files are left in the user's folders.
* round-trip: YAML is edited with ruamel.yaml, which keeps the comments and order a person wrote.
"""

from __future__ import annotations

import io
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import filelock
from ruamel.yaml import YAML

from vaktaal.errors import InputError, SectorFileError, VaktaalError
from vaktaal.files.atomic import atomic_write_text, clean_stale_temp_files
from vaktaal.files.yaml_reader import YamlReadError, parse_yaml
from vaktaal.i18n import _

LOCK_TIMEOUT_SECONDS = 120.0


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
