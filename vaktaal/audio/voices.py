"""The voices vaktaal can record with, per language, and their engines loaded on first use.

Importing an engine is not free (gTTS brings requests and urllib3: about 0.2 s), and most runs
find every recording in the cache: the engine is imported only when something must be recorded.

Dutch has both voices. A learner's own language has a voice only where it was judged
understandable (see docs/recipes.md "Sound in the learner's language"): espeak-ng reads
unvocalised Arabic script with wrong vowels, so Arabic is spoken only by Google's voice; Google's
voice has no Persian and no Tigrinya, espeak-ng has both (Ge'ez script spells its vowels, which
espeak-ng follows); Somali has no voice at all. A person's recording (``recordings:``) covers
what no voice does.
"""

from __future__ import annotations

import importlib
from types import ModuleType

GTTS = "gtts"
ESPEAK = "espeak"
DUTCH = "nl"

#: Language -> engine -> the voice name that engine speaks it with (part of every cache key).
VOICES: dict[str, dict[str, str]] = {
    DUTCH: {GTTS: "nl", ESPEAK: "nl"},
    "en": {GTTS: "en", ESPEAK: "en"},
    "ar": {GTTS: "ar"},
    "tr": {GTTS: "tr", ESPEAK: "tr"},
    "uk": {GTTS: "uk", ESPEAK: "uk"},
    "fa": {ESPEAK: "fa"},
    "ti": {ESPEAK: "ti"},
}
DUTCH_VOICES = VOICES[DUTCH]


def voice(language: str, engine_name: str) -> str | None:
    """The voice engine ``engine_name`` speaks ``language`` with, or None when it does not."""
    return VOICES.get(language, {}).get(engine_name)


def has_voice(language: str) -> bool:
    return bool(VOICES.get(language))


def engine(name: str) -> ModuleType:
    """The module of engine ``name`` (``synthesize`` and friends), imported now if needed."""
    return importlib.import_module(f"vaktaal.audio.{name}_engine")
