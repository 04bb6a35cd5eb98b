"""What every week pack of one recipe reads, read once per run: the recipe's terms, and the
work-floor sector's role-play phrases — those only when a week has too few phrases of its own.
A group's packs (one per member) share one :class:`WeekSource`."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import overload

from vaktaal.coaching.week_words import WORK_FLOOR_SECTOR
from vaktaal.errors import VaktaalError
from vaktaal.i18n import _
from vaktaal.recipes import Recipe, SectorChoice, SelectedTerm, select_terms


def work_floor_terms(recipe: Recipe, notices: list[str]) -> list[SelectedTerm]:
    """The work-floor sector's terms: role-play phrases when the week has too few of its own."""
    if not (recipe.sectors_dir / f"{WORK_FLOOR_SECTOR}.yaml").is_file():
        return []
    work_floor = Recipe(slug=WORK_FLOOR_SECTOR, name=WORK_FLOOR_SECTOR, sectors=(SectorChoice(WORK_FLOOR_SECTOR),),
                        languages=recipe.languages, sectors_dir=recipe.sectors_dir)
    try:
        return select_terms(work_floor)
    except VaktaalError as exc:
        notices.append(_("role-play phrases from {file} left out: {reason}").format(
            file=f"{WORK_FLOOR_SECTOR}.yaml", reason=exc.message))
        return []


class LazyTerms(Sequence[SelectedTerm]):
    """Terms read the first time someone looks at them (and then kept)."""

    def __init__(self, load: Callable[[], list[SelectedTerm]]) -> None:
        self._load = load
        self._terms: list[SelectedTerm] | None = None

    @property
    def loaded(self) -> bool:
        return self._terms is not None

    def _all(self) -> list[SelectedTerm]:
        if self._terms is None:
            self._terms = self._load()
        return self._terms

    @overload
    def __getitem__(self, index: int) -> SelectedTerm: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[SelectedTerm]: ...

    def __getitem__(self, index: int | slice) -> SelectedTerm | Sequence[SelectedTerm]:
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[SelectedTerm]:
        return iter(self._all())


@dataclass
class WeekSource:
    recipe: Recipe
    entries: list[SelectedTerm]
    #: Why role-play phrases were left out, if they were (said once, however many packs use them).
    notices: list[str] = field(default_factory=list)
    work_floor: LazyTerms = field(init=False)

    def __post_init__(self) -> None:
        self.work_floor = LazyTerms(lambda: work_floor_terms(self.recipe, self.notices))

    @classmethod
    def load(cls, recipe: Recipe) -> WeekSource:
        return cls(recipe, select_terms(recipe))
