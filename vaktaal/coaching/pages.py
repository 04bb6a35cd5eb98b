"""The three HTML pages of a week's pack, from Jinja2 templates (package data, autoescaped:
every word, translation and note is escaped before it reaches a page)."""

from __future__ import annotations

import shlex
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

import jinja2

from vaktaal.coaching.exercises import Exercises
from vaktaal.coaching.learners import GROUP
from vaktaal.coaching.week_words import PackWord, WeekPack
from vaktaal.content.languages import language_name, text_direction

#: Minutes of the four steps of the hour: voorbewerken, semantiseren, consolideren, controleren.
STEP_MINUTES = (10, 20, 20, 10)


@dataclass(frozen=True)
class PackMedia:
    """Where the pages find pictures and recordings, relative to the pack folder."""

    pictures: Mapping[str, str] = field(default_factory=dict)  # word key -> images/...
    sounds: Mapping[str, str] = field(default_factory=dict)    # Dutch text -> audio/...

    def picture(self, word: PackWord) -> str | None:
        return self.pictures.get(word.key)

    def audio(self, text: str | None) -> str | None:
        return self.sounds.get(text) if text else None


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("vaktaal.coaching", "templates"),
                              autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)


@lru_cache(maxsize=1)
def _css() -> str:
    return (files("vaktaal.coaching") / "templates" / "pack.css").read_text(encoding="utf-8")


def _context(pack: WeekPack, media: PackMedia, **extra: Any) -> dict[str, Any]:
    learner = "Groep" if pack.learner == GROUP else f"Cursist: {pack.learner}"
    return {"pack": pack, "media": media, "css": _css(), "direction": text_direction(pack.lang),
            "language": language_name(pack.lang), "learner_label": learner, "alfa": pack.profile == "alfa",
            **extra}


def render_worksheet(pack: WeekPack, exercises: Exercises, media: PackMedia) -> str:
    return _environment().get_template("worksheet.html.j2").render(_context(pack, media, ex=exercises))


def word_codes(words: tuple[PackWord, ...]) -> dict[str, str]:
    """What the coach types for each word in `vaktaal progress record`: the term id, or the
    full key where two words of the week share an id."""
    counts: dict[str, int] = {}
    for w in words:
        counts[w.term.id] = counts.get(w.term.id, 0) + 1
    return {w.key: w.term.id if counts[w.term.id] == 1 else w.key for w in words}


def progress_command(pack: WeekPack, words: str = "--not-yet CODE,CODE") -> str:
    """The command the coach types after the hour; every name from a file is shell-quoted, so a
    pasted command runs vaktaal and nothing else, whatever a learner or recipe is called."""
    parts = ["vaktaal", "progress", "record", pack.learner, "--recipe", pack.recipe.slug, "--week", str(pack.week)]
    return " ".join(shlex.quote(part) for part in parts) + " " + words


def render_coach_guide(pack: WeekPack, exercises: Exercises, media: PackMedia) -> str:
    unchecked = any(w.gloss and not w.checked for w in pack.all_words)
    return _environment().get_template("coach_guide.html.j2").render(_context(
        pack, media, ex=exercises, steps=STEP_MINUTES, ids=word_codes(pack.words),
        command=progress_command(pack), all_known_command=progress_command(pack, "--all-known"),
        unchecked=unchecked))


def render_audio_page(pack: WeekPack, media: PackMedia) -> str:
    shown: set[str] = set()
    groups = []
    for title, words in (("Nieuw", pack.new), ("Herhalen", pack.review), ("Wat zeg je?", pack.roleplay)):
        fresh = [w for w in words if w.key not in shown]
        shown.update(w.key for w in fresh)
        groups.append((title, fresh))
    return _environment().get_template("audio_page.html.j2").render(_context(pack, media, groups=groups))
