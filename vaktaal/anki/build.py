"""From a recipe to ``<recipe>.<lang>.apkg``: plan the notes, stamp their times, write the package."""

from __future__ import annotations

import hashlib
import html
import json
import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from vaktaal.anki.build_state import NOTETYPE_KEY, BuildState, now_seconds, state_path_for
from vaktaal.anki.card_templates import CSS, TEMPLATES
from vaktaal.anki.media import MediaSet
from vaktaal.anki.note_content import PlannedNote, deck_root, plan_note, subdecks
from vaktaal.anki.notetype import FIELDS, build_notetype
from vaktaal.anki.package import StampedNote, package_comment, write_apkg
from vaktaal.audio.texts import term_texts
from vaktaal.content.pictures import credits_for
from vaktaal.files.atomic import clean_stale_temp_files, clean_stale_temp_files_in
from vaktaal.i18n import _
from vaktaal.recipes import Recipe, SelectedTerm, recipe_entries

Progress = Callable[[int, int], None]

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DeckPlan:
    """Everything that goes into one language's package, before any time is stamped."""

    recipe: Recipe
    lang: str
    notes: tuple[PlannedNote, ...]
    media: dict[str, Path]
    #: Dutch texts (word with article, example) that have no recording.
    missing_audio: tuple[str, ...]
    #: Keys (origin/term-id) of terms without a translation into ``lang``.
    missing_translations: tuple[str, ...]
    unreviewed: int


@dataclass
class BuildReport:
    recipe: str
    lang: str
    path: Path
    notes: int = 0
    cards: int = 0
    media: int = 0
    new: int = 0
    changed: int = 0
    #: True when the package on disk already had exactly this content and was left alone.
    up_to_date: bool = False
    missing_audio: tuple[str, ...] = ()
    missing_translations: tuple[str, ...] = ()
    unreviewed: int = 0
    notices: list[str] = field(default_factory=list)


def plan_deck(recipe: Recipe, lang: str, *, entries: Sequence[SelectedTerm] | None = None,
              audio: Mapping[str, Path] | None = None,
              translation_audio: Mapping[str, Path] | None = None) -> DeckPlan:
    """Plan the notes of ``recipe`` in ``lang``; ``audio`` maps Dutch text to a recording,
    ``translation_audio`` the translations into ``lang`` (left out when the recipe says so)."""
    entries = recipe_entries(recipe) if entries is None else entries
    audio = audio or {}
    spoken_translations = (translation_audio or {}) if recipe.translation_audio else {}
    media = MediaSet()
    notes, missing_translation, unreviewed = [], [], 0
    missing_audio: list[str] = []
    for position, (entry, deck) in enumerate(zip(entries, subdecks(recipe, entries), strict=True), start=1):
        note = plan_note(recipe, entry, lang, position, deck=deck, media=media, audio=audio,
                         translation_audio=spoken_translations)
        notes.append(note)
        term = entry.term
        if lang not in term.translations:
            missing_translation.append(entry.key)
        elif not term.is_reviewed(lang):
            unreviewed += 1
        missing_audio.extend(text for text in term_texts(term) if text not in audio)
    return DeckPlan(recipe, lang, tuple(notes), dict(media.files), tuple(dict.fromkeys(missing_audio)),
                    tuple(missing_translation), unreviewed)


def deck_description(recipe: Recipe, media: Iterable[Path]) -> str:
    """The top deck's description (Anki shows it on the deck's screen): what the deck is, and the
    credits the pictures' licences ask for."""
    parts = [f"<p>{html.escape(recipe.description or recipe.name)}</p>"]
    sources = credits_for(media)
    if sources:
        lines = "".join(f"<li>{html.escape(s.attribution)} — {html.escape(s.licence)}: {html.escape(s.url)}</li>"
                        for s in sources)
        parts.append(f"<p><b>Plaatjes</b></p><ul>{lines}</ul>")
    return "".join(parts)


def output_path(recipe: Recipe, lang: str, out_dir: Path) -> Path:
    return out_dir / f"{recipe.slug}.{lang}.apkg"


def _notetype_hash() -> str:
    blob = json.dumps([FIELDS, TEMPLATES, CSS], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:20]


