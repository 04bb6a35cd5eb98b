"""Deck recipes (``decks/*.yaml``): which terms go into a learner's deck, in which languages.

A recipe names sectors (optionally filtered), employer overlays, learner languages, card types
and a learner profile. :func:`select_terms` turns it into the ordered list of terms every output
(decks, CSV, audio, weekly plans) is made from.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from vaktaal.content.format_rules import LEVELS, SLUG_RE, slugify
from vaktaal.content.languages import LEARNER_LANGUAGES, is_language_code
from vaktaal.content.model import Sector, Term
from vaktaal.content.sector_files import find_sector_file, load_sector
from vaktaal.employers.overlays import load_overlay
from vaktaal.errors import InputError, RecipeError
from vaktaal.files.problems import Problem
from vaktaal.files.yaml_reader import YamlDocument, YamlPath, YamlReadError, read_yaml
from vaktaal.i18n import _, n_

CARD_TYPES = ("herkennen", "zeggen", "luisteren", "kijken")
PROFILES = ("alfa", "lezer")
#: Card types per profile when a recipe names none. For learners who cannot read (alfa) nothing on
#: the front needs reading: a picture and the Dutch sound (Kijken); readers get the text cards.
#: Phrases with a situation always get the phrase card (Zin), which speaks the situation.
DEFAULT_CARDS = {"alfa": ("kijken",), "lezer": ("herkennen", "zeggen", "luisteren")}
_RECIPE_FIELDS = ("name", "description", "sectors", "employers", "languages", "cards", "profile",
                  "translation_audio")
_SECTOR_FIELDS = ("sector", "themes", "levels", "safety_only")
_EMPLOYER_FIELDS = ("employer", "sectors")


@dataclass(frozen=True)
class SectorChoice:
    sector: str
    themes: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    safety_only: bool = False

    def wants(self, term: Term) -> bool:
        return ((not self.themes or term.theme in self.themes)
                and (not self.levels or term.level in self.levels)
                and (not self.safety_only or term.safety))


@dataclass(frozen=True)
class EmployerChoice:
    employer: str
    #: Which of the employer's overlays to include; empty: those for the recipe's sectors.
    sectors: tuple[str, ...] = ()


@dataclass(frozen=True)
class Recipe:
    slug: str
    name: str
    sectors: tuple[SectorChoice, ...]
    languages: tuple[str, ...]
    profile: str = "lezer"
    cards: tuple[str, ...] = DEFAULT_CARDS["lezer"]
    #: Speak the translation with a machine voice where one exists (a person's recording always plays).
    translation_audio: bool = True
    employers: tuple[EmployerChoice, ...] = ()
    description: str | None = None
    path: Path | None = field(default=None, compare=False)
    sectors_dir: Path = field(default=Path("sectors"), compare=False)
    employers_dir: Path = field(default=Path("employers"), compare=False)


@dataclass(frozen=True)
class SelectedTerm:
    """One term as it goes into a recipe's outputs."""

    term: Term
    sector: Sector
    #: The identity namespace of the term: the sector slug, or ``<employer>/<sector>`` for a
    #: term from an employer overlay. Note GUIDs are made from (origin, term id, language).
    origin: str
    employer: str | None = None

    @property
    def key(self) -> str:
        return f"{self.origin}/{self.term.id}"


