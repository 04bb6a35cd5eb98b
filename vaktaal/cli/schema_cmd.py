"""``vaktaal schema``: print the JSON Schema editors use to check sector files."""

from __future__ import annotations

import click

from vaktaal.cli.translated import TranslatedCommand
from vaktaal.content.schema import shipped_schema_json
from vaktaal.i18n import N_


@click.command("schema", cls=TranslatedCommand,
               help=N_("Print the JSON Schema of the sector format (for editors such as VS Code)."))
def command() -> None:
    click.echo(shipped_schema_json(), nl=False)
