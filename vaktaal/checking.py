"""``vaktaal check`` as a library call: read every file, collect every problem."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from vaktaal.content.file_kinds import read_vaktaal_file
from vaktaal.content.sector_files import SectorFileResult, find_sector_files
from vaktaal.employers.overlays import vocabulary_result
from vaktaal.errors import RecipeError, SectorFileError
from vaktaal.files.problems import Problem, SplitsProblems
from vaktaal.files.yaml_reader import YamlReadError
from vaktaal.i18n import N_, _
from vaktaal.recipes import load_recipe, select_terms

#: Warning codes and how the summary names them ('missing example: 3').
_WARNING_KINDS = {
    "missing-example": N_("missing example"),
    "missing-plural": N_("missing plural"),
    "missing-situation": N_("missing situation"),
    "duplicate-id": N_("duplicate id"),
    "duplicate-word": N_("duplicate word"),
    "empty-recipe": N_("empty recipe"),
}


@dataclass(frozen=True)
class CheckReport(SplitsProblems):
    files: tuple[SectorFileResult, ...]

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(p for f in self.files for p in f.problems)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def term_count(self) -> int:
        return sum(len(f.sector.terms) for f in self.files if f.sector is not None)

    def warning_summary(self) -> dict[str, list[str]]:
        """Per file, the kinds of warnings with counts: 'missing translation: fa 3, so 2'."""
        counts: dict[str, Counter[str]] = {}
        for problem in self.warnings:
            counts.setdefault(problem.path, Counter())[problem.code] += 1
        summary: dict[str, list[str]] = {}
        for path, codes in counts.items():
            langs = [(c.split(":", 1)[1], n) for c, n in codes.items() if c.startswith("missing-translation:")]
            parts = []
            if langs:
                parts.append(_("missing translation: {languages}").format(
                    languages=", ".join(f"{lang} {n}" for lang, n in langs)))
            parts.extend(f"{_warning_kind(code)}: {n}" for code, n in codes.most_common()
                         if not code.startswith("missing-translation:"))
            summary[path] = parts
        return summary

    def to_dict(self) -> dict[str, object]:
        return {
            "ok": self.ok,
            "files": [
                {"path": f.path, "terms": len(f.sector.terms) if f.sector else None,
                 "errors": len(f.errors), "warnings": len(f.warnings)}
                for f in self.files
            ],
            "problems": [p.to_dict() for p in self.problems],
            "summary": {"files": len(self.files), "errors": len(self.errors),
                        "warnings": len(self.warnings)},
        }


def _warning_kind(code: str) -> str:
    return _(_WARNING_KINDS[code]) if code in _WARNING_KINDS else code.replace("-", " ")


def check(paths: Iterable[str | Path] = ("sectors",)) -> CheckReport:
    """Check sector files, employer overlays and deck recipes (files or folders of them);
    raise InputError only for paths that do not exist."""
    return CheckReport(tuple(_check_file(path) for path in find_sector_files(paths)))


def _check_file(path: Path) -> SectorFileResult:
    try:
        file = read_vaktaal_file(path)
    except YamlReadError as exc:
        return SectorFileResult(str(path), None, (exc.problem,))
    if file.kind == "recipe":
        # Recipes are small: reading one again in load_recipe costs nothing, while sector files
        # are parsed only once.
        return _check_recipe(path)
    return vocabulary_result(file)


def _check_recipe(path: Path) -> SectorFileResult:
    shown = str(path)
    try:
        recipe = load_recipe(path)
        terms = select_terms(recipe)
    except RecipeError as exc:
        problem = exc.problem or Problem(shown, None, None, "error", "recipe", exc.message, exc.hint or "")
        return SectorFileResult(shown, None, (problem,))
    except SectorFileError as exc:
        return SectorFileResult(shown, None, (Problem(
            shown, None, None, "error", "recipe", _("the recipe uses {path}, which has errors").format(path=exc.path),
            _("check {path} and fix that file first").format(path=exc.path)),))
    if not terms:
        return SectorFileResult(shown, None, (Problem(
            shown, None, None, "warning", "empty-recipe", _("the recipe selects no terms"),
            _("check its themes, levels and safety_only filters")),))
    return SectorFileResult(shown, None, ())
