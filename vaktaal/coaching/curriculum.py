"""The curriculum: which new words a learner meets in which week, and when each comes back.

Only the week a word is *introduced* is stored; reviews are computed from it (1, 2, 4 and 8
weeks later), so a word the coach moves takes its reviews along.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from vaktaal.content.format_rules import LEVELS
from vaktaal.errors import InputError
from vaktaal.i18n import _
from vaktaal.recipes import SelectedTerm, learning_order

#: Weeks after its introduction in which a word comes back (spaced repetition).
REVIEW_AFTER: tuple[int, ...] = (1, 2, 4, 8)
#: New words per week: low-literate learners (alfa) take smaller portions than readers.
NEW_PER_WEEK = {"alfa": 6, "lezer": 12}
DEFAULT_WEEKS = 20


@dataclass(frozen=True)
class Plan:
    recipe: str
    learner: str
    profile: str
    per_week: int
    #: New word keys (``sector/term-id``) per week; index 0 is week 1.
    weeks: tuple[tuple[str, ...], ...]
    #: Words that did not fit in the weeks (never silently dropped).
    later: tuple[str, ...] = ()

    @property
    def week_count(self) -> int:
        return len(self.weeks)

    def new_words(self, week: int) -> tuple[str, ...]:
        return self.weeks[week - 1] if 1 <= week <= len(self.weeks) else ()

    def week_of(self, key: str) -> int | None:
        for number, words in enumerate(self.weeks, start=1):
            if key in words:
                return number
        return None

    def review_words(self, week: int) -> list[str]:
        """Words introduced 1, 2, 4 and 8 weeks before ``week``, most recent first."""
        keys: list[str] = []
        for offset in REVIEW_AFTER:
            keys += [k for k in self.new_words(week - offset) if k not in keys]
        return keys

    def planned(self) -> list[str]:
        return [key for words in self.weeks for key in words]


@dataclass(frozen=True)
class PlanChanges:
    """What a re-run of ``vaktaal plan`` did to an existing plan."""

    added: tuple[str, ...] = ()
    #: Words in the plan file that the recipe no longer has.
    dropped: tuple[str, ...] = ()
    created: bool = False


def new_per_week(profile: str, per_week: int | None = None) -> int:
    if per_week is not None:
        if per_week < 1:
            raise InputError(_("a week needs at least one new word"), field="per_week", value=per_week,
                             hint=_("use e.g. 6 new words a week (alfa) or 12 (lezer)"))
        return per_week
    return NEW_PER_WEEK[profile]


_LEVEL_RANK = {level: i for i, level in enumerate(LEVELS)}


def curriculum_order(entries: Sequence[SelectedTerm]) -> list[SelectedTerm]:
    """Safety first, then by level; within a level the words of one theme stay together
    (themes in the order the files first use them), each theme in file order."""
    theme_rank: dict[tuple[str, str], int] = {}
    for entry in entries:
        theme_rank.setdefault((entry.origin, entry.term.theme), len(theme_rank))
    ordered = learning_order(list(entries))
    return sorted(ordered, key=lambda e: (not e.term.safety, _LEVEL_RANK[e.term.level],
                                          theme_rank[(e.origin, e.term.theme)]))


def _fill(weeks: list[list[str]], keys: Sequence[str], per_week: int, from_week: int) -> list[str]:
    """Put ``keys`` into the first weeks from ``from_week`` on that have room; returns the rest."""
    queue = list(keys)
    for index in range(max(from_week, 1) - 1, len(weeks)):
        while queue and len(weeks[index]) < per_week:
            weeks[index].append(queue.pop(0))
    return queue


def make_plan(entries: Sequence[SelectedTerm], *, recipe: str, learner: str, profile: str, weeks: int,
              per_week: int | None = None) -> Plan:
    """A fresh plan: the recipe's words in curriculum order, ``per_week`` new words a week."""
    if weeks < 1:
        raise InputError(_("a plan needs at least one week"), field="weeks", value=weeks,
                         hint=_("use e.g. 20 weeks"))
    size = new_per_week(profile, per_week)
    slots: list[list[str]] = [[] for _week in range(weeks)]
    later = _fill(slots, [e.key for e in curriculum_order(entries)], size, 1)
    return Plan(recipe, learner, profile, size, tuple(tuple(w) for w in slots), tuple(later))


def update_plan(old: Plan, entries: Sequence[SelectedTerm], *, weeks: int | None = None,
                per_week: int | None = None, profile: str | None = None,
                from_week: int = 1) -> tuple[Plan, PlanChanges]:
    """Bring a (possibly hand-edited) plan up to date with the recipe.

    Every word stays in the week the file has it (the coach's moves win). Words new to the
    recipe, and words waiting under ``later``, go into the first weeks from ``from_week`` on
    that have room; words the recipe no longer has are dropped and reported.
    """
    profile = profile or old.profile
    size = new_per_week(profile, per_week if per_week is not None else
                        (old.per_week if profile == old.profile else None))
    in_recipe = {e.key for e in entries}
    last_used = max((n for n, words in enumerate(old.weeks, start=1) if words), default=0)
    count = max(weeks if weeks is not None else old.week_count, last_used)
    if count < 1:
        raise InputError(_("a plan needs at least one week"), field="weeks", value=weeks,
                         hint=_("use e.g. 20 weeks"))
    slots = [[k for k in old.new_words(n) if k in in_recipe] for n in range(1, count + 1)]
    placed = {k for words in slots for k in words}
    known_before = set(old.planned()) | set(old.later)
    waiting = [e.key for e in curriculum_order(entries) if e.key not in placed]
    later = _fill(slots, waiting, size, from_week)
    changes = PlanChanges(
        added=tuple(k for k in waiting if k not in known_before),
        dropped=tuple(k for k in list(old.planned()) + list(old.later) if k not in in_recipe),
    )
    plan = Plan(old.recipe, old.learner, profile, size, tuple(tuple(w) for w in slots), tuple(later))
    return plan, changes


def missing_from(plan: Plan, entries: Sequence[SelectedTerm]) -> list[str]:
    """Keys in the plan that the recipe does not have (any more)."""
    in_recipe = {e.key for e in entries}
    return [k for k in plan.planned() + list(plan.later) if k not in in_recipe]
