"""The issue's scenarios in real Chromium at phone size: a coach makes a week pack and records
progress, then reads the learner's Anki export and sees a red light; an employer uploads a sheet
with a bad row, fixes it and imports; a reviewer accepts one translation, corrects one and records
one (and hears it back at once), and the next deck has all of it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
import yaml
from browser import Server, launch, login, phone_pages, tone_wav
from conftest import PASSWORD
from employer_project import make_photo
from learner_phone import make_phone
from playwright.sync_api import expect, sync_playwright
from pypdf import PdfReader

from vaktaal.anki.media import content_name

RECORDED = "Opname opgeslagen."
SHOTS = os.environ.get("VAKTAAL_SCREENSHOTS")  # a folder: keep the phone screenshots there


@pytest.fixture(autouse=True)
def _sync_playwright_beside_django(monkeypatch):
    # Playwright's sync API keeps an event loop in this thread; the test's own database calls
    # (fixtures, teardown) are ordinary sync code, which Django would otherwise refuse.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="module")
def server():
    with Server() as running:
        yield running


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    wav = tone_wav(tmp_path_factory.mktemp("mic") / "stem.wav")
    with sync_playwright() as playwright:
        chromium = launch(playwright, fake_audio=wav)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def phone(project_template, tmp_path_factory):
    return make_phone(project_template, tmp_path_factory.mktemp("phone"))


def keep(path: Path, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        shutil.copy(path, Path(SHOTS) / name)


@pytest.fixture
def web(transactional_db, project, people, server, browser, tmp_path):
    """(base url, browser, screenshot function) with the project served."""
    def shot(page, name: str) -> Path:
        path = tmp_path / f"{name}.png"
        page.screenshot(path=path, full_page=True)
        keep(path, f"{name}.png")
        return path
    return server.url, browser, shot


def test_coach_makes_a_week_pack_records_progress_and_reads_the_anki_export(web, project, phone, tmp_path):
    base, browser, shot = web
    for page in phone_pages(browser, accept_downloads=True):
        login(page, base, "coach", PASSWORD)
        page.fill("input[name=name]", "Amal Tesfay")
        page.select_option("select[name=language]", "ti")
        page.select_option("select[name=profile]", "alfa")
        page.get_by_role("button", name="Toevoegen", exact=True).click()
        page.get_by_role("button", name="Maak het weekplan", exact=True).click()
        assert page.locator(".week").count() >= 2
        shot(page, "coach-plan")
        # Move the first word of week 1 to week 2 with the select (phones have no drag and drop).
        first = page.locator(".week[data-week='1'] .word").first
        key = first.get_attribute("data-key")
        first.locator("select").select_option("2")
        first.get_by_role("button", name="Verplaats").click()
        assert page.locator(f".week[data-week='2'] .word[data-key='{key}']").count() == 1
        plan = yaml.safe_load((project / "learners" / "amal-tesfay" / "plan.proef.yaml").read_text())
        assert key in plan["weeks"][2]

        page.get_by_role("link", name="Week 1", exact=True).click()
        page.get_by_role("button", name="Maak het weekpakket", exact=True).click()
        page.wait_for_selector("text=Weekpakket 1 is klaar", timeout=60_000)
        shot(page, "coach-week")
        with page.expect_download() as download:
            page.click("text=Zip voor de telefoon")
        names = __import__("zipfile").ZipFile(download.value.path()).namelist()
        assert "week-01/index.html" in names and any(n.startswith("week-01/audio/") for n in names)
        with page.expect_download() as download:
            page.click("text=Werkblad (PDF)")
        assert Path(download.value.path()).read_bytes()[:4] == b"%PDF"
        page.click("text=Geluidspagina bekijken")
        assert page.locator("audio, button").count() > 0
        page.go_back()

        page.click("text=Na het uur")
        words = page.locator(".checklist li")
        assert words.count() >= 1
        words.first.locator("text=nog niet").click()
        shot(page, "coach-checklist")
        page.get_by_role("button", name="Opslaan", exact=True).click()
        page.wait_for_selector("text=opgeslagen")
        progress = yaml.safe_load((project / "learners" / "amal-tesfay" / "progress.yaml").read_text())
        assert len(progress["weeks"][1]["not_yet"]) == 1
        assert progress["weeks"][1]["known"]

        # Amal sent her AnkiDroid export: the coach uploads it and sees the weak words in red.
        page.click("text=Voortgang bekijken")
        page.set_input_files("input[name=export]", str(phone["files"] / "amal.colpkg"))
        page.get_by_role("button", name="Inlezen", exact=True).click()
        page.wait_for_selector("text=amal.colpkg gelezen: 10 woorden")
        weak = page.locator(f"tr[data-key='{phone['words']['weak']}']")
        expect(weak.locator(".light.red")).to_contain_text("laag")
        expect(weak.locator(".light.red .dot")).to_have_text("✗")
        assert page.locator(".light.green").count() >= 1
        assert (project / "learners" / "amal-tesfay" / "anki-progress.proef.yaml").is_file()
        assert not list(project.rglob("*.colpkg"))
        shot(page, "coach-progress")
        # Printed for the coach's folder: one A4 list, no menu, form or buttons.
        pdf = tmp_path / "voortgang.pdf"
        page.pdf(path=str(pdf), format="A4")
        keep(pdf, "coach-progress-print.pdf")
        printed = PdfReader(pdf)
        box = printed.pages[0].mediabox
        assert (int(box.width), int(box.height)) == (595, 842)  # A4 in points
        text = "\n".join(p.extract_text() for p in printed.pages)
        assert "Voortgang Amal Tesfay" in text and "laag" in text and "brandblusser" in text
        for absent in ("Inlezen", "Uitloggen", "Afdrukken", "AnkiDroid"):
            assert absent not in text, absent


def _sheet(path: Path, article: str) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "Woorden"
    sheet.append(["woord", "lidwoord", "meervoud", "veiligheid", "vertaling_en"])
    sheet.append(["zetbank", article, "zetbanken", "nee", "bending bench"])
    sheet.append(["snijbrander", "de", "snijbranders", "ja", "cutting torch"])
    book.save(path)
    return path


def test_employer_fixes_a_bad_row_and_imports(web, project, tmp_path):
    base, browser, shot = web
    for page in phone_pages(browser):
        login(page, base, "smit", PASSWORD)
        page.click("text=Excel-lijst uploaden")
        page.select_option("select[name=sector]", "metaal")
        page.set_input_files("input[name=sheet]", str(_sheet(tmp_path / "lijst.xlsx", "der")))
        page.get_by_role("button", name="Bekijken", exact=True).click()
        problems = page.locator(".problems").inner_text()
        assert "rij 2" in problems and "zetbank" in problems and "der" in problems
        shot(page, "employer-preview")
        page.click("text=Andere lijst uploaden")
        page.select_option("select[name=sector]", "metaal")
        page.set_input_files("input[name=sheet]", str(_sheet(tmp_path / "lijst.xlsx", "de")))
        page.get_by_role("button", name="Bekijken", exact=True).click()
        assert page.locator(".problems").count() == 0
        page.get_by_role("button", name="Toevoegen (2)", exact=True).click()
        page.wait_for_selector("text=2 woorden toegevoegd")
        overlay = yaml.safe_load((project / "employers" / "smit" / "metaal.yaml").read_text())
        assert {"zetbank", "snijbrander"} <= {t["id"] for t in overlay["terms"]}

        page.click("text=Woord toevoegen")
        page.select_option("select[name=sector]", "metaal")
        page.fill("input[name=nl]", "afzuiging")
        page.select_option("select[name=article]", "de")
        page.set_input_files("input[name=photo]", str(make_photo(tmp_path / "IMG_0001.jpg")))
        shot(page, "employer-add")
        page.get_by_role("button", name="Toevoegen", exact=True).click()
        page.wait_for_selector("text=is toegevoegd")
        assert page.locator("img.thumb").count() == 1
        shot(page, "employer-terms")
        photo = project / "employers" / "smit" / "images" / "afzuiging.jpg"
        from PIL import Image

        with Image.open(photo) as image:
            assert max(image.size) <= 1024 and not image.getexif()


def test_reviewer_accepts_corrects_and_records_and_the_next_deck_has_it(web, project, tmp_path):
    base, browser, shot = web
    for page in phone_pages(browser, permissions=["microphone"]):
        login(page, base, "rev-ti", PASSWORD)
        assert page.locator(".tag.danger").count() == 1  # safety words come first
        shot(page, "reviewer-phone")
        accepted = page.locator("h1.dutch").inner_text()
        page.get_by_role("button", name="✓ goed").click()
        page.wait_for_selector("text=goedgekeurd")
        corrected = page.locator("h1.dutch").inner_text()
        assert corrected != accepted
        page.click("text=corrigeren")
        page.fill("textarea[name=translation]", "ቆብዕ ብየዳ")
        page.get_by_role("button", name="Correctie opslaan", exact=True).click()
        page.wait_for_selector("text=gecorrigeerd")
        recorded = page.locator("h1.dutch").inner_text()
        page.get_by_role("button", name="🎤 Opnemen").click()
        page.wait_for_timeout(1500)
        page.get_by_role("button", name="■ Stop").click()
        status = page.locator(".recorder .status")
        expect(status).to_have_text(RECORDED, timeout=30_000)
        # The new recording can be heard at once, beside the translation, without a reload.
        player = page.locator(".translation audio.own")
        expect(player).to_have_count(1)
        source = player.get_attribute("src")
        assert source and source.startswith("/controle/geluid/ti/ti/")
        heard = page.evaluate("async (src) => { const r = await fetch(src); "
                              "return [r.status, r.headers.get('content-type'), (await r.arrayBuffer()).byteLength]; }",
                              source)
        assert heard[0] == 200 and heard[1] == "audio/mpeg" and heard[2] > 1000
        shot(page, "reviewer-recorded")
    terms = {t["nl"]: t for t in yaml.safe_load((project / "sectors" / "proef.yaml").read_text())["terms"]}

    def term(shown: str) -> dict:
        return terms[shown.split(" ", 1)[1] if shown.split(" ", 1)[0] in ("de", "het") else shown]

    def terms_now() -> dict:
        return {t["id"]: t for t in yaml.safe_load((project / "sectors" / "proef.yaml").read_text())["terms"]}

    assert "ti" in term(accepted)["reviewed"]
    assert term(corrected)["translations"]["ti"] == "ቆብዕ ብየዳ" and "ti" in term(corrected)["reviewed"]

    # The next deck: a coach builds it for a Tigrinya learner and Anki imports it.
    for page in phone_pages(browser, accept_downloads=True):
        login(page, base, "coach", PASSWORD)
        page.fill("input[name=name]", "Yonas")
        page.select_option("select[name=language]", "ti")
        page.get_by_role("button", name="Toevoegen", exact=True).click()
        page.get_by_role("button", name="Deck maken", exact=True).click()
        page.wait_for_selector("text=Het deck is klaar", timeout=60_000)
        with page.expect_download() as download:
            page.click("text=Deck downloaden")
        apkg = tmp_path / "proef.ti.apkg"
        download.value.save_as(apkg)
    notes = _anki_notes(apkg, tmp_path / "anki")
    assert notes[term(accepted)["id"]]["TranslationStatus"] == ""
    assert notes[term(corrected)["id"]]["Translation"] == "ቆብዕ ብየዳ"
    assert notes[term(corrected)["id"]]["TranslationStatus"] == ""
    recording = terms_now()[term(recorded)["id"]]["recordings"]["ti"]
    assert (project / "sectors" / recording).is_file()
    assert notes[term(recorded)["id"]]["TranslationStatus"] != ""  # recorded, not yet accepted
    # The reviewer's voice is in the deck, as the translation's sound.
    assert content_name(project / "sectors" / recording) in notes[term(recorded)["id"]]["TranslationAudio"]


def _anki_notes(apkg: Path, folder: Path) -> dict[str, dict[str, str]]:
    """Word id -> fields, as Anki sees them after importing the package."""
    from anki.collection import Collection, ImportAnkiPackageRequest

    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    try:
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
        found = {}
        for nid in col.find_notes(""):
            note = col.get_note(nid)
            fields = dict(note.items())
            found[_term_id(fields)] = fields
        return found
    finally:
        col.close()


def _term_id(fields: dict[str, str]) -> str:
    words = {"laskap": "laskap", "brandblusser": "brandblusser", "Pas op!": "pas-op", "noodstop": "noodstop",
             "hamer": "hamer", "zaag": "zaag", "gereedschap": "gereedschap", "boor": "boor",
             "Kun je dat herhalen?": "kun-je-dat-herhalen", "werkbank": "werkbank"}
    return words.get(fields["Word"], fields["Word"])


def test_coach_drags_a_word_to_another_week_on_a_computer(web, project, learner):
    base, browser, _shot = web
    context = browser.new_context(viewport={"width": 1280, "height": 2400})
    try:
        page = context.new_page()
        login(page, base, "coach", PASSWORD)
        page.goto(f"{base}/coach/cursist/{learner.pk}/")
        word = page.locator(".week[data-week='1'] .word").first
        key = word.get_attribute("data-key")
        # Source and target in one screen: a scroll in the middle of a drag moves the start point.
        word.locator(".label").drag_to(page.locator(".week[data-week='3'] h3"))
        page.wait_for_selector(f".week[data-week='3'] .word[data-key='{key}']")
        plan = yaml.safe_load((project / "learners" / "amal" / "plan.proef.yaml").read_text())
        assert key in plan["weeks"][3]
    finally:
        context.close()
