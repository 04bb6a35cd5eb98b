"""vaktaal week: the pack folder, its pages, PDFs that really show every script, and the audio
page working in a real browser (headless Chromium)."""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from coach_project import TERMS, write_project
from pdf_text import pdf_fonts, pdf_text, pdf_words
from pypdf import PdfReader

from vaktaal.audio import AudioOptions
from vaktaal.cli.main import cli
from vaktaal.coaching import Progress, assemble_week, make_plan, make_week, save_plan
from vaktaal.coaching.exercises import build_exercises
from vaktaal.coaching.week_source import work_floor_terms
from vaktaal.recipes import load_recipe, select_terms


@pytest.fixture(scope="module")
def pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Week 2 in Arabic for a reader (lezer), with offline (espeak) recordings."""
    root = tmp_path_factory.mktemp("coach")
    recipe = load_recipe(write_project(root))
    save_plan(recipe, learners_dir=root / "learners", learner="amal", weeks=3, per_week=4)
    result = make_week(recipe, week=2, lang="ar", learner="amal", learners_dir=root / "learners",
                       out_dir=root / "exports",
                       audio=AudioOptions(engine="espeak", cache_dir=root / "cache"))
    assert result.files.missing_audio == [] and result.audio_failed == {}
    return result.files.folder


def test_pack_folder_has_every_file(pack: Path) -> None:
    assert pack.parts[-4:] == ("proef", "amal", "ar", "week-02")
    for name in ("werkblad.pdf", "handleiding.pdf", "index.html"):
        assert (pack / name).stat().st_size > 0, name
    # The PDFs are the print version: no HTML twin of them to keep in step.
    assert sorted(p.name for p in pack.glob("*.html")) == ["index.html"]
    assert len(list((pack / "audio").glob("*.mp3"))) >= 8
    assert [p.suffix for p in (pack / "images").iterdir()] == [".png"]
    assert not [p for p in pack.parent.iterdir() if p.name.startswith(".")]  # no temporary folders left


def test_worksheet_glosses_in_their_own_script_with_unchecked_marked(pack: Path) -> None:
    html = (pack / "index.html").read_text(encoding="utf-8")
    # laskap's Arabic was checked by a person, the hammer's was not.
    assert '<span class="gloss" lang="ar" dir="rtl">خوذة اللحام</span>' in html
    assert re.search(r'<span class="gloss" lang="ar" dir="rtl">مطرقة <span class="unchecked"[^>]*>'
                     r'✎ nog niet gecontroleerd', html)
    assert '<span class="art-het">het</span> <span lang="nl">gereedschap</span>' in html
    # On paper the same: the pencil, never the danger sign, beside an unchecked translation.
    text = pdf_text(pack / "werkblad.pdf")
    assert "مطرقة" in text and "خوذة اللحام" in text and "het gereedschap" in text
    assert "✎ nog niet gecontroleerd" in text and "⚠ niet gecontroleerd" not in text


def test_worksheet_has_the_exercises_of_a_reader(pack: Path) -> None:
    text = pdf_words(pack / "werkblad.pdf")
    for heading in ("Nieuwe woorden", "Luister en wijs aan", "Welk plaatje hoort bij het woord?", "de of het?",
                    "Eén of meer?", "Vul in", "Wat zeg je?", "Wat moet je doen?", "Herhalen"):
        assert heading in text, heading
    # Fill-in: the example sentence with the word left out.
    assert "Ruim het _____ op." in text
    # The safety instruction of a safety word of week 2 or its reviews.
    assert "Zet je laskap op voordat je gaat lassen." in text
    assert "Knip de kaartjes uit" not in text  # the cut-out cards are for learners who cannot read


def test_coach_guide_has_four_timed_steps_answers_and_checklist(pack: Path) -> None:
    text = pdf_words(pack / "handleiding.pdf", layout=True)
    steps = re.findall(r"\d\. (Voorbewerken|Semantiseren|Consolideren|Controleren) (\d+) minuten", text)
    assert [name for name, _ in steps] == ["Voorbewerken", "Semantiseren", "Consolideren", "Controleren"]
    assert sum(int(minutes) for _, minutes in steps) == 60
    assert "Antwoorden" in text and "de of het?" in text
    # One plan: the command needs no recipe, and stays short enough for one line.
    assert "vaktaal progress record amal --week 2 --not-yet CODE,CODE" in text
    # One checklist row (kent / nog niet) per word of the week: 4 new, 4 from week 1 coming back.
    checklist = text.split("4. Controleren")[1].split("Leg daarna vast")[0]
    codes = ["hamer", "zaag", "gereedschap", "kun-je-dat-herhalen", "brandblusser", "pas-op", "laskap", "noodstop"]
    assert re.findall(r"☐ ☐ ([a-z-]+)", checklist) == codes and text.count("☐") == 16
    assert "☐ ☐ laskap" in checklist  # a week-1 word coming back: on the checklist too


def test_audio_page_lists_each_word_once_with_its_recordings(pack: Path) -> None:
    html = (pack / "index.html").read_text(encoding="utf-8")
    sources = re.findall(r'<audio id="[^"]+" preload="auto" src="(audio/[^"]+)">', html)
    assert sources and all((pack / src).is_file() for src in sources)
    assert "geen geluid" not in html
    assert "http" not in html.split("<body>")[1]  # offline: nothing fetched from anywhere


def test_worksheet_pdf_shows_arabic_and_embeds_its_font(pack: Path, tmp_path: Path) -> None:
    text = pdf_text(pack / "werkblad.pdf")
    for word in ("laskap", "خوذة اللحام", "طفاية الحريق", "niet gecontroleerd", "Wat moet je doen?"):
        assert word in text, word
    fonts = pdf_fonts(pack / "werkblad.pdf")
    assert any("Arabic" in f or "DejaVu" in f for f in fonts), fonts
    assert any("Emoji" in f for f in fonts), fonts
    # Text stays text: selectable, searchable, read aloud by a screen reader (a tagged PDF in Dutch).
    root = PdfReader(pack / "werkblad.pdf").trailer["/Root"]
    assert "/StructTreeRoot" in root and root["/Lang"] == "nl"
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pack / "werkblad.pdf"),
                    str(tmp_path / "page")], check=True)
    png = next(tmp_path.glob("page*.png"))
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(("lang", "words", "fonts"), [
    ("ti", ["መዶሻ", "መጥፍኢ ሓዊ"], ("Ethiopic", "Abyssinica")),  # Noto Sans Ethiopic, or SIL's where installed
    ("uk", ["молоток", "вогнегасник"], ()),
])
def test_pdfs_in_tigrinya_and_ukrainian(tmp_path: Path, lang: str, words: list[str], fonts: tuple[str, ...]) -> None:
    recipe = load_recipe(write_project(tmp_path))
    result = make_week(recipe, week=1, lang=lang, learners_dir=tmp_path / "learners", out_dir=tmp_path / "out")
    text = pdf_text(result.files.folder / "werkblad.pdf")
    for word in words:
        assert word in text, (word, text[:500])
    if fonts:
        embedded = pdf_fonts(result.files.folder / "werkblad.pdf")
        assert any(name in f for f in embedded for name in fonts), embedded


def test_everything_on_the_pages_is_escaped(tmp_path: Path) -> None:
    typst_markup = '#panic("boom") ] [ *vet* _schuin_ $x^2$ @ref // /* = kop #import "x.typ"'
    terms = [dict(TERMS[0], notes="<script>alert('x')</script> " + typst_markup,
                  example="Geef mij de hamer & de <b>zaag</b>."),
             dict(TERMS[7], situation="Je hoort <i>niets</i>."),
             dict(TERMS[2], translations=dict(TERMS[2]["translations"], ar="منشار كبير للخشب #strong[x] $y$"))]
    recipe = load_recipe(write_project(tmp_path, terms=terms, work_floor=False))
    folder = make_week(recipe, week=1, lang="ar", learners_dir=tmp_path / "l", out_dir=tmp_path / "o").files.folder
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert "<script>alert" not in html and "<b>zaag" not in html and "<i>niets" not in html
    assert "hamer &amp; de &lt;b&gt;zaag&lt;/b&gt;." in html
    # The PDFs get every text as data (JSON), never as markup: it prints as typed.
    guide = pdf_words(folder / "handleiding.pdf")
    assert "<script>alert('x')</script>" in guide
    assert "hamer & de <b>zaag</b>." in guide
    assert typst_markup in guide
    # In a right-to-left line poppler reads the neutral # and $ in visual order; evaluated as
    # markup, "strong[x]" would not be printed at all.
    worksheet = pdf_words(folder / "werkblad.pdf")
    assert "منشار" in worksheet and "strong[x]" in worksheet and "$y" in worksheet


def test_alfa_pack_has_picture_and_sound_exercises_only(tmp_path: Path) -> None:
    recipe = load_recipe(write_project(tmp_path, profile="alfa"))
    folder = make_week(recipe, week=1, lang="ti", learners_dir=tmp_path / "l", out_dir=tmp_path / "o").files.folder
    text = pdf_words(folder / "werkblad.pdf")
    assert "Luister en wijs aan" in text and "Wat zeg je?" in text
    for reading in ("de of het?", "Eén of meer?", "Vul in", "Welk plaatje hoort bij het woord?"):
        assert reading not in text
    # Picture to picture: cards to cut out (memory, then laid by the real thing); the guide says how.
    assert "Knip de kaartjes uit" in text
    guide = pdf_words(folder / "handleiding.pdf")
    assert "Memorie (plaatje bij plaatje)" in guide and "Zoek het echte ding (plaatje bij voorwerp)" in guide
    assert "Welk plaatje hoort bij het woord?" not in guide


def test_role_play_falls_back_on_work_floor_phrases(tmp_path: Path) -> None:
    nouns = [t for t in TERMS if t["pos"] == "noun"]
    recipe = load_recipe(write_project(tmp_path, terms=nouns))
    entries = select_terms(recipe)
    plan = make_plan(entries, recipe="proef", learner="groep", profile="lezer", weeks=2, per_week=4)
    work_floor = work_floor_terms(recipe, [])
    pack = assemble_week(recipe, entries, plan, Progress("groep"), week=1, lang="en", learner="groep",
                         work_floor=work_floor)
    assert [w.term.nl for w in pack.roleplay] == ["Ik ben ziek.", "Mag ik vrij op vrijdag?"]
    assert all(w.gloss for w in pack.roleplay)


def test_picture_exercises_never_show_the_same_picture_twice(tmp_path: Path) -> None:
    terms = TERMS + [dict(TERMS[2], id="handzaag", nl="handzaag", plural="handzagen")]  # 🪚 like zaag
    recipe = load_recipe(write_project(tmp_path, terms=terms))
    entries = select_terms(recipe)
    plan = make_plan(entries, recipe="proef", learner="groep", profile="lezer", weeks=1, per_week=20)
    pack = assemble_week(recipe, entries, plan, Progress("groep"), week=1, lang="en", learner="groep")
    exercises = build_exercises(pack)
    shown = [item.word.term.nl for item in exercises.listen]
    assert "zaag" in shown and "handzaag" not in shown
    pictures = [item.word.term.emoji or item.word.term.image for item in exercises.listen]
    assert len(pictures) == len(set(pictures)) == 6
    assert sorted(w.term.nl for w in exercises.matching.words) == sorted(shown)


def test_pack_is_the_same_when_made_twice(tmp_path: Path) -> None:
    recipe = load_recipe(write_project(tmp_path))
    pages = []
    for out in ("a", "b"):
        folder = make_week(recipe, week=1, lang="uk", learners_dir=tmp_path / "l", out_dir=tmp_path / out).files.folder
        pages.append([(folder / n).read_bytes() for n in ("werkblad.pdf", "handleiding.pdf", "index.html")])
    assert pages[0] == pages[1]


# -- the audio page in a real browser ------------------------------------------------------------

@pytest.fixture
def served(pack: Path, tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A copy of the pack served on 127.0.0.1, as a phone would open it from a folder."""
    folder = tmp_path / "pack"
    shutil.copytree(pack, folder)
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/index.html", folder
    finally:
        server.shutdown()
        server.server_close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _chromium_dom(url: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", "--virtual-time-budget=5000", "--dump-dom", url],
            capture_output=True, text=True, timeout=90, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


def test_audio_page_loads_in_chromium_and_every_recording_plays(served: tuple[str, Path]) -> None:
    url, folder = served
    dom = _chromium_dom(url)
    audios = re.findall(r'<audio id="([^"]+)" preload="auto" src="([^"]+)"(?: data-state="(\w+)")?', dom)
    assert len(audios) >= 8
    # The page's own script marks each recording the browser could load and decode.
    assert {state for _, _, state in audios} == {"ready"}, audios

    # The check can fail: a recording that is gone is reported, and its button is switched off.
    missing = audios[0]
    (folder / missing[1]).unlink()
    dom = _chromium_dom(url)
    assert f'<audio id="{missing[0]}" preload="auto" src="{missing[1]}" data-state="error">' in dom
    assert re.search(rf'data-play="{missing[0]}" disabled', dom)


# -- fonts and the CLI --------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "expected"), [
    ("en", ["no installed font can show Arabic script",
            "hint: install the font packages fonts-noto-color-emoji, fonts-noto-core, then try again"]),
    ("nl", ["geen geïnstalleerd lettertype kan Arabisch schrift",
            "tip: installeer de lettertypepakketten fonts-noto-color-emoji, fonts-noto-core en probeer het dan "
            "opnieuw"]),
])
def test_a_missing_script_font_stops_with_the_package_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 language: str, expected: list[str]) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    recipe = write_project(tmp_path)
    args = ["week", str(recipe), "--week", "1", "--lang", "ar", "--no-audio", "--learners", str(tmp_path / "l"),
            "--out", str(tmp_path / "out")]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    worksheet = tmp_path / "out" / "proef" / "groep" / "ar" / "week-01" / "werkblad.pdf"
    before = worksheet.read_bytes()

    # A machine whose only font is Latin and Cyrillic: no Arabic, no emoji. Typst reads fonts itself
    # (not through fontconfig): VAKTAAL_FONT_DIRS gives it the fonts of one folder instead.
    fonts = tmp_path / "fonts"
    fonts.mkdir()
    latin = subprocess.run(["fc-match", "-f", "%{file}", "Noto Sans"], capture_output=True, text=True).stdout
    (fonts / Path(latin).name).symlink_to(latin)
    monkeypatch.setenv("VAKTAAL_FONT_DIRS", str(fonts))
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    for text in expected:
        assert text in result.output
    assert "Traceback" not in result.output
    assert worksheet.read_bytes() == before  # last time's pack is untouched
    assert not [p for p in worksheet.parent.parent.iterdir() if p.name.startswith(".")]


