"""Reading sector files from disk (and writing a sector back out as YAML)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from vaktaal.content.format_rules import TERM_FIELDS
from vaktaal.content.model import Sector
from vaktaal.content.validation import validate_document
from vaktaal.errors import InputError, SectorFileError
from vaktaal.files.problems import Problem, SplitsProblems
from vaktaal.files.yaml_reader import YamlDocument, YamlReadError, read_yaml
from vaktaal.i18n import _

YAML_SUFFIXES = (".yaml", ".yml")


@dataclass(frozen=True)
class SectorFileResult(SplitsProblems):
    """What reading one file gave: the sector (None when it has errors) and every problem."""

    path: str
    sector: Sector | None
    problems: tuple[Problem, ...]
    #: For an employer overlay: the employer's slug (its terms' origin is ``<employer>/<sector>``).
    employer: str | None = None

    @property
    def origin(self) -> str | None:
        """The terms' identity namespace in decks: ``metaal`` or ``smit-metaal/metaal``."""
        if self.sector is None:
            return None
        return f"{self.employer}/{self.sector.slug}" if self.employer else self.sector.slug


def read_sector_file(path: str | Path) -> SectorFileResult:
    """Read and check one sector file; never raises for bad content."""
    file = Path(path)
    shown = str(path)
    try:
        doc = read_yaml(file, display_path=shown)
    except YamlReadError as exc:
        return SectorFileResult(shown, None, (exc.problem,))
    return sector_document_result(doc, file)


def sector_document_result(doc: YamlDocument, file: Path) -> SectorFileResult:
    """Check an already parsed sector file read from ``file``."""
    sector, problems = validate_document(doc, file.parent)
    if sector is not None:
        sector = replace(sector, path=file)
    return SectorFileResult(doc.path, sector, tuple(problems))


def find_sector_file(folder: str | Path, slug: str) -> Path | None:
    """``<folder>/<slug>.yaml`` (or ``.yml``) if it exists. ``slug`` must already match SLUG_RE,
    which keeps the path inside ``folder``."""
    for suffix in YAML_SUFFIXES:
        candidate = Path(folder) / f"{slug}{suffix}"
        if candidate.is_file():
            return candidate
    return None


def load_sector(path: str | Path) -> Sector:
    """Load one sector file; raise :class:`SectorFileError` listing every error if it has any."""
    if not Path(path).is_file():
        raise InputError(_("no sector file at {path}").format(path=path),
                         hint=_("give the path of a .yaml file under sectors/"))
    result = read_sector_file(path)
    if result.sector is None:
        raise SectorFileError(result.path, result.errors)
    return result.sector


def find_sector_files(paths: Iterable[str | Path]) -> list[Path]:
    """Expand folders into the YAML files inside them and one level down (sorted), so that
    ``employers/`` finds ``employers/<employer>/<sector>.yaml``; keep files as given."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            inside = [*path.iterdir(), *(p for d in path.iterdir() if d.is_dir() and not d.name.startswith(".")
                                         for p in d.iterdir())]
            found.extend(sorted(p for p in inside if p.suffix in YAML_SUFFIXES and p.is_file()))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(_("{path} does not exist").format(path=given),
                             hint=_("give a sector file or a folder such as sectors/"))
    return found


def load_sectors(folder: str | Path = "sectors") -> list[Sector]:
    """Load every sector file in a folder; raise on the first file with errors."""
    return [load_sector(path) for path in find_sector_files([folder])]


def sector_to_data(sector: Sector) -> dict[str, Any]:
    """The sector as the plain data of a sector file (fields in documented order)."""
    data: dict[str, Any] = {"sector": sector.slug, "name": sector.name, "description": sector.description}
    if sector.sources:
        data["sources"] = list(sector.sources)
    data["themes"] = [
        {"id": t.id, "name": t.name, **({"description": t.description} if t.description else {})}
        for t in sector.themes
    ]
    data["terms"] = []
    for term in sector.terms:
        entry: dict[str, Any] = {}
        for rule in TERM_FIELDS:
            value = getattr(term, rule.name)
            if rule.name == "plural" and term.pos == "noun":
                entry["plural"] = value  # keep `plural: null` explicit for nouns
            elif _is_default(rule.name, value):
                continue
            else:
                entry[rule.name] = list(value) if isinstance(value, tuple) else (
                    dict(value) if isinstance(value, dict) else value)
        data["terms"].append(entry)
    return data


def _is_default(field: str, value: Any) -> bool:
    """Fields left out of a written file because they hold what reading assumes anyway."""
    if field == "safety":
        return not value
    if field == "register":
        return value == "standard"
    return value in (None, (), {})


def dump_sector(sector: Sector) -> str:
    """YAML text of a sector file that reads back as the same sector."""
    return yaml.safe_dump(sector_to_data(sector), allow_unicode=True, sort_keys=False, width=100)

