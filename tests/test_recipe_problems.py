"""Recipes report every problem at once, each with file:line:col, like sector files; an employer
slug in a recipe is checked like any path (issue 10 #16, issue 16 #9)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from employer_project import chdir, make_project

from vaktaal.cli.main import cli
from vaktaal.errors import RecipeError
from vaktaal.recipes import load_recipe

MANY = """\
name: Veel
profile: expert
sectors:
  - sector: ../etc
  - sector: metaal
    levels: [C1]
employers:
  - employer: "smit\\n"
  - employer: ../../x
  - employer: smit
    sectors: ["../y", metaal]
languages: [xx]
cards: [lezen]
"""


def test_every_problem_of_a_recipe_at_once_with_its_place(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "decks").mkdir()
    (root / "decks" / "veel.yaml").write_text(MANY, encoding="utf-8")
    with chdir(root):
        result = CliRunner().invoke(cli, ["check", "decks/veel.yaml"])
    assert result.exit_code == 1
    located = [line.split(": error: ") for line in result.output.splitlines() if ": error: " in line]
    assert located == [
        ["decks/veel.yaml:2:10", "'expert' is not a profile"],
        ["decks/veel.yaml:4:13", "'../etc' is not a slug: only lowercase letters, digits and - (no spaces, '/', "
                                 "'..' or line breaks)"],
        ["decks/veel.yaml:6:14", "'C1' is not an allowed value for 'levels'"],
        ["decks/veel.yaml:8:15", "'smit\\n' is not a slug: only lowercase letters, digits and - (no spaces, '/', "
                                 "'..' or line breaks)"],
        ["decks/veel.yaml:9:15", "'../../x' is not a slug: only lowercase letters, digits and - (no spaces, '/', "
                                 "'..' or line breaks)"],
        ["decks/veel.yaml:11:15", "'../y' in 'sectors' is not a slug"],
        ["decks/veel.yaml:11:23", "employer 'smit' has no terms for sector 'metaal' "
                                  f"({tmp_path / 'employers' / 'smit' / 'metaal.yaml'})"],
        ["decks/veel.yaml:12:13", "'xx' is not an ISO 639-1 language code"],
        ["decks/veel.yaml:13:9", "'lezen' is not an allowed value for 'cards'"],
    ]
    assert result.output.endswith("9 errors, 0 warnings in 1 file (0 terms).\n")


def test_a_command_that_loads_the_recipe_names_the_first_and_points_to_check(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "decks").mkdir()
    recipe = root / "decks" / "veel.yaml"
    recipe.write_text(MANY, encoding="utf-8")
    with pytest.raises(RecipeError) as caught:
        load_recipe(recipe)
    assert len(caught.value.problems) == 8  # the files it names are checked by `check` only
    assert caught.value.message.startswith(f"{recipe} has 8 errors; the first: {recipe}:2:10: 'expert' is not a "
                                           "profile")
    with chdir(root):
        result = CliRunner().invoke(cli, ["build", "decks/veel.yaml", "--lang", "ar"])
    assert result.exit_code == 1
    assert "hint: run `vaktaal check decks/veel.yaml` to see all of them" in result.output


def test_a_recipe_with_one_mistake_reads_as_before(tmp_path: Path) -> None:
    root = make_project(tmp_path)
    (root / "decks").mkdir()
    recipe = root / "decks" / "een.yaml"
    recipe.write_text('name: Een\nsectors: [metaal]\nemployers: ["smit\\n"]\n', encoding="utf-8")
    with pytest.raises(RecipeError) as caught:
        load_recipe(recipe)
    assert caught.value.message == (f"{recipe}:3:13: 'smit\\n' is not a slug: only lowercase letters, digits and - "
                                    "(no spaces, '/', '..' or line breaks)")
    assert caught.value.hint == "the slug is the folder name under employers/"
