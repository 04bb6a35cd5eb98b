"""A term's picture: where it is, and never outside the folder of the file that names it."""

from __future__ import annotations

from pathlib import Path

from vaktaal.errors import InputError
from vaktaal.i18n import _


def picture_path(image_path: Path | None, sector_file: Path | None) -> Path | None:
    """The term's picture if it exists, refusing paths that leave the sector file's folder."""
    if image_path is None:
        return None
    resolved = image_path.resolve()
    if sector_file is not None:
        folder = sector_file.resolve().parent
        if not resolved.is_relative_to(folder):
            raise InputError(_("picture {picture} is outside the folder of {file}").format(
                                 picture=image_path, file=sector_file),
                             hint=_("keep pictures in the sector file's folder (e.g. sectors/images/)"))
    return resolved if resolved.is_file() else None
