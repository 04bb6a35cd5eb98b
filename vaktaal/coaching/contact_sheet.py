"""The contact sheet of a recipe: every word beside its picture, so a coach or a reviewer can
judge the pictures at a glance (``vaktaal pictures``).

Words come in learning order (safety first), grouped by theme. Each shows its picture at a size a
person can judge, the Dutch word with its article, the translation in one language, where the
picture comes from (``source:id``) and its licence, and marks for a word without a picture and for
a picture that another word of the recipe shows too. The sheet ends with the credits the picture
licences ask for. HTML (one file: the pictures are inside it) and PDF (the pictures as vectors).
"""

from __future__ import annotations

import base64
import mimetypes
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2

from vaktaal.coaching.pages import page_css
from vaktaal.coaching.pdf import picture_name, write_document
from vaktaal.content.languages import language_name, require_language_code, text_direction
from vaktaal.content.model import Term
from vaktaal.content.pictures import (
    LIBRARY,
    LIBRARY_REF,
    PictureSource,
    credits_for,
    library_sources,
    picture_path,
    shared_pictures,
)
from vaktaal.errors import InputError
from vaktaal.files.atomic import atomic_write_text
from vaktaal.recipes import Recipe, SelectedTerm, recipe_entries

#: The size pictures are shown at (CSS px: 1/96 inch), big enough to judge what they show.
PICTURE_PX = 112


@dataclass(frozen=True)
class Neighbour:
    """Another word of the recipe that shows the same picture."""

    key: str
    term: Term
    same_word: bool

    @property
    def origin(self) -> str:
        """The sector (or employer/sector) the other word is from."""
        return self.key.rpartition("/")[0]


@dataclass(frozen=True)
class SheetWord:
    entry: SelectedTerm
    gloss: str | None
    #: ``source:id`` or the photo's path as the vocabulary file writes it; None: no picture.
    picture: str | None
    #: The picture as a data: URL (None when there is no picture or its file is missing).
    src: str | None
    #: Library source of the picture (None for a photo or no picture).
    source: PictureSource | None
    shared_with: tuple[Neighbour, ...] = ()
    #: The picture's file (None when there is no picture or its file is missing).
    file: Path | None = None

    @property
    def term(self) -> Term:
        return self.entry.term

    @property
    def key(self) -> str:
        return self.entry.key

    @property
    def missing_file(self) -> bool:
        return self.picture is not None and self.src is None

    @property
    def shared_with_other_words(self) -> tuple[Neighbour, ...]:
        return tuple(n for n in self.shared_with if not n.same_word)


@dataclass(frozen=True)
class SheetGroup:
    title: str
    safety: bool
    words: tuple[SheetWord, ...]


@dataclass(frozen=True)
class ContactSheet:
    recipe: Recipe
    lang: str
    groups: tuple[SheetGroup, ...]
    credits: tuple[PictureSource, ...] = field(default=())

    @property
    def words(self) -> tuple[SheetWord, ...]:
        return tuple(w for g in self.groups for w in g.words)

    @property
    def without_picture(self) -> tuple[SheetWord, ...]:
        return tuple(w for w in self.words if w.src is None)

    @property
    def shared(self) -> tuple[SheetWord, ...]:
        """Words whose picture another, different word of the recipe shows too."""
        return tuple(w for w in self.words if w.shared_with_other_words)


def _data_url(path: Path) -> str:
    kind = "image/svg+xml" if path.suffix.lower() == ".svg" else mimetypes.guess_type(path.name)[0] or "image/png"
    return f"data:{kind};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def _picture_file(entry: SelectedTerm) -> Path | None:
    term = entry.term
    if term.picture_path is None:
        return None
    try:
        return picture_path(term.picture_path, entry.sector.path)
    except InputError:  # a photo outside the vocabulary file's folder is not shown
        return None


def _source(ref: str | None) -> PictureSource | None:
    match = LIBRARY_REF.fullmatch(ref or "")
    return library_sources().get(match.group(1)) if match else None


def _group_title(entry: SelectedTerm, several_sectors: bool) -> str:
    try:
        theme = entry.sector.theme(entry.term.theme).name
    except KeyError:
        theme = entry.term.theme
    return f"{entry.sector.name} – {theme}" if several_sectors else theme


