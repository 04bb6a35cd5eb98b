"""Writing a week's pack folder: the two PDFs (Typst), the phone page, and the pictures and
recordings beside them.

The folder is built under a temporary name and swapped in at the end, so a failure (a missing
font, a full disk) leaves last time's pack as it was, never a half-written one. The pictures are
copied into that folder first: Typst reads nothing outside it.
"""

from __future__ import annotations

import glob
import logging
import os
import shutil
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from vaktaal.anki.media import content_name
from vaktaal.audio.texts import sound_for, spoken_for
from vaktaal.coaching.exercises import build_exercises
from vaktaal.coaching.learners import pack_dir
from vaktaal.coaching.pack_data import pack_data
from vaktaal.coaching.pages import INSTRUCTIONS, PackMedia, render_audio_page
from vaktaal.coaching.pdf import render_pdf
from vaktaal.coaching.week_words import PackWord, WeekPack
from vaktaal.content.format_rules import RECORDING_EXAMPLE
from vaktaal.content.pictures import LIBRARY, credits_for, outgoing_bytes, picture_path
from vaktaal.files.atomic import STALE_TEMP_SECONDS, clean_stale_temp_files_in
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
    #: What Typst warned about while laying out the PDFs (none expected).
    pdf_warnings: list[str] = field(default_factory=list)


class MediaCopier:
    """Copies pictures and recordings into the staging folder once each, under content names
    (the same file is stored once; a changed one never keeps an old name)."""

    def __init__(self, staging: Path) -> None:
        self.staging = staging
        self.done: dict[Path, str] = {}

    def __call__(self, source: Path, folder: str) -> str:
        if source not in self.done:
            target = self.staging / folder
            target.mkdir(exist_ok=True)
            name = content_name(source)
            if not (target / name).exists():
                (target / name).write_bytes(outgoing_bytes(source))  # an SVG cleaned (content.svg_clean)
            self.done[source] = f"{folder}/{name}"
        return self.done[source]


@dataclass
class Pictures:
    """The words' pictures copied into a pack folder."""

    paths: dict[str, str] = field(default_factory=dict)    # word key -> images/...
    photos: set[str] = field(default_factory=set)          # keys whose picture is a photo, not the library's
    used: list[Path] = field(default_factory=list)         # the source files (what the credits name)
    missing: list[str] = field(default_factory=list)       # keys whose picture file is missing


def copy_pictures(words: Iterable[PackWord], copy: MediaCopier) -> Pictures:
    result = Pictures()
    for word in words:
        if word.term.picture_path is None or word.key in result.paths:
            continue
        source = picture_path(word.term.picture_path, word.entry.sector.path)
        if source is None:
            result.missing.append(word.key)
            continue
        result.paths[word.key] = copy(source, "images")
        result.used.append(source)
        if not source.is_relative_to(LIBRARY):
            result.photos.add(word.key)
    return result


def _copy_media(pack: WeekPack, staging: Path, audio: Mapping[str, Path] | None,
                translation_audio: Mapping[str, Path] | None, result: PackFiles) -> PackMedia:
    copy = MediaCopier(staging)
    pictures = copy_pictures(pack.all_words, copy)
    result.missing_pictures += pictures.missing
    sounds: dict[str, str] = {}
    translations: dict[str, tuple[str, bool]] = {}
    for word in pack.all_words:
        spoken = sound_for(word.term, pack.lang, translation_audio or {})  # a person's recording wins
        if spoken is not None and spoken.is_file():
            translations[word.key] = (copy(spoken, "audio"), pack.lang in word.term.recording_paths)
        if audio is None:
            continue
        for slot in ("nl", RECORDING_EXAMPLE):
            text = spoken_for(word.term, slot)
            if not text or text in sounds:
                continue
            sound = sound_for(word.term, slot, audio)
            if sound is None or not Path(sound).is_file():
                result.missing_audio.append(text)
            else:
                sounds[text] = copy(Path(sound), "audio")
    for text in INSTRUCTIONS.values():
        instruction = audio.get(text) if audio else None
        if instruction is not None and instruction.is_file():
            sounds[text] = copy(instruction, "audio")
    return PackMedia(pictures.paths, sounds, translations, frozenset(pictures.photos),
                     tuple(credits_for(pictures.used)))


def write_pack(pack: WeekPack, out_dir: Path, audio: Mapping[str, Path] | None = None, *,
               translation_audio: Mapping[str, Path] | None = None, guide: bool = True,
               name_recipe: bool = True) -> PackFiles:
    """Write ``out_dir/<recipe>/<learner>/<lang>/week-NN/``; ``audio`` maps Dutch text -> MP3
    (None: a pack without sound, which the phone page says for each word), ``translation_audio``
    the learner's translations -> MP3. ``guide=False`` leaves the coach guide out (a group's
    members: the group has one guide); ``name_recipe``: the guide's commands name the recipe (the
    learner has several plans)."""
    folder = pack_dir(out_dir, pack.recipe.slug, pack.learner, pack.week, lang=pack.lang)
    folder.parent.mkdir(parents=True, exist_ok=True)
    _clean_stale_staging(folder)
    staging = folder.parent / f".{folder.name}.new-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    result = PackFiles(folder)
    try:
        media = _copy_media(pack, staging, audio, translation_audio, result)
        data = pack_data(pack, build_exercises(pack), media, name_recipe=name_recipe)
        # Files inside the staging folder need no atomic writes: the folder is swapped in whole.
        documents = [(WORKSHEET, "worksheet")] + ([(GUIDE, "coach_guide")] if guide else [])
        for name, document in documents:
            pdf, warnings = render_pdf(document, data, root=staging, file=f"{name}.pdf")
            (staging / f"{name}.pdf").write_bytes(pdf)
            result.pdf_warnings += warnings
        (staging / f"{AUDIO_PAGE}.html").write_text(render_audio_page(pack, media), encoding="utf-8")
        swap_in(staging, folder)
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


def swap_in(staging: Path, folder: Path) -> None:
    old = folder.parent / f".{folder.name}.old-{os.getpid()}"
    if folder.exists():
        os.replace(folder, old)
    os.replace(staging, folder)
    shutil.rmtree(old, ignore_errors=True)
