"""Adding an employer's own terms to their overlay, one by one or a whole spreadsheet at once.

Every new term is checked like a sector term (with the sector validator), must be a word (not a
formula, a web address or only digits) and a new one (not in the sector, not twice in one import),
gets an id made from the Dutch word, carries its source and starts unreviewed. A term the overlay
already has with the same content is "already there" (importing a sheet again after fixing a row
adds only that row); with other content it is a problem that says what differs. Good terms are
added, bad ones reported with their row; the overlay is written once, atomically and under its
lock (``safe_write``), never over the size vaktaal reads back, and photos written for an import
that fails are removed again.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from vaktaal.content.format_rules import TERM_FIELDS, slugify
from vaktaal.content.model import Sector, Term
from vaktaal.content.validation import validate_document
from vaktaal.content.value_checks import not_a_word, not_a_word_hint
from vaktaal.employers.overlays import (
    EMPLOYERS_DIR,
    overlay_path,
    read_overlay_file,
    refuse_invalid_text,
    refuse_oversized_text,
)
from vaktaal.employers.photos import import_photo, photo_name
from vaktaal.errors import PhotoError, SectorFileError
from vaktaal.files.problems import Problem
from vaktaal.files.safe_write import dump_yaml, edit_yaml, round_trip_yaml
from vaktaal.files.yaml_reader import YamlDocument
from vaktaal.i18n import _

#: Employers rarely know CEFR levels or the sector's themes: blank cells get these, and the
#: coach can change them later (the dry run shows them).
DEFAULT_LEVEL = "A2"
WORKPLACE_THEME = {"id": "werkplek", "name": "Op de werkplek",
                   "description": "Woorden van deze werkgever: machines, werkwijzen en afspraken."}


@dataclass(frozen=True)
class TermInput:
    """One term to add, as sector-format fields (``nl``, ``article``, ``translations`` …)."""

    fields: dict[str, Any]
    source: str
    #: Row number as the spreadsheet shows it (header = row 1); None for `vaktaal term add`.
    row: int | None = None
    photo: Path | None = None
    #: Problems found while reading the row (a cell that cannot be understood).
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class RowProblem:
    row: int | None
    word: str | None
    message: str
    hint: str = ""

    def where(self) -> str:
        """'row 3 (zaag)', 'row 3', or the word itself when there is no row."""
        if self.row is None:
            return self.word or _("the term")
        if self.word:
            return _("row {row} ({word})").format(row=self.row, word=self.word)
        return _("row {row}").format(row=self.row)


@dataclass(frozen=True)
class PresentTerm:
    """A term the overlay already has, with the same content: skipped, not an error."""

    row: int | None
    word: str
    term_id: str

    def where(self) -> str:
        return RowProblem(self.row, self.word, "").where()


@dataclass(frozen=True)
class AddedTerm:
    term: Term
    row: int | None
    photo_from: Path | None = None


@dataclass(frozen=True)
class AddReport:
    path: Path
    added: tuple[AddedTerm, ...]
    problems: tuple[RowProblem, ...]
    dry_run: bool
    #: Themes the overlay gained (the workplace theme for terms without one).
    new_themes: tuple[str, ...] = field(default=())
    #: Terms the overlay already had, with the same content (skipped).
    present: tuple[PresentTerm, ...] = field(default=())


def add_terms(entries: Iterable[TermInput], *, employer: str, sector: Sector,
              employer_name: str, employers_dir: str | Path = EMPLOYERS_DIR,
              dry_run: bool = False) -> AddReport:
    """Add the good entries to ``employers/<employer>/<sector>.yaml``; report the bad ones.

    With ``dry_run`` nothing is written (photos are still opened and checked).
    """
    entries = list(entries)
    path = overlay_path(employer, sector.slug, employers_dir)

    def create() -> CommentedMap:
        data = CommentedMap()
        data["employer"] = employer
        data["employer_name"] = employer_name
        data["extends"] = sector.slug
        data["terms"] = CommentedSeq()
        return data

    if dry_run:
        existing = _existing_terms(path, sector)
        data = round_trip_yaml().load(path.read_text("utf-8-sig")) if path.exists() else create()
        report = _Merge(data, path, sector, existing, write_photos=False).run(entries, dry_run=True)
        if report.added:
            refuse_oversized_text(dump_yaml(data), path)
        return report
    merge: _Merge | None = None
    try:
        with edit_yaml(path, create=create, check=lambda text: refuse_invalid_text(text, path, base=sector)) as data:
            merge = _Merge(data, path, sector, _existing_terms(path, sector), write_photos=True)
            report = merge.run(entries, dry_run=False)
            if not report.added:
                raise _NothingToWrite(report)
    except _NothingToWrite as nothing:
        return nothing.report
    except BaseException:
        if merge is not None:
            merge.remove_photos()  # the overlay was not written: its new photos go too
        raise
    return report


class _NothingToWrite(Exception):
    def __init__(self, report: AddReport) -> None:
        super().__init__("nothing to write")
        self.report = report


def _existing_terms(path: Path, sector: Sector) -> tuple[Term, ...]:
    if not path.exists():
        return ()
    result = read_overlay_file(path, base=sector)
    if result.sector is None:
        # Adding to a broken overlay could hide its problems; the coach fixes it first.
        raise SectorFileError(result.path, result.errors)
    return result.sector.terms


class _Merge:
    """Checks entries one by one against the sector, the overlay and each other."""

    def __init__(self, data: CommentedMap, path: Path, sector: Sector, existing: tuple[Term, ...],
                 *, write_photos: bool) -> None:
        self.data, self.path, self.sector = data, path, sector
        self.write_photos = write_photos
        self.ids = {t.id for t in sector.terms} | {t.id for t in existing}
        self.sector_words = {t.nl.casefold(): t.id for t in sector.terms}
        self.overlay_words = {t.nl.casefold(): t for t in existing}
        #: Words met in this run -> the row they were on (None for a term added on its own).
        self.run_words: dict[str, int | None] = {}
        self.themes = list(data.get("themes") or [])
        self.new_themes: list[str] = []
        self.photo_names: set[str] = set()
        self.written_photos: list[Path] = []
        self.created_images_folder = False

    def run(self, entries: list[TermInput], *, dry_run: bool) -> AddReport:
        added: list[AddedTerm] = []
        problems: list[RowProblem] = []
        present: list[PresentTerm] = []
        for entry in entries:
            result = self.entry(entry)
            if isinstance(result, RowProblem):
                problems.append(result)
            elif isinstance(result, PresentTerm):
                present.append(result)
            else:
                added.append(result)
        return AddReport(self.path, tuple(added), tuple(problems), dry_run, tuple(self.new_themes), tuple(present))

    def entry(self, entry: TermInput) -> AddedTerm | RowProblem | PresentTerm:
        fields = _with_defaults(entry.fields)
        nl = fields.get("nl")
        word = nl if isinstance(nl, str) and nl.strip() else None

        def problem(message: str, hint: str = "") -> RowProblem:
            return RowProblem(entry.row, word, message, hint)

        if entry.problems:
            return problem("; ".join(entry.problems),
                           _("correct the cell and import again (rows already added are skipped)"))
        if word is None:
            return problem(_("the Dutch word is missing"), _("fill in the column 'woord'"))
        typed = _not_words(fields)
        if typed:
            return problem("; ".join(typed), not_a_word_hint())
        key = word.strip().casefold()
        if key in self.sector_words:
            return problem(_("'{word}' is already in sector '{sector}' (term '{id}')").format(
                               word=word, sector=self.sector.slug, id=self.sector_words[key]), _("not added twice"))
        if key in self.run_words:
            row = self.run_words[key]
            return problem(_("'{word}' is already on row {row}").format(word=word, row=row) if row else
                           _("'{word}' is already added").format(word=word), _("not added twice"))
        if key in self.overlay_words:
            return self.present(entry, word, self.overlay_words[key], problem)
        fields["id"] = fields.get("id") or unique_slug(word, self.ids)
        fields["theme"] = self.theme_id(fields.get("theme"))
        fields["source"] = entry.source
        fields["reviewed"] = []
        term, errors = self.validate(fields)
        if term is None:
            return problem("; ".join(p.message for p in errors),
                           "; ".join(dict.fromkeys(p.hint for p in errors if p.hint)))
        if entry.photo is not None:
            try:
                fields["image"] = self.photo(entry.photo, fields["id"])
            except PhotoError as exc:
                return problem(exc.message, exc.hint or "")
            term = replace(term, image=fields["image"], picture_path=(self.path.parent / fields["image"]).resolve())
        self.append(fields)
        self.ids.add(term.id)
        self.run_words[key] = entry.row
        return AddedTerm(term, entry.row, entry.photo)

    def present(self, entry: TermInput, word: str, term: Term,
                problem: Callable[[str, str], RowProblem]) -> PresentTerm | RowProblem:
        """The same content as the overlay's term: already there. Other content: say what differs."""
        self.run_words[word.strip().casefold()] = entry.row
        differences = self.differences(entry, term)
        if not differences:
            return PresentTerm(entry.row, word, term.id)
        return problem(_("'{word}' is already in {path} (term '{id}'), with other content: {differences}").format(
                           word=word, path=self.path, id=term.id, differences="; ".join(differences)),
                       _("change the term in that file, or remove it there and add it again"))

    def differences(self, entry: TermInput, term: Term) -> list[str]:
        """'level: 'A2' → 'B1'' for every field the entry gives that the term has otherwise (what the
        entry leaves out is not compared: the coach may have filled it in since)."""
        found: list[str] = []

        def differ(name: str, old: Any, new: Any) -> None:
            if old != new:
                found.append(_("{field}: '{old}' → '{new}'").format(
                    field=name, old="" if old is None else old, new="" if new is None else new))

        for name, value in entry.fields.items():
            if name in ("nl", "reviewed", "source") or (value is None and name != "plural"):
                continue
            if name in ("translations", "example_translations"):
                for code, text in dict(value).items():
                    differ(f"{name}.{code}", getattr(term, name).get(code), text)
            elif name == "theme":
                differ(name, term.theme, self.known_theme(value))
            elif hasattr(term, name):
                differ(name, getattr(term, name), value)
        if entry.photo is not None and term.image is None and term.picture is None:
            differ(_("photo"), None, entry.photo.name)
        return found

    def known_theme(self, given: Any) -> str:
        text = str(given).strip()
        for theme in [*({"id": t.id, "name": t.name} for t in self.sector.themes), *self.themes]:
            if text.casefold() in (str(theme["id"]).casefold(), str(theme["name"]).casefold()):
                return str(theme["id"])
        return text

    def theme_id(self, given: Any) -> str:
        known = [*({"id": t.id, "name": t.name} for t in self.sector.themes), *self.themes]
        if given is None:
            if not any(t["id"] == WORKPLACE_THEME["id"] for t in known):
                self.themes.append(dict(WORKPLACE_THEME))
                self.new_themes.append(WORKPLACE_THEME["id"])
                self.store_themes()
            return WORKPLACE_THEME["id"]
        # Employers may write the theme's Dutch name ("Veiligheid en PBM") instead of its id.
        return self.known_theme(given)

    def store_themes(self) -> None:
        themes = CommentedSeq(CommentedMap(t) if not isinstance(t, CommentedMap) else t for t in self.themes)
        if "themes" in self.data:
            self.data["themes"] = themes
        else:
            self.data.insert(list(self.data).index("terms"), "themes", themes)

    def validate(self, fields: dict[str, Any]) -> tuple[Term | None, list[Problem]]:
        """Check one term with the sector validator, as the only term of an overlay."""
        data = {"employer": "x", "employer_name": "x", "extends": self.sector.slug,
                "terms": [fields], **({"themes": [dict(t) for t in self.themes]} if self.themes else {})}
        checked, problems = validate_document(YamlDocument(str(self.path), data), self.path.parent,
                                              extends=self.sector)
        errors = [p for p in problems if p.severity == "error"]
        return (checked.terms[0] if checked is not None else None), errors

    def photo(self, source: Path, term_id: str) -> str:
        images = self.path.parent / "images"
        name = photo_name(source, term_id, taken=self.photo_names | _existing_names(images))
        self.photo_names.add(name)
        if self.write_photos and not images.exists():
            self.created_images_folder = True
        import_photo(source, images / name, write=self.write_photos)
        if self.write_photos:
            self.written_photos.append(images / name)
        return f"images/{name}"

    def remove_photos(self) -> None:
        """Remove the photos this run wrote (their names were new: nothing older is touched)."""
        for photo in self.written_photos:
            photo.unlink(missing_ok=True)
        if self.created_images_folder:
            try:
                (self.path.parent / "images").rmdir()
            except OSError:
                pass  # not empty after all: someone else put a file there

    def append(self, fields: dict[str, Any]) -> None:
        entry = CommentedMap()
        for rule in TERM_FIELDS:
            if rule.name in fields:
                value = fields[rule.name]
                if rule.name == "safety" and not value:
                    continue  # false is the default; the sector files leave it out
                if rule.name == "reviewed":
                    value = CommentedSeq(value)
                    value.fa.set_flow_style()  # `reviewed: []` as in the sector files
                elif isinstance(value, dict):
                    value = CommentedMap(value)
                entry[rule.name] = value
        if "terms" not in self.data or self.data["terms"] is None:
            self.data["terms"] = CommentedSeq()
        self.data["terms"].append(entry)


def _not_words(fields: dict[str, Any]) -> list[str]:
    """What a person typed that is not a word: the Dutch word, plural and translations."""
    found = [not_a_word(fields[name], digits=False) for name in ("nl", "plural") if isinstance(fields.get(name), str)]
    found += [not_a_word(text, translation=True, digits=False)
              for text in dict(fields.get("translations") or {}).values() if isinstance(text, str)]
    return [problem for problem in found if problem]


def _existing_names(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def _with_defaults(given: dict[str, Any]) -> dict[str, Any]:
    fields = {k: v for k, v in given.items() if v is not None or k == "plural"}
    if "nl" in fields and isinstance(fields["nl"], str):
        fields["nl"] = fields["nl"].strip()
    fields.setdefault("level", DEFAULT_LEVEL)
    if "pos" not in fields and fields.get("article"):
        fields["pos"] = "noun"  # a word with de/het is a noun
    return fields


def unique_slug(text: str, taken: set[str]) -> str:
    """An id made from the Dutch word ('Kantbank 3' → 'kantbank-3'), unique among ``taken``."""
    base = slugify(text) or "term"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    return candidate
