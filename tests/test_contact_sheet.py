"""`vaktaal pictures`: the contact sheet a coach reviews the pictures of a recipe with."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from vaktaal.cli.main import cli
from vaktaal.coaching.contact_sheet import build_contact_sheet, render_contact_sheet, write_contact_sheet
from vaktaal.content.pictures import LIBRARY, credits_for, library_sources
from vaktaal.recipes import load_recipe

SECTOR = """\
sector: {slug}
name: {name}
description: Test.
themes:
  - id: veiligheid
    name: "Veiligheid <script>alert(1)</script>"
  - id: gereedschap
    name: Gereedschap
terms:
{terms}
"""


def _term(term_id: str, nl: str, theme: str, picture: str | None, *, safety: bool = False, en: str = "x",
          emoji: str | None = None) -> str:
    lines = [f"  - id: {term_id}", f"    nl: {nl}", "    article: de", "    pos: noun", f"    theme: {theme}",
             "    level: A1", f"    safety: {'true' if safety else 'false'}", f"    translations: {{en: '{en}'}}"]
    if picture:
        lines.append(f"    picture: {picture}")
    if emoji:
        lines.append(f"    emoji: {emoji}")
    return "\n".join(lines)


def _runner() -> CliRunner:
    """stdout and stderr apart (click 8.1 needs asking; 8.2 always keeps them apart)."""
    try:
        return CliRunner(mix_stderr=False)  # type: ignore[call-arg]
    except TypeError:
        return CliRunner()


@pytest.fixture
def recipe_path(tmp_path: Path) -> Path:
    (tmp_path / "sectors").mkdir()
    metaal = [
        _term("hamer", "hamer", "gereedschap", None, emoji="🔨"),
        _term("laskap", "laskap", "veiligheid", "vaktaal:laskap", safety=True, en="<b>welding</b> helmet & mask"),
        _term("veiligheidshelm", "veiligheidshelm", "veiligheid", "vaktaal:veiligheidshelm", safety=True),
        _term("tang", "tang", "gereedschap", "openmoji:1f527"),
    ]
    bouw = [
        _term("helm", "helm", "veiligheid", "vaktaal:veiligheidshelm", safety=True),
        _term("laskap", "Laskap", "gereedschap", "vaktaal:laskap"),
    ]
    for slug, name, terms in (("metaal", "Metaal", metaal), ("bouw", "Bouw", bouw)):
        (tmp_path / "sectors" / f"{slug}.yaml").write_text(
            SECTOR.format(slug=slug, name=name, terms="\n".join(terms)), encoding="utf-8")
    (tmp_path / "decks").mkdir()
    path = tmp_path / "decks" / "samen.yaml"
    path.write_text("name: Samen & <veilig>\nsectors: [metaal, bouw]\nlanguages: [en, ar]\n", encoding="utf-8")
    return path


def test_words_come_safety_first_grouped_by_theme_with_their_marks(recipe_path: Path) -> None:
    sheet = build_contact_sheet(load_recipe(recipe_path))
    assert [(g.title, g.safety, [w.key for w in g.words]) for g in sheet.groups] == [
        ("Metaal – Veiligheid <script>alert(1)</script>", True, ["metaal/laskap", "metaal/veiligheidshelm"]),
        ("Bouw – Veiligheid <script>alert(1)</script>", True, ["bouw/helm"]),
        ("Metaal – Gereedschap", False, ["metaal/hamer", "metaal/tang"]),
        ("Bouw – Gereedschap", False, ["bouw/laskap"]),
    ]
    words = {w.key: w for w in sheet.words}
    assert [w.key for w in sheet.without_picture] == ["metaal/hamer"]
    assert [w.key for w in sheet.shared] == ["metaal/veiligheidshelm", "bouw/helm"]
    assert [(n.key, n.same_word) for n in words["metaal/laskap"].shared_with] == [("bouw/laskap", True)]
    assert words["metaal/laskap"].source == library_sources()["vaktaal"]
    assert words["metaal/tang"].src is not None and words["metaal/tang"].src.startswith("data:image/svg+xml;base64,")
    assert [s.slug for s in sheet.credits] == ["openmoji", "vaktaal"]


def test_the_page_shows_every_word_escaped_with_marks_and_credits(recipe_path: Path) -> None:
    html = render_contact_sheet(build_contact_sheet(load_recipe(recipe_path)))
    for word in ("laskap", "veiligheidshelm", "helm", "hamer", "tang", "Laskap"):
        assert f'<span class="art-de">de</span> {word}</span>' in html, word
    assert "&lt;b&gt;welding&lt;/b&gt; helmet &amp; mask" in html
    assert "<b>welding</b>" not in html
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "Plaatjes – Samen &amp; &lt;veilig&gt;" in html
    assert html.count("geen plaatje</span>") == 1
    assert "🔨" in html  # the emoji is shown where the picture is missing
    assert "zelfde plaatje als: de helm (bouw/helm)" in html
    assert "zelfde plaatje als: de veiligheidshelm (metaal/veiligheidshelm)" in html
    assert "zelfde woord en plaatje ook in: bouw</span>" in html
    assert "vaktaal:laskap · CC0-1.0" in html and "openmoji:1f527 · CC-BY-SA-4.0" in html
    assert "All emojis designed by OpenMoji – the open-source emoji and icon project (https://openmoji.org/). " \
           "License: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)" in html
    assert "vaktaal pictograms, CC0 1.0" in html


def test_a_real_pdf_whose_text_extracts(recipe_path: Path, tmp_path: Path) -> None:
    written = write_contact_sheet(load_recipe(recipe_path), tmp_path / "out", "ar")
    assert written.html == tmp_path / "out" / "samen.html" and written.pdf == tmp_path / "out" / "samen.pdf"
    reader = PdfReader(io.BytesIO(written.pdf.read_bytes()))
    text = " ".join(page.extract_text() for page in reader.pages)
    for word in ("laskap", "veiligheidshelm", "hamer", "tang", "geen plaatje", "Herkomst van de plaatjes",
                 "OpenMoji", "zelfde plaatje als"):
        assert word in text, word
    assert "Arabisch" in text  # the translation language, named in Dutch
    assert 'lang="ar" dir="rtl"' not in written.html.read_text(encoding="utf-8")  # no Arabic in the test terms


def test_the_command_writes_both_files_and_names_what_to_fix(recipe_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "sheets"
    result = _runner().invoke(cli, ["pictures", str(recipe_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "samen: 6 words, 5 with a picture",
        f"Written: {out / 'samen.html'} and {out / 'samen.pdf'}",
    ]
    assert result.stderr.splitlines() == [
        "warning: 1 word has no picture: metaal/hamer",
        "warning: 2 words show a picture another word shows too (marked on the sheet):",
        "  - metaal/veiligheidshelm (vaktaal:veiligheidshelm): bouw/helm",
        "  - bouw/helm (vaktaal:veiligheidshelm): metaal/veiligheidshelm",
    ]
    assert (out / "samen.pdf").read_bytes().startswith(b"%PDF")


def test_the_command_in_dutch(recipe_path: Path, tmp_path: Path, dutch: None) -> None:
    result = _runner().invoke(cli, ["pictures", str(recipe_path), "--out", str(tmp_path)])
    assert result.stdout.splitlines()[0] == "samen: 6 woorden, 5 met plaatje"
    assert result.stderr.splitlines()[0] == "waarschuwing: 1 woord heeft geen plaatje: metaal/hamer"


def test_a_wrong_language_code_is_named(recipe_path: Path, tmp_path: Path) -> None:
    result = _runner().invoke(cli, ["pictures", str(recipe_path), "--lang", "xx", "--out", str(tmp_path)])
    assert result.exit_code != 0
    assert "--lang xx: not an ISO 639-1 language code" in result.stderr
    assert not list(tmp_path.glob("*.pdf"))


def test_the_shipped_metaal_sheet(repo: Path) -> None:
    sheet = build_contact_sheet(load_recipe(repo / "decks" / "metaal.yaml"))
    assert len(sheet.words) == 178
    assert sheet.without_picture == () and sheet.shared == ()
    assert sheet.groups[0].safety and sheet.words[0].term.nl == "laskap"


def test_credits_give_what_each_licence_asks(tmp_path: Path) -> None:
    used = [LIBRARY / "openmoji" / "1f97d.svg", LIBRARY / "mdi" / "hard-hat.svg", LIBRARY / "ghs" / "ghs02.svg",
            LIBRARY / "healthicons" / "dizzy.svg", LIBRARY / "vaktaal" / "laskap.svg",
            next((LIBRARY / "openclipart").glob("*.svg")), tmp_path / "photo.jpg"]
    credits = {s.slug: s for s in credits_for(used)}
    assert list(credits) == ["ghs", "healthicons", "mdi", "openclipart", "openmoji", "vaktaal"]
    openmoji = credits["openmoji"]  # CC BY-SA 4.0: the creator, a link to the work, the licence and its link
    assert "OpenMoji" in openmoji.credit and "https://openmoji.org/" in openmoji.credit
    assert "CC BY-SA 4.0" in openmoji.credit and "https://creativecommons.org/licenses/by-sa/4.0/" in openmoji.credit
    mdi = credits["mdi"]  # Apache-2.0: the notice naming the work and the licence with its link
    assert "Pictogrammers" in mdi.credit and "https://www.apache.org/licenses/LICENSE-2.0" in mdi.credit
    for slug, holder in (("healthicons", "Copyright (c) 2021 Resolve to Save Lives"),
                         ("ghs", "Copyright (c) 2021 Frédéric Meurou")):
        # MIT: the copyright notice and the permission notice go with every copy
        assert holder in credits[slug].credit
        assert "The above copyright notice and this permission notice shall be included" in credits[slug].credit
    assert all(credits[s].needs_attribution for s in ("openmoji", "mdi", "healthicons", "ghs"))
    assert not credits["openclipart"].needs_attribution and not credits["vaktaal"].needs_attribution
    assert credits["openclipart"].notice == "" and "public domain" in credits["openclipart"].credit
    assert "CC0" in credits["vaktaal"].credit


def test_every_shipped_recipe_has_its_committed_contact_sheet(repo: Path) -> None:
    """docs/pictures/ holds a PDF per recipe, for reviewers without vaktaal (regenerate: its README)."""
    recipes = sorted(p.stem for p in (repo / "decks").glob("*.yaml"))
    sheets = sorted(p.stem for p in (repo / "docs" / "pictures").glob("*.pdf"))
    assert sheets == recipes
    for name in sheets:
        pdf = repo / "docs" / "pictures" / f"{name}.pdf"
        assert pdf.stat().st_size < 3_000_000, name
        last_pages = " ".join(page.extract_text() for page in PdfReader(pdf).pages[-3:])
        assert "Herkomst van de plaatjes" in last_pages and "CC0" in last_pages, name
