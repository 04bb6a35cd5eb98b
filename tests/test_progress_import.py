"""issue 13: what the learner really knows, from real Anki collections made with the anki library.

A learner imports the vaktaal deck, reviews some words badly and some well over weeks, exports
(.colpkg, .apkg with scheduling, legacy formats); `vaktaal progress import` reads it, finds the
weak words, never touches the file, and the next week pack brings the weak words back first.
"""

from __future__ import annotations

import hashlib
import json
import os
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml
from anki_reviews import (
    LAPSED,
    STRONG,
    WEAK_EARLY,
    build_apkg,
    export_apkg,
    export_colpkg,
    give_history,
    import_deck,
    open_collection,
)
from click.testing import CliRunner
from coach_project import write_project

from vaktaal.anki.identity import note_guid
from vaktaal.cli.main import cli
from vaktaal.coaching import make_week, record_progress, save_plan
from vaktaal.coaching.learners import progress_path
from vaktaal.recipes import load_recipe

DECK = "Vaktaal::Proef"


def _guid(key: str, lang: str = "ar") -> str:
    origin, term_id = key.split("/")
    return note_guid(origin, term_id, lang)


def _fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


@pytest.fixture(scope="module")
def learner(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One project, one plan, one learner's collection with a known history, and its exports."""
    root = tmp_path_factory.mktemp("progress")
    recipe = load_recipe(write_project(root))
    learners = root / "learners"
    plan = save_plan(recipe, learners_dir=learners, learner="amal", weeks=4, per_week=3).plan
    week1, week2 = plan.new_words(1), plan.new_words(2)
    words = {"weak": week2[0], "lapsed": week1[1], "strong": [week1[0], week2[1]]}
    col = open_collection(root / "anki")
    import_deck(col, build_apkg(recipe, "ar", root / "exports"))
    other = col.new_note(col.models.by_name("Basic"))  # the learner's own deck: never read
    other["Front"], other["Back"] = "bonjour", "hallo"
    col.add_note(other, col.decks.id_for_name("Frans"))
    give_history(col, other.guid, WEAK_EARLY)
    give_history(col, _guid(words["weak"]), WEAK_EARLY)
    give_history(col, _guid(words["lapsed"]), LAPSED)
    for key in words["strong"]:
        give_history(col, _guid(key), STRONG)
    files = root / "phone"
    files.mkdir()
    export_apkg(col, files / "proef.apkg", DECK)
    export_apkg(col, files / "zonder-planning.apkg", DECK, scheduling=False)
    export_colpkg(col, files / "collection.colpkg")
    col = open_collection(root / "anki")
    export_colpkg(col, files / "legacy.colpkg", legacy=True)
    return {"root": root, "learners": learners, "recipe": recipe, "plan": plan, "words": words, "files": files,
            "collection": root / "anki" / "collection.anki2"}


@pytest.fixture
def learners(learner: dict, tmp_path: Path) -> Path:
    """A fresh copy of the learners' folder for each test (the plan, nothing recorded yet)."""
    copy = tmp_path / "learners"
    (copy / "amal").mkdir(parents=True)
    for plan in (learner["learners"] / "amal").glob("plan.*.yaml"):
        (copy / "amal" / plan.name).write_bytes(plan.read_bytes())
    return copy


def _import(learner: dict, learners: Path, *args: str) -> object:
    return CliRunner().invoke(cli, ["progress", "import", "amal", *args, "--learners", str(learners),
                                    "--decks", str(learner["root"] / "decks")])


def _stored(learners: Path) -> dict:
    return yaml.safe_load((learners / "amal" / "anki-progress.proef.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["collection.colpkg", "proef.apkg", "legacy.colpkg"])
def test_import_finds_weak_strong_and_new_words_and_leaves_the_file_alone(learner: dict, learners: Path,
                                                                        name: str) -> None:
    export = learner["files"] / name
    before = _fingerprint(export)
    result = _import(learner, learners, str(export))
    assert result.exit_code == 0, result.output
    assert _fingerprint(export) == before  # the learner's file: same bytes, not even touched
    assert sorted(p.name for p in learner["files"].iterdir()) == [
        "collection.colpkg", "legacy.colpkg", "proef.apkg", "zonder-planning.apkg"]  # nothing left beside it

    stored = _stored(learners)
    words = learner["words"]
    assert stored["lang"] == "ar" and stored["recipe"] == "proef" and stored["source"] == name
    status = {key: value["status"] for key, value in stored["words"].items()}
    assert status[words["weak"]] == "weak" and status[words["lapsed"]] == "weak"
    assert all(status[key] == "strong" for key in words["strong"])
    assert {k for k, s in status.items() if s == "new"} == set(status) - {words["weak"], words["lapsed"],
                                                                           *words["strong"]}
    assert len(status) == 10  # the recipe's words; the learner's French card is not among them
    lapsed = stored["words"][words["lapsed"]]
    assert lapsed["lapses"] == 6  # forgotten three times in each of its two cards
    assert stored["words"][words["weak"]]["lapses"] == 0  # weak by memory alone: it never stuck
    assert stored["words"][words["weak"]]["retrievability"] < 0.7
    assert stored["words"][words["strong"][0]]["retrievability"] > 0.9
    assert stored["words"][words["strong"][0]]["stability"] > 20  # days
    assert stored["words"][words["lapsed"]]["memory"] == "fsrs"  # replayed: FSRS was off in this Anki
    assert "Read " + name + ": 10 words of Vaktaal Proef in ar." in result.output
    assert "Weak: 2. Strong: 2. Not reviewed yet: 6." in result.output
    assert not progress_path(learners, "amal").exists()  # the coach's own record is not written


def test_a_bare_collection_file_from_the_phone_is_read_too(learner: dict, learners: Path) -> None:
    before = _fingerprint(learner["collection"])
    result = _import(learner, learners, str(learner["collection"]))
    assert result.exit_code == 0, result.output
    assert _fingerprint(learner["collection"]) == before
    assert _stored(learners)["words"][learner["words"]["weak"]]["status"] == "weak"


def test_next_week_pack_brings_the_weak_words_first_and_the_guide_says_why(learner: dict, learners: Path,
                                                                          tmp_path: Path) -> None:
    assert _import(learner, learners, str(learner["files"] / "collection.colpkg")).exit_code == 0
    words = learner["words"]
    made = make_week(learner["recipe"], week=3, lang="ar", learner="amal", learners_dir=learners,
                     out_dir=tmp_path / "out")
    review = [w.key for w in made.pack.review]
    assert set(review[:2]) == {words["weak"], words["lapsed"]}  # weakest first, before the spaced reviews
    assert all(w.again for w in made.pack.review[:2]) and not any(w.again for w in made.pack.review[2:])
    guide = (made.files.folder / "handleiding.html").read_text(encoding="utf-8")
    lapsed = _stored(learners)["words"][words["lapsed"]]
    assert f"vergeten in Anki: 6 keer · geheugen {round(lapsed['retrievability'] * 100)}%" in guide
    weak = _stored(learners)["words"][words["weak"]]
    assert f"geheugen {round(weak['retrievability'] * 100)}%" in guide
    assert "of ze zijn zwak in Anki" in guide


def test_the_newer_record_decides(learner: dict, learners: Path, tmp_path: Path) -> None:
    """The coach checked the lapsed word after the learner's last Anki review: it is known now.
    The weak word the coach ticked as known weeks before: Anki is newer and says weak."""
    assert _import(learner, learners, str(learner["files"] / "collection.colpkg")).exit_code == 0
    words = learner["words"]
    path = progress_path(learners, "amal")
    record_progress(path, "amal", 1, known=[words["lapsed"]], on=date.today())
    record_progress(path, "amal", 2, known=[words["weak"]], on=date.today() - timedelta(days=30))
    made = make_week(learner["recipe"], week=3, lang="ar", learner="amal", learners_dir=learners,
                     out_dir=tmp_path / "out")
    first = [w.key for w in made.pack.review if w.again]
    assert first == [words["weak"]]

    result = CliRunner().invoke(cli, ["progress", "show", "amal", "--learners", str(learners), "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = {item["term"]: item for item in json.loads(result.output)}
    assert shown[words["lapsed"]]["newer"] == "coach" and shown[words["lapsed"]]["status"] == "strong"
    assert shown[words["lapsed"]]["anki"] == "weak" and shown[words["lapsed"]]["coach"] == "known"
    assert shown[words["weak"]]["newer"] == "anki" and shown[words["weak"]]["status"] == "weak"


def test_show_lists_each_word_with_status_retrievability_and_lapses(learner: dict, learners: Path) -> None:
    assert _import(learner, learners, str(learner["files"] / "proef.apkg")).exit_code == 0
    result = CliRunner().invoke(cli, ["progress", "show", "amal", "--learners", str(learners), "--format", "json"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.output)
    assert len(items) == 10
    for item in items:
        assert {"term", "word", "status", "retrievability", "lapses"} <= set(item)
        assert item["status"] in ("weak", "strong", "new")
    by_term = {item["term"]: item for item in items}
    lapsed = by_term[learner["words"]["lapsed"]]
    assert lapsed["status"] == "weak" and lapsed["lapses"] == 6 and 0 < lapsed["retrievability"] < 0.7
    new = next(item for item in items if item["status"] == "new")
    assert new["retrievability"] is None and new["lapses"] == 0

    table = CliRunner().invoke(cli, ["progress", "show", "amal", "--learners", str(learners)], env={"COLUMNS": "160"})
    assert table.exit_code == 0, table.output
    row = next(line for line in table.output.splitlines() if lapsed["word"] in line and "weak" in line)
    assert f"{round(lapsed['retrievability'] * 100)}%" in row and " 6 " in row


def test_a_deck_package_without_scheduling_says_so(learner: dict, learners: Path) -> None:
    result = _import(learner, learners, str(learner["files"] / "zonder-planning.apkg"))
    assert result.exit_code == 0, result.output
    assert "Include scheduling information" in result.output
    assert set(w["status"] for w in _stored(learners)["words"].values()) == {"new"}


def test_the_memory_state_anki_kept_is_used_when_fsrs_is_on(learner: dict, learners: Path, tmp_path: Path) -> None:
    from anki_reviews import switch_on_fsrs

    col = open_collection(tmp_path / "anki")
    import_deck(col, build_apkg(learner["recipe"], "ar", tmp_path / "exports"))
    switch_on_fsrs(col, DECK)
    key = learner["words"]["lapsed"]
    card_ids = give_history(col, _guid(key), LAPSED)
    kept = min(col.get_card(cid).memory_state.stability for cid in card_ids)
    export = export_colpkg(col, tmp_path / "fsrs.colpkg")
    assert _import(learner, learners, str(export)).exit_code == 0
    stored = _stored(learners)["words"][key]
    assert stored["memory"] == "anki"
    assert stored["stability"] == pytest.approx(kept, abs=0.01)


def test_language_is_found_from_the_notes(learner: dict, learners: Path, tmp_path: Path) -> None:
    col = open_collection(tmp_path / "anki")
    import_deck(col, build_apkg(learner["recipe"], "ti", tmp_path / "exports"))
    give_history(col, _guid(learner["words"]["weak"], "ti"), WEAK_EARLY)
    export = export_colpkg(col, tmp_path / "ti.colpkg")
    result = _import(learner, learners, str(export))
    assert result.exit_code == 0, result.output
    assert _stored(learners)["lang"] == "ti"
    assert _stored(learners)["words"][learner["words"]["weak"]]["status"] == "weak"


def test_a_read_only_export_folder_is_fine(learner: dict, learners: Path, tmp_path: Path) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    export = folder / "collection.colpkg"
    export.write_bytes((learner["files"] / "collection.colpkg").read_bytes())
    export.chmod(0o444)
    folder.chmod(0o555)
    try:
        result = _import(learner, learners, str(export))
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 0, result.output
    assert os.listdir(folder) == ["collection.colpkg"]
