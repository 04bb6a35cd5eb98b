"""What is spoken for a term, and abbreviations spoken letter by letter."""

from __future__ import annotations

import pytest

from vaktaal.audio import espeak_engine, spoken_text, term_texts
from vaktaal.content.model import Term


@pytest.mark.parametrize(("text", "spoken"), [
    ("Doe eerst een LMRA.", "Doe eerst een L M R A."),
    ("de BHV'er", "de B H V'er"),
    ("de VCA-cursus", "de V C A-cursus"),
    ("Draag je PBM's.", "Draag je P B M's."),
    ("de RI&E", "de R I en E"),
    ("het HACCP-plan", "het H A C C P-plan"),
    ("STOP! Niet aanraken", "STOP! Niet aanraken"),      # a sign word stays a word
    ("de  laskap \n", "de laskap"),                        # spaces do not make a new recording
    ("Laat het de Arbo-arts weten", "Laat het de Arbo-arts weten"),
    ("de A-kant", "de A-kant"),                            # one capital is no abbreviation
])
def test_spoken_text(text: str, spoken: str) -> None:
    assert spoken_text(text) == spoken


def test_unicode_forms_make_one_text() -> None:
    composed, decomposed = "café", "cafe\u0301"
    assert spoken_text(composed) == spoken_text(decomposed)


def test_espeak_says_spelled_abbreviations_as_letter_names() -> None:
    # Written together espeak-ng reads one word (/lmrˈaː/); spelled, it says four letter names.
    assert espeak_engine.phonemes("LMRA").replace("ˈ", "").strip() == "lmraː"
    spelled = espeak_engine.phonemes(spoken_text("LMRA")).replace("ˈ", "").split()
    assert spelled == ["ɛl", "ɛm", "ɛr", "aː"]
    assert espeak_engine.phonemes(spoken_text("VCA")).replace("ˈ", "").split() == ["feː", "seː", "aː"]


def test_term_texts_noun_with_article_and_example() -> None:
    term = Term(id="laskap", nl="laskap", pos="noun", theme="v", level="A2", article="de",
                example="Zet je laskap op.")
    assert term_texts(term) == ["de laskap", "Zet je laskap op."]


def test_term_texts_phrase_without_example() -> None:
    term = Term(id="pas-op", nl="Pas op!", pos="phrase", theme="v", level="A1")
    assert term_texts(term) == ["Pas op!"]
    blank = Term(id="x", nl="x", pos="noun", theme="v", level="A1", article="het", example="  ")
    assert term_texts(blank) == ["het x"]
