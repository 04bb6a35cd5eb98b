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

from vaktaal.coaching.checklist import word_code
from vaktaal.coaching.exercises import Exercises
from vaktaal.coaching.learners import GROUP
from vaktaal.coaching.week_words import PackWord, WeekPack
from vaktaal.content.format_rules import slugify
from vaktaal.content.languages import language_name, text_direction

#: Characters of a command that fit on one line of the printed guide at its normal size; a longer
#: command is printed smaller (up to about 105 characters), never broken over two lines.
LONG_COMMAND = 84
#: Minutes of the four steps of the hour: voorbewerken, semantiseren, consolideren, controleren.
STEP_MINUTES = (10, 20, 20, 10)
#: Each step in one plain sentence, for a volunteer who has never heard "semantiseren" (Dutch,
#: like the guide; "je" is the coach).
STEP_EXPLANATIONS = (
    "Je maakt de cursist klaar voor de nieuwe woorden: jullie praten over het werk en over wat de cursist "
    "al kent.",
    "Je laat zien wat elk nieuw woord betekent, met het echte ding of een plaatje, en je zegt het woord erbij.",
    "De cursist hoort, zegt en gebruikt de nieuwe woorden zo vaak dat ze blijven hangen: daarvoor zijn de "
    "oefeningen op het werkblad.",
    "Je kijkt of de cursist de woorden nu kent, en je schrijft op welke nog niet.",
)


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
    learner = "Groep" if pack.learner == GROUP else f"Cursist: {pack.shown_name}"
    return {"pack": pack, "media": media, "css": _css(), "direction": text_direction(pack.lang),
            "language": language_name(pack.lang), "learner_label": learner, "alfa": pack.profile == "alfa",
            **extra}


def render_worksheet(pack: WeekPack, exercises: Exercises, media: PackMedia) -> str:
    return _environment().get_template("worksheet.html.j2").render(_context(pack, media, ex=exercises))


def word_codes(words: tuple[PackWord, ...]) -> dict[str, str]:
    """What the coach types for each word in `vaktaal progress record`: the word as shown
    (see ``checklist.word_code``), or the full key where two words of the week share a code."""
    codes = {w.key: word_code(w.term) for w in words}
    counts: dict[str, int] = {}
    for code in codes.values():
        counts[slugify(code)] = counts.get(slugify(code), 0) + 1
    return {key: code if counts[slugify(code)] == 1 else key for key, code in codes.items()}


def progress_command(pack: WeekPack, words: tuple[str, ...] = ("--not-yet", "CODE,CODE"), *,
                     name_recipe: bool = True) -> str:
    """The command to type after the hour, each part quoted for the shell where it needs it;
    short enough for one line of the guide (the recipe only when the learner has several plans)."""
    recipe = ["--recipe", pack.recipe.slug] if name_recipe else []
    return shlex.join(["vaktaal", "progress", "record", pack.learner, *recipe, "--week", str(pack.week), *words])


def render_coach_guide(pack: WeekPack, exercises: Exercises, media: PackMedia, *, name_recipe: bool = True) -> str:
    """``name_recipe``: the commands name the recipe (needed when the learner has several plans)."""
    unchecked = any(w.gloss and not w.checked for w in pack.all_words)
    return _environment().get_template("coach_guide.html.j2").render(_context(
        pack, media, ex=exercises, steps=STEP_MINUTES, explain=STEP_EXPLANATIONS, ids=word_codes(pack.words),
        command=progress_command(pack, name_recipe=name_recipe),
        all_known_command=progress_command(pack, ("--all-known",), name_recipe=name_recipe),
        long_command=LONG_COMMAND, unchecked=unchecked))


def render_audio_page(pack: WeekPack, media: PackMedia) -> str:
    shown: set[str] = set()
    groups = []
    for title, words in (("Nieuw", pack.new), ("Herhalen", pack.review), ("Wat zeg je?", pack.roleplay)):
        fresh = [w for w in words if w.key not in shown]
        shown.update(w.key for w in fresh)
        groups.append((title, fresh))
    return _environment().get_template("audio_page.html.j2").render(_context(pack, media, groups=groups))