def test_cli_week_says_what_it_made(tmp_path: Path) -> None:
    recipe = write_project(tmp_path)
    result = CliRunner().invoke(cli, ["week", str(recipe), "--week", "1", "--lang", "fa", "--learner", "Amal",
                                      "--no-audio", "--learners", str(tmp_path / "l"), "--out", str(tmp_path / "o")],
                                terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "No plan yet: made one for lezer (12 new words a week) in" in result.output
    assert "Week 1: 10 new words, 0 review words" in result.output
    assert "have no Persian translation" in result.output  # only hamer has Farsi
    assert "Made without audio (--no-audio)" in result.output
    assert (tmp_path / "o" / "proef" / "amal" / "fa" / "week-01" / "handleiding.pdf").is_file()
    assert 'dir="rtl"' in (tmp_path / "o" / "proef" / "amal" / "fa" / "week-01" / "index.html").read_text(
        encoding="utf-8")


def test_cli_week_says_what_it_made_in_dutch(tmp_path: Path, dutch: None) -> None:
    recipe = write_project(tmp_path)
    result = CliRunner().invoke(cli, ["week", str(recipe), "--week", "1", "--lang", "fa", "--learner", "Amal",
                                      "--no-audio", "--learners", str(tmp_path / "l"), "--out", str(tmp_path / "o")],
                                terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "Nog geen plan: er is een plan gemaakt voor lezer (12 nieuwe woorden per week) in" in result.output
    assert "Week 1: 10 nieuwe woorden, 0 herhaalwoorden" in result.output
    # The coach's pages call the language "Perzisch (Farsi/Dari)": the Dutch interface does too.
    assert "hebben geen vertaling in het Perzisch (Farsi/Dari)" in result.output
    assert "Gemaakt zonder audio (--no-audio)" in result.output
    assert "werkblad.pdf" in result.output and "werkblad om te printen" in result.output


def test_cli_week_outside_the_plan_is_a_clear_error(tmp_path: Path) -> None:
    recipe = write_project(tmp_path)
    result = CliRunner().invoke(cli, ["week", str(recipe), "--week", "30", "--lang", "ar", "--no-audio",
                                      "--learners", str(tmp_path / "l"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert "--week 30: not in the plan (it has weeks 1 to 20)" in result.output
