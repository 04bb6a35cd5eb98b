"""vaktaal: Dutch work-floor vocabulary for newcomers, as Anki decks, audio and coach packs.

The names below are the library's public API. They are loaded on first use, so that importing a
part of vaktaal (the command line, say) does not load all of it.

Packages, lowest layer first (see docs/architecture.md): ``files`` (safe reading and writing),
``content`` (the vocabulary and its format), ``employers`` (employers' own terms), ``recipes``
and ``review``, ``audio``, ``anki``, ``coaching`` and ``progress`` (what the learner remembers,
from their own Anki reviews), ``check``, and ``cli`` on top.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vaktaal.lazy_api import lazy_names
from vaktaal.version import __version__ as __version__

_API = {
    "CheckReport": "vaktaal.checking", "check": "vaktaal.checking",
    "InputError": "vaktaal.errors", "RecipeError": "vaktaal.errors", "SectorFileError": "vaktaal.errors",
    "VaktaalError": "vaktaal.errors",
    "Sector": "vaktaal.content.model", "Term": "vaktaal.content.model", "Theme": "vaktaal.content.model",
    "Problem": "vaktaal.files.problems",
    "dump_sector": "vaktaal.content.sector_files", "load_sector": "vaktaal.content.sector_files",
    "load_sectors": "vaktaal.content.sector_files", "read_sector_file": "vaktaal.content.sector_files",
}

__all__ = [
    "CheckReport", "InputError", "Problem", "RecipeError", "Sector", "SectorFileError", "Term", "Theme",
    "VaktaalError", "check", "dump_sector", "load_sector", "load_sectors", "read_sector_file",
]

if TYPE_CHECKING:
    from vaktaal.checking import CheckReport, check
    from vaktaal.content.model import Sector, Term, Theme
    from vaktaal.content.sector_files import dump_sector, load_sector, load_sectors, read_sector_file
    from vaktaal.errors import InputError, RecipeError, SectorFileError, VaktaalError
    from vaktaal.files.problems import Problem


__getattr__ = lazy_names(__name__, _API)
