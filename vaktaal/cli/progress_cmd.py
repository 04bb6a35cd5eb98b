"""``vaktaal progress``: record which words a learner knows, and show the overview."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from vaktaal.cli import progress_words
from vaktaal.cli.coach_options import learners_option, week_option
from vaktaal.cli.output import console
from vaktaal.cli.progress_import_cmd import command as import_command
from vaktaal.cli.translated import TranslatedGroup
from vaktaal.coaching.anki_import import learner_words
from vaktaal.coaching.checklist import NoPlanError, find_plan, record_week
from vaktaal.coaching.learners import learner_slug, progress_path
from vaktaal.coaching.progress_file import read_progress
from vaktaal.errors import InputError
from vaktaal.i18n import N_, _, n_

recipe_option = click.option("--recipe", default=None, metavar="SLUG",
                             help=N_("Which plan, when the learner has plans for several recipes."))


def _codes(values: tuple[str, ...]) -> list[str]:
    return [code for value in values for code in value.split(",")]


def _slug(_ctx: click.Context, _param: click.Parameter, name: str) -> str:
    """LEARNER as the folder name it becomes (the library's --learner error would name the wrong option)."""
    try:
        return learner_slug(name)
    except InputError as exc:
        raise click.BadParameter(exc.message) from None


def _with_command(error: NoPlanError, learner: str, recipe: str | None) -> NoPlanError:
    """The one command-line hint of these commands: which command makes the missing plan."""
    return NoPlanError(error.message, hint=_(
        "make one with `vaktaal plan decks/{recipe}.yaml --learner {learner}`, or check the spelling of the "
        "name").format(recipe=recipe or "<recipe>", learner=learner))


learner_argument = click.argument("learner", callback=_slug)


@click.group("progress", cls=TranslatedGroup,
             help=N_("Record per week which words a learner knows, and show a learner's overview."))
def command() -> None:
    pass


@command.command("record", help=N_(
    "Record what LEARNER knew at the end of week N's hour (codes from the coach guide's checklist)."))
@learner_argument
@week_option
@click.option("--known", multiple=True, metavar="CODES", help=N_("Words the learner knows (comma-separated codes)."))
@click.option("--not-yet", multiple=True, metavar="CODES",
              help=N_("Words the learner does not know yet; alone, the week's other words count as known."))
@click.option("--all-known", is_flag=True, help=N_("The learner knows all words of the week."))
@recipe_option
@learners_option
def record(learner: str, week: int, known: tuple[str, ...], not_yet: tuple[str, ...], all_known: bool,
           recipe: str | None, learners_dir: Path) -> None:
    if not (known or not_yet or all_known):
        raise click.UsageError(_("say which words the learner knows: --not-yet CODES (the rest count as known), "
                                 "--known CODES, or --all-known"))
    try:
        result = record_week(learners_dir, learner, week, recipe=recipe, known=_codes(known),
                             not_yet=_codes(not_yet), all_known=all_known)
    except NoPlanError as exc:
        raise _with_command(exc, learner, recipe) from None
    console.print(n_("Week {week}: {count} word known, {not_yet} not yet. Saved in {path}.",
                     "Week {week}: {count} words known, {not_yet} not yet. Saved in {path}.",
                     len(result.known)).format(week=week, count=len(result.known), not_yet=len(result.not_yet),
                                               path=result.path), markup=False)
    if result.not_yet:
        console.print(_("These come back first next week: {words}").format(words=", ".join(result.not_yet)),
                      markup=False)


command.add_command(import_command)


@command.command("show", help=N_("A learner's overview: per week what they knew, and per word what the coach "
                                 "and Anki say."))
@learner_argument
@recipe_option
@learners_option
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help=N_("json: one object per word (term, status, retrievability, lapses, ...) for scripts."))
def show(learner: str, recipe: str | None, learners_dir: Path, output_format: str) -> None:
    try:
        plan = find_plan(learners_dir, learner, recipe)
    except NoPlanError as exc:
        raise _with_command(exc, learner, recipe) from None
    words = learner_words(learners_dir, learner, plan.recipe, plan.planned() + list(plan.later))
    if output_format == "json":
        progress_words.print_json(words)
        return
    progress = read_progress(progress_path(learners_dir, learner), learner)
    table = Table(title=escape(_("Progress {learner} – {recipe}").format(learner=learner, recipe=plan.recipe)))
    for name in (_("week"), _("new"), _("knows"), _("not yet")):
        table.add_column(name, justify="right")
    table.add_column(_("not known yet"))
    for number in range(1, plan.week_count + 1):
        result = progress.weeks.get(number)
        if result is None and number > progress.last_week:
            continue
        table.add_row(str(number), str(len(plan.new_words(number))),
                      str(len(result.known)) if result else "–", str(len(result.not_yet)) if result else "–",
                      escape(", ".join(k.rsplit("/", 1)[-1] for k in result.not_yet)) if result else "")
    console.print(table)
    progress_words.print_table(words)
    still = progress.not_yet_known()
    known = set(progress.known_words())
    planned = plan.planned()
    console.print(n_("{count} word of {planned} planned words known.",
                     "{count} words of {planned} planned words known.",
                     len(known & set(planned))).format(count=len(known & set(planned)), planned=len(planned)),
                  markup=False)
    if still:
        console.print(_("Still to learn (come back first): {words}").format(words=", ".join(still)), markup=False)
    upcoming = [k for n in range(progress.last_week + 1, plan.week_count + 1) for k in plan.new_words(n)]
    if upcoming:
        console.print(n_("Not yet taught: {count} word in weeks {first}–{last}.",
                         "Not yet taught: {count} words in weeks {first}–{last}.", len(upcoming)).format(
            count=len(upcoming), first=progress.last_week + 1, last=plan.week_count), markup=False)