class _RecipeReader:
    """Reads a recipe's fields, collecting every problem (located) instead of stopping at the first."""

    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def fail(self, path: YamlPath, message: str, hint: str, *, key: bool = False) -> None:
        self.problems.append(self.doc.problem(path, "recipe", message, hint, key=key))

    def keys(self, data: Any, path: YamlPath, allowed: tuple[str, ...], what: str) -> dict[str, Any] | None:
        if not isinstance(data, dict):
            self.fail(path, _("{what} must be a mapping (key: value lines)").format(what=what),
                      _("see the recipes in decks/ for examples"))
            return None
        for key in data:
            if key not in allowed:
                close = get_close_matches(str(key), allowed, n=1)
                fields = ", ".join(allowed)
                self.fail(path + (key,), _("unknown field '{field}' in {what}").format(field=key, what=what),
                          _("did you mean '{suggestion}'? allowed fields: {fields}").format(
                              suggestion=close[0], fields=fields) if close else
                          _("allowed fields: {fields}").format(fields=fields),
                          key=True)
        return data

    def texts(self, data: dict[str, Any], name: str, path: YamlPath,
              allowed: tuple[str, ...] | None = None, *, slugs: bool = False) -> tuple[str, ...]:
        """A list of texts (or one text); with ``slugs`` each must be a slug (it names a file)."""
        value = data.get(name)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            self.fail(path + (name,), _("'{field}' must be a list").format(field=name),
                      _("write it as `{field}: [a, b]`").format(field=name))
            return ()
        good = []
        for i, item in enumerate(value):
            if allowed is not None and item not in allowed:
                self.fail(path + (name, i), _("'{value}' is not an allowed value for '{field}'").format(
                              value=item, field=name),
                          _("allowed: {allowed}").format(allowed=", ".join(allowed)))
            elif slugs and not SLUG_RE.fullmatch(item):
                self.fail(path + (name, i), _("'{value}' in '{field}' is not a slug").format(
                              value=item.encode("unicode_escape").decode("ascii"), field=name),
                          _("use lowercase letters, digits and -, as in the file or folder name, e.g. metaal"))
            else:
                good.append(item)
        return tuple(good)

    def slug(self, item: dict[str, Any], name: str, path: YamlPath, message: str, hint: str) -> str | None:
        """``item[name]`` when it is a slug (fullmatch: no '/', '..', or trailing newline)."""
        value = item.get(name)
        if isinstance(value, str) and SLUG_RE.fullmatch(value):
            return value
        if isinstance(value, str):
            message = _("'{value}' is not a slug: only lowercase letters, digits and - (no spaces, '/', '..' or "
                        "line breaks)").format(value=value.encode("unicode_escape").decode("ascii"))
        self.fail(path + ((name,) if name in item else ()), message, hint, key=name not in item)
        return None


def _recipe_error(path: str | Path, problems: list[Problem]) -> RecipeError:
    first = problems[0]
    if len(problems) == 1:
        return RecipeError(f"{first.location()}: {first.message}", hint=first.hint, problems=problems)
    message = n_("{path} has {count} error; the first: {location}: {message}",
                 "{path} has {count} errors; the first: {location}: {message}", len(problems)).format(
        path=path, count=len(problems), location=first.location(), message=first.message)
    return RecipeError(message, hint=_("check the file and fix every error in it"), problems=problems)


def load_recipe(path: str | Path, *, sectors_dir: str | Path | None = None,
                employers_dir: str | Path | None = None) -> Recipe:
    """Read a recipe. Sector and employer folders default to ``sectors/`` and ``employers/``
    beside the recipe's folder (the project layout: decks/, sectors/, employers/).

    Raises :class:`RecipeError` with every problem of the file, each with its line and column."""
    recipe, problems = read_recipe(path, sectors_dir=sectors_dir, employers_dir=employers_dir)
    if recipe is None:
        raise _recipe_error(path, problems)
    return recipe


