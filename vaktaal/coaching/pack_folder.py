"""Writing a week's pack folder: pages, PDFs, and the pictures and recordings beside them.

The folder is built under a temporary name and swapped in at the end, so a failure (a missing
font, a full disk) leaves last time's pack as it was, never a half-written one.
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from vaktaal.anki.media import content_name
from vaktaal.audio.texts import sound_for, spoken_for
from vaktaal.coaching.exercises import build_exercises
from vaktaal.coaching.learners import pack_dir
from vaktaal.coaching.pages import PackMedia, render_audio_page, render_coach_guide, render_worksheet
from vaktaal.coaching.pdf import write_pdf
from vaktaal.coaching.week_words import WeekPack
from vaktaal.content.format_rules import RECORDING_EXAMPLE
from vaktaal.content.pictures import outgoing_bytes, picture_path
from vaktaal.files.atomic import STALE_TEMP_SECONDS, atomic_write_text, clean_stale_temp_files_in
from vaktaal.i18n import _

WORKSHEET, GUIDE, AUDIO_PAGE = "werkblad", "handleiding", "index"

log = logging.getLogger(__name__)


@dataclass
class PackFiles:
    folder: Path
    files: list[Path] = field(default_factory=list)
    #: Dutch texts (word with article, example) without a recording.
    missing_audio: list[str] = field(default_factory=list)
    #: Word keys whose picture file is missing (the emoji or "geen plaatje" is shown instead).
    missing_pictures: list[str] = field(default_factory=list)


def _copy_media(pack: WeekPack, staging: Path, audio: Mapping[str, Path] | None,
                result: PackFiles) -> PackMedia:
    pictures: dict[str, str] = {}
    sounds: dict[str, str] = {}
    for word in pack.all_words:
        if word.term.picture_path is not None:
            source = picture_path(word.term.picture_path, word.entry.sector.path)
            if source is None:
                result.missing_pictures.append(word.key)
            else:
                pictures[word.key] = _copy(source, staging / "images")
        if audio is None:
            continue
        for slot in ("nl", RECORDING_EXAMPLE):
            text = spoken_for(word.term, slot)
            if not text or text in sounds:
                continue
            source = sound_for(word.term, slot, audio)
            if source is None or not Path(source).is_file():
                result.missing_audio.append(text)
            else:
                sounds[text] = _copy(Path(source), staging / "audio")
    return PackMedia(pictures, sounds)


def _copy(source: Path, folder: Path) -> str:
    # Content names: the same recording is stored once and a changed one never keeps an old name.
    name = content_name(source)
    folder.mkdir(exist_ok=True)
    if not (folder / name).exists():
        (folder / name).write_bytes(outgoing_bytes(source))  # an SVG cleaned (content.svg_clean)
    return f"{folder.name}/{name}"


def write_pack(pack: WeekPack, out_dir: Path, audio: Mapping[str, Path] | None = None, *,
               name_recipe: bool = True) -> PackFiles:
    """Write ``out_dir/<recipe>/<learner>/<lang>/week-NN/``; ``audio`` maps Dutch text -> MP3
    (None: a pack without sound, which the audio page says for each word); ``name_recipe``: the
    guide's commands name the recipe (the learner has several plans)."""
    folder = pack_dir(out_dir, pack.recipe.slug, pack.learner, pack.week, lang=pack.lang)
    folder.parent.mkdir(parents=True, exist_ok=True)
    _clean_stale_staging(folder)
    staging = folder.parent / f".{folder.name}.new-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    result = PackFiles(folder)
    try:
        media = _copy_media(pack, staging, audio, result)
        exercises = build_exercises(pack)
        pages = {WORKSHEET: render_worksheet(pack, exercises, media),
                 GUIDE: render_coach_guide(pack, exercises, media, name_recipe=name_recipe),
                 AUDIO_PAGE: render_audio_page(pack, media)}
        for name, html in pages.items():
            atomic_write_text(staging / f"{name}.html", html)
        for name in (WORKSHEET, GUIDE):
            write_pdf(pages[name], base_dir=staging, target=staging / f"{name}.pdf")
        _swap_in(staging, folder)
        log.info(_("wrote the week pack in %s"), folder)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    result.files = sorted(p for p in folder.rglob("*") if p.is_file())
    return result


def _clean_stale_staging(folder: Path) -> None:
    """Remove what a killed run left beside ``folder``: its half-made ``.week-NN.new-<pid>`` and
    the old pack ``.week-NN.old-<pid>`` it was swapping out (untouched for an hour or more)."""
    cutoff = time.time() - STALE_TEMP_SECONDS
    for left in [p for kind in ("new", "old") for p in folder.parent.glob(f".{glob.escape(folder.name)}.{kind}-*")]:
        try:
            if left.is_dir() and not left.is_symlink() and left.lstat().st_mtime < cutoff:
                shutil.rmtree(left)
        except OSError:
            pass
    clean_stale_temp_files_in(folder.parent)


def _swap_in(staging: Path, folder: Path) -> None:
    old = folder.parent / f".{folder.name}.old-{os.getpid()}"
    if folder.exists():
        os.replace(folder, old)
    os.replace(staging, folder)
    shutil.rmtree(old, ignore_errors=True)
