"""Employers' spreadsheets: their terms from .csv/.xlsx as terms to add, and the .xlsx template.

Columns have Dutch names (``woord``, ``lidwoord``, ``vertaling_ar`` …); the sector-format names
(``nl``, ``article``, ``translations.ar`` …) work too; two columns for the same thing are an
error. Reading the file itself (limits, encodings) is :mod:`vaktaal.employers.sheet_files`.
Nothing is ever calculated, and a cell that is not a word where a word belongs (a formula, a web
address, brackets, only digits), a control character or a translation in the wrong script is a
problem of its row, named by row and column.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from vaktaal.content.format_rules import ARTICLES, LEVELS, PARTS_OF_SPEECH
from vaktaal.content.languages import (
    LANGUAGE_SCRIPTS,
    LEARNER_LANGUAGES,
    interface_language_name,
    is_language_code,
    script_problem,
)
from vaktaal.content.value_checks import not_a_word, text_problem
from vaktaal.employers.adding import TermInput
from vaktaal.employers.sheet_files import (
    MAX_CELL_CHARS,
    MAX_ROWS,
    SHEET_SUFFIXES,
    Sheet,
    SheetRow,
    read_sheet,
    save_as_utf8_hint,
)
from vaktaal.errors import InputError
from vaktaal.files.atomic import atomic_write
from vaktaal.i18n import _

__all__ = ["SHEET_SUFFIXES", "SheetRow", "check_header", "read_sheet", "read_term_inputs", "row_to_input",
           "store_as_text", "template_rows", "write_template"]

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
    """Every named column must be known (an ignored column would lose what the employer wrote),
    and no two columns may fill the same field (one of them would be lost)."""
    known = [*DUTCH_COLUMNS, *_FORMAT_COLUMNS, *_PHOTO_COLUMNS, *TEMPLATE_COLUMNS]
    seen: dict[tuple[str, str | None], int] = {}
    for index, column in enumerate(header):
        if not column:
            continue
        target = column_field(column)
        if target is None:
            close = get_close_matches(column, known, n=1)
            letter = column_letter(index)
            columns = ", ".join(TEMPLATE_COLUMNS)
            raise InputError(
                _("{path}: column {letter} '{column}' is not a known column").format(
                    path=path, letter=letter, column=column),
                hint=_("did you mean '{suggestion}'? known columns: {columns} (translations: vertaling_<code>)").format(
                    suggestion=close[0], columns=columns) if close else
                _("known columns: {columns} (translations: vertaling_<code>)").format(columns=columns))
        if target in seen:
            first = seen[target]
            raise InputError(
                _("{path}: columns {first} '{first_name}' and {second} '{second_name}' hold the same thing").format(
                    path=path, first=column_letter(first), first_name=header[first], second=column_letter(index),
                    second_name=column),
                hint=_("keep one of the two columns: vaktaal would have to drop what the other one holds"))
        seen[target] = index
    if ("nl", None) not in seen:
        raise InputError(_("{path}: there is no column 'woord'").format(path=path),
                         hint=_("row 1 must hold the column names; the Dutch word goes in 'woord'"))


def column_letter(index: int) -> str:
    """'A' for the first column (index 0), 'AA' for the 27th."""
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def row_to_input(row: SheetRow, *, folder: Path, source: str,
                 letters: Mapping[str, str] | None = None) -> TermInput:
    """Turn one spreadsheet row into a term to add; cells it cannot understand become problems,
    named by column (``letters``: column name -> its letter, for 'column B 'lidwoord': …')."""
    fields: dict[str, Any] = {}
    problems: list[str] = []
    photo: Path | None = None

    def complain(column: str, problem: str) -> None:
        letter = (letters or {}).get(column)
        problems.append(_("column {letter} '{column}': {problem}").format(letter=letter, column=column, problem=problem)
                        if letter else _("column '{column}': {problem}").format(column=column, problem=problem))

    for column, raw in row.cells.items():
        target = column_field(column)
        if target is None or raw == "":
            continue
        name, lang = target
        text, problem = _cell_problem(name, lang, raw)
        if problem is not None:
            complain(column, problem)
        elif lang is not None:
            fields.setdefault(name, {})[lang] = text
        elif name == "photo":
            photo, problem = _photo_path(folder, text)
            if problem:
                problems.append(problem)
        else:
            value, problem = _convert(name, text)
            if problem:
                complain(column, problem)
            else:
                fields[name] = value
    return TermInput(fields, source=f"{source}, rij {row.number}", row=row.number, photo=photo,
                     problems=tuple(problems))


#: Cells that hold a word: never a formula, a web address, brackets or only digits.
_WORD_CELLS = ("nl", "plural")


def _cell_problem(name: str, lang: str | None, raw: str) -> tuple[str, str | None]:
    """The cell's text made one line (a line break typed in a cell with Alt+Enter is a space; notes
    keep theirs), and what is wrong with it, if anything."""
    if len(raw) > MAX_CELL_CHARS:
        return raw, _("the cell holds {count} characters; a cell may hold at most {limit}").format(
            count=len(raw), limit=MAX_CELL_CHARS)
    if name == "notes":
        text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ").strip()
    else:
        text = re.sub(r"[\r\n\t]+", " ", raw).strip()
    problem = text_problem(text, multiline=name == "notes")
    if problem is not None:
        return text, problem[0]
    if name != "notes":
        text = " ".join(text.split())
    if name == "plural" and text.lower() in _NO_PLURAL:
        return text, None
    if name in _WORD_CELLS:
        return text, not_a_word(text, digits=False)
    if name == "translations" and lang is not None:
        return text, not_a_word(text, translation=True, digits=False) or script_problem(lang, text)
    if name == "example_translations" and lang is not None:
        return text, script_problem(lang, text, example=True)
    return text, None


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
    return text, None


def _photo_path(folder: Path, text: str) -> tuple[Path | None, str | None]:
    """The photo named in a cell, relative to the spreadsheet; it must stay inside that folder."""
    base = folder.resolve()
    target = (base / text).resolve()
    if Path(text).is_absolute() or not target.is_relative_to(base):
        return None, _("photo '{photo}' is outside the spreadsheet's folder; put the photo next to the "
                       "spreadsheet (or in a folder beside it) and write its name").format(photo=text)
    return target, None


def read_term_inputs(path: str | Path, *, source: str) -> list[TermInput]:
    """Every data row of an employer's spreadsheet as a :class:`TermInput` (the whole file is
    refused, with an InputError, when it is over a limit, in another encoding, or its columns are
    wrong)."""
    sheet = read_sheet(path)
    check_header(path, sheet.header)
    if sheet.encoding == "cp1252":
        _refuse_lost_scripts(sheet)
    folder = Path(path).parent
    letters = {column: column_letter(i) for i, column in enumerate(sheet.header) if column}
    return [row_to_input(row, folder=folder, source=source, letters=letters) for row in sheet.rows]


def _refuse_lost_scripts(sheet: Sheet) -> None:
    """Windows-1252 has no Arabic, Ethiopic or Cyrillic letters: in such a file, text in a column of a
    language written in them was lost when it was saved (Excel writes '?' for each letter)."""
    for row in sheet.rows:
        for column, text in row.cells.items():
            target = column_field(column)
            lang = target[1] if target else None
            if text and lang is not None and LANGUAGE_SCRIPTS.get(lang, "LATIN") != "LATIN":
                raise InputError(_("{path} is saved as Windows-1252 (Excel's ordinary CSV), which cannot hold "
                                   "{language} text: column '{column}' on row {row} reads '{text}'").format(
                                     path=sheet.path, language=interface_language_name(lang), column=column,
                                     row=row.number, text=text[:40]),
                                 hint=save_as_utf8_hint())


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
    "so Somalisch, tr Turks, uk Oekraïens), elk in het eigen schrift: Arabisch en Perzisch in Arabisch schrift, "
    "Tigrinya in Ge'ez, Oekraïens in Cyrillisch. Leeg laten mag; de taalcoach controleert ze.",
    "foto: bestandsnaam van een foto (jpg of png) die naast deze lijst staat, bijvoorbeeld kantbank.jpg.",
    "opmerking: wat de taalcoach moet weten.",
    "",
    "In woord, meervoud en vertalingen alleen het woord zelf: geen formule (=, +, - of @ vooraan), geen "
    "internetadres, geen haakjes en niet alleen cijfers. Zo'n rij wordt niet toegevoegd; uitleg kan bij opmerking.",
    "Er wordt nooit iets uitgerekend.",
    f"Hoogstens {MAX_ROWS} woorden per lijst. Sla de lijst op als Excel (.xlsx) of als 'CSV UTF-8'.",
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
        letter = column_letter(TEMPLATE_COLUMNS.index(column))
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
        sheet.column_dimensions[column_letter(index)].width = 30 if column in ("woord", "voorbeeld") else 16
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
