"""A group's week in one run: every member's pack (their own language and profile, their own
plan and progress) and ONE coach guide for the group — the words they share once, each word
that comes back marked with the names of the learners who review it.

The recipe's terms are read once for the whole group, the fonts once, the recordings from one
cache. The guide goes to ``<out>/<recipe>/groups/<group>/week-NN/handleiding.pdf``.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vaktaal.audio import AudioOptions
from vaktaal.coaching.checklist import learner_plans
from vaktaal.coaching.exercises import Exercises, build_exercises
from vaktaal.coaching.groups import GROUPS_FOLDER, Group, Member, read_group
from vaktaal.coaching.make_week import MadeWeek, make_week
from vaktaal.coaching.pack_data import credits_data, exercises_data, word_data
from vaktaal.coaching.pack_folder import GUIDE, MediaCopier, copy_pictures, swap_in
from vaktaal.coaching.pages import STEP_EXPLANATIONS, STEP_MINUTES, PackMedia, progress_command, word_codes
from vaktaal.coaching.pdf import render_pdf
from vaktaal.coaching.week_source import WeekSource
from vaktaal.coaching.week_words import PackWord
from vaktaal.content.languages import language_name, text_direction
from vaktaal.content.pictures import credits_for
from vaktaal.errors import InputError
from vaktaal.i18n import _
from vaktaal.recipes import Recipe

Json = dict[str, Any]


@dataclass
class MadeGroupWeek:
    group: Group
    members: list[tuple[Member, MadeWeek]]
    guide: Path
    notices: list[str] = field(default_factory=list)
    #: What Typst warned about while laying out the group guide (none expected).
    pdf_warnings: list[str] = field(default_factory=list)


def make_group_week(recipe: Recipe, *, week: int, group: str, learners_dir: Path, out_dir: Path,
                    audio: AudioOptions | None = None,
                    audio_progress: Callable[[int, int], None] | None = None) -> MadeGroupWeek:
    """Every member's pack of week ``week`` and the group's coach guide (see the module)."""
    found = read_group(learners_dir, group)
    if not found.members:
        raise InputError(_("group '{group}' has no learners yet").format(group=group), field="group", value=group,
                         hint=_("add its learners first, each with their language"))
    source = WeekSource.load(recipe)
    made = [(m, make_week(recipe, week=week, lang=m.lang, learner=m.name, profile=m.profile,
                          learners_dir=learners_dir, out_dir=out_dir, audio=audio, audio_progress=audio_progress,
                          source=source, guide=False)) for m in found.members]
    notices = list(dict.fromkeys(n for _m, w in made for n in w.notices))
    several = [len(learner_plans(learners_dir, m.slug)) > 1 for m, _made in made]
    guide, warnings = write_group_guide(found, made, out_dir, name_recipe=several)
    return MadeGroupWeek(found, made, guide, notices, warnings)


def _gloss_rows(word: PackWord, members: Sequence[tuple[Member, MadeWeek]]) -> list[Json]:
    """The word's translation in each language of the group, once per language."""
    rows: dict[str, Json] = {}
    for member, _made in members:
        lang = member.lang
        text = word.term.translations.get(lang)
        if lang not in rows and text:
            rows[lang] = {"gloss": text, "lang": lang, "dir": text_direction(lang),
                          "checked": word.term.is_reviewed(lang)}
    return list(rows.values())


def _answer_key(ex: Exercises) -> str:
    """What the answers are, whatever the learner's language."""
    def keys(words: Iterable[PackWord]) -> list[str]:
        return [w.key for w in words]

    return repr((keys(i.word for i in ex.listen), keys(i.word for i in ex.say_order),
                 keys(ex.matching.words) if ex.matching else None, keys(ex.articles), keys(ex.plurals),
                 [f.answer for f in ex.fill_in], keys(ex.roleplay)))


