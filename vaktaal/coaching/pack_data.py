"""The worksheet and the coach guide as data for their Typst templates (``templates/*.typ``).

Plain JSON values only: every word, translation, note and name is a string the template places
as text (see ``coaching.pdf``). Pictures are paths inside the pack folder (``images/...``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import Any

from vaktaal.coaching.exercises import Exercises, Lettered
from vaktaal.coaching.learners import GROUP
from vaktaal.coaching.pages import STEP_EXPLANATIONS, STEP_MINUTES, PackMedia, progress_command, word_codes
from vaktaal.coaching.week_words import PackWord, WeekPack
from vaktaal.content.languages import language_name, text_direction
from vaktaal.content.pictures import PictureSource

Json = dict[str, Any]


def word_data(w: PackWord, media: PackMedia, codes: dict[str, str] | None = None) -> Json:
    t = w.term
    return {
        "key": w.key, "code": (codes or {}).get(w.key, t.id), "nl": t.nl, "article": t.article,
        "plural": t.plural, "lang": w.lang, "dir": text_direction(w.lang), "gloss": w.gloss,
        "example": t.example, "example_gloss": w.example_gloss, "checked": w.checked, "again": w.again,
        "reason": w.reason, "emoji": t.emoji, "picture": media.picture(w), "photo": media.is_photo(w),
        "situation": t.situation, "full_form": t.full_form, "notes": t.notes, "is_phrase": t.is_phrase,
        "safety": t.safety,
    }


def writing_direction(text: str) -> str:
    """"rtl" when the first letter of ``text`` is of a right-to-left script, else "ltr"."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return "rtl"
        if kind == "L":
            return "ltr"
    return "ltr"


def credits_data(sources: Iterable[PictureSource]) -> list[Json]:
    """What the picture licences ask the pages to say."""
    return [{"name": s.name, "licence": s.licence, "attribution": s.attribution, "url": s.url} for s in sources]


def _lettered(items: Sequence[Lettered], media: PackMedia, codes: dict[str, str]) -> list[Json]:
    return [{"letter": item.letter, "word": word_data(item.word, media, codes)} for item in items]


def exercises_data(ex: Exercises, media: PackMedia, codes: dict[str, str]) -> Json:
    def words(seq: Iterable[PackWord]) -> list[Json]:
        return [word_data(w, media, codes) for w in seq]

    matching = None
    if ex.matching is not None:
        matching = {"pictures": _lettered(ex.matching.pictures, media, codes), "words": words(ex.matching.words),
                    "answers": [ex.matching.answer(i + 1) for i in range(len(ex.matching.words))]}
    by_answer = {f.answer: f.word for f in ex.fill_in}
    return {
        "listen": _lettered(ex.listen, media, codes), "say_order": _lettered(ex.say_order, media, codes),
        "matching": matching, "articles": words(ex.articles), "plurals": words(ex.plurals),
        "fill_in": [{"sentence": f.sentence, "answer": f.answer} for f in ex.fill_in],
        "word_bank": [{"answer": a, "word": word_data(by_answer[a], media, codes)} for a in ex.word_bank],
        "roleplay": words(ex.roleplay), "safety": words(ex.safety), "cards": words(ex.picture_cards),
    }


def pack_data(pack: WeekPack, ex: Exercises, media: PackMedia, *, name_recipe: bool = True) -> Json:
    """The data of one learner's worksheet and coach guide; ``name_recipe``: the guide's commands
    name the recipe (needed when the learner has plans for several recipes)."""
    codes = word_codes(pack.words)

    def words(seq: Iterable[PackWord]) -> list[Json]:
        return [word_data(w, media, codes) for w in seq]

    return {
        "week": pack.week, "week_count": pack.week_count, "recipe": pack.recipe.name,
        "learner_label": "Groep" if pack.learner == GROUP else "Cursist: ",
        # The name in a box of its own direction: an Arabic name stays whole in the Dutch line.
        "learner_name": None if pack.learner == GROUP else pack.shown_name,
        "learner_dir": writing_direction(pack.shown_name),
        "lang": pack.lang, "language": language_name(pack.lang), "dir": text_direction(pack.lang),
        "alfa": pack.profile == "alfa", "new": words(pack.new), "review": words(pack.review),
        "words": words(pack.words), "unchecked": any(w.gloss and not w.checked for w in pack.all_words),
        "steps": list(STEP_MINUTES), "explain": list(STEP_EXPLANATIONS),
        "command": progress_command(pack, name_recipe=name_recipe),
        "all_known_command": progress_command(pack, ("--all-known",), name_recipe=name_recipe),
        "ex": exercises_data(ex, media, codes), "credits": credits_data(media.credits),
    }
