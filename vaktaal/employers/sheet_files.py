"""Reading an employer's spreadsheet file (.xlsx or .csv) without trusting it.

Every limit is checked before the expensive work: the file's size before it is read, the unpacked
size of an .xlsx (from the zip's directory) before openpyxl opens it, rows while they stream in,
and the encoding of a CSV before a cell is used. Exceeding one is an :class:`InputError` that says
the limit and how to split the file. The web app's uploads go through the same functions.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vaktaal.errors import InputError
from vaktaal.i18n import _

SHEET_SUFFIXES = (".csv", ".xlsx")

#: Size of the file on disk. The template with a few hundred words is about 30 kB; photos pasted
#: into a sheet make it bigger but are never unpacked, so they get room too.
MAX_SHEET_BYTES = 20 * 1024 * 1024
#: What the spreadsheet parts of an .xlsx (everything but pasted pictures) unpack to. openpyxl holds
#: all shared strings in memory, so this bounds its memory (about ten times this at worst).
MAX_UNPACKED_BYTES = 25 * 1024 * 1024
#: Words under the header row. An employer's own words for one sector are tens to a few hundred;
#: 2,000 of them keep an import to seconds and the overlay well inside vaktaal's 5 MB file limit.
MAX_ROWS = 2000
#: Rows looked at, empty ones included, before giving up (empty rows cost little, but not nothing).
MAX_SCANNED_ROWS = 20_000
#: Columns read: the template has 18; a named column beyond this one is an error.
MAX_COLUMNS = 100
#: Characters in one cell: a word, a sentence or a note; a longer cell is a row problem.
MAX_CELL_CHARS = 1000
#: Parts of an .xlsx that openpyxl never opens in read-only mode (pasted pictures, embedded files).
_UNREAD_PARTS = ("xl/media/", "xl/embeddings/", "docProps/thumbnail")
#: Text in another encoding read as Windows-1252: Arabic and Cyrillic letters become runs of
#: accented Latin letters (no Dutch word has three in a row); Turkish (Windows-1254) ş, ğ, ı and İ
#: become þ, ð, ý and Ý, which Dutch never has.
_GARBLED = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff]{3,}|[\u00de\u00fe\u00d0\u00f0\u00dd\u00fd]")


@dataclass(frozen=True)
class SheetRow:
    """One data row: its number as the spreadsheet shows it (header = 1) and cells by column."""

    number: int
    cells: dict[str, str]


@dataclass(frozen=True)
class Sheet:
    path: Path
    #: Column names of row 1, lowercased ('' for an empty header cell).
    header: list[str]
    #: The rows with something in them.
    rows: list[SheetRow]
    #: 'utf-8' or 'cp1252' for a CSV, 'xlsx' for an Excel file.
    encoding: str


def read_sheet(path: str | Path) -> Sheet:
    """The header and the non-empty rows of a .csv or .xlsx file, within the limits above."""
    file = Path(path)
    if not file.is_file():
        raise InputError(_("{path} does not exist").format(path=path),
                         hint=_("give the path of the filled-in spreadsheet"))
    suffix = file.suffix.lower()
    if suffix not in SHEET_SUFFIXES:
        raise InputError(_("{path} is not a .csv or .xlsx file").format(path=path),
                         hint=_("save the spreadsheet as Excel (.xlsx) or as CSV (;-separated)"))
    size = file.stat().st_size
    if size > MAX_SHEET_BYTES:
        raise InputError(_("{path} is {size} MB; a spreadsheet may be at most {limit} MB").format(
                             path=path, size=_megabytes(size), limit=_megabytes(MAX_SHEET_BYTES)),
                         hint=_split_hint())
    rows: Iterable[tuple[int, list[str]]]
    if suffix == ".csv":
        text, encoding = decode_csv(file.read_bytes(), file)
        rows = _csv_rows(file, text)
    else:
        encoding = "xlsx"
        rows = _xlsx_rows(file)
    header: list[str] | None = None
    found: list[SheetRow] = []
    for number, values in rows:
        if len(values) > MAX_COLUMNS and any(v.strip() for v in values[MAX_COLUMNS:]):
            raise InputError(_("{path}: row {row} has more than {limit} columns").format(
                                 path=path, row=number, limit=MAX_COLUMNS),
                             hint=_("keep to the template's columns; remove the others"))
        if header is None:
            if not any(values):
                raise InputError(_("{path}: row 1 is empty; it must hold the column names").format(path=path),
                                 hint=start_from_template())
            header = [v.strip().lower() for v in values]
            continue
        if any(v.strip() for v in values):
            if number > MAX_ROWS + 1:
                raise InputError(_("{path} has more than {limit} rows of words (row {row} is filled in); vaktaal "
                                   "imports at most {limit} at a time").format(path=path, limit=MAX_ROWS, row=number),
                                 hint=_split_hint())
            found.append(SheetRow(number, {header[i]: values[i].strip() for i in range(min(len(header), len(values)))
                                           if header[i]}))
    if header is None:
        raise InputError(_("{path} is empty").format(path=path), hint=start_from_template())
    return Sheet(file, header, found, encoding)


def start_from_template() -> str:
    return _("start from the spreadsheet template that vaktaal writes (its row 1 holds the column names)")


def _split_hint() -> str:
    return _("split the list into several files of at most {rows} words each (copy the header row into each) and "
             "import them one after the other").format(rows=MAX_ROWS)


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f}".removesuffix(".0")


def save_as_utf8_hint() -> str:
    return _("in Excel: File > Save As, choose the type 'CSV UTF-8 (comma delimited)' (Dutch Excel: "
             "'CSV UTF-8 (door komma's gescheiden)'), and import that file; or save it as Excel (.xlsx)")


# -- CSV -----------------------------------------------------------------------------------------

def decode_csv(raw: bytes, path: Path) -> tuple[str, str]:
    """The text of a CSV and its encoding: UTF-8 (with or without BOM) or, as a Dutch Excel saves
    "CSV", Windows-1252. Anything else is an InputError saying how to save it as CSV UTF-8:
    UTF-16 (Excel's "Unicode text"), bytes Windows-1252 does not have, or text that only reads as
    Windows-1252 garbled (Arabic saved as Windows-1256, Cyrillic as Windows-1251)."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in raw[:4096]:
        # Say so without decoding: UTF-16 read as anything else is full of NUL characters.
        raise InputError(_("{path} is saved as UTF-16 (Excel's 'Unicode text'); vaktaal reads CSV files in "
                           "UTF-8").format(path=path), hint=save_as_utf8_hint())
    try:
        return raw.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise InputError(_("{path} is not saved as UTF-8 or Windows-1252: row {row} holds a byte neither has").format(
                             path=path, row=raw[:exc.start].count(b"\n") + 1), hint=save_as_utf8_hint()) from None
    garbled = _GARBLED.search(text)
    if garbled is not None:
        row = text.count("\n", 0, garbled.start()) + 1
        word = re.search(r"\w*\Z", text[:garbled.start()])
        end = re.match(r"\w*", text[garbled.end():])
        sample = (word.group() if word else "") + garbled.group() + (end.group() if end else "")
        raise InputError(_("{path}: the text on row {row} reads as '{sample}': the file is saved in an encoding "
                           "vaktaal does not read (it reads UTF-8 and Windows-1252)").format(
                             path=path, row=row, sample=sample[:40]), hint=save_as_utf8_hint())
    return text, "cp1252"


def _csv_rows(file: Path, text: str) -> Iterator[tuple[int, list[str]]]:
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count) if first_line else ";"
    # Excel shows one row per record, even when a quoted cell holds a line break.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise InputError(_("{path}: row {row} cannot be read as CSV ({reason})").format(
                                 path=file, row=number + 1, reason=exc),
                             hint=_("a cell may hold at most {limit} characters; check the quote marks "
                                    "around the cells of that row").format(limit=MAX_CELL_CHARS)) from None
        number += 1
        _count(file, number)
        yield number, values


