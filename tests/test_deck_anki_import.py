"""The learner's story, checked with the real Anki library: import, review, import the update,
lose nothing. Also the same update through Anki's CSV import."""

from __future__ import annotations

import copy
import csv
import html
import os
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest, ImportCsvRequest
from anki.scheduler.v3 import CardAnswer
from deck_project import BASE_TERMS, fake_audio, write_recipe, write_sector

from vaktaal.anki.build import build_deck, plan_deck
from vaktaal.anki.build_state import BuildState, state_path_for
from vaktaal.anki.csv_export import export_csv
from vaktaal.anki.identity import note_guid
from vaktaal.recipes import load_recipe

RECIPE = "name: Vaktaal Werkplaats\nsectors: [werkplaats]\nlanguages: [ar]\nprofile: lezer\n"
T0 = 1_700_000_000


def _build(root: Path, lang: str, now: int, audio: dict[str, Path] | None = None):
    recipe = load_recipe(root / "decks" / "test.yaml")
    state = BuildState.load(state_path_for(recipe.path))
    plan = plan_deck(recipe, lang, audio=audio)
    report = build_deck(recipe, lang, root / "exports", plan=plan, state=state, now=now)
    state.save()
    return recipe, plan, report


def _import(col: Collection, path: Path) -> None:
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(path)))


def _review(col: Collection, count: int) -> None:
    col.decks.select(col.decks.id_for_name("Vaktaal"))  # the learner opens the Vaktaal deck
    for _ in range(count):
        card = col.sched.getCard()
        assert card is not None
        states = col._backend.get_scheduling_states(card.id)
        col.sched.answer_card(col.sched.build_answer(card=card, states=states, rating=CardAnswer.GOOD))


def _history(col: Collection) -> tuple[list, dict]:
    revlog = col.db.all("select id, cid, ease, ivl, lastIvl, factor, type from revlog order by id")
    cards = {cid: col.db.first("select type, queue, due, ivl, factor, reps, lapses from cards where id=?", cid)
             for cid in col.db.list("select id from cards")}
    return revlog, cards


def _notes(col: Collection) -> dict[str, object]:
    return {col.get_note(nid).guid: col.get_note(nid) for nid in col.find_notes("")}


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # keep the user's cache out of it


@pytest.fixture
def project(tmp_path: Path) -> Path:
    write_sector(tmp_path)
    write_recipe(tmp_path, RECIPE)
    return tmp_path


@pytest.fixture
def col(tmp_path: Path):
    folder = tmp_path / "anki"
    folder.mkdir()
    collection = Collection(str(folder / "collection.anki2"))
    yield collection
    collection.close()


def _audio_for(root: Path) -> dict[str, Path]:
    return fake_audio(root / "audio", ["de hamer", "Geef mij de hamer.", "de laskap", "Kun je dat herhalen?"])


