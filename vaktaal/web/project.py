"""The project folder the app serves, and its parts (the layout the CLI uses too)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

from vaktaal.audio import AudioOptions
from vaktaal.content.format_rules import SLUG_RE
from vaktaal.errors import InputError

#: The web app records with the offline voice: it must work in a room without internet.
AUDIO = AudioOptions(engine="espeak")


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def sectors(self) -> Path:
        return self.root / "sectors"

    @property
    def employers(self) -> Path:
        return self.root / "employers"

    @property
    def decks(self) -> Path:
        return self.root / "decks"

    @property
    def learners(self) -> Path:
        return self.root / "learners"

    @property
    def exports(self) -> Path:
        return self.root / "exports"

    @property
    def uploads(self) -> Path:
        return self.root / ".vaktaal" / "uploads"

    def recipes(self) -> list[str]:
        """The deck recipes (decks/*.yaml) by slug."""
        return sorted(p.stem for p in self.decks.glob("*.yaml") if SLUG_RE.fullmatch(p.stem)) \
            if self.decks.is_dir() else []

    def recipe_path(self, slug: str) -> Path:
        if slug not in self.recipes():
            raise InputError(f"there is no recipe '{slug}'", field="recipe", value=slug,
                             hint="choose one of the decks in decks/")
        return self.decks / f"{slug}.yaml"

    def sector_slugs(self) -> list[str]:
        return sorted(p.stem for p in self.sectors.glob("*.yaml") if SLUG_RE.fullmatch(p.stem)) \
            if self.sectors.is_dir() else []


def current() -> Project:
    return Project(Path(settings.VAKTAAL_PROJECT))


def inside(folder: Path, relative: str) -> Path | None:
    """``folder/relative`` if it is a file inside ``folder`` (no ``..``, no links out), else None."""
    base = folder.resolve()
    target = (base / relative).resolve()
    if not target.is_relative_to(base) or not target.is_file():
        return None
    return target


PICTURE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".svg": "image/svg+xml",
                 ".webp": "image/webp", ".gif": "image/gif"}


def picture_type(path: Path) -> str:
    return PICTURE_TYPES.get(path.suffix.lower(), "application/octet-stream")
