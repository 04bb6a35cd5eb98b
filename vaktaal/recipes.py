"""Deck recipes (``decks/*.yaml``): which terms go into a learner's deck, in which languages.

A recipe names sectors (optionally filtered), employer overlays, learner languages, card types
and a learner profile. :func:`select_terms` turns it into the ordered list of terms every output
(decks, CSV, audio, weekly plans) is made from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from vaktaal.content.format_rules import LEVELS, SLUG_RE
from vaktaal.content.languages import LEARNER_LANGUAGES, is_language_code
from vaktaal.content.model import Sector, Term
from vaktaal.content.sector_files import find_sector_file, load_sector
from vaktaal.employers.overlays import load_overlay
from vaktaal.errors import InputError, RecipeError
from vaktaal.files.yaml_reader import YamlDocument, YamlPath, YamlReadError, read_yaml
from vaktaal.i18n import _

CARD_TYPES = ("herkennen", "zeggen", "luisteren")
PROFILES = ("alfa", "lezer")
#: Card types per profile when a recipe names none. Low-literate (alfa) learners start from sound
#: and picture; readers get the production card too. Phrases always get a phrase card.
DEFAULT_CARDS = {"alfa": ("herkennen", "luisteren"), "lezer": ("herkennen", "zeggen", "luisteren")}
_RECIPE_FIELDS = ("name", "description", "sectors", "employers", "languages", "cards", "profile")
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


def _fail(doc: YamlDocument, path: YamlPath, message: str, hint: str, *, key: bool = False) -> RecipeError:
    problem = doc.problem(path, "recipe", message, hint, key=key)
    return RecipeError(f"{problem.location()}: {message}", hint=hint, problem=problem)


def _slug_list(doc: YamlDocument, data: dict[str, Any], name: str, path: YamlPath,
               allowed: tuple[str, ...] | None = None) -> tuple[str, ...]:
    value = data.get(name)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(doc, path + (name,), _("'{field}' must be a list").format(field=name),
                    _("write it as `{field}: [a, b]`").format(field=name))
    for i, item in enumerate(value):
        if allowed is not None and item not in allowed:
            raise _fail(doc, path + (name, i), _("'{value}' is not an allowed value for '{field}'").format(
                            value=item, field=name),
                        _("allowed: {allowed}").format(allowed=", ".join(allowed)))
    return tuple(value)


def _check_keys(doc: YamlDocument, data: Any, path: YamlPath, allowed: tuple[str, ...], what: str) -> dict:
    if not isinstance(data, dict):
        raise _fail(doc, path, _("{what} must be a mapping (key: value lines)").format(what=what),
                    _("see the recipes in decks/ for examples"))
    for key in data:
        if key not in allowed:
            close = get_close_matches(key, allowed, n=1)
            fields = ", ".join(allowed)
            raise _fail(doc, path + (key,), _("unknown field '{field}' in {what}").format(field=key, what=what),
                        _("did you mean '{suggestion}'? allowed fields: {fields}").format(
                            suggestion=close[0], fields=fields) if close else
                        _("allowed fields: {fields}").format(fields=fields),
                        key=True)
    return data


def load_recipe(path: str | Path, *, sectors_dir: str | Path | None = None,
                employers_dir: str | Path | None = None) -> Recipe:
    """Read a recipe. Sector and employer folders default to ``sectors/`` and ``employers/``
    beside the recipe's folder (the project layout: decks/, sectors/, employers/)."""
    file = Path(path)
    if not file.is_file():
        raise InputError(_("there is no recipe at {path}").format(path=path),
                         hint=_("recipes live in decks/, for example decks/metaal.yaml"))
    try:
        doc = read_yaml(file, display_path=str(path))
    except YamlReadError as exc:
        p = exc.problem
        raise RecipeError(f"{p.location()}: {p.message}", hint=p.hint, problem=p) from None
    data = _check_keys(doc, doc.data, (), _RECIPE_FIELDS, _("a recipe"))
    root = file.resolve().parent.parent
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(doc, ("name",), _("the recipe has no name"), _("add `name: Vaktaal Metaal`"), key=True)
    profile = data.get("profile", "lezer")
    if profile not in PROFILES:
        raise _fail(doc, ("profile",), _("'{profile}' is not a profile").format(profile=profile),
                    _("use `profile: alfa` (audio and picture first, little text) or `profile: lezer`"))
    cards = _slug_list(doc, data, "cards", (), CARD_TYPES) or DEFAULT_CARDS[profile]
    languages = _slug_list(doc, data, "languages", ()) or LEARNER_LANGUAGES
    for i, code in enumerate(languages):
        if not is_language_code(code):
            raise _fail(doc, ("languages", i), _("'{code}' is not an ISO 639-1 language code").format(code=code),
                        _("use two-letter codes such as en, ar, ti, fa, so, tr, uk"))
    raw_sectors = data.get("sectors")
    if not isinstance(raw_sectors, list) or not raw_sectors:
        raise _fail(doc, ("sectors",), _("the recipe names no sectors"),
                    _("add\n{example}").format(example="sectors:\n  - sector: metaal"), key=True)
    sectors = []
    for i, item in enumerate(raw_sectors):
        if isinstance(item, str):
            item = {"sector": item}
        item = _check_keys(doc, item, ("sectors", i), _SECTOR_FIELDS,
                           _("sector {number} of the recipe").format(number=i + 1))
        slug = item.get("sector")
        if not isinstance(slug, str) or not SLUG_RE.fullmatch(slug):
            raise _fail(doc, ("sectors", i), _("each sector needs `sector: <slug>`"),
                        _("the slug is the sector file's name without .yaml, e.g. metaal"))
        safety_only = item.get("safety_only", False)
        if not isinstance(safety_only, bool):
            raise _fail(doc, ("sectors", i, "safety_only"), _("'safety_only' must be true or false"),
                        _("write `safety_only: true` or leave it out"))
        sectors.append(SectorChoice(slug, _slug_list(doc, item, "themes", ("sectors", i)),
                                    _slug_list(doc, item, "levels", ("sectors", i), LEVELS), safety_only))
    employers = []
    for i, item in enumerate(data.get("employers") or []):
        if isinstance(item, str):
            item = {"employer": item}
        item = _check_keys(doc, item, ("employers", i), _EMPLOYER_FIELDS,
                           _("employer {number} of the recipe").format(number=i + 1))
        slug = item.get("employer")
        if not isinstance(slug, str) or not SLUG_RE.fullmatch(slug):
            raise _fail(doc, ("employers", i), _("each employer needs `employer: <slug>`"),
                        _("the slug is the folder name under employers/"))
        employers.append(EmployerChoice(slug, _slug_list(doc, item, "sectors", ("employers", i))))
    description = data.get("description")
    return Recipe(
        slug=file.stem, name=name.strip(), sectors=tuple(sectors), languages=languages, profile=profile,
        cards=cards, employers=tuple(employers), description=description if isinstance(description, str) else None,
        path=file, sectors_dir=Path(sectors_dir) if sectors_dir else root / "sectors",
        employers_dir=Path(employers_dir) if employers_dir else root / "employers",
    )


