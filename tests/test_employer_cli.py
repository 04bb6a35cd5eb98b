"""The employer commands as a coach meets them: messages and exit codes (CliRunner)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from employer_project import chdir, make_project

from vaktaal.cli import review_cmd
from vaktaal.cli.main import cli
from vaktaal.content.sector_files import load_sector
from vaktaal.employers.overlays import load_overlay


def run(root: Path, *args: str, input: str | None = None):
    with chdir(root):
        return CliRunner().invoke(cli, list(args), input=input)


def overlay_terms(root: Path) -> dict:
    base = load_sector(root / "sectors" / "metaal.yaml")
    return {t.id: t for t in load_overlay(root / "employers" / "smit" / "metaal.yaml", base).terms}


def test_term_add_with_options(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    result = run(root, "term", "add", "smit", "metaal", "--nl", "kantbank", "--article", "de", "--plural",
                 "kantbanken", "--safety", "--level", "B1", "--translation", "en=press brake",
                 "--translation", "ar=مكبس ثني", "--employer-name", "Smit Metaal")
    assert result.exit_code == 0, result.output
    assert "Added 1 term, 0 rows not added." in result.output
    term = overlay_terms(root)["kantbank"]
    assert (term.pos, term.safety, term.level, term.reviewed) == ("noun", True, "B1", ())
    assert term.translations == {"en": "press brake", "ar": "مكبس ثني"}
    assert term.source.startswith("Werkgever Smit Metaal, toegevoegd ")
    text = (root / "employers" / "smit" / "metaal.yaml").read_text()
    assert text.startswith("employer: smit\nemployer_name: Smit Metaal\nextends: metaal\n")


@pytest.mark.parametrize(("language", "question", "no_answer_error"), [
    ("nl", "Woord (Nederlands, zonder de/het): plaatschaar", "geef --nl, --pos en --article"),
    ("en", "Word (Dutch, without de/het): plaatschaar", "give --nl, --pos and --article"),
])
def test_term_add_asks_for_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str,
                                           question: str, no_answer_error: str) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    root = make_project(tmp_path)
    result = run(root, "term", "add", "smit", "metaal", input="plaatschaar\nnoun\nhet\n")
    assert result.exit_code == 0, result.output
    assert question in result.output
    assert overlay_terms(root)["plaatschaar"].with_article == "het plaatschaar"
    # Without a terminal to answer (stdin at its end), a clear usage error instead of a hang.
    # A real process: click's CliRunner answers "" forever at the end of its input.
    # PYTHONPATH: this checkout's vaktaal, not whichever one is installed (the child runs in root).
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    no_answer = subprocess.run([sys.executable, "-m", "vaktaal", "term", "add", "smit", "metaal"], cwd=root,
                               stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60, env=env)
    assert no_answer.returncode == 2 and no_answer_error in no_answer.stderr


def test_term_add_reports_duplicates_and_invalid_values(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    result = run(root, "term", "add", "smit", "metaal", "--nl", "Laskap", "--article", "de")
    assert result.exit_code == 1
    assert result.output.endswith(
        "Laskap: not added: 'Laskap' is already in sector 'metaal' (term 'laskap')\n    hint: not added twice\n"
        "Added 0 terms, 1 row not added.\n")
    assert not (root / "employers" / "smit" / "metaal.yaml").exists()
    bad = run(root, "term", "add", "smit", "metaal", "--nl", "zaag", "--pos", "verb", "--article", "de")
    assert bad.exit_code == 1
    assert "zaag: not added: term 'zaag' is a verb, so it has no article" in bad.output
    wrong = run(root, "term", "add", "smit", "metaal", "--nl", "x", "--pos", "verb", "--translation", "english=x")
    assert wrong.exit_code == 2 and "'english' is not an ISO 639-1 language code" in wrong.output
    missing = run(root, "term", "add", "smit", "bakkerij", "--nl", "oven", "--pos", "noun")
    assert missing.exit_code == 2
    assert "error: there is no sector 'bakkerij' (sectors/bakkerij.yaml does not exist)" in missing.output


def test_import_template_then_dry_run_then_import(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    result = run(root, "import", "--template", "lijst.xlsx")
    assert result.exit_code == 0 and (root / "lijst.xlsx").is_file()
    again = run(root, "import", "--template", "lijst.xlsx")
    assert again.exit_code == 2 and "lijst.xlsx already exists" in again.output
    dry = run(root, "import", "lijst.xlsx", "--employer", "smit", "--sector", "metaal", "--dry-run")
    assert dry.exit_code == 0, dry.output
    assert "would add to employers/smit/metaal.yaml" in dry.output
    assert "Dry run, nothing written: would add 2 terms, 0 rows not added." in dry.output
    assert not (root / "employers").exists()
    real = run(root, "import", "lijst.xlsx", "--employer", "smit", "--sector", "metaal")
    assert real.exit_code == 0, real.output
    assert set(overlay_terms(root)) == {"kantbank", "ik-meld-me-af-bij-de-ploegleider"}


def test_import_bad_input_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "kapot.xlsx").write_bytes(b"PK\x03\x04 not really a zip")
    (root / "w.txt").write_text("woord\nx\n")
    (root / "leeg.csv").write_bytes(b"")
    cases = {
        ("import", "kapot.xlsx"): "cannot be read as an Excel file",
        ("import", "w.txt"): "is not a .csv or .xlsx file",
        ("import", "leeg.csv"): "leeg.csv is empty",
        ("import", "nergens.csv"): "nergens.csv does not exist",
    }
    for args, message in cases.items():
        result = run(root, *args, "--employer", "smit", "--sector", "metaal")
        assert result.exit_code == 2, (args, result.output)
        assert message in result.output and "Traceback" not in result.output
    usage = run(root, "import", "w.txt")
    assert usage.exit_code == 2 and "give --employer and --sector" in usage.output


def test_import_reports_rows_and_exit_1(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "w.csv").write_text("woord;lidwoord;niveau\nkantbank;de;B1\nzaag;de;C3\n", encoding="utf-8-sig")
    result = run(root, "import", "w.csv", "--employer", "smit", "--sector", "metaal")
    assert result.exit_code == 1
    assert "row 3 (zaag): not added: 'C3' is not an allowed level\n    hint: allowed: A1, A2, B1, B2\n" in result.output
    assert "Added 1 term, 1 row not added." in result.output
    # The coach fixes the row and imports again: only the fixed row is new, the row added before is
    # already there (not an error), and nothing failed: exit 0 (issue 10 #13).
    (root / "w.csv").write_text("woord;lidwoord;niveau\nkantbank;de;B1\nzaag;de;B1\n", encoding="utf-8-sig")
    fixed = run(root, "import", "w.csv", "--employer", "smit", "--sector", "metaal")
    assert fixed.exit_code == 0, fixed.output
    assert "already there (skipped): row 2 (kantbank)\n" in fixed.output
    assert "not added" not in fixed.output.replace("0 rows not added", "")
    assert "Added 1 term, 0 rows not added, 1 already there." in fixed.output
    assert set(overlay_terms(root)) == {"kantbank", "zaag"}
    # A row for a term that is there with other content is still reported, with what differs.
    (root / "w.csv").write_text("woord;lidwoord;niveau\nkantbank;de;A1\nzaag;de;B1\n", encoding="utf-8-sig")
    changed = run(root, "import", "w.csv", "--employer", "smit", "--sector", "metaal")
    assert changed.exit_code == 1
    assert ("row 2 (kantbank): not added: 'kantbank' is already in employers/smit/metaal.yaml (term 'kantbank'), "
            "with other content: level: 'B1' → 'A1'\n") in changed.output
    assert "Added 0 terms, 1 row not added, 1 already there." in changed.output


def test_review_list_accept_and_set(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    run(root, "term", "add", "smit", "metaal", "--nl", "kantbank", "--article", "de",
        "--translation", "en=press brak", "--translation", "ar=مكبس")
    listed = run(root, "review", "--list", "--lang", "en")
    assert listed.exit_code == 0, listed.output
    assert "smit/metaal/kantbank" in listed.output and "⚠" in listed.output and "press brak" in listed.output
    assert "2 translations not reviewed yet." in listed.output  # hamer (sector) and kantbank (employer)
    fixed = run(root, "review", "--set", "kantbank=press brake", "--lang", "en")
    assert fixed.exit_code == 0, fixed.output
    assert fixed.output == "employers/smit/metaal.yaml: 1 translation marked reviewed.\n"
    all_langs = run(root, "review", "--accept", "metaal/hamer")
    assert all_langs.exit_code == 2 and "--accept needs --lang" in all_langs.output
    accepted = run(root, "review", "--accept", "metaal/hamer", "--lang", "en", "--lang", "tr")
    assert accepted.exit_code == 0 and "sectors/metaal.yaml: 2 translations marked reviewed." in accepted.output
    kantbank = overlay_terms(root)["kantbank"]
    assert kantbank.translations["en"] == "press brake" and kantbank.reviewed == ("en",)
    hamer = load_sector(root / "sectors" / "metaal.yaml").term("hamer")
    assert hamer.reviewed == ("en", "tr")
    no_lang = run(root, "review", "--set", "kantbank=x")
    assert no_lang.exit_code == 2 and "need exactly one --lang" in no_lang.output
    unknown = run(root, "review", "--accept", "boormachine", "--lang", "en")
    assert unknown.exit_code == 2 and "error: no term 'boormachine' in the files given" in unknown.output


@pytest.mark.parametrize(("language", "mark", "two_done", "none_done"), [
    ("nl", "⚠ niet gecontroleerd", "2 vertalingen gemarkeerd als gecontroleerd.",
     "0 vertalingen gemarkeerd als gecontroleerd."),
    ("en", "⚠ not reviewed", "2 translations marked reviewed.", "0 translations marked reviewed."),
])
def test_review_interactive_accept_correct_skip_quit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, language: str,
                                                     mark: str, two_done: str, none_done: str) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    root = make_project(tmp_path)
    monkeypatch.setattr(review_cmd, "_interactive", lambda: True)
    # Items: laskap/ar, hamer/en, hamer/tr. Correct the first, skip one, accept one.
    result = run(root, "review", input="c\nقناع لحام\ns\na\n")
    assert result.exit_code == 0, result.output
    assert mark in result.output and two_done in result.output
    sector = load_sector(root / "sectors" / "metaal.yaml")
    assert sector.term("laskap").translations["ar"] == "قناع لحام" and sector.term("laskap").is_reviewed("ar")
    assert not sector.term("hamer").is_reviewed("en") and sector.term("hamer").is_reviewed("tr")
    stopped = run(root, "review", input="q\n")
    assert stopped.exit_code == 0 and none_done in stopped.output


def test_every_new_command_has_help(tmp_path: Path) -> None:
    for args in (["term", "add"], ["import"], ["review"]):
        result = CliRunner().invoke(cli, [*args, "--help"])
        assert result.exit_code == 0 and len(result.output) > 200


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "error: sectors/metaal.yaml has 1 error; the first: sectors/metaal.yaml:18:12: 'A9' is not an "
           "allowed level\n    hint: run `vaktaal check sectors/metaal.yaml` to see all of them\n"),
    ("nl", "fout: sectors/metaal.yaml heeft 1 fout; de eerste: sectors/metaal.yaml:18:12: 'A9' is geen "
           "toegestane waarde voor level\n    tip: voer `vaktaal check sectors/metaal.yaml` uit om ze allemaal te "
           "zien\n"),
])
def test_a_broken_sector_file_points_to_vaktaal_check(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      language: str, expected: str) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    root = make_project(tmp_path)
    sector = root / "sectors" / "metaal.yaml"
    sector.write_text(sector.read_text(encoding="utf-8").replace("level: A2", "level: A9"), encoding="utf-8")
    result = run(root, "term", "add", "smit", "metaal", "--nl", "zaag", "--pos", "verb")
    assert result.exit_code == 1
    assert result.output == expected


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "error: --employer Smit: not a valid employer slug\n"
           "    hint: use lowercase letters, digits and -, e.g. smit-metaal\n"),
    ("nl", "fout: --employer Smit: geen geldige korte naam (slug) voor een werkgever\n"
           "    tip: gebruik kleine letters, cijfers en -, bijvoorbeeld smit-metaal\n"),
])
def test_a_bad_option_value_is_named_by_its_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   language: str, expected: str) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    root = make_project(tmp_path)
    (root / "w.csv").write_text("woord\nkantbank\n", encoding="utf-8")
    result = run(root, "import", "w.csv", "--employer", "Smit", "--sector", "metaal")
    assert result.exit_code == 2
    assert result.output == expected
