"""One word, one meaning: the same Dutch word in two files (two sectors, or a sector and an
employer's file) must agree on what makes it the same word — article, plural, part of speech and
safety — unless the files say they mean different things (``sense: hijskraan`` / ``waterkraan``).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from vaktaal.content.model import Term
from vaktaal.files.problems import Problem
from vaktaal.i18n import _

#: What must be equal when a word means the same thing everywhere.
SAME_WORD_FIELDS = ("article", "plural", "pos", "safety")


@dataclass(frozen=True)
class PlacedTerm:
    """A term with the file it is in and where its ``nl`` stands (line, column; None if unknown)."""

    path: str
    term: Term
    line: int | None = None
    column: int | None = None


def word_key(term: Term) -> str:
    """Equal for the same word (case and Unicode encoding do not count, punctuation does: "Brand!"
    is a warning shout, "brand" a noun)."""
    return unicodedata.normalize("NFC", term.nl).casefold()


def _other_meaning(a: Term, b: Term) -> bool:
    """Both say which meaning they are, and they differ (one sense alone decides nothing)."""
    return bool(a.sense and b.sense and a.sense.casefold() != b.sense.casefold())


def _shown(field: str, value: object) -> str:
    if field == "safety":
        return "true" if value else "false"
    return "null" if value is None else str(value)


def word_conflicts(checked: Iterable[PlacedTerm], others: Iterable[PlacedTerm] = (),
                   severity: str = "error") -> list[Problem]:
    """A problem on every checked term that differs from the same word in another file.

    ``others`` are terms of files that are not being checked (the rest of ``sectors/``): they are
    compared against but get no problems of their own.
    """
    checked = list(checked)
    by_word: dict[str, list[PlacedTerm]] = {}
    for placed in [*others, *checked]:
        by_word.setdefault(word_key(placed.term), []).append(placed)
    problems = []
    for placed in checked:
        for model in by_word[word_key(placed.term)]:
            if model.path == placed.path or _other_meaning(placed.term, model.term):
                continue
            differences = [field for field in SAME_WORD_FIELDS
                           if getattr(placed.term, field) != getattr(model.term, field)]
            if differences:
                problems.append(_conflict(placed, model, differences, severity))
                break  # one problem per term is enough to act on
    return problems


def _conflict(placed: PlacedTerm, model: PlacedTerm, differences: list[str], severity: str) -> Problem:
    what = ", ".join(_("{field} is {value} here and {other} there").format(
        field=field, value=_shown(field, getattr(placed.term, field)),
        other=_shown(field, getattr(model.term, field))) for field in differences)
    return Problem(
        placed.path, placed.line, placed.column, severity, "word-conflict",  # type: ignore[arg-type]
        _("'{word}' is also in {other_file} (term '{other_id}'): {differences}").format(
            word=placed.term.nl, other_file=model.path, other_id=model.term.id, differences=what),
        _("if it is the same word, make them equal; if it means something else here, give both terms "
          "a sense: (a few Dutch words, e.g. sense: hijskraan and sense: waterkraan)"))


def placed_terms(path: str, terms: Iterable[Term], where: Callable[[str], tuple[int | None, int | None]]
                 ) -> list[PlacedTerm]:
    """``terms`` of the file at ``path``, placed with ``where(term_id)`` (line, column of its nl)."""
    return [PlacedTerm(path, term, *where(term.id)) for term in terms]
