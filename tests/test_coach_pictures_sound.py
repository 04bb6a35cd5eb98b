"""A picture and a sound for every word of a week pack (issue 11 item 6): pictures on the worksheet,
guide and phone page, their credits, the phone page's spoken instructions, the translation spoken
(a person's recording wins), the picture game, and the style sheet reaching the browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from coach_project import TERMS, write_project
from pdf_text import pdf_figures, pdf_text, pdf_words

from vaktaal.audio import AudioOptions, ensure_audio
from vaktaal.coaching import make_week, save_plan
from vaktaal.coaching.exercises import build_exercises
from vaktaal.coaching.pack_data import pack_data
from vaktaal.coaching.pages import INSTRUCTIONS, PackMedia
from vaktaal.recipes import load_recipe

#: The test terms with pictures from the bundled library (and laskap's photo, and one without).
PICTURES = {"hamer": "openmoji:1f528", "zaag": "openmoji:1fa9a", "gereedschap": "mdi:toolbox",
            "brandblusser": "openmoji:1f9ef", "boor": "vaktaal:boor", "noodstop": "vaktaal:noodstop"}


#: Long Dutch words, which a narrow card must show whole (never hyphenated).
LONG_WORDS = [
    {"id": "veiligheidsschoen", "nl": "veiligheidsschoen", "article": "de", "plural": "veiligheidsschoenen",
     "pos": "noun", "theme": "veiligheid", "level": "A1", "safety": True,
     "picture": "openclipart:protection-obligatoire-02", "example": "Draag altijd veiligheidsschoenen.",
     "translations": {"en": "safety shoe", "uk": "захисне взуття"}},
    {"id": "werkhandschoen", "nl": "werkhandschoen", "article": "de", "plural": "werkhandschoenen", "pos": "noun",
     "theme": "veiligheid", "level": "A1", "safety": True, "picture": "openmoji:1f9e4",
     "translations": {"en": "work glove", "uk": "робоча рукавиця"}},
]


def _terms() -> list[dict]:
    return [dict(t, picture=PICTURES[t["id"]]) if t["id"] in PICTURES else dict(t) for t in TERMS] + LONG_WORDS


@pytest.fixture(scope="module")
def uk_pack(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Week 1 in Ukrainian (an offline voice speaks it) with recordings, and a person's recording of
    the hammer's translation."""
    root = tmp_path_factory.mktemp("pictures")
    cache = root / "cache"
    # A person's recording: any MP3 will do here (the recorder's own checks are tested elsewhere).
    spoken = ensure_audio(["молоток"], AudioOptions(engine="espeak", cache_dir=cache, language="uk")).files
    terms = _terms()
    terms[0] = dict(terms[0], recordings={"uk": "recordings/hamer.uk.mp3"})
    write_project(root, terms=terms)
    (root / "sectors" / "recordings").mkdir()
    shutil.copyfile(spoken["молоток"], root / "sectors" / "recordings" / "hamer.uk.mp3")
    made = make_week(load_recipe(root / "decks" / "proef.yaml"), week=1, lang="uk", learners_dir=root / "l",
                     out_dir=root / "exports", audio=AudioOptions(engine="espeak", cache_dir=cache))
    assert made.files.missing_audio == [] and made.files.pdf_warnings == []
    return made.files.folder


def test_the_style_sheet_reaches_the_browser_unescaped(uk_pack: Path) -> None:
    html = (uk_pack / "index.html").read_text(encoding="utf-8")
    style = html.split("<style>", 1)[1].split("</style>", 1)[0]
    assert '"Noto Sans", "Noto Sans Arabic"' in style and '.gloss[dir="rtl"] { text-align: right; }' in style
    assert "&#34;" not in style and "&quot;" not in style


def test_every_word_has_its_picture_on_the_phone_page(uk_pack: Path) -> None:
    html = (uk_pack / "index.html").read_text(encoding="utf-8")
    items = html.split('<div class="item">')[1:]
    assert items
    for item in items:
        word = re.search(r'<span lang="nl">([^<]+)</span>', item).group(1)
        picture = re.search(r'<span class="pic"><img src="(images/[^"]+)" alt="([^"]+)">', item)
        emoji = re.search(r'<span class="pic" aria-hidden="true">([^<]+)</span>', item)
        none = '<span class="pic none">geen plaatje</span>' in item
        assert picture or emoji or none, word
        if picture:
            assert (uk_pack / picture.group(1)).is_file() and picture.group(2) == word
    shown = re.findall(r'<img src="(images/[^"]+)"', html.split('id="quiz-part"')[0])
    assert len(shown) == len(set(shown)) >= 5  # a picture of its own for every pictured word


