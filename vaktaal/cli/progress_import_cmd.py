"""``vaktaal progress import``: the learner's own Anki reviews, per word, beside the coach's record."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape

from vaktaal.cli.coach_options import learners_option
from vaktaal.cli.output import console, warn
from vaktaal.cli.translated import TranslatedCommand
from vaktaal.coaching.anki_import import import_anki_progress, recipe_for
from vaktaal.i18n import N_, _, n_
from vaktaal.progress.memory import NEW, STRONG, WEAK, WordMemory
from vaktaal.recipes import load_recipe


def why_weak(memory: WordMemory) -> str:
    """'forgotten 3 times, memory 45%' in the interface language."""
    parts = []
    if memory.lapses:
        parts.append(n_("forgotten {count} time", "forgotten {count} times", memory.lapses).format(count=memory.lapses))
    if memory.retrievability is not None:
        parts.append(_("memory {percent}%").format(percent=round(memory.retrievability * 100)))
    if memory.leech:
        parts.append(_("leech in Anki"))
    return ", ".join(parts)


@click.command("import", cls=TranslatedCommand,
               help=N_("Read what LEARNER remembers from their own Anki reviews: FILE is an export from Anki or "
                       "AnkiDroid (.colpkg, or .apkg with scheduling information), or use --ankiconnect. The "
                       "file itself is never changed. Weak words come back first in the next week pack."))
@click.argument("learner")
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--ankiconnect", metavar="URL", default=None,
              help=N_("Read from a desktop Anki running the AnkiConnect add-on, e.g. http://127.0.0.1:8765."))
@click.option("--recipe", default=None, metavar="SLUG",
              help=N_("The recipe the learner's deck was built from (default: the one the learner has a plan for)."))
@click.option("--decks", "decks_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("decks"),
              show_default=True, help=N_("Folder with the recipes."))
@click.option("--lang", default=None, metavar="CODE",
              help=N_("The learner's language in the deck (default: found from the notes)."))
@learners_option
def command(learner: str, file: Path | None, ankiconnect: str | None, recipe: str | None, decks_dir: Path,
            lang: str | None, learners_dir: Path) -> None:
    slug = recipe_for(learners_dir, learner, recipe)
    loaded = load_recipe(decks_dir / f"{slug}.yaml")
    saved = import_anki_progress(learners_dir, learner, loaded, file=file, ankiconnect=ankiconnect, lang=lang)
    imported, progress = saved.imported, saved.imported.progress
    console.print(n_("Read {source}: {count} word of {recipe} in {lang}.",
                     "Read {source}: {count} words of {recipe} in {lang}.", imported.found)
                  .format(source=escape(progress.source), count=imported.found, recipe=escape(loaded.name),
                          lang=progress.lang))
    console.print(_("Weak: {weak}. Strong: {strong}. Not reviewed yet: {new}.").format(
        weak=progress.count(WEAK), strong=progress.count(STRONG), new=progress.count(NEW)))
    for memory in progress.weak_words():
        console.print(f"  ★ {escape(memory.word)}  ({why_weak(memory)})")
    if imported.other_languages:
        warn(_("the file also has this deck in {languages}; read only {lang} (choose another with --lang)")
             .format(languages=", ".join(imported.other_languages), lang=progress.lang))
    if not imported.reviewed:
        warn(_("none of these words has been reviewed yet; a deck package must be exported with "
               "'Include scheduling information' ticked"))
    console.print(_("Saved in {path}. Weak words come back first in the next week pack.")
                  .format(path=escape(str(saved.path))))
