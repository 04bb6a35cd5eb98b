"""``vaktaal week``: one week's pack for the language coach's hour."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from vaktaal.audio import AudioOptions
from vaktaal.cli.audio_options import audio_options
from vaktaal.cli.coach_options import learner_option, learners_option, profile_option, week_option
from vaktaal.cli.output import console, error_console, warn
from vaktaal.cli.translated import TranslatedCommand
from vaktaal.coaching.make_week import make_week
from vaktaal.i18n import N_, _, n_
from vaktaal.recipes import load_recipe

#: The files of a pack and what each is for, as the command lists them.
_PACK_FILES = (("werkblad.pdf", N_("worksheet to print")), ("handleiding.pdf", N_("coach guide to print")),
               ("index.html", N_("audio page for the learner's phone (copy the whole folder)")))


@click.command("week", cls=TranslatedCommand, help=N_(
    "Make week N's pack: worksheet and coach guide (HTML and PDF) and an audio page for the phone.\n\n"
    "Writes OUT/<recipe>/<learner>/week-NN/. Uses the learner's plan (made with the defaults if there is "
    "none) and progress: words the learner did not know yet come back first."))
@click.argument("recipe_path", metavar="RECIPE", type=click.Path(dir_okay=False, path_type=Path))
@week_option
@click.option("--lang", required=True, metavar="CODE",
              help=N_("The learner's language (en, ar, ti, fa, so, tr, uk, ...)."))
@learner_option
@profile_option
@learners_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"),
              show_default=True, help=N_("Folder to write the pack to."))
@click.option("--no-audio", is_flag=True, help=N_("Make the pack without recordings."))
@audio_options
def command(recipe_path: Path, week: int, lang: str, learner: str | None, profile: str | None, learners_dir: Path,
            out_dir: Path, no_audio: bool, tts: str, slow: bool) -> None:
    recipe = load_recipe(recipe_path)
    audio = None if no_audio else AudioOptions(engine=tts, slow=slow)
    with Progress(TextColumn(escape(_("audio"))), BarColumn(), MofNCompleteColumn(), console=error_console,
                  transient=True) as bar:
        task = bar.add_task("audio", total=None)
        result = make_week(recipe, week=week, lang=lang, learner=learner, learners_dir=learners_dir,
                           out_dir=out_dir, audio=audio, profile=profile,
                           audio_progress=lambda done, total: bar.update(task, completed=done, total=total))
    pack, files = result.pack, result.files
    if result.plan_created:
        console.print(_("No plan yet: made one with the defaults in {path} (change it with `vaktaal plan`).").format(
            path=result.plan_path), markup=False)
    again = len([w for w in pack.review if w.again])
    counts = {"new": len(pack.new), "review": len(pack.review), "again": again}
    # Two counts in one sentence: the count of new words is a message of its own, put into the line
    # whose plural follows the review words.
    new_words = n_("{new} new word", "{new} new words", len(pack.new)).format(**counts)
    # Translators: {new_words} is "{new} new word(s)", translated on its own.
    line = (n_("Week {week}: {new_words}, {review} review word", "Week {week}: {new_words}, {review} review words",
               len(pack.review)) if not again else
            n_("Week {week}: {new_words}, {review} review word ({again} not known yet last time, first)",
               "Week {week}: {new_words}, {review} review words ({again} not known yet last time, first)",
               len(pack.review)))
    console.print(line.format(week=pack.week, new_words=new_words, **counts), markup=False)
    for notice in result.notices:
        warn(escape(notice))
    if no_audio:
        console.print(_("Made without audio (--no-audio): the audio page says 'geen geluid' for every word."),
                      markup=False)
    elif files.missing_audio:
        warn(escape(n_("No recording for {count} text (the audio page says 'geen geluid' there):",
                       "No recording for {count} texts (the audio page says 'geen geluid' there):",
                       len(files.missing_audio)).format(count=len(files.missing_audio))))
        for text in files.missing_audio:
            reason = result.audio_failed.get(text)
            error_console.print(f"  - {text}" + (f" ({reason})" if reason else ""), markup=False, soft_wrap=True)
    if files.missing_pictures:
        warn(escape(_("Picture file missing for: {words}").format(words=", ".join(files.missing_pictures))))
    console.print(_("Written to {folder}:").format(folder=files.folder), markup=False)
    for name, what in _PACK_FILES:
        console.print(f"  {name:<16} {_(what)}", markup=False)
