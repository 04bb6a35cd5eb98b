"""The recordings a week's pack needs: each word and example in Dutch, the phone page's spoken
instructions, and each word's translation where a voice speaks the learner's language (a
person's recording wins over both, see ``pack_folder``)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from vaktaal.audio import AudioOptions, ensure_audio, term_texts
from vaktaal.audio.voices import has_voice
from vaktaal.coaching.pages import INSTRUCTIONS
from vaktaal.coaching.week_words import PackWord


@dataclass
class PackAudio:
    #: Dutch text -> MP3 (words, examples, situations, instructions).
    files: dict[str, Path] = field(default_factory=dict)
    #: Translation -> MP3 in the learner's language (machine speech).
    translations: dict[str, Path] = field(default_factory=dict)
    #: Dutch text -> why there is no recording.
    failed: dict[str, str] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)


def pack_audio(words: Iterable[PackWord], lang: str, options: AudioOptions,
               progress: Callable[[int, int], None] | None = None) -> PackAudio:
    """Record (or find in the cache) everything the pack's pages play."""
    words = list(words)
    texts = [t for w in words for t in term_texts(w.term)] + list(INSTRUCTIONS.values())
    report = ensure_audio(list(dict.fromkeys(texts)), options, progress=progress)
    result = PackAudio(dict(report.files), failed=dict(report.failed), notices=list(report.notices))
    spoken = [w.gloss for w in words if w.gloss and lang not in w.term.recording_paths]
    if spoken and has_voice(lang):
        # A translation without a voice (no offline voice for the language, Google's not reachable)
        # simply has no button on the phone page: nothing to report per word.
        translated = ensure_audio(list(dict.fromkeys(spoken)), dataclasses.replace(options, language=lang))
        result.translations = dict(translated.files)
    return result
