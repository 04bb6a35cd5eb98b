"""``vaktaal export csv``: the deck as an Anki-importable CSV (opens in Excel too)."""

from __future__ import annotations

from pathlib import Path

import click

from vaktaal.anki import DeckAudio, deck_audio, export_csv, plan_deck
from vaktaal.cli.deck_options import chosen_languages, recipe_options
from vaktaal.cli.output import console
from vaktaal.cli.translated import TranslatedGroup
from vaktaal.i18n import N_, n_
from vaktaal.recipes import load_recipe, recipe_entries


@click.group("export", cls=TranslatedGroup, help=N_("Export decks in other formats."))
def command() -> None:
    pass


@command.command("csv", help=N_(
    "Write OUT/<recipe>.<lang>.csv with the same notes and GUIDs as the .apkg.\n\n"
    "Import it in Anki with File > Import after importing the .apkg once (that brings the Vaktaal note type "
    "and the media). Recordings come from the audio cache only; run `vaktaal build` first to make them."))
@click.argument("recipe_path", metavar="RECIPE", type=click.Path(path_type=Path))
@recipe_options
def csv_command(recipe_path: Path, langs: tuple[str, ...], out_dir: Path, no_audio: bool, tts: str,
                slow: bool) -> None:
    recipe = load_recipe(recipe_path)
    entries = recipe_entries(recipe)
    languages = chosen_languages(recipe, langs)
    audio = DeckAudio() if no_audio else deck_audio(entries, engine=tts, slow=slow, generate=False,
                                                     languages=languages if recipe.translation_audio else ())
    for lang in languages:
        report = export_csv(plan_deck(recipe, lang, entries=entries, audio=audio.files,
                                      translation_audio=audio.translations.get(lang)), out_dir)
        if report.media_dir:
            line = n_("{path}: {count} note, media in {media}", "{path}: {count} notes, media in {media}",
                      report.notes).format(path=report.path, count=report.notes, media=report.media_dir)
        else:
            line = n_("{path}: {count} note", "{path}: {count} notes", report.notes).format(
                path=report.path, count=report.notes)
        console.print(line, markup=False)
