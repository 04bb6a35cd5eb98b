"""Deck building without Anki: identity, reproducibility, escaping, scripts, media, state, CLI."""

from __future__ import annotations

import copy
import json
import sqlite3
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from deck_project import BASE_TERMS, fake_audio, write_recipe, write_sector

from vaktaal.anki.build import build_recipe, plan_deck
from vaktaal.anki.build_state import BuildState
from vaktaal.anki.identity import NOTETYPE_ID, deck_id, note_guid
from vaktaal.anki.notetype import FIELDS
from vaktaal.cli.main import cli
from vaktaal.errors import InputError
from vaktaal.recipes import load_recipe

RECIPE = "name: Vaktaal Werkplaats\nsectors: [werkplaats]\nlanguages: [ar, ti, en]\n"
T0 = 1_700_000_000


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # keep the user's cache out of it


@pytest.fixture
def project(tmp_path: Path) -> Path:
    write_sector(tmp_path)
    write_recipe(tmp_path, RECIPE)
    return tmp_path


def _recipe(root: Path):
    return load_recipe(root / "decks" / "test.yaml")


def _rows(apkg: Path, tmp: Path, sql: str) -> list:
    with zipfile.ZipFile(apkg) as zf:
        (tmp / "c.anki2").write_bytes(zf.read("collection.anki2"))
    with sqlite3.connect(tmp / "c.anki2") as conn:
        return conn.execute(sql).fetchall()


def test_guid_depends_only_on_origin_id_and_language() -> None:
    assert note_guid("metaal", "laskap", "ar") == note_guid("metaal", "laskap", "ar")
    assert len({note_guid("metaal", "laskap", "ar"), note_guid("metaal", "laskap", "en"),
                note_guid("bouw", "laskap", "ar"), note_guid("metaal", "lasbril", "ar")}) == 4
    assert note_guid("metaal", "laskap", "ar").startswith("vt")
    assert deck_id("Vaktaal::Metaal::Veiligheid") == deck_id("Vaktaal::Metaal::Veiligheid") != 1
    assert NOTETYPE_ID > 1 << 40


def test_same_input_gives_byte_identical_package_and_edit_moves_only_that_note(project: Path) -> None:
    recipe = _recipe(project)
    first = build_recipe(recipe, ["ar"], project / "a", now=T0)[0]
    again = build_recipe(recipe, ["ar"], project / "b", now=T0 + 500)[0]  # later clock, same content
    assert first.path.read_bytes() == again.path.read_bytes()
    assert (again.new, again.changed) == (0, 0)

    terms = copy.deepcopy(BASE_TERMS)
    terms[0]["example"] = "Pak de hamer."
    write_sector(project, terms)
    changed = build_recipe(_recipe(project), ["ar"], project / "a", now=T0 + 900)[0]
    assert (changed.new, changed.changed, changed.up_to_date) == (0, 1, False)
    mods = dict(_rows(changed.path, project, "select guid, mod from notes"))
    assert mods.pop(note_guid("werkplaats", "hamer", "ar")) == T0 + 900
    assert set(mods.values()) == {T0}


def test_unchanged_rebuild_leaves_package_alone(project: Path) -> None:
    recipe = _recipe(project)
    build_recipe(recipe, ["ar"], project / "exports", now=T0)
    out = project / "exports" / "test.ar.apkg"
    before = out.stat().st_mtime_ns
    report = build_recipe(recipe, ["ar"], project / "exports", now=T0 + 10)[0]
    assert report.up_to_date and out.stat().st_mtime_ns == before
    out.write_bytes(b"damaged")  # a damaged or replaced package is rebuilt
    assert not build_recipe(recipe, ["ar"], project / "exports", now=T0 + 20)[0].up_to_date
    assert zipfile.is_zipfile(out)


