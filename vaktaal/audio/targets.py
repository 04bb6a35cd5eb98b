"""The texts to record for a recipe (decks/x.yaml) or a sector file (sectors/x.yaml)."""

from __future__ import annotations

from pathlib import Path

from vaktaal.audio.texts import term_texts
from vaktaal.errors import InputError
from vaktaal.model import Term
from vaktaal.recipes import load_recipe, recipe_entries
from vaktaal.sector_files import load_sector
from vaktaal.yaml_reading import YamlReadError, read_yaml


def is_sector_file(path: Path) -> bool:
    """Sector files have ``terms:``; recipes name ``sectors:``. A file that does not even read as
    YAML is judged by its folder, so its error message comes from the right loader."""
    try:
        data = read_yaml(path).data
    except YamlReadError:
        return path.resolve().parent.name == "sectors"
    return isinstance(data, dict) and "terms" in data


def target_terms(path: str | Path) -> list[Term]:
    """The terms of a recipe (in learning order: safety first) or of a sector file."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"no file at {path}",
                         hint="give a recipe (decks/metaal.yaml) or a sector file (sectors/metaal.yaml)")
    if is_sector_file(file):
        return list(load_sector(file).terms)
    return [entry.term for entry in recipe_entries(load_recipe(file))]


def target_texts(path: str | Path) -> list[str]:
    """Every word (with its article) and example sentence of the target, once each."""
    texts: dict[str, None] = {}
    for term in target_terms(path):
        texts.update(dict.fromkeys(term_texts(term)))
    return list(texts)
