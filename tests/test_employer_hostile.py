"""Hostile and broken spreadsheets (issue 16 #1, #6, #9; issue 10 #12, #14): limits checked
before the work, in bounded time and memory; wrong encodings refused with how to save as CSV
UTF-8; a cell that is not a word refused with its row and column; nothing half-written."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from employer_project import chdir, make_photo, make_project
from hostile_sheets import cell, shared_strings_bomb, write_xlsx

from vaktaal.cli.main import cli
from vaktaal.content.sector_files import load_sector
from vaktaal.employers.adding import TermInput, add_terms
from vaktaal.employers.sheet_files import MAX_ROWS
from vaktaal.employers.sheets import read_term_inputs
from vaktaal.errors import InputError, VaktaalError

CHECKOUT = Path(__file__).resolve().parents[1]


def run(root: Path, *args: str, input: str | None = None):
    with chdir(root):
        return CliRunner().invoke(cli, list(args), input=input)


def import_sheet(root: Path, name: str, *more: str):
    return run(root, "import", name, "--employer", "smit", "--sector", "metaal", *more)


def bounded_import(root: Path, sheet: Path, limit: int = 1 << 30) -> tuple[subprocess.CompletedProcess[str], float]:
    """`vaktaal import --dry-run` in a child with an address-space cap (1 GiB) and a time limit,
    this checkout's vaktaal (PYTHONPATH), so a bomb cannot hurt the test run."""
    script = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, ({limit}, {limit}))
        from vaktaal.cli.main import cli
        cli(["import", {str(sheet)!r}, "--employer", "smit", "--sector", "metaal", "--dry-run"])
    """)
    env = {**os.environ, "PYTHONPATH": str(CHECKOUT), "LANGUAGE": "en"}
    started = time.monotonic()
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, cwd=root,
                          env=env, check=False)
    return done, time.monotonic() - started


# -- limits ----------------------------------------------------------------------------------------

def test_a_shared_strings_bomb_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    bomb = shared_strings_bomb(root / "bom.xlsx")  # about 1 MB; its shared strings unpack to 1 GiB
    assert bomb.stat().st_size < 2 * 1024 * 1024
    done, seconds = bounded_import(root, bomb)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr
    assert f"error: {bomb} unpacks to 1024 MB of spreadsheet data; vaktaal reads at most 25 MB" in done.stderr
    assert "hint: split the list into several files of at most 2000 words each" in done.stderr
    assert seconds < 20


def test_a_million_row_sheet_is_refused_in_bounded_time_and_memory(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    rows = (f'<row r="{n}">{cell(f"A{n}", "woord" if n == 1 else f"w{n}")}</row>' for n in range(1, 1_000_001))
    sheet = write_xlsx(root / "miljoen.xlsx", rows)
    done, seconds = bounded_import(root, sheet)
    assert done.returncode == 2, done.stderr
    assert "unpacks to" in done.stderr and "vaktaal reads at most 25 MB" in done.stderr
    assert seconds < 20
    # The same rows left empty pack small, so they are read: streaming, and stopped at a bound.
    empty = write_xlsx(root / "leeg.xlsx", [f'<row r="1">{cell("A1", "woord")}</row>',
                                            *(f'<row r="{n}"/>' for n in range(2, 1_000_001))])
    done, seconds = bounded_import(root, empty)
    assert done.returncode == 2, done.stderr
    assert f"error: {empty} has more than 20000 rows (empty ones included)" in done.stderr
    assert seconds < 20


def test_too_many_rows_are_refused_with_the_limit_and_how_to_split(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    rows = [f'<row r="{n}">{cell(f"A{n}", "woord" if n == 1 else f"w{n}")}</row>' for n in range(1, 100_001)]
    sheet = write_xlsx(root / "lang.xlsx", rows)
    started = time.monotonic()
    with pytest.raises(InputError) as caught:
        read_term_inputs(sheet, source="t")
    assert time.monotonic() - started < 10
    assert caught.value.message == (f"{sheet} has more than {MAX_ROWS} rows of words (row 2002 is filled in); "
                                    f"vaktaal imports at most {MAX_ROWS} at a time")
    # A row far below the others (the sheet's rows have a gap of almost a million) is no way around it.
    gap = write_xlsx(root / "gat.xlsx", [f'<row r="1">{cell("A1", "woord")}</row>',
                                         f'<row r="2">{cell("A2", "kantbank")}</row>',
                                         f'<row r="1000000">{cell("A1000000", "zaag")}</row>'])
    with pytest.raises(InputError, match="has more than 20000 rows"):
        read_term_inputs(gap, source="t")


def test_a_hundred_thousand_row_csv_is_refused_and_nothing_written(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "groot.csv").write_text("woord;lidwoord\n" + "".join(f"woord{n};de\n" for n in range(100_000)),
                                    encoding="utf-8")
    started = time.monotonic()
    result = import_sheet(root, "groot.csv")
    assert time.monotonic() - started < 10
    assert result.exit_code == 2
    assert result.output == (
        f"error: groot.csv has more than {MAX_ROWS} rows of words (row 2002 is filled in); vaktaal imports at most "
        f"{MAX_ROWS} at a time\n"
        f"    hint: split the list into several files of at most {MAX_ROWS} words each (copy the header row into "
        "each) and import them one after the other\n")
    assert not (root / "employers").exists()


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    with (root / "enorm.csv").open("wb") as out:
        out.write(b"woord\n")
        out.truncate(25 * 1024 * 1024)  # sparse: no 25 MB written to the disk
    result = import_sheet(root, "enorm.csv")
    assert result.exit_code == 2
    assert "error: enorm.csv is 25 MB; a spreadsheet may be at most 20 MB" in result.output


def test_a_long_cell_is_a_row_problem(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "w.csv").write_text("woord;lidwoord;voorbeeld\nkantbank;de;" + "a" * 1001 + "\nzaag;de;Pak de zaag.\n",
                                encoding="utf-8")
    result = import_sheet(root, "w.csv")
    assert result.exit_code == 1
    assert ("row 2 (kantbank): not added: column C 'voorbeeld': the cell holds 1001 characters; a cell may hold "
            "at most 1000\n") in result.output
    assert "Added 1 term, 1 row not added." in result.output


def test_an_overlay_vaktaal_could_not_read_back_is_never_written(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    base = load_sector(root / "sectors" / "metaal.yaml")
    photo = make_photo(root / "foto.jpg", size=(300, 200))
    entries = [TermInput({"nl": "kantbank", "article": "de", "pos": "noun"}, source="t", photo=photo),
               TermInput({"nl": "zaag", "article": "de", "pos": "noun", "notes": "lang " * 1_200_000 + "einde"},
                         source="t")]
    for dry_run in (True, False):
        with pytest.raises(VaktaalError) as caught:
            add_terms(entries, employer="smit", sector=base, employer_name="Smit", employers_dir=root / "employers",
                      dry_run=dry_run)
        assert caught.value.message == (f"{root / 'employers' / 'smit' / 'metaal.yaml'} would grow to 5.7 MB, more "
                                        "than the 5 MB vaktaal reads; nothing was written")
    # Nothing half-done: no overlay, and the photo written for the failed import is gone again.
    assert sorted(p.name for p in (root / "employers").rglob("*")) == ["smit"]


def test_photos_of_a_failed_import_are_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path)
    make_photo(root / "kantbank.jpg", size=(300, 200))
    (root / "w.csv").write_text("woord;lidwoord;foto\nkantbank;de;kantbank.jpg\n", encoding="utf-8")

    def disk_full(path: object, text: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("vaktaal.files.safe_write.atomic_write_text", disk_full)
    with pytest.raises(OSError):
        add_terms(read_term_inputs(root / "w.csv", source="t"), employer="smit",
                  sector=load_sector(root / "sectors" / "metaal.yaml"), employer_name="Smit",
                  employers_dir=root / "employers")
    assert not (root / "employers" / "smit" / "images").exists()
    assert not (root / "employers" / "smit" / "metaal.yaml").exists()


# -- encodings -----------------------------------------------------------------------------------

SAVE_AS = ("    hint: in Excel: File > Save As, choose the type 'CSV UTF-8 (comma delimited)' (Dutch Excel: "
           "'CSV UTF-8 (door komma's gescheiden)'), and import that file; or save it as Excel (.xlsx)\n")


@pytest.mark.parametrize(("encoding", "text", "message"), [
    ("cp1256", "woord;vertaling_ar\nhamer;مطرقة\n",
     "error: w.csv: the text on row 2 reads as 'ãØÑÞÉ': the file is saved in an encoding vaktaal does not read "
     "(it reads UTF-8 and Windows-1252)\n"),
    ("cp1251", "woord;vertaling_uk\nhamer;молоток\n",
     "error: w.csv: the text on row 2 reads as 'ìîëîòîê': the file is saved in an encoding vaktaal does not read "
     "(it reads UTF-8 and Windows-1252)\n"),
    ("cp1256", "woord;vertaling_fa\nhamer;چکش\n",
     "error: w.csv is not saved as UTF-8 or Windows-1252: row 2 holds a byte neither has\n"),
    ("cp1254", "woord;vertaling_tr\nkantbank;abkant pres tezgahı\n",
     "error: w.csv: the text on row 2 reads as 'tezgahý': the file is saved in an encoding vaktaal does not read "
     "(it reads UTF-8 and Windows-1252)\n"),
    ("utf-16", "woord;vertaling_ar\nhamer;مطرقة\n",
     "error: w.csv is saved as UTF-16 (Excel's 'Unicode text'); vaktaal reads CSV files in UTF-8\n"),
    ("utf-16-be", "woord\nhamer\n",
     "error: w.csv is saved as UTF-16 (Excel's 'Unicode text'); vaktaal reads CSV files in UTF-8\n"),
])
def test_other_encodings_are_refused_with_how_to_save_as_csv_utf8(tmp_path: Path, encoding: str, text: str,
                                                                 message: str) -> None:
    root = make_project(tmp_path)
    (root / "w.csv").write_bytes(text.encode(encoding))
    result = import_sheet(root, "w.csv")
    assert result.exit_code == 2
    assert result.output == message + SAVE_AS
    assert "\x00" not in result.output
    assert not (root / "employers").exists()


def test_a_windows_1252_file_cannot_hold_arabic(tmp_path: Path) -> None:
    # Excel's ordinary "CSV" on a Dutch Windows writes '?' for every Arabic letter.
    root = make_project(tmp_path)
    (root / "w.csv").write_bytes("woord;vertaling_en;vertaling_ar\nvóórboren;pre-drill;?????\n".encode("cp1252"))
    result = import_sheet(root, "w.csv")
    assert result.exit_code == 2
    assert result.output == ("error: w.csv is saved as Windows-1252 (Excel's ordinary CSV), which cannot hold Arabic "
                             "text: column 'vertaling_ar' on row 2 reads '?????'\n" + SAVE_AS)
    # Dutch with accents in Windows-1252 is read as before.
    (root / "w.csv").write_bytes("woord;woordsoort;vertaling_en\nvóórboren;werkwoord;pre-drill\n"
                                 "één keer;uitdrukking;once\ncoördinator;zelfstandig naamwoord;coordinator\n"
                                 .encode("cp1252"))
    ok = import_sheet(root, "w.csv")
    assert ok.exit_code == 1 and "row 4 (coördinator): not added: term 'coordinator' is a noun but has no article" \
        in ok.output  # read, not refused: only the missing article is a problem
    assert "Added 2 terms, 1 row not added." in ok.output


# -- columns and cells ---------------------------------------------------------------------------

@pytest.mark.parametrize(("header", "message"), [
    ("woord;lidwoord;woord", "w.csv: columns A 'woord' and C 'woord' hold the same thing"),
    ("nl;vertaling_ar;translations.ar", "w.csv: columns B 'vertaling_ar' and C 'translations.ar' hold the same "
                                        "thing"),
    ("woord;foto;image", "w.csv: columns B 'foto' and C 'image' hold the same thing"),
])
def test_a_duplicated_column_is_an_error_naming_both(tmp_path: Path, header: str, message: str) -> None:
    root = make_project(tmp_path)
    (root / "w.csv").write_text(header + "\nkantbank;x;y\n", encoding="utf-8")
    result = import_sheet(root, "w.csv")
    assert result.exit_code == 2
    assert result.output == (f"error: {message}\n    hint: keep one of the two columns: vaktaal would have to drop "
                             "what the other one holds\n")


CELLS = [
    # (woord, lidwoord, meervoud, vertaling_ar, vertaling_ti, voorbeeld, opmerking) -> the problem
    (("=HYPERLINK(\"http://x\")", "de", "", "", "", "", ""),
     "column A 'woord': '=HYPERLINK(\"http://x\")' looks like a spreadsheet formula, not a word"),
    (("@SUM(A1:A2)", "", "", "", "", "", ""), "column A 'woord': '@SUM(A1:A2)' looks like a spreadsheet formula, "
                                              "not a word"),
    (("+31 6", "", "", "", "", "", ""), "column A 'woord': '+31 6' looks like a spreadsheet formula, not a word"),
    (("https://smit.nl/kantbank", "de", "", "", "", "", ""),
     "column A 'woord': 'https://smit.nl/kantbank' is a web address, not a word"),
    (("kantbank (hal 2)", "de", "", "", "", "", ""),
     "column A 'woord': 'kantbank (hal 2)' holds brackets (()), which a word does not have"),
    (("4711", "", "", "", "", "", ""), "column A 'woord': '4711' is only digits, not a word"),
    (("kantbank", "de", "-1", "", "", "", ""), "column C 'meervoud': '-1' looks like a spreadsheet formula, "
                                               "not a word"),
    (("kantbank", "de", "", "=A2", "", "", ""), "column D 'vertaling_ar': '=A2' looks like a spreadsheet formula, "
                                                "not a word"),
    (("kantbank", "de", "", "", "مكبس", "", ""),
     "column E 'vertaling_ti': the 'ti' translation is in Arabic script, but Tigrinya is written in Ethiopic script "
     "(Ge'ez)"),
    (("kantbank", "de", "", "press brake", "", "", ""),
     "column D 'vertaling_ar': the 'ar' translation is in Latin script, but Arabic is written in Arabic script"),
    (("kantbank", "de", "", "", "", "Zet\x1fhem uit.", ""),
     "column F 'voorbeeld': the text holds an invisible control character (U+001F), which breaks decks"),
    (("kantbank", "de", "", "", "", "Hoor [sound:x.mp3]", ""),
     "column F 'voorbeeld': the text holds '[sound:', which Anki would take for a recording"),
]
GOOD_ROW = ("zaag", "de", "zagen", "منشار", "መጋዝ", "Bel 112 bij brand.", "=niet uitrekenen\nregel twee")


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_cell_that_is_not_a_word_is_refused_with_row_and_column(tmp_path: Path, suffix: str) -> None:
    root = make_project(tmp_path)
    header = ("woord", "lidwoord", "meervoud", "vertaling_ar", "vertaling_ti", "voorbeeld", "opmerking")
    # A control character cannot be in an .xlsx (XML does not allow it; Excel writes it as the text
    # '_x001F_'): that row is for the CSV only.
    cases = [(cells, message) for cells, message in CELLS if suffix == ".csv" or "\x1f" not in "".join(cells)]
    rows = [header, *(cells for cells, _message in cases), GOOD_ROW]
    path = root / f"w{suffix}"
    if suffix == ".xlsx":
        book = openpyxl.Workbook()
        for row in rows:
            book.active.append([value or None for value in row])
        book.save(path)  # '=…' cells are formulas, as Excel keeps them
    else:
        with path.open("w", encoding="utf-8", newline="") as out:
            csv.writer(out, delimiter=";").writerows(rows)
    result = import_sheet(root, path.name)
    assert result.exit_code == 1, result.output
    for number, (_cells, message) in enumerate(cases, start=2):
        assert f"row {number}: not added: {message}\n" in result.output or \
               f"row {number} (kantbank): not added: {message}\n" in result.output, (number, result.output)
    assert f"Added 1 term, {len(cases)} rows not added." in result.output
    from vaktaal.employers.overlays import load_overlay

    base = load_sector(root / "sectors" / "metaal.yaml")
    [zaag] = load_overlay(root / "employers" / "smit" / "metaal.yaml", base).terms
    assert zaag.example == "Bel 112 bij brand."  # digits are fine in a sentence
    assert zaag.notes == "=niet uitrekenen\nregel twee"  # a note is text, line break and all


@pytest.mark.parametrize(("args", "message"), [
    (["--nl", "=SUM(A1:A2)", "--pos", "phrase"], "'=SUM(A1:A2)' looks like a spreadsheet formula, not a word"),
    (["--nl", "112", "--pos", "numeral"], "'112' is only digits, not a word"),
    (["--nl", "kantbank", "--article", "de", "--translation", "en=www.pressbrake.com"],
     "'www.pressbrake.com' is a web address, not a word"),
    (["--nl", "kantbank", "--article", "de", "--translation", "ti=مكبس"],
     "the 'ti' translation is in Arabic script, but Tigrinya is written in Ethiopic script (Ge'ez)"),
    (["--nl", "kant\x1fbank", "--article", "de"],
     "'nl' in term 'kant-bank': the text holds an invisible control character (U+001F), which breaks decks"),
])
def test_term_add_refuses_what_is_not_a_word(tmp_path: Path, args: list[str], message: str) -> None:
    root = make_project(tmp_path)
    result = run(root, "term", "add", "smit", "metaal", *args)
    assert result.exit_code == 1, result.output
    assert f": not added: {message}\n" in result.output
    assert not (root / "employers" / "smit" / "metaal.yaml").exists()


# -- review and locks ------------------------------------------------------------------------------

def test_review_refuses_a_correction_in_the_wrong_script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path)
    sector = root / "sectors" / "metaal.yaml"
    before = sector.read_bytes()
    wrong = run(root, "review", "--set", "laskap=خوذة اللحام", "--lang", "ti")
    assert wrong.exit_code == 2
    assert wrong.output == ("error: the 'ti' translation is in Arabic script, but Tigrinya is written in Ethiopic "
                            "script (Ge'ez)\n    hint: check that the text is in the right language; abbreviations "
                            "such as VCA may stay in Latin letters inside the text\n")
    control = run(root, "review", "--set-example", "laskap=Zet\x1fje laskap op.", "--lang", "en")
    assert control.exit_code == 2 and "invisible control character (U+001F)" in control.output
    assert sector.read_bytes() == before
    # Typed in a terminal: explained, and asked again.
    from vaktaal.cli import review_cmd

    monkeypatch.setattr(review_cmd, "_interactive", lambda: True)
    result = run(root, "review", "--lang", "ar", input="c\nwelding helmet\nخوذة لحام\n")
    assert result.exit_code == 0, result.output
    assert "Error: the 'ar' translation is in Latin script, but Arabic is written in Arabic script" in result.output
    assert load_sector(sector).term("laskap").translations["ar"] == "خوذة لحام"


def test_review_shows_ids_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = make_project(tmp_path)
    run(root, "term", "add", "smit-metaal-bv-nederland", "metaal", "--nl", "lasrookafzuiginstallatie", "--article",
        "de", "--translation", "ar=جهاز شفط دخان اللحام")
    key = "smit-metaal-bv-nederland/metaal/lasrookafzuiginstallatie"
    for width in ("60", "80", "200"):
        monkeypatch.setenv("COLUMNS", width)
        listed = run(root, "review", "--list", "--lang", "ar")
        assert listed.exit_code == 0
        assert key in listed.output and "…" not in listed.output, listed.output
        accepted = key  # what the list shows is what --accept takes
    assert run(root, "review", "--accept", accepted, "--lang", "ar").exit_code == 0


def test_no_lock_file_is_left_after_a_command(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "w.csv").write_text("woord;lidwoord\nkantbank;de\n", encoding="utf-8")
    assert import_sheet(root, "w.csv").exit_code == 0
    assert run(root, "term", "add", "smit", "metaal", "--nl", "zaag", "--article", "de").exit_code == 0
    assert run(root, "review", "--accept", "metaal/hamer", "--lang", "en").exit_code == 0
    assert [p for p in root.rglob("*") if p.name.endswith(".lock")] == []


def test_in_dutch_already_there_is_al_aanwezig(tmp_path: Path, dutch: None) -> None:
    root = make_project(tmp_path)
    (root / "w.csv").write_text("woord;lidwoord;vertaling_ti\nkantbank;de;\nzaag;de;منشار\n", encoding="utf-8")
    first = import_sheet(root, "w.csv")
    assert ("rij 3 (zaag): niet toegevoegd: kolom C 'vertaling_ti': de vertaling 'ti' staat in Arabisch schrift, "
            "maar Tigrinya schrijf je in Ethiopisch schrift (Ge'ez)\n") in first.output
    (root / "w.csv").write_text("woord;lidwoord;vertaling_ti\nkantbank;de;\nzaag;de;መጋዝ\n", encoding="utf-8")
    again = import_sheet(root, "w.csv")
    assert again.exit_code == 0, again.output
    assert "al aanwezig (overgeslagen): rij 2 (kantbank)\n" in again.output
    assert "1 rij niet toegevoegd" not in again.output and ", 1 al aanwezig." in again.output
