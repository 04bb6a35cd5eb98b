"""Employer overlays: checked against their sector, found by `vaktaal check`, used by recipes."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from employer_project import chdir, make_photo, make_project

from vaktaal.cli.main import cli
from vaktaal.content.sector_files import load_sector
from vaktaal.employers.overlays import load_overlay, overlay_path
from vaktaal.errors import SectorFileError
from vaktaal.recipes import load_recipe, select_terms

OVERLAY = """\
employer: smit
employer_name: Smit Metaal
extends: metaal
themes:
  - id: werkplek
    name: Op de werkplek
terms:
  - id: kantbank
    nl: kantbank
    article: de
    plural: kantbanken
    pos: noun
    theme: werkplek
    level: B1
    safety: true
    translations: {en: press brake}
    reviewed: []
    source: Werkgever Smit Metaal, import 2026-11-22 rij 2
  - id: zaag
    nl: zaag
    article: de
    plural: zagen
    pos: noun
    theme: gereedschap      # a theme of the sector itself
    level: A1
    reviewed: []
"""


def _write_overlay(root: Path, text: str = OVERLAY) -> Path:
    path = root / "employers" / "smit" / "metaal.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_load_overlay_gives_base_slug_both_themes_and_only_its_own_terms(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    base = load_sector(root / "sectors" / "metaal.yaml")
    overlay = load_overlay(_write_overlay(root), base)
    assert overlay.slug == "metaal"
    assert [t.id for t in overlay.themes] == ["veiligheid", "gereedschap", "werkplek"]
    assert [t.id for t in overlay.terms] == ["kantbank", "zaag"]
    assert overlay.path == root / "employers" / "smit" / "metaal.yaml"


def test_overlay_errors_are_located(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    base = load_sector(root / "sectors" / "metaal.yaml")
    broken = (OVERLAY.replace("id: zaag\n    nl: zaag", "id: hamer\n    nl: Kantbank")
              .replace("theme: gereedschap ", "theme: onbekend ")
              .replace("  - id: werkplek", "  - id: veiligheid"))
    with pytest.raises(SectorFileError) as caught:
        load_overlay(_write_overlay(root, broken), base)
    found = {(p.line, p.code) for p in caught.value.problems}
    assert (5, "duplicate-id") in found        # theme id of the sector
    assert (24, "unknown-theme") in found
    assert (13, "unknown-theme") in found      # its own theme 'werkplek' was renamed


def test_check_finds_overlays_under_employers_and_checks_against_the_sector(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    _write_overlay(root, OVERLAY.replace("nl: zaag", "nl: Kantbank"))
    with chdir(root):
        result = CliRunner().invoke(cli, ["check", "employers"])
    assert result.exit_code == 1, result.output
    assert ("employers/smit/metaal.yaml:20:9: error: term 'zaag': 'Kantbank' is already in this file (line 9)\n"
            "    hint: keep one of the two\n") in result.output
    _write_overlay(root)
    with chdir(root):
        result = CliRunner().invoke(cli, ["check", "employers/", "sectors"])
    assert result.exit_code == 0, result.output
    assert "No errors in 2 files (4 terms)" in result.output


def test_a_word_the_sector_gains_later_is_a_warning_and_left_out(tmp_path: Path) -> None:
    """The shipped sector may gain a word an employer added earlier: the employer's decks keep
    building, with the sector's term and without the employer's copy."""
    root = make_project(tmp_path)
    _write_overlay(root, OVERLAY.replace("id: zaag\n    nl: zaag", "id: hamer\n    nl: Laskap"))
    with chdir(root):
        result = CliRunner().invoke(cli, ["check", "--warnings", "employers"])
    assert result.exit_code == 0, result.output
    assert ("employers/smit/metaal.yaml:19:9: warning: id 'hamer' is also a term of sector 'metaal'"
            in result.output)
    assert ("employers/smit/metaal.yaml:20:9: warning: 'Laskap' is already in sector 'metaal' (term 'laskap'); "
            "decks use the sector's term and leave this one out") in result.output
    base = load_sector(root / "sectors" / "metaal.yaml")
    overlay = load_overlay(overlay_path("smit", "metaal", root / "employers"), base)
    assert [t.id for t in overlay.terms] == ["kantbank"]


def test_check_reports_an_unknown_base_sector(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    _write_overlay(root, OVERLAY.replace("extends: metaal", "extends: metal"))
    with chdir(root):
        result = CliRunner().invoke(cli, ["check", "employers/smit/metaal.yaml"])
    assert result.exit_code == 1
    assert ("employers/smit/metaal.yaml:3:10: error: the overlay extends sector 'metal': there is no sector"
            in result.output)


def test_recipe_with_employer_gives_workplace_terms_with_photo_in_the_deck(tmp_path: Path) -> None:
    from vaktaal.anki.build import plan_deck

    root = make_project(tmp_path)
    runner = CliRunner()
    make_photo(root / "kantbank.jpg")
    (root / "w.csv").write_text(
        "woord;lidwoord;veiligheid;vertaling_en;foto\nkantbank;de;ja;press brake;kantbank.jpg\n")
    with chdir(root):
        result = runner.invoke(cli, ["import", "w.csv", "--employer", "smit", "--sector", "metaal"])
    assert result.exit_code == 0, result.output
    recipe_path = root / "decks" / "smit.yaml"
    recipe_path.parent.mkdir()
    recipe_path.write_text("name: Smit\nsectors: [metaal]\nemployers: [smit]\nlanguages: [en]\n")
    recipe = load_recipe(recipe_path)
    selected = select_terms(recipe)
    assert [(e.origin, e.term.id) for e in selected] == [
        ("metaal", "laskap"), ("metaal", "hamer"), ("smit/metaal", "kantbank")]
    assert selected[-1].employer == "smit" and selected[-1].key == "smit/metaal/kantbank"
    plan = plan_deck(recipe, "en")
    kantbank = next(n for n in plan.notes if n.key == "smit/metaal/kantbank")
    assert any(path.name == "kantbank.jpg" and path.parent.name == "images" for path in plan.media.values())
    assert "<img" in " ".join(kantbank.fields)


def test_overlay_path_refuses_slugs_that_leave_the_folder() -> None:
    from vaktaal.errors import InputError

    with pytest.raises(InputError, match="not a valid employer slug"):
        overlay_path("../etc", "metaal")
