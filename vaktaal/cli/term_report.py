"""What `vaktaal import` and `vaktaal term add` share: their folder options, and how they show
what they added (stdout) and what they refused (stderr)."""

from __future__ import annotations

import shlex
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click
from rich.markup import escape
from rich.table import Table

from vaktaal.cli.output import console, hint_line
from vaktaal.employers.adding import AddReport
from vaktaal.employers.overlays import EMPLOYERS_DIR, SECTORS_DIR
from vaktaal.i18n import N_, _, n_

F = TypeVar("F", bound=Callable[..., object])


def folder_options(func: F) -> F:
    """``--sectors-dir`` and ``--employers-dir``."""
    func = click.option("--employers-dir", type=click.Path(file_okay=False, path_type=Path), default=EMPLOYERS_DIR,
                        show_default=True, help=N_("Folder with the employers' own terms."))(func)
    return click.option("--sectors-dir", type=click.Path(file_okay=False, path_type=Path), default=SECTORS_DIR,
                        show_default=True, help=N_("Folder with the sector files."))(func)


def print_add_report(report: AddReport) -> None:
    if report.added:
        title = (_("would add to {path}") if report.dry_run else _("added to {path}")).format(path=report.path)
        table = Table(title=escape(title), title_justify="left")
        for column in (_("row"), _("word"), _("theme"), _("level"), _("safety"), _("translated"), _("photo")):
            table.add_column(column, ratio=4 if column == _("word") else None)
        for added in report.added:
            term = added.term
            table.add_row(
                str(added.row or ""), escape(term.with_article), term.theme, term.level,
                _("yes") if term.safety else "", " ".join(term.translations) or "-", escape(term.image or ""))
        console.print(table)
    if report.present:
        click.echo(_("already there (skipped): {terms}").format(terms=", ".join(p.where() for p in report.present)))
    for problem in report.problems:
        click.echo(_("{where}: not added: {reason}").format(where=problem.where(), reason=problem.message), err=True)
        if problem.hint:
            click.echo(hint_line(problem.hint), err=True)
    if report.new_themes:
        click.echo(n_("new theme in the overlay: {themes}", "new themes in the overlay: {themes}",
                      len(report.new_themes)).format(themes=", ".join(report.new_themes)))
    click.echo(_summary(report))


def _summary(report: AddReport) -> str:
    added, refused, present = len(report.added), len(report.problems), len(report.present)
    terms = n_("{count} term", "{count} terms", added).format(count=added)
    rows = n_("{count} row not added", "{count} rows not added", refused).format(count=refused)
    if present:
        rows = _("{not_added}, {already_there}").format(
            not_added=rows, already_there=n_("{count} already there", "{count} already there", present).format(
                count=present))
    if report.dry_run:
        return _("Dry run, nothing written: would add {terms}, {rows}.").format(terms=terms, rows=rows)
    if not report.added:
        return _("Added {terms}, {rows}.").format(terms=terms, rows=rows)
    return _("Added {terms}, {rows}. The translations are not reviewed yet: `vaktaal review {path}`.").format(
        terms=terms, rows=rows, path=shlex.quote(str(report.path)))
