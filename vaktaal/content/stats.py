"""Counts for ``vaktaal stats``: terms per theme and level, safety terms, translation coverage."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from vaktaal.content.format_rules import LEVELS
from vaktaal.content.languages import LEARNER_LANGUAGES
from vaktaal.content.model import Sector, Term


@dataclass(frozen=True)
class Coverage:
    translated: int
    reviewed: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 0.0

    @property
    def reviewed_percent(self) -> float:
        return 100.0 * self.reviewed / self.total if self.total else 0.0


@dataclass(frozen=True)
class SectorStats:
    slug: str
    name: str
    terms: int
    safety: int
    with_example: int
    per_theme: tuple[tuple[str, int], ...]
    per_level: tuple[tuple[str, int], ...]
    coverage: dict[str, Coverage]
    example_coverage: dict[str, Coverage]


def _coverage(terms: list[Term] | tuple[Term, ...], lang: str, field: str) -> Coverage:
    present = [t for t in terms if lang in getattr(t, field)]
    return Coverage(translated=len(present), reviewed=sum(1 for t in present if t.is_reviewed(lang)),
                    total=len(terms))


def sector_stats(sector: Sector, languages: tuple[str, ...] | None = None) -> SectorStats:
    """Compute the stats; ``languages`` defaults to the learner languages plus any the file uses."""
    terms = sector.terms
    if languages is None:
        used = sorted({code for t in terms for code in t.translations} - set(LEARNER_LANGUAGES))
        languages = LEARNER_LANGUAGES + tuple(used)
    themes = Counter(t.theme for t in terms)
    levels = Counter(t.level for t in terms)
    examples = [t for t in terms if t.example]
    coverage = {lang: _coverage(terms, lang, "translations") for lang in languages}
    example_coverage = {lang: _coverage(examples, lang, "example_translations") for lang in languages}
    return SectorStats(
        slug=sector.slug,
        name=sector.name,
        terms=len(terms),
        safety=sum(1 for t in terms if t.safety),
        with_example=len(examples),
        per_theme=tuple((theme.name, themes.get(theme.id, 0)) for theme in sector.themes),
        per_level=tuple((level, levels.get(level, 0)) for level in LEVELS),
        coverage=coverage,
        example_coverage=example_coverage,
    )
