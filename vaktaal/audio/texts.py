"""What is spoken for a term, and how text is normalized before a voice reads it."""

from __future__ import annotations

import re
import unicodedata

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
    """What to record for a term: the word with its article ("de laskap"), then its example
    sentence if it has one. These strings are also the keys decks use to find the audio."""
    texts = [term.with_article]
    if term.example and term.example.strip():
        texts.append(term.example)
    return texts
