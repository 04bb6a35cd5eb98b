"""Employers' spreadsheets: reading their terms from .csv/.xlsx, and the .xlsx template.

Columns have Dutch names (``woord``, ``lidwoord``, ``vertaling_ar`` …); the sector-format names
(``nl``, ``article``, ``translations.ar`` …) work too. CSV is read as Dutch Excel saves it:
``;`` separated, UTF-8 with BOM or Windows-1252. Formula cells are taken as the text typed
(``=…`` stays ``=…``); nothing is ever calculated.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from vaktaal.content.format_rules import ARTICLES, LEVELS, PARTS_OF_SPEECH
from vaktaal.content.languages import LEARNER_LANGUAGES, is_language_code
from vaktaal.employers.adding import TermInput
from vaktaal.errors import InputError
from vaktaal.files.atomic import atomic_write
from vaktaal.i18n import _

SHEET_SUFFIXES = (".csv", ".xlsx")

#: Dutch column name -> sector-format field.
DUTCH_COLUMNS = {
    "woord": "nl", "lidwoord": "article", "meervoud": "plural", "woordsoort": "pos",
    "thema": "theme", "niveau": "level", "veiligheid": "safety", "voorbeeld": "example",
    "foto": "photo", "opmerking": "notes", "voluit": "full_form", "situatie": "situation",
}
_FORMAT_COLUMNS = ("id", "nl", "article", "plural", "pos", "theme", "level", "safety", "register",
                   "example", "full_form", "situation", "emoji", "notes")
_PHOTO_COLUMNS = ("foto", "photo", "image")
_TRANSLATION_PREFIXES = {"vertaling_": "translations", "translation_": "translations",
                         "translations.": "translations", "voorbeeld_": "example_translations",
                         "example_translations.": "example_translations"}
TEMPLATE_COLUMNS = ("woord", "lidwoord", "meervoud", "woordsoort", "thema", "niveau", "veiligheid",
                    "voorbeeld", *(f"vertaling_{code}" for code in LEARNER_LANGUAGES), "foto", "opmerking")

#: Dutch names of the parts of speech (what the template's dropdown offers).
DUTCH_POS = {
    "zelfstandig naamwoord": "noun", "werkwoord": "verb", "bijvoeglijk naamwoord": "adjective",
    "bijwoord": "adverb", "zin": "phrase", "uitdrukking": "phrase", "afkorting": "abbreviation",
    "voorzetsel": "preposition", "voornaamwoord": "pronoun", "telwoord": "numeral",
    "tussenwerpsel": "interjection", "voegwoord": "conjunction",
}
_YES = {"ja", "j", "yes", "y", "true", "waar", "1", "x"}
_NO = {"nee", "n", "no", "false", "onwaar", "0"}
_NO_PLURAL = {"geen", "nvt", "n.v.t.", "null", "-"}


@dataclass(frozen=True)
class SheetRow:
    """One data row: its number as the spreadsheet shows it (header = 1) and cells by column."""

    number: int
    cells: dict[str, str]


def read_sheet(path: str | Path) -> tuple[list[str], list[SheetRow]]:
    """The header and the non-empty rows of a .csv or .xlsx file."""
    file = Path(path)
    if not file.is_file():
        raise InputError(_("{path} does not exist").format(path=path),
                         hint=_("give the path of the filled-in spreadsheet"))
    suffix = file.suffix.lower()
    rows: Iterable[tuple[int, list[str]]]
    if suffix == ".csv":
        rows = _csv_rows(file)
    elif suffix == ".xlsx":
        rows = _xlsx_rows(file)
    else:
        raise InputError(_("{path} is not a .csv or .xlsx file").format(path=path),
                         hint=_("save the spreadsheet as Excel (.xlsx) or as CSV (;-separated)"))
    header: list[str] | None = None
    found: list[SheetRow] = []
    for number, values in rows:
        if header is None:
            if not any(values):
                raise InputError(_("{path}: row 1 is empty; it must hold the column names").format(path=path),
                                 hint=_start_from_template())
            header = [v.strip().lower() for v in values]
            continue
        if any(v.strip() for v in values):
            found.append(SheetRow(number, {header[i]: values[i].strip() for i in range(min(len(header), len(values)))
                                           if header[i]}))
    if header is None:
        raise InputError(_("{path} is empty").format(path=path), hint=_start_from_template())
    return header, found


def _start_from_template() -> str:
    return _("start from the spreadsheet template that vaktaal writes (its row 1 holds the column names)")


def _csv_rows(file: Path) -> Iterator[tuple[int, list[str]]]:
    raw = file.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Excel's "CSV (gescheiden door lijstscheidingsteken)" on a Dutch Windows is cp1252.
        text = raw.decode("cp1252", errors="replace")
    first_line = text.split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count) if first_line else ";"
    # Excel shows one row per record, even when a quoted cell holds a line break.
    yield from enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1)


def _xlsx_rows(file: Path) -> list[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        # Not data_only: a formula cell gives the formula's text, which we keep as text.
        book = load_workbook(file, read_only=True, data_only=False)
        try:
            sheet = book["Woorden"] if "Woorden" in book.sheetnames else book.worksheets[0]
            return [row for row in (_row_texts(cells) for cells in sheet.iter_rows()) if row is not None]
        finally:
            book.close()
    except Exception as exc:  # noqa: BLE001 - a damaged file fails deep inside zipfile/XML parsers
        raise InputError(_("{path} cannot be read as an Excel file ({reason})").format(
                             path=file, reason=f"{type(exc).__name__}: {exc}"),
                         hint=_("open it in Excel and save it again as .xlsx")) from None


def _row_texts(row: tuple[Any, ...]) -> tuple[int, list[str]] | None:
    cells = [c for c in row if hasattr(c, "row")]  # EmptyCell placeholders have no position
    if not cells:
        return None
    values = [""] * max(c.column for c in cells)
    for cell in cells:
        values[cell.column - 1] = _cell_text(cell.value)
    return cells[0].row, values


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def column_field(column: str) -> tuple[str, str | None] | None:
    """Which field a column fills: ('nl', None), ('translations', 'ar'), ('photo', None)."""
    if column in DUTCH_COLUMNS:
        return DUTCH_COLUMNS[column], None
    if column in _FORMAT_COLUMNS:
        return column, None
    if column in _PHOTO_COLUMNS:
        return "photo", None
    for prefix, name in _TRANSLATION_PREFIXES.items():
        if column.startswith(prefix) and is_language_code(column[len(prefix):]):
            return name, column[len(prefix):]
    return None


def check_header(path: str | Path, header: list[str]) -> None:
    """Every named column must be known (an ignored column would lose what the employer wrote)."""
    known = [*DUTCH_COLUMNS, *_FORMAT_COLUMNS, *_PHOTO_COLUMNS, *TEMPLATE_COLUMNS]
    for index, column in enumerate(header):
        if column and column_field(column) is None:
            close = get_close_matches(column, known, n=1)
            letter = _column_letter(index)
            columns = ", ".join(TEMPLATE_COLUMNS)
            raise InputError(
                _("{path}: column {letter} '{column}' is not a known column").format(
                    path=path, letter=letter, column=column),
                hint=_("did you mean '{suggestion}'? known columns: {columns} (translations: vertaling_<code>)").format(
                    suggestion=close[0], columns=columns) if close else
                _("known columns: {columns} (translations: vertaling_<code>)").format(columns=columns))
    fields = [column_field(c) for c in header if c]
    if ("nl", None) not in fields:
        raise InputError(_("{path}: there is no column 'woord'").format(path=path),
                         hint=_("row 1 must hold the column names; the Dutch word goes in 'woord'"))


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def row_to_input(row: SheetRow, *, folder: Path, source: str) -> TermInput:
    """Turn one spreadsheet row into a term to add; cells it cannot understand become problems."""
    fields: dict[str, Any] = {}
    problems: list[str] = []
    photo: Path | None = None
    for column, text in row.cells.items():
        target = column_field(column)
        if target is None or text == "":
            continue
        name, lang = target
        if lang is not None:
            fields.setdefault(name, {})[lang] = " ".join(text.split())
        elif name == "photo":
            photo, problem = _photo_path(folder, text)
            if problem:
                problems.append(problem)
        else:
            value, problem = _convert(name, text)
            if problem:
                problems.append(_("column '{column}': {problem}").format(column=column, problem=problem))
            else:
                fields[name] = value
    return TermInput(fields, source=f"{source}, rij {row.number}", row=row.number, photo=photo,
                     problems=tuple(problems))


def _convert(name: str, text: str) -> tuple[Any, str | None]:
    lowered = text.strip().lower()
    if name == "safety":
        if lowered in _YES:
            return True, None
        if lowered in _NO:
            return False, None
        return None, _("'{text}' is not ja or nee").format(text=text)
    if name == "article":
        return lowered, None if lowered in ARTICLES else _("'{text}' is not de or het").format(text=text)
    if name == "pos":
        pos = DUTCH_POS.get(lowered, lowered)
        if pos in PARTS_OF_SPEECH:
            return pos, None
        return None, _("'{text}' is not a woordsoort; use one of: {choices}").format(
            text=text, choices=", ".join(DUTCH_POS))
    if name == "level":
        return text.strip().upper(), None
    if name == "plural" and lowered in _NO_PLURAL:
        return None, None
    if name == "notes":
        return text.strip(), None
    # A line break typed in a cell (Alt+Enter) is not part of a word or sentence.
    return " ".join(text.split()), None


def _photo_path(folder: Path, text: str) -> tuple[Path | None, str | None]:
    """The photo named in a cell, relative to the spreadsheet; it must stay inside that folder."""
    base = folder.resolve()
    target = (base / text).resolve()
    if Path(text).is_absolute() or not target.is_relative_to(base):
        return None, _("photo '{photo}' is outside the spreadsheet's folder; put the photo next to the "
                       "spreadsheet (or in a folder beside it) and write its name").format(photo=text)
    return target, None


def read_term_inputs(path: str | Path, *, source: str) -> list[TermInput]:
    """Every data row of an employer's spreadsheet as a :class:`TermInput`."""
    header, rows = read_sheet(path)
    check_header(path, header)
    folder = Path(path).parent
    return [row_to_input(row, folder=folder, source=source) for row in rows]


