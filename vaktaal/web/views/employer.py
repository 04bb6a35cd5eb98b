"""The employer's pages: their own terms (read, edit one, add one with a phone photo), a
spreadsheet upload with the same preview as ``vaktaal import --dry-run``, and the template."""

from __future__ import annotations

import datetime
import secrets
import shutil
import tempfile
from pathlib import Path
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.uploadedfile import UploadedFile
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from vaktaal.content.languages import language_name
from vaktaal.content.model import Sector
from vaktaal.content.pictures import picture_path
from vaktaal.content.sector_files import load_sector
from vaktaal.employers.adding import AddReport, TermInput, add_terms
from vaktaal.employers.editing import edit_term
from vaktaal.employers.overlays import employer_display_name, overlay_path, sector_file
from vaktaal.employers.sheets import read_term_inputs, write_template
from vaktaal.errors import VaktaalError
from vaktaal.web import project as projects
from vaktaal.web import vocabulary
from vaktaal.web.forms_employer import TermForm, UploadForm
from vaktaal.web.permissions import require
from vaktaal.web.project import picture_type
from vaktaal.web.views.common import explain


def employer_of(request: HttpRequest, employer: str, action: str = "employer.view") -> str:
    require(request, action, employer)
    return employer


@login_required
def own(request: HttpRequest) -> HttpResponse:
    """/werkgever/ -> the signed-in employer's own pages."""
    account = getattr(request.user, "account", None)
    require(request, "employer.view", account.employer if account is not None else "")
    return redirect("employer_terms", employer=account.employer)  # type: ignore[union-attr]


def base_sector(sector: str) -> Sector:
    return load_sector(sector_file(sector, projects.current().sectors))


@login_required
def terms(request: HttpRequest, employer: str) -> HttpResponse:
    slug = employer_of(request, employer)
    project = projects.current()
    own = [f for f in vocabulary.files(project) if (f.origin or "").startswith(slug + "/")
           or Path(f.path).parent == project.employers / slug]
    groups = []
    for file in own:
        sector = Path(file.path).stem
        rows = []
        for term in file.sector.terms if file.sector else ():
            rows.append({"term": term, "sector": sector, "has_picture": term.picture_path is not None,
                         "translations": [(code, language_name(code), text, term.is_reviewed(code))
                                          for code, text in term.translations.items()]})
        groups.append({"sector": sector, "rows": rows, "errors": [p.message for p in file.errors]})
    return render(request, "vaktaal/employer/terms.html", {
        "groups": groups, "employer": slug, "employer_name": employer_display_name(slug, project.employers)})


