"""The texts to record for a recipe (decks/x.yaml) or a sector file (sectors/x.yaml)."""

from __future__ import annotations

from pathlib import Path

from vaktaal.audio.texts import term_texts
from vaktaal.content.file_kinds import read_vaktaal_file
from vaktaal.content.model import Term
from vaktaal.content.sector_files import load_sector
from vaktaal.errors import InputError, SectorFileError
from vaktaal.files.yaml_reader import YamlReadError
from vaktaal.i18n import _
from vaktaal.recipes import load_recipe, recipe_entries


def target_terms(path: str | Path) -> list[Term]:
    """The terms of a recipe (in learning order: safety first) or of a sector file."""
    file = Path(path)
    if not file.is_file():
        raise InputError(_("no file at {path}").format(path=path),
                         hint=_("give a recipe (decks/metaal.yaml) or a sector file (sectors/metaal.yaml)"))
    try:
        kind = read_vaktaal_file(file).kind
    except YamlReadError as exc:
        raise SectorFileError(str(path), [exc.problem]) from None
    if kind == "sector":
        return list(load_sector(file).terms)
    if kind == "recipe":
        return [entry.term for entry in recipe_entries(load_recipe(file))]
    raise InputError(_("{path} is an employer overlay").format(path=path),
                     hint=_("give a recipe (decks/metaal.yaml) or a sector file (sectors/metaal.yaml); a recipe "
                            "with employers: includes it"))


def target_texts(path: str | Path) -> list[str]:
    """Every word (with its article) and example sentence of the target, once each."""
    texts: dict[str, None] = {}
    for term in target_terms(path):
        texts.update(dict.fromkeys(term_texts(term)))
    return list(texts)
