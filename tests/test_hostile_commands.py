"""Names from files never reach a shell command shown to a person unquoted, and a slug with a
trailing newline is no slug (issue 16, item 7)."""

from __future__ import annotations

import dataclasses
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner
from coach_project import write_project
from pdf_text import pdf_text

from vaktaal.cli.main import cli
from vaktaal.coaching import make_week
from vaktaal.coaching.pages import progress_command
from vaktaal.errors import InputError, RecipeError
from vaktaal.recipes import load_recipe

HOSTILE = "x$(touch pwned);touch pwned2 `id`"


def test_the_guide_command_is_shell_quoted(tmp_path: Path) -> None:
    recipe = load_recipe(write_project(tmp_path, work_floor=False))
    made = make_week(recipe, week=1, lang="ar", learners_dir=tmp_path / "l", out_dir=tmp_path / "o")
    # A pack whose recipe was made past load_recipe (a library user, the web app): still quoted.
    pack = dataclasses.replace(made.pack, recipe=dataclasses.replace(made.pack.recipe, slug=HOSTILE),
                               learner="amal'; rm -rf ~")
    command = progress_command(pack, ("--all-known",))
    assert shlex.split(command) == ["vaktaal", "progress", "record", "amal'; rm -rf ~", "--recipe", HOSTILE,
                                    "--week", "1", "--all-known"]
    # The printed guide has the command whole, on a line of its own.
    lines = [line.strip() for line in pdf_text(made.files.folder / "handleiding.pdf").splitlines()]
    assert "vaktaal progress record groep --week 1 --not-yet CODE,CODE" in lines


@pytest.mark.parametrize("name", [f"{HOSTILE}.yaml", "proef\n.yaml", "Proef Metaal.yaml"])
def test_a_recipe_file_name_that_is_no_slug_is_refused(tmp_path: Path, name: str) -> None:
    good = write_project(tmp_path, work_floor=False)
    bad = good.with_name(name)
    good.rename(bad)
    with pytest.raises(RecipeError, match="is not a slug") as caught:
        load_recipe(bad)
    assert caught.value.hint is not None and caught.value.hint.startswith("rename it to ")
    result = CliRunner().invoke(cli, ["week", str(bad), "--week", "1", "--lang", "ar"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert f"the recipe's file name '{name}' is not a slug" in result.output
    assert not (tmp_path / "exports").exists() and not list(tmp_path.glob("pwned*"))


def test_a_slug_with_a_trailing_newline_is_no_slug(tmp_path: Path) -> None:
    from vaktaal.coaching.anki_import import recipe_for
    from vaktaal.coaching.checklist import find_plan

    with pytest.raises(InputError):
        recipe_for(tmp_path, "amal", "proef\n")
    with pytest.raises(InputError):
        find_plan(tmp_path, "amal", "proef\n")
    recipe = write_project(tmp_path, work_floor=False)
    recipe.write_text(recipe.read_text(encoding="utf-8").replace("- sector: proef", '- sector: "proef\\n"'),
                      encoding="utf-8")
    with pytest.raises(RecipeError, match="is not a slug"):
        load_recipe(recipe)


def test_paths_in_the_commands_of_messages_are_quoted() -> None:
    from vaktaal.cli.output import skipped_message

    assert skipped_message(Path("my sectors/x;rm.yaml"), 2) == (
        "skipped 'my sectors/x;rm.yaml': it has 2 errors (run `vaktaal check 'my sectors/x;rm.yaml'`)")
    assert skipped_message(Path("sectors/metaal.yaml"), 1) == (
        "skipped sectors/metaal.yaml: it has 1 error (run `vaktaal check sectors/metaal.yaml`)")
