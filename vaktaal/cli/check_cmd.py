"""``vaktaal check``: every problem in the sector files, with file:line:col and a fix hint."""

from __future__ import annotations

import json
from pathlib import Path

import click

from vaktaal.checking import CheckReport, check
from vaktaal.cli.output import counted, indent


@click.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="text for people, json for scripts and editors.")
@click.option("--warnings", "list_warnings", is_flag=True,
              help="List every warning instead of a summary per file.")
def command(paths: tuple[Path, ...], fmt: str, list_warnings: bool) -> None:
    """Check sector files, employer overlays and deck recipes (default: the sectors/, employers/
    and decks/ folders) and report every problem.

    Exit code 0 when there are no errors (warnings allowed), 1 when there are errors,
    2 when the command itself was used wrongly.
    """
    if not paths:
        if not Path("sectors").is_dir():
            raise click.UsageError("there is no sectors/ folder here; give the files or folders to check")
        paths = tuple(Path(name) for name in ("sectors", "employers", "decks") if Path(name).is_dir())
    report = check(paths)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_text(report, list_warnings)
    raise SystemExit(0 if report.ok else 1)


def _print_text(report: CheckReport, list_warnings: bool) -> None:
    shown = report.problems if list_warnings else report.errors
    for problem in shown:
        click.echo(f"{problem.location()}: {problem.severity}: {problem.message}")
        if problem.hint:
            click.echo(indent(f"hint: {problem.hint}"))
    if not list_warnings:
        per_file = {f.path: len(f.warnings) for f in report.files}
        for path, parts in report.warning_summary().items():
            click.echo(f"{path}: {counted(per_file[path], 'warning')}: {'; '.join(parts)}")
    where = f"in {counted(len(report.files), 'file')} ({counted(report.term_count, 'term')})"
    errors, warnings = counted(len(report.errors), "error"), counted(len(report.warnings), "warning")
    if report.errors:
        click.echo(f"{errors}, {warnings} {where}.")
    else:
        more = "; list them with --warnings" if report.warnings and not list_warnings else ""
        click.echo(f"No errors {where}; {warnings}{more}.")
