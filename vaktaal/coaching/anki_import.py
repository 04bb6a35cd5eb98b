"""`vaktaal progress import` as one library call: which recipe, read the learner's Anki export
(or AnkiConnect), and keep the result beside the coach's own record in ``learners/<learner>/``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from vaktaal.coaching.learners import anki_progress_path, learner_dir, learner_slug, progress_path
from vaktaal.coaching.progress_file import Progress, read_progress
from vaktaal.coaching.word_status import WordStatus, statuses
from vaktaal.content.format_rules import SLUG_RE
from vaktaal.errors import InputError
from vaktaal.i18n import _
from vaktaal.progress.importing import Imported, import_ankiconnect, import_file
from vaktaal.progress.store import AnkiProgress, read_anki_progress, write_anki_progress
from vaktaal.recipes import Recipe


@dataclass(frozen=True)
class SavedImport:
    imported: Imported
    path: Path


def recipe_for(learners_dir: Path, learner: str, recipe: str | None) -> str:
    """The recipe slug: the one given, else the one the learner has a plan for."""
    if recipe is not None:
        if not SLUG_RE.fullmatch(recipe):
            raise InputError(_("'{recipe}' is not a recipe name").format(recipe=recipe),
                             hint=_("use the recipe's file name without .yaml, e.g. metaal"),
                             field="recipe", value=recipe)
        return recipe
    plans = sorted(p.name[len("plan."):-len(".yaml")] for p in learner_dir(learners_dir, learner).glob("plan.*.yaml"))
    if len(plans) == 1:
        return plans[0]
    if not plans:
        raise InputError(_("{learner} has no plan yet, so it is not known which deck to look for")
                         .format(learner=learner_slug(learner)),
                         hint=_("say which recipe the learner's deck was built from"), field="recipe")
    raise InputError(_("{learner} has plans for several recipes: {recipes}")
                     .format(learner=learner_slug(learner), recipes=", ".join(plans)),
                     hint=_("say which recipe the learner's deck was built from"), field="recipe")


def import_anki_progress(learners_dir: Path, learner: str, recipe: Recipe, *, file: Path | None = None,
                         ankiconnect: str | None = None, lang: str | None = None,
                         now: datetime | None = None) -> SavedImport:
    """Read the learner's reviews from ``file`` (never changed) or from AnkiConnect at ``ankiconnect``
    and write ``learners/<learner>/anki-progress.<recipe>.yaml``; the coach's progress.yaml stays as it is."""
    slug = learner_slug(learner)
    if (file is None) == (ankiconnect is None):
        raise InputError(_("give either the learner's Anki export or the address of AnkiConnect"),
                         hint=_("an export is a .colpkg or .apkg file from Anki or AnkiDroid"))
    if file is not None:
        imported = import_file(recipe, file, learner=slug, lang=lang, now=now)
    else:
        assert ankiconnect is not None
        imported = import_ankiconnect(recipe, ankiconnect, learner=slug, lang=lang, now=now)
    path = anki_progress_path(learners_dir, slug, recipe.slug)
    write_anki_progress(imported.progress, path)
    return SavedImport(imported, path)


@dataclass(frozen=True)
class LearnerWords:
    """What `vaktaal progress show` lists per word: the coach's record and Anki's, together."""

    progress: Progress
    anki: AnkiProgress | None
    words: list[WordStatus]


def learner_words(learners_dir: Path, learner: str, recipe: str, keys: list[str]) -> LearnerWords:
    """Every word of ``keys`` that the coach recorded or Anki knows, in that order."""
    slug = learner_slug(learner)
    progress = read_progress(progress_path(learners_dir, slug), slug)
    anki = read_anki_progress(anki_progress_path(learners_dir, slug, recipe))
    recorded = {k for week in progress.weeks.values() for k in week.known + week.not_yet}
    in_anki = set(anki.words) if anki else set()
    ordered = keys + sorted((recorded | in_anki) - set(keys))
    return LearnerWords(progress, anki, statuses([k for k in ordered if k in recorded or k in in_anki], progress,
                                                 anki))
