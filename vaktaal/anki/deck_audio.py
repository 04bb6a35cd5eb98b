"""Recordings for a recipe's terms, from the audio package (vaktaal.audio): the Dutch word,
example and situation, and the translation in each learner language that has a voice."""

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
    #: Learner language -> translation -> recording (machine speech; see vaktaal.audio.voices).
    translations: dict[str, dict[str, Path]] = field(default_factory=dict)
    #: Text -> why there is no recording.
    failed: dict[str, str] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    generated: int = 0
    from_cache: int = 0


def audio_texts(entries: Sequence[SelectedTerm]) -> list[str]:
    from vaktaal.audio.texts import term_texts  # not at the top: the voices load only when needed

    return list(dict.fromkeys(text for entry in entries for text in term_texts(entry.term)))


def translation_texts(entries: Sequence[SelectedTerm], lang: str) -> list[str]:
    """The translations into ``lang`` a voice should speak (not those a person recorded)."""
    return list(dict.fromkeys(entry.term.translations[lang] for entry in entries
                              if lang in entry.term.translations and lang not in entry.term.recording_paths))


def deck_audio(entries: Sequence[SelectedTerm], *, engine: str = "auto", slow: bool = False,
               generate: bool = True, progress: Callable[[int, int], None] | None = None,
               languages: Sequence[str] = ()) -> DeckAudio:
    """Recordings for every term (word with article, example, situation) and, for each of
    ``languages`` that has a voice, its translation. ``generate=False`` only looks in the cache.
    Without the audio package the deck is built without sound, and says so."""
    try:
        from vaktaal.audio import AudioOptions, ensure_audio, find_audio
        from vaktaal.audio.voices import has_voice
    except ImportError as exc:
        return DeckAudio(notices=[_("audio is not available ({reason}); the deck has no sound").format(reason=exc)])
    result = DeckAudio()
    jobs = [("nl", audio_texts(entries))]
    jobs += [(lang, translation_texts(entries, lang)) for lang in languages if has_voice(lang)]
    for lang, texts in jobs:
        options = AudioOptions(engine=engine, slow=slow, language=lang)
        found: dict[str, Path] = {}
        if generate:
            report = ensure_audio(texts, options, progress=progress)
            found = dict(report.files)
            result.failed.update(report.failed if lang == "nl" else {})
            result.notices.extend(n for n in report.notices if n not in result.notices)
            result.generated += report.generated
            result.from_cache += report.from_cache
        else:
            for text in texts:
                path = find_audio(text, options)
                if path is not None:
                    found[text] = path
            result.from_cache += len(found)
        if lang == "nl":
            result.files = found
        else:
            result.translations[lang] = found
    return result