def _save_upload(upload: UploadedFile, folder: Path, name: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    with target.open("wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return target


@login_required
def add(request: HttpRequest, employer: str) -> HttpResponse:
    slug = employer_of(request, employer, "employer.edit")
    project = projects.current()
    form = TermForm(request.POST or None, request.FILES or None, sectors=project.sector_slugs(), adding=True)
    report: AddReport | None = None
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        photo = data.get("photo")
        temp = Path(tempfile.mkdtemp(prefix="vaktaal-photo-"))
        try:
            photo_path = _save_upload(photo, temp, "foto" + Path(photo.name).suffix.lower()) if photo else None
            name = employer_display_name(slug, project.employers)
            source = f"Werkgever {name}, toegevoegd in de app door {request.user.get_username()} " \
                     f"{datetime.date.today().isoformat()}"
            report = add_terms([TermInput(form.term_fields(), source=source, photo=photo_path)], employer=slug,
                               sector=base_sector(data["sector"]), employer_name=name,
                               employers_dir=project.employers)
        except VaktaalError as exc:
            messages.error(request, explain(exc))
        finally:
            shutil.rmtree(temp, ignore_errors=True)
        if report is not None and report.added:
            messages.success(request, f"'{report.added[0].term.with_article}' is toegevoegd. "
                                      "Een controleur kijkt de vertalingen na.")
            return redirect("employer_terms", employer=slug)
    return render(request, "vaktaal/employer/term_form.html", {
        "form": form, "adding": True, "problems": report.problems if report else (), "employer": slug})


@login_required
def edit(request: HttpRequest, employer: str, sector: str, term_id: str) -> HttpResponse:
    slug = employer_of(request, employer, "employer.edit")
    project = projects.current()
    found = vocabulary.find(project, f"{slug}/{sector}/{term_id}")
    if found is None:
        raise Http404("no such term")
    form = TermForm(request.POST or None, sectors=[sector], adding=False, term=found.term)
    if request.method == "POST" and form.is_valid():
        try:
            edit_term(overlay_path(slug, sector, project.employers), term_id, form.changes(found.term),
                      base=base_sector(sector))
            messages.success(request, "Opgeslagen.")
            return redirect("employer_terms", employer=slug)
        except VaktaalError as exc:
            messages.error(request, explain(exc))
    return render(request, "vaktaal/employer/term_form.html", {"form": form, "adding": False, "term": found.term,
                                                              "employer": slug})


@login_required
def photo(request: HttpRequest, employer: str, sector: str, term_id: str) -> HttpResponse:
    slug = employer_of(request, employer)
    found = vocabulary.find(projects.current(), f"{slug}/{sector}/{term_id}")
    path = picture_path(found.term.picture_path, found.path) if found else None
    if path is None:
        raise Http404("no photo")
    return FileResponse(path.open("rb"), content_type=picture_type(path))


@login_required
def template(request: HttpRequest, employer: str) -> HttpResponse:
    employer_of(request, employer)
    with tempfile.TemporaryDirectory(prefix="vaktaal-template-") as folder:
        path = Path(folder) / "woorden.xlsx"
        write_template(path)
        data = path.read_bytes()
    response = HttpResponse(data, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    response.headers["Content-Disposition"] = 'attachment; filename="vaktaal-woordenlijst.xlsx"'
    return response


def _inputs(path: Path, request: HttpRequest, slug: str) -> list[TermInput]:
    name = employer_display_name(slug, projects.current().employers)
    source = f"Werkgever {name}, import {path.name} door {request.user.get_username()} " \
             f"{datetime.date.today().isoformat()}"
    return read_term_inputs(path, source=source)


@login_required
def upload(request: HttpRequest, employer: str) -> HttpResponse:
    """Step 1 and 2: upload a sheet, see what would be added and which rows not (and why)."""
    slug = employer_of(request, employer, "employer.edit")
    project = projects.current()
    form = UploadForm(request.POST or None, request.FILES or None, sectors=project.sector_slugs())
    if request.method == "POST" and form.is_valid():
        sheet, sector = form.cleaned_data["sheet"], form.cleaned_data["sector"]
        token = secrets.token_hex(16)
        folder = project.uploads / token  # its own folder: a sheet's photo names cannot reach other files
        path = _save_upload(sheet, folder, "lijst" + Path(sheet.name).suffix.lower())
        try:
            report = add_terms(_inputs(path, request, slug), employer=slug, sector=base_sector(sector),
                               employer_name=employer_display_name(slug, project.employers),
                               employers_dir=project.employers, dry_run=True)
        except VaktaalError as exc:
            shutil.rmtree(folder, ignore_errors=True)
            messages.error(request, explain(exc))
            return render(request, "vaktaal/employer/upload.html", {"form": form, "employer": slug})
        request.session["upload"] = {"token": token, "sector": sector, "name": path.name,
                                     "original": sheet.name}
        return render(request, "vaktaal/employer/preview.html", {"report": report, "original": sheet.name,
                                                                  "sector": sector, "employer": slug})
    return render(request, "vaktaal/employer/upload.html", {"form": form, "employer": slug})


@login_required
@require_POST
def confirm(request: HttpRequest, employer: str) -> HttpResponse:
    """Step 3: add the good rows of the sheet previewed (through the same library call, for real)."""
    slug = employer_of(request, employer, "employer.edit")
    project = projects.current()
    pending: dict[str, Any] | None = request.session.pop("upload", None)
    if not pending:
        messages.error(request, "Er is geen lijst om toe te voegen. Upload hem opnieuw.")
        return redirect("employer_upload", employer=slug)
    folder = project.uploads / pending["token"]
    try:
        report = add_terms(_inputs(folder / pending["name"], request, slug), employer=slug,
                           sector=base_sector(pending["sector"]),
                           employer_name=employer_display_name(slug, project.employers),
                           employers_dir=project.employers)
        messages.success(request, f"{len(report.added)} woorden toegevoegd"
                                  + (f", {len(report.problems)} rijen niet" if report.problems else "") + ".")
    except VaktaalError as exc:
        messages.error(request, explain(exc))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return redirect("employer_terms", employer=slug)
