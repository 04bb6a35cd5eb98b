"""``vaktaal build``: recipes -> one Anki package per learner language."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskID, TextColumn, TimeElapsedColumn
from rich.table import Table

from vaktaal.anki import BuildReport, DeckAudio, build_recipe, deck_audio
from vaktaal.cli.deck_options import chosen_languages, recipe_options
from vaktaal.cli.output import console, error_console, warn
from vaktaal.cli.translated import TranslatedCommand
from vaktaal.i18n import N_, _, n_
from vaktaal.recipes import load_recipe, recipe_entries


def _show_count(progress: Progress, task: TaskID, done: int, total: int) -> None:
    progress.update(task, completed=done, total=total)


def _advance(progress: Progress, task: TaskID, _report: Any) -> None:
    progress.advance(task)


def _progress() -> Progress:
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=error_console, transient=True)


@click.command("build", cls=TranslatedCommand, help=N_(
    "Build Anki decks (.apkg) from deck recipes, one per learner language.\n\n"
    "Writes OUT/<recipe>.<lang>.apkg. Learners import a rebuilt deck over the old one and keep all their "
    "reviews. Each note's last-change time is kept in <recipe>.state.json next to the recipe: commit it with "
    "the recipe."))
@click.argument("recipes", nargs=-1, required=True, type=click.Path(path_type=Path))
@recipe_options
def command(recipes: tuple[Path, ...], langs: tuple[str, ...], out_dir: Path, no_audio: bool, tts: str,
            slow: bool) -> None:
    reports: list[BuildReport] = []
    audio_missing: dict[str, str] = {}
    for path in recipes:
        recipe = load_recipe(path)
        languages = chosen_languages(recipe, langs)
        entries = recipe_entries(recipe)
        with _progress() as progress:
            audio = DeckAudio()
            if not no_audio:
                task = progress.add_task(escape(_("{recipe}: audio").format(recipe=recipe.slug)), total=None)
                audio = deck_audio(entries, engine=tts, slow=slow, progress=partial(_show_count, progress, task),
                                   languages=languages if recipe.translation_audio else ())
                progress.remove_task(task)
            task = progress.add_task(escape(_("{recipe}: decks").format(recipe=recipe.slug)), total=len(languages))
            reports += build_recipe(recipe, languages, out_dir, entries=entries, audio=audio.files,
                                    translation_audio=audio.translations,
                                    on_built=partial(_advance, progress, task))
        for notice in audio.notices:
            warn(escape(notice))
        if not no_audio:
            count = len(audio.files) + sum(len(spoken) for spoken in audio.translations.values())
            console.print(n_("{recipe}: {count} recording ({from_cache} from the cache, {new} new)",
                             "{recipe}: {count} recordings ({from_cache} from the cache, {new} new)",
                             count).format(recipe=recipe.slug, count=count, from_cache=audio.from_cache,
                                           new=audio.generated),
                          markup=False)
        audio_missing.update(audio.failed)
    console.print(_summary(reports))
    for r in reports:
        status = _("up to date, not rewritten") if r.up_to_date else _("written")
        console.print(f"{r.path}: {status}", markup=False)
    _report_missing_audio(reports, audio_missing, no_audio)


def _summary(reports: list[BuildReport]) -> Table:
    table = Table(title=_("Anki decks"))
    table.add_column(_("deck"), no_wrap=True)
    for name in (_("notes"), _("cards"), _("media"), _("new"), _("changed"), _("unchecked"), _("no transl.")):
        table.add_column(name, justify="right")
    for r in reports:
        table.add_row(escape(r.path.name), str(r.notes), str(r.cards), str(r.media), str(r.new), str(r.changed),
                      str(r.unreviewed), str(len(r.missing_translations)))
    return table


def _report_missing_audio(reports: list[BuildReport], failed: dict[str, str], no_audio: bool) -> None:
    if no_audio:
        console.print(_("Built without audio (--no-audio): Luisteren cards are left out."), markup=False)
        return
    missing = list(dict.fromkeys(text for r in reports for text in r.missing_audio))
    if not missing:
        return
    warn(escape(n_("No recording for {count} text (its cards have no sound; the Luisteren card is left out "
                   "until there is one):",
                   "No recording for {count} texts (those cards have no sound; the Luisteren card is left out "
                   "until there is one):", len(missing)).format(count=len(missing))))
    for text in missing:
        reason = failed.get(text)
        error_console.print(f"  - {text}" + (f" ({reason})" if reason else ""), markup=False, soft_wrap=True)