def read_recipe(path: str | Path, *, sectors_dir: str | Path | None = None, employers_dir: str | Path | None = None,
                check_files: bool = False) -> tuple[Recipe | None, list[Problem]]:
    """The recipe (None when it has errors) and every problem in it, located. With
    ``check_files`` the sector and employer files it names must exist too."""
    file = Path(path)
    if not file.is_file():
        raise InputError(_("there is no recipe at {path}").format(path=path),
                         hint=_("recipes live in decks/, for example decks/metaal.yaml"))
    # The file name is the recipe's slug: it names folders and appears in commands shown to people.
    if not SLUG_RE.fullmatch(file.stem):
        better = slugify(file.stem) or "metaal"
        raise RecipeError(_("the recipe's file name '{name}' is not a slug").format(name=file.name),
                          hint=_("rename it to {name} (lowercase letters, digits and -)").format(
                              name=f"{better}{file.suffix}"))
    try:
        doc = read_yaml(file, display_path=str(path))
    except YamlReadError as exc:
        return None, [exc.problem]
    reader = _RecipeReader(doc)
    data = reader.keys(doc.data, (), _RECIPE_FIELDS, _("a recipe"))
    if data is None:
        return None, reader.problems
    root = file.resolve().parent.parent
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        reader.fail(("name",), _("the recipe has no name"), _("add `name: Vaktaal Metaal`"), key="name" not in data)
    profile = data.get("profile", "lezer")
    if profile not in PROFILES:
        reader.fail(("profile",), _("'{profile}' is not a profile").format(profile=profile),
                    _("use `profile: alfa` (audio and picture first, little text) or `profile: lezer`"))
        profile = "lezer"
    cards = reader.texts(data, "cards", (), CARD_TYPES) or DEFAULT_CARDS[profile]
    translation_audio = data.get("translation_audio", True)
    if not isinstance(translation_audio, bool):
        reader.fail(("translation_audio",), _("'translation_audio' must be true or false"),
                    _("write `translation_audio: false` to leave out the machine voice in the learner's language"))
        translation_audio = True
    languages = reader.texts(data, "languages", ()) or LEARNER_LANGUAGES
    for i, code in enumerate(languages):
        if not is_language_code(code):
            reader.fail(("languages", i), _("'{code}' is not an ISO 639-1 language code").format(code=code),
                        _("use two-letter codes such as en, ar, ti, fa, so, tr, uk"))
    sectors = _sector_choices(reader, data)
    employers = _employer_choices(reader, data)
    folders = (Path(sectors_dir) if sectors_dir else root / "sectors",
               Path(employers_dir) if employers_dir else root / "employers")
    if check_files:
        _check_files(reader, sectors, employers, *folders)
    if reader.problems:
        return None, sorted(reader.problems, key=lambda p: (p.line or 0, p.column or 0))
    description = data.get("description")
    assert isinstance(name, str)
    return Recipe(
        slug=file.stem, name=name.strip(), sectors=tuple(c for _path, c in sectors), languages=languages,
        profile=profile, cards=cards, translation_audio=translation_audio,
        employers=tuple(c for _path, c in employers),
        description=description if isinstance(description, str) else None,
        path=file, sectors_dir=folders[0], employers_dir=folders[1],
    ), []


def _sector_choices(reader: _RecipeReader, data: dict[str, Any]) -> list[tuple[YamlPath, SectorChoice]]:
    raw_sectors = data.get("sectors")
    if not isinstance(raw_sectors, list) or not raw_sectors:
        reader.fail(("sectors",), _("the recipe names no sectors"),
                    _("add\n{example}").format(example="sectors:\n  - sector: metaal"), key="sectors" not in data)
        return []
    sectors = []
    for i, item in enumerate(raw_sectors):
        if isinstance(item, str):
            item = {"sector": item}
        path: YamlPath = ("sectors", i)
        checked = reader.keys(item, path, _SECTOR_FIELDS, _("sector {number} of the recipe").format(number=i + 1))
        if checked is None:
            continue
        slug = reader.slug(checked, "sector", path, _("each sector needs `sector: <slug>`"),
                           _("the slug is the sector file's name without .yaml, e.g. metaal"))
        safety_only = checked.get("safety_only", False)
        if not isinstance(safety_only, bool):
            reader.fail(path + ("safety_only",), _("'safety_only' must be true or false"),
                        _("write `safety_only: true` or leave it out"))
        themes = reader.texts(checked, "themes", path)
        levels = reader.texts(checked, "levels", path, LEVELS)
        if slug is not None:
            sectors.append((path + ("sector",), SectorChoice(slug, themes, levels, safety_only is True)))
    return sectors


def _employer_choices(reader: _RecipeReader,
                      data: dict[str, Any]) -> list[tuple[list[YamlPath], EmployerChoice]]:
    raw = data.get("employers")
    if raw is None:
        return []
    if not isinstance(raw, list):
        reader.fail(("employers",), _("'{field}' must be a list").format(field="employers"),
                    _("write it as `{field}: [a, b]`").format(field="employers"))
        return []
    employers = []
    for i, item in enumerate(raw):
        if isinstance(item, str):
            item = {"employer": item}
        path: YamlPath = ("employers", i)
        checked = reader.keys(item, path, _EMPLOYER_FIELDS, _("employer {number} of the recipe").format(number=i + 1))
        if checked is None:
            continue
        # The slug becomes a folder name: checked like every path (no '/', '..' or line break).
        slug = reader.slug(checked, "employer", path, _("each employer needs `employer: <slug>`"),
                           _("the slug is the folder name under employers/"))
        sectors = reader.texts(checked, "sectors", path, slugs=True)
        if slug is not None:
            listed = checked.get("sectors")
            where = [path + ("sectors", listed.index(s)) if isinstance(listed, list) else path for s in sectors]
            employers.append((where, EmployerChoice(slug, sectors)))
    return employers


