"""Options and helpers shared by ``vaktaal build`` and ``vaktaal export csv``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import click

from vaktaal.cli.audio_options import audio_options
from vaktaal.content.languages import require_language_code
from vaktaal.i18n import N_
from vaktaal.recipes import Recipe


def recipe_options(func: Callable) -> Callable:
    for decorator in reversed((
        click.option("--lang", "langs", multiple=True, metavar="CODE",
                     help=N_("Only this learner language (repeatable); default: the recipe's languages.")),
        click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"),
                     show_default=True, help=N_("Folder to write to.")),
        click.option("--no-audio", is_flag=True, help=N_("Build without recordings.")),
        audio_options,
    )):
        func = decorator(func)
    return func


def chosen_languages(recipe: Recipe, langs: Sequence[str]) -> tuple[str, ...]:
    for code in langs:
        require_language_code(code)
    return tuple(dict.fromkeys(langs)) or recipe.languages
