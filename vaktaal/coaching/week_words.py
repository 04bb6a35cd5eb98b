"""What goes into one week's pack: the week's new words, the words that come back (the ones
the learner did not know yet, or that their Anki reviews show as weak, first), role-play phrases
and safety instructions."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vaktaal.coaching.curriculum import Plan
from vaktaal.coaching.progress_file import Progress
from vaktaal.coaching.word_status import anki_reason, practice_first
from vaktaal.content.model import Term
from vaktaal.errors import InputError
from vaktaal.i18n import _
from vaktaal.progress.memory import WordMemory
from vaktaal.progress.store import AnkiProgress
from vaktaal.recipes import Recipe, SelectedTerm

#: The sector whose phrases serve as role-play prompts when the recipe has too few phrases.
WORK_FLOOR_SECTOR = "werkvloer"
ROLEPLAY_COUNT = 3
SAFETY_COUNT = 6


@dataclass(frozen=True)
class WeekWords:
    """Keys of the words of one week."""

    week: int
    new: tuple[str, ...]
    #: Words the learner did not know yet in an earlier week, or weak in Anki: they come back first.
    again: tuple[str, ...]
    #: Everything that comes back: ``again`` first, then the spaced reviews (1, 2, 4, 8 weeks).
    review: tuple[str, ...]

    @property
    def all(self) -> tuple[str, ...]:
        return self.new + self.review


def week_words(plan: Plan, progress: Progress, week: int, anki: AnkiProgress | None = None) -> WeekWords:
    """``anki``: what the learner's own reviews say (see ``coaching.word_status``), if imported."""
    new = plan.new_words(week)
    first = progress.not_yet_known(before=week) if anki is None else practice_first(plan, progress, anki, week)
    again = [k for k in first if k not in new]
    review = again + [k for k in plan.review_words(week) if k not in new and k not in again]
    return WeekWords(week, tuple(new), tuple(again), tuple(review))


@dataclass(frozen=True)
class PackWord:
    entry: SelectedTerm
    lang: str
    #: The learner did not know this word yet in an earlier week, or it is weak in Anki.
    again: bool = False
    #: What the learner's Anki reviews say about the word, when imported.
    memory: WordMemory | None = None

    @property
    def reason(self) -> str:
        """Why the word comes back first, for the coach guide: Anki's figures, or the coach's check."""
        if not self.again:
            return ""
        return anki_reason(self.memory) or "vorige keer nog niet gekend"

    @property
    def key(self) -> str:
        return self.entry.key

    @property
    def term(self) -> Term:
        return self.entry.term

    @property
    def gloss(self) -> str | None:
        return self.term.translations.get(self.lang)

    @property
    def example_gloss(self) -> str | None:
        return self.term.example_translations.get(self.lang)

    @property
    def checked(self) -> bool:
        """True when a person checked the translation into the learner's language."""
        return self.term.is_reviewed(self.lang)


@dataclass(frozen=True)
class WeekPack:
    recipe: Recipe
    learner: str
    week: int
    week_count: int
    lang: str
    profile: str
    new: tuple[PackWord, ...]
    review: tuple[PackWord, ...]
    roleplay: tuple[PackWord, ...]
    safety: tuple[PackWord, ...]
    #: Keys the plan names for this week that the recipe no longer has.
    missing: tuple[str, ...] = ()

    @property
    def words(self) -> tuple[PackWord, ...]:
        """New and review words, each once (the words to check at the end of the hour)."""
        return self.new + self.review

    @property
    def all_words(self) -> tuple[PackWord, ...]:
        """Every word on any page (role-play phrases from outside the plan included), each once."""
        seen: dict[str, PackWord] = {}
        for word in self.new + self.review + self.roleplay + self.safety:
            seen.setdefault(word.key, word)
        return tuple(seen.values())


def _roleplay(week_entries: Sequence[SelectedTerm], earlier: Sequence[SelectedTerm],
              work_floor: Sequence[SelectedTerm], week: int) -> list[SelectedTerm]:
    """This week's phrases, then phrases met before (most recent first), then work-floor phrases
    (a different few each week) until there are enough to act out."""
    chosen = [e for e in week_entries if e.term.is_phrase and e.term.situation]
    chosen += [e for e in earlier if e.term.is_phrase and e.term.situation and e not in chosen]
    if len(chosen) < ROLEPLAY_COUNT:
        extra = [e for e in work_floor if e.term.is_phrase and e.term.situation
                 and e.key not in {c.key for c in chosen}]
        if extra:
            start = ((week - 1) * ROLEPLAY_COUNT) % len(extra)
            chosen += (extra[start:] + extra[:start])[: ROLEPLAY_COUNT - len(chosen)]
    return chosen[:ROLEPLAY_COUNT]


def assemble_week(recipe: Recipe, entries: Sequence[SelectedTerm], plan: Plan, progress: Progress, *,
                  week: int, lang: str, profile: str | None = None, learner: str,
                  work_floor: Sequence[SelectedTerm] = (), anki: AnkiProgress | None = None) -> WeekPack:
    """The content of week ``week`` for a learner reading ``lang``.

    ``work_floor`` are the terms of the work-floor sector, used for role-play when the recipe
    has too few phrases of its own; ``anki`` what the learner's Anki reviews say (weak words
    come back first, with the reason in the coach guide).
    """
    if not 1 <= week <= plan.week_count:
        raise InputError(_("not in the plan (it has weeks 1 to {count})").format(count=plan.week_count),
                         field="week", value=week, hint=_("make the plan longer (more weeks), or choose a week "
                                                          "of the plan"))
    by_key = {e.key: e for e in entries}
    words = week_words(plan, progress, week, anki)
    again = set(words.again)
    memory = anki.words if anki else {}
    new = tuple(PackWord(by_key[k], lang, memory=memory.get(k)) for k in words.new if k in by_key)
    review = tuple(PackWord(by_key[k], lang, again=k in again, memory=memory.get(k))
                   for k in words.review if k in by_key)
    week_entries = [w.entry for w in new + review]
    earlier = [by_key[k] for n in range(week - 1, 0, -1) for k in plan.new_words(n) if k in by_key]
    roleplay = tuple(PackWord(e, lang, again=e.key in again, memory=memory.get(e.key))
                     for e in _roleplay(week_entries, earlier, work_floor, week))
    safety = tuple(w for w in new + review if w.term.safety and w.term.example)[:SAFETY_COUNT]
    missing = tuple(k for k in words.all if k not in by_key)
    return WeekPack(recipe, learner, week, plan.week_count, lang, profile or plan.profile, new, review,
                    roleplay, safety, missing)
