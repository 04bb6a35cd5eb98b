"""A week's pack in one library call: plan, progress, content, audio and the pack folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pycountry

from vaktaal.audio import AudioOptions, ensure_audio, term_texts
from vaktaal.coaching.learner_plan import load_or_create_plan
from vaktaal.coaching.learners import anki_progress_path, learner_slug, progress_path
from vaktaal.coaching.pack_folder import PackFiles, write_pack
from vaktaal.coaching.progress_file import read_progress
from vaktaal.coaching.week_words import WORK_FLOOR_SECTOR, WeekPack, assemble_week
from vaktaal.content.languages import language_name, require_language_code
from vaktaal.errors import InputError, VaktaalError
from vaktaal.i18n import _, current_language, n_
from vaktaal.progress.store import read_anki_progress
from vaktaal.recipes import PROFILES, Recipe, SectorChoice, SelectedTerm, select_terms


@dataclass
class MadeWeek:
    pack: WeekPack
    files: PackFiles
    plan_path: Path
    plan_created: bool = False
    #: Text -> why there is no recording (empty when the pack is made without audio).
    audio_failed: dict[str, str] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)


def work_floor_terms(recipe: Recipe, notices: list[str]) -> list[SelectedTerm]:
    """The work-floor sector's terms: role-play phrases when the week has too few of its own."""
    if not (recipe.sectors_dir / f"{WORK_FLOOR_SECTOR}.yaml").is_file():
        return []
    work_floor = Recipe(slug=WORK_FLOOR_SECTOR, name=WORK_FLOOR_SECTOR, sectors=(SectorChoice(WORK_FLOOR_SECTOR),),
                        languages=recipe.languages, sectors_dir=recipe.sectors_dir)
    try:
        return select_terms(work_floor)
    except VaktaalError as exc:
        notices.append(_("role-play phrases from {file} left out: {reason}").format(
            file=f"{WORK_FLOOR_SECTOR}.yaml", reason=exc.message))
        return []


def language_in_messages(code: str) -> str:
    """The name of a learner language in the interface language: the Dutch name the coach's pages
    use in a Dutch interface, the English name otherwise."""
    if current_language() == "nl":
        return language_name(code)
    lang = pycountry.languages.get(alpha_2=code)
    return lang.name if lang is not None else code


def make_week(recipe: Recipe, *, week: int, lang: str, learner: str | None = None, learners_dir: Path,
              out_dir: Path, audio: AudioOptions | None = None, profile: str | None = None,
              audio_progress: Callable[[int, int], None] | None = None) -> MadeWeek:
    """Write week ``week``'s pack for ``learner`` in ``lang``; ``audio=None`` makes it without sound.

    Uses the learner's saved plan (made with the defaults when there is none) and progress:
    words the learner did not know yet, and words their Anki reviews show as weak, come back first.
    """
    require_language_code(lang)
    if profile is not None and profile not in PROFILES:
        raise InputError(_("not a profile"), field="profile", value=profile, hint=_("use alfa or lezer"))
    slug = learner_slug(learner)
    entries = select_terms(recipe)
    planned = load_or_create_plan(recipe, learners_dir=learners_dir, learner=slug, entries=entries)
    progress = read_progress(progress_path(learners_dir, slug), slug)
    anki = read_anki_progress(anki_progress_path(learners_dir, slug, recipe.slug))
    notices: list[str] = []
    pack = assemble_week(recipe, entries, planned.plan, progress, week=week, lang=lang, profile=profile,
                         learner=slug, work_floor=work_floor_terms(recipe, notices), anki=anki)
    if pack.missing:
        notices.append(n_("{count} word of the plan is no longer in the recipe and is left out: {words} (update "
                          "the plan to take it out)",
                          "{count} words of the plan are no longer in the recipe and are left out: {words} "
                          "(update the plan to take them out)", len(pack.missing)).format(
            count=len(pack.missing), words=", ".join(pack.missing)))
    without = [w.key for w in pack.all_words if not w.gloss]
    if without:
        notices.append(n_("{count} word has no {language} translation: {words}",
                          "{count} words have no {language} translation: {words}", len(without)).format(
            count=len(without), language=language_in_messages(lang), words=", ".join(without)))
    failed: dict[str, str] = {}
    recordings = None
    if audio is not None:
        texts = [t for w in pack.all_words for t in term_texts(w.term)]
        report = ensure_audio(texts, audio, progress=audio_progress)
        recordings, failed = dict(report.files), dict(report.failed)
        notices += report.notices
    files = write_pack(pack, out_dir, recordings)
    return MadeWeek(pack, files, planned.path, planned.changes.created, failed, notices)
