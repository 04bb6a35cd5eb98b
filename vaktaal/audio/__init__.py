"""Dutch audio for every word and example sentence.

Google's voice through gTTS when it can be reached, an offline espeak-ng voice otherwise; every
recording lands in a content-addressed cache, so a second run records nothing and a changed word
records only that word. See :func:`ensure_audio`.
"""

from vaktaal.audio.generate import ensure_audio, find_audio
from vaktaal.audio.options import ENGINES, AudioOptions, AudioReport
from vaktaal.audio.texts import spoken_text, term_texts

__all__ = ["ENGINES", "AudioOptions", "AudioReport", "ensure_audio", "find_audio", "spoken_text", "term_texts"]
