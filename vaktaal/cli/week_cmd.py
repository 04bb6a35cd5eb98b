"""``vaktaal week``: one week's pack for the language coach's hour."""

from __future__ import annotations

import shlex
from pathlib import Path

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

from vaktaal.audio import AudioOptions
from vaktaal.cli.audio_options import audio_options
from vaktaal.cli.coach_options import learner_option, learners_option, profile_option, week_option
from vaktaal.cli.output import console, error_console, warn
from vaktaal.cli.translated import TranslatedCommand
from vaktaal.coaching.make_week import language_in_messages, make_week
from vaktaal.i18n import N_, _, n_
from vaktaal.recipes import Recipe, load_recipe

#: The files of a pack and what each is for, as the command lists them.
_PACK_FILES = (("werkblad.pdf", N_("worksheet to print")), ("handleiding.pdf", N_("coach guide to print")),
               ("index.html", N_("audio page for the learner's phone (copy the whole folder)")))


@click.command("week", cls=TranslatedCommand, help=N_(
    "Make week N's pack: worksheet and coach guide (PDF) and an audio page for the phone.\n\n"
    "Writes OUT/<recipe>/<learner>/<lang>/week-NN/. Uses the learner's plan (made for the profile if there is "
    "none) and progress: words the learner did not know yet, or that are weak in Anki, come back first. With "
    "--group: a pack for every learner of the group (see `vaktaal group`) and one coach guide for the group."))
@click.argument("recipe_path", metavar="RECIPE", type=click.Path(dir_okay=False, path_type=Path))
@week_option
@click.option("--lang", default=None, metavar="CODE",
              help=N_("The learner's language (en, ar, ti, fa, so, tr, uk, ...)."))
@learner_option
@click.option("--group", default=None, metavar="NAME",
              help=N_("Make the packs of every learner of group NAME (each in their own language) and one "
                      "coach guide for the group, instead of one learner's."))
@profile_option
@learners_option
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=Path("exports"),
              show_default=True, help=N_("Folder to write the pack to."))
@click.option("--no-audio", is_flag=True, help=N_("Make the pack without recordings."))
@audio_options
def command(recipe_path: Path, week: int, lang: str | None, learner: str | None, group: str | None,
            profile: str | None, learners_dir: Path, out_dir: Path, no_audio: bool, tts: str, slow: bool) -> None:
    if group is not None and (lang or learner or profile):
        raise click.UsageError(_("--group takes each learner's language and profile from the group: leave out "
                                 "--lang, --learner and --profile"))
    if group is None and lang is None:
        raise click.UsageError(_("Missing option '--lang' (or '--group')."))
    recipe = load_recipe(recipe_path)
    audio = None if no_audio else AudioOptions(engine=tts, slow=slow)
    if group is not None:
        group_week(recipe, week=week, group=group, learners_dir=learners_dir, out_dir=out_dir, audio=audio)
        return
    assert lang is not None
    with Progress(TextColumn(escape(_("audio"))), BarColumn(), MofNCompleteColumn(), console=error_console,
                  transient=True, disable=not error_console.is_terminal) as bar:
        task = bar.add_task("audio", total=None)
        result = make_week(recipe, week=week, lang=lang, learner=learner, learners_dir=learners_dir,
                           out_dir=out_dir, audio=audio, profile=profile,
                           audio_progress=lambda done, total: bar.update(task, completed=done, total=total))
    pack, files = result.pack, result.files
    if result.plan_created:
        console.print(n_("No plan yet: made one for {profile} ({count} new word a week) in {path} (change it with "
                         "`vaktaal plan`).",
                         "No plan yet: made one for {profile} ({count} new words a week) in {path} (change it with "
                         "`vaktaal plan`).", result.plan_per_week).format(
            profile=result.plan_profile, count=result.plan_per_week, path=result.plan_path), markup=False)
    again = len([w for w in pack.review if w.again])
    counts = {"new": len(pack.new), "review": len(pack.review), "again": again}
    # Two counts in one sentence: the count of new words is a message of its own, put into the line
    # whose plural follows the review words.
    new_words = n_("{new} new word", "{new} new words", len(pack.new)).format(**counts)
    # Translators: {new_words} is "{new} new word(s)", translated on its own.
    line = (n_("Week {week}: {new_words}, {review} review word", "Week {week}: {new_words}, {review} review words",
               len(pack.review)) if not again else
            n_("Week {week}: {new_words}, {review} review word ({again} first: not known yet last time, or weak "
               "in Anki)",
               "Week {week}: {new_words}, {review} review words ({again} first: not known yet last time, or weak "
               "in Anki)", len(pack.review)))
    console.print(line.format(week=pack.week, new_words=new_words, **counts), markup=False)
    for notice in result.notices:
        warn(escape(notice))
    if profile is not None and result.plan_profile and profile != result.plan_profile:
        where = ["--learners", str(learners_dir)] if learners_dir != Path("learners") else []
        command = ["vaktaal", "plan", str(recipe_path), *(["--learner", learner] if learner else []),
                   "--profile", profile, *where]
        error_console.print("    " + _("to plan for {profile}: {command}").format(
            profile=profile, command=shlex.join(command)), markup=False, soft_wrap=True)
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


def group_week(recipe: Recipe, *, week: int, group: str, learners_dir: Path, out_dir: Path,
               audio: AudioOptions | None) -> None:
    from vaktaal.coaching.group_week import make_group_week  # only a group's run needs it

    with Progress(TextColumn(escape(_("audio"))), BarColumn(), MofNCompleteColumn(), console=error_console,
                  transient=True, disable=not error_console.is_terminal) as bar:
        task = bar.add_task("audio", total=None)
        made = make_group_week(recipe, week=week, group=group, learners_dir=learners_dir, out_dir=out_dir,
                               audio=audio,
                               audio_progress=lambda done, total: bar.update(task, completed=done, total=total))
    console.print(n_("Week {week} of group {group}: {count} learner", "Week {week} of group {group}: {count} learners",
                     len(made.members)).format(week=week, group=made.group.name, count=len(made.members)),
                  markup=False)
    missing: set[str] = set()
    for member, result in made.members:
        new_words = n_("{new} new word", "{new} new words", len(result.pack.new)).format(new=len(result.pack.new))
        line = n_("{name} ({language}): {new_words}, {review} review word",
                  "{name} ({language}): {new_words}, {review} review words", len(result.pack.review))
        console.print("  " + line.format(name=member.name, language=language_in_messages(member.lang),
                                         new_words=new_words, review=len(result.pack.review)), markup=False)
        console.print(f"    {result.files.folder}", markup=False, soft_wrap=True)
        missing.update(result.files.missing_audio)
    for notice in made.notices:
        warn(escape(notice))
    if audio is None:
        console.print(_("Made without audio (--no-audio): the audio page says 'geen geluid' for every word."),
                      markup=False)
    elif missing:
        warn(escape(n_("No recording for {count} text (the audio page says 'geen geluid' there):",
                       "No recording for {count} texts (the audio page says 'geen geluid' there):",
                       len(missing)).format(count=len(missing))))
        for text in sorted(missing):
            error_console.print(f"  - {text}", markup=False, soft_wrap=True)
    console.print(_("Coach guide for the whole group: {path}").format(path=made.guide), markup=False, soft_wrap=True)
