"""``vaktaal check``: every problem in the sector files, with file:line:col and a fix hint."""

from __future__ import annotations

import json
from pathlib import Path

import click

from vaktaal.checking import CheckReport, check
from vaktaal.cli.output import hint_line, severity_word
from vaktaal.cli.translated import TranslatedCommand
from vaktaal.i18n import N_, _, n_


@click.command("check", cls=TranslatedCommand, help=N_(
    "Check sector files, employer overlays and deck recipes (default: the sectors/, employers/ and decks/ "
    "folders) and report every problem.\n\n"
    "Exit code 0 when there are no errors (warnings allowed), 1 when there are errors, 2 when the command "
    "itself was used wrongly."))
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help=N_("text for people, json for scripts and editors."))
@click.option("--warnings", "list_warnings", is_flag=True,
              help=N_("List every warning instead of a summary per file."))
@click.pass_context
def command(ctx: click.Context, paths: tuple[Path, ...], fmt: str, list_warnings: bool) -> None:
    if not paths:
        if not Path("sectors").is_dir():
            raise click.UsageError(_("there is no sectors/ folder here; give the files or folders to check"))
        paths = tuple(Path(name) for name in ("sectors", "employers", "decks") if Path(name).is_dir())
    report = check(paths)
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        _print_text(report, list_warnings)
    ctx.exit(0 if report.ok else 1)


def _print_text(report: CheckReport, list_warnings: bool) -> None:
    # The problems are the command's result: on stdout, like the summary.
    shown = report.problems if list_warnings else report.errors
    for problem in shown:
        click.echo(f"{problem.location()}: {severity_word(problem.severity)}: {problem.message}")
        if problem.hint:
            click.echo(hint_line(problem.hint))
    if not list_warnings:
        per_file = {f.path: len(f.warnings) for f in report.files}
        for path, parts in report.warning_summary().items():
            warnings = n_("{count} warning", "{count} warnings", per_file[path]).format(count=per_file[path])
            click.echo(f"{path}: {warnings}: {'; '.join(parts)}")
    counts = {
        "files": n_("{count} file", "{count} files", len(report.files)).format(count=len(report.files)),
        "terms": n_("{count} term", "{count} terms", report.term_count).format(count=report.term_count),
        "errors": n_("{count} error", "{count} errors", len(report.errors)).format(count=len(report.errors)),
        "warnings": n_("{count} warning", "{count} warnings", len(report.warnings)).format(
            count=len(report.warnings)),
    }
    if report.errors:
        click.echo(_("{errors}, {warnings} in {files} ({terms}).").format(**counts))
    elif report.warnings and not list_warnings:
        click.echo(_("No errors in {files} ({terms}); {warnings}; list them with --warnings.").format(**counts))
    else:
        click.echo(_("No errors in {files} ({terms}); {warnings}.").format(**counts))
