"""vaktaal plan: curriculum order, portion sizes, spaced reviews, and the coach's edits kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from coach_project import TERMS, write_project

from vaktaal.cli.main import cli
from vaktaal.coaching import make_plan, read_plan, save_plan
from vaktaal.errors import CoachFileError
from vaktaal.recipes import load_recipe, select_terms

EXPECTED_ORDER = ["brandblusser", "pas-op", "laskap", "noodstop",        # safety: A1, A1, A2, B1
                  "hamer", "zaag", "gereedschap", "kun-je-dat-herhalen",  # A1: gereedschap theme, then praten
                  "werkbank", "boor"]                                     # A2, B1


@pytest.fixture
def recipe_path(tmp_path: Path) -> Path:
    return write_project(tmp_path)


def _ids(keys: tuple[str, ...] | list[str]) -> list[str]:
    return [k.split("/")[1] for k in keys]


def test_safety_first_then_level_then_theme(recipe_path: Path) -> None:
    recipe = load_recipe(recipe_path)
    plan = make_plan(select_terms(recipe), recipe="proef", learner="groep", profile="lezer", weeks=4, per_week=3)
    assert [_ids(w) for w in plan.weeks] == [EXPECTED_ORDER[0:3], EXPECTED_ORDER[3:6], EXPECTED_ORDER[6:9],
                                             EXPECTED_ORDER[9:]]
    assert plan.later == ()


@pytest.mark.parametrize(("profile", "per_week", "size"), [("alfa", None, 6), ("lezer", None, 12), ("alfa", 2, 2)])
def test_portion_size_by_profile(recipe_path: Path, profile: str, per_week: int | None, size: int) -> None:
    entries = [e for _ in range(3) for e in select_terms(load_recipe(recipe_path))]
    unique = {e.key: e for e in entries}
    plan = make_plan(list(unique.values()), recipe="proef", learner="groep", profile=profile, weeks=20,
                     per_week=per_week)
    assert plan.per_week == size
    assert len(plan.weeks[0]) == min(size, len(TERMS))


def test_words_that_do_not_fit_wait_under_later(recipe_path: Path) -> None:
    plan = make_plan(select_terms(load_recipe(recipe_path)), recipe="proef", learner="groep", profile="alfa",
                     weeks=2, per_week=3)
    assert _ids(plan.planned()) == EXPECTED_ORDER[:6]
    assert _ids(plan.later) == EXPECTED_ORDER[6:]


def test_reviews_come_back_after_1_2_4_and_8_weeks(recipe_path: Path) -> None:
    plan = make_plan(select_terms(load_recipe(recipe_path)), recipe="proef", learner="groep", profile="alfa",
                     weeks=12, per_week=1)
    first = plan.weeks[0][0]
    back_in = [week for week in range(1, 13) if first in plan.review_words(week)]
    assert back_in == [2, 3, 5, 9]
    assert plan.review_words(1) == []


def test_plan_is_deterministic(recipe_path: Path, tmp_path: Path) -> None:
    recipe = load_recipe(recipe_path)
    one = save_plan(recipe, learners_dir=tmp_path / "a", weeks=3, per_week=4)
    two = save_plan(recipe, learners_dir=tmp_path / "b", weeks=3, per_week=4)
    assert one.path.read_text(encoding="utf-8") == two.path.read_text(encoding="utf-8")


def test_a_word_the_coach_moved_stays_there(recipe_path: Path, tmp_path: Path) -> None:
    recipe = load_recipe(recipe_path)
    learners = tmp_path / "learners"
    path = save_plan(recipe, learners_dir=learners, learner="Amal", weeks=4, per_week=3).path
    text = path.read_text(encoding="utf-8")
    # The coach cuts "boor" from week 4 and pastes it under week 1, as the header explains.
    boor = next(line for line in text.splitlines() if line.strip().startswith("- proef/boor"))
    text = text.replace(boor + "\n", "").replace("  1:\n", "  1:\n" + boor + "\n")
    path.write_text(text, encoding="utf-8")
    assert read_plan(path).week_of("proef/boor") == 1

    again = save_plan(recipe, learners_dir=learners, learner="Amal")
    assert again.plan.week_of("proef/boor") == 1
    assert again.plan.week_of("proef/brandblusser") == 1
    assert again.changes.added == () and again.changes.dropped == ()
    # ... and its reviews moved with it.
    assert "proef/boor" in again.plan.review_words(2)


def test_rerun_adds_new_words_and_reports_dropped_ones(tmp_path: Path) -> None:
    recipe_path = write_project(tmp_path)
    learners = tmp_path / "learners"
    save_plan(load_recipe(recipe_path), learners_dir=learners, weeks=4, per_week=3)
    nijptang = dict(TERMS[0], id="nijptang", nl="nijptang", plural="nijptangen")
    terms = [t for t in TERMS if t["id"] != "zaag"] + [nijptang]
    write_project(tmp_path, terms=terms)
    result = save_plan(load_recipe(recipe_path), learners_dir=learners)
    assert result.changes.dropped == ("proef/zaag",)
    assert result.changes.added == ("proef/nijptang",)
    assert "proef/zaag" not in result.plan.planned()
    # Week 2 lost "zaag", so it has room for the new word.
    assert result.plan.week_of("proef/nijptang") == 2


def test_fresh_starts_over(recipe_path: Path, tmp_path: Path) -> None:
    recipe = load_recipe(recipe_path)
    learners = tmp_path / "learners"
    path = save_plan(recipe, learners_dir=learners, weeks=4, per_week=3).path
    path.write_text(path.read_text(encoding="utf-8").replace("- proef/boor", "- proef/boor\n    - proef/hamer", 1)
                    .replace("    - proef/hamer  # de hamer\n", "", 1), encoding="utf-8")
    assert read_plan(path).week_of("proef/hamer") == 4
    assert save_plan(recipe, learners_dir=learners, fresh=True, weeks=4, per_week=3).plan.week_of("proef/hamer") == 2


def test_a_word_planned_twice_is_an_error_with_its_line(recipe_path: Path, tmp_path: Path) -> None:
    path = save_plan(load_recipe(recipe_path), learners_dir=tmp_path, weeks=4, per_week=3).path
    lines = path.read_text(encoding="utf-8").splitlines()
    at = lines.index("later: []")
    lines[at:at] = ["  5:", "    - proef/hamer"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    line = at + 2
    with pytest.raises(CoachFileError) as error:
        read_plan(path)
    assert f"{path}:{line}:" in error.value.message
    assert "planned twice (weeks 2 and 5)" in error.value.message


def test_cli_plan_shows_the_table_and_saves_the_file(recipe_path: Path, tmp_path: Path) -> None:
    learners = tmp_path / "learners"
    result = CliRunner().invoke(cli, ["plan", str(recipe_path), "--weeks", "2", "--per-week", "3",
                                      "--learner", "Amal K.", "--learners", str(learners)])
    assert result.exit_code == 0, result.output
    assert "⚠ de brandblusser" in result.output
    assert "4 words did not fit in 2 weeks" in result.output
    text = (learners / "amal-k" / "plan.proef.yaml").read_text(encoding="utf-8")
    assert text.startswith("# Weekplan van Amal K. voor proef")
    assert '\nlearner: "Amal K."\n' in text  # the name as typed; the folder is amal-k
    assert "Een woord verplaatsen" in text


def test_cli_plan_broken_file_is_a_message_not_a_traceback(recipe_path: Path, tmp_path: Path) -> None:
    learners = tmp_path / "learners"
    (learners / "groep").mkdir(parents=True)
    (learners / "groep" / "plan.proef.yaml").write_text("recipe: proef\nlearner: groep\nper_week: 3\n"
                                                         "weeks:\n  een: [proef/hamer]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["plan", str(recipe_path), "--learners", str(learners)])
    assert result.exit_code == 1
    assert "plan.proef.yaml:5:3: 'een' is not a week number" in result.output
    assert "Traceback" not in result.output
