"""Employer overlays: an employer's own terms for one sector, in their own file.

An overlay lives at ``employers/<employer>/<sector>.yaml`` (format: docs/employer-terms.md). It
never changes the shipped sector file; decks combine the two (see ``recipes``). It is checked with
the sector validator, against the sector it ``extends``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from vaktaal.content.file_kinds import VaktaalFile, file_kind, read_vaktaal_file
from vaktaal.content.format_rules import SLUG_RE
from vaktaal.content.model import Sector
from vaktaal.content.sector_files import SectorFileResult, find_sector_file, read_sector_file, sector_document_result
from vaktaal.content.validation import validate_document
from vaktaal.errors import InputError, SectorFileError, VaktaalError
from vaktaal.files.problems import Problem
from vaktaal.files.yaml_reader import MAX_FILE_BYTES, YamlDocument, YamlReadError, parse_yaml, read_yaml
from vaktaal.i18n import _

EMPLOYERS_DIR = Path("employers")
SECTORS_DIR = Path("sectors")


def overlay_path(employer: str, sector: str, employers_dir: str | Path = EMPLOYERS_DIR) -> Path:
    """Where an employer's terms for a sector live; both slugs are checked so the path stays inside."""
    if not SLUG_RE.fullmatch(employer):
        raise InputError(_("not a valid employer slug"),
                         hint=_("use lowercase letters, digits and -, e.g. smit-metaal"), field="employer",
                         value=employer)
    if not SLUG_RE.fullmatch(sector):
        raise InputError(_("not a valid sector slug"), hint=_("use lowercase letters, digits and -, e.g. metaal"),
                         field="sector", value=sector)
    return Path(employers_dir) / employer / f"{sector}.yaml"


def sector_file(slug: str, sectors_dir: str | Path = SECTORS_DIR) -> Path:
    """The file of sector ``slug`` in ``sectors_dir``; InputError when there is none."""
    if not SLUG_RE.fullmatch(slug):
        raise InputError(_("not a valid sector slug"), hint=_("for example: {slug}").format(slug="metaal"),
                         field="sector", value=slug)
    found = find_sector_file(sectors_dir, slug)
    if found is not None:
        return found
    raise InputError(_("there is no sector '{slug}' ({path} does not exist)").format(
                         slug=slug, path=Path(sectors_dir) / (slug + ".yaml")),
                     hint=_("check the spelling; the sector files are in {folder}").format(folder=sectors_dir))


def employer_display_name(employer: str, employers_dir: str | Path = EMPLOYERS_DIR,
                          given: str | None = None) -> str:
    """The name an employer's overlays already carry, else ``given``, else made from the slug."""
    return _known_employer_name(employer, employers_dir) or given or employer.replace("-", " ").title()


def _known_employer_name(employer: str, employers_dir: str | Path) -> str | None:
    folder = Path(employers_dir) / employer
    for path in sorted(folder.glob("*.yaml")) if folder.is_dir() else ():
        try:
            data = read_yaml(path).data
        except YamlReadError:
            continue
        if file_kind(data) == "overlay" and isinstance(data.get("employer_name"), str):
            return data["employer_name"]
    return None


def default_sectors_dir(overlay_file: Path) -> Path:
    """``employers/<employer>/<sector>.yaml`` → the project's ``sectors/`` folder."""
    project = overlay_file.resolve().parent.parent.parent
    candidate = project / "sectors"
    return candidate if candidate.is_dir() else SECTORS_DIR


def read_overlay_document(doc: YamlDocument, file: Path, *, base: Sector | None = None,
                          sectors_dir: str | Path | None = None) -> SectorFileResult:
    """Check a parsed overlay against its sector (found in ``sectors_dir`` unless given)."""
    if base is None:
        base, problem = _find_base(doc, Path(sectors_dir) if sectors_dir else default_sectors_dir(file))
        if base is None:
            return SectorFileResult(doc.path, None, (problem,)) if problem else SectorFileResult(
                doc.path, None, ())
    sector, problems = validate_document(doc, file.parent, extends=base)
    if sector is not None:
        sector = replace(sector, path=file)
    employer = doc.data.get("employer")
    return SectorFileResult(doc.path, sector, tuple(problems), employer if isinstance(employer, str) else None)


