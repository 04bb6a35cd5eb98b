"""The week pack: make it (``coaching.make_week``), view its pages, download the PDFs and a zip
of the folder for the learner's phone."""

from __future__ import annotations

import io
import mimetypes
import re
import zipfile
from pathlib import Path

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from vaktaal.coaching.learners import pack_dir
from vaktaal.coaching.make_week import make_week
from vaktaal.errors import VaktaalError
from vaktaal.web import project as projects
from vaktaal.web.middleware import csp_with_inline
from vaktaal.web.models import Learner
from vaktaal.web.views.coach import learner_recipe, own_learner, saved_plan
from vaktaal.web.views.common import explain

PHONE_FILES = ("index.html",)
PHONE_FOLDERS = ("audio", "images")
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def folder_of(pk: int, request: HttpRequest, week: int) -> tuple[Learner, Path]:
    item = own_learner(request, pk)
    return item, pack_dir(projects.current().exports, item.recipe, item.slug, week, lang=item.language)


@login_required
def week_page(request: HttpRequest, pk: int, week: int) -> HttpResponse:
    item, folder = folder_of(pk, request, week)
    plan = saved_plan(item, learner_recipe(item))
    if plan is None or not 1 <= week <= plan.week_count:
        raise Http404("no such week")
    return render(request, "vaktaal/coach/week.html", {
        "learner": item, "week": week, "made": (folder / "index.html").is_file(),
        "has_pdf": (folder / "werkblad.pdf").is_file(),
        "previous": week - 1 if week > 1 else None, "next": week + 1 if week < plan.week_count else None})


@login_required
@require_POST
def make_pack(request: HttpRequest, pk: int, week: int) -> HttpResponse:
    item = own_learner(request, pk, "learner.edit")
    project = projects.current()
    try:
        made = make_week(learner_recipe(item), week=week, lang=item.language, learner=item.slug,
                         learners_dir=project.learners, out_dir=project.exports, audio=projects.AUDIO,
                         profile=item.profile)
        pack = made.pack
        messages.success(request, f"Weekpakket {week} is klaar: {len(pack.new)} nieuwe woorden, "
                                  f"{len(pack.review)} om te herhalen.")
        for notice in made.notices:
            messages.info(request, notice)
        if made.files.missing_audio:
            messages.warning(request, f"Geen geluid voor {len(made.files.missing_audio)} teksten.")
    except VaktaalError as exc:
        messages.error(request, explain(exc))
    return redirect("week", pk=item.pk, week=week)


@login_required
def pack_file(request: HttpRequest, pk: int, week: int, name: str) -> HttpResponse:
    """A file of the pack: a page (with its own inline script allowed by hash), a PDF, a sound, a picture."""
    _item, folder = folder_of(pk, request, week)
    path = projects.inside(folder, name)
    if path is None:
        raise Http404("no such file in the pack")
    if path.suffix == ".html":
        html = path.read_text(encoding="utf-8")
        response = HttpResponse(html, content_type="text/html; charset=utf-8")
        response.headers["Content-Security-Policy"] = csp_with_inline(_SCRIPT.findall(html))
        return response
    download = request.GET.get("download") == "1"
    content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return FileResponse(path.open("rb"), as_attachment=download, filename=path.name, content_type=content_type)


@login_required
def phone_zip(request: HttpRequest, pk: int, week: int) -> HttpResponse:
    """index.html with audio/ and images/: unzip on the learner's phone and open index.html."""
    item, folder = folder_of(pk, request, week)
    if not (folder / "index.html").is_file():
        raise Http404("no pack made yet")
    buffer = io.BytesIO()
    top = f"week-{week:02d}"
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in PHONE_FILES:
            archive.write(folder / name, f"{top}/{name}")
        for sub in PHONE_FOLDERS:
            for path in sorted((folder / sub).rglob("*")) if (folder / sub).is_dir() else ():
                if path.is_file():
                    archive.write(path, f"{top}/{path.relative_to(folder).as_posix()}")
    response = HttpResponse(buffer.getvalue(), content_type="application/zip")
    filename = f"{item.slug}-week-{week:02d}.zip"
    response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
