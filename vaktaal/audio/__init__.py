"""Dutch audio for every word and example sentence, and people's own recordings.

Google's voice through gTTS when it can be reached, an offline espeak-ng voice otherwise; every
recording lands in a content-addressed cache, so a second run records nothing and a changed word
records only that word (``generate``, ``cache``, ``voices``). A recording made by a person
(``recordings``) always wins over a synthetic one (``texts.sound_for``). See :func:`ensure_audio`.

The names below load on first use, so that reading ``vaktaal.audio.texts`` (as decks do) does not
load the voices and the cache.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vaktaal.lazy_api import lazy_names

_API = {
    "ensure_audio": "vaktaal.audio.generate", "find_audio": "vaktaal.audio.generate",
    "ENGINES": "vaktaal.audio.options", "AudioOptions": "vaktaal.audio.options",
    "AudioReport": "vaktaal.audio.options",
    "spoken_text": "vaktaal.audio.texts", "term_texts": "vaktaal.audio.texts", "sound_for": "vaktaal.audio.texts",
}
__all__ = ["ENGINES", "AudioOptions", "AudioReport", "ensure_audio", "find_audio", "sound_for", "spoken_text",
           "term_texts"]

if TYPE_CHECKING:
    from vaktaal.audio.generate import ensure_audio, find_audio
    from vaktaal.audio.options import ENGINES, AudioOptions, AudioReport
    from vaktaal.audio.texts import sound_for, spoken_text, term_texts


__getattr__ = lazy_names(__name__, _API)
