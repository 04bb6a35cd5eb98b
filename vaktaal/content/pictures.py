"""A term's picture: one from the bundled picture library (``picture: openmoji:1f9ef``), or a
photo beside the vocabulary file (``picture: images/kantbank.jpg``); never a file outside either.

The library (``vaktaal/picture_library/``) is installed with vaktaal: per source a folder of SVGs,
its licence, and ``sources.json`` (name, version, licence, the attribution the licence asks for);
``index.json`` holds each picture's own title and keywords. Nothing is fetched at run time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from vaktaal.errors import InputError
from vaktaal.i18n import _

LIBRARY = Path(__file__).resolve().parents[1] / "picture_library"
#: ``source:id`` — lowercase source slug, then the library's own id.
LIBRARY_REF = re.compile(r"([a-z0-9]+(?:-[a-z0-9]+)*):([a-z0-9][a-z0-9_.-]*)")


@dataclass(frozen=True)
class PictureSource:
    slug: str
    name: str
    licence: str
    attribution: str
    url: str
    #: False for public-domain and CC0 sources, whose licence asks no credit (we give it anyway).
    needs_attribution: bool


_NO_ATTRIBUTION = {"CC0-1.0", "CC-PDDC"}


@lru_cache(maxsize=1)
def library_sources() -> dict[str, PictureSource]:
    data = json.loads((LIBRARY / "sources.json").read_text(encoding="utf-8"))
    return {slug: PictureSource(slug, s["name"], s["licence"], s["attribution"], s["url"],
                                s["licence"] not in _NO_ATTRIBUTION) for slug, s in data.items()}


@lru_cache(maxsize=1)
def library_index() -> dict[str, dict[str, dict[str, object]]]:
    """Per source, per picture id: the library's title and keywords (to search and to show)."""
    data: dict[str, dict[str, dict[str, object]]] = json.loads((LIBRARY / "index.json").read_text(encoding="utf-8"))
    return data


def is_library_ref(text: str) -> bool:
    """``openmoji:1f9ef`` names a library picture; ``images/x.jpg`` a file (no colon, a slash or dot)."""
    return LIBRARY_REF.fullmatch(text) is not None


def library_file(ref: str) -> Path | None:
    """The SVG of library picture ``ref``, or None when the library has no such picture."""
    match = LIBRARY_REF.fullmatch(ref)
    if match is None or match.group(1) not in library_sources():
        return None
    path = LIBRARY / match.group(1) / f"{match.group(2)}.svg"
    return path if path.is_file() else None


def resolve_picture(ref: str, base_dir: Path) -> Path:
    """Where ``ref`` points (library picture or file relative to ``base_dir``), whether or not
    it exists; raises InputError for a path that leaves ``base_dir``."""
    if is_library_ref(ref):
        source, _sep, picture_id = ref.partition(":")
        return LIBRARY / source / f"{picture_id}.svg"
    folder = base_dir.resolve()
    target = (folder / ref).resolve()
    if Path(ref).is_absolute() or not target.is_relative_to(folder):
        raise InputError(_("picture '{picture}' is outside the folder of the file").format(picture=ref),
                         hint=_("put the picture in the same folder as the file (or a subfolder like images/)"),
                         field="picture", value=ref)
    return target


def picture_path(path: Path | None, vocabulary_file: Path | None) -> Path | None:
    """The picture to show, if it exists: a library picture, or a file inside the vocabulary
    file's folder (checked again here: a Term may have been made without the validator)."""
    if path is None:
        return None
    resolved = path.resolve()
    inside_library = resolved.is_relative_to(LIBRARY)
    if vocabulary_file is not None and not inside_library:
        folder = vocabulary_file.resolve().parent
        if not resolved.is_relative_to(folder):
            raise InputError(_("picture {picture} is outside the folder of {file}").format(
                picture=path, file=vocabulary_file),
                hint=_("keep pictures in the sector file's folder (e.g. sectors/images/)"))
    return resolved if resolved.is_file() else None


def credits_for(paths: Iterable[Path]) -> list[PictureSource]:
    """The library sources the given picture files come from, in a fixed order: what a deck or a
    pack must credit."""
    used = {p.resolve().relative_to(LIBRARY).parts[0] for p in paths if p.resolve().is_relative_to(LIBRARY)}
    return [source for slug, source in sorted(library_sources().items()) if slug in used]
