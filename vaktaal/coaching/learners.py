"""Where a learner's files live: ``learners/<learner>/`` (coach-owned, committed) and
``exports/<recipe>/<learner>/<lang>/week-NN/`` (generated).

A learner has two names: the name as the coach typed it ("Ayşe", "أمل"), shown on the
pages and kept in the plan file (its ``learner:`` field), and the folder name made from it
(``ayse``, ``ml``): transliterated to Latin letters, digits and '-' only.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from vaktaal.content.format_rules import slugify
from vaktaal.content.languages import require_language_code
from vaktaal.errors import InputError
from vaktaal.i18n import _

#: The learner name used when the coach works with a group rather than one person.
GROUP = "groep"
#: The longest name kept: a name, not a text.
NAME_MAX = 100


def learner_name(name: str | None) -> str:
    """The name as the coach typed it (spaces around it trimmed), or GROUP for none.

    A name that cannot become a folder is refused, never silently changed: a '/' or '\\'
    (``a/b``, ``../../etc``), a line break or another control character, or no letter or digit
    at all (``..``, ``!!!``).
    """
    if name is None:
        return GROUP
    text = name.strip()
    if "/" in text or "\\" in text:
        raise InputError(_("a name cannot contain / or \\"), field="learner", value=name,
                         hint=_("type the learner's name, e.g. Amal K.: the folder name is made from it"))
    if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in text):
        raise InputError(_("a name cannot contain a line break or other control characters"), field="learner",
                         value=repr(name)[1:-1],
                         hint=_("type the learner's name on one line"))
    if len(text) > NAME_MAX:
        raise InputError(_("a name can be at most {count} characters long").format(count=NAME_MAX),
                         field="learner", value=text[:20] + "…", hint=_("use a first name or a nickname"))
    if not slugify(text):
        raise InputError(_("the name has no letters or digits that can be used in a folder name"),
                         field="learner", value=name, hint=_("use the learner's first name or a nickname, e.g. Amal"))
    return text


def learner_slug(name: str | None) -> str:
    """'Amal K.' -> 'amal-k', 'Ayşe' -> 'ayse', 'ሰላም' -> 'selam'. Only a-z, 0-9 and
    '-' remain, so the folder cannot leave learners/; a name that cannot be a folder is refused
    (see :func:`learner_name`)."""
    return slugify(learner_name(name))


def shown_name(typed: str | None, stored: str) -> str:
    """The name for the pages: what the coach typed now, unless that is just the folder name
    (then the name kept in the plan, which the coach typed when the plan was made)."""
    if typed is None:
        return stored
    name = learner_name(typed)
    return stored if name == slugify(name) else name


def learner_dir(learners_dir: Path, learner: str) -> Path:
    return Path(learners_dir) / learner_slug(learner)


def plan_path(learners_dir: Path, learner: str, recipe_slug: str) -> Path:
    return learner_dir(learners_dir, learner) / f"plan.{recipe_slug}.yaml"


def progress_path(learners_dir: Path, learner: str) -> Path:
    return learner_dir(learners_dir, learner) / "progress.yaml"


def anki_progress_path(learners_dir: Path, learner: str, recipe_slug: str) -> Path:
    """What the learner's own Anki reviews say per word (written by `vaktaal progress import`)."""
    return learner_dir(learners_dir, learner) / f"anki-progress.{recipe_slug}.yaml"


def pack_dir(out_dir: Path, recipe_slug: str, learner: str, week: int, *, lang: str) -> Path:
    """``out_dir/<recipe>/<learner>/<lang>/week-NN``: a pack per language, so a learner's
    Arabic week 1 never replaces their Tigrinya week 1."""
    return Path(out_dir) / recipe_slug / learner_slug(learner) / require_language_code(lang) / f"week-{week:02d}"
