"""Recording progress: find the learner's plan, turn the coach's word codes into keys, record,
and summarise. The codes are what the coach guide's checklist shows: a term id ("laskap") or
a full key ("metaal/laskap")."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from vaktaal.coaching.curriculum import Plan
from vaktaal.coaching.learners import anki_progress_path, learner_dir, learner_slug, plan_path, progress_path
from vaktaal.coaching.plan_file import read_plan
from vaktaal.coaching.progress_file import Progress, read_progress, record_progress
from vaktaal.coaching.week_words import WeekWords, week_words
from vaktaal.content.format_rules import SLUG_RE
from vaktaal.errors import InputError
from vaktaal.i18n import _
from vaktaal.progress.store import read_anki_progress


class NoPlanError(InputError):
    """The learner has no plan (for this recipe) yet: one has to be made first."""


def learner_plans(learners_dir: Path, learner: str) -> dict[str, Path]:
    """Recipe slug -> plan file, for every plan the learner has."""
    folder = learner_dir(learners_dir, learner)
    return {p.name[len("plan."):-len(".yaml")]: p for p in sorted(folder.glob("plan.*.yaml"))}


def find_plan(learners_dir: Path, learner: str, recipe: str | None = None) -> Plan:
    slug = learner_slug(learner)
    if recipe is not None:
        if not SLUG_RE.fullmatch(recipe):
            raise InputError(_("not a recipe name"), field="recipe", value=recipe,
                             hint=_("use the recipe's file name without .yaml, e.g. metaal"))
        path = plan_path(learners_dir, slug, recipe)
        if not path.is_file():
            raise NoPlanError(_("{learner} has no plan for recipe '{recipe}' ({path})").format(
                learner=slug, recipe=recipe, path=path), hint=_("make a plan for this learner first"))
        return read_plan(path)
    plans = learner_plans(learners_dir, slug)
    if not plans:
        raise NoPlanError(_("{learner} has no plan yet (nothing in {folder})").format(
            learner=slug, folder=learner_dir(learners_dir, slug)),
            hint=_("make a plan for this learner first, or check the spelling of the name"))
    if len(plans) > 1:
        raise InputError(_("{learner} has plans for several recipes: {recipes}").format(
            learner=slug, recipes=", ".join(plans)), field="recipe",
            hint=_("say which recipe, e.g. {recipe}").format(recipe=next(iter(plans))))
    return read_plan(next(iter(plans.values())))


def resolve_codes(codes: Sequence[str], week_keys: Sequence[str], plan_keys: Sequence[str]) -> list[str]:
    """Word codes -> keys; a bare term id is looked up in the week's words first, then the plan."""
    keys = []
    for raw in codes:
        code = raw.strip()
        if not code:
            continue
        for pool in (week_keys, plan_keys):
            matches = [k for k in pool if k == code or k.rsplit("/", 1)[-1] == code]
            if len(matches) == 1:
                keys.append(matches[0])
                break
            if len(matches) > 1:
                raise InputError(_("'{code}' is more than one word: {words}").format(
                    code=code, words=", ".join(matches)), field="codes",
                    hint=_("use the full code with the sector, e.g. {code}").format(code=matches[0]))
        else:
            raise InputError(_("'{code}' is not a word of this plan").format(code=code), field="codes",
                             hint=_("use the codes from the checklist in the coach guide; this week's: "
                                    "{codes}").format(codes=", ".join(k.rsplit("/", 1)[-1] for k in week_keys)))
    return keys


@dataclass(frozen=True)
class Recorded:
    week: WeekWords
    known: tuple[str, ...]
    not_yet: tuple[str, ...]
    progress: Progress
    path: Path


def record_week(learners_dir: Path, learner: str, week: int, *, recipe: str | None = None,
                known: Sequence[str] = (), not_yet: Sequence[str] = (), all_known: bool = False) -> Recorded:
    """Record the check at the end of the hour. With only ``not_yet`` (or ``all_known``), the
    week's other words count as known."""
    if not (known or not_yet or all_known):
        raise InputError(_("say which words the learner knows: the ones not known yet (the rest count as known), "
                           "the known ones, or that all are known"), field="codes",
                         hint=_("the codes are in the coach guide's checklist"))
    slug = learner_slug(learner)
    plan = find_plan(learners_dir, slug, recipe)
    if not 1 <= week <= plan.week_count:
        raise InputError(_("not in the plan (it has weeks 1 to {count})").format(count=plan.week_count),
                         field="week", value=week, hint=_("use the week number of the pack you used"))
    path = progress_path(learners_dir, slug)
    anki = read_anki_progress(anki_progress_path(learners_dir, slug, plan.recipe))
    words = week_words(plan, read_progress(path, slug), week, anki)  # the words the pack's checklist showed
    plan_keys = plan.planned() + list(plan.later)
    known_keys = resolve_codes(known, words.all, plan_keys)
    not_yet_keys = resolve_codes(not_yet, words.all, plan_keys)
    if all_known or not known:
        known_keys += [k for k in words.all if k not in not_yet_keys and k not in known_keys]
    progress = record_progress(path, slug, week, known=known_keys, not_yet=not_yet_keys)
    return Recorded(words, tuple(known_keys), tuple(not_yet_keys), progress, path)