def refuse_oversized_text(text: str, path: Path) -> None:
    """Raise VaktaalError when ``text`` is more than vaktaal reads back (its file size limit): a
    file it wrote must never stop the builds that read it."""
    size = len(text.encode("utf-8"))
    if size > MAX_FILE_BYTES:
        raise VaktaalError(_("{path} would grow to {size:.1f} MB, more than the {limit} MB vaktaal reads; nothing "
                             "was written").format(path=path, size=size / 1024 / 1024,
                                                   limit=MAX_FILE_BYTES // 1024 // 1024),
                           hint=_("add fewer words, with shorter texts; or put the other words under a second "
                                  "employer name (each employer has its own file)"))


def refuse_invalid_text(text: str, path: Path, *, base: Sector | None = None) -> None:
    """Raise SectorFileError unless ``text`` (about to be written to ``path``) checks clean, and
    VaktaalError when it is too large to be read back: the last safety net before a sector file or
    overlay is replaced."""
    refuse_oversized_text(text, path)
    try:
        doc = parse_yaml(text, display_path=str(path))
    except YamlReadError as exc:
        raise SectorFileError(str(path), [exc.problem]) from None
    if file_kind(doc.data) == "overlay":
        result = read_overlay_document(doc, path, base=base)
    else:
        sector, problems = validate_document(doc, path.parent)
        result = SectorFileResult(str(path), sector, tuple(problems))
    if result.sector is None:
        raise SectorFileError(str(path), result.errors)


def _find_base(doc: YamlDocument, sectors_dir: Path) -> tuple[Sector | None, Problem | None]:
    slug = doc.data.get("extends")
    line, col = doc.where(("extends",))
    if not isinstance(slug, str) or not SLUG_RE.fullmatch(slug):
        return None, Problem(doc.path, line, col, "error", "extends",
                             _("'extends' must name a sector by its slug"), _("for example `extends: metaal`"))
    try:
        base_file = sector_file(slug, sectors_dir)
    except InputError as exc:
        return None, Problem(doc.path, line, col, "error", "unknown-sector",
                             _("the overlay extends sector '{sector}': {reason}").format(
                                 sector=slug, reason=exc.message), exc.hint or "")
    result = read_sector_file(base_file)
    if result.sector is None:
        return None, Problem(doc.path, line, col, "error", "broken-sector",
                             _("the sector it extends ({path}) has errors").format(path=base_file),
                             _("check {path} and fix that file first").format(path=base_file))
    return result.sector, None


def read_overlay_file(path: str | Path, *, base: Sector | None = None,
                      sectors_dir: str | Path | None = None) -> SectorFileResult:
    """Read and check one overlay file; never raises for bad content."""
    file = Path(path)
    try:
        doc = read_yaml(file, display_path=str(path))
    except YamlReadError as exc:
        return SectorFileResult(str(path), None, (exc.problem,))
    if file_kind(doc.data) != "overlay":
        problem = Problem(str(path), 1, 1, "error", "missing-field", _("the overlay has no 'extends'"),
                          _("add `extends: <sector slug>` (see docs/employer-terms.md)"))
        return SectorFileResult(str(path), None, (problem,))
    return read_overlay_document(doc, file, base=base, sectors_dir=sectors_dir)


def load_overlay(path: str | Path, base: Sector) -> Sector:
    """The overlay as a Sector: slug of ``base``, base themes + its own, and only its own terms.

    Raises :class:`SectorFileError` listing every error (a word the sector already has is one).
    """
    if not Path(path).is_file():
        raise InputError(_("no employer overlay at {path}").format(path=path),
                         hint=_("add the employer's own words first, one by one or from a spreadsheet"))
    result = read_overlay_file(path, base=base)
    if result.sector is None:
        raise SectorFileError(result.path, result.errors)
    return result.sector


def vocabulary_result(file: VaktaalFile) -> SectorFileResult:
    """Check a parsed sector file or overlay (an overlay against the sector it extends)."""
    if file.kind == "overlay":
        return read_overlay_document(file.doc, file.path)
    return sector_document_result(file.doc, file.path)


def read_vocabulary_file(path: str | Path) -> SectorFileResult:
    """Read and check a sector file or an employer overlay, whichever ``path`` holds; never raises
    for bad content."""
    try:
        return vocabulary_result(read_vaktaal_file(path))
    except YamlReadError as exc:
        return SectorFileResult(str(path), None, (exc.problem,))
