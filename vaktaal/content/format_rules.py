"""The sector file format as data: every field, its kind, and its allowed values.

The validator (``sector_validation``) and the JSON Schema (``schema``) are both made from these
tables, so the editor's view of the format and ``vaktaal check`` cannot drift apart.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Literal

from anyascii import anyascii

from vaktaal.i18n import N_

#: For the JSON Schema (ECMA-262: ``$`` is the end of the text there).
SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
#: For Python: use ``SLUG_RE.fullmatch``. (Python's ``$`` also matches before a final newline, so
#: ``re.match(SLUG_PATTERN, "smit\n")`` would pass; ``\Z`` keeps even ``.match`` strict.)
SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")


def slugify(text: str) -> str:
    """'Kantbank 3' → 'kantbank-3', 'Amal K.' → 'amal-k', 'Ayşe' → 'ayse'; '' when nothing is left.

    Every script is transliterated to Latin letters first (anyascii: Turkish dotless i → 'i', 'ß' → 'ss',
    'Олена' → 'olena', 'ሰላም' → 'selam'), then anything but a letter or digit becomes '-', so
    the result matches :data:`SLUG_RE` and is safe as a file or folder name."""
    plain = anyascii(unicodedata.normalize("NFC", text)).lower()
    return "-".join("".join(c if c.isascii() and c.isalnum() else " " for c in plain).split())


LEVELS = ("A1", "A2", "B1", "B2")
ARTICLES = ("de", "het")
PARTS_OF_SPEECH = (
    "noun", "verb", "adjective", "adverb", "phrase", "abbreviation",
    "preposition", "pronoun", "numeral", "interjection", "conjunction",
)
REGISTERS = ("standard", "jargon", "abbreviation", "informal")
#: Parts of speech that take an article and a plural ("de LMRA" is said on the work floor).
NOUN_LIKE = ("noun", "abbreviation")
IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg")

Kind = Literal["slug", "text", "bool", "choice", "lang_map", "recording_map", "lang_list", "text_list", "themes",
               "terms"]
#: Keys of a term's ``recordings`` besides language codes (``nl``: the word, ``<lang>``: the translation).
RECORDING_EXAMPLE = "example"
RECORDING_SUFFIX = ".mp3"


@dataclass(frozen=True)
class FieldRule:
    name: str
    kind: Kind
    #: English (the JSON Schema's words); ``_(rule.description)`` in a message.
    description: str
    required: bool = False
    choices: tuple[str, ...] = ()
    nullable: bool = False


FILE_FIELDS: tuple[FieldRule, ...] = (
    FieldRule("sector", "slug", N_("Slug of the sector (a-z, 0-9, -); part of every note's identity."), True),
    FieldRule("name", "text", N_("Dutch display name of the sector."), True),
    FieldRule("description", "text", N_("One or two sentences for the coach."), True),
    FieldRule("sources", "text_list", N_("Public word lists or documents this file draws on.")),
    FieldRule("themes", "themes", N_("The themes terms are grouped in (id + Dutch name)."), True),
    FieldRule("terms", "terms", N_("The vocabulary."), True),
)

#: Top-level fields of an employer overlay (``employers/<employer>/<sector>.yaml``, see
#: docs/employer-terms.md); its themes and terms follow the sector rules.
OVERLAY_FILE_FIELDS: tuple[FieldRule, ...] = (
    FieldRule("employer", "slug", N_("Slug of the employer: the folder name under employers/."), True),
    FieldRule("employer_name", "text", N_("The employer's display name."), True),
    FieldRule("extends", "slug", N_("Slug of the sector whose words this overlay adds to."), True),
    FieldRule("themes", "themes", N_("Extra themes; terms may also use the sector's themes.")),
    FieldRule("terms", "terms", N_("The employer's own terms."), True),
)

THEME_FIELDS: tuple[FieldRule, ...] = (
    FieldRule("id", "slug", N_("Slug of the theme, unique in the file."), True),
    FieldRule("name", "text", N_("Dutch display name; becomes a subdeck name."), True),
    FieldRule("description", "text", N_("What the theme covers.")),
)

TERM_FIELDS: tuple[FieldRule, ...] = (
    FieldRule("id", "slug",
              N_("Stable slug, unique in the file, never renamed or reused: the learner's note identity."), True),
    FieldRule("nl", "text", N_("The Dutch word or chunk as said on the work floor, without article."), True),
    FieldRule("pos", "choice", N_("Part of speech."), True, PARTS_OF_SPEECH),
    FieldRule("theme", "slug", N_("One of the file's theme ids."), True),
    FieldRule("level", "choice", N_("CEFR level."), True, LEVELS),
    FieldRule("article", "choice", N_("de or het; nouns and abbreviations only."), False, ARTICLES),
    FieldRule("plural", "text", N_("Plural form (nouns only); null for a noun without plural."), False, (), True),
    FieldRule("safety", "bool", N_("true for safety-critical terms; they come first everywhere.")),
    FieldRule("register", "choice", N_("standard, jargon, abbreviation or informal."), False, REGISTERS),
    FieldRule("example", "text", N_("A short Dutch example sentence at the term's level.")),
    FieldRule("translations", "lang_map", N_("ISO 639-1 code -> translation of the term.")),
    FieldRule("example_translations", "lang_map", N_("ISO 639-1 code -> translation of the example.")),
    FieldRule("reviewed", "lang_list", N_("Language codes whose translations a person has checked.")),
    FieldRule("translation_notes", "lang_map",
              N_("ISO 639-1 code -> why that translation is uncertain (loanword, paraphrase, regional word), "
                 "so a reviewer checks it first.")),
    FieldRule("sense", "text",
              N_("Only when the same Dutch word means something else in another sector or employer's file: "
                 "which meaning this is, in a few Dutch words (hijskraan / waterkraan).")),
    FieldRule("full_form", "text", N_("For abbreviations: what the letters stand for.")),
    FieldRule("situation", "text", N_("For phrases: when you say it, in simple Dutch.")),
    FieldRule("emoji", "text", N_("A pictogram shown when there is no picture.")),
    FieldRule("picture", "text",
              N_("The picture that shows the term: source:id from the bundled picture library (openmoji:1f9ef), "
                 "or a photo file relative to the file, inside its folder (images/kantbank.jpg).")),
    FieldRule("image", "text", N_("Older name of picture for a photo file; use picture.")),
    FieldRule("recordings", "recording_map",
              N_("Recordings made by people, which replace the synthetic voice: nl (the word), example (the "
                 "example sentence) or a language code (the translation) -> an .mp3 file relative to the file, "
                 "inside its folder (vaktaal record adds them).")),
    FieldRule("notes", "text", N_("Notes for the coach.")),
    FieldRule("source", "text", N_("Where the term comes from.")),
)


def field_names(rules: tuple[FieldRule, ...]) -> tuple[str, ...]:
    return tuple(rule.name for rule in rules)
