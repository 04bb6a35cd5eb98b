"""The consoles the CLI writes to (results on stdout; warnings and errors on stderr), and how a
library error is shown. The library never prints."""

from __future__ import annotations

import click
from rich.console import Console

from vaktaal.errors import VaktaalError
from vaktaal.i18n import _

console = Console(highlight=False)
error_console = Console(stderr=True, highlight=False)

#: Library error fields (see VaktaalError.field) and the option a user of the CLI typed them with.
OPTION_FOR_FIELD = {
    "lang": "--lang", "profile": "--profile", "recipe": "--recipe", "weeks": "--weeks",
    "per_week": "--per-week", "week": "--week", "learner": "--learner", "employer": "--employer",
    "sector": "--sector", "tts": "--tts", "cache": "--cache", "max_requests": "--max-requests",
    "codes": "--not-yet/--known", "out": "--out", "group": "--group", "ankiconnect": "--ankiconnect",
}


def counted(n: int, word: str, plural: str | None = None) -> str:
    """'1 term', '2 terms' (English only: being replaced by n_() messages)."""
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line for line in text.splitlines())


def warn(message: str) -> None:
    """A warning the user should see, on stderr (never mixed into a command's result)."""
    error_console.print(f"[yellow]{_('warning')}:[/] {message}", markup=True, soft_wrap=True)


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
        self.hint = error.hint

    def show(self, file: object = None) -> None:  # noqa: ARG002 - click's signature
        click.echo(f"{_('error')}: {self.message}", err=True)
        if self.hint:
            click.echo(indent(f"{_('hint')}: {self.hint}"), err=True)
