"""``vaktaal week``: one week's pack for the language coach's hour."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from vaktaal.audio import ENGINES, AudioOptions
from vaktaal.cli.coach_options import learner_option, learners_option, profile_option, week_option
from vaktaal.cli.output import console, counted, error_console
from vaktaal.coaching.make_week import make_week
from vaktaal.recipes import load_recipe


@click.command("week")
@click.argument("recipe_path", metavar="RECIPE", type=click.Path(dir_okay=False, path_type=Path))
@week_option
@click.option("--lang", required=True, metavar="CODE", help="The learner's language (en, ar, ti, fa, so, tr, uk, ...).")
@learner_option
@profile_option
@learners_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"),
              show_default=True, help="Folder to write the pack to.")
@click.option("--tts", "engine", type=click.Choice(ENGINES), default="auto", show_default=True,
              help="Voice for new recordings: gtts needs internet, espeak works offline, auto tries both.")
@click.option("--no-audio", is_flag=True, help="Make the pack without recordings.")
@click.option("--slow", is_flag=True, help="Slower speech (for beginners).")
def command(recipe_path: Path, week: int, lang: str, learner: str | None, profile: str | None, learners_dir: Path,
            out_dir: Path, engine: str, no_audio: bool, slow: bool) -> None:
    """Make week N's pack: worksheet and coach guide (HTML and PDF) and an audio page for the phone.

    Writes OUT/<recipe>/<learner>/week-NN/. Uses the learner's plan (made with the defaults if
    there is none) and progress: words the learner did not know yet come back first.
    """
    recipe = load_recipe(recipe_path)
    audio = None if no_audio else AudioOptions(engine=engine, slow=slow)
    with Progress(TextColumn("audio"), BarColumn(), MofNCompleteColumn(), console=error_console,
                  transient=True) as bar:
        task = bar.add_task("audio", total=None)
        result = make_week(recipe, week=week, lang=lang, learner=learner, learners_dir=learners_dir,
                           out_dir=out_dir, audio=audio, profile=profile,
                           audio_progress=lambda done, total: bar.update(task, completed=done, total=total))
    pack, files = result.pack, result.files
    if result.plan_created:
        console.print(f"No plan yet: made one with the defaults in {escape(str(result.plan_path))} "
                      "(change it with `vaktaal plan`).")
    console.print(f"Week {pack.week}: {counted(len(pack.new), 'new word')}, {counted(len(pack.review), 'review word')}"
                  + (f" ({len([w for w in pack.review if w.again])} not known yet last time, first)"
                     if any(w.again for w in pack.review) else ""))
    for notice in result.notices:
        console.print(f"[yellow]note:[/] {escape(notice)}")
    if no_audio:
        console.print("Made without audio (--no-audio): the audio page says 'geen geluid' for every word.")
    elif files.missing_audio:
        console.print(f"[yellow]No recording for {counted(len(files.missing_audio), 'text')}[/] (the audio page "
                      "says 'geen geluid' there):")
        for text in files.missing_audio:
            reason = result.audio_failed.get(text)
            console.print(f"  - {escape(text)}" + (f" ({escape(reason)})" if reason else ""))
    if files.missing_pictures:
        console.print(f"[yellow]Picture file missing for:[/] {escape(', '.join(files.missing_pictures))}")
    console.print(f"Written to {escape(str(files.folder))}:")
    for name, what in (("werkblad.pdf", "worksheet to print"), ("handleiding.pdf", "coach guide to print"),
                       ("index.html", "audio page for the learner's phone (copy the whole folder)")):
        console.print(f"  {name:<16} {what}")
