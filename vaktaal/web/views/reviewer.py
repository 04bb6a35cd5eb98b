"""The reviewer's pages: the queue (riskiest first), one translation at a time with picture and
sound; "goed", "corrigeren", "overslaan"; and the recording of the translation in their voice."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from vaktaal.audio import ensure_audio, find_audio
from vaktaal.audio.recordings import attach_recording
from vaktaal.content.languages import language_name, text_direction
from vaktaal.content.pictures import picture_path
from vaktaal.errors import VaktaalError
from vaktaal.review import ChangedMeanwhile, ReviewItem, Seen, Verdict, record_verdicts
from vaktaal.web import project as projects
from vaktaal.web import vocabulary
from vaktaal.web.permissions import require
from vaktaal.web.project import picture_type
from vaktaal.web.settings import RECORDING_MAX_BYTES
from vaktaal.web.views.common import explain

log = logging.getLogger("vaktaal.web.review")
RECORDING_TYPES = {"audio/webm": ".webm", "audio/ogg": ".ogg", "audio/mp4": ".m4a", "audio/mpeg": ".mp3",
                   "audio/wav": ".wav", "audio/x-wav": ".wav", "audio/aac": ".aac"}


def _languages(request: HttpRequest) -> list[str]:
    account = getattr(request.user, "account", None)
    return account.language_list if account is not None else []


def _skipped(request: HttpRequest) -> list[str]:
    return list(request.session.get("skipped", []))


def item_context(item: ReviewItem, *, remaining: int) -> dict[str, Any]:
    term = item.term
    return {"item": item, "term": term, "lang": item.lang, "language": language_name(item.lang),
            "direction": text_direction(item.lang), "remaining": remaining,
            "note": term.translation_notes.get(item.lang), "has_picture": term.picture_path is not None,
            "seen_translation": item.translation or "", "seen_reviewed": "1" if term.is_reviewed(item.lang) else "0",
            "recorded": item.lang in term.recording_paths}


@login_required
def queue(request: HttpRequest) -> HttpResponse:
    require(request, "review.queue")
    languages = _languages(request)
    wanted = request.GET.get("taal")
    if wanted:
        require(request, "review.view", wanted)
        languages = [wanted]
    items = vocabulary.review_queue(projects.current(), languages)
    skipped = set(_skipped(request))
    waiting = [i for i in items if f"{i.key}|{i.lang}" not in skipped]
    context: dict[str, Any] = {"languages": [(c, language_name(c)) for c in _languages(request)], "wanted": wanted,
                               "total": len(items), "skipped": len(items) - len(waiting)}
    if waiting:
        context.update(item_context(waiting[0], remaining=len(waiting)))
    return render(request, "vaktaal/review/queue.html", context)


def _found(project: projects.Project, key: str) -> vocabulary.Found:
    found = vocabulary.find(project, key)
    if found is None:
        raise Http404("no such term")
    return found


@login_required
@require_POST
def answer(request: HttpRequest) -> HttpResponse:
    key, lang, action = request.POST.get("key", ""), request.POST.get("lang", ""), request.POST.get("action", "")
    require(request, "review.answer", lang)
    if action == "overslaan":
        request.session["skipped"] = [*_skipped(request), f"{key}|{lang}"][-500:]
        return redirect("review_queue")
    if action == "opnieuw":
        request.session["skipped"] = []
        return redirect("review_queue")
    project = projects.current()
    found = _found(project, key)
    seen = Seen(request.POST.get("seen_translation") or None, request.POST.get("seen_reviewed") == "1")
    text = request.POST.get("translation", "").strip() if action == "corrigeren" else None
    if action == "corrigeren" and not text:
        messages.error(request, "Typ de goede vertaling in het vak, of kies 'goed' of 'overslaan'.")
        return redirect("review_queue")
    if action not in ("goed", "corrigeren"):
        raise Http404("unknown action")
    try:
        record_verdicts(found.path, [Verdict(found.term.id, lang, translation=text, seen=seen)])
    except ChangedMeanwhile as exc:
        # Someone else answered first: show what is there now and let this reviewer decide.
        return render(request, "vaktaal/review/conflict.html", {
            "key": key, "lang": lang, "term": found.term, "language": language_name(lang),
            "direction": text_direction(lang), "now": exc.now, "mine": text or seen.translation,
            "action": action, "now_translation": exc.now.translation or "",
            "now_reviewed": "1" if exc.now.reviewed else "0"}, status=409)
    except VaktaalError as exc:
        messages.error(request, explain(exc))
        return redirect("review_queue")
    log.info("review: user=%s key=%s lang=%s action=%s", request.user.get_username(), key, lang, action)
    messages.success(request, f"Opgeslagen: {found.term.with_article} – "
                              f"{'gecorrigeerd' if text else 'goedgekeurd'}.")
    return redirect("review_queue")


@login_required
def sound(request: HttpRequest, lang: str, slot: str, key: str) -> HttpResponse:
    """The Dutch word ('nl') or example ('example') spoken: a person's recording when there is one,
    else the synthetic voice from the cache (made offline if missing); ``lang``: the translation
    as a person recorded it."""
    require(request, "review.view", lang)
    term = _found(projects.current(), key).term
    recorded = term.recording_paths.get(slot) if slot in ("nl", "example", lang) else None
    if recorded is not None and Path(recorded).is_file():
        return FileResponse(Path(recorded).open("rb"), content_type="audio/mpeg")
    text = term.with_article if slot == "nl" else term.example if slot == "example" else None
    if not text:
        raise Http404("no such text")
    path = find_audio(text, projects.AUDIO) or ensure_audio([text], projects.AUDIO).files.get(text)
    if path is None:
        raise Http404("no recording")
    return FileResponse(Path(path).open("rb"), content_type="audio/mpeg")


@login_required
def picture(request: HttpRequest, lang: str, key: str) -> HttpResponse:
    require(request, "review.view", lang)
    found = _found(projects.current(), key)
    path = picture_path(found.term.picture_path, found.path)
    if path is None:
        raise Http404("no picture")
    return FileResponse(path.open("rb"), content_type=picture_type(path))


@login_required
@require_POST
def record(request: HttpRequest) -> HttpResponse:
    """The browser's recording of the translation, stored as the term's recording for ``lang``."""
    key, lang = request.POST.get("key", ""), request.POST.get("lang", "")
    require(request, "review.answer", lang)
    upload = request.FILES.get("audio")
    if upload is None:
        return JsonResponse({"ok": False, "message": "Er kwam geen opname mee."}, status=400)
    if upload.size is None or upload.size > RECORDING_MAX_BYTES:
        return JsonResponse({"ok": False, "message": "De opname is te lang."}, status=413)
    kind = (upload.content_type or "").split(";")[0].strip()
    if kind not in RECORDING_TYPES:
        return JsonResponse({"ok": False, "message": "Dit soort geluidsbestand ken ik niet."}, status=415)
    found = _found(projects.current(), key)
    with tempfile.TemporaryDirectory(prefix="vaktaal-rec-") as folder:
        source = Path(folder) / f"opname{RECORDING_TYPES[kind]}"
        with source.open("wb") as out:
            for chunk in upload.chunks():
                out.write(chunk)
        try:
            attach_recording(found.path, found.term.id, lang, source, by=request.user.get_username())
        except VaktaalError as exc:
            return JsonResponse({"ok": False, "message": explain(exc)}, status=400)
    log.info("recording: user=%s key=%s lang=%s", request.user.get_username(), key, lang)
    # Where the page plays it back at once (no reload needed).
    return JsonResponse({"ok": True, "message": "Opname opgeslagen.",
                         "sound": reverse("review_sound", args=[lang, lang, key])})
