"""How `vaktaal import` and `vaktaal term add` show what they added and what they refused."""

from __future__ import annotations

import click
from rich.markup import escape
from rich.table import Table

from vaktaal.cli.output import console, counted, indent
from vaktaal.employers.adding import AddReport


def print_add_report(report: AddReport) -> None:
    verb = "would add" if report.dry_run else "added"
    if report.added:
        table = Table(title=f"{verb} to {report.path}", title_justify="left")
        for column in ("rij", "woord", "thema", "niveau", "veilig", "vertaald", "foto"):
            table.add_column(column, ratio=4 if column == "woord" else None)
        for added in report.added:
            term = added.term
            table.add_row(
                str(added.row or ""), escape(term.with_article), term.theme, term.level,
                "ja" if term.safety else "", " ".join(term.translations) or "-", escape(term.image or ""))
        console.print(table)
    for problem in report.problems:
        click.echo(f"{problem.where()}: not added: {problem.message}")
        if problem.hint:
            click.echo(indent(f"hint: {problem.hint}"))
    if report.new_themes:
        click.echo(f"new theme{'s' if len(report.new_themes) > 1 else ''} in the overlay: "
                   + ", ".join(report.new_themes))
    summary = f"{verb} {counted(len(report.added), 'term')}, {counted(len(report.problems), 'row')} not added"
    if report.dry_run:
        summary = f"Dry run, nothing written: {summary}."
    else:
        summary = f"{summary[0].upper()}{summary[1:]}."
        if report.added:
            summary += " The translations are not reviewed yet: `vaktaal review " + str(report.path) + "`."
    click.echo(summary)
