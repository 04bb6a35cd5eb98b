"""``vaktaal export csv``: the deck as an Anki-importable CSV (opens in Excel too)."""

from __future__ import annotations

from pathlib import Path

import click

from vaktaal.anki import deck_audio, export_csv, plan_deck
from vaktaal.cli.deck_options import chosen_languages, recipe_options
from vaktaal.cli.output import console, counted
from vaktaal.recipes import load_recipe, recipe_entries


@click.group("export")
def command() -> None:
    """Export decks in other formats."""


@command.command("csv")
@click.argument("recipe_path", metavar="RECIPE", type=click.Path(path_type=Path))
@recipe_options
def csv_command(recipe_path: Path, langs: tuple[str, ...], out_dir: Path, no_audio: bool, tts: str,
                slow: bool) -> None:
    """Write OUT/<recipe>.<lang>.csv with the same notes and GUIDs as the .apkg.

    Import it in Anki with File > Import after importing the .apkg once (that brings the Vaktaal
    note type and the media). Recordings come from the audio cache only; run `vaktaal build`
    first to make them.
    """
    recipe = load_recipe(recipe_path)
    entries = recipe_entries(recipe)
    audio = {} if no_audio else deck_audio(entries, engine=tts, slow=slow, generate=False).files
    for lang in chosen_languages(recipe, langs):
        report = export_csv(plan_deck(recipe, lang, entries=entries, audio=audio), out_dir)
        media = f", media in {report.media_dir}" if report.media_dir else ""
        console.print(f"{report.path}: {counted(report.notes, 'note')}{media}", markup=False)