def test_the_pictures_are_in_the_pdfs_and_the_credits_on_every_page_type(uk_pack: Path) -> None:
    # Every picture is a figure of the tagged PDF, named by its word (what a screen reader says).
    pictured = {"hamer", "zaag", "gereedschap", "brandblusser", "boor", "noodstop", "laskap", "veiligheidsschoen",
                "werkhandschoen"}
    words = set(re.findall(r'<img src="images/[^"]+" alt="([^"]+)">', (uk_pack / "index.html").read_text("utf-8")))
    for name in ("werkblad.pdf", "handleiding.pdf"):
        figures = pdf_figures(uk_pack / name)
        assert words <= set(figures) <= pictured, (name, figures)
    assert len(words) >= 5
    worksheet = pdf_words(uk_pack / "werkblad.pdf")
    assert "Plaatjes: " in worksheet and "OpenMoji (CC-BY-SA-4.0): All emojis designed by OpenMoji" in worksheet
    html = (uk_pack / "index.html").read_text(encoding="utf-8")
    assert '<p class="credits">Plaatjes: ' in html and "OpenMoji (CC-BY-SA-4.0)" in html


def test_the_data_of_the_pdfs_names_a_picture_or_emoji_for_every_word(tmp_path: Path) -> None:
    recipe = load_recipe(write_project(tmp_path, terms=_terms()))
    made = make_week(recipe, week=1, lang="ar", learners_dir=tmp_path / "l", out_dir=tmp_path / "o")
    media = PackMedia({w.key: f"images/{w.key}.svg" for w in made.pack.all_words if w.term.picture_path})
    data = pack_data(made.pack, build_exercises(made.pack), media)
    for word in data["new"] + data["review"] + data["ex"]["roleplay"] + data["ex"]["safety"]:
        assert word["picture"] or word["emoji"] or word["key"] in ("proef/kun-je-dat-herhalen", "proef/werkbank",
                                                                   "werkvloer/ik-ben-ziek", "werkvloer/mag-ik-vrij")


def test_the_phone_page_speaks_its_instructions(uk_pack: Path) -> None:
    html = (uk_pack / "index.html").read_text(encoding="utf-8")
    for part in ("new", "roleplay", "quiz"):
        audio = re.search(rf'<audio id="say-{part}" preload="auto" src="(audio/[^"]+)"></audio>', html)
        assert audio and (uk_pack / audio.group(1)).stat().st_size > 1000, part
        assert f'data-play="say-{part}">🔊</button>' in html
    assert INSTRUCTIONS["quiz"] == "Luister naar het woord. Tik op het goede plaatje."
    for part in ("right", "wrong"):
        assert re.search(rf'<audio id="say-{part}" preload="auto" src="audio/[^"]+"></audio>', html), part


def test_the_translation_is_spoken_and_a_persons_recording_wins(uk_pack: Path) -> None:
    html = (uk_pack / "index.html").read_text(encoding="utf-8")
    buttons = re.findall(r'<button class="play gloss-sound" type="button" aria-label="([^"]+)" lang="uk" '
                         r'data-play="(t\d+)">uk( <span class="machine" title="computerstem">🤖</span>)?</button>',
                         html)
    spoken = {label: bool(machine) for label, _id, machine in buttons}
    assert spoken["молоток"] is False  # recorded by a person: no robot
    assert spoken["пила"] is True and spoken["вогнегасник"] is True  # the offline voice, marked
    hammer = next(i for label, i, _m in buttons if label == "молоток")
    src = re.search(rf'<audio id="{hammer}" preload="auto" src="(audio/[^"]+)"></audio>', html).group(1)
    assert (uk_pack / src).read_bytes() == (uk_pack.parents[4] / "sectors" / "recordings" / "hamer.uk.mp3").read_bytes()


