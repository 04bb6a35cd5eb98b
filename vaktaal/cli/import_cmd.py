"""``vaktaal import``: an employer's spreadsheet of terms into their overlay (or the template)."""

from __future__ import annotations

import datetime
from pathlib import Path

import click

from vaktaal.cli.term_report import folder_options, print_add_report
from vaktaal.cli.translated import TranslatedCommand
from vaktaal.content.sector_files import load_sector
from vaktaal.employers.adding import add_terms
from vaktaal.employers.overlays import employer_display_name, sector_file
from vaktaal.employers.sheets import read_term_inputs, write_template
from vaktaal.i18n import N_, _


@click.command("import", cls=TranslatedCommand, help=N_(
    "Add an employer's terms from a spreadsheet (.xlsx, or .csv as Dutch Excel saves it).\n\n"
    "Bad rows are reported with their row number (header = row 1) and the reason; good rows are added to "
    "employers/EMPLOYER/SECTOR.yaml. Exit code 0 when every row was added, 1 when some were not, 2 when the "
    "command was used wrongly."))
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--employer", help=N_("Employer slug: the folder under employers/ (e.g. smit-metaal)."))
@click.option("--sector", help=N_("Sector the terms belong to (e.g. metaal)."))
@click.option("--employer-name", help=N_("Display name for a new employer (default: from the slug)."))
@click.option("--dry-run", is_flag=True, help=N_("Show what would be added; write nothing."))
@click.option("--template", "template", type=click.Path(dir_okay=False, path_type=Path),
              help=N_("Write an example spreadsheet (.xlsx) for the employer to fill in."))
@folder_options
@click.pass_context
def command(ctx: click.Context, file: Path | None, employer: str | None, sector: str | None,
            employer_name: str | None, dry_run: bool, template: Path | None, sectors_dir: Path,
            employers_dir: Path) -> None:
    if template is not None:
        if template.exists():
            raise click.UsageError(_("{path} already exists; give a new file name for the template").format(
                path=template))
        write_template(template)
        click.echo(_("Wrote the template {path}: let the employer fill in the sheet 'Woorden', then run "
                     "`vaktaal import {path} --employer … --sector …`.").format(path=template))
        if file is None:
            return
    if file is None:
        raise click.UsageError(_("give the spreadsheet to import (or --template FILE.xlsx)"))
    if not employer or not sector:
        raise click.UsageError(_("give --employer and --sector, e.g. --employer smit-metaal --sector metaal"))
    base = load_sector(sector_file(sector, sectors_dir))
    name = employer_display_name(employer, employers_dir, employer_name)
    # The term's source is part of the (Dutch) vocabulary file, whatever the interface language.
    source = f"Werkgever {name}, import {file.name} {datetime.date.today().isoformat()}"
    inputs = read_term_inputs(file, source=source)
    report = add_terms(inputs, employer=employer, sector=base, employer_name=name,
                       employers_dir=employers_dir, dry_run=dry_run)
    print_add_report(report)
    ctx.exit(1 if report.problems else 0)