def template_rows() -> list[dict[str, str]]:
    """The example rows of the template (one noun with a safety note, one phrase)."""
    return [
        {"woord": "kantbank", "lidwoord": "de", "meervoud": "kantbanken", "woordsoort": "zelfstandig naamwoord",
         "thema": "", "niveau": "B1", "veiligheid": "ja",
         "voorbeeld": "Houd je handen weg van de kantbank.", "vertaling_en": "press brake",
         "foto": "", "opmerking": "Onze kantbank staat in hal 2."},
        {"woord": "Ik meld me af bij de ploegleider.", "lidwoord": "", "meervoud": "",
         "woordsoort": "zin", "thema": "", "niveau": "A2", "veiligheid": "nee",
         "voorbeeld": "", "vertaling_en": "I sign out with the shift leader.", "foto": "",
         "opmerking": "Zeggen als je eerder weg moet."},
    ]


#: The template is Dutch whatever the interface language: the employer fills in Dutch words.
TEMPLATE_INSTRUCTIONS = (
    "Zo vul je deze lijst in",
    "",
    "Eén woord (of vaste zin) per rij, op het blad 'Woorden'. Rij 1 (de kolomnamen) niet veranderen.",
    "woord: het woord zoals het op de werkvloer gezegd wordt, zonder de of het. Verplicht.",
    "lidwoord: de of het (alleen bij zelfstandige naamwoorden).",
    "meervoud: het meervoud; 'geen' als er geen meervoud is.",
    "woordsoort: kies uit de lijst (zelfstandig naamwoord, werkwoord, zin, afkorting …). "
    "Leeg bij een woord met de/het: dan is het een zelfstandig naamwoord.",
    "thema: leeg laten mag: dan komt het woord bij 'Op de werkplek'.",
    "niveau: A1 (heel makkelijk) tot B2. Weet je het niet? Leeg laten: dan wordt het A2.",
    "veiligheid: ja als het woord met veiligheid te maken heeft. Die woorden leert de nieuwe collega eerst.",
    "voorbeeld: een korte zin zoals je hem op het werk zegt.",
    "vertaling_en, vertaling_ar, …: vertalingen (en Engels, ar Arabisch, ti Tigrinya, fa Perzisch, "
    "so Somalisch, tr Turks, uk Oekraïens). Leeg laten mag; de taalcoach controleert ze.",
    "foto: bestandsnaam van een foto (jpg of png) die naast deze lijst staat, bijvoorbeeld kantbank.jpg.",
    "opmerking: wat de taalcoach moet weten.",
    "",
    "Begint een cel met =, +, - of @? Dat blijft gewone tekst; er wordt niets uitgerekend.",
    "De voorbeeldrijen 2 en 3 mag je overschrijven of wissen.",
)