def _sector_file(folder: Path, slug: str) -> Path:
    found = find_sector_file(folder, slug)  # the slug was validated when the recipe was read
    if found is not None:
        return found
    raise RecipeError(_("the recipe names sector '{slug}', but there is no {path}").format(
                          slug=slug, path=folder / (slug + ".yaml")),
                      hint=_("check the spelling; the sector files are in {folder}").format(folder=folder))


def select_terms(recipe: Recipe) -> list[SelectedTerm]:
    """The recipe's terms: sectors in recipe order, each in file order, then employer terms.

    A term is included once even when two entries of the recipe select it.
    """
    selected: list[SelectedTerm] = []
    seen: set[str] = set()
    loaded: dict[str, Sector] = {}
    for choice in recipe.sectors:
        sector = loaded.get(choice.sector) or load_sector(_sector_file(recipe.sectors_dir, choice.sector))
        loaded[choice.sector] = sector
        for term in sector.terms:
            entry = SelectedTerm(term, sector, sector.slug)
            if choice.wants(term) and entry.key not in seen:
                seen.add(entry.key)
                selected.append(entry)
    for employer in recipe.employers:
        for entry in _employer_terms(recipe, employer, loaded):
            if entry.key not in seen:
                seen.add(entry.key)
                selected.append(entry)
    return selected


def _employer_terms(recipe: Recipe, employer: EmployerChoice, loaded: dict[str, Sector]) -> list[SelectedTerm]:
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
        base = loaded.get(slug) or load_sector(_sector_file(recipe.sectors_dir, slug))
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
