"""``vaktaal audio``: record Dutch audio for a recipe or sector file ahead of a build."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from vaktaal.audio import ENGINES, AudioOptions, AudioReport, ensure_audio
from vaktaal.audio.targets import target_texts
from vaktaal.cli.output import console, counted, error_console


@click.command("audio")
@click.argument("target", type=click.Path(path_type=Path))
@click.option("--tts", "engine", type=click.Choice(ENGINES), default="auto", show_default=True,
              help="auto: Google's voice (gTTS) when it can be reached, else the offline voice (espeak).")
@click.option("--slow", is_flag=True, help="A slower voice, for beginners.")
@click.option("--cache", "cache_dir", type=click.Path(file_okay=False, path_type=Path),
              help="Audio cache folder (default: $VAKTAAL_AUDIO_CACHE or your user cache folder).")
@click.option("--max-requests", type=click.IntRange(min=0),
              help="At most this many requests to Google's voice in this run.")
@click.option("--concurrency", type=click.IntRange(1, 32), default=8, show_default=True,
              help="Requests to Google's voice at the same time.")
def command(target: Path, engine: str, slow: bool, cache_dir: Path | None, max_requests: int | None,
            concurrency: int) -> None:
    """Record audio for every word and example sentence of TARGET, a recipe (decks/x.yaml) or a
    sector file (sectors/x.yaml), so `vaktaal build` finds it in the cache.

    What was recorded before is not recorded again. Exit code 1 when some text has no audio
    (after doing everything that could be done), 2 when the command was used wrongly.
    """
    texts = target_texts(target)
    options = AudioOptions(engine=engine, slow=slow, cache_dir=cache_dir, max_requests=max_requests,
                           concurrency=concurrency)
    with Progress(TextColumn("audio"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=error_console, transient=True) as bar:
        task = bar.add_task("audio", total=len(texts))
        report = ensure_audio(texts, options, progress=lambda done, total: bar.update(task, completed=done,
                                                                                      total=total))
    for notice in report.notices:
        error_console.print(f"[yellow]warning:[/] {escape(notice)}")
    console.print(_summary(report, target))
    for reason, texts_without in _by_reason(report.failed).items():
        error_console.print(f"no audio ({escape(reason)}) for:")
        for text in texts_without:
            error_console.print(f"    {escape(text)}", soft_wrap=True)
    if report.failed:
        error_console.print(f"{counted(len(report.failed), 'text')} without audio; run the command again "
                            "to retry them (recorded texts are kept).")
    raise SystemExit(1 if report.failed else 0)


def _by_reason(failed: dict[str, str]) -> dict[str, list[str]]:
    # Usually one cause (no connection, the request limit) hits many texts: say it once.
    grouped: dict[str, list[str]] = {}
    for text, reason in failed.items():
        grouped.setdefault(reason, []).append(text)
    return grouped


def _summary(report: AudioReport, target: Path) -> Table:
    table = Table(title=f"Audio voor {escape(str(target))}")
    for header in ("stem", "al in de cache", "nieuw opgenomen", "zonder audio", "verzoeken aan Google"):
        table.add_column(header, justify="left" if header == "stem" else "right")
    table.add_row(report.engine, str(report.from_cache), str(report.generated), str(len(report.failed)),
                  str(report.requests))
    return table
