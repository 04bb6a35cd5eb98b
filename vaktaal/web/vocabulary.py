"""The project's sector files and overlays, read and checked once per change.

Reading and checking every file on every page would cost a second a page; a file is read again
only when its size or modification time changed (and an overlay also when a sector changed,
since it is checked against its sector).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from vaktaal.content.model import Term
from vaktaal.content.sector_files import SectorFileResult, find_sector_files
from vaktaal.employers.overlays import read_vocabulary_file
from vaktaal.review import ReviewItem, by_risk, unreviewed
from vaktaal.web.project import Project

_lock = threading.Lock()
_cache: dict[Path, tuple[tuple[int, int, int], SectorFileResult]] = {}


def _stamp(path: Path) -> tuple[int, int]:
    stat = path.stat()
    return stat.st_mtime_ns, stat.st_size


def files(project: Project) -> list[SectorFileResult]:
    """Every sector file and overlay of the project, checked (a broken one has no sector)."""
    paths = find_sector_files([p for p in (project.sectors, project.employers) if p.is_dir()])
    sectors_stamp = hash(tuple(_stamp(p) for p in paths if project.sectors in p.parents))
    results = []
    for path in paths:
        mtime, size = _stamp(path)
        overlay = project.employers in path.parents
        key = (mtime, size, sectors_stamp if overlay else 0)
        with _lock:
            hit = _cache.get(path)
        if hit is not None and hit[0] == key:
            results.append(hit[1])
            continue
        result = read_vocabulary_file(path)
        with _lock:
            _cache[path] = (key, result)
        results.append(result)
    return results


@dataclass(frozen=True)
class Found:
    file: SectorFileResult
    term: Term

    @property
    def path(self) -> Path:
        return Path(self.file.path)

    @property
    def origin(self) -> str:
        return self.file.origin or ""

    @property
    def key(self) -> str:
        return f"{self.origin}/{self.term.id}"


def find(project: Project, key: str) -> Found | None:
    """The term with key ``origin/id`` (``metaal/laskap``, ``smit/metaal/kantbank``)."""
    for file in files(project):
        if file.sector is None:
            continue
        origin = file.origin or ""
        if not key.startswith(origin + "/"):
            continue
        for term in file.sector.terms:
            if f"{origin}/{term.id}" == key:
                return Found(file, term)
    return None


def review_queue(project: Project, languages: list[str]) -> list[ReviewItem]:
    """Unreviewed translations in ``languages``, safety first, then the least-checked languages."""
    checked = [f for f in files(project) if f.sector is not None]
    return by_risk(unreviewed(checked, languages), checked)
