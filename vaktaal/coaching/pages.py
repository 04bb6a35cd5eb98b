"""The phone page of a week's pack (``index.html``: listen, repeat, tap the picture), from a Jinja2
template (package data, autoescaped: every word, translation and note is escaped before it reaches
the page), and what the printed pages share with it.

The page speaks for learners who cannot read: each part has a spoken instruction
(:data:`INSTRUCTIONS`, recorded like any Dutch text), each word its own sound and, where a voice
or a person's recording exists, its translation.
"""

from __future__ import annotations

import json
import shlex
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

import jinja2
from markupsafe import Markup

from vaktaal.coaching.checklist import word_code
from vaktaal.coaching.week_words import PackWord, WeekPack
from vaktaal.content.format_rules import slugify
from vaktaal.content.languages import language_name, text_direction
from vaktaal.content.pictures import PictureSource

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

#: What the phone page says before each part, and after a tap in the picture game (Dutch, recorded).
INSTRUCTIONS = {
    "new": "Luister naar het woord. Zeg het na.",
    "review": "Deze woorden ken je al een beetje. Luister en zeg ze na.",
    "roleplay": "Luister naar de zin. Zeg hem na.",
    "quiz": "Luister naar het woord. Tik op het goede plaatje.",
    "right": "Goed zo!",
    "wrong": "Nog een keer.",
}


@dataclass(frozen=True)
class PackMedia:
    """Where the pages find pictures and recordings, relative to the pack folder."""

    pictures: Mapping[str, str] = field(default_factory=dict)  # word key -> images/...
    sounds: Mapping[str, str] = field(default_factory=dict)    # Dutch text -> audio/...
    #: Word key -> audio/... of its translation, and whether a person recorded it (else a machine voice).
    translations: Mapping[str, tuple[str, bool]] = field(default_factory=dict)
    #: Word keys whose picture is a photo (the employer's), not a library picture.
    photos: frozenset[str] = frozenset()
    #: The picture sources to credit (their licences ask for it).
    credits: tuple[PictureSource, ...] = ()

    def picture(self, word: PackWord) -> str | None:
        return self.pictures.get(word.key)

    def is_photo(self, word: PackWord) -> bool:
        return word.key in self.photos

    def audio(self, text: str | None) -> str | None:
        return self.sounds.get(text) if text else None

    def translation(self, word: PackWord) -> tuple[str, bool] | None:
        return self.translations.get(word.key)


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


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("vaktaal.coaching", "templates"),
                              autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)


@lru_cache(maxsize=1)
def page_css() -> Markup:
    """The pages' style sheet, marked safe: it is package data, and escaping it would turn the
    quotes of its font names into ``&#34;`` (the browser would then drop the fonts and the RTL rule)."""
    return Markup((files("vaktaal.coaching") / "templates" / "pack.css").read_text(encoding="utf-8"))


def _quiz(words: list[PackWord], media: PackMedia) -> list[dict[str, str]]:
    """Picture to sound: each word that has both, for the page's game."""
    items = []
    for w in words:
        sound, picture = media.audio(w.term.with_article), media.picture(w)
        if sound and (picture or w.term.emoji):
            items.append({"sound": sound, "picture": picture or "", "emoji": w.term.emoji or "", "alt": w.term.nl})
    return items


def render_audio_page(pack: WeekPack, media: PackMedia) -> str:
    shown: set[str] = set()
    groups = []
    for part, title, words in (("new", "Nieuw", pack.new), ("review", "Herhalen", pack.review),
                               ("roleplay", "Wat zeg je?", pack.roleplay)):
        fresh = [w for w in words if w.key not in shown]
        shown.update(w.key for w in fresh)
        groups.append((part, title, fresh))
    quiz = _quiz([w for _part, _title, words in groups[:2] for w in words], media)
    context: dict[str, Any] = {
        "pack": pack, "media": media, "css": page_css(), "direction": text_direction(pack.lang),
        "language": language_name(pack.lang), "alfa": pack.profile == "alfa", "groups": groups,
        "instructions": {part: media.audio(text) for part, text in INSTRUCTIONS.items()},
        "quiz": Markup(json.dumps(quiz, ensure_ascii=True).replace("<", "\\u003c").replace(">", "\\u003e")
                       .replace("&", "\\u0026")) if len(quiz) >= 2 else None,
        "credits": media.credits,
    }
    return _environment().get_template("audio_page.html.j2").render(context)
