"""``vaktaal plan``: the curriculum across weeks, saved as a file the coach may edit."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from vaktaal.cli.coach_options import learner_option, learners_option, profile_option
from vaktaal.cli.output import console, error_console, warn
from vaktaal.cli.translated import TranslatedCommand
from vaktaal.coaching.curriculum import Plan
from vaktaal.coaching.learner_plan import save_plan
from vaktaal.i18n import N_, _, n_
from vaktaal.recipes import SelectedTerm, load_recipe, select_terms

#: Words of the 'later' list the output shows; the file has them all.
_LATER_SHOWN = 8


@click.command("plan", cls=TranslatedCommand, help=N_(
    "Plan which new words come in which week: safety words first, then by level and theme.\n\n"
    "Every word comes back 1, 2, 4 and 8 weeks after it was new. The plan is saved in "
    "LEARNERS/<learner>/plan.<recipe>.yaml; move a word to another week there and it stays there, also when "
    "you run this command again."))
@click.argument("recipe_path", metavar="RECIPE", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--weeks", type=click.IntRange(min=1), default=None,
              help=N_("Number of weeks (default: the saved plan's, else 20)."))
@click.option("--per-week", type=click.IntRange(min=1), default=None,
              help=N_("New words per week (default: alfa 6, lezer 12)."))
@profile_option
@learner_option
@learners_option
@click.option("--fresh", is_flag=True, help=N_("Start over: forget the saved plan and the coach's moves."))
def command(recipe_path: Path, weeks: int | None, per_week: int | None, profile: str | None, learner: str | None,
            learners_dir: Path, fresh: bool) -> None:
    recipe = load_recipe(recipe_path)
    entries = select_terms(recipe)
    result = save_plan(recipe, learners_dir=learners_dir, learner=learner, weeks=weeks, per_week=per_week,
                       profile=profile, fresh=fresh, entries=entries)
    console.print(_table(result.plan, {e.key: e for e in entries}, recipe.name))
    changes, plan = result.changes, result.plan
    saved = (n_("Saved {path} ({profile}, {count} new word a week).",
                "Saved {path} ({profile}, {count} new words a week).", plan.per_week) if changes.created else
             n_("Updated {path} ({profile}, {count} new word a week).",
                "Updated {path} ({profile}, {count} new words a week).", plan.per_week))
    console.print(saved.format(path=result.path, profile=plan.profile, count=plan.per_week), markup=False)
    if not changes.created and changes.added:
        console.print(n_("{count} word new in the recipe, planned in the first weeks with room: {words}",
                         "{count} words new in the recipe, planned in the first weeks with room: {words}",
                         len(changes.added)).format(count=len(changes.added), words=", ".join(changes.added)),
                      markup=False)
    if changes.dropped:
        warn(escape(n_("{count} word no longer in the recipe, taken out of the plan: {words}",
                       "{count} words no longer in the recipe, taken out of the plan: {words}",
                       len(changes.dropped)).format(count=len(changes.dropped), words=", ".join(changes.dropped))))
    if plan.later:
        later = plan.later
        shown = ", ".join(later[:_LATER_SHOWN])
        if len(later) > _LATER_SHOWN:
            shown += ", " + _("… ({count} more)").format(count=len(later) - _LATER_SHOWN)
        # Two counts in one sentence: the number of weeks gets a message of its own when it is 1.
        if plan.week_count == 1:
            message = n_("{count} word did not fit in 1 week and waits under 'later' in the file: {words}",
                         "{count} words did not fit in 1 week and wait under 'later' in the file: {words}",
                         len(later))
        else:
            message = n_("{count} word did not fit in {weeks} weeks and waits under 'later' in the file: {words}",
                         "{count} words did not fit in {weeks} weeks and wait under 'later' in the file: {words}",
                         len(later))
        warn(escape(message.format(count=len(later), weeks=plan.week_count, words=shown)))
        error_console.print("    " + _("use more weeks (--weeks) or more words a week (--per-week) to plan them."),
                            markup=False, soft_wrap=True)


def _table(plan: Plan, by_key: dict[str, SelectedTerm], title: str) -> Table:
    table = Table(title=escape(_("Week plan {recipe} – {learner}").format(recipe=title, learner=plan.learner)))
    table.add_column(_("week"), justify="right")
    table.add_column(_("new words (⚠ = safety)"))
    table.add_column(_("review"), justify="right")
    for number, keys in enumerate(plan.weeks, start=1):
        words = []
        for key in keys:
            entry = by_key.get(key)
            label = key if entry is None else ("⚠ " if entry.term.safety else "") + entry.term.with_article
            words.append(escape(label))
        table.add_row(str(number), ", ".join(words) or "–", str(len(plan.review_words(number))))
    return table
