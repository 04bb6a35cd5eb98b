"""Open a learner's Anki export as a temporary SQLite copy; the learner's file is only read.

What a learner can hand over without help, all told apart by their content, not their name:

- a collection package (``.colpkg``; AnkiDroid's backups in ``AnkiDroid/backup/`` are these too)
  and a deck package (``.apkg``, exported with scheduling information): a zip with a ``meta``
  entry (package version 3: ``collection.anki21b``, a zstd-compressed SQLite file; version 2:
  ``collection.anki21``) or, from Anki versions before 2.1.50, no ``meta`` and a plain
  ``collection.anki21`` or ``collection.anki2``. Newer packages also carry a stand-in
  ``collection.anki2`` for old Anki versions that only says "please update": it is skipped.
  The ``media`` entry (file map) and the media files are not needed and not read.
- a bare collection file (``collection.anki2`` copied from the phone): SQLite itself.

Collection schemas 11 (Anki 2.1 and the legacy exports) to 18 (current) have the same ``notes``,
``cards`` and ``revlog`` tables; anything else is refused with a message, as is a damaged zip.
"""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import IO

import zstandard

from vaktaal.errors import VaktaalError
from vaktaal.i18n import _

#: Collection schema versions vaktaal reads (the same range current Anki versions open).
SCHEMA_OLDEST, SCHEMA_NEWEST = 11, 18
#: Newest package format (the ``meta`` entry's version): 3 is "latest" since Anki 2.1.50.
PACKAGE_NEWEST = 3
#: Largest collection vaktaal unpacks (a guard against zip and zstd bombs).
MAX_COLLECTION_BYTES = 2 << 30
#: Collection entries in a package, preferred first.
COLLECTION_ENTRIES = ("collection.anki21b", "collection.anki21", "collection.anki2")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_CHUNK = 1 << 20


class AnkiFileError(VaktaalError):
    """The learner's file cannot be read as an Anki collection (wrong kind, damaged, too new or old)."""


def _hint_export() -> str:
    return _("in Anki or AnkiDroid, export the collection as an Anki collection package (.colpkg), "
             "or the deck as a deck package (.apkg) with scheduling information")


def _not_an_export(path: Path) -> AnkiFileError:
    return AnkiFileError(_("{name} is not an Anki export").format(name=path.name), hint=_hint_export(),
                         field="file", value=str(path))


def _damaged(path: Path, reason: str) -> AnkiFileError:
    return AnkiFileError(_("{name} is damaged and cannot be read ({reason})").format(name=path.name, reason=reason),
                         hint=_("export it again and copy the whole file: a file sent by chat or e-mail "
                                "is sometimes cut off"), field="file", value=str(path))


def _too_new(path: Path, message: str) -> AnkiFileError:
    return AnkiFileError(message, hint=_("export it again with 'Support older Anki versions' ticked"),
                         field="file", value=str(path))


def _too_old(path: Path, found: int) -> AnkiFileError:
    return AnkiFileError(
        _("{name} was made by an Anki version too old for vaktaal (collection schema {found}; "
          "vaktaal reads {oldest} to {newest})").format(name=path.name, found=found, oldest=SCHEMA_OLDEST,
                                                        newest=SCHEMA_NEWEST),
        hint=_("open it in a current Anki or AnkiDroid and export it again"), field="file", value=str(path))


def package_version(meta: bytes) -> int:
    """The version in a package's ``meta`` entry: protobuf ``PackageMetadata``, field 1 (varint)."""
    if not meta or meta[0] != 0x08:
        return 0
    value, shift = 0, 0
    for byte in meta[1:10]:
        value |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return value
        shift += 7
    return 0


def _copy_limited(source: IO[bytes], target: Path, path: Path) -> None:
    written = 0
    with target.open("wb") as out:
        while chunk := source.read(_CHUNK):
            written += len(chunk)
            if written > MAX_COLLECTION_BYTES:
                raise AnkiFileError(_("{name} holds a collection larger than vaktaal reads ({size} MB at most)")
                                    .format(name=path.name, size=MAX_COLLECTION_BYTES >> 20),
                                    field="file", value=str(path))
            out.write(chunk)


def _unpack(package: Path, target: Path, shown: Path) -> None:
    """Write the collection inside ``package`` (a zip) to ``target`` as plain SQLite."""
    try:
        with zipfile.ZipFile(package) as archive:
            names = set(archive.namelist())
            if "meta" in names:
                version = package_version(archive.read("meta"))
                if version > PACKAGE_NEWEST:
                    raise _too_new(shown, _("{name} was made by a newer Anki version than vaktaal can read "
                                             "(package version {found})").format(name=shown.name, found=version))
            entry = next((name for name in COLLECTION_ENTRIES if name in names), None)
            if entry is None:
                raise _not_an_export(shown)
            with archive.open(entry) as stream:
                if entry.endswith("b"):
                    with zstandard.ZstdDecompressor().stream_reader(stream) as plain:
                        _copy_limited(plain, target, shown)
                else:
                    _copy_limited(stream, target, shown)
    except (zipfile.BadZipFile, zlib.error, EOFError, zstandard.ZstdError, NotImplementedError) as exc:
        raise _damaged(shown, str(exc) or type(exc).__name__) from None


def _check_schema(db: sqlite3.Connection, shown: Path) -> int:
    try:
        row = db.execute("select ver from col").fetchone()
        db.execute("select 1 from notes, cards, revlog limit 0").fetchall()
    except sqlite3.DatabaseError as exc:
        if "no such" in str(exc):
            raise _not_an_export(shown) from None
        raise _damaged(shown, str(exc)) from None
    schema = int(row[0]) if row and row[0] is not None else 0
    if schema > SCHEMA_NEWEST:
        raise _too_new(shown, _("{name} was made by a newer Anki version than vaktaal can read (collection "
                                 "schema {found}; vaktaal reads {oldest} to {newest})").format(
            name=shown.name, found=schema, oldest=SCHEMA_OLDEST, newest=SCHEMA_NEWEST))
    if schema < SCHEMA_OLDEST:
        raise _too_old(shown, schema)
    return schema


@contextmanager
def open_collection(path: Path) -> Iterator[sqlite3.Connection]:
    """A read-only SQLite connection to a temporary copy of the collection in the learner's file.

    The file is copied first and only the copy is unpacked and opened, so nothing, not even a
    SQLite journal, is ever written beside the learner's file.
    """
    shown = Path(path)
    if not shown.is_file():
        raise AnkiFileError(_("{path} does not exist").format(path=shown), hint=_("check the path"),
                            field="file", value=str(shown))
    with tempfile.TemporaryDirectory(prefix="vaktaal-anki-") as folder:
        copy = Path(folder) / "export"
        shutil.copyfile(shown, copy)
        with copy.open("rb") as head:
            start = head.read(len(_SQLITE_MAGIC))
        if start == _SQLITE_MAGIC:
            db_path = copy
        elif start.startswith(b"PK"):
            db_path = Path(folder) / "collection.sqlite"
            _unpack(copy, db_path, shown)
        else:
            raise _not_an_export(shown)
        try:
            connection = sqlite3.connect(f"file:{db_path}?mode=ro&immutable=1", uri=True)
        except sqlite3.Error as exc:
            raise _damaged(shown, str(exc)) from None
        with closing(connection) as db:
            _check_schema(db, shown)
            yield db
