"""The consoles the CLI writes to (results on stdout; warnings and errors on stderr), and how a
library error is shown. The library never prints."""

from __future__ import annotations

import shlex

import click
from rich.console import Console
from rich.markup import escape

from vaktaal.errors import RecipeError, SectorFileError, VaktaalError
from vaktaal.i18n import _, n_

console = Console(highlight=False)
error_console = Console(stderr=True, highlight=False)

#: Library error fields (see VaktaalError.field) and the option a user of the CLI typed them with.
OPTION_FOR_FIELD = {
    "lang": "--lang", "profile": "--profile", "recipe": "--recipe", "weeks": "--weeks",
    "per_week": "--per-week", "week": "--week", "learner": "--learner", "employer": "--employer",
    "sector": "--sector", "tts": "--tts", "cache": "--cache", "max_requests": "--max-requests",
    "codes": "--not-yet/--known", "out": "--out", "group": "--group", "slot": "--for", "term": "TERM",
    "ankiconnect": "--ankiconnect",
}


def indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line for line in text.splitlines())


def hint_line(hint: str) -> str:
    """'    hint: …', indented under the message it belongs to."""
    return indent(f"{_('hint')}: {hint}")


def severity_word(severity: str) -> str:
    """'error' or 'warning' in the interface language (a Problem's severity is data)."""
    return {"error": _("error"), "warning": _("warning")}.get(severity, severity)


def skipped_message(path: object, errors: int) -> str:
    """'skipped x.yaml: it has 2 errors (run `vaktaal check x.yaml`)': a broken file a command
    went past (for stderr)."""
    return n_("skipped {path}: it has {count} error (run `vaktaal check {path}`)",
              "skipped {path}: it has {count} errors (run `vaktaal check {path}`)", errors).format(
        path=shlex.quote(str(path)), count=errors)


def warn(message: str) -> None:
    """A warning the user should see, on stderr (never mixed into a command's result)."""
    error_console.print(f"[yellow]{escape(_('warning'))}:[/] {escape(message)}", markup=True, soft_wrap=True)


def error_text(error: VaktaalError) -> str:
    """The message, prefixed with the option it is about when there is one: '--lang xx: …'."""
    option = OPTION_FOR_FIELD.get(error.field or "")
    if option is None:
        return error.message
    if error.value in (None, ""):
        return f"{option}: {error.message}"
    return f"{option} {error.value}: {error.message}"


class VaktaalClickError(click.ClickException):
    """A library error as click shows it: the message, then how to fix it."""

    def __init__(self, error: VaktaalError) -> None:
        super().__init__(error_text(error))
        self.exit_code = error.exit_code
        self.hint = cli_hint(error)

    def show(self, file: object = None) -> None:  # noqa: ARG002 - click's signature
        click.echo(f"{_('error')}: {self.message}", err=True)
        if self.hint:
            click.echo(hint_line(self.hint), err=True)


def cli_hint(error: VaktaalError) -> str | None:
    """The library's hint, or a better one where the command line has a command for it."""
    if isinstance(error, SectorFileError):
        return _("run `vaktaal check {path}` to see all of them").format(path=shlex.quote(str(error.path)))
    if isinstance(error, RecipeError) and len(error.problems) > 1:
        return _("run `vaktaal check {path}` to see all of them").format(path=shlex.quote(str(error.problems[0].path)))
    return error.hint
