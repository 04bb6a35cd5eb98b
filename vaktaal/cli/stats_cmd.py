"""``vaktaal stats``: what the sector files hold, as tables."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import click
from rich.table import Table

from vaktaal.cli.output import console, skipped_message
from vaktaal.cli.translated import TranslatedCommand
from vaktaal.content.format_rules import LEVELS
from vaktaal.content.languages import interface_language_name
from vaktaal.content.sector_files import find_sector_files
from vaktaal.content.stats import Coverage, SectorStats, sector_stats
from vaktaal.employers.overlays import read_vocabulary_file
from vaktaal.i18n import N_, _


@click.command("stats", cls=TranslatedCommand, help=N_(
    "Terms per sector, theme and level, safety terms, and translation coverage (and how much of it a "
    "person has reviewed)."))
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--themes/--no-themes", default=True, show_default=True, help=N_("Show terms per theme."))
@click.pass_context
def command(ctx: click.Context, paths: tuple[Path, ...], themes: bool) -> None:
    files = find_sector_files(paths or (Path("sectors"),))
    stats: list[SectorStats] = []
    broken = 0
    for path in files:
        result = read_vocabulary_file(path)
        if result.sector is None:
            broken += 1
            click.echo(skipped_message(path, len(result.errors)), err=True)
            continue
        stats.append(sector_stats(result.sector))
    if stats:
        console.print(_overview(stats))
        if themes:
            console.print(_themes(stats))
        console.print(_coverage(stats, _("Translations: % translated (% checked by a person)"),
                                lambda s: s.coverage))
        console.print(_coverage(stats, _("Example sentences: % translated (% checked)"),
                                lambda s: s.example_coverage))
    ctx.exit(1 if broken else 0)


def _overview(stats: list[SectorStats]) -> Table:
    table = Table(title=_("Terms per sector and level"))
    table.add_column(_("sector"))
    for header in (_("terms"), _("safety"), *LEVELS, _("with example")):
        table.add_column(header, justify="right")
    for s in stats:
        levels = dict(s.per_level)
        table.add_row(s.slug, str(s.terms), str(s.safety), *(str(levels[level]) for level in LEVELS),
                      str(s.with_example))
    if len(stats) > 1:
        table.add_row(_("total"), str(sum(s.terms for s in stats)), str(sum(s.safety for s in stats)),
                      *(str(sum(dict(s.per_level)[level] for s in stats)) for level in LEVELS),
                      str(sum(s.with_example for s in stats)), style="bold")
    return table


def _themes(stats: list[SectorStats]) -> Table:
    table = Table(title=_("Terms per theme"))
    table.add_column(_("sector"))
    table.add_column(_("theme"))
    table.add_column(_("terms"), justify="right")
    for s in stats:
        for i, (name, count) in enumerate(s.per_theme):
            table.add_row(s.slug if i == 0 else "", name, str(count))
    return table


def _coverage(stats: list[SectorStats], title: str, pick: Callable[[SectorStats], dict[str, Coverage]]) -> Table:
    languages: list[str] = []
    for s in stats:
        languages.extend(code for code in pick(s) if code not in languages)
    # Codes in the header keep the table readable in an 80-column terminal; the caption names them.
    table = Table(title=title,
                  caption=", ".join(f"{code} = {interface_language_name(code)}" for code in languages))
    table.add_column(_("sector"))
    for code in languages:
        table.add_column(code, justify="right")
    for s in stats:
        cells = []
        for code in languages:
            cov: Coverage | None = pick(s).get(code)
            cells.append("–" if cov is None or not cov.total else f"{cov.percent:.0f} ({cov.reviewed_percent:.0f})")
        table.add_row(s.slug, *cells)
    return table
