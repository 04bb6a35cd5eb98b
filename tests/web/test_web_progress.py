"""The coach's progress page (issue 13, web part): per word the picture, the status, today's
memory as a traffic light, lapses, last review and the coach's own tick; the upload of the
learner's Anki export, built here with the real ``anki`` library as the progress tests do."""

from __future__ import annotations

import io
import json
import re
import tempfile
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from learner_phone import make_phone

from vaktaal.cli.main import cli
from vaktaal.coaching.plan_file import read_plan
from vaktaal.web.models import Learner
from vaktaal.web.settings import ANKI_EXPORT_MAX_BYTES


@pytest.fixture(scope="module")
def phone(project_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    return make_phone(project_template, tmp_path_factory.mktemp("phone"))


def _upload(client, learner, path: Path, name: str | None = None):
    data = io.BytesIO(path.read_bytes())
    data.name = name or path.name
    return client.post(f"/coach/cursist/{learner.pk}/voortgang/anki/", {"export": data}, follow=True)


def _rows(page: str) -> dict[str, dict]:
    """data-key -> status, light and percentage, as the page shows them."""
    rows = {}
    for match in re.finditer(r'<tr class="is-(\w+)" data-key="([^"]+)">(.*?)</tr>', page, re.DOTALL):
        status, key, cells = match.groups()
        light = re.search(r'<span class="light (\w+)"><span class="dot" aria-hidden="true">(.)</span> '
                          r'(?:(\d+)% )?([^<]+)</span>', cells)
        assert light, cells
        rows[key] = {"status": status, "light": light[1], "symbol": light[2],
                     "percent": int(light[3]) if light[3] else None, "word": light[4], "cells": cells}
    return rows


@pytest.fixture
def clean_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every temporary file of the request goes here, so a test can see that none is left."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_the_page_before_any_import_explains_how_to_export(as_user, learner):
    page = as_user("coach").get(f"/coach/cursist/{learner.pk}/voortgang/").content.decode()
    assert "Voortgang" in page and "Amal ዓማል" in page
    assert "nog geen Anki-export ingelezen" in page and "Nog niets bekend over de woorden" in page
    # How the learner exports from AnkiDroid, in plain Dutch (the README's steps).
    for step in ("Open AnkiDroid", "⋮", "Exporteren", "Anki verzamelingspakket (.colpkg)", "Delen",
                 "Planningsinformatie toevoegen", "AnkiDroid/backup", "gooit het daarna meteen weg"):
        assert step in page, step
    assert 'enctype="multipart/form-data"' in page and 'name="export"' in page
    assert "Voortgang bekijken" in as_user("coach").get(f"/coach/cursist/{learner.pk}/").content.decode()


def test_upload_shows_each_word_with_a_traffic_light_and_keeps_no_file(as_user, learner, project, phone, clean_temp):
    client = as_user("coach")
    response = _upload(client, learner, phone["files"] / "amal.colpkg")
    assert response.status_code == 200
    page = response.content.decode()
    assert ("amal.colpkg gelezen: 10 woorden van Vaktaal Proef in het Tigrinya. "
            "Zwak: 2. Sterk: 1. Nog niet geoefend: 7.") in page
    assert "Zwakke woorden komen in het volgende weekpakket als eerste terug." in page
    rows = _rows(page)
    words = phone["words"]
    weak, lapsed, strong = rows[words["weak"]], rows[words["lapsed"]], rows[words["strong"]]
    assert (weak["status"], weak["light"], weak["symbol"], weak["word"]) == ("weak", "red", "✗", "laag")
    assert weak["percent"] < 70
    assert (lapsed["status"], lapsed["light"]) == ("weak", "red") and "6×" in lapsed["cells"]
    assert (strong["status"], strong["light"], strong["symbol"], strong["word"]) == ("strong", "green", "✓", "hoog")
    assert strong["percent"] >= 90
    new = [r for key, r in rows.items() if key not in words.values()]
    assert len(new) == 7 and all((r["status"], r["light"], r["word"]) == ("new", "none", "nog niet geoefend")
                                 for r in new)
    assert "Anki-export ingelezen op" in page and "(amal.colpkg, Tigrinya)" in page
    # The picture of a word beside it, served for this learner's words only.
    assert f'src="/coach/cursist/{learner.pk}/plaatje/proef/laskap"' in page
    # Saved beside the coach's record; the learner's file itself is kept nowhere.
    assert (project / "learners" / "amal" / "anki-progress.proef.yaml").is_file()
    assert not (project / "learners" / "amal" / "progress.yaml").exists()
    assert not [p for p in project.rglob("*") if p.suffix == ".colpkg"]
    assert list(clean_temp.iterdir()) == []


def test_the_page_shows_what_progress_show_json_says(as_user, learner, project, phone):
    client = as_user("coach")
    _upload(client, learner, phone["files"] / "amal.colpkg")
    page = client.get(f"/coach/cursist/{learner.pk}/voortgang/").content.decode()
    result = CliRunner().invoke(cli, ["progress", "show", "amal", "--learners", str(project / "learners"),
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    shown = json.loads(result.output)
    rows = _rows(page)
    assert list(rows) == [item["term"] for item in shown]  # the same words, in the same order
    for item in shown:
        row = rows[item["term"]]
        assert row["status"] == item["status"]
        expected = None if item["retrievability"] is None else round(item["retrievability"] * 100)
        assert row["percent"] == expected
        if item["reviews"]:
            assert f"{item['lapses']}×" in row["cells"]


def test_the_coachs_tick_beside_anki_and_which_is_newer(as_user, learner, project, phone):
    client = as_user("coach")
    _upload(client, learner, phone["files"] / "amal.colpkg")
    words = phone["words"]
    week1 = read_plan(project / "learners" / "amal" / "plan.proef.yaml").new_words(1)
    answers = {f"w-{key}": "known" for key in week1}  # today, after Anki's last review
    assert client.post(f"/coach/cursist/{learner.pk}/week/1/afvinken/", answers).status_code == 302
    rows = _rows(client.get(f"/coach/cursist/{learner.pk}/voortgang/").content.decode())
    lapsed = rows[words["lapsed"]]
    today = date.today()
    assert lapsed["status"] == "strong"  # the coach's check is newer than Anki's "weak"
    assert f'kent het · <span class="date">{today.day}-{today.month}-{today.year}</span>' in lapsed["cells"]
    assert "nieuwer dan Anki" in lapsed["cells"] and "Anki: zwak" in lapsed["cells"]
    assert "Anki is nieuwer" not in lapsed["cells"]


def test_weak_words_from_anki_are_on_the_checklist_after_the_hour(as_user, learner, project, phone):
    """Week 4 repeats week 2's words only; the words Anki says are weak come back too (as in the
    week pack), and the coach can tick them."""
    client = as_user("coach")
    _upload(client, learner, phone["files"] / "amal.colpkg")
    words = phone["words"]
    page = client.get(f"/coach/cursist/{learner.pk}/week/4/afvinken/").content.decode()
    assert f'name="w-{words["weak"]}"' in page and f'name="w-{words["lapsed"]}"' in page
    assert f'name="w-{words["strong"]}"' not in page
    answers = {f"w-{words['weak']}": "not_yet", f"w-{words['lapsed']}": "known"}
    assert client.post(f"/coach/cursist/{learner.pk}/week/4/afvinken/", answers).status_code == 302
    recorded = yaml.safe_load((project / "learners" / "amal" / "progress.yaml").read_text())["weeks"][4]
    assert recorded["not_yet"] == [words["weak"]] and words["lapsed"] in recorded["known"]


def test_the_learners_own_language_is_read_when_the_file_has_two(as_user, learner, project, phone):
    page = _upload(as_user("coach"), learner, phone["files"] / "twee-talen.colpkg").content.decode()
    assert "10 woorden van Vaktaal Proef in het Tigrinya" in page
    assert "Het bestand heeft dit deck ook in het Arabisch; alleen het Tigrinya is gelezen.</li>" in page
    assert _rows(page)[phone["words"]["weak"]]["light"] == "red"


def test_a_deck_package_without_scheduling_says_so(as_user, learner, phone):
    page = _upload(as_user("coach"), learner, phone["files"] / "zonder-planning.apkg").content.decode()
    assert "Geen van deze woorden is al geoefend; exporteer een deckpakket met " \
           "&#x27;Planningsinformatie toevoegen&#x27; aangevinkt.</li>" in page


@pytest.mark.parametrize(("name", "content", "expected"), [
    ("amal.txt", b"hallo, dit is geen Anki", "amal.txt is geen Anki-export (exporteer in Anki of AnkiDroid"),
    ("amal.colpkg", b"PK\x03\x04 cut off", "amal.colpkg is beschadigd en kan niet worden gelezen"),
    ("leeg.colpkg", b"", "Het verstuurde bestand is leeg."),
    # Over 2 MB an upload is held in a temporary file by Django: that one is removed too.
    ("groot.colpkg", b"PK\x03\x04" + bytes(3 * 1024 * 1024), "groot.colpkg is beschadigd en kan niet worden gelezen"),
], ids=["not-anki", "cut-off", "empty", "cut-off-over-2-mb"])
def test_a_bad_file_gets_a_clear_message_and_changes_nothing(as_user, learner, project, clean_temp, name, content,
                                                             expected):
    data = io.BytesIO(content)
    data.name = name
    response = as_user("coach").post(f"/coach/cursist/{learner.pk}/voortgang/anki/", {"export": data}, follow=True)
    assert response.status_code == 200
    page = response.content.decode()
    assert '<li class="msg error">' + expected in page
    assert not (project / "learners" / "amal" / "anki-progress.proef.yaml").exists()
    assert list(clean_temp.iterdir()) == []


def test_a_damaged_real_export_is_named(as_user, learner, phone, tmp_path):
    cut = tmp_path / "amal.colpkg"
    cut.write_bytes((phone["files"] / "amal.colpkg").read_bytes()[:600])
    page = _upload(as_user("coach"), learner, cut).content.decode()
    assert '<li class="msg error">amal.colpkg is beschadigd en kan niet worden gelezen (' in page
    assert "(exporteer opnieuw en kopieer het hele bestand: een bestand via chat of e-mail komt soms maar half " \
           "aan)" in page


def test_a_damaged_progress_file_is_named_and_a_new_upload_writes_it_anew(as_user, learner, project, phone):
    stored = project / "learners" / "amal" / "anki-progress.proef.yaml"
    stored.write_text("words: [kapot\n", encoding="utf-8")
    client = as_user("coach")
    page = client.get(f"/coach/cursist/{learner.pk}/voortgang/").content.decode()
    assert '<p class="msg error">' in page and "anki-progress.proef.yaml kan niet worden gelezen" in page
    assert 'name="export"' in page  # the upload is still there: it writes the file anew
    page = _upload(client, learner, phone["files"] / "amal.colpkg").content.decode()
    assert len(_rows(page)) == 10 and "kan niet worden gelezen" not in page


def test_an_export_over_the_limit_is_refused_before_reading(as_user, learner, project):
    data = io.BytesIO(b"PK" + b"\0" * ANKI_EXPORT_MAX_BYTES)
    data.name = "groot.colpkg"
    page = as_user("coach").post(f"/coach/cursist/{learner.pk}/voortgang/anki/", {"export": data},
                                 follow=True).content.decode()
    assert "Het bestand is te groot (meer dan 10 MB)." in page
    assert not (project / "learners" / "amal" / "anki-progress.proef.yaml").exists()


def test_no_file_chosen(as_user, learner):
    page = as_user("coach").post(f"/coach/cursist/{learner.pk}/voortgang/anki/", {}, follow=True).content.decode()
    assert '<li class="msg error">Dit veld is verplicht.' in page


def test_names_and_file_names_are_escaped(as_user, people, project, phone):
    item = Learner.objects.create(name="<script>alert(1)</script>", slug="script", language="ti", profile="alfa",
                                  recipe="proef", coach=people["coach"])
    client = as_user("coach")
    page = _upload(client, item, phone["files"] / "amal.colpkg", name="<img src=x onerror=alert(1)>.colpkg"
                   ).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<img src=x" not in page and "&lt;img src=x onerror=alert(1)&gt;.colpkg" in page
    assert len(_rows(page)) == 10  # no plan yet: the recipe's words


def test_pictures_only_for_the_learners_words(as_user, learner):
    client = as_user("coach")
    picture = client.get(f"/coach/cursist/{learner.pk}/plaatje/proef/laskap")
    assert picture.status_code == 200 and picture["Content-Type"] == "image/png"
    assert picture.content[:4] == b"\x89PNG"
    assert client.get(f"/coach/cursist/{learner.pk}/plaatje/proef/hamer").status_code == 404  # an emoji, no file
    assert client.get(f"/coach/cursist/{learner.pk}/plaatje/smit/metaal/kantbank").status_code == 404
    assert client.get(f"/coach/cursist/{learner.pk}/plaatje/../../etc/passwd").status_code == 404


def test_the_page_prints_as_one_clean_list():
    css = (Path(__file__).resolve().parents[2] / "vaktaal" / "web" / "static" / "vaktaal" / "app.css").read_text()
    printing = css[css.index("@media print"):]
    assert "size: A4" in printing
    assert ".top, .no-print, .messages, form, button { display: none !important; }" in printing