def test_no_voice_no_button(tmp_path: Path) -> None:
    """Arabic has no offline voice: the words are spoken in Dutch, the translations not at all."""
    recipe = load_recipe(write_project(tmp_path, terms=_terms()))
    made = make_week(recipe, week=1, lang="ar", learners_dir=tmp_path / "l", out_dir=tmp_path / "o",
                     audio=AudioOptions(engine="espeak", cache_dir=tmp_path / "cache"))
    html = (made.files.folder / "index.html").read_text(encoding="utf-8")
    assert "gloss-sound" not in html.split("<body>")[1].split("<script>")[0]
    assert 'class="play" type="button" aria-label="de hamer"' in html


def test_the_picture_game_in_a_browser(uk_pack: Path, tmp_path: Path) -> None:
    """Luister en tik: four pictures to tap, one of them the word the phone says."""
    from test_coach_week import _chromium_dom

    dom = _chromium_dom((uk_pack / "index.html").as_uri())
    board = dom.split('id="quiz-board"', 1)[1].split("</div>", 1)[0]
    buttons = re.findall(r'<button type="button" data-index="(\d+)">(.*?)</button>', board)
    assert len(buttons) == 4 and len({i for i, _b in buttons}) == 4  # four different words
    pictures = [re.search(r'<img src="(images/[^"]+)"', b) for _i, b in buttons]
    shown = [p.group(1) if p else b for p, (_i, b) in zip(pictures, buttons, strict=True)]
    assert len(set(shown)) == 4 and all((uk_pack / p.group(1)).is_file() for p in pictures if p)
    assert sum(p is not None for p in pictures) >= 3  # a picture, or the emoji of a word without one


def test_the_pack_pdfs_stay_whole_and_unhyphenated(uk_pack: Path, tmp_path: Path) -> None:
    """No Dutch word broken with a hyphen at the end of a line; every page carries content down to
    at least a third of its height (no nearly empty page)."""
    for name in ("werkblad.pdf", "handleiding.pdf"):
        # In reading order a card's lines follow each other: "veiligheids-" then "schoen" would show.
        text = subprocess.run(["pdftotext", str(uk_pack / name), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert not re.search("[a-zë][-\u00ad]\n[a-z]", text), name  # Typst marks its hyphen as a soft one
        assert "veiligheidsschoen" in text and "werkhandschoen" in text, name
        bbox = subprocess.run(["pdftotext", "-bbox", str(uk_pack / name), "-"], capture_output=True, text=True,
                              check=True).stdout
        for page in bbox.split("<page ")[1:]:
            height = float(re.search(r'height="([\d.]+)"', page).group(1))
            bottoms = [float(y) for y in re.findall(r'yMax="([\d.]+)"', page)]
            footer = max(bottoms)  # the page number at the foot of the page
            content = [y for y in bottoms if y < footer - 5]
            assert content and max(content) > height / 3, name


def test_the_contact_sheet_into_a_relative_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`vaktaal pictures decks/x.yaml --out docs/pictures`, as docs/pictures/README.md says."""
    from click.testing import CliRunner

    from vaktaal.cli.main import cli

    write_project(tmp_path, terms=_terms())
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["pictures", "decks/proef.yaml", "--out", "sheets"])
    assert result.exit_code == 0, result.output
    assert "OpenMoji" in pdf_words(tmp_path / "sheets" / "proef.pdf")
    assert pdf_figures(tmp_path / "sheets" / "proef.pdf")[:2] == ["brandblusser", "veiligheidsschoen"]  # safety first
    assert sorted(p.name for p in (tmp_path / "sheets").iterdir()) == ["proef.html", "proef.pdf"]  # nothing left over


def test_a_table_is_never_split_after_one_row(tmp_path: Path) -> None:
    """A checklist of 12 words where the page ends one row into it: it starts on the next page."""
    extra = [{k: v for k, v in TERMS[2].items() if k != "emoji"} | {"id": f"zaag-{i}", "nl": f"zaag{i}"}
             for i in range(14)]
    recipe = load_recipe(write_project(tmp_path, terms=_terms() + extra))
    save_plan(recipe, learners_dir=tmp_path / "l", weeks=1, per_week=12)
    made = make_week(recipe, week=1, lang="en", learners_dir=tmp_path / "l", out_dir=tmp_path / "o")
    pages = pdf_text(made.files.folder / "handleiding.pdf").split("\f")
    rows = [len(re.findall(r"☐\s+☐\s+\S+\s*$", page, re.MULTILINE)) for page in pages]
    assert sum(rows) == len(made.pack.words) == 12
    assert 1 not in rows, rows  # never one row alone on a page
