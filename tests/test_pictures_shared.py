"""Two words of one recipe with one picture: a learner who cannot read cannot tell them apart,
so `vaktaal check` warns (unless they are the same word)."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from vaktaal.checking import check
from vaktaal.cli.main import cli
from vaktaal.content.model import Term
from vaktaal.content.pictures import shared_picture_problems, shared_pictures

SECTOR = """\
sector: {slug}
name: {slug}
description: Test.
themes:
  - id: veiligheid
    name: Veiligheid
terms:
{terms}
"""


def _term(term_id: str, nl: str, picture: str | None) -> str:
    lines = [f"  - id: {term_id}", f"    nl: {nl}", "    article: de", "    pos: noun", "    theme: veiligheid",
             "    level: A1", "    translations: {en: x}"]
    if picture:
        lines.append(f"    picture: {picture}")
    return "\n".join(lines)


def _project(tmp_path: Path, sectors: dict[str, list[tuple[str, str, str | None]]]) -> Path:
    (tmp_path / "sectors").mkdir()
    for slug, terms in sectors.items():
        body = "\n".join(_term(*t) for t in terms)
        (tmp_path / "sectors" / f"{slug}.yaml").write_text(SECTOR.format(slug=slug, terms=body), encoding="utf-8")
    (tmp_path / "decks").mkdir()
    recipe = tmp_path / "decks" / "samen.yaml"
    recipe.write_text("name: Samen\nsectors: [" + ", ".join(sectors) + "]\nlanguages: [en]\n", encoding="utf-8")
    return recipe


def test_check_warns_when_two_words_of_a_recipe_share_a_picture(tmp_path: Path) -> None:
    recipe = _project(tmp_path, {
        "metaal": [("veiligheidshelm", "veiligheidshelm", "vaktaal:veiligheidshelm"),
                   ("laskap", "laskap", "vaktaal:laskap")],
        "bouw": [("helm", "helm", "vaktaal:veiligheidshelm")],
    })
    report = check([recipe])
    assert [(p.severity, p.code, p.message) for p in report.problems] == [
        ("warning", "shared-picture",
         "'veiligheidshelm' (metaal/veiligheidshelm), 'helm' (bouw/helm) share the picture vaktaal:veiligheidshelm"),
    ]
    assert report.problems[0].path == str(recipe)
    assert "only the same word may share a picture" in report.problems[0].hint


def test_the_same_word_may_share_a_picture_whatever_its_case(tmp_path: Path) -> None:
    recipe = _project(tmp_path, {
        "zorg": [("brand", "brand", "openmoji:e089"), ("geen", "laskap", None)],
        "horeca": [("brand", "Brand", "openmoji:e089")],
    })
    assert check([recipe]).problems == ()


def test_the_cli_lists_the_warning_and_counts_it(tmp_path: Path) -> None:
    recipe = _project(tmp_path, {"metaal": [("slijper", "haakse slijper", "vaktaal:haakse-slijper"),
                                             ("slijptol", "slijptol", "vaktaal:haakse-slijper")]})
    result = CliRunner().invoke(cli, ["check", "--warnings", str(recipe)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == (
        f"{recipe}: warning: 'haakse slijper' (metaal/slijper), 'slijptol' (metaal/slijptol) share the picture "
        "vaktaal:haakse-slijper")
    summary = CliRunner().invoke(cli, ["check", str(recipe)])
    assert f"{recipe}: 1 warning: shared picture: 1" in summary.output


def test_one_photo_named_two_ways_is_one_picture(tmp_path: Path) -> None:
    photo = tmp_path / "images" / "kar.jpg"
    a = Term("a", "steekkar", "noun", "t", "A1", picture="images/kar.jpg", picture_path=photo)
    b = Term("b", "pallet", "noun", "t", "A1", picture="./images/kar.jpg",
             picture_path=tmp_path / "images" / "." / "kar.jpg")
    c = Term("c", "heftruck", "noun", "t", "A1", picture="mdi:forklift")
    [shared] = shared_pictures([("x/a", a), ("x/b", b), ("x/c", c)])
    assert shared.picture == "images/kar.jpg"
    assert [key for key, _term in shared.others("x/a")] == ["x/b"]
    assert len(shared_picture_problems("r.yaml", [("x/a", a), ("x/b", b)])) == 1


def test_the_shipped_recipes_share_no_picture_between_different_words(repo: Path) -> None:
    report = check(sorted((repo / "decks").glob("*.yaml")))
    assert [p.message for p in report.problems if p.code == "shared-picture"] == []
