"""Where a learner's files live: ``learners/<learner>/`` (coach-owned, committed) and
``exports/<recipe>/<learner>/week-NN/`` (generated)."""

from __future__ import annotations

from pathlib import Path

from vaktaal.content.format_rules import slugify
from vaktaal.errors import InputError
from vaktaal.i18n import _

#: The learner name used when the coach works with a group rather than one person.
GROUP = "groep"


def learner_slug(name: str | None) -> str:
    """'Amal K.' -> 'amal-k'. Only a-z, 0-9 and '-' remain, so the name cannot leave learners/."""
    if name is None:
        return GROUP
    slug = slugify(name)
    if not slug:
        raise InputError(_("the name has no letters or digits that can be used in a folder name"),
                         field="learner", value=name,
                         hint=_("use a first name or nickname in Latin letters, e.g. amal"))
    return slug


def learner_dir(learners_dir: Path, learner: str) -> Path:
    return Path(learners_dir) / learner_slug(learner)


def plan_path(learners_dir: Path, learner: str, recipe_slug: str) -> Path:
    return learner_dir(learners_dir, learner) / f"plan.{recipe_slug}.yaml"


def progress_path(learners_dir: Path, learner: str) -> Path:
    return learner_dir(learners_dir, learner) / "progress.yaml"


def anki_progress_path(learners_dir: Path, learner: str, recipe_slug: str) -> Path:
    """What the learner's own Anki reviews say per word (written by `vaktaal progress import`)."""
    return learner_dir(learners_dir, learner) / f"anki-progress.{recipe_slug}.yaml"


def pack_dir(out_dir: Path, recipe_slug: str, learner: str, week: int) -> Path:
    return Path(out_dir) / recipe_slug / learner_slug(learner) / f"week-{week:02d}"