def _fingerprint(notetype_mod: int, stamped: Sequence[StampedNote], media: Mapping[str, Path]) -> str:
    # -2: SVG pictures are cleaned on their way into the package (content.svg_clean).
    digest = hashlib.sha256(f"vaktaal-apkg-2|{_notetype_hash()}|{notetype_mod}".encode())
    for item in stamped:
        n = item.note
        digest.update(f"|{n.guid}|{n.content_hash}|{item.mod}|{n.deck}|{n.due}|{n.cards}".encode())
    digest.update("|".join(sorted(media)).encode())
    return "vaktaal:" + digest.hexdigest()


def build_deck(recipe: Recipe, lang: str, out_dir: Path, *, plan: DeckPlan | None = None,
               audio: Mapping[str, Path] | None = None, state: BuildState | None = None,
               now: int | None = None, progress: Progress | None = None) -> BuildReport:
    """Write ``<out_dir>/<recipe>.<lang>.apkg``.

    ``state`` (default: the record next to the recipe) supplies and keeps each note's last-change
    time; the caller saves it (``state.save()``) once all languages are built. A package whose
    content is already on disk is not rewritten.
    """
    plan = plan or plan_deck(recipe, lang, audio=audio)
    if state is None:
        state = BuildState.load(state_path_for(recipe.path) if recipe.path else None)
    now = now_seconds() if now is None else now
    report = BuildReport(recipe.slug, lang, output_path(recipe, lang, out_dir), notes=len(plan.notes),
                         media=len(plan.media), missing_audio=plan.missing_audio,
                         missing_translations=plan.missing_translations, unreviewed=plan.unreviewed)
    notetype_mod = state.stamp(NOTETYPE_KEY, _notetype_hash(), now)
    stamped = []
    for note in plan.notes:
        known = note.guid in state.entries
        before = state.entries.get(note.guid, [None])[0]
        mod = state.stamp(note.guid, note.content_hash, now)
        if not known:
            report.new += 1
        elif before != note.content_hash:
            report.changed += 1
        stamped.append(StampedNote(note, mod))
    report.cards = sum(len(n.cards) for n in plan.notes)
    fingerprint = _fingerprint(notetype_mod, stamped, plan.media)
    if report.path.exists() and package_comment(report.path) == fingerprint:
        report.up_to_date = True
        log.info(_("%s is up to date"), report.path)
        return report
    report.cards = write_apkg(report.path, notetype=build_notetype(), notetype_mod=notetype_mod, notes=stamped,
                              media=plan.media, comment=fingerprint, progress=progress,
                              descriptions={deck_root(recipe): deck_description(recipe, plan.media.values())})
    log.info(_("wrote %s: %d notes, %d cards, %d media (%d new notes, %d changed)"), report.path, report.notes,
             report.cards, report.media, report.new, report.changed)
    return report


def build_recipe(recipe: Recipe, langs: Sequence[str], out_dir: Path, *,
                 entries: Sequence[SelectedTerm] | None = None, audio: Mapping[str, Path] | None = None,
                 translation_audio: Mapping[str, Mapping[str, Path]] | None = None,
                 state_path: Path | None = None, now: int | None = None,
                 on_built: Callable[[BuildReport], None] | None = None) -> list[BuildReport]:
    """Build one package per language and keep the change-time record (default: next to the recipe)."""
    entries = recipe_entries(recipe) if entries is None else entries
    if state_path is None and recipe.path is not None:
        state_path = state_path_for(recipe.path)
    # A build that was killed while writing leaves its temporary files: this run clears them.
    clean_stale_temp_files_in(out_dir)
    if state_path is not None:
        clean_stale_temp_files(state_path)
    state = BuildState.load(state_path)
    now = now_seconds() if now is None else now
    reports = []
    try:
        for lang in langs:
            plan = plan_deck(recipe, lang, entries=entries, audio=audio,
                             translation_audio=(translation_audio or {}).get(lang))
            report = build_deck(recipe, lang, out_dir, plan=plan, state=state, now=now)
            reports.append(report)
            if on_built:
                on_built(report)
    finally:
        # Packages already written carry these times: the record must hold them too.
        state.save()
    return reports