def test_first_import_has_every_note_card_field_and_medium(project: Path, col: Collection) -> None:
    audio = _audio_for(project)
    _, plan, report = _build(project, "ar", T0, audio)
    _import(col, report.path)

    notes = _notes(col)
    assert len(notes) == 4 == report.notes
    assert col.card_count() == report.cards
    hamer = notes[note_guid("werkplaats", "hamer", "ar")]
    assert hamer["Translation"] == "مطرقة"
    assert hamer["TranslationStatus"] == "✎ nog niet gecontroleerd"
    assert hamer["Example"] == "Geef mij de hamer."
    assert hamer["WordAudio"].startswith("[sound:vt-") and hamer["WordAudio"].endswith(".mp3]")
    assert hamer.mod == T0
    assert {c.template()["name"] for c in hamer.cards()} == {"Herkennen", "Zeggen", "Luisteren"}
    assert col.decks.name(hamer.cards()[0].did) == "Vaktaal::Werkplaats::02 Gereedschap"
    assert set(hamer.tags) == {"vaktaal", "sector::werkplaats", "thema::gereedschap", "niveau::A1"}

    laskap = notes[note_guid("werkplaats", "laskap", "ar")]
    assert laskap["TranslationStatus"] == ""  # a person checked the Arabic
    assert "veiligheid" in laskap.tags
    phrase = notes[note_guid("werkplaats", "kun-je-dat-herhalen", "ar")]
    assert {c.template()["name"] for c in phrase.cards()} == {"Herkennen", "Zin", "Luisteren"}
    boor = notes[note_guid("werkplaats", "boor", "ar")]
    assert {c.template()["name"] for c in boor.cards()} == {"Herkennen", "Zeggen"}  # no audio: no Luisteren

    # Media: every file referenced is in the collection under its content name, once.
    media = sorted(os.listdir(col.media.dir()))
    assert media == sorted(plan.media)
    assert len(media) == 5  # 4 recordings and 1 picture
    assert col.media.check().missing == []

    # Question and answer as Anki's own template engine renders them.
    card = next(c for c in laskap.cards() if c.template()["name"] == "Herkennen")
    question, answer = card.question(), card.answer()
    assert '<span class="article">de</span> laskap' in question
    assert "⚠ veiligheid" in question
    assert f'<img src="{laskap["Picture"].split(chr(34))[1]}"' in question
    assert "[anki:play:q:0]" in question  # the word is spoken on the front
    assert "خوذة اللحام" not in question
    assert '<div class="meaning" lang="ar" dir="rtl">خوذة اللحام</div>' in answer
    listen = next(c for c in hamer.cards() if c.template()["name"] == "Luisteren")
    assert "hamer" not in listen.question().split("</style>")[1].replace("[anki:play:q:0]", "")
    assert "✎ nog niet gecontroleerd" in listen.answer()
    # New cards come safety first: the laskap (safety) is due before everything else.
    dues = {n.guid: min(c.due for c in n.cards()) for n in notes.values()}
    assert dues[laskap.guid] < min(d for g, d in dues.items() if g != laskap.guid)


def test_update_keeps_reviews_applies_correction_adds_term(project: Path, col: Collection) -> None:
    _, _, first = _build(project, "ar", T0)
    _import(col, first.path)
    _review(col, 3)
    laskap = _notes(col)[note_guid("werkplaats", "laskap", "ar")]
    laskap["Notes"] = "mijn eigen aantekening"  # the learner's own edit on a note we do not change
    col.update_note(laskap)
    revlog_before, cards_before = _history(col)
    assert len(revlog_before) == 3

    terms = copy.deepcopy(BASE_TERMS)
    terms[0]["translations"]["ar"] = "شاكوش"  # a coach corrects the Arabic for hamer
    terms.append({"id": "vonk", "nl": "vonk", "article": "de", "plural": "vonken", "pos": "noun",
                  "theme": "veiligheid", "level": "A2", "safety": True, "translations": {"ar": "شرارة"}})
    write_sector(project, terms)
    _, _, second = _build(project, "ar", T0 + 3600)
    assert (second.new, second.changed) == (1, 1)
    _import(col, second.path)

    notes = _notes(col)
    assert len(notes) == 5 == len(set(notes))
    assert notes[note_guid("werkplaats", "hamer", "ar")]["Translation"] == "شاكوش"
    assert notes[note_guid("werkplaats", "hamer", "ar")].mod == T0 + 3600
    assert notes[note_guid("werkplaats", "vonk", "ar")]["Translation"] == "شرارة"
    assert notes[note_guid("werkplaats", "laskap", "ar")]["Notes"] == "mijn eigen aantekening"
    revlog_after, cards_after = _history(col)
    assert revlog_after == revlog_before
    for cid, sched in cards_before.items():
        assert cards_after[cid] == sched
    assert len(cards_after) == len(cards_before) + 2  # the new term's Herkennen and Zeggen

    # Importing the same package again changes nothing.
    _import(col, second.path)
    assert len(_notes(col)) == 5 and _history(col) == (revlog_after, cards_after)