def test_state_record_lives_next_to_recipe_and_is_json(project: Path) -> None:
    build_recipe(_recipe(project), ["ar", "en"], project / "exports", now=T0)
    state = json.loads((project / "decks" / "test.state.json").read_text())
    assert state["format"] == 1
    assert state["notes"][note_guid("werkplaats", "laskap", "en")][1] == T0
    (project / "decks" / "test.state.json").write_text("{not json")
    with pytest.raises(InputError, match=r"test\.state\.json cannot be read"):
        build_recipe(_recipe(project), ["ar"], project / "exports", now=T0)


def test_clock_behind_still_moves_changed_note_forward(tmp_path: Path) -> None:
    state = BuildState(None)
    assert state.stamp("g", "h1", 1000) == 1000
    assert state.stamp("g", "h1", 5000) == 1000
    assert state.stamp("g", "h2", 900) == 1001


def test_hostile_text_is_escaped_in_every_field(project: Path) -> None:
    terms = copy.deepcopy(BASE_TERMS)
    terms[0].update(nl='<script>alert("x")</script> & co', example="Zeg \"ja\" & <b>nee</b>",
                    notes="<img src=x onerror=alert(1)>",
                    # Arabic letters around the markup: a translation in another script is an error of the file.
                    translations={"en": "x", "ar": "مطرقة كبيرة جدا للعمل '><svg onload=alert(1)>"})
    write_sector(project, terms)
    note = next(n for n in plan_deck(_recipe(project), "ar").notes if n.key == "werkplaats/hamer")
    assert note.field("Word") == "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co"
    assert note.field("Example") == "Zeg &quot;ja&quot; &amp; &lt;b&gt;nee&lt;/b&gt;"
    assert note.field("Translation") == "مطرقة كبيرة جدا للعمل &#x27;&gt;&lt;svg onload=alert(1)&gt;"
    for value in note.fields:
        assert "<script" not in value and "<svg" not in value and "onerror=alert" not in value.replace(
            "&lt;img src=x onerror=alert(1)&gt;", "")


def test_script_direction_and_unchecked_marker(project: Path) -> None:
    plans = {lang: {n.key: n for n in plan_deck(_recipe(project), lang).notes} for lang in ("ar", "ti", "en")}
    assert plans["ar"]["werkplaats/hamer"].field("Direction") == "rtl"
    assert plans["ti"]["werkplaats/hamer"].field("Direction") == "ltr"
    assert plans["ti"]["werkplaats/hamer"].field("Language") == "ti"
    assert plans["ti"]["werkplaats/hamer"].field("Translation") == "መዶሻ"
    assert plans["en"]["werkplaats/hamer"].field("TranslationStatus") == ""  # reviewed: [en]
    assert plans["ar"]["werkplaats/hamer"].field("TranslationStatus") == "✎ nog niet gecontroleerd"
    # No translation: nothing to mark, and no Zeggen card without a picture or emoji.
    boor = plans["ti"]["werkplaats/boor"]
    assert boor.field("Translation") == boor.field("TranslationStatus") == ""
    assert boor.cards == (0,)


def test_media_named_by_content_once_and_change_gives_new_name(project: Path) -> None:
    texts = ["de hamer", "Geef mij de hamer.", "de laskap"]
    audio = fake_audio(project / "audio", texts)
    audio["de boor"] = audio["de hamer"]  # the same recording twice is stored once
    plan = plan_deck(_recipe(project), "ar", audio=audio)
    assert len(plan.media) == 4 and all(name.startswith("vt-") for name in plan.media)
    hamer = next(n for n in plan.notes if n.key == "werkplaats/hamer")
    boor = next(n for n in plan.notes if n.key == "werkplaats/boor")
    assert hamer.field("WordAudio") == boor.field("WordAudio")
    old_name = hamer.field("WordAudio")
    audio["de hamer"].write_bytes(b"\xff\xfb" + bytes(500))  # a new recording
    replanned = next(n for n in plan_deck(_recipe(project), "ar", audio=audio).notes if n.key == "werkplaats/hamer")
    assert replanned.field("WordAudio") != old_name
    assert "de laskap" not in plan.missing_audio and "Zet je laskap op." in plan.missing_audio


