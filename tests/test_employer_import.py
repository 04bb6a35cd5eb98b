"""Importing employers' spreadsheets: CSV as Dutch Excel writes it, xlsx from the template,
bad rows numbered as the spreadsheet shows them, formulas kept as text, photos cleaned."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
from employer_project import make_photo, make_project
from PIL import Image

from vaktaal.content.sector_files import load_sector
from vaktaal.employers.adding import add_terms
from vaktaal.employers.overlays import load_overlay
from vaktaal.employers.photos import clean_photo
from vaktaal.employers.sheets import TEMPLATE_COLUMNS, read_term_inputs, write_template
from vaktaal.errors import InputError

HEADER = "woord;lidwoord;meervoud;woordsoort;niveau;veiligheid;voorbeeld;vertaling_en;vertaling_ar;foto\r\n"


def _import(root: Path, sheet: Path, *, dry_run: bool = False):
    base = load_sector(root / "sectors" / "metaal.yaml")
    inputs = read_term_inputs(sheet, source="Werkgever Smit, import test")
    return add_terms(inputs, employer="smit", sector=base, employer_name="Smit",
                     employers_dir=root / "employers", dry_run=dry_run)


def _overlay(root: Path):
    return load_overlay(root / "employers" / "smit" / "metaal.yaml", load_sector(root / "sectors" / "metaal.yaml"))


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp1252"])
def test_csv_as_dutch_excel_saves_it(tmp_path: Path, encoding: str) -> None:
    root = make_project(tmp_path)
    sheet = root / "woorden.csv"
    sheet.write_bytes((HEADER + "kantbank;de;kantbanken;zelfstandig naamwoord;B1;ja;Pas op: de kantbank!;"
                       "press brake;;\r\n"
                       "vóórboren;;;werkwoord;;nee;Eerst vóórboren.;pre-drill;;\r\n").encode(encoding))
    report = _import(root, sheet)
    assert not report.problems
    terms = {t.id: t for t in _overlay(root).terms}
    assert terms["kantbank"].with_article == "de kantbank" and terms["kantbank"].safety
    assert terms["kantbank"].example == "Pas op: de kantbank!"
    assert terms["voorboren"].nl == "vóórboren" and terms["voorboren"].level == "A2"  # default level
    assert terms["voorboren"].theme == "werkplek"  # the workplace theme when none is given
    assert all(t.reviewed == () for t in terms.values())
    assert terms["kantbank"].source == "Werkgever Smit, import test, rij 2"


def test_bad_rows_reported_with_spreadsheet_row_numbers_good_rows_added(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    sheet = root / "woorden.csv"
    sheet.write_text(
        HEADER +
        "kantbank;de;kantbanken;;B1;ja;;press brake;;\n"                 # 2 good
        "\n"                                                             # 3 empty: skipped, still counted
        "zetbank;der;;;;;;;;\n"                                          # 4 bad article
        "\"boor\nmachine\";de;;;;;;;;\n"                                 # 5 a line break inside a cell
        "Laskap;de;;;;;;;;\n"                                            # 6 already in the sector
        "kantbank;de;;;;;;;;\n"                                          # 7 already on row 2
        "snijbrander;de;;;C2;misschien;;;;\n"                            # 8 two bad cells
        "plasmasnijder;;;;;;;;;\n"                                       # 9 no woordsoort
        "ponsmachine;het;;;A1;;;;;\n",                                   # 10 good
        encoding="utf-8-sig")
    report = _import(root, sheet)
    assert [a.row for a in report.added] == [2, 5, 10]
    problems = {p.row: p.message for p in report.problems}
    assert sorted(problems) == [4, 6, 7, 8, 9]
    assert problems[4] == "column B 'lidwoord': 'der' is not de or het"
    assert problems[6] == "'Laskap' is already in sector 'metaal' (term 'laskap')"
    assert problems[7] == "'kantbank' is already on row 2"
    assert "'misschien' is not ja or nee" in problems[8]
    assert "has no 'pos'" in problems[9]
    assert [t.id for t in _overlay(root).terms] == ["kantbank", "boor-machine", "ponsmachine"]
    assert _overlay(root).terms[1].nl == "boor machine"  # a line break typed in a cell is a space
    # Importing again adds nothing twice: the rows already added are there (skipped, not errors);
    # the bad rows are still bad, the second 'kantbank' still a second one.
    again = _import(root, sheet)
    assert not again.added
    assert [(p.row, p.term_id) for p in again.present] == [(2, "kantbank"), (5, "boor-machine"), (10, "ponsmachine")]
    assert sorted(p.row for p in again.problems) == [4, 6, 7, 8, 9]


def test_dry_run_writes_nothing(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    sheet = root / "woorden.csv"
    photo = make_photo(root / "kantbank.jpg")
    sheet.write_text(HEADER + f"kantbank;de;kantbanken;;B1;ja;;press brake;;{photo.name}\n", encoding="utf-8")
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    report = _import(root, sheet, dry_run=True)
    assert report.dry_run and [a.term.id for a in report.added] == ["kantbank"]
    assert report.added[0].term.image == "images/kantbank.jpg"
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before


def test_template_filled_in_like_excel_round_trips(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    template = root / "lijst.xlsx"
    write_template(template)
    book = openpyxl.load_workbook(template)
    assert book.sheetnames == ["Woorden", "Uitleg"]
    sheet = book["Woorden"]
    assert tuple(c.value for c in sheet[1]) == TEMPLATE_COLUMNS
    dropdowns = {str(dv.sqref).split(":")[0]: dv.formula1 for dv in sheet.data_validations.dataValidation}
    assert dropdowns["B2"] == '"de,het"' and dropdowns["G2"] == '"ja,nee"' and dropdowns["F2"] == '"A1,A2,B1,B2"'
    (root / "fotos").mkdir()
    make_photo(root / "fotos" / "laser.jpg")
    col = {name: i + 1 for i, name in enumerate(TEMPLATE_COLUMNS)}
    sheet.cell(4, col["woord"], "lasersnijder")
    sheet.cell(4, col["lidwoord"], "de")
    sheet.cell(4, col["veiligheid"], "ja")
    sheet.cell(4, col["vertaling_ar"], "قاطع الليزر")
    sheet.cell(4, col["foto"], "fotos/laser.jpg")
    sheet.cell(4, col["opmerking"], "@werkvloer -spreek af")
    sheet.cell(5, col["woord"], "=SUM(A1:A3)")          # Excel would keep this as a formula
    sheet.cell(5, col["woordsoort"], "zin")
    book.save(template)
    report = _import(root, template)
    # A formula is never a word: refused with its row and column (issue 10 #12).
    assert [(p.row, p.message) for p in report.problems] == [
        (5, "column A 'woord': '=SUM(A1:A3)' looks like a spreadsheet formula, not a word")]
    terms = {t.nl: t for t in _overlay(root).terms}
    assert set(terms) == {"kantbank", "Ik meld me af bij de ploegleider.", "lasersnijder"}
    assert terms["lasersnijder"].notes == "@werkvloer -spreek af"  # a note may look like a formula: it is text
    laser = terms["lasersnijder"]
    assert laser.image == "images/lasersnijder.jpg" and laser.translations == {"ar": "قاطع الليزر"}
    with Image.open(laser.picture_path) as image:
        assert max(image.size) <= 1024 and image.size[1] > image.size[0]  # upright: EXIF orientation 6
        assert not image.getexif()


def test_template_never_holds_formulas(tmp_path: Path) -> None:
    from vaktaal.employers.sheets import store_as_text

    book = openpyxl.Workbook()
    cell = book.active.cell(1, 1, "=HYPERLINK(\"http://evil\")")
    assert cell.data_type == "f"
    store_as_text(cell)
    book.save(tmp_path / "x.xlsx")
    again = openpyxl.load_workbook(tmp_path / "x.xlsx")["Sheet"]["A1"]
    assert again.data_type == "s" and again.quotePrefix
    write_template(tmp_path / "t.xlsx")
    for row in openpyxl.load_workbook(tmp_path / "t.xlsx")["Woorden"].iter_rows():
        assert all(c.data_type != "f" for c in row)


def test_photo_is_upright_small_and_has_no_location(tmp_path: Path) -> None:
    source = make_photo(tmp_path / "p.jpg", size=(2400, 1200), orientation=6)
    with Image.open(source) as original:
        assert original.getexif().get_ifd(0x8825)  # the test photo really has GPS data
    data, fmt = clean_photo(source)
    assert fmt == "JPEG" and b"Exif" not in data and b"PhoneMaker" not in data
    with Image.open(io.BytesIO(data)) as image:
        assert image.size == (512, 1024)
        assert not image.getexif()
        # The blue marker was top-left as stored; turned as the camera meant it, it is top-right.
        assert image.getpixel((image.width - 5, 5))[2] > 200
        assert image.getpixel((5, 5))[0] > 150


def test_bad_photos_and_unknown_columns_are_clear(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "fake.jpg").write_text("not a picture")
    sheet = root / "w.csv"
    sheet.write_text("woord;lidwoord;foto\nkantbank;de;fake.jpg\nboor;de;../../etc/passwd\nzaag;de;weg.png\n")
    problems = {p.row: p.message for p in _import(root, sheet).problems}
    assert "cannot be read as a picture" in problems[2]
    assert "outside the spreadsheet's folder" in problems[3]
    assert "does not exist" in problems[4]
    (root / "x.csv").write_text("woord;vertaaling_en\nkantbank;press brake\n")
    with pytest.raises(InputError, match="column B 'vertaaling_en' is not a known column") as caught:
        read_term_inputs(root / "x.csv", source="t")
    assert "did you mean 'vertaling_en'" in (caught.value.hint or "")


def test_sector_format_column_names_are_accepted(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    sheet = root / "w.csv"
    sheet.write_text("nl,article,plural,pos,theme,level,safety,translations.en,example_translations.en,example\n"
                     "zetbank,de,zetbanken,noun,gereedschap,B1,true,press brake,Mind the press brake.,"
                     "Let op de zetbank.\n", encoding="utf-8")
    assert not _import(root, sheet).problems
    term = _overlay(root).terms[0]
    assert (term.theme, term.level, term.safety, term.example_translations) == (
        "gereedschap", "B1", True, {"en": "Mind the press brake."})
