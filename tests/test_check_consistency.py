"""vaktaal check across files: one Dutch word, one meaning (article, plural, part of speech,
safety), unless the files say the meanings differ with sense:."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from click.testing import CliRunner

from vaktaal.cli.main import cli

REPO = Path(__file__).resolve().parents[1]


def _sector(folder: Path, slug: str, terms: list[dict]) -> Path:
    path = folder / f"{slug}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({
        "sector": slug, "name": slug.title(), "description": "Test.",
        "themes": [{"id": "veiligheid", "name": "Veiligheid"}], "terms": terms}, allow_unicode=True,
        sort_keys=False), encoding="utf-8")
    return path


def _vca(article: str, **extra: object) -> dict:
    return {"id": "vca", "nl": "VCA", "article": article, "plural": None, "pos": "abbreviation",
            "theme": "veiligheid", "level": "B1", "safety": True, "register": "abbreviation",
            "example": "Heb je je VCA?", "translations": {"en": "VCA safety certificate"}, **extra}


def _problems(*paths: Path) -> list[dict]:
    result = CliRunner().invoke(cli, ["check", "--format", "json", *map(str, paths)])
    return [p for p in json.loads(result.output)["problems"] if p["code"] == "word-conflict"]


def test_the_same_word_with_another_article_is_an_error_in_the_file_checked(tmp_path: Path) -> None:
    sectors = tmp_path / "sectors"
    metaal = _sector(sectors, "metaal", [_vca("het")])
    bouw = _sector(sectors, "bouw", [_vca("de")])
    result = CliRunner().invoke(cli, ["check", str(bouw)])  # metaal is not given: it is still compared
    assert result.exit_code == 1
    assert (f"{bouw}:9:7: error: 'VCA' is also in {metaal} (term 'vca'): article is de here and het there"
            in result.output)
    assert "give both terms a sense:" in result.output


def test_equal_words_and_words_with_their_own_sense_pass(tmp_path: Path) -> None:
    sectors = tmp_path / "sectors"
    _sector(sectors, "metaal", [_vca("het")])
    bouw = _sector(sectors, "bouw", [_vca("het")])
    assert _problems(bouw) == []
    kraan = {"id": "kraan", "nl": "kraan", "article": "de", "plural": "kranen", "pos": "noun",
             "theme": "veiligheid", "level": "A2", "translations": {"en": "crane"}}
    _sector(sectors, "bouw", [dict(kraan, safety=True, sense="hijskraan")])
    schoonmaak = _sector(sectors, "schoonmaak", [dict(kraan, sense="waterkraan")])
    assert _problems(schoonmaak) == []
    no_sense = _sector(sectors, "schoonmaak", [kraan])
    assert len(_problems(no_sense)) == 1


def test_an_employer_overlay_cannot_bring_a_conflict_back(tmp_path: Path) -> None:
    _sector(tmp_path / "sectors", "metaal", [_vca("het")])
    _sector(tmp_path / "sectors", "bouw", [dict(_vca("het"), id="helm", nl="helm", article="de",
                                                pos="noun", register="standard")])
    overlay = tmp_path / "employers" / "smit" / "bouw.yaml"
    overlay.parent.mkdir(parents=True)
    overlay.write_text(yaml.safe_dump({
        "employer": "smit", "employer_name": "Smit", "extends": "bouw",
        "terms": [{"id": "zetbank", "nl": "zetbank", "article": "de", "plural": "zetbanken", "pos": "noun",
                   "theme": "veiligheid", "level": "B1", "translations": {"en": "press brake"}},
                  dict(_vca("de"), id="vca-smit", nl="vca")]}, allow_unicode=True, sort_keys=False))
    problems = _problems(overlay)
    assert [(p["path"], p["message"]) for p in problems] == [
        (str(overlay), f"'vca' is also in {tmp_path / 'sectors' / 'metaal.yaml'} (term 'vca'): "
                       "article is de here and het there")]


def test_the_shipped_vocabulary_has_no_conflicts() -> None:
    assert _problems(REPO / "sectors") == []
