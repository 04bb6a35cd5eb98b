"""What a coach meets on day one (issue 10 items 7, 8, 9, 11; issue 17's plan and guide): packs in
two languages side by side, the profile asked for, the learner's name as typed, checklist codes
that are the words, the employer's words right after safety, and a guide a volunteer understands."""

from __future__ import annotations

import re
import subprocess
from datetime import datetime, timezone
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from click.testing import CliRunner
from coach_project import TERMS, write_project
from pdf_text import pdf_text, pdf_words

from vaktaal.cli import output
from vaktaal.cli.main import cli
from vaktaal.coaching import make_plan, make_week, read_plan, save_plan
from vaktaal.coaching.checklist import word_code
from vaktaal.coaching.learners import anki_progress_path, learner_slug
from vaktaal.coaching.pages import STEP_EXPLANATIONS, progress_command, word_codes
from vaktaal.content.format_rules import slugify
from vaktaal.errors import InputError
from vaktaal.progress.memory import WEAK, WordMemory
from vaktaal.progress.store import AnkiProgress, write_anki_progress
from vaktaal.recipes import load_recipe, select_terms


@pytest.fixture(autouse=True)
def wide_consoles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines as the program says them, not wrapped at 80 columns (paths here are long)."""
    for console in (output.console, output.error_console):
        monkeypatch.setattr(console, "_width", 1000)


def _week(root: Path, *args: str) -> tuple[int, str]:
    recipe = root / "decks" / "proef.yaml"
    result = CliRunner().invoke(cli, ["week", str(recipe), "--no-audio", "--learners", str(root / "learners"),
                                      "--out", str(root / "exports"), *args], terminal_width=400)
    return result.exit_code, result.output


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


# -- #7: one pack per language --------------------------------------------------------------------

def test_packs_in_two_languages_do_not_overwrite_each_other(tmp_path: Path) -> None:
    write_project(tmp_path)
    for lang in ("ti", "ar"):
        code, output = _week(tmp_path, "--week", "1", "--lang", lang, "--learner", "amal")
        assert code == 0, output
        assert f"Written to {tmp_path / 'exports' / 'proef' / 'amal' / lang / 'week-01'}:" in output
    tigrinya = tmp_path / "exports" / "proef" / "amal" / "ti" / "week-01" / "werkblad.pdf"
    arabic = tmp_path / "exports" / "proef" / "amal" / "ar" / "week-01" / "werkblad.pdf"
    assert "መዶሻ" in pdf_text(tigrinya)  # the Tigrinya week 1 is still there
    assert "مطرقة" in pdf_text(arabic)


# -- #8: the profile asked for ---------------------------------------------------------------------

def test_week_with_alfa_and_no_plan_makes_an_alfa_plan(tmp_path: Path) -> None:
    write_project(tmp_path, profile="lezer")
    code, output = _week(tmp_path, "--week", "1", "--lang", "ar", "--learner", "amal", "--profile", "alfa")
    assert code == 0, output
    assert "No plan yet: made one for alfa (6 new words a week) in" in output
    assert "Week 1: 6 new words, 0 review words" in output
    plan = read_plan(tmp_path / "learners" / "amal" / "plan.proef.yaml")
    assert (plan.profile, plan.per_week, len(plan.weeks[0])) == ("alfa", 6, 6)
    guide = pdf_words(tmp_path / "exports" / "proef" / "amal" / "ar" / "week-01" / "handleiding.pdf")
    assert "profiel: alfa" in guide


def test_a_plan_for_another_profile_is_kept_and_the_coach_is_told_how_to_remake_it(tmp_path: Path) -> None:
    recipe_path = write_project(tmp_path, profile="lezer")
    learners = tmp_path / "learners"
    path = save_plan(load_recipe(recipe_path), learners_dir=learners, learner="amal", weeks=2, per_week=12).path
    before = path.read_bytes()
    code, output = _week(tmp_path, "--week", "1", "--lang", "ar", "--learner", "amal", "--profile", "alfa")
    assert code == 0, output
    assert path.read_bytes() == before  # the coach's plan is untouched
    assert ("the plan was made for profile lezer (12 new words a week): this pack has the alfa exercises with the "
            "plan's words; to plan for alfa, make the plan again with profile alfa (the weeks already recorded "
            "stay as they are)") in output
    hint = f"to plan for alfa: vaktaal plan {recipe_path} --learner amal --profile alfa --learners {learners}"
    assert hint in output
    # The command the coach is given does what it says: 6 new words a week from now on.
    plan_run = CliRunner().invoke(cli, hint.split(": ", 1)[1].split()[1:])
    assert plan_run.exit_code == 0, plan_run.output
    plan = read_plan(path)
    assert (plan.profile, plan.per_week, [len(w) for w in plan.weeks]) == ("alfa", 6, [6, 4])


def test_another_portion_spreads_the_coming_weeks_again_and_keeps_the_taught_ones(tmp_path: Path) -> None:
    recipe = load_recipe(write_project(tmp_path))
    learners = tmp_path / "learners"
    first = save_plan(recipe, learners_dir=learners, learner="amal", weeks=4, per_week=4).plan
    CliRunner().invoke(cli, ["progress", "record", "amal", "--week", "1", "--all-known", "--learners", str(learners)])
    plan = save_plan(recipe, learners_dir=learners, learner="amal", per_week=2).plan
    assert plan.weeks[0] == first.weeks[0]  # taught and recorded: as it was
    coming = [k for w in first.weeks[1:] for k in w]
    assert [k for w in plan.weeks[1:] for k in w] + list(plan.later) == coming  # same order, smaller portions
    assert [len(w) for w in plan.weeks] == [4, 2, 2, 2]


# -- #9: the name as typed, the folder a transliterated slug ------------------------------------------

@pytest.mark.parametrize(("name", "slug"), [
    ("Ayşe Yılmaz", "ayse-yilmaz"), ("Amal K.", "amal-k"), ("Олена Шевченко", "olena-shevchenko"),
    ("ሰላም ዮሃንስ", "selam-yohans"), ("Jürgen Straße", "jurgen-strasse"), ("Kantbank 3", "kantbank-3"),
])
def test_slugify_transliterates_every_script(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_an_arabic_name_gets_a_latin_folder() -> None:
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", learner_slug("أمل حسن"))


def test_the_name_is_shown_as_typed_and_kept_in_the_plan(tmp_path: Path) -> None:
    recipe = load_recipe(write_project(tmp_path))
    learners, out = tmp_path / "learners", tmp_path / "exports"
    made = make_week(recipe, week=1, lang="ar", learner="Ayşe Yılmaz", learners_dir=learners, out_dir=out)
    assert made.files.folder == out / "proef" / "ayse-yilmaz" / "ar" / "week-01"
    for page in ("werkblad.pdf", "handleiding.pdf"):
        assert "Cursist: Ayşe Yılmaz" in pdf_text(made.files.folder / page)
    assert "Cursist: Ayşe Yılmaz" in _pdf_text(made.files.folder / "werkblad.pdf")
    plan_file = learners / "ayse-yilmaz" / "plan.proef.yaml"
    assert '\nlearner: "Ayşe Yılmaz"\n' in plan_file.read_text(encoding="utf-8")
    assert read_plan(plan_file).learner == "Ayşe Yılmaz"
    # The folder name finds the learner next week; the pages keep the name from the plan.
    again = make_week(recipe, week=2, lang="ar", learner="ayse-yilmaz", learners_dir=learners, out_dir=out)
    assert "Cursist: Ayşe Yılmaz" in pdf_text(again.files.folder / "werkblad.pdf")
    assert save_plan(recipe, learners_dir=learners, learner="ayse-yilmaz").plan.learner == "Ayşe Yılmaz"


def test_an_arabic_and_a_tigrinya_name_are_shown_as_typed(tmp_path: Path) -> None:
    recipe = load_recipe(write_project(tmp_path))
    for name in ("أمل حسن", "ሰላም ዮሃንስ"):
        made = make_week(recipe, week=1, lang="ar", learner=name, learners_dir=tmp_path / "l", out_dir=tmp_path / "o")
        assert made.files.folder.parts[-3] == learner_slug(name)
        text = pdf_text(made.files.folder / "werkblad.pdf")
        if name == "أمل حسن":
            # An Arabic name in a Dutch line: poppler reads the right-to-left run after the line's
            # neutral " · "; the name itself comes out whole and in order, on the learner's line.
            assert name in next(line for line in text.splitlines() if "Cursist:" in line)
        else:
            assert f"Cursist: {name}" in text
        assert read_plan(made.plan_path).learner == name


@pytest.mark.parametrize("name", ["Amal: K.", "#1 Noor", "123", "yes", 'Zeynep "Zey" Kaya', "Jean-Luc O'Neil"])
def test_any_name_reads_back_from_the_plan_as_typed(tmp_path: Path, name: str) -> None:
    recipe = load_recipe(write_project(tmp_path))
    path = save_plan(recipe, learners_dir=tmp_path / "l", learner=name, weeks=2, per_week=3).path
    assert read_plan(path).learner == name
    assert save_plan(recipe, learners_dir=tmp_path / "l", learner=learner_slug(name)).plan.learner == name


@pytest.mark.parametrize(("name", "message"), [
    ("a/b", "--learner a/b: a name cannot contain / or \\"),
    ("../../etc", "--learner ../../etc: a name cannot contain / or \\"),
    ("..", "--learner ..: the name has no letters or digits that can be used in a folder name"),
    ("Amal\nK.", "--learner Amal\\nK.: a name cannot contain a line break or other control characters"),
])
def test_a_name_that_cannot_be_a_folder_is_refused(tmp_path: Path, name: str, message: str) -> None:
    write_project(tmp_path)
    code, output = _week(tmp_path, "--week", "1", "--lang", "ar", "--learner", name)
    assert code == 2, output
    assert message in output
    assert not (tmp_path / "learners").exists() and not (tmp_path / "exports").exists()
    result = CliRunner().invoke(cli, ["plan", str(tmp_path / "decks" / "proef.yaml"), "--learner", name,
                                      "--learners", str(tmp_path / "learners")])
    assert result.exit_code == 2 and message in result.output
    with pytest.raises(InputError):
        learner_slug(name)


# -- #11: the checklist codes are the words ----------------------------------------------------------

HYGIENE = dict(TERMS[0], id="hygiene", nl="hygiëne", article="de", plural=None, theme="veiligheid", safety=True,
               example="Hygiëne is belangrijk.", emoji="🧼")


def test_the_checklist_shows_the_words_and_progress_record_takes_them(tmp_path: Path) -> None:
    recipe_path = write_project(tmp_path, terms=[HYGIENE, *TERMS])
    learners = tmp_path / "learners"
    save_plan(load_recipe(recipe_path), learners_dir=learners, learner="amal", weeks=2, per_week=6)
    code, output = _week(tmp_path, "--week", "1", "--lang", "ar", "--learner", "amal")
    assert code == 0, output
    guide = pdf_text(tmp_path / "exports" / "proef" / "amal" / "ar" / "week-01" / "handleiding.pdf")
    codes = re.findall(r"☐\s+☐\s+(\S+)", guide)  # the checklist: word, kent, nog niet, code
    assert codes == ["hygiëne", "brandblusser", "pas-op", "laskap", "noodstop", "hamer"]
    record = CliRunner().invoke(cli, ["progress", "record", "amal", "--week", "1", "--learners", str(learners),
                                      "--not-yet", "hygiëne,Pas op!", "--not-yet", "proef/laskap"])
    assert record.exit_code == 0, record.output
    progress = yaml.safe_load((learners / "amal" / "progress.yaml").read_text(encoding="utf-8"))
    assert progress["weeks"][1]["not_yet"] == ["proef/hygiene", "proef/laskap", "proef/pas-op"]
    # Without the accent, as a coach on a laptop may type it: the same word.
    record = CliRunner().invoke(cli, ["progress", "record", "amal", "--week", "1", "--learners", str(learners),
                                      "--known", "hygiene,HAMER"])
    assert record.exit_code == 0, record.output
    assert "proef/hygiene" in yaml.safe_load((learners / "amal" / "progress.yaml").read_text("utf-8"))["weeks"][1][
        "known"]


def test_a_mistyped_word_gets_a_suggestion(tmp_path: Path) -> None:
    recipe_path = write_project(tmp_path)
    save_plan(load_recipe(recipe_path), learners_dir=tmp_path / "l", learner="amal", weeks=2, per_week=6)
    result = CliRunner().invoke(cli, ["progress", "record", "amal", "--week", "1", "--learners", str(tmp_path / "l"),
                                      "--not-yet", "laskab"])
    assert result.exit_code == 2
    assert "'laskab' is not a word of this plan" in result.output
    assert "did you mean 'laskap'?" in result.output


def test_word_codes_are_one_typeable_word(tmp_path: Path) -> None:
    terms = {e.term.id: e.term for e in select_terms(load_recipe(write_project(tmp_path, terms=[HYGIENE, *TERMS])))}
    assert word_code(terms["laskap"]) == "laskap"
    assert word_code(terms["hygiene"]) == "hygiëne"  # the word as shown, not its id
    assert word_code(terms["kun-je-dat-herhalen"]) == "kun-je-dat-herhalen"  # a phrase: its id spells it


def test_no_command_or_code_breaks_across_lines_in_the_guide(tmp_path: Path) -> None:
    """A long learner name and a second plan (so the command names the recipe): every command and
    every code still on one line of the printed guide."""
    recipe = load_recipe(write_project(tmp_path))
    learners = tmp_path / "learners"
    name = "Mohammed Abdullahi Warsame"
    save_plan(recipe, learners_dir=learners, learner=name, weeks=12, per_week=1)
    (learners / learner_slug(name) / "plan.ander.yaml").write_text(
        (learners / learner_slug(name) / "plan.proef.yaml").read_text("utf-8").replace("recipe: proef",
                                                                                         "recipe: ander"),
        encoding="utf-8")
    made = make_week(recipe, week=12, lang="ar", learner=name, learners_dir=learners, out_dir=tmp_path / "o")
    command = "vaktaal progress record mohammed-abdullahi-warsame --recipe proef --week 12 --not-yet CODE,CODE"
    # Printed smaller when it is too long for the line, never broken over two lines.
    lines = [" ".join(line.split()) for line in pdf_text(made.files.folder / "handleiding.pdf").splitlines()]
    assert command in lines
    assert command.replace("--not-yet CODE,CODE", "--all-known") in lines
    codes = word_codes(made.pack.words).values()  # the checklist's codes, each whole at the end of its row
    assert codes and all(any(line.endswith(f"☐ ☐ {code}") for line in lines) for code in codes), codes


def test_the_guide_command_is_quoted_for_the_shell() -> None:
    pack = SimpleNamespace(learner="amal", week=3, recipe=SimpleNamespace(slug="proef"))
    assert progress_command(pack, ("--not-yet", "a b")) == \
        "vaktaal progress record amal --recipe proef --week 3 --not-yet 'a b'"


# -- issue 17: the workplace's words right after safety; the four steps in plain words -----------------

OVERLAY = """\
employer: smit
employer_name: Smit Metaal
extends: proef
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
    translations: {en: press brake, ar: مكبس ثني}
    reviewed: []
  - id: afzuiging
    nl: afzuiging
    article: de
    plural: afzuigingen
    pos: noun
    theme: werkplek
    level: A2
    safety: true
    translations: {en: extraction}
    reviewed: []