def test_csv_update_keeps_reviews_and_matches_apkg_guids(project: Path, col: Collection) -> None:
    _, _, first = _build(project, "ar", T0)
    _import(col, first.path)  # brings the note type and the media
    _review(col, 2)
    revlog_before, cards_before = _history(col)

    terms = copy.deepcopy(BASE_TERMS)
    terms[3]["translations"]["ar"] = "مثقاب كهربائي"
    terms.append({"id": "formule", "nl": "=1+1", "pos": "numeral", "theme": "gereedschap", "level": "A1",
                  # Arabic letters: a translation in another script is an error of the file.
                  "translations": {"ar": "@مجموع(A1)"}})
    write_sector(project, terms)
    _recipe, plan, _ = _build(project, "ar", T0 + 60)
    csv_report = export_csv(plan, project / "exports")
    assert csv_report.path.read_bytes().startswith(b"\xef\xbb\xbf#separator:Semicolon\n")  # BOM for Excel
    rows = list(csv.reader(csv_report.path.read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    data_rows = [row for row in rows if not row[0].startswith("#")]
    assert len(data_rows) == 5
    assert [row[0] for row in data_rows] == [note.guid for note in plan.notes]
    for row in data_rows:  # no cell a spreadsheet would run as a formula
        assert all(not cell or cell[0] not in "=+-@" for cell in row), row

    metadata = col.get_csv_metadata(str(csv_report.path), None)
    assert metadata.global_notetype.id == col.models.by_name("Vaktaal")["id"]
    col.import_csv(ImportCsvRequest(path=str(csv_report.path), metadata=metadata))

    notes = _notes(col)
    assert len(notes) == 5
    assert notes[note_guid("werkplaats", "boor", "ar")]["Translation"] == "مثقاب كهربائي"
    added = notes[note_guid("werkplaats", "formule", "ar")]
    assert added["Word"] == "&#61;1+1" and added["Translation"] == "&#64;مجموع(A1)"
    # The card's HTML shows "=" (a character reference the web view decodes), Excel sees text.
    assert '<div class="nl" lang="nl">=1+1</div>' in html.unescape(added.cards()[0].question())
    assert col.decks.name(added.cards()[0].did) == "Vaktaal::Werkplaats::02 Gereedschap"
    revlog_after, cards_after = _history(col)
    assert revlog_after == revlog_before
    for cid, sched in cards_before.items():
        assert cards_after[cid] == sched


def test_study_on_the_top_deck_starts_with_the_safety_words(tmp_path: Path, col: Collection) -> None:
    """Anki's default options gather new cards subdeck by subdeck, by name: whatever the theme
    names, a learner who presses Study on the top deck meets every safety word first."""
    terms = [
        {"id": "aanwijzing", "nl": "aanwijzing", "article": "de", "plural": "aanwijzingen", "pos": "noun",
         "theme": "aanwijzingen", "level": "A1", "translations": {"ar": "تعليمات"}},
        {"id": "zaagblad", "nl": "zaagblad", "article": "het", "plural": "zaagbladen", "pos": "noun",
         "theme": "zagen", "level": "A1", "translations": {"ar": "شفرة المنشار"}},
        {"id": "zaagbok", "nl": "zaagbok", "article": "de", "plural": "zaagbokken", "pos": "noun",
         "theme": "zagen", "level": "B1", "safety": True, "translations": {"ar": "حامل النشر"}},
        {"id": "pas-op", "nl": "Pas op!", "pos": "phrase", "theme": "aanwijzingen", "level": "A2",
         "safety": True, "translations": {"ar": "انتبه!"}},
    ]
    write_sector(tmp_path, terms)
    sector = tmp_path / "sectors" / "werkplaats.yaml"
    sector.write_text(sector.read_text(encoding="utf-8").replace(
        "themes:", "themes:\n- id: aanwijzingen\n  name: Aanwijzingen\n- id: zagen\n  name: Zagen"), encoding="utf-8")
    write_recipe(tmp_path, RECIPE)
    _recipe, _plan, report = _build(tmp_path, "ar", T0)
    _import(col, report.path)
    col.decks.select(col.decks.id_for_name("Vaktaal"))  # default options, the top deck
    queued = col.sched.get_queued_cards(fetch_limit=20).cards
    keys = [col.get_card(q.card.id).note()["Key"] for q in queued]
    first_new = list(dict.fromkeys(keys))
    assert set(first_new[:2]) == {"werkplaats/zaagbok", "werkplaats/pas-op"}, first_new
    assert set(first_new[2:]) == {"werkplaats/aanwijzing", "werkplaats/zaagblad"}
