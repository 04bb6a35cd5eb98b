"""The coach's pages: learners, a learner's plan (move words), the check after the hour, decks."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from vaktaal.anki import build_recipe, deck_audio
from vaktaal.coaching.checklist import record_week
from vaktaal.coaching.curriculum import Plan
from vaktaal.coaching.learner_plan import move_word, save_plan
from vaktaal.coaching.learners import anki_progress_path, learner_slug, plan_path, progress_path
from vaktaal.coaching.plan_file import read_plan
from vaktaal.coaching.progress_file import read_progress
from vaktaal.coaching.week_words import week_words
from vaktaal.content.format_rules import slugify
from vaktaal.content.languages import LEARNER_LANGUAGES, language_name, text_direction
from vaktaal.errors import VaktaalError
from vaktaal.progress.store import read_anki_progress
from vaktaal.recipes import Recipe, SelectedTerm, load_recipe, recipe_entries, select_terms
from vaktaal.web import project as projects
from vaktaal.web.models import PROFILES, Learner
from vaktaal.web.permissions import require
from vaktaal.web.views.common import explain


class LearnerForm(forms.Form):
    name = forms.CharField(label="Naam", max_length=100)
    language = forms.ChoiceField(label="Eigen taal")
    profile = forms.ChoiceField(label="Profiel", choices=PROFILES)
    recipe = forms.ChoiceField(label="Woordenlijst (deck)")

    def __init__(self, *args: Any, recipes: list[str], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [(c, f"{language_name(c)} ({c})") for c in LEARNER_LANGUAGES]
        self.fields["recipe"].choices = [(r, r) for r in recipes]


def unique_learner_slug(name: str) -> str:
    """The library's folder slug for the name; a name without Latin letters gets 'cursist'."""
    base = slugify(name) or "cursist"
    slug, n = base, 2
    while Learner.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return learner_slug(slug)


@login_required
def learners(request: HttpRequest) -> HttpResponse:
    require(request, "learners.list")
    project = projects.current()
    form = LearnerForm(request.POST or None, recipes=project.recipes())
    if request.method == "POST":
        require(request, "learner.create")
        if form.is_valid():
            data = form.cleaned_data
            learner = Learner.objects.create(name=data["name"].strip(), slug=unique_learner_slug(data["name"]),
                                             language=data["language"], profile=data["profile"],
                                             recipe=data["recipe"], coach=request.user)
            messages.success(request, f"{learner.name} is toegevoegd.")
            return redirect("learner", pk=learner.pk)
    rows = [{"learner": item, "language": language_name(item.language)}
            for item in Learner.objects.filter(coach=request.user)]
    return render(request, "vaktaal/coach/learners.html", {"rows": rows, "form": form})


def own_learner(request: HttpRequest, pk: int, action: str = "learner.view") -> Learner:
    learner = get_object_or_404(Learner, pk=pk)
    require(request, action, learner)
    return learner


def learner_recipe(learner: Learner) -> Recipe:
    return load_recipe(projects.current().recipe_path(learner.recipe))


def saved_plan(learner: Learner, recipe: Recipe) -> Plan | None:
    path = plan_path(projects.current().learners, learner.slug, recipe.slug)
    return read_plan(path) if path.is_file() else None


def word_rows(keys: tuple[str, ...] | list[str], by_key: dict[str, SelectedTerm], lang: str) -> list[dict[str, Any]]:
    rows = []
    for key in keys:
        entry = by_key.get(key)
        term = entry.term if entry else None
        rows.append({"key": key, "word": term.with_article if term else key, "safety": bool(term and term.safety),
                     "gloss": term.translations.get(lang, "") if term else "",
                     "emoji": term.emoji if term else None})
    return rows


@login_required
def learner(request: HttpRequest, pk: int) -> HttpResponse:
    item = own_learner(request, pk)
    try:
        recipe = learner_recipe(item)
        entries = select_terms(recipe)
        plan = saved_plan(item, recipe)
    except VaktaalError as exc:
        return render(request, "vaktaal/error.html", {"title": "Dit plan kan niet worden gelezen",
                                                       "text": explain(exc)}, status=500)
    by_key = {e.key: e for e in entries}
    weeks = []
    if plan is not None:
        progress = read_progress(progress_path(projects.current().learners, item.slug), item.slug)
        for number in range(1, plan.week_count + 1):
            record = progress.weeks.get(number)
            weeks.append({"number": number, "words": word_rows(plan.new_words(number), by_key, item.language),
                          "checked": record is not None})
    return render(request, "vaktaal/coach/learner.html", {
        "learner": item, "language": language_name(item.language), "direction": text_direction(item.language),
        "plan": plan, "weeks": weeks, "recipe": recipe,
        "later": word_rows(plan.later, by_key, item.language) if plan else [],
        "week_numbers": range(1, plan.week_count + 1) if plan else [], "deck_ready": deck_path(item).is_file()})


