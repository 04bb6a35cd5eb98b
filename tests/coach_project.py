"""A small, stable project for the coaching tests: its own sector files, recipe and picture
(never the shipped vocabulary, which others edit while the tests run)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from PIL import Image

LANGS = {"ar": "ar", "ti": "ti", "uk": "uk", "fa": "fa", "en": "en"}


def _noun(tid: str, nl: str, article: str, plural: str | None, theme: str, level: str, *, safety: bool = False,
          example: str | None = None, emoji: str | None = None, tr: dict[str, str] | None = None,
          reviewed: list[str] | None = None, **extra: Any) -> dict[str, Any]:
    term = {"id": tid, "nl": nl, "article": article, "plural": plural, "pos": "noun", "theme": theme,
            "level": level, "safety": safety, "translations": tr or {"en": nl}, "reviewed": reviewed or []}
    if example:
        term["example"] = example
    if emoji:
        term["emoji"] = emoji
    term.update(extra)
    return term


#: In file order. Safety words are spread over levels and themes so the ordering is tested.
TERMS: list[dict[str, Any]] = [
    _noun("hamer", "hamer", "de", "hamers", "gereedschap", "A1", example="Geef mij de hamer.", emoji="🔨",
          tr={"en": "hammer", "ar": "مطرقة", "ti": "መዶሻ", "uk": "молоток", "fa": "چکش"}, reviewed=["en", "uk"]),
    _noun("laskap", "laskap", "de", "laskappen", "veiligheid", "A2", safety=True,
          example="Zet je laskap op voordat je gaat lassen.", image="images/laskap.png",
          tr={"en": "welding helmet", "ar": "خوذة اللحام", "ti": "ናይ ብየዳ ቆብዕ", "uk": "зварювальна маска"},
          example_translations={"ar": "ضع خوذة اللحام قبل أن تبدأ اللحام."}, reviewed=["en", "ar"]),
    _noun("zaag", "zaag", "de", "zagen", "gereedschap", "A1", example="De zaag is scherp.", emoji="🪚",
          tr={"en": "saw", "ar": "منشار", "ti": "መጋዝ", "uk": "пила"}),
    _noun("gereedschap", "gereedschap", "het", None, "gereedschap", "A1", example="Ruim het gereedschap op.",
          emoji="🧰", tr={"en": "tools", "ar": "أدوات", "ti": "መሳርሒታት", "uk": "інструменти"}),
    _noun("brandblusser", "brandblusser", "de", "brandblussers", "veiligheid", "A1", safety=True,
          example="De brandblusser hangt bij de deur.", emoji="🧯",
          tr={"en": "fire extinguisher", "ar": "طفاية الحريق", "ti": "መጥፍኢ ሓዊ", "uk": "вогнегасник"}),
    {"id": "pas-op", "nl": "Pas op!", "pos": "phrase", "theme": "veiligheid", "level": "A1", "safety": True,
     "situation": "Er is gevaar. Je waarschuwt een collega.", "example": "Pas op! De vloer is glad.",
     "translations": {"en": "Watch out!", "ar": "انتبه!", "ti": "ተጠንቀቕ!", "uk": "Обережно!"}, "emoji": "⚠️"},
    _noun("boor", "boor", "de", "boren", "gereedschap", "B1", example="Pak de boor van de plank.", emoji="🔩",
          tr={"en": "drill", "ar": "مثقاب", "ti": "መብሓን", "uk": "свердло"}),
    {"id": "kun-je-dat-herhalen", "nl": "Kun je dat herhalen?", "pos": "phrase", "theme": "praten", "level": "A1",
     "situation": "Je hebt een instructie niet goed verstaan.", "example": "Sorry, kun je dat herhalen?",
     "translations": {"en": "Can you repeat that?", "ar": "هل يمكنك تكرار ذلك؟", "ti": "ክትደግሞ ትኽእል ዶ?",
                      "uk": "Можете повторити?"}, "reviewed": ["en"]},
    _noun("werkbank", "werkbank", "de", "werkbanken", "gereedschap", "A2", example="Leg het op de werkbank.",
          tr={"en": "workbench", "ar": "طاولة العمل", "ti": "ጠረጴዛ ስራሕ", "uk": "верстак"}),
    _noun("noodstop", "noodstop", "de", "noodstoppen", "veiligheid", "B1", safety=True,
          example="Druk op de noodstop.", emoji="🛑",
          tr={"en": "emergency stop", "ar": "زر الطوارئ", "ti": "ናይ ህጹጽ ደው መበሊ", "uk": "аварійна зупинка"}),
]

WORK_FLOOR_TERMS: list[dict[str, Any]] = [
    {"id": "ik-ben-ziek", "nl": "Ik ben ziek.", "pos": "phrase", "theme": "praten", "level": "A1",
     "situation": "Je belt je leidinggevende: je kunt niet werken.", "translations": {"en": "I am ill."}},
    {"id": "mag-ik-vrij", "nl": "Mag ik vrij op vrijdag?", "pos": "phrase", "theme": "praten", "level": "A2",
     "situation": "Je wilt een dag vrij vragen.", "translations": {"en": "May I have Friday off?"}},
]


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # sector files refuse anchors and aliases


def write_sector(root: Path, slug: str, terms: list[dict[str, Any]], themes: list[str]) -> Path:
    folder = root / "sectors"
    (folder / "images").mkdir(parents=True, exist_ok=True)
    picture = folder / "images" / "laskap.png"
    if not picture.exists():
        image = Image.new("RGB", (60, 40), (30, 90, 160))
        image.save(picture)
    data = {"sector": slug, "name": slug.capitalize(), "description": "Testwoorden.",
            "themes": [{"id": t, "name": t.capitalize()} for t in themes], "terms": terms}
    path = folder / f"{slug}.yaml"
    path.write_text(yaml.dump(data, Dumper=_NoAliases, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def write_project(root: Path, *, profile: str = "lezer", terms: list[dict[str, Any]] | None = None,
                  work_floor: bool = True) -> Path:
    """sectors/proef.yaml (+ werkvloer.yaml) and decks/proef.yaml under ``root``; returns the recipe."""
    write_sector(root, "proef", TERMS if terms is None else terms, ["veiligheid", "gereedschap", "praten"])
    if work_floor:
        write_sector(root, "werkvloer", WORK_FLOOR_TERMS, ["praten"])
    (root / "decks").mkdir(exist_ok=True)
    recipe = root / "decks" / "proef.yaml"
    recipe.write_text(f"name: Vaktaal Proef\nsectors:\n  - sector: proef\nlanguages: [en, ar, ti, uk]\n"
                      f"profile: {profile}\n", encoding="utf-8")
    return recipe