def test_picture_outside_sector_folder_is_refused(project: Path) -> None:
    (project / "elders.png").write_bytes(b"x")
    recipe = _recipe(project)
    plan = plan_deck(recipe, "ar")  # the shipped picture is fine
    assert any(n.field("Picture").startswith('<img src="vt-') for n in plan.notes)
    from vaktaal.content.pictures import picture_path
    with pytest.raises(InputError, match="outside the folder"):
        picture_path(project / "sectors" / ".." / "elders.png", project / "sectors" / "werkplaats.yaml")


def test_note_type_fields_are_fixed() -> None:
    # Changing this list breaks every learner's updates: only ever decide it consciously. (Decided
    # once before the first release: the translation's and the situation's sound, the Kijken card.)
    assert FIELDS == ("Word", "Article", "Plural", "FullForm", "Translation", "TranslationStatus", "Example",
                      "ExampleTranslation", "WordAudio", "ExampleAudio", "TranslationAudio", "SituationAudio",
                      "Picture", "Emoji", "Situation", "Level", "Theme", "Safety", "Notes", "Language", "Direction",
                      "Sector", "Source", "Key", "Herkennen", "Zeggen", "Luisteren", "Zin", "Kijken", "Reader",
                      "Extra")


def test_cli_build_and_export(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    runner = CliRunner()
    result = runner.invoke(cli, ["build", "decks/test.yaml", "--lang", "ar", "--no-audio"])
    assert result.exit_code == 0, result.output
    assert (project / "exports" / "test.ar.apkg").is_file()
    assert "written" in result.output and "without audio" in result.output
    result = runner.invoke(cli, ["build", "decks/test.yaml", "--lang", "ar", "--no-audio"])
    assert "up to date" in result.output
    result = runner.invoke(cli, ["export", "csv", "decks/test.yaml", "--lang", "ti", "--no-audio"])
    assert result.exit_code == 0, result.output
    assert (project / "exports" / "test.ti.csv").is_file()
    result = runner.invoke(cli, ["build", "decks/test.yaml", "--lang", "xx"])
    assert result.exit_code == 2 and "not an ISO 639-1 language code" in result.output
    result = runner.invoke(cli, ["build", "decks/missing.yaml"])
    assert result.exit_code == 2 and "no recipe at decks/missing.yaml" in result.output
    assert "Traceback" not in result.output


def test_shipped_recipes_load(repo: Path) -> None:
    recipes = sorted((repo / "decks").glob("*.yaml"))
    assert {p.stem for p in recipes} >= {"metaal", "zorg", "horeca", "werkvloer", "bouw", "schoonmaak",
                                         "productie-logistiek", "groen", "veiligheid"}
    for path in recipes:
        recipe = load_recipe(path)
        assert recipe.sectors and recipe.languages
    assert all(choice.safety_only for choice in load_recipe(repo / "decks" / "veiligheid.yaml").sectors)


def test_cli_build_uses_audio_and_lists_words_without_recording(project: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import vaktaal.audio
    from vaktaal.audio import AudioReport

    recordings = fake_audio(project / "rec", ["de hamer", "de laskap"])
    calls = []

    def ensure_audio(texts, options, progress=None):  # the audio package's contract, offline
        texts = list(texts)
        calls.append((texts, options.engine, options.slow))
        return AudioReport(files={t: p for t, p in recordings.items() if t in texts},
                           failed={"de boor": "no voice"}, from_cache=2)

    monkeypatch.setattr(vaktaal.audio, "ensure_audio", ensure_audio)
    monkeypatch.chdir(project)
    result = CliRunner().invoke(cli, ["build", "decks/test.yaml", "--lang", "ar", "--tts", "espeak", "--slow"])
    assert result.exit_code == 0, result.output
    assert calls and calls[0][1:] == ("espeak", True) and "Geef mij de hamer." in calls[0][0]
    assert "de boor (no voice)" in result.output and "Geef mij de hamer." in result.output
    with zipfile.ZipFile(project / "exports" / "test.ar.apkg") as zf:
        assert sorted(json.loads(zf.read("media")).values()) == sorted(
            {n for n in plan_deck(_recipe(project), "ar", audio=recordings).media})