def _count(file: Path, number: int) -> None:
    if number > MAX_SCANNED_ROWS:
        raise InputError(_("{path} has more than {limit} rows (empty ones included)").format(
                             path=file, limit=MAX_SCANNED_ROWS),
                         hint=_("delete the empty rows below the list, or split it into files of at most {rows} "
                                "words").format(rows=MAX_ROWS))


# -- xlsx ----------------------------------------------------------------------------------------

def check_xlsx_archive(file: Path) -> None:
    """Refuse an .xlsx whose spreadsheet parts unpack to more than MAX_UNPACKED_BYTES, from the
    zip's directory alone (nothing is unpacked). The sizes in the directory can be trusted that
    far: Python's zipfile never unpacks more than an entry says, so a lying entry only fails."""
    try:
        with zipfile.ZipFile(file) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise _unreadable(file, exc) from None
    unpacked = sum(e.file_size for e in entries if not e.filename.startswith(_UNREAD_PARTS))
    if unpacked > MAX_UNPACKED_BYTES:
        raise InputError(_("{path} unpacks to {size} MB of spreadsheet data; vaktaal reads at most {limit} MB").format(
                             path=file, size=_megabytes(unpacked), limit=_megabytes(MAX_UNPACKED_BYTES)),
                         hint=_split_hint())


def _unreadable(file: Path, exc: BaseException) -> InputError:
    return InputError(_("{path} cannot be read as an Excel file ({reason})").format(
                          path=file, reason=f"{type(exc).__name__}: {exc}"),
                      hint=_("open it in Excel and save it again as .xlsx"))


def _xlsx_rows(file: Path) -> Iterator[tuple[int, list[str]]]:
    """The rows, streamed: the caller stops at the first row over a limit."""
    check_xlsx_archive(file)
    from openpyxl import load_workbook

    try:
        # Read-only streams the rows. Not data_only: a formula cell gives the formula's text.
        book = load_workbook(file, read_only=True, data_only=False)
    except Exception as exc:  # noqa: BLE001 - a damaged file fails deep inside zipfile/XML parsers
        raise _unreadable(file, exc) from None
    try:
        sheet = book["Woorden"] if "Woorden" in book.sheetnames else book.worksheets[0]
        # max_col bounds each row (a sheet may claim 16,384 columns); gaps between rows come as
        # empty rows, counted like the others.
        rows = enumerate(sheet.iter_rows(max_col=MAX_COLUMNS + 1, values_only=True), start=1)
        while True:
            try:
                number, values = next(rows)
            except StopIteration:
                return
            except Exception as exc:  # noqa: BLE001 - as above, for the rows' XML
                raise _unreadable(file, exc) from None
            _count(file, number)
            if any(v is not None for v in values):
                yield number, [_cell_text(v) for v in values]
    finally:
        book.close()


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
