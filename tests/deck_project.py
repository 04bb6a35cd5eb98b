"""A small, self-contained vaktaal project in a temp folder for the deck tests."""

from __future__ import annotations

import copy
import struct
from pathlib import Path
from typing import Any

import yaml

# A tiny valid PNG (1x1) so the picture path is exercised without shipping files.
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")

BASE_TERMS: list[dict[str, Any]] = [
    {"id": "hamer", "nl": "hamer", "article": "de", "plural": "hamers", "pos": "noun", "theme": "gereedschap",
     "level": "A1", "example": "Geef mij de hamer.",
     "translations": {"en": "hammer", "ar": "مطرقة", "ti": "መዶሻ", "fa": "چکش"},
     "example_translations": {"en": "Give me the hammer."}, "reviewed": ["en"], "emoji": "🔨"},
    {"id": "laskap", "nl": "laskap", "article": "de", "plural": "laskappen", "pos": "noun",
     "theme": "veiligheid", "level": "A2", "safety": True, "example": "Zet je laskap op.",
     "translations": {"en": "welding helmet", "ar": "خوذة اللحام", "ti": "ናይ ብየዳ ቆብዕ"},
     "reviewed": ["en", "ar"], "image": "images/laskap.png"},
    {"id": "kun-je-dat-herhalen", "nl": "Kun je dat herhalen?", "pos": "phrase", "theme": "communicatie",
     "level": "A1", "situation": "Je hebt een instructie niet goed verstaan.",
     "translations": {"en": "Can you repeat that?", "ar": "هل يمكنك تكرار ذلك؟"}},
    {"id": "boor", "nl": "boor", "article": "de", "plural": "boren", "pos": "noun", "theme": "gereedschap",
     "level": "B1", "translations": {"en": "drill", "ar": "مثقاب"}},
]

THEMES = [{"id": "veiligheid", "name": "Veiligheid"}, {"id": "gereedschap", "name": "Gereedschap"},
          {"id": "communicatie", "name": "Communicatie"}]


def write_sector(root: Path, terms: list[dict[str, Any]] | None = None, slug: str = "werkplaats",
                 name: str = "Werkplaats") -> Path:
    folder = root / "sectors"
    (folder / "images").mkdir(parents=True, exist_ok=True)
    (folder / "images" / "laskap.png").write_bytes(PNG)
    data = {"sector": slug, "name": name, "description": "Test.", "themes": THEMES,
            "terms": copy.deepcopy(BASE_TERMS if terms is None else terms)}
    path = folder / f"{slug}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def write_recipe(root: Path, text: str, slug: str = "test") -> Path:
    path = root / "decks" / f"{slug}.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def fake_mp3(text: str) -> bytes:
    """A few MPEG-1 Layer III frame headers with the text mixed in: unique bytes per text."""
    frame = struct.pack(">I", 0xFFFB9064) + bytes(413)
    return frame * 2 + text.encode("utf-8")


def fake_audio(folder: Path, texts: list[str]) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    files = {}
    for i, text in enumerate(texts):
        path = folder / f"rec{i}.mp3"
        path.write_bytes(fake_mp3(text))
        files[text] = path
    return files
