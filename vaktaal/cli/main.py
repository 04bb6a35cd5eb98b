"""The ``vaktaal`` command group; each command lives in its own module."""

from __future__ import annotations

import logging
from typing import Any

import click

from vaktaal import __version__
from vaktaal.cli.output import VaktaalClickError
from vaktaal.errors import VaktaalError


class VaktaalGroup(click.Group):
    """Turns every library error into a message and an exit code, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except VaktaalError as exc:
            raise VaktaalClickError(exc) from None


@click.group(cls=VaktaalGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="vaktaal")
@click.option("-v", "--verbose", count=True, help="Say more about what happens (-vv for debug).")
def cli(verbose: int) -> None:
    """Dutch work-floor vocabulary (vaktaal) for newcomers: check sector files, build Anki decks
    with audio, and make weekly packs for the language coach."""
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s")


def _register() -> None:
    # One module per command keeps each command a few lines and easy to find.
    from vaktaal.cli import (
        audio_cmd,
        build_cmd,
        check_cmd,
        export_cmd,
        import_cmd,
        plan_cmd,
        progress_cmd,
        review_cmd,
        schema_cmd,
        stats_cmd,
        term_cmd,
        week_cmd,
    )

    for module in (check_cmd, stats_cmd, schema_cmd, build_cmd, export_cmd, audio_cmd, term_cmd, import_cmd, review_cmd,
                   plan_cmd, week_cmd, progress_cmd):
        cli.add_command(module.command)


_register()
