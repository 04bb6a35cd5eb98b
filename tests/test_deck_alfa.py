"""Cards for learners who cannot read, checked in real Anki: on the front of every card of an alfa
deck a picture and a Dutch sound, and nothing that has to be read; the phrase card speaks its
situation; the translation's sound is marked as machine speech unless a person recorded it."""

from __future__ import annotations

import html
import re
import unicodedata
from pathlib import Path

import pytest
from anki.collection import Collection, ImportAnkiPackageRequest
from deck_project import fake_mp3, write_recipe, write_sector

from vaktaal.anki.build import build_recipe
from vaktaal.anki.deck_audio import audio_texts, translation_texts
from vaktaal.recipes import load_recipe, recipe_entries

TERMS = [
    {"id": "laskap", "nl": "laskap", "article": "de", "plural": "laskappen", "pos": "noun", "theme": "veiligheid",
     "level": "A1", "safety": True, "example": "Zet je laskap op.", "picture": "vaktaal:laskap",
     "translations": {"ti": "ናይ ብየዳ ቆብዕ", "so": "koofiyadda alxanka"}},
    {"id": "hamer", "nl": "hamer", "article": "de", "plural": "hamers", "pos": "noun", "theme": "gereedschap",
     "level": "A1", "example": "Geef mij de hamer.", "picture": "openmoji:1f528",
     "translations": {"ti": "መዶሻ", "so": "dubbe"}},
    {"id": "kun-je-dat-herhalen", "nl": "Kun je dat herhalen?", "pos": "phrase", "theme": "communicatie",
     "level": "A1", "situation": "Je hebt een instructie niet goed verstaan.", "picture": "vaktaal:herhalen-oor",
     "translations": {"ti": "ክትደግሞ ትኽእል ዶ?", "so": "Ma ku celin kartaa?"}},
]
ALFA = "name: Vaktaal Werkplaats\nsectors: [werkplaats]\nlanguages: [ti, so]\nprofile: alfa\n"
_INVISIBLE = re.compile(r"\[anki:play:[qa]:\d+\]")


def _readable_text(card_html: str) -> str:
    """What a learner would have to read: text without tags, sound markers, pictograms and spaces."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style.*?</style>", "", card_html, flags=re.S)))
    text = _INVISIBLE.sub(" ", text)
    return "".join(c for c in text if not c.isspace() and unicodedata.category(c) not in ("So", "Sk", "Mn", "Cf"))


@pytest.fixture
def alfa_deck(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Collection:
    write_sector(tmp_path, TERMS)
    write_recipe(tmp_path, ALFA)
    recipe = load_recipe(tmp_path / "decks" / "test.yaml")
    entries = recipe_entries(recipe)
    voice = tmp_path / "voice.mp3"
    voice.write_bytes(fake_mp3("nl"))
    machine = tmp_path / "ti.mp3"
    machine.write_bytes(fake_mp3("ti"))
    audio = dict.fromkeys(audio_texts(entries), voice)
    spoken = {"ti": dict.fromkeys(translation_texts(entries, "ti"), machine)}  # Somali: no voice
    [report_ti, report_so] = build_recipe(recipe, ["ti", "so"], tmp_path / "exports", entries=entries, audio=audio,
                                          translation_audio=spoken)
    assert report_so.path.is_file()  # Somali has no voice: its deck is built without the translation's sound
    (tmp_path / "anki").mkdir()
    col = Collection(str(tmp_path / "anki" / "collection.anki2"))
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(report_ti.path)))
    yield col
    col.close()


def test_every_front_of_the_alfa_deck_is_a_picture_and_a_sound(alfa_deck: Collection) -> None:
    cards = [alfa_deck.get_card(cid) for cid in alfa_deck.find_cards("")]
    assert {c.template()["name"] for c in cards} == {"Kijken", "Zin"}
    for card in cards:
        question = card.question()
        assert "<img" in question, card.template()["name"]
        assert card.question_av_tags(), f"{card.template()['name']} has no sound on the front"
        assert _readable_text(question) == "", (card.template()["name"], _readable_text(question))


def test_the_answer_names_the_word_and_speaks_the_translation_as_machine_speech(alfa_deck: Collection) -> None:
    [nid] = [n for n in alfa_deck.find_notes("") if alfa_deck.get_note(n)["Key"] == "werkplaats/hamer"]
    card = alfa_deck.get_note(nid).cards()[0]
    answer = html.unescape(card.answer())
    assert "hamer" in answer and "መዶሻ" in answer
    assert 'title="computerstem">🤖' in answer
    assert len(card.answer_av_tags()) >= 2  # the Dutch word and the translation
    assert "✎ nog niet gecontroleerd" in answer and "⚠ vertaling" not in answer


def test_the_phrase_card_speaks_its_situation(alfa_deck: Collection) -> None:
    [nid] = [n for n in alfa_deck.find_notes("") if alfa_deck.get_note(n)["Key"] == "werkplaats/kun-je-dat-herhalen"]
    zin = next(c for c in alfa_deck.get_note(nid).cards() if c.template()["name"] == "Zin")
    assert zin.question_av_tags()
    assert "Je hebt een instructie" not in html.unescape(zin.question())  # heard, not read, on the front
    assert "Je hebt een instructie" in html.unescape(zin.answer())


def test_lezer_cards_keep_their_text_and_the_switch_leaves_out_machine_speech(tmp_path: Path) -> None:
    write_sector(tmp_path, TERMS)
    write_recipe(tmp_path, ALFA.replace("profile: alfa", "profile: lezer\ntranslation_audio: false"))
    recipe = load_recipe(tmp_path / "decks" / "test.yaml")
    entries = recipe_entries(recipe)
    voice = tmp_path / "voice.mp3"
    voice.write_bytes(fake_mp3("nl"))
    from vaktaal.anki.build import plan_deck

    plan = plan_deck(recipe, "ti", entries=entries, audio=dict.fromkeys(audio_texts(entries), voice),
                     translation_audio=dict.fromkeys(translation_texts(entries, "ti"), voice))
    assert all(note.field("TranslationAudio") == "" for note in plan.notes)
    assert {n.field("Herkennen") for n in plan.notes} == {"1"}


def test_the_deck_credits_its_pictures(alfa_deck: Collection) -> None:
    description = alfa_deck.decks.by_name("Vaktaal::Werkplaats")["desc"]
    assert "OpenMoji" in description and "CC-BY-SA-4.0" in description  # openmoji:1f528, the hammer
    assert "creativecommons.org/licenses/by-sa/4.0" in description


def test_each_picture_is_in_the_package_and_on_both_sides(alfa_deck: Collection) -> None:
    media = Path(alfa_deck.media.dir())
    for cid in alfa_deck.find_cards(""):
        card = alfa_deck.get_card(cid)
        for side in (card.question(), card.answer()):
            [name] = re.findall(r'<img src="([^"]+)"', side)
            assert (media / name).is_file() and (media / name).read_bytes().lstrip().startswith(b"<")  # an SVG