@login_required
@require_POST
def make_plan(request: HttpRequest, pk: int) -> HttpResponse:
    item = own_learner(request, pk, "learner.edit")
    try:
        save_plan(learner_recipe(item), learners_dir=projects.current().learners, learner=item.slug,
                  profile=item.profile)
        messages.success(request, "Het plan is gemaakt: veiligheidswoorden eerst.")
    except VaktaalError as exc:
        messages.error(request, explain(exc))
    return redirect("learner", pk=item.pk)


@login_required
@require_POST
def move(request: HttpRequest, pk: int) -> HttpResponse:
    item = own_learner(request, pk, "learner.edit")
    key, target = request.POST.get("key", ""), request.POST.get("week", "")
    try:
        week = None if target == "later" else int(target)
        move_word(learner_recipe(item), learners_dir=projects.current().learners, learner=item.slug, key=key,
                  week=week)
        messages.success(request, f"Verplaatst naar {'later' if week is None else f'week {week}'}.")
    except ValueError:
        messages.error(request, "Kies een week.")
    except VaktaalError as exc:
        messages.error(request, explain(exc))
    return redirect("learner", pk=item.pk)


@login_required
def checklist(request: HttpRequest, pk: int, week: int) -> HttpResponse:
    """After the hour: tap per word 'kent het' or 'nog niet'; written as the learner's progress."""
    item = own_learner(request, pk)
    project = projects.current()
    recipe = learner_recipe(item)
    plan = saved_plan(item, recipe)
    if plan is None or not 1 <= week <= plan.week_count:
        raise Http404("no such week")
    progress = read_progress(progress_path(project.learners, item.slug), item.slug)
    # The same words as the pack's checklist: also those the learner's Anki export says are weak.
    anki = read_anki_progress(anki_progress_path(project.learners, item.slug, recipe.slug))
    words = week_words(plan, progress, week, anki)
    by_key = {e.key: e for e in select_terms(recipe)}
    if request.method == "POST":
        require(request, "learner.edit", item)
        answers = {key: request.POST.get(f"w-{key}") for key in words.all}
        known = [k for k, v in answers.items() if v == "known"]
        not_yet = [k for k, v in answers.items() if v == "not_yet"]
        try:
            result = record_week(project.learners, item.slug, week, recipe=recipe.slug, known=known,
                                 not_yet=not_yet, all_known=not not_yet)
            messages.success(request, f"Week {week} opgeslagen: {len(result.known)} woorden gekend, "
                                      f"{len(result.not_yet)} nog niet (die komen volgende week eerst terug).")
            return redirect("learner", pk=item.pk)
        except VaktaalError as exc:
            messages.error(request, explain(exc))
    record = progress.weeks.get(week)
    rows = word_rows(list(words.all), by_key, item.language)
    for row in rows:
        row["status"] = "not_yet" if record and row["key"] in record.not_yet else "known"
        row["field"] = f"w-{row['key']}"
        row["new"] = row["key"] in words.new
    return render(request, "vaktaal/coach/checklist.html", {
        "learner": item, "week": week, "rows": rows, "direction": text_direction(item.language)})


def deck_path(item: Learner) -> Any:
    return projects.current().exports / f"{item.recipe}.{item.language}.apkg"


@login_required
def deck(request: HttpRequest, pk: int) -> HttpResponse:
    """POST builds the learner's deck (recipe, own language); GET downloads it."""
    item = own_learner(request, pk)
    path = deck_path(item)
    if request.method == "POST":
        require(request, "learner.edit", item)
        try:
            recipe = learner_recipe(item)
            entries = recipe_entries(recipe)
            audio = deck_audio(entries, engine="espeak")
            report = build_recipe(recipe, [item.language], projects.current().exports, entries=entries,
                                  audio=audio.files)[0]
            messages.success(request, f"Het deck is klaar: {report.notes} woorden, {report.cards} kaarten"
                                      + (f", {report.unreviewed} vertalingen nog niet gecontroleerd"
                                         if report.unreviewed else "") + ".")
        except VaktaalError as exc:
            messages.error(request, explain(exc))
        return redirect("learner", pk=item.pk)
    if not path.is_file():
        raise Http404("no deck built yet")
    return FileResponse(path.open("rb"), as_attachment=True, filename=path.name,
                        content_type="application/octet-stream")
