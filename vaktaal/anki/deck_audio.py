"""Recordings for a recipe's terms, from the audio package (vaktaal.audio)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vaktaal.i18n import _
from vaktaal.recipes import SelectedTerm


@dataclass
class DeckAudio:
    #: Dutch text -> recording, the mapping plan_deck takes.
    files: dict[str, Path] = field(default_factory=dict)
    #: Text -> why there is no recording.
    failed: dict[str, str] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    generated: int = 0
    from_cache: int = 0


def audio_texts(entries: Sequence[SelectedTerm]) -> list[str]:
    from vaktaal.audio.texts import term_texts  # not at the top: the voices load only when needed

    return list(dict.fromkeys(text for entry in entries for text in term_texts(entry.term)))


def deck_audio(entries: Sequence[SelectedTerm], *, engine: str = "auto", slow: bool = False,
               generate: bool = True, progress: Callable[[int, int], None] | None = None) -> DeckAudio:
    """Recordings for every term (word with article, example). ``generate=False`` only looks in
    the cache. Without the audio package the deck is built without sound, and says so."""
    try:
        from vaktaal.audio import AudioOptions, ensure_audio, find_audio
    except ImportError as exc:
        return DeckAudio(notices=[_("audio is not available ({reason}); the deck has no sound").format(reason=exc)])
    options = AudioOptions(engine=engine, slow=slow)
    texts = audio_texts(entries)
    if not generate:
        result = DeckAudio()
        for text in texts:
            path = find_audio(text, options)
            if path is not None:
                result.files[text] = path
        result.from_cache = len(result.files)
        return result
    report = ensure_audio(texts, options, progress=progress)
    return DeckAudio(files=dict(report.files), failed=dict(report.failed), notices=list(report.notices),
                     generated=report.generated, from_cache=report.from_cache)
