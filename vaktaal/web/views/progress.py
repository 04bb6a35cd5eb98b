"""The coach's progress page for one learner: per word the picture, the status, today's memory as
a traffic light, lapses and last review (the same data as ``vaktaal progress show --format json``,
from the same call, ``coaching.anki_import.learner_words``); and the upload of the learner's Anki
export (``coaching.anki_import.import_anki_progress``, from a temporary copy that is removed
right after reading)."""

from __future__ import annotations

import tempfile
import threading
import unicodedata
from pathlib import Path, PurePosixPath
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.uploadedfile import UploadedFile
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.text import capfirst
from django.views.decorators.http import require_POST

from vaktaal.coaching.anki_import import SavedImport, import_anki_progress, learner_words
from vaktaal.coaching.word_status import ANKI, COACH, WordStatus
from vaktaal.content.languages import language_name
from vaktaal.content.pictures import outgoing_bytes, picture_path
from vaktaal.errors import VaktaalError
from vaktaal.i18n import _, n_
from vaktaal.progress.memory import NEW, STRONG, WEAK, WEAK_TODAY
from vaktaal.recipes import Recipe, SelectedTerm, select_terms
from vaktaal.web import project as projects
from vaktaal.web.forms_employer import size_checked
from vaktaal.web.models import Learner
from vaktaal.web.project import picture_type
from vaktaal.web.settings import ANKI_EXPORT_MAX_BYTES
from vaktaal.web.views.coach import learner_recipe, own_learner, saved_plan
from vaktaal.web.views.common import explain

#: The traffic light of today's retrievability: red below the weak line, green from Anki's usual
#: target (90 %), orange between. Always with a symbol and a word, never colour alone.
GREEN_FROM = 0.90
RED_BELOW = WEAK_TODAY
LIGHTS = {"green": ("✓", "hoog"), "orange": ("!", "midden"), "red": ("✗", "laag")}
STATUS_LABELS = {WEAK: "zwak", STRONG: "sterk", NEW: "nieuw"}
COACH_LABELS = {"known": "kent het", "not_yet": "nog niet"}


class AnkiExportForm(forms.Form):
    export = forms.FileField(label="Anki-export van de cursist (.colpkg of .apkg)")

    def clean_export(self) -> UploadedFile | None:
        return size_checked(self.cleaned_data.get("export"), ANKI_EXPORT_MAX_BYTES, "Het bestand")


def light(retrievability: float | None) -> str | None:
    if retrievability is None:
        return None
    if retrievability < RED_BELOW:
        return "red"
    return "green" if retrievability >= GREEN_FROM else "orange"


# Pictures: a page asks for every word's picture, so which picture belongs to which word of a
# recipe is worked out once per change of the recipe, sector or employer files.
_pictures_lock = threading.Lock()
_pictures: dict[str, tuple[tuple[tuple[str, int, int], ...], dict[str, Path | None]]] = {}


def _stamp(recipe: Recipe) -> tuple[tuple[str, int, int], ...]:
    files = [recipe.path, *sorted(recipe.sectors_dir.glob("*.yaml")), *sorted(recipe.employers_dir.glob("*/*.yaml"))]
    return tuple((str(p), (s := p.stat()).st_mtime_ns, s.st_size) for p in files if p is not None and p.is_file())


def _picture_of(entry: SelectedTerm) -> Path | None:
    try:
        return picture_path(entry.term.picture_path, entry.sector.path)
    except VaktaalError:  # a picture outside its folder is never shown
        return None


def recipe_pictures(recipe: Recipe, entries: list[SelectedTerm] | None = None) -> dict[str, Path | None]:
    """Term key -> its picture file (None: no picture), for every word of ``recipe``."""
    stamp = _stamp(recipe)
    with _pictures_lock:
        hit = _pictures.get(recipe.slug)
    if hit is not None and hit[0] == stamp:
        return hit[1]
    found = {e.key: _picture_of(e) for e in (entries if entries is not None else select_terms(recipe))}
    with _pictures_lock:
        _pictures[recipe.slug] = (stamp, found)
    return found


def word_row(status: WordStatus, entry: SelectedTerm | None, has_picture: bool) -> dict[str, Any]:
    memory = status.anki
    term = entry.term if entry else None
    label = term.with_article if term else (memory.word if memory and memory.word else status.key.rsplit("/", 1)[-1])
    retrievability = memory.retrievability if memory else None
    colour = light(retrievability)
    symbol, light_word = LIGHTS[colour] if colour else ("–", "nog niet geoefend")
    return {
        "key": status.key, "word": label, "safety": bool(term and term.safety), "emoji": term.emoji if term else None,
        "has_picture": has_picture, "status": status.status, "status_label": STATUS_LABELS[status.status],
        "light": colour or "none", "symbol": symbol, "light_word": light_word,
        "percent": round(retrievability * 100) if retrievability is not None else None,
        "lapses": memory.lapses if memory and memory.reviews else None, "leech": bool(memory and memory.leech),
        "last_review": memory.last_review if memory else None,
        "anki_label": STATUS_LABELS[memory.status] if memory else None,
        "coach": COACH_LABELS.get(status.coach or ""), "coach_date": status.coach_date,
        "coach_newer": status.newer == COACH, "anki_newer": status.newer == ANKI}


