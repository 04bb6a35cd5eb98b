"""Options shared by `vaktaal plan`, `week` and `progress`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click

from vaktaal.i18n import N_

learner_option = click.option("--learner", default=None, metavar="NAME",
                              help=N_("The learner (default: groep, for a group)."))
learners_option = click.option("--learners", "learners_dir", type=click.Path(file_okay=False, path_type=Path),
                               default=Path("learners"), show_default=True,
                               help=N_("Folder with the learners' plans and progress."))
profile_option = click.option("--profile", type=click.Choice(["alfa", "lezer"]), default=None,
                              help=N_("alfa: audio and pictures first, little text; lezer: reading exercises too "
                                      "(default: the plan's, else the recipe's)."))


def week_option(func: Callable) -> Callable:
    return click.option("--week", type=click.IntRange(min=1), required=True,
                        help=N_("Week number (1, 2, ...)."))(func)
