"""``vaktaal build``: recipes -> one Anki package per learner language."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import click
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from vaktaal.anki import BuildReport, DeckAudio, build_recipe, deck_audio
from vaktaal.cli.deck_options import chosen_languages, recipe_options
from vaktaal.cli.output import console, counted
from vaktaal.recipes import load_recipe, recipe_entries


def _show_count(progress: Progress, task: TaskID, done: int, total: int) -> None:
    progress.update(task, completed=done, total=total)


def _advance(progress: Progress, task: TaskID, _report: Any) -> None:
    progress.advance(task)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, transient=True)


@click.command("build")
@click.argument("recipes", nargs=-1, required=True, type=click.Path(path_type=Path))
@recipe_options
def command(recipes: tuple[Path, ...], langs: tuple[str, ...], out_dir: Path, no_audio: bool, tts: str,
            slow: bool) -> None:
    """Build Anki decks (.apkg) from deck recipes, one per learner language.

    Writes OUT/<recipe>.<lang>.apkg. Learners import a rebuilt deck over the old one and keep
    all their reviews. Each note's last-change time is kept in <recipe>.state.json next to the
    recipe: commit it with the recipe.
    """
    reports: list[BuildReport] = []
    audio_missing: dict[str, str] = {}
    for path in recipes:
        recipe = load_recipe(path)
        languages = chosen_languages(recipe, langs)
        entries = recipe_entries(recipe)
        with _progress() as progress:
            audio = DeckAudio()
            if not no_audio:
                task = progress.add_task(f"{recipe.slug}: audio", total=None)
                audio = deck_audio(entries, engine=tts, slow=slow,
                                   progress=partial(_show_count, progress, task))
                progress.remove_task(task)
            task = progress.add_task(f"{recipe.slug}: decks", total=len(languages))
            reports += build_recipe(recipe, languages, out_dir, entries=entries, audio=audio.files,
                                    on_built=partial(_advance, progress, task))
        for notice in audio.notices:
            console.print(f"[yellow]{notice}[/]")
        if not no_audio:
            console.print(f"{recipe.slug}: {counted(len(audio.files), 'recording')} "
                          f"({audio.from_cache} from the cache, {audio.generated} new)")
        audio_missing.update(audio.failed)
    console.print(_summary(reports))
    for r in reports:
        status = "up to date, not rewritten" if r.up_to_date else "written"
        console.print(f"{r.path}: {status}", markup=False)
    _report_missing_audio(reports, audio_missing, no_audio)


def _summary(reports: list[BuildReport]) -> Table:
    table = Table(title="Anki decks")
    table.add_column("deck", no_wrap=True)
    for name in ("notes", "cards", "media", "new", "changed", "unchecked", "no transl."):
        table.add_column(name, justify="right")
    for r in reports:
        table.add_row(r.path.name, str(r.notes), str(r.cards), str(r.media), str(r.new), str(r.changed),
                      str(r.unreviewed), str(len(r.missing_translations)))
    return table


def _report_missing_audio(reports: list[BuildReport], failed: dict[str, str], no_audio: bool) -> None:
    if no_audio:
        console.print("Built without audio (--no-audio): Luisteren cards are left out.")
        return
    missing = list(dict.fromkeys(text for r in reports for text in r.missing_audio))
    if not missing:
        return
    console.print(f"[yellow]No recording for {counted(len(missing), 'text')}[/] (those cards have no sound; "
                  "the Luisteren card is left out until there is one):")
    for text in missing:
        reason = failed.get(text)
        console.print(f"  - {text}" + (f" ({reason})" if reason else ""), markup=False)