@login_required
def progress(request: HttpRequest, pk: int) -> HttpResponse:
    item = own_learner(request, pk, "progress.view")
    learners_dir = projects.current().learners
    try:
        recipe = learner_recipe(item)
        entries = select_terms(recipe)
        plan = saved_plan(item, recipe)
    except VaktaalError as exc:
        return render(request, "vaktaal/error.html", {"title": "De voortgang kan niet worden gelezen",
                                                       "text": explain(exc)}, status=500)
    keys = plan.planned() + list(plan.later) if plan else [e.key for e in entries]
    problem = None
    try:
        words = learner_words(learners_dir, item.slug, recipe.slug, keys)
        statuses, anki = words.words, words.anki
    except VaktaalError as exc:  # a damaged progress file: say so, and keep the upload (it writes Anki's anew)
        statuses, anki, problem = [], None, explain(exc)
    by_key = {e.key: e for e in entries}
    pictures = recipe_pictures(recipe, entries)
    rows = [word_row(w, by_key.get(w.key), pictures.get(w.key) is not None) for w in statuses]
    counts = {label: sum(1 for w in statuses if w.status == status) for status, label in STATUS_LABELS.items()}
    return render(request, "vaktaal/coach/progress.html", {
        "learner": item, "recipe": recipe, "rows": rows, "counts": counts, "anki": anki, "problem": problem,
        "anki_language": language_name(anki.lang) if anki and anki.lang else "",
        "form": AnkiExportForm(), "max_mb": ANKI_EXPORT_MAX_BYTES // (1024 * 1024),
        "green_from": round(GREEN_FROM * 100), "red_below": round(RED_BELOW * 100)})


def export_name(uploaded: str | None) -> str:
    """The learner's file name as the messages and the progress file show it: no folders, no
    control characters, at most 100 characters (the end, with its suffix, kept)."""
    name = PurePosixPath((uploaded or "").replace("\\", "/")).name
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip()[-100:]
    return name if name and not name.startswith(".") else "export"


def _import(item: Learner, recipe: Recipe, upload: UploadedFile) -> tuple[SavedImport, tuple[str, ...]]:
    """Read the upload from a temporary folder that is removed when reading is done, whatever
    happens. Returns the import and the file's other languages of this deck."""
    learners_dir = projects.current().learners
    with tempfile.TemporaryDirectory(prefix="vaktaal-anki-upload-") as folder:
        path = Path(folder) / export_name(upload.name)
        with path.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        saved = import_anki_progress(learners_dir, item.slug, recipe, file=path)
        first = saved.imported
        if first.progress.lang != item.language and item.language in first.other_languages:
            # The file has the deck in more languages: the learner's own one is the one they review.
            saved = import_anki_progress(learners_dir, item.slug, recipe, file=path, lang=item.language)
    others = (first.progress.lang, *first.other_languages)
    return saved, tuple(code for code in others if code != saved.imported.progress.lang)


def _report(request: HttpRequest, recipe: Recipe, saved: SavedImport, others: tuple[str, ...]) -> None:
    imported, result = saved.imported, saved.imported.progress
    messages.success(request, n_("Read {source}: {count} word of {recipe} in {lang}.",
                                 "Read {source}: {count} words of {recipe} in {lang}.", imported.found).format(
        source=result.source, count=imported.found, recipe=recipe.name, lang=language_name(result.lang)) + " "
        + _("Weak: {weak}. Strong: {strong}. Not reviewed yet: {new}.").format(
        weak=result.count(WEAK), strong=result.count(STRONG), new=result.count(NEW)))
    if result.count(WEAK):
        messages.info(request, _("Weak words come back first in the next week pack."))
    if others:
        messages.warning(request, capfirst(_("the file also has this deck in {languages}; only {lang} was read").format(
            languages=", ".join(language_name(c) for c in others), lang=language_name(result.lang))) + ".")
    if not imported.reviewed:
        messages.warning(request, capfirst(_("none of these words has been reviewed yet; a deck package must be "
                                             "exported with 'Include scheduling information' ticked")) + ".")


@login_required
@require_POST
def import_export(request: HttpRequest, pk: int) -> HttpResponse:
    """The learner's Anki export, uploaded by the coach: read, reported, and not kept."""
    item = own_learner(request, pk, "progress.import")
    form = AnkiExportForm(request.POST, request.FILES)
    if not form.is_valid():
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, error)
        return redirect("progress", pk=item.pk)
    try:
        recipe = learner_recipe(item)
        saved, others = _import(item, recipe, form.cleaned_data["export"])
    except VaktaalError as exc:
        messages.error(request, explain(exc))  # as the library says it: it may start with a file name
        return redirect("progress", pk=item.pk)
    _report(request, recipe, saved, others)
    return redirect("progress", pk=item.pk)


@login_required
def picture(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    """A word's picture, only for a word of this learner's recipe (an SVG cleaned as in a deck)."""
    item = own_learner(request, pk, "progress.view")
    path = recipe_pictures(learner_recipe(item)).get(key)
    if path is None:
        raise Http404("no picture")
    response = HttpResponse(outgoing_bytes(path), content_type=picture_type(path))
    response.headers["Cache-Control"] = "private, max-age=3600"
    return response
