"""Per word, what the coach recorded by hand and what the learner's Anki reviews say, and which
of the two is newer: the newer one decides whether the word comes back first.

The coach's check carries the day it was recorded (``progress.yaml``, per week); Anki's the day
of the word's last review. When one of them has no date (a week recorded before vaktaal kept
dates) or both are of the same day, either one saying "not yet" or "weak" brings the word back:
one repetition too many costs less than a forgotten safety word.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from vaktaal.coaching.curriculum import Plan
from vaktaal.coaching.progress_file import KNOWN, NOT_YET, Progress
from vaktaal.progress.memory import NEW, STRONG, WEAK, WordMemory
from vaktaal.progress.store import AnkiProgress

COACH, ANKI = "coach", "anki"


@dataclass(frozen=True)
class WordStatus:
    key: str
    #: 'known', 'not_yet' or None: the coach's last record.
    coach: str | None = None
    coach_date: date | None = None
    anki: WordMemory | None = None

    @property
    def anki_date(self) -> date | None:
        return self.anki.last_review.date() if self.anki and self.anki.last_review else None

    @property
    def newer(self) -> str | None:
        """'coach' or 'anki' when both say something and one is of a later day; else None."""
        if self.coach is None or self.anki is None or self.anki.status == NEW:
            return None
        if self.coach_date is None or self.anki_date is None or self.coach_date == self.anki_date:
            return None
        return COACH if self.coach_date > self.anki_date else ANKI

    @property
    def anki_weak(self) -> bool:
        return self.anki is not None and self.anki.status == WEAK

    @property
    def needs_practice(self) -> bool:
        """True when the word should come back first."""
        coach_says, anki_says = self.coach == NOT_YET, self.anki_weak
        newer = self.newer
        if newer == COACH:
            return coach_says
        if newer == ANKI:
            return anki_says
        return coach_says or anki_says

    @property
    def status(self) -> str:
        """The verdict, as a traffic light: weak (red), strong (green) or new (grey)."""
        if self.needs_practice:
            return WEAK
        if self.coach == KNOWN or (self.anki is not None and self.anki.status == STRONG):
            return STRONG
        return NEW


def word_status(key: str, progress: Progress, anki: AnkiProgress | None, before: int | None = None) -> WordStatus:
    record = progress.record_of(key, before)
    coach = None if record is None else (NOT_YET if key in record.not_yet else KNOWN)
    return WordStatus(key, coach, record.recorded_on if record else None, anki.words.get(key) if anki else None)


def practice_first(plan: Plan, progress: Progress, anki: AnkiProgress | None, week: int) -> list[str]:
    """Words taught before ``week`` that come back first: weak in Anki (weakest first), then
    the coach's not-yet words, each only when the newer of the two records says so."""
    taught = {k for n in range(1, week) for k in plan.new_words(n)}
    keys: list[str] = [w.key for w in anki.weak_words() if w.key in taught] if anki else []
    keys += [k for k in progress.not_yet_known(before=week) if k not in keys]
    return [k for k in keys if word_status(k, progress, anki, week).needs_practice]


def statuses(keys: Iterable[str], progress: Progress, anki: AnkiProgress | None) -> list[WordStatus]:
    return [word_status(k, progress, anki) for k in keys]


def anki_reason(memory: WordMemory | None) -> str:
    """Why Anki says the word is weak, for the coach guide (Dutch, like the guide itself)."""
    if memory is None or memory.status != WEAK:
        return ""
    parts = []
    if memory.lapses:
        parts.append(f"vergeten in Anki: {memory.lapses} keer")
    if memory.retrievability is not None:
        parts.append(f"geheugen {round(memory.retrievability * 100)}%")
    if memory.leech and not memory.lapses:
        parts.append("lastig woord in Anki")
    return " · ".join(parts)
