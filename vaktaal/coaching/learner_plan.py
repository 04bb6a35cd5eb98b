"""A learner's plan for a recipe on disk: made, brought up to date, or read as the coach left it."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from vaktaal.coaching.curriculum import DEFAULT_WEEKS, Plan, PlanChanges, make_plan, update_plan
from vaktaal.coaching.learners import learner_name, learner_slug, plan_path, progress_path
from vaktaal.coaching.plan_file import plan_text, read_plan, write_plan
from vaktaal.coaching.progress_file import read_progress
from vaktaal.errors import CoachFileError, InputError
from vaktaal.files.atomic import atomic_write_text
from vaktaal.files.safe_write import file_lock
from vaktaal.i18n import _
from vaktaal.recipes import Recipe, SelectedTerm, select_terms


@dataclass(frozen=True)
class PlanResult:
    plan: Plan
    changes: PlanChanges
    path: Path


def _labels(entries: Sequence[SelectedTerm]) -> dict[str, str]:
    return {e.key: e.term.with_article + (" (veiligheid)" if e.term.safety else "") for e in entries}


def _checked_plan(path: Path, recipe: Recipe) -> Plan:
    plan = read_plan(path)
    if plan.recipe != recipe.slug:
        raise CoachFileError(_("{path} is the plan for recipe '{plan_recipe}', not '{recipe}'").format(
            path=path, plan_recipe=plan.recipe, recipe=recipe.slug),
            hint=_("rename or delete the file, or use the recipe it was made for"))
    return plan


def save_plan(recipe: Recipe, *, learners_dir: Path, learner: str | None = None, weeks: int | None = None,
              per_week: int | None = None, profile: str | None = None, fresh: bool = False,
              entries: Sequence[SelectedTerm] | None = None, name: str | None = None) -> PlanResult:
    """Make the plan, or bring the existing one up to date keeping the coach's moves; write it.

    New words are placed from the week after the last week with recorded progress on. The
    learner's name as typed is kept in the plan (``name``, else ``learner`` unless that is just
    the folder name, which leaves the name the plan has).
    """
    slug = learner_slug(learner)
    typed = learner_name(name if name is not None else learner)
    entries = list(entries) if entries is not None else select_terms(recipe)
    path = plan_path(learners_dir, slug, recipe.slug)
    if path.is_file() and not fresh:
        old = _checked_plan(path, recipe)
        if typed != old.learner and (name is not None or typed != slug):
            old = replace(old, learner=typed)
        done = read_progress(progress_path(learners_dir, slug), slug).last_week
        plan, changes = update_plan(old, entries, weeks=weeks, per_week=per_week, profile=profile,
                                    from_week=done + 1)
    else:
        plan = make_plan(entries, recipe=recipe.slug, learner=typed, profile=profile or recipe.profile,
                         weeks=weeks or DEFAULT_WEEKS, per_week=per_week)
        changes = PlanChanges(added=tuple(plan.planned()) + plan.later, created=True)
    write_plan(plan, path, _labels(entries))
    return PlanResult(plan, changes, path)


def load_or_create_plan(recipe: Recipe, *, learners_dir: Path, learner: str | None,
                        entries: Sequence[SelectedTerm], profile: str | None = None,
                        name: str | None = None) -> PlanResult:
    """The saved plan as it is (the coach's edits untouched), or a new one with the defaults
    for ``profile`` (alfa: 6 new words a week; default: the recipe's profile)."""
    path = plan_path(learners_dir, learner_slug(learner), recipe.slug)
    if path.is_file():
        return PlanResult(_checked_plan(path, recipe), PlanChanges(), path)
    return save_plan(recipe, learners_dir=learners_dir, learner=learner, entries=entries, profile=profile,
                     name=name)


def move_word(recipe: Recipe, *, learners_dir: Path, learner: str | None, key: str, week: int | None,
              entries: Sequence[SelectedTerm] | None = None) -> Plan:
    """Move one word of the saved plan to ``week`` (``None``: under 'later'), as a coach moving
    its line in the file would; the read, the move and the write hold the file's lock."""
    slug = learner_slug(learner)
    path = plan_path(learners_dir, slug, recipe.slug)
    entries = list(entries) if entries is not None else select_terms(recipe)
    with file_lock(path):
        plan = _checked_plan(path, recipe)
        if key not in plan.planned() and key not in plan.later:
            raise InputError(_("'{key}' is not a word of this plan").format(key=key), hint=_("reload the plan"),
                             field="key", value=key)
        if week is not None and not 1 <= week <= plan.week_count:
            raise InputError(_("week {week} is not in the plan (it has weeks 1 to {count})").format(
                week=week, count=plan.week_count), hint=_("choose one of the plan's weeks"), field="week", value=week)
        weeks = [[k for k in words if k != key] for words in plan.weeks]
        later = [k for k in plan.later if k != key]
        if week is None:
            later.append(key)
        else:
            weeks[week - 1].append(key)
        plan = Plan(plan.recipe, plan.learner, plan.profile, plan.per_week, tuple(tuple(w) for w in weeks),
                    tuple(later))
        atomic_write_text(path, plan_text(plan, _labels(entries)))
    return plan
