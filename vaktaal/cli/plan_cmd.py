"""``vaktaal plan``: the curriculum across weeks, saved as a file the coach may edit."""

from __future__ import annotations

from pathlib import Path

import click
from rich.markup import escape
from rich.table import Table

from vaktaal.cli.coach_options import learner_option, learners_option, profile_option
from vaktaal.cli.output import console, counted
from vaktaal.coaching.curriculum import Plan
from vaktaal.coaching.learner_plan import save_plan
from vaktaal.recipes import SelectedTerm, load_recipe, select_terms


@click.command("plan")
@click.argument("recipe_path", metavar="RECIPE", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--weeks", type=click.IntRange(min=1), default=None,
              help="Number of weeks (default: the saved plan's, else 20).")
@click.option("--per-week", type=click.IntRange(min=1), default=None,
              help="New words per week (default: alfa 6, lezer 12).")
@profile_option
@learner_option
@learners_option
@click.option("--fresh", is_flag=True, help="Start over: forget the saved plan and the coach's moves.")
def command(recipe_path: Path, weeks: int | None, per_week: int | None, profile: str | None, learner: str | None,
            learners_dir: Path, fresh: bool) -> None:
    """Plan which new words come in which week: safety words first, then by level and theme.

    Every word comes back 1, 2, 4 and 8 weeks after it was new. The plan is saved in
    LEARNERS/<learner>/plan.<recipe>.yaml; move a word to another week there and it stays
    there, also when you run this command again.
    """
    recipe = load_recipe(recipe_path)
    entries = select_terms(recipe)
    result = save_plan(recipe, learners_dir=learners_dir, learner=learner, weeks=weeks, per_week=per_week,
                       profile=profile, fresh=fresh, entries=entries)
    console.print(_table(result.plan, {e.key: e for e in entries}, recipe.name))
    changes = result.changes
    console.print(f"{'Saved' if changes.created else 'Updated'} {escape(str(result.path))} "
                  f"({result.plan.profile}, {result.plan.per_week} new words a week).")
    if not changes.created and changes.added:
        console.print(f"{counted(len(changes.added), 'word')} new in the recipe, planned in the first weeks "
                      f"with room: {escape(', '.join(changes.added))}")
    if changes.dropped:
        console.print(f"[yellow]{counted(len(changes.dropped), 'word')} no longer in the recipe, taken out of "
                      f"the plan:[/] {escape(', '.join(changes.dropped))}")
    if result.plan.later:
        later = result.plan.later
        shown = ", ".join(later[:8]) + (f", … ({len(later) - 8} more)" if len(later) > 8 else "")
        console.print(f"[yellow]{counted(len(later), 'word')} did not fit in "
                      f"{counted(result.plan.week_count, 'week')}[/] and wait under 'later' in the file: "
                      f"{escape(shown)}\n    use more weeks (--weeks) or more words a week (--per-week) "
                      "to plan them.")


def _table(plan: Plan, by_key: dict[str, SelectedTerm], title: str) -> Table:
    table = Table(title=f"Weekplan {escape(title)} – {escape(plan.learner)}")
    table.add_column("week", justify="right")
    table.add_column("nieuwe woorden (⚠ = veiligheid)")
    table.add_column("herhalen", justify="right")
    for number, keys in enumerate(plan.weeks, start=1):
        words = []
        for key in keys:
            entry = by_key.get(key)
            label = key if entry is None else ("⚠ " if entry.term.safety else "") + entry.term.with_article
            words.append(escape(label))
        table.add_row(str(number), ", ".join(words) or "–", str(len(plan.review_words(number))))
    return table
