"""The week-1 chunks (issue 14): every fixed phrase a newcomer needs in the first week is in
sectors/werkvloer.yaml, with a situation (phrases), an example, and the word and the example
translated into all seven learner languages."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest

from vaktaal import Term, load_sector

WERKVLOER = Path(__file__).resolve().parents[1] / "sectors" / "werkvloer.yaml"
LANGUAGES = ("en", "ar", "ti", "fa", "so", "tr", "uk")


def normalise(text: str) -> str:
    """Lower case, no punctuation or ellipsis, single spaces: 'Dit is kapot!' == 'dit is kapot'."""
    text = unicodedata.normalize("NFC", text).casefold().replace("…", " ")
    text = re.sub(r"[^\w\s']", " ", text)
    return " ".join(text.split())


# (what the issue asks for, the Dutch text to find, whether it is about safety or health)
WEEK1: list[tuple[str, str, bool]] = [
    ("verlof aanvragen", "verlof aanvragen", False),
    ("vakantie aanvragen", "Ik wil vakantie aanvragen.", False),
    ("uitklokken", "uitklokken", False),
    ("pasje vergeten", "Ik ben mijn pasje vergeten.", False),
    ("is het duidelijk", "Is het duidelijk?", False),
    ("laten zien", "Kun je het laten zien?", False),
    ("opschrijven", "Kun je het opschrijven?", False),
    ("nog niet goed Nederlands", "Ik spreek nog niet goed Nederlands.", False),
    ("nog niet klaar", "Ik ben nog niet klaar.", False),
    ("dat mag niet", "Dat mag niet.", True),
    ("roken buiten", "Roken mag alleen buiten.", True),
    ("noodstop", "Waar is de noodstop?", True),
    ("kapot", "Dit is kapot.", True),
    ("handschoenen kapot", "Mijn handschoenen zijn kapot, ik heb nieuwe nodig.", True),
    ("pijn aan mijn …", "Ik heb pijn aan mijn …", True),
    ("niet goed worden", "Ik word niet goed.", True),
    ("duizelig", "Ik ben duizelig.", True),
    ("kleedkamer", "Waar is de kleedkamer?", False),
    ("kluisje", "Waar is mijn kluisje?", False),
    ("werkkleding", "werkkleding", True),
    ("beginnen", "Hoe laat moet ik beginnen?", False),
    ("melden", "Bij wie moet ik me melden?", False),
    ("pauze nemen", "Mag ik even pauze nemen?", False),
]


@pytest.fixture(scope="module")
def terms() -> list[Term]:
    return list(load_sector(WERKVLOER).terms)


def find(terms: list[Term], wanted: str) -> Term | None:
    """The term whose Dutch text is `wanted`; a pattern ending in '…' ('Ik heb pijn aan mijn …')
    matches a filled-in chunk ('Ik heb pijn aan mijn rug.')."""
    key = normalise(wanted)
    for term in terms:
        nl = normalise(term.nl)
        if nl == key or (wanted.endswith("…") and nl.startswith(key + " ")):
            return term
    return None


@pytest.mark.parametrize(("label", "wanted", "safety"), WEEK1, ids=[w[0] for w in WEEK1])
def test_week1_chunk_is_complete(terms: list[Term], label: str, wanted: str, safety: bool) -> None:
    term = find(terms, wanted)
    assert term is not None, f"werkvloer lacks the week-1 chunk {wanted!r} ({label})"
    assert term.level in ("A1", "A2"), f"{term.id}: week-1 chunks are A1 or A2, not {term.level}"
    assert term.example and term.example.strip(), f"{term.id} has no example sentence"
    if term.pos == "phrase":
        assert term.situation and term.situation.strip(), f"{term.id} is a phrase without a situation"
    for lang in LANGUAGES:
        assert (term.translations.get(lang) or "").strip(), f"{term.id} has no {lang} translation"
        assert (term.example_translations.get(lang) or "").strip(), \
            f"{term.id} has no {lang} translation of its example"
    if safety:
        assert term.safety, f"{term.id} is about safety or health and must have safety: true"
    assert not term.reviewed, f"{term.id}: only a person who speaks the language may mark it reviewed"


def test_pain_chunk_explains_the_pattern(terms: list[Term]) -> None:
    term = find(terms, "Ik heb pijn aan mijn …")
    assert term is not None
    assert term.notes and "Ik heb pijn aan mijn" in term.notes, "the notes should explain the pattern"


def test_normalise_ignores_case_and_punctuation() -> None:
    assert normalise("Dit is kapot!") == normalise("dit is kapot")
    assert normalise("Mijn handschoenen zijn kapot, ik heb nieuwe nodig.") == \
        "mijn handschoenen zijn kapot ik heb nieuwe nodig"
