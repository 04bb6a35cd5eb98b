"""``vaktaal pictures``: the contact sheet of a recipe, every word beside its picture."""

from __future__ import annotations

from pathlib import Path

import click

from vaktaal.cli.output import console, error_console, warn
from vaktaal.cli.translated import TranslatedCommand
from vaktaal.coaching.contact_sheet import write_contact_sheet
from vaktaal.i18n import N_, _, n_
from vaktaal.recipes import load_recipe


@click.command("pictures", cls=TranslatedCommand, help=N_(
    "Write the contact sheet of a recipe: every word beside its picture (HTML and PDF), so a coach or a "
    "reviewer can judge the pictures at a glance.\n\n"
    "Writes OUT/<recipe>.html and OUT/<recipe>.pdf. Words without a picture and pictures that two different "
    "words share are marked; the sheet ends with the credits the picture licences ask for."))
@click.argument("recipe_path", metavar="RECIPE", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("exports") / "pictures", show_default=True, help=N_("Folder to write the sheet to."))
@click.option("--lang", default="en", show_default=True, metavar="CODE",
              help=N_("The language of the translation beside each word (en, ar, ti, fa, so, tr, uk, ...)."))
def command(recipe_path: Path, out_dir: Path, lang: str) -> None:
    recipe = load_recipe(recipe_path)
    written = write_contact_sheet(recipe, out_dir, lang)
    sheet = written.sheet
    words, missing = len(sheet.words), len(sheet.without_picture)
    console.print(n_("{recipe}: {count} word, {pictures} with a picture",
                     "{recipe}: {count} words, {pictures} with a picture", words).format(
        recipe=recipe.slug, count=words, pictures=words - missing), markup=False)
    if missing:
        warn(n_("{count} word has no picture: {words}", "{count} words have no picture: {words}", missing).format(
            count=missing, words=", ".join(w.key for w in sheet.without_picture)))
    if sheet.shared:
        warn(n_("{count} word shows a picture another word shows too (marked on the sheet):",
                "{count} words show a picture another word shows too (marked on the sheet):",
                len(sheet.shared)).format(count=len(sheet.shared)))
        for word in sheet.shared:
            others = ", ".join(n.key for n in word.shared_with_other_words)
            error_console.print(f"  - {word.key} ({word.picture}): {others}", markup=False, soft_wrap=True)
    console.print(_("Written: {html} and {pdf}").format(html=written.html, pdf=written.pdf), markup=False,
                  soft_wrap=True)
