"""A week's pack in one library call: plan, progress, content, audio and the pack folder."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from vaktaal.audio import AudioOptions
from vaktaal.coaching.checklist import learner_plans
from vaktaal.coaching.learner_plan import load_or_create_plan
from vaktaal.coaching.learners import anki_progress_path, learner_name, learner_slug, progress_path, shown_name
from vaktaal.coaching.pack_audio import pack_audio
from vaktaal.coaching.pack_folder import PackFiles, write_pack
from vaktaal.coaching.progress_file import read_progress
from vaktaal.coaching.week_source import WeekSource
from vaktaal.coaching.week_words import WeekPack, assemble_week
from vaktaal.content.languages import language_name, require_language_code
from vaktaal.errors import InputError
from vaktaal.i18n import _, current_language, n_
from vaktaal.progress.store import read_anki_progress
from vaktaal.recipes import PROFILES, Recipe


@dataclass
class MadeWeek:
    pack: WeekPack
    files: PackFiles
    plan_path: Path
    plan_created: bool = False
    #: Text -> why there is no recording (empty when the pack is made without audio).
    audio_failed: dict[str, str] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)
    #: The profile the plan was made for (its portions); it differs from ``pack.profile`` when
    #: the coach asked for a pack of another profile than the saved plan's.
    plan_profile: str = ""
    #: New words a week in the plan.
    plan_per_week: int = 0


def language_in_messages(code: str) -> str:
    """The name of a learner language in the interface language: the Dutch name the coach's pages
    use in a Dutch interface, the English name otherwise."""
    if current_language() == "nl":
        return language_name(code)
    import pycountry  # its database loads on first use

    lang = pycountry.languages.get(alpha_2=code)
    return lang.name if lang is not None else code


def make_week(recipe: Recipe, *, week: int, lang: str, learner: str | None = None, learners_dir: Path,
              out_dir: Path, audio: AudioOptions | None = None, profile: str | None = None,
              audio_progress: Callable[[int, int], None] | None = None, name: str | None = None,
              source: WeekSource | None = None, guide: bool = True) -> MadeWeek:
    """Write week ``week``'s pack for ``learner`` in ``lang``; ``audio=None`` makes it without sound.

    Uses the learner's saved plan (made for ``profile`` when there is none) and progress: words
    the learner did not know yet, and words their Anki reviews show as weak, come back first.
    The pages show ``name`` (the learner's name as typed), else ``learner`` unless that is just
    the folder name, else the name kept in the plan.
    ``source``: the recipe's terms when the caller read them already (a group's packs share them);
    ``guide=False`` leaves the coach guide out (a group has one guide for all).
    """
    require_language_code(lang)
    if profile is not None and profile not in PROFILES:
        raise InputError(_("not a profile"), field="profile", value=profile, hint=_("use alfa or lezer"))
    slug = learner_slug(learner)
    source = source or WeekSource.load(recipe)
    entries = source.entries
    planned = load_or_create_plan(recipe, learners_dir=learners_dir, learner=learner, entries=entries,
                                  profile=profile, name=name)
    plan = planned.plan
    progress = read_progress(progress_path(learners_dir, slug), slug)
    anki = read_anki_progress(anki_progress_path(learners_dir, slug, recipe.slug))
    notices: list[str] = []
    if profile is not None and profile != plan.profile:
        notices.append(n_(
            "the plan was made for profile {plan_profile} ({count} new word a week): this pack has the {profile} "
            "exercises with the plan's words; to plan for {profile}, make the plan again with profile {profile} "
            "(the weeks already recorded stay as they are)",
            "the plan was made for profile {plan_profile} ({count} new words a week): this pack has the {profile} "
            "exercises with the plan's words; to plan for {profile}, make the plan again with profile {profile} "
            "(the weeks already recorded stay as they are)", plan.per_week).format(
            plan_profile=plan.profile, count=plan.per_week, profile=profile))
    shown = learner_name(name) if name is not None else shown_name(learner, plan.learner)
    pack = assemble_week(recipe, entries, plan, progress, week=week, lang=lang, profile=profile,
                         learner=slug, work_floor=source.work_floor, anki=anki,
                         learner_name=shown)
    notices = source.notices + notices  # the work-floor phrases are read while the week is put together
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
    recordings = translations = None
    if audio is not None:
        sound = pack_audio(pack.all_words, lang, audio, audio_progress)
        recordings, translations, failed = sound.files, sound.translations, sound.failed
        notices += sound.notices
    several = len(learner_plans(learners_dir, slug)) > 1
    files = write_pack(pack, out_dir, recordings, translation_audio=translations, guide=guide, name_recipe=several)
    return MadeWeek(pack, files, planned.path, planned.changes.created, failed, notices, plan_profile=plan.profile,
                    plan_per_week=plan.per_week)
