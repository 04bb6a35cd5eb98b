"""The consoles the CLI writes to; the library never prints."""

from __future__ import annotations

import click
from rich.console import Console

from vaktaal.errors import VaktaalError

console = Console(highlight=False)
error_console = Console(stderr=True, highlight=False)


def counted(n: int, word: str, plural: str | None = None) -> str:
    """'1 term', '2 terms'."""
    return f"{n} {word if n == 1 else (plural or word + 's')}"


def indent(text: str, prefix: str = "    ") -> str:
    return "\n".join(prefix + line for line in text.splitlines())


class VaktaalClickError(click.ClickException):
    """A library error as click shows it: the message, then how to fix it."""

    def __init__(self, error: VaktaalError) -> None:
        super().__init__(error.message)
        self.exit_code = error.exit_code
        self.hint = error.hint

    def show(self, file: object = None) -> None:  # noqa: ARG002 - click's signature
        click.echo(f"error: {self.message}", err=True)
        if self.hint:
            click.echo(indent(f"hint: {self.hint}"), err=True)
