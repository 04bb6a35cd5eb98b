"""``vaktaal audio``: record Dutch audio for a recipe or sector file ahead of a build."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from vaktaal.audio import AudioOptions, AudioReport, ensure_audio
from vaktaal.audio.targets import target_texts
from vaktaal.cli.audio_options import audio_options
from vaktaal.cli.output import console, error_console, warn
from vaktaal.cli.translated import TranslatedCommand
from vaktaal.i18n import N_, _, n_


@click.command("audio", cls=TranslatedCommand, help=N_(
    "Record audio for every word and example sentence of TARGET, a recipe (decks/x.yaml) or a sector file "
    "(sectors/x.yaml), so `vaktaal build` finds it in the cache.\n\n"
    "What was recorded before is not recorded again. Exit code 1 when some text has no audio (after doing "
    "everything that could be done), 2 when the command was used wrongly."))
@click.argument("target", type=click.Path(path_type=Path))
@audio_options
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path),
              help=N_("Audio cache folder (default: $VAKTAAL_AUDIO_CACHE or your user cache folder)."))
@click.option("--max-requests", type=click.IntRange(min=0),
              help=N_("At most this many requests to Google's voice in this run."))
@click.option("--concurrency", type=click.IntRange(1, 32), default=8, show_default=True,
              help=N_("Requests to Google's voice at the same time."))
def command(target: Path, tts: str, slow: bool, cache_dir: Path | None, max_requests: int | None,
            concurrency: int) -> None:
    texts = target_texts(target)
    options = AudioOptions(engine=tts, slow=slow, cache_dir=cache_dir, max_requests=max_requests,
                           concurrency=concurrency)
    with Progress(TextColumn(escape(_("audio"))), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=error_console, transient=True) as bar:
        task = bar.add_task("audio", total=len(texts))
        report = ensure_audio(texts, options, progress=lambda done, total: bar.update(task, completed=done,
                                                                                      total=total))
    for notice in report.notices:
        warn(escape(notice))
    console.print(_summary(report, target))
    for reason, texts_without in _by_reason(report.failed).items():
        error_console.print(_("no audio ({reason}) for:").format(reason=reason), markup=False, soft_wrap=True)
        for text in texts_without:
            error_console.print(f"    {text}", markup=False, soft_wrap=True)
    if report.failed:
        error_console.print(n_("{count} text without audio; run the command again to retry it (recorded texts "
                               "are kept).",
                               "{count} texts without audio; run the command again to retry them (recorded "
                               "texts are kept).", len(report.failed)).format(count=len(report.failed)),
                            markup=False, soft_wrap=True)
    click.get_current_context().exit(1 if report.failed else 0)


def _by_reason(failed: dict[str, str]) -> dict[str, list[str]]:
    # Usually one cause (no connection, the request limit) hits many texts: say it once.
    grouped: dict[str, list[str]] = {}
    for text, reason in failed.items():
        grouped.setdefault(reason, []).append(text)
    return grouped


def _summary(report: AudioReport, target: Path) -> Table:
    table = Table(title=escape(_("Audio for {target}").format(target=target)))
    headers = (_("voice"), _("in the cache"), _("newly recorded"), _("without audio"),
               _("requests to Google"))
    for number, header in enumerate(headers):
        table.add_column(header, justify="left" if number == 0 else "right")
    table.add_row(report.engine, str(report.from_cache), str(report.generated), str(len(report.failed)),
                  str(report.requests))
    return table