def write_template(path: str | Path) -> None:
    """Write the employer's spreadsheet: header, two example rows, dropdowns and instructions."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.worksheet.datavalidation import DataValidation

    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        raise InputError(_("{path}: the template is an Excel file").format(path=path),
                         hint=_("give a name ending in .xlsx"))
    book = Workbook()
    sheet = book.create_sheet("Woorden", 0)
    book.remove(book.worksheets[1])  # the empty default sheet
    sheet.title = "Woorden"
    sheet.append(list(TEMPLATE_COLUMNS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in template_rows():
        sheet.append([row.get(column, "") or None for column in TEMPLATE_COLUMNS])
    for cells in sheet.iter_rows(min_row=2):
        for cell in cells:
            store_as_text(cell)
    sheet.freeze_panes = "A2"
    last = 500

    def dropdown(column: str, values: tuple[str, ...] | list[str]) -> None:
        letter = _column_letter(TEMPLATE_COLUMNS.index(column))
        rule = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True,
                              showErrorMessage=True, errorTitle=column,
                              error="Kies een waarde uit de lijst.")
        sheet.add_data_validation(rule)
        rule.add(f"{letter}2:{letter}{last}")

    dropdown("lidwoord", ARTICLES)
    dropdown("veiligheid", ("ja", "nee"))
    dropdown("niveau", LEVELS)
    dropdown("woordsoort", [k for k in DUTCH_POS if k != "uitdrukking"])
    for index, column in enumerate(TEMPLATE_COLUMNS):
        sheet.column_dimensions[_column_letter(index)].width = 30 if column in ("woord", "voorbeeld") else 16
    help_sheet = book.create_sheet("Uitleg")
    for line in TEMPLATE_INSTRUCTIONS:
        help_sheet.append([line])
    help_sheet["A1"].font = Font(bold=True, size=14)
    help_sheet.column_dimensions["A"].width = 120
    buffer = io.BytesIO()
    book.save(buffer)
    atomic_write(target, buffer.getvalue())


def store_as_text(cell: Any) -> None:
    """Store a text value as a string, never a formula (openpyxl makes '=…' a formula); a leading
    = + - @ also gets Excel's quote prefix, so Excel shows and keeps it as text."""
    if isinstance(cell.value, str):
        cell.data_type = "s"
        if cell.value[:1] in ("=", "+", "-", "@"):
            cell.quotePrefix = True