def build_contact_sheet(recipe: Recipe, lang: str = "en") -> ContactSheet:
    """The recipe's words and their pictures, in learning order (safety first) and grouped by
    theme; ``lang`` is the language of the translation shown beside each word."""
    require_language_code(lang)
    entries = recipe_entries(recipe)
    neighbours: dict[str, list[Neighbour]] = {}
    for shared in shared_pictures((e.key, e.term) for e in entries):
        for key, term in shared.terms:
            neighbours[key] = [Neighbour(k, t, t.nl.casefold() == term.nl.casefold()) for k, t in shared.others(key)]
    several = len({e.origin for e in entries}) > 1
    groups: dict[tuple[bool, str], list[SheetWord]] = {}
    used: list[Path] = []
    for entry in entries:
        file = _picture_file(entry)
        if file is not None:
            used.append(file)
        ref = entry.term.picture or entry.term.image
        word = SheetWord(entry, entry.term.translations.get(lang), ref, _data_url(file) if file else None,
                         _source(ref) if file is not None and file.resolve().is_relative_to(LIBRARY) else None,
                         tuple(neighbours.get(entry.key, ())), file)
        groups.setdefault((entry.term.safety, _group_title(entry, several)), []).append(word)
    ordered = sorted(groups.items(), key=lambda item: not item[0][0])  # stable: safety groups first
    return ContactSheet(recipe, lang, tuple(SheetGroup(title, safety, tuple(words))
                                            for (safety, title), words in ordered),
                        tuple(credits_for(used)))


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("vaktaal.coaching", "templates"),
                              autoescape=True, undefined=jinja2.StrictUndefined,
                              trim_blocks=True, lstrip_blocks=True)


def render_contact_sheet(sheet: ContactSheet) -> str:
    return _environment().get_template("contact_sheet.html.j2").render(
        sheet=sheet, css=page_css(), size=PICTURE_PX, language=language_name(sheet.lang),
        direction=text_direction(sheet.lang))


def sheet_data(sheet: ContactSheet) -> dict[str, Any]:
    """The sheet as data for ``templates/contact_sheet.typ`` (every text a string, placed as text)."""
    def word(w: SheetWord) -> dict[str, Any]:
        return {
            "nl": w.term.nl, "article": w.term.article, "gloss": w.gloss, "lang": sheet.lang,
            "dir": text_direction(sheet.lang), "checked": True, "emoji": w.term.emoji, "safety": w.term.safety,
            "picture": picture_name(w.file) if w.file is not None else None, "missing_file": w.missing_file,
            "ref": w.picture, "licence": w.source.licence if w.source else "eigen foto",
            "marked": bool(w.shared_with_other_words or w.file is None),
            "bad": [f"{n.term.with_article} ({n.key})" for n in w.shared_with if not n.same_word],
            "same": [n.origin for n in w.shared_with if n.same_word],
        }

    return {
        "recipe": sheet.recipe.name, "slug": sheet.recipe.slug, "language": language_name(sheet.lang),
        "counts": [len(sheet.words), len(sheet.words) - len(sheet.without_picture), len(sheet.without_picture),
                   len(sheet.shared)],
        "groups": [{"title": g.title, "safety": g.safety, "words": [word(w) for w in g.words]} for g in sheet.groups],
        "credits": [{"name": c.name, "licence": c.licence, "url": c.url, "attribution": c.attribution,
                     "notice": c.notice} for c in sheet.credits],
    }


def write_sheet_pdf(sheet: ContactSheet, target: Path) -> None:
    """The sheet's PDF (Typst), its pictures as vectors."""
    write_document("contact_sheet", sheet_data(sheet), pictures=[w.file for w in sheet.words if w.file is not None],
                   target=target)


@dataclass(frozen=True)
class ContactSheetFiles:
    sheet: ContactSheet
    html: Path
    pdf: Path


def write_contact_sheet(recipe: Recipe, out_dir: Path, lang: str = "en") -> ContactSheetFiles:
    """Write ``out_dir/<recipe>.html`` and ``out_dir/<recipe>.pdf`` (each atomically)."""
    sheet = build_contact_sheet(recipe, lang)
    html = render_contact_sheet(sheet)
    out_dir.mkdir(parents=True, exist_ok=True)
    html_file, pdf_file = out_dir / f"{recipe.slug}.html", out_dir / f"{recipe.slug}.pdf"
    write_sheet_pdf(sheet, pdf_file)
    atomic_write_text(html_file, html)
    return ContactSheetFiles(sheet, html_file, pdf_file)