def _check_files(reader: _RecipeReader, sectors: list[tuple[YamlPath, SectorChoice]],
                 employers: list[tuple[list[YamlPath], EmployerChoice]], sectors_dir: Path,
                 employers_dir: Path) -> None:
    """Every sector file and named employer file the recipe uses must be there."""
    for path, choice in sectors:
        if find_sector_file(sectors_dir, choice.sector) is None:
            reader.fail(path, *_no_sector_file(sectors_dir, choice.sector))
    for paths, employer in employers:
        for where, slug in zip(paths, employer.sectors, strict=True):
            overlay = employers_dir / employer.employer / f"{slug}.yaml"
            if not overlay.is_file():
                reader.fail(where,
                            _("employer '{employer}' has no terms for sector '{sector}' ({path})").format(
                                employer=employer.employer, sector=slug, path=overlay),
                            _("add the employer's own words first, one by one or from a spreadsheet"))


def _no_sector_file(folder: Path, slug: str) -> tuple[str, str]:
    """The message and hint for a sector the recipe names but the folder does not have."""
    return (_("the recipe names sector '{slug}', but there is no {path}").format(slug=slug,
                                                                               path=folder / (slug + ".yaml")),
            _("check the spelling; the sector files are in {folder}").format(folder=folder))


def _sector_file(folder: Path, slug: str) -> Path:
    found = find_sector_file(folder, slug)  # the slug was validated when the recipe was read
    if found is not None:
        return found
    message, hint = _no_sector_file(folder, slug)
    raise RecipeError(message, hint=hint)


def select_terms(recipe: Recipe, *, known: Mapping[Path, Sector] | None = None) -> list[SelectedTerm]:
    """The recipe's terms: sectors in recipe order, each in file order, then employer terms.

    A term is included once even when two entries of the recipe select it. ``known`` holds sectors
    the caller has already read (by resolved file path), so ``vaktaal check`` reads each once.
    """
    selected: list[SelectedTerm] = []
    seen: set[str] = set()
    loaded: dict[str, Sector] = {}

    def sector_for(slug: str) -> Sector:
        if slug not in loaded:
            path = _sector_file(recipe.sectors_dir, slug)
            loaded[slug] = (known or {}).get(path.resolve()) or load_sector(path)
        return loaded[slug]

    for choice in recipe.sectors:
        sector = sector_for(choice.sector)
        for term in sector.terms:
            entry = SelectedTerm(term, sector, sector.slug)
            if choice.wants(term) and entry.key not in seen:
                seen.add(entry.key)
                selected.append(entry)
    for employer in recipe.employers:
        for entry in _employer_terms(recipe, employer, loaded, sector_for):
            if entry.key not in seen:
                seen.add(entry.key)
                selected.append(entry)
    return selected


def _employer_terms(recipe: Recipe, employer: EmployerChoice, loaded: dict[str, Sector],
                    sector_for: Callable[[str], Sector]) -> list[SelectedTerm]:
    wanted = employer.sectors or tuple(loaded)
    entries = []
    for slug in wanted:
        path = recipe.employers_dir / employer.employer / f"{slug}.yaml"
        if not path.is_file():
            if employer.sectors:
                raise RecipeError(_("employer '{employer}' has no terms for sector '{sector}' ({path})").format(
                                      employer=employer.employer, sector=slug, path=path),
                                  hint=_("add the employer's own words first, one by one or from a spreadsheet"))
            continue
        base = sector_for(slug)
        overlay = load_overlay(path, base)
        for term in overlay.terms:
            entries.append(SelectedTerm(term, overlay, f"{employer.employer}/{slug}", employer.employer))
    return entries


_LEVEL_RANK = {level: i for i, level in enumerate(LEVELS)}


def learning_order(entries: list[SelectedTerm]) -> list[SelectedTerm]:
    """Order in which a learner meets new terms: safety-critical first, then by level,
    then as the files list them (a stable sort keeps file order)."""
    return sorted(entries, key=lambda e: (not e.term.safety, _LEVEL_RANK[e.term.level]))


def recipe_entries(recipe: Recipe) -> list[SelectedTerm]:
    """The recipe's terms in the order a learner should meet them (see :func:`learning_order`)."""
    return learning_order(select_terms(recipe))
