"""What is spoken for a term, and how text is normalized before a voice reads it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path

from vaktaal.content.format_rules import RECORDING_EXAMPLE
from vaktaal.content.model import Term

#: All-caps words that are said as a word, not letter by letter (signs and acronyms said as words).
SAID_AS_WORDS = frozenset({
    "ARBO", "HAVO", "NATO", "STOP", "NOOD", "GEVAAR", "PAS", "OP", "NIET", "ROKEN", "HEET", "LET",
    "UIT", "AAN", "OPEN", "DICHT", "VERBODEN", "INGANG", "UITGANG", "NOODUITGANG", "WC", "OK",
})
# WC and OK are spelled in speech anyway ("wee-see", "oo-kaa"); listing them keeps them as written
# so both voices use their own, natural reading.

# An all-caps token of 2+ letters, optionally joined by '&' (RI&E), not part of a longer word.
_ACRONYM = re.compile(r"(?<![^\W\d_])([A-Z]+(?:&[A-Z]+)+|[A-Z]{2,})(?![^\W\d_])")
_SPACES = re.compile(r"\s+")


def _spell(match: re.Match[str]) -> str:
    token = match.group(1)
    if token in SAID_AS_WORDS:
        return token
    # Letters separated by spaces are read as letter names by gTTS and by espeak-ng
    # ("L M R A" -> /ɛl ɛm ɛr aː/), while "LMRA" is read as one unpronounceable word.
    return " ".join("en" if ch == "&" else ch for ch in token)  # RI&E -> "R I en E"


def spoken_text(text: str) -> str:
    """The text as a voice should read it: Unicode NFC, single spaces, and abbreviations written
    in capitals (LMRA, BHV, VCA, PBM, RI&E, HACCP) spelled out letter by letter ("L M R A").

    Capital words in :data:`SAID_AS_WORDS` are left alone. A possessive or plural ending stays
    attached: "PBM's" -> "P B M's", "BHV'er" -> "B H V'er".
    """
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return _ACRONYM.sub(_spell, text)


def term_texts(term: Term) -> list[str]:
    """What a synthetic voice records for a term: the word with its article ("de laskap"), then
    its example sentence if it has one — except what a person recorded (see :func:`sound_for`).
    These strings are also the keys decks and packs use to find the audio."""
    texts = []
    if "nl" not in term.recording_paths:
        texts.append(term.with_article)
    if term.example and term.example.strip() and RECORDING_EXAMPLE not in term.recording_paths:
        texts.append(term.example)
    if term.is_phrase and term.situation:
        texts.append(term.situation)  # the phrase card speaks its situation, for learners who cannot read
    return texts


def spoken_for(term: Term, slot: str) -> str | None:
    """The text of ``slot``: ``nl`` is the word with its article, ``example`` the example, a
    language code the translation into that language."""
    if slot == "nl":
        return term.with_article
    return term.example if slot == RECORDING_EXAMPLE else term.translations.get(slot)


def sound_for(term: Term, slot: str, audio: Mapping[str, Path]) -> Path | None:
    """What the learner hears for ``slot``: a person's recording when there is one (it always
    wins), else the synthetic voice's recording of the slot's text in ``audio`` (text -> MP3; for
    a language slot, the recordings of the translations into that language)."""
    recorded = term.recording_paths.get(slot)
    if recorded is not None:
        return recorded
    text = spoken_for(term, slot)
    return audio.get(text) if text else None
