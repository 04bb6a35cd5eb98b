"""What the operating system said when a file could not be read or written, in the user's words.

A full disk, a read-only folder or ``/dev/null`` given as a folder are ordinary events, not bugs:
they become a :class:`FileAccessError` with the path and the reason in one line, and a hint on
what to do. Written files are atomic (see safe_write), so what the user had is never damaged.
"""

from __future__ import annotations

import errno
from pathlib import Path

from vaktaal.errors import VaktaalError
from vaktaal.i18n import _


class FileAccessError(VaktaalError, OSError):
    """A file or folder cannot be read or written; ``path`` is the one the system named. Still an
    OSError (with the system's ``errno``), for callers that catch those."""

    def __init__(self, message: str, *, path: str | None, hint: str | None = None,
                 code: int | None = None) -> None:
        super().__init__(message, hint=hint)
        self.path = path
        self.errno = code  # None where the system gave none


def os_reason(exc: OSError) -> str:
    """Why, in a few words of the interface language (the system's own words when we have none)."""
    code = exc.errno
    if code in (errno.ENOSPC, errno.EDQUOT):
        return _("the disk is full")
    if code == errno.EROFS:
        return _("the disk is read-only")
    if code in (errno.EACCES, errno.EPERM):
        return _("you are not allowed to change it")
    if code == errno.ENOENT:
        return _("it does not exist")
    if code == errno.EEXIST:
        return _("it exists and is not a folder")
    if code == errno.ENOTDIR:
        return _("a part of the path is not a folder")
    if code == errno.EISDIR:
        return _("it is a folder, not a file")
    if code == errno.ENAMETOOLONG:
        return _("the name is too long")
    if code == errno.EIO:
        return _("the disk reports an error")
    return exc.strerror or str(exc)


def _hint(exc: OSError) -> str | None:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return _("make room on the disk or write somewhere else, then run again; the files you had are unchanged")
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return _("write to a folder you may change, or ask whoever manages this computer")
    if exc.errno in (errno.EEXIST, errno.ENOTDIR):
        return _("give a folder, not a file")
    return None


def file_error(exc: OSError, path: str | Path | None = None) -> FileAccessError:
    """``exc`` as a one-line error: ``cannot use <path>: <reason>``. ``path`` (the file the caller
    meant) is used when the system named none."""
    named = exc.filename if exc.filename is not None else path
    reason = os_reason(exc)
    if named is None:
        message = _("a file cannot be read or written: {reason}").format(reason=reason)
    else:
        message = _("cannot use {path}: {reason}").format(path=named, reason=reason)
    return FileAccessError(message, path=None if named is None else str(named), hint=_hint(exc), code=exc.errno)
