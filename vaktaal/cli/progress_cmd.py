"""``vaktaal progress``: record which words a learner knows, and show the overview."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from vaktaal.cli import progress_words
from vaktaal.cli.coach_options import learners_option, week_option
from vaktaal.cli.output import console, counted
from vaktaal.cli.progress_import_cmd import command as import_command
from vaktaal.coaching.anki_import import learner_words
from vaktaal.coaching.checklist import find_plan, record_week
from vaktaal.coaching.learners import learner_slug, progress_path
from vaktaal.coaching.progress_file import read_progress
from vaktaal.i18n import N_

recipe_option = click.option("--recipe", default=None, metavar="SLUG",
                             help="Which plan, when the learner has plans for several recipes.")


def _codes(values: tuple[str, ...]) -> list[str]:
    return [code for value in values for code in value.split(",")]


@click.group("progress")
def command() -> None:
    """Record per week which words a learner knows, and show a learner's overview."""


@command.command("record")
@click.argument("learner")
@week_option
@click.option("--known", multiple=True, metavar="CODES", help="Words the learner knows (comma-separated codes).")
@click.option("--not-yet", multiple=True, metavar="CODES",
              help="Words the learner does not know yet; alone, the week's other words count as known.")
@click.option("--all-known", is_flag=True, help="The learner knows all words of the week.")
@recipe_option
@learners_option
def record(learner: str, week: int, known: tuple[str, ...], not_yet: tuple[str, ...], all_known: bool,
           recipe: str | None, learners_dir: Path) -> None:
    """Record what LEARNER knew at the end of week N's hour (codes from the coach guide's checklist)."""
    result = record_week(learners_dir, learner, week, recipe=recipe, known=_codes(known),
                         not_yet=_codes(not_yet), all_known=all_known)
    console.print(f"Week {week}: {counted(len(result.known), 'word')} known, {len(result.not_yet)} not yet. "
                  f"Saved in {escape(str(result.path))}.")
    if result.not_yet:
        console.print("These come back first next week: " + escape(", ".join(result.not_yet)))


command.add_command(import_command)


@command.command("show")
@click.argument("learner")
@recipe_option
@learners_option
@click.option("--format", "output_format", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help=N_("json: one object per word (term, status, retrievability, lapses, ...) for scripts."))
def show(learner: str, recipe: str | None, learners_dir: Path, output_format: str) -> None:
    """A learner's overview: per week what they knew, and the words still to learn."""
    slug = learner_slug(learner)
    plan = find_plan(learners_dir, slug, recipe)
    words = learner_words(learners_dir, slug, plan.recipe, plan.planned() + list(plan.later))
    if output_format == "json":
        progress_words.print_json(words)
        return
    progress = read_progress(progress_path(learners_dir, slug), slug)
    table = Table(title=f"Voortgang {escape(slug)} – {escape(plan.recipe)}")
    for name in ("week", "nieuw", "kent", "nog niet"):
        table.add_column(name, justify="right")
    table.add_column("nog niet gekend")
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
    console.print(f"{counted(len(known & set(planned)), 'word')} of {len(planned)} planned words known.")
    if still:
        console.print("Still to learn (come back first): " + escape(", ".join(still)))
    upcoming = [k for n in range(progress.last_week + 1, plan.week_count + 1) for k in plan.new_words(n)]
    if upcoming:
        console.print(f"Not yet taught: {counted(len(upcoming), 'word')} in weeks {progress.last_week + 1}"
                      f"–{plan.week_count}.")
