"""The one Vaktaal note type.

Every field a card could ever need is here. Changing the field list breaks learners' updates
(Anki's default import then leaves their old notes untouched and makes a copy of the note type),
so the list does not change any more: ``Extra`` is reserved for something we have not thought of
yet. (It changed once, before the first release, for the sound of the translation and of the
situation and the Kijken card: see CHANGELOG.)
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
    "TranslationStatus",   # "✎ nog niet gecontroleerd" when no person checked it, else empty
    "Example",             # Dutch example sentence
    "ExampleTranslation",
    "WordAudio",           # [sound:vt-….mp3]
    "ExampleAudio",
    "TranslationAudio",    # the translation spoken: a person's recording, or a machine voice
    "SituationAudio",      # phrases: the situation spoken (the Zin card for learners who cannot read)
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
    "Kijken",
    "Reader",              # "1" for the lezer profile: show text and examples
    "Extra",               # reserved, always empty for now
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
