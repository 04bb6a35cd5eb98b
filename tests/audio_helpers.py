"""Small sector files and options for the audio tests (stable data, independent of sectors/)."""

from __future__ import annotations

from pathlib import Path

SECTOR = """\
sector: proef
name: Proef
description: Een kleine sector voor de audiotests.
themes:
  - id: veiligheid
    name: Veiligheid
terms:
  - id: laskap
    nl: laskap
    article: de
    plural: laskappen
    pos: noun
    theme: veiligheid
    level: A2
    safety: true
    example: Zet je laskap op.
    translations: {en: welding helmet}
    reviewed: [en]
  - id: lmra
    nl: LMRA
    article: de
    plural: null
    pos: abbreviation
    register: abbreviation
    full_form: Laatste Minuut Risico Analyse
    theme: veiligheid
    level: B1
    safety: true
    example: Doe eerst een LMRA.
    translations: {en: last minute risk assessment}
    reviewed: []
  - id: pas-op
    nl: Pas op!
    pos: phrase
    situation: Iemand loopt in gevaar.
    theme: veiligheid
    level: A1
    translations: {en: Watch out!}
    reviewed: []
"""

#: What term_texts gives for SECTOR, in file order.
SECTOR_TEXTS = ["de laskap", "Zet je laskap op.", "de LMRA", "Doe eerst een LMRA.", "Pas op!",
                "Iemand loopt in gevaar."]  # a phrase's situation is spoken too


def write_project(root: Path) -> tuple[Path, Path]:
    """A project folder with sectors/proef.yaml and decks/proef.yaml; returns both paths."""
    (root / "sectors").mkdir(parents=True)
    (root / "decks").mkdir()
    sector = root / "sectors" / "proef.yaml"
    sector.write_text(SECTOR, encoding="utf-8")
    recipe = root / "decks" / "proef.yaml"
    recipe.write_text("name: Vaktaal Proef\nsectors:\n  - sector: proef\nlanguages: [en]\n", encoding="utf-8")
    return sector, recipe


def mp3_files(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.mp3"))


def partial_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.name.endswith(".part"))