"""


def _with_employer(root: Path) -> Path:
    recipe = write_project(root)
    (root / "employers" / "smit").mkdir(parents=True)
    (root / "employers" / "smit" / "proef.yaml").write_text(OVERLAY, encoding="utf-8")
    recipe.write_text(recipe.read_text(encoding="utf-8") + "employers:\n  - employer: smit\n", encoding="utf-8")
    return recipe


def test_the_employer_words_come_right_after_the_safety_words(tmp_path: Path) -> None:
    recipe = load_recipe(_with_employer(tmp_path))
    plan = make_plan(select_terms(recipe), recipe="proef", learner="groep", profile="lezer", weeks=2, per_week=5)
    order = [k.split("/")[-1] for k in plan.planned()]
    assert order[:5] == ["brandblusser", "pas-op", "laskap", "afzuiging", "noodstop"]  # safety, by level
    assert order[5] == "kantbank"  # the employer's own word, before the sector's other words
    assert plan.later == ("proef/werkbank", "proef/boor")


def test_cli_plan_with_an_employer_plans_their_words_early(tmp_path: Path) -> None:
    recipe = _with_employer(tmp_path)
    result = CliRunner().invoke(cli, ["plan", str(recipe), "--weeks", "2", "--per-week", "6",
                                      "--learners", str(tmp_path / "l")], terminal_width=200)
    assert result.exit_code == 0, result.output
    plan = read_plan(tmp_path / "l" / "groep" / "plan.proef.yaml")
    assert "smit/proef/kantbank" in plan.weeks[0]
    assert "smit/proef/kantbank" not in plan.later


def test_the_guide_explains_each_step_in_one_plain_sentence(tmp_path: Path) -> None:
    recipe = load_recipe(write_project(tmp_path))
    made = make_week(recipe, week=1, lang="ar", learners_dir=tmp_path / "l", out_dir=tmp_path / "o")
    guide = pdf_words(made.files.folder / "handleiding.pdf")
    steps = re.findall(r"\d\. (Voorbewerken|Semantiseren|Consolideren|Controleren) \d+ minuten Wat is dat\? "
                       r"(.+?[.!?])(?= )", guide)
    assert [name for name, _ in steps] == ["Voorbewerken", "Semantiseren", "Consolideren", "Controleren"]
    for (name, sentence), expected in zip(steps, STEP_EXPLANATIONS, strict=True):
        assert sentence == expected
        assert len(re.findall(r"[.!?](\s|$)", sentence)) == 1, sentence  # one sentence
        assert name.lower() not in sentence.lower() and " u " not in f" {sentence.lower()} "  # no jargon, "je"
        assert len(sentence.split()) <= 25


# -- the week line: words come back first for either reason -----------------------------------------

def test_the_week_line_is_true_for_words_weak_in_anki(tmp_path: Path) -> None:
    recipe = load_recipe(write_project(tmp_path))
    learners = tmp_path / "learners"
    plan = save_plan(recipe, learners_dir=learners, learner="amal", weeks=3, per_week=3).plan
    weak = plan.new_words(1)[0]
    when = datetime(2026, 1, 5, tzinfo=timezone.utc)
    write_anki_progress(AnkiProgress("amal", "proef", "ar", "test", when, {
        weak: WordMemory(weak, WEAK, retrievability=0.4, lapses=3, reviews=9, last_review=when)}),
        anki_progress_path(learners, "amal", "proef"))
    code, output = _week(tmp_path, "--week", "2", "--lang", "ar", "--learner", "amal")
    assert code == 0, output
    assert "Week 2: 3 new words, 3 review words (1 first: not known yet last time, or weak in Anki)" in output
