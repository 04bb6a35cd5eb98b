"""vaktaal: Dutch work-floor vocabulary for newcomers, as Anki decks, audio and coach packs."""

from vaktaal.checking import CheckReport, check
from vaktaal.errors import InputError, RecipeError, SectorFileError, VaktaalError
from vaktaal.model import Sector, Term, Theme
from vaktaal.problems import Problem
from vaktaal.sector_files import dump_sector, load_sector, load_sectors, read_sector_file

__version__ = "0.1.0"

__all__ = [
    "CheckReport", "InputError", "Problem", "RecipeError", "Sector", "SectorFileError", "Term",
    "Theme", "VaktaalError", "check", "dump_sector", "load_sector", "load_sectors",
    "read_sector_file",
]
