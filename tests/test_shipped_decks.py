"""The shipped change records (decks/<recipe>.state.json) fit the shipped vocabulary: a coach who
clones the project and builds any recipe offline gets 0 changed notes and a clean git status."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from deck_project import fake_mp3

from vaktaal.anki.build import _notetype_hash, build_recipe, plan_deck
from vaktaal.anki.build_state import NOTETYPE_KEY, BuildState, state_path_for
from vaktaal.anki.deck_audio import audio_texts, deck_audio, translation_texts
from vaktaal.recipes import load_recipe, recipe_entries

REPO = Path(__file__).resolve().parents[1]
RECIPES = sorted((REPO / "decks").glob("*.yaml"))


def test_every_recipe_ships_its_change_record() -> None:
    assert RECIPES
    missing = [p.name for p in RECIPES if not state_path_for(p).is_file()]
    assert not missing, f"build these and commit their .state.json: {missing}"


@pytest.mark.parametrize("recipe_path", RECIPES, ids=[p.stem for p in RECIPES])
def test_change_record_is_up_to_date(recipe_path: Path, tmp_path: Path) -> None:
    """Every note of every language, as a build with audio plans it, has the hash the record
    holds. (The hash counts a synthetic recording as the text it speaks, so one stand-in file for
    every text gives the same hashes as real recordings from any voice.)"""
    recipe = load_recipe(recipe_path)
    entries = recipe_entries(recipe)
    stand_in = tmp_path / "voice.mp3"
    stand_in.write_bytes(fake_mp3("voice"))
    audio = dict.fromkeys(audio_texts(entries), stand_in)
    spoken = {lang: dict.fromkeys(translation_texts(entries, lang), stand_in) for lang in recipe.languages}
    state = BuildState.load(state_path_for(recipe_path))
    assert state.entries.get(NOTETYPE_KEY, [None])[0] == _notetype_hash(), "the note type changed"
    stale = []
    for lang in recipe.languages:
        for note in plan_deck(recipe, lang, entries=entries, audio=audio, translation_audio=spoken[lang]).notes:
            if state.entries.get(note.guid, [None])[0] != note.content_hash:
                stale.append(f"{lang} {note.key}")
    assert not stale, (f"{state_path_for(recipe_path).name} is stale for {len(stale)} notes (first: {stale[:3]}): "
                       f"run `vaktaal build {recipe_path.relative_to(REPO)}` and commit the state file")


def test_offline_rebuild_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The real thing for one recipe: offline voice, a fresh audio cache, a copy of the project."""
    monkeypatch.setenv("VAKTAAL_AUDIO_CACHE", str(tmp_path / "cache"))
    project = tmp_path / "project"
    for folder in ("sectors", "decks"):
        shutil.copytree(REPO / folder, project / folder)
    recipe_path = project / "decks" / "werkvloer.yaml"
    before = state_path_for(recipe_path).read_bytes()
    recipe = load_recipe(recipe_path)
    entries = recipe_entries(recipe)
    audio = deck_audio(entries, engine="espeak", languages=["ar", "ti"])
    assert not audio.failed
    assert audio.translations["ti"] and not audio.translations["ar"]  # no offline voice reads Arabic well
    reports = build_recipe(recipe, ["ar", "ti"], project / "exports", entries=entries, audio=audio.files,
                           translation_audio=audio.translations)
    assert [(r.new, r.changed) for r in reports] == [(0, 0), (0, 0)]
    assert state_path_for(recipe_path).read_bytes() == before