def group_guide_data(group: Group, members: Sequence[tuple[Member, MadeWeek]], media: PackMedia, *,
                     name_recipe: Sequence[bool] = ()) -> Json:
    """``name_recipe``: per member, whether their commands must name the recipe (several plans)."""
    packs = [made.pack for _m, made in members]
    first = packs[0]
    names = [m.name for m, _made in members]
    new: dict[str, tuple[PackWord, list[str]]] = {}
    review: dict[str, tuple[PackWord, list[Json]]] = {}
    for (member, _made), pack in zip(members, packs, strict=True):
        for w in pack.new:
            new.setdefault(w.key, (w, []))[1].append(member.name)
        for w in pack.review:
            review.setdefault(w.key, (w, []))[1].append({"name": member.name, "again": w.again})
    words = [w for w, _who in new.values()] + [w for k, (w, _who) in review.items() if k not in new]
    codes = word_codes(tuple(words))
    in_week = [{w.key for w in pack.words} for pack in packs]

    def data(w: PackWord) -> Json:
        return word_data(w, media, codes)

    # Learners with the same exercises (the same words, shuffled alike) share one block of answers.
    answers: dict[str, tuple[list[str], Json]] = {}
    for member, made in members:
        ex = build_exercises(made.pack)
        block = exercises_data(ex, media, codes)
        answers.setdefault(_answer_key(ex), ([], block))[0].append(member.name)
    blocks = [block for _who, block in answers.values()]
    # What step 3 explains: every kind of exercise any member's worksheet has.
    merged = {key: next((b[key] for b in blocks if b[key]), blocks[0][key]) for key in blocks[0]}
    return {
        "week": first.week, "week_count": max(p.week_count for p in packs), "recipe": first.recipe.name,
        "group": group.name,
        "members": [{"name": made.pack.shown_name, "language": language_name(m.lang),
                     "alfa": made.pack.profile == "alfa",
                     "command": progress_command(made.pack, name_recipe=several),
                     "all_known_command": progress_command(made.pack, ("--all-known",), name_recipe=several)}
                    for (m, made), several in zip(members, name_recipe or [True] * len(members), strict=True)],
        "new": [dict(data(w), who=None if len(who) == len(names) else who, glosses=_gloss_rows(w, members))
                for w, who in new.values()],
        "review": [dict(data(w), who=who, again=any(x["again"] for x in who)) for k, (w, who) in review.items()
                   if k not in new],
        "checklist": [dict(data(w), cells=[w.key in keys for keys in in_week]) for w in words],
        "unchecked": any(w.gloss and not w.checked for p in packs for w in p.all_words),
        "alfa": any(p.profile == "alfa" for p in packs), "steps": list(STEP_MINUTES),
        "explain": list(STEP_EXPLANATIONS),
        "ex": merged, "answers": [{"names": ", ".join(who), "ex": block} for who, block in answers.values()],
        "credits": credits_data(media.credits),
    }


def write_group_guide(group: Group, members: Sequence[tuple[Member, MadeWeek]], out_dir: Path, *,
                      name_recipe: Sequence[bool] = ()) -> tuple[Path, list[str]]:
    """Write the group's coach guide (pictures copied beside it first: Typst's root)."""
    first = members[0][1].pack
    folder = Path(out_dir) / first.recipe.slug / GROUPS_FOLDER / group.slug / f"week-{first.week:02d}"
    folder.parent.mkdir(parents=True, exist_ok=True)
    staging = folder.parent / f".{folder.name}.new-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        pictures = copy_pictures((w for _m, made in members for w in made.pack.all_words), MediaCopier(staging))
        media = PackMedia(pictures.paths, photos=frozenset(pictures.photos), credits=tuple(credits_for(pictures.used)))
        data = group_guide_data(group, members, media, name_recipe=name_recipe)
        pdf, warnings = render_pdf("group_guide", data, root=staging, file=f"{GUIDE}.pdf")
        (staging / f"{GUIDE}.pdf").write_bytes(pdf)
        swap_in(staging, folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder / f"{GUIDE}.pdf", warnings
