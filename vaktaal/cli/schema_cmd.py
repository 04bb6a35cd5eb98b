"""``vaktaal schema``: print the JSON Schema editors use to check sector files."""

from __future__ import annotations

import click

from vaktaal.content.schema import shipped_schema_json


@click.command("schema")
def command() -> None:
    """Print the JSON Schema of the sector format (for editors such as VS Code)."""
    click.echo(shipped_schema_json(), nl=False)
