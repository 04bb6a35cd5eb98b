"""``vaktaal check`` as a library call: read every file, collect every problem."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from vaktaal.content.consistency import PlacedTerm, placed_terms, word_conflicts
from vaktaal.content.file_kinds import VaktaalFile, read_vaktaal_file
from vaktaal.content.model import Sector
from vaktaal.content.pictures import shared_picture_problems
from vaktaal.content.sector_files import SectorFileResult, find_sector_files, read_sector_file
from vaktaal.employers.overlays import vocabulary_result
from vaktaal.errors import RecipeError, SectorFileError
from vaktaal.files.problems import Problem, SplitsProblems
from vaktaal.files.yaml_reader import YamlReadError
from vaktaal.i18n import N_, _
from vaktaal.recipes import read_recipe, select_terms

#: Warning codes and how the summary names them ('missing example: 3').
_WARNING_KINDS = {
    "missing-example": N_("missing example"),
    "missing-plural": N_("missing plural"),
    "missing-situation": N_("missing situation"),
    "duplicate-id": N_("duplicate id"),
    "duplicate-word": N_("duplicate word"),
    "empty-recipe": N_("empty recipe"),
    "shared-picture": N_("shared picture"),
    "not-a-word": N_("not a word"),
}


log = logging.getLogger(__name__)

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
    """Check sector files, employer overlays and deck recipes (files or folders of them), and
    across files that one Dutch word means one thing; raise InputError only for paths that do
    not exist."""
    files = find_sector_files(paths)
    items = [_read(path) for path in files]
    # Sector files and overlays first, then recipes, which use the sectors already read instead
    # of reading them again (a recipe may come before its sectors in the list).
    recipes = {n: item.path for n, item in enumerate(items) if isinstance(item, VaktaalFile) and item.kind == "recipe"}
    vocabulary = {n: _result(item) for n, item in enumerate(items) if n not in recipes}
    known = {file.path.resolve(): result.sector for result, file in vocabulary.values()
             if file is not None and file.kind == "sector" and result.sector is not None}
    checked = [vocabulary[n] if n in vocabulary else (_check_recipe(recipes[n], known), None)
               for n in range(len(items))]
    for result, _file in checked:
        log.info(_("checked %s: %d errors, %d warnings"), result.path, len(result.errors), len(result.warnings))
    results = [result for result, _file in checked]
    placed = [term for result, file in checked if file is not None and result.sector is not None
              for term in _placed(result, file)]
    conflicts = word_conflicts(placed, _neighbour_terms(files))
    if conflicts:
        by_path: dict[str, list[Problem]] = {}
        for problem in conflicts:
            by_path.setdefault(problem.path, []).append(problem)
        results = [replace(r, problems=tuple(sorted((*r.problems, *by_path.get(r.path, ())),
                                                     key=lambda p: (p.line or 0, p.column or 0))))
                   for r in results]
    return CheckReport(tuple(results))


def _read(path: Path) -> VaktaalFile | SectorFileResult:
    try:
        return read_vaktaal_file(path)
    except YamlReadError as exc:
        return SectorFileResult(str(path), None, (exc.problem,))


def _result(item: VaktaalFile | SectorFileResult) -> tuple[SectorFileResult, VaktaalFile | None]:
    if isinstance(item, SectorFileResult):
        return item, None
    return vocabulary_result(item), item


def _placed(result: SectorFileResult, file: VaktaalFile) -> list[PlacedTerm]:
    items = file.doc.data.get("terms") if isinstance(file.doc.data, dict) else None
    index = {t.get("id"): i for i, t in enumerate(items or []) if isinstance(t, dict)}
    assert result.sector is not None

    def where(term_id: str) -> tuple[int | None, int | None]:
        return file.doc.where(("terms", index[term_id], "nl")) if term_id in index else (None, None)

    own = result.sector.terms
    if file.kind == "overlay":  # an overlay's sector holds only the employer's own terms
        own = tuple(t for t in own if t.id in index)
    return placed_terms(result.path, own, where)


def _neighbour_terms(files: list[Path]) -> list[PlacedTerm]:
    """The other sector files beside the checked ones (and the sectors/ folder an overlay's
    project has): a new file is compared with what is already there."""
    checked = {p.resolve() for p in files}
    folders = {p.resolve().parent for p in files if p.resolve().parent.name == "sectors"}
    folders |= {p.resolve().parents[2] / "sectors" for p in files
                if len(p.resolve().parents) > 2 and p.resolve().parents[1].name == "employers"}
    neighbours: list[PlacedTerm] = []
    for folder in sorted(folders):
        for path in find_sector_files([folder]) if folder.is_dir() else ():
            if path.resolve() in checked:
                continue
            result = read_sector_file(path)
            if result.sector is not None:
                neighbours.extend(PlacedTerm(str(path), term) for term in result.sector.terms)
    return neighbours


def _check_recipe(path: Path, known: Mapping[Path, Sector]) -> SectorFileResult:
    """Every problem of a recipe at once, located: its fields, then the files it names
    (``known``: the sectors already read, by resolved path). A recipe is small: reading it again
    in read_recipe costs nothing."""
    shown = str(path)
    recipe, problems = read_recipe(path, check_files=True)
    if recipe is None:
        return SectorFileResult(shown, None, tuple(problems))
    try:
        terms = select_terms(recipe, known=known)
    except RecipeError as exc:
        found = exc.problems or [Problem(shown, None, None, "error", "recipe", exc.message, exc.hint or "")]
        return SectorFileResult(shown, None, tuple(found))
    except SectorFileError as exc:
        return SectorFileResult(shown, None, (Problem(
            shown, None, None, "error", "recipe", _("the recipe uses {path}, which has errors").format(path=exc.path),
            _("check {path} and fix that file first").format(path=exc.path)),))
    if not terms:
        return SectorFileResult(shown, None, (Problem(
            shown, None, None, "warning", "empty-recipe", _("the recipe selects no terms"),
            _("check its themes, levels and safety_only filters")),))
    return SectorFileResult(shown, None, shared_picture_problems(shown, [(e.key, e.term) for e in terms]))
