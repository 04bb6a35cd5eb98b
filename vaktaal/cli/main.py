"""The ``vaktaal`` command group. Each command lives in its own module, imported only when it
runs: ``vaktaal --help`` shows the list from the table below without loading any of them."""

from __future__ import annotations

import csv
import errno
import importlib
import logging
from typing import Any

import click

from vaktaal.cli.output import VaktaalClickError
from vaktaal.cli.translated import TranslatedGroup
from vaktaal.errors import VaktaalError
from vaktaal.files.os_errors import file_error
from vaktaal.i18n import N_, _, install_for_click
from vaktaal.version import __version__

#: name -> (module holding ``command``, one-line help). In the order ``--help`` lists them.
COMMANDS: dict[str, tuple[str, str]] = {
    "check": ("vaktaal.cli.check_cmd", N_("Check sector files, overlays and recipes; report every problem.")),
    "stats": ("vaktaal.cli.stats_cmd", N_("Tables of what the sector files hold.")),
    "schema": ("vaktaal.cli.schema_cmd", N_("Print the JSON Schema of the sector format.")),
    "build": ("vaktaal.cli.build_cmd", N_("Build Anki decks from deck recipes.")),
    "export": ("vaktaal.cli.export_cmd", N_("Export a deck in another format (CSV).")),
    "audio": ("vaktaal.cli.audio_cmd", N_("Record Dutch audio for a recipe or sector file.")),
    "record": ("vaktaal.cli.record_cmd", N_("Attach a person's recording to a term.")),
    "term": ("vaktaal.cli.term_cmd", N_("Add an employer's own term.")),
    "import": ("vaktaal.cli.import_cmd", N_("Import an employer's spreadsheet of terms.")),
    "review": ("vaktaal.cli.review_cmd", N_("Check translations nobody has checked yet.")),
    "plan": ("vaktaal.cli.plan_cmd", N_("Plan the weekly coaching hour across weeks.")),
    "week": ("vaktaal.cli.week_cmd", N_("Make one week's pack for the language coach.")),
    "group": ("vaktaal.cli.group_cmd", N_("Keep the learners you coach together.")),
    "progress": ("vaktaal.cli.progress_cmd", N_("Record and show what a learner knows.")),
    "pictures": ("vaktaal.cli.pictures_cmd", N_("Write a recipe's contact sheet: every word beside its picture.")),
    "serve": ("vaktaal.cli.serve_cmd", N_("Serve the web app for coaches, employers and reviewers.")),
    "users": ("vaktaal.cli.users_cmd", N_("Manage the web app's accounts.")),
}


class VaktaalGroup(TranslatedGroup):
    """Loads commands on demand and turns every library error into a message and an exit code,
    never a traceback."""

    def list_commands(self, _ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, _ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module = importlib.import_module(COMMANDS[cmd_name][0])
        command: click.Command = module.command
        return command

    def format_commands(self, _ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, _(short_help)) for name, (_module, short_help) in COMMANDS.items()]
        with formatter.section(_("Commands")):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except VaktaalError as exc:
            raise VaktaalClickError(exc) from None
        except OSError as exc:
            # A full disk, a read-only folder, a file given as a folder: one line, never a
            # traceback. A closed pipe (`vaktaal stats | head`) is click's to handle quietly.
            if exc.errno == errno.EPIPE:
                raise
            raise VaktaalClickError(file_error(exc)) from None
        except csv.Error as exc:
            # The spreadsheet reader words its own errors; this is the net under it.
            raise VaktaalClickError(VaktaalError(
                _("a CSV file cannot be read: {reason}").format(reason=exc),
                hint=_("open it in Excel or LibreOffice, shorten very long cells and save it again as CSV UTF-8"),
            )) from None


@click.group(cls=VaktaalGroup, context_settings={"help_option_names": ["-h", "--help"]},
             help=N_("Dutch work-floor vocabulary (vaktaal) for newcomers: check sector files, build Anki "
                     "decks with audio, and make weekly packs for the language coach."))
@click.version_option(__version__, prog_name="vaktaal")
@click.option("-v", "--verbose", count=True, help=N_("Show what vaktaal does (-vv: every detail)."))
def cli(verbose: int) -> None:
    # -v shows the library's log (it logs, it never prints) on stderr.
    logging.basicConfig(level=[logging.WARNING, logging.INFO, logging.DEBUG][min(verbose, 2)],
                        format="%(levelname)s %(name)s: %(message)s")


install_for_click()
