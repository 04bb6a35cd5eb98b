"""Hostile text in a term never breaks a package or becomes something Anki acts on (issue 16,
items 3 and 4), checked with the real Anki library: its package import, its card renderer and
its CSV import.

The terms are changed after loading (``dataclasses.replace``), past the checks that refuse
control characters in sector files: the deck side must hold on its own.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest, ImportCsvRequest
from deck_project import write_recipe, write_sector

from vaktaal.anki.build import build_deck, plan_deck
from vaktaal.anki.build_state import BuildState
from vaktaal.anki.csv_export import csv_cell, csv_text, export_csv
from vaktaal.anki.field_text import field_html
from vaktaal.anki.identity import note_guid
from vaktaal.anki.notetype import FIELDS
from vaktaal.recipes import load_recipe, recipe_entries

RECIPE = "name: Vaktaal Werkplaats\nsectors: [werkplaats]\nlanguages: [ar]\nprofile: lezer\n"
T0 = 1_700_000_000


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))


@pytest.fixture
def col(tmp_path: Path):
    folder = tmp_path / "anki"
    folder.mkdir()
    collection = Collection(str(folder / "collection.anki2"))
    yield collection
    collection.close()


def _note(col: Collection, guid: str):
    return next(note for note in (col.get_note(nid) for nid in col.find_notes("")) if note.guid == guid)


def _plan(root: Path, **changes: str):
    """The test deck, with ``changes`` made to the term 'hamer' after it was loaded."""
    write_sector(root)
    write_recipe(root, RECIPE)
    recipe = load_recipe(root / "decks" / "test.yaml")
    entries = [dataclasses.replace(e, term=dataclasses.replace(e.term, **changes)) if e.term.id == "hamer" else e
               for e in recipe_entries(recipe)]
    return recipe, plan_deck(recipe, "ar", entries=entries)


def _apkg(root: Path, **changes: str) -> Path:
    recipe, plan = _plan(root, **changes)
    report = build_deck(recipe, "ar", root / "exports", plan=plan, state=BuildState.load(None), now=T0)
    return report.path


def test_field_html_drops_control_characters_and_escapes_anki_tags() -> None:
    assert field_html("ham\x1fer\x00\x07\x7f\x85") == "hamer"
    assert field_html("[sound:x.mp3]") == "&#91;sound:x.mp3]"
    assert field_html("[anki:tts lang=nl_NL]x[/anki:tts] [latex]x[/latex]") == (
        "&#91;anki:tts lang=nl_NL]x&#91;/anki:tts] &#91;latex]x&#91;/latex]")
    assert field_html("a\rb\nc\r\nd") == "a<br>b<br>c<br>d"
    assert field_html("\r=1+1") == "<br>=1+1"
    assert field_html("\t=1") == "&#9;=1"


def test_a_field_separator_in_a_term_does_not_break_the_package(tmp_path: Path, col: Collection) -> None:
    path = _apkg(tmp_path, nl="ham\x1fer", notes="een\x1ftwee\x00drie", example="Geef\x1f mij de hamer.")
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path)))
    assert len(col.find_notes("")) == 4
    note = _note(col, note_guid("werkplaats", "hamer", "ar"))
    assert len(note.fields) == len(FIELDS)
    assert note["Word"] == "hamer" and note["Notes"] == "eentweedrie"
    assert note["Translation"] == "مطرقة"  # the fields after it are where they belong


def test_sound_typed_in_a_text_field_is_no_audio_tag(tmp_path: Path, col: Collection) -> None:
    path = _apkg(tmp_path, notes="[sound:../../etc/passwd]", example="Pak de [sound:vt-evil.mp3] hamer.",
                 situation="[anki:tts lang=nl_NL]boe[/anki:tts]")
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path)))
    note = _note(col, note_guid("werkplaats", "hamer", "ar"))
    rendered = ""
    for card in note.cards():
        rendered += card.question() + card.answer()
        tags = [*card.question_av_tags(), *card.answer_av_tags()]
        # The word's own recording is the only sound a card may play (none here: no audio).
        assert tags == [], tags
    assert "vt-evil.mp3" in rendered and "[sound:" in rendered.replace("&#91;", "[")  # shown as text


def test_a_cell_with_a_line_break_is_quoted() -> None:
    assert csv_cell("a\rb") == '"a\rb"'
    assert csv_cell("a\nb") == '"a\nb"'
    assert csv_cell("a\r\nb") == '"a\r\nb"'
    assert csv_cell('a"b') == '"a""b"'
    assert csv_cell("a;b") == '"a;b"'
    assert csv_cell("ab") == "ab"


def test_csv_export_of_a_term_with_line_breaks_is_one_note_in_anki(tmp_path: Path, col: Collection) -> None:
    recipe, plan = _plan(tmp_path, notes="eerst\r=1+1;\ndan\r\nklaar", example="Geef\rmij de hamer.")
    # field_html turns line breaks into <br>; a raw one put into a field past it is quoted all the same.
    index = FIELDS.index("Source")
    raw = plan.notes[0].fields[:index] + ("bron\r=2+2\rklaar",) + plan.notes[0].fields[index + 1:]
    plan = dataclasses.replace(plan, notes=(dataclasses.replace(plan.notes[0], fields=raw), *plan.notes[1:]))
    text = csv_text(plan)
    records = [line for line in text.split("\n") if line and not line.startswith("#")]
    assert len(records) == len(plan.notes)
    assert ';"bron\r=2+2\rklaar";' in text  # a lone \r is a line break to Anki and Excel too
    # Anki's CSV import needs the note type: the package brings it (as a learner's collection has it).
    build_deck(recipe, "ar", tmp_path / "exports", plan=plan, state=BuildState.load(None), now=T0)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(tmp_path / "exports" / "test.ar.apkg")))
    col.remove_notes(list(col.find_notes("")))
    report = export_csv(plan, tmp_path / "exports")
    metadata = col.get_csv_metadata(str(report.path), None)
    col.import_csv(ImportCsvRequest(path=str(report.path), metadata=metadata))
    assert len(col.find_notes("")) == len(plan.notes) == 4
    first = _note(col, plan.notes[0].guid)
    # The whole cell is one field of that note (Anki drops the carriage returns inside it).
    assert first["Source"].replace("\r", "") == "bron=2+2klaar"
    hamer = _note(col, note_guid("werkplaats", "hamer", "ar"))
    assert hamer["Notes"] == "eerst<br>=1+1;<br>dan<br>klaar"
    assert hamer["Example"] == "Geef<br>mij de hamer."
