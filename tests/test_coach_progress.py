"""vaktaal progress: recording what a learner knows, and words not known yet coming back first."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from coach_project import write_project

from vaktaal.cli.main import cli
from vaktaal.coaching import assemble_week, read_progress, save_plan, week_words
from vaktaal.recipes import load_recipe, select_terms


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    recipe = write_project(tmp_path)
    learners = tmp_path / "learners"
    save_plan(load_recipe(recipe), learners_dir=learners, learner="amal", weeks=4, per_week=3)
    return recipe, learners


def _record(learners: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["progress", "record", "amal", "--learners", str(learners), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_not_yet_alone_counts_the_other_words_as_known(project: tuple[Path, Path]) -> None:
    _, learners = project
    output = _record(learners, "--week", "1", "--not-yet", "pas-op")
    assert "2 words known, 1 not yet" in output
    data = yaml.safe_load((learners / "amal" / "progress.yaml").read_text(encoding="utf-8"))
    assert data["weeks"][1] == {"known": ["proef/brandblusser", "proef/laskap"], "not_yet": ["proef/pas-op"],
                                "date": date.today()}  # the day of the check: is it newer than Anki's reviews?


def test_recording_again_changes_a_word_and_keeps_the_coach_comments(project: tuple[Path, Path]) -> None:
    _, learners = project
    _record(learners, "--week", "1", "--not-yet", "pas-op,laskap")
    path = learners / "amal" / "progress.yaml"
    path.write_text(path.read_text(encoding="utf-8") + "# Amal oefent thuis met de audio.\n", encoding="utf-8")
    _record(learners, "--week", "1", "--known", "proef/laskap")
    text = path.read_text(encoding="utf-8")
    assert "# Amal oefent thuis met de audio." in text
    progress = read_progress(path, "amal")
    assert progress.weeks[1].not_yet == ("proef/pas-op",)
    assert "proef/laskap" in progress.weeks[1].known


def test_next_week_brings_the_words_not_known_yet_first(project: tuple[Path, Path]) -> None:
    recipe_path, learners = project
    _record(learners, "--week", "1", "--not-yet", "laskap")
    # Week 2's check covers its reviews too: laskap was asked again and still not known.
    _record(learners, "--week", "2", "--not-yet", "hamer,laskap")
    recipe = load_recipe(recipe_path)
    from vaktaal.coaching import read_plan
    plan = read_plan(learners / "amal" / "plan.proef.yaml")
    progress = read_progress(learners / "amal" / "progress.yaml", "amal")
    words = week_words(plan, progress, 3)
    assert words.again == ("proef/laskap", "proef/hamer")
    assert words.review[:2] == ("proef/laskap", "proef/hamer")
    # Week 2's words come back one week later, week 1's two weeks later: each once.
    assert set(words.review) == {"proef/laskap", "proef/hamer", "proef/noodstop", "proef/zaag",
                                 "proef/brandblusser", "proef/pas-op"}
    pack = assemble_week(recipe, select_terms(recipe), plan, progress, week=3, lang="ar", learner="amal")
    assert [w.key for w in pack.review if w.again] == ["proef/laskap", "proef/hamer"]
    # Known in a later week: no longer "again".
    _record(learners, "--week", "3", "--known", "laskap")
    progress = read_progress(learners / "amal" / "progress.yaml", "amal")
    assert week_words(plan, progress, 4).again == ("proef/hamer",)


@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["Progress amal", "2 words of 10 planned words known.", "Still to learn (come back first): proef/pas-op",
            "Not yet taught: 7 words in weeks 2–4."]),
    ("nl", ["Voortgang amal", "2 van de 10 geplande woorden gekend.",
            "Nog te leren (komen als eerste terug): proef/pas-op", "Nog niet behandeld: 7 woorden in week 2–4."]),
])
def test_show_gives_the_overview(project: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch, language: str,
                                 expected: list[str]) -> None:
    _, learners = project
    _record(learners, "--week", "1", "--not-yet", "pas-op")
    monkeypatch.setenv("LANGUAGE", language)
    result = CliRunner().invoke(cli, ["progress", "show", "Amal", "--learners", str(learners)], terminal_width=120)
    assert result.exit_code == 0, result.output
    for line in expected:
        assert line in result.output


@pytest.mark.parametrize(("args", "message"), [
    (["--week", "1", "--not-yet", "schroef"], "'schroef' is not a word of this plan"),
    (["--week", "9", "--all-known"], "--week 9: not in the plan (it has weeks 1 to 4)"),
    (["--week", "1"], "say which words the learner knows"),
    (["--week", "1", "--known", "laskap", "--not-yet", "laskap"], "'proef/laskap' is given as known and as not yet"),
    (["--week", "1", "--all-known", "--recipe", "../../etc/x"], "--recipe ../../etc/x: not a recipe name"),
])
def test_bad_records_are_refused_with_a_message(project: tuple[Path, Path], args: list[str], message: str) -> None:
    _, learners = project
    result = CliRunner().invoke(cli, ["progress", "record", "amal", "--learners", str(learners), *args])
    assert result.exit_code == 2, result.output
    assert message in result.output
    assert not (learners / "amal" / "progress.yaml").exists()


def test_several_plans_need_recipe(project: tuple[Path, Path]) -> None:
    _recipe_path, learners = project
    (learners / "amal" / "plan.ander.yaml").write_text(
        (learners / "amal" / "plan.proef.yaml").read_text(encoding="utf-8").replace("recipe: proef", "recipe: ander"),
        encoding="utf-8")
    result = CliRunner().invoke(cli, ["progress", "record", "amal", "--week", "1", "--all-known",
                                      "--learners", str(learners)])
    assert result.exit_code == 2
    assert "plans for several recipes: ander, proef" in result.output
    _record(learners, "--week", "1", "--all-known", "--recipe", "proef")


def test_a_broken_progress_file_names_its_line(project: tuple[Path, Path]) -> None:
    _, learners = project
    (learners / "amal" / "progress.yaml").write_text("learner: amal\nweeks:\n  1:\n    kent: [proef/hamer]\n",
                                                     encoding="utf-8")
    result = CliRunner().invoke(cli, ["progress", "show", "amal", "--learners", str(learners)])
    assert result.exit_code == 1
    assert "progress.yaml:4:5: week 1 must have `known:` and/or `not_yet:` lists" in result.output


def test_a_learner_without_a_plan_is_told_which_command_makes_one(project: tuple[Path, Path]) -> None:
    _, learners = project
    result = CliRunner().invoke(cli, ["progress", "show", "Noor", "--learners", str(learners)])
    assert result.exit_code == 2
    assert f"error: noor has no plan yet (nothing in {learners / 'noor'})" in result.output
    assert ("hint: make one with `vaktaal plan decks/<recipe>.yaml --learner noor`, or check the spelling of the "
            "name") in result.output


def test_a_learner_without_a_plan_in_dutch(project: tuple[Path, Path], dutch: None) -> None:
    _, learners = project
    result = CliRunner().invoke(cli, ["progress", "record", "noor", "--week", "1", "--all-known", "--recipe",
                                      "proef", "--learners", str(learners)])
    assert result.exit_code == 2
    assert "fout: noor heeft geen plan voor recept 'proef'" in result.output
    assert "tip: maak er een met `vaktaal plan decks/proef.yaml --learner noor`" in result.output


def test_a_learner_name_without_letters_is_a_bad_argument_not_a_bad_option(project: tuple[Path, Path]) -> None:
    _, learners = project
    result = CliRunner().invoke(cli, ["progress", "show", "!!!", "--learners", str(learners)])
    assert result.exit_code == 2
    assert "the name has no letters or digits that can be used in a folder name" in result.output
    assert "'LEARNER'" in result.output and "--learner" not in result.output


def test_a_week_outside_the_plan_in_dutch(project: tuple[Path, Path], dutch: None) -> None:
    _, learners = project
    result = CliRunner().invoke(cli, ["progress", "record", "amal", "--week", "9", "--all-known",
                                      "--learners", str(learners)])
    assert result.exit_code == 2
    assert "fout: --week 9: niet in het plan (dat heeft week 1 tot en met 4)" in result.output
    assert "tip: gebruik het weeknummer van het weekpakket dat je gebruikt hebt" in result.output
