"""Checks a parsed sector file against the format rules, collecting every problem.

Parsing lives in ``vaktaal.files.yaml_reader``, the generic value checks in ``value_checks``;
this module only looks at plain data and positions, and builds the
:class:`~vaktaal.content.model.Sector` when there are no errors.
"""

from __future__ import annotations

from difflib import get_close_matches
from pathlib import Path
from typing import Any

from vaktaal.content.format_rules import (
    FILE_FIELDS,
    IMAGE_SUFFIXES,
    NOUN_LIKE,
    OVERLAY_FILE_FIELDS,
    RECORDING_SUFFIX,
    TERM_FIELDS,
    THEME_FIELDS,
)
from vaktaal.content.languages import LEARNER_LANGUAGES
from vaktaal.content.model import Sector, Term, Theme
from vaktaal.content.pictures import is_library_ref, library_file, library_index, resolve_picture
from vaktaal.content.value_checks import FieldChecker, add_field_hint
from vaktaal.files.problems import Problem
from vaktaal.files.yaml_reader import YamlDocument, YamlPath
from vaktaal.i18n import _


class _Checker(FieldChecker):
    # -- the sector --------------------------------------------------------------------------
    def sector(self) -> Sector | None:
        data = self.doc.data
        if not self.mapping(data, (), _("a sector file"),
                            "sector: metaal\nname: Metaal en lassen\ndescription: …\nthemes: […]\nterms: […]"):
            return None
        structured = ("themes", "terms")
        rules = FILE_FIELDS if self.base is None else OVERLAY_FILE_FIELDS
        simple = tuple(rule for rule in rules if rule.name not in structured)
        the_file = _("the file")
        good = self.fields({k: v for k, v in data.items() if k not in structured}, (), simple, the_file)
        for rule in rules:
            if rule.name in structured and rule.required and rule.name not in data:
                self.report((), "missing-field", _("{what} has no '{field}'").format(what=the_file, field=rule.name),
                            add_field_hint(rule), key=True)
        themes = self.themes(data.get("themes"), "themes" in data)
        theme_ids = {t.id for t in themes}
        if self.base is not None:
            self.overlay_fields(good, themes)
            theme_ids |= {t.id for t in self.base.themes}
        terms = self.terms(data.get("terms"), "terms" in data, theme_ids)
        if self.error_count:
            return None
        if self.base is not None:
            # An overlay reads as its sector's themes plus its own, holding only its own terms.
            return Sector(slug=self.base.slug, name=self.base.name, description=self.base.description,
                          themes=self.base.themes + tuple(themes), terms=tuple(terms))
        return Sector(
            slug=good["sector"], name=good["name"], description=good["description"],
            themes=tuple(themes), terms=tuple(terms), sources=good.get("sources", ()),
        )

    def overlay_fields(self, good: dict[str, Any], themes: list[Theme]) -> None:
        assert self.base is not None
        extends = good.get("extends")
        if extends is not None and extends != self.base.slug:
            self.report(("extends",), "extends-mismatch",
                        _("the file extends '{extends}' but is checked against sector '{sector}'").format(
                            extends=extends, sector=self.base.slug),
                        _("name the file after the sector it extends: {file}").format(file=f"{extends}.yaml"))
        base_themes = {t.id for t in self.base.themes}
        for i, theme in enumerate(themes):
            if theme.id in base_themes:
                self.report(("themes", i, "id"), "duplicate-id",
                            _("theme '{theme}' already exists in sector '{sector}'").format(
                                theme=theme.id, sector=self.base.slug),
                            _("use the sector's theme (remove it here) or give this one another id"))

    def overlay_clash(self, good: dict[str, Any], path: YamlPath, label: str) -> bool:
        """An employer term should be new. A word the sector has too is a warning, not an error:
        the shipped sector may gain it after the employer added it, and that must not stop the
        employer's decks. Returns True when the term is to be left out (decks use the sector's)."""
        assert self.base is not None
        term_id, nl = good.get("id"), good.get("nl")
        if term_id is not None and term_id in {t.id for t in self.base.terms}:
            # Harmless for decks (the employer's notes have their own origin), but confusing.
            self.report(path + ("id",), "duplicate-id",
                        _("id '{id}' is also a term of sector '{sector}'").format(id=term_id, sector=self.base.slug),
                        _("give the employer's term another id (e.g. add the employer's name)"),
                        severity="warning")
        if nl is None:
            return False
        word = nl.casefold()
        for term in self.base.terms:
            if term.nl.casefold() == word:
                self.report(path + ("nl",), "duplicate-word",
                            _("'{word}' is already in sector '{sector}' (term '{id}'); "
                              "decks use the sector's term and leave this one out").format(
                                word=nl, sector=self.base.slug, id=term.id),
                            _("remove it here: learners get the sector's term anyway"), severity="warning")
                return True
        if word in self.seen_nl:
            self.report(path + ("nl",), "duplicate-word",
                        _("{what}: '{word}' is already in this file (line {line})").format(
                            what=label, word=nl, line=self.seen_nl[word]),
                        _("keep one of the two"))
        else:
            self.seen_nl[word] = self.doc.where(path + ("nl",))[0] or 0
        return False

    def themes(self, value: Any, present: bool) -> list[Theme]:
        if not present:
            return []
        if not isinstance(value, list) or not value:
            self.report(("themes",), "type", _("'themes' must be a list with at least one theme"),
                        _("write it as\n{example}").format(example="themes:\n  - id: veiligheid\n    name: Veiligheid"))
            return []
        themes: list[Theme] = []
        seen: dict[str, int] = {}
        for i, item in enumerate(value):
            path: YamlPath = ("themes", i)
            what = _("theme {number}").format(number=i + 1)
            if not self.mapping(item, path, what, "  - id: veiligheid\n    name: Veiligheid"):
                continue
            good = self.fields(item, path, THEME_FIELDS, what)
            if "id" not in good or "name" not in good:
                continue
            if good["id"] in seen:
                self.report(path + ("id",), "duplicate-id", _("theme id '{id}' is used twice "
                                                              "(first on line {line})").format(
                                id=good["id"], line=seen[good["id"]]), _("give every theme its own id"))
                continue
            seen[good["id"]] = self.doc.where(path + ("id",))[0] or 0
            themes.append(Theme(good["id"], good["name"], good.get("description")))
        return themes

    def terms(self, value: Any, present: bool, theme_ids: set[str]) -> list[Term]:
        if not present:
            return []
        if not isinstance(value, list) or not value:
            self.report(("terms",), "type", _("'terms' must be a list with at least one term"),
                        _("write it as\n{example}").format(example="terms:\n  - id: laskap\n    nl: laskap\n    …"))
            return []
        terms: list[Term] = []
        seen: dict[str, int] = {}
        for i, item in enumerate(value):
            term = self.term(item, ("terms", i), i, theme_ids, seen)
            if term is not None:
                terms.append(term)
        return terms

    def term(self, item: Any, path: YamlPath, index: int, theme_ids: set[str],
             seen: dict[str, int]) -> Term | None:
        label = _("term {number}").format(number=index + 1)
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            label = _("term '{id}'").format(id=item["id"])
        if not self.mapping(item, path, label, "  - id: laskap\n    nl: laskap\n    pos: noun\n    …"):
            return None
        before = self.error_count
        good = self.fields(item, path, TERM_FIELDS, label)
        term_id = good.get("id")
        if term_id is not None:
            if term_id in seen:
                self.report(path + ("id",), "duplicate-id",
                            _("id '{id}' is used twice (first on line {line})").format(id=term_id, line=seen[term_id]),
                            _("every term needs its own id; pick a new one for the new term "
                              "(never rename the old one: learners' progress hangs on it)"))
            else:
                seen[term_id] = self.doc.where(path + ("id",))[0] or 0
        left_out = self.base is not None and self.overlay_clash(good, path, label)
        theme = good.get("theme")
        if theme is not None and theme_ids and theme not in theme_ids:
            close = get_close_matches(theme, theme_ids, n=1)
            known = ", ".join(sorted(theme_ids))
            self.report(path + ("theme",), "unknown-theme",
                        _("theme '{theme}' is not one of the file's themes").format(theme=theme),
                        _("did you mean '{suggestion}'? known themes: {themes} (or add it under themes:)").format(
                            suggestion=close[0], themes=known) if close else
                        _("known themes: {themes} (or add it under themes:)").format(themes=known))
        self.grammar(good, item, path, label)
        self.reviews(good, path, label)
        self.picture(good, path)
        self.recordings(good, path)
        self.warnings(good, item, path, label)
        if self.error_count > before or left_out:
            return None
        ref = good.get("picture", good.get("image"))
        picture_path = resolve_picture(ref, self.base_dir) if ref is not None else None
        recording_paths = {slot: (self.base_dir / name).resolve() for slot, name in good.get("recordings", {}).items()}
        return Term(
            id=good["id"], nl=good["nl"], pos=good["pos"], theme=good["theme"], level=good["level"],
            article=good.get("article"), plural=good.get("plural"), safety=good.get("safety", False),
            register=good.get("register", "standard"), example=good.get("example"),
            translations=good.get("translations", {}),
            example_translations=good.get("example_translations", {}),
            reviewed=good.get("reviewed", ()), sense=good.get("sense"),
            translation_notes=good.get("translation_notes", {}),
            full_form=good.get("full_form"),
            situation=good.get("situation"), emoji=good.get("emoji"), picture=good.get("picture"),
            image=good.get("image"),
            notes=good.get("notes"), source=good.get("source"), picture_path=picture_path,
            recordings=good.get("recordings", {}), recording_paths=recording_paths,
        )

    def grammar(self, good: dict[str, Any], item: dict[str, Any], path: YamlPath, label: str) -> None:
        pos = good.get("pos")
        if pos is None:
            return
        for name in ("article", "plural"):
            if name in item and pos not in NOUN_LIKE:
                self.report(path + (name,), f"{name}-not-noun",
                            _("{what} is a {pos}, so it has no {field}").format(what=label, pos=pos, field=name),
                            _("remove the {field} line, or set `pos: noun` if it is a noun").format(field=name),
                            key=True)
        if pos == "noun" and "article" not in item:
            self.report(path, "missing-article", _("{what} is a noun but has no article").format(what=label),
                        _("add `article: de` or `article: het` — learners learn every noun with its article"),
                        key=True)

    def reviews(self, good: dict[str, Any], path: YamlPath, label: str) -> None:
        translations = good.get("translations", {})
        for i, code in enumerate(good.get("reviewed", ())):
            if code not in translations:
                self.report(path + ("reviewed", i), "reviewed-missing",
                            _("{what} lists '{code}' as reviewed but has no '{code}' translation").format(
                                what=label, code=code),
                            _("add the {code} translation, or remove '{code}' from reviewed").format(code=code))

    def picture(self, good: dict[str, Any], path: YamlPath) -> None:
        if "picture" in good and "image" in good:
            self.report(path + ("image",), "picture-twice", _("the term has both picture and image"),
                        _("keep one: picture (image is its older name)"), key=True)
        ref = good.get("picture")
        if ref is not None and is_library_ref(ref):
            if library_file(ref) is None:
                source, _sep, picture_id = ref.partition(":")
                known = library_index().get(source, {})
                close = get_close_matches(picture_id, list(known), n=1)
                if not known:
                    hint = _("known sources: {sources}").format(sources=", ".join(sorted(library_index())))
                elif close:
                    hint = _("did you mean '{suggestion}'? The contact sheets in docs/pictures/ show the "
                             "pictures").format(suggestion=f"{source}:{close[0]}")
                else:
                    hint = _("look the picture up in the contact sheets (docs/pictures/)")
                self.report(path + ("picture",), "picture-unknown",
                            _("picture '{picture}' is not in the picture library").format(picture=ref), hint)
            return
        for name in ("picture", "image"):
            if good.get(name) is not None:
                self.picture_file(good[name], path + (name,), name)

    def picture_file(self, image: str, where: YamlPath, name: str) -> None:
        folder = self.base_dir.resolve()
        target = (folder / image).resolve()
        if Path(image).is_absolute() or not target.is_relative_to(folder):
            self.report(where, "image-outside",
                        _("{field} '{image}' is outside the folder of the file").format(field=name, image=image),
                        _("put the picture in the same folder as the file (or a subfolder like images/) "
                          "and give the path relative to it"))
        elif Path(image).suffix.lower() not in IMAGE_SUFFIXES:
            self.report(where, "image-type",
                        _("{field} '{image}' is not a picture file").format(field=name, image=image),
                        _("use a {suffixes} file").format(suffixes=", ".join(IMAGE_SUFFIXES)))
        elif not target.is_file():
            self.report(where, "image-missing",
                        _("{field} '{image}' does not exist").format(field=name, image=image),
                        _("put the picture at {path} or fix the path (it is relative to the file)").format(
                            path=Path(self.doc.path).parent / image))

    def recordings(self, good: dict[str, Any], path: YamlPath) -> None:
        folder = self.base_dir.resolve()
        for slot, name in good.get("recordings", {}).items():
            where = path + ("recordings", slot)
            target = (folder / name).resolve()
            if Path(name).is_absolute() or not target.is_relative_to(folder):
                self.report(where, "recording-outside",
                            _("recording '{file}' is outside the folder of the file").format(file=name),
                            _("keep recordings in a subfolder like recordings/ and give the path relative to the "
                              "file"))
            elif Path(name).suffix.lower() != RECORDING_SUFFIX:
                self.report(where, "recording-type", _("recording '{file}' is not an .mp3 file").format(file=name),
                            _("attach the recording again: vaktaal turns it into an .mp3"))
            elif not target.is_file():
                self.report(where, "recording-missing", _("recording '{file}' does not exist").format(file=name),
                            _("fix the path (it is relative to the file) or remove the line"))

    def warnings(self, good: dict[str, Any], item: dict[str, Any], path: YamlPath, label: str) -> None:
        translations = good.get("translations", {})
        if "translations" in item:
            missing = [code for code in LEARNER_LANGUAGES if code not in translations]
            for code in missing:
                self.warn(path + ("translations",), f"missing-translation:{code}",
                          _("{what} has no '{code}' translation").format(what=label, code=code),
                          _("add it under translations:"))
        else:
            for code in LEARNER_LANGUAGES:
                self.warn(path, f"missing-translation:{code}",
                          _("{what} has no '{code}' translation").format(what=label, code=code),
                          _("add a translations: mapping"))
        if "example" not in item:
            self.warn(path, "missing-example", _("{what} has no example sentence").format(what=label),
                      _("add `example:` with a short sentence as said on the work floor"))
        if good.get("pos") == "noun" and "plural" not in item:
            self.warn(path, "missing-plural", _("{what} is a noun without a plural").format(what=label),
                      _("add `plural: …`, or `plural: null` if the word has none"))
        if good.get("pos") == "phrase" and "situation" not in item:
            self.warn(path, "missing-situation", _("{what} is a phrase without a situation").format(what=label),
                      _("add `situation:` saying when you say it, in simple Dutch"))
        if "picture" not in item and "image" not in item:
            self.warn(path, "missing-picture", _("{what} has no picture").format(what=label),
                      _("add `picture:` — a picture from the library (source:id, see docs/pictures/) or a photo; "
                        "for learners who cannot read, the picture is the word"))



def validate_document(doc: YamlDocument, base_dir: Path, *,
                      extends: Sector | None = None) -> tuple[Sector | None, list[Problem]]:
    """Check a parsed file; return the sector (None when there are errors) and every problem.

    With ``extends`` the file is an employer overlay of that sector (docs/employer-terms.md).
    """
    checker = _Checker(doc, base_dir, extends)
    sector = checker.sector()
    ordered = sorted(checker.problems, key=lambda p: (p.line or 0, p.column or 0))
    return sector, ordered
