"""The exercises of a week's pack and their answers, the same for the worksheet and the coach's
answer key. Shuffles are seeded by recipe and week, so a pack made twice is the same."""

from __future__ import annotations

import random
import re
from collections.abc import Sequence
from dataclasses import dataclass

from vaktaal.coaching.week_words import PackWord, WeekPack

LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
PICTURE_EXERCISE_SIZE = 6
GAP = "_____"


@dataclass(frozen=True)
class Lettered:
    letter: str
    word: PackWord


@dataclass(frozen=True)
class Matching:
    #: Pictures, lettered A, B, C ...
    pictures: tuple[Lettered, ...]
    #: The same words as text, numbered 1, 2, 3 ... in another order.
    words: tuple[PackWord, ...]

    def answer(self, number: int) -> str:
        """Letter of the picture that goes with word ``number`` (1-based)."""
        word = self.words[number - 1]
        return next(p.letter for p in self.pictures if p.word.key == word.key)


@dataclass(frozen=True)
class FillIn:
    word: PackWord
    sentence: str      # the example with the word replaced by a gap
    answer: str


@dataclass(frozen=True)
class Exercises:
    #: Listen and point: the pictures lettered; ``say_order`` is the order the coach says them.
    listen: tuple[Lettered, ...]
    say_order: tuple[Lettered, ...]
    matching: Matching | None
    articles: tuple[PackWord, ...]       # de of het?
    plurals: tuple[PackWord, ...]        # een ... / twee ...
    fill_in: tuple[FillIn, ...]
    word_bank: tuple[str, ...]
    roleplay: tuple[PackWord, ...]       # Wat zeg je?
    safety: tuple[PackWord, ...]         # Wat moet je doen?


def _distinct_pictures(words: Sequence[PackWord]) -> list[PackWord]:
    """Words with a picture, leaving out a word whose picture another word already has: with
    two ⚠️ the learner cannot know which one to point at."""
    seen: set[object] = set()
    chosen = []
    for word in words:
        picture = word.term.picture_path or word.term.emoji
        if picture and picture not in seen:
            seen.add(picture)
            chosen.append(word)
    return chosen


def _gap(example: str, nl: str) -> str | None:
    pattern = re.compile(rf"(?<!\w){re.escape(nl)}(?!\w)", re.IGNORECASE)
    return pattern.sub(GAP, example, count=1) if pattern.search(example) else None


def build_exercises(pack: WeekPack) -> Exercises:
    rng = random.Random(f"{pack.recipe.slug}/{pack.week}")
    # New words first; reviews fill up the picture exercises.
    pictured = _distinct_pictures(pack.words)[:PICTURE_EXERCISE_SIZE]
    listen = tuple(Lettered(LETTERS[i], w) for i, w in enumerate(pictured))
    say_order = list(listen)
    rng.shuffle(say_order)
    matching = None
    if len(pictured) >= 2:
        shuffled = list(pictured)
        rng.shuffle(shuffled)
        matching = Matching(listen, tuple(shuffled))
    readers = pack.profile == "lezer"
    articles: Sequence[PackWord] = ()
    plurals: Sequence[PackWord] = ()
    fill_in: list[FillIn] = []
    if readers:
        articles = [w for w in pack.words if w.term.article][:8]
        plurals = [w for w in pack.words if w.term.pos == "noun" and w.term.plural][:6]
        for w in pack.new + pack.review:
            if w.term.example and not w.term.is_phrase:
                sentence = _gap(w.term.example, w.term.nl)
                if sentence:
                    fill_in.append(FillIn(w, sentence, w.term.nl))
        fill_in = fill_in[:6]
    bank = [f.answer for f in fill_in]
    rng.shuffle(bank)
    return Exercises(listen, tuple(say_order), matching, tuple(articles), tuple(plurals), tuple(fill_in),
                     tuple(bank), pack.roleplay, pack.safety)
