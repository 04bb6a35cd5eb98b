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

from vaktaal.content.model import Term
from vaktaal.errors import InputError
from vaktaal.files.problems import Problem
from vaktaal.i18n import _

LIBRARY = Path(__file__).resolve().parents[1] / "picture_library"
#: ``source:id`` — lowercase source slug, then the library's own id.
LIBRARY_REF = re.compile(r"([a-z0-9]+(?:-[a-z0-9]+)*):([a-z0-9][a-z0-9_.-]*)")


@dataclass(frozen=True)
class PictureSource:
    slug: str
    name: str
    licence: str
    #: The credit the licence asks for: who made the pictures, where they are from, the licence
    #: and its link (OpenMoji CC BY-SA 4.0, MDI Apache-2.0, Health Icons and GHS MIT).
    attribution: str
    url: str
    #: False for public-domain and CC0 sources, whose licence asks no credit (we give it anyway).
    needs_attribution: bool
    #: Text that must travel with copies besides the credit: for MIT the copyright and
    #: permission notice (the source's LICENSE file); empty for the others.
    notice: str = ""

    @property
    def credit(self) -> str:
        """The attribution, followed by the notice when the licence has one."""
        return f"{self.attribution}\n\n{self.notice}" if self.notice else self.attribution


_NO_ATTRIBUTION = {"CC0-1.0", "CC-PDDC"}
#: Licences whose whole notice (copyright line and permission text) must go with every copy.
_NOTICE_TRAVELS = {"MIT"}


@lru_cache(maxsize=1)
def library_sources() -> dict[str, PictureSource]:
    data = json.loads((LIBRARY / "sources.json").read_text(encoding="utf-8"))
    return {slug: PictureSource(slug, s["name"], s["licence"], s["attribution"], s["url"],
                                s["licence"] not in _NO_ATTRIBUTION, _notice(slug, s["licence"]))
            for slug, s in data.items()}


def _notice(slug: str, licence: str) -> str:
    licence_file = LIBRARY / slug / "LICENSE"
    if licence not in _NOTICE_TRAVELS or not licence_file.is_file():
        return ""
    return licence_file.read_text(encoding="utf-8").strip()


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
    pack must credit. Print each one's ``credit`` (its name and licence too, politely, for the
    sources that ask for nothing)."""
    used = {p.resolve().relative_to(LIBRARY).parts[0] for p in paths if p.resolve().is_relative_to(LIBRARY)}
    return [source for slug, source in sorted(library_sources().items()) if slug in used]


def outgoing_bytes(path: Path) -> bytes:
    """The bytes of a media file as they leave the project (into a deck, a CSV's media, a pack).

    An SVG from outside the bundled library is cleaned of everything that reaches outside the
    picture or could run (see :mod:`vaktaal.content.svg_clean`); the library's own pictures pass
    that check already (a test walks all of them), and other files go as they are.
    """
    # Loaded here: only a build that copies an SVG from outside the library needs the parser.
    from vaktaal.content.svg_clean import SvgError, clean_svg

    data = path.read_bytes()
    if path.suffix.lower() != ".svg" or path.resolve().is_relative_to(LIBRARY):
        return data
    try:
        return clean_svg(data).data
    except SvgError as exc:
        raise InputError(_("picture {picture} cannot be read as an SVG drawing ({reason})").format(
            picture=path, reason=exc), hint=_("open it in a drawing program (Inkscape) and save it again as plain "
                                              "SVG, or use a .png"), field="picture", value=str(path)) from None


@dataclass(frozen=True)
class SharedPicture:
    """One picture shown by more than one term of a recipe: ``terms`` are (key, term) pairs."""

    picture: str
    terms: tuple[tuple[str, Term], ...]

    @property
    def different_words(self) -> bool:
        """True when the terms are not all the same Dutch word (case does not count)."""
        return len({term.nl.casefold() for _key, term in self.terms}) > 1

    def others(self, key: str) -> tuple[tuple[str, Term], ...]:
        return tuple(pair for pair in self.terms if pair[0] != key)


def shared_pictures(terms: Iterable[tuple[str, Term]]) -> list[SharedPicture]:
    """The pictures more than one of ``terms`` shows, in the order the terms come. Two terms
    share a picture when they name the same library picture or the same photo file."""
    groups: dict[str, list[tuple[str, Term]]] = {}
    shown: dict[str, str] = {}
    for key, term in terms:
        ref = term.picture or term.image
        if ref is None:
            continue
        same = str(term.picture_path.resolve()) if term.picture_path is not None else ref
        groups.setdefault(same, []).append((key, term))
        shown.setdefault(same, ref)
    return [SharedPicture(shown[same], tuple(pairs)) for same, pairs in groups.items() if len(pairs) > 1]


def shared_picture_problems(path: str, terms: Iterable[tuple[str, Term]]) -> tuple[Problem, ...]:
    """A warning per picture that different words of one recipe share: a learner who cannot
    read tells the words apart by their pictures only. The same word may share a picture."""
    problems = []
    for shared in shared_pictures(terms):
        if not shared.different_words:
            continue
        words = ", ".join(f"'{term.nl}' ({key})" for key, term in shared.terms)
        problems.append(Problem(
            path, None, None, "warning", "shared-picture",
            _("{words} share the picture {picture}").format(words=words, picture=shared.picture),
            _("give each word a picture that shows that thing (only the same word may share a picture); "
              "the contact sheets in docs/pictures/ show the pictures side by side")))
    return tuple(problems)
