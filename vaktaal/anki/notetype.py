"""The one Vaktaal note type.

Every field a card could ever need is here from the start. Changing the field list later breaks
learners' updates (Anki then leaves their old notes untouched), so the list is append-never:
``Extra`` (reserved so that a new need would not change the note type) carries the translation as a
person spoke it: a reviewer's recording, which no synthetic voice can make for Tigrinya or Somali.
"""

from __future__ import annotations

import genanki

from vaktaal.anki.card_templates import CSS, TEMPLATES
from vaktaal.anki.identity import NOTETYPE_ID, NOTETYPE_NAME

FIELDS: tuple[str, ...] = (
    "Word",                # Dutch word or phrase, without article (sort field)
    "Article",             # de / het
    "Plural",
    "FullForm",            # what an abbreviation stands for
    "Translation",         # in the learner's language
    "TranslationStatus",   # "⚠ vertaling niet gecontroleerd" when no person checked it, else empty
    "Example",             # Dutch example sentence
    "ExampleTranslation",
    "WordAudio",           # [sound:vt-….mp3]
    "ExampleAudio",
    "Picture",             # <img src="vt-….jpg">
    "Emoji",
    "Situation",           # phrases: when you say it (Dutch)
    "Level",               # CEFR
    "Theme",
    "Safety",              # "⚠ veiligheid" for safety-critical terms, else empty
    "Notes",
    "Language",            # ISO 639-1 code of Translation (lang= attribute)
    "Direction",           # rtl / ltr (dir= attribute)
    "Sector",
    "Source",
    "Key",                 # origin/term-id: the identity the GUID is made from
    "Herkennen",           # card switches: "1" makes the card, empty leaves it out
    "Zeggen",
    "Luisteren",
    "Zin",
    "Reader",              # "1" for the lezer profile: show text and examples
    "Extra",               # the translation spoken by a person (a reviewer's recording): [sound:vt-….mp3]
)

FIELD_INDEX = {name: i for i, name in enumerate(FIELDS)}


def build_notetype() -> genanki.Model:
    return genanki.Model(
        NOTETYPE_ID,
        NOTETYPE_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[dict(t) for t in TEMPLATES],
        css=CSS,
        sort_field_index=0,
    )
