"""Language codes: which exist (ISO 639-1), which learners need, and how each is written
(direction, and the script a translation must be in)."""

from __future__ import annotations

import gettext
import unicodedata
from collections import Counter
from functools import lru_cache

from vaktaal.errors import InputError
from vaktaal.i18n import N_, _, current_language

#: The learner languages every sector file is expected to cover (missing ones are warnings).
LEARNER_LANGUAGES: tuple[str, ...] = ("en", "ar", "ti", "fa", "so", "tr", "uk")

#: The script each language is written in, as the Unicode Character Database names it (the first
#: word of a letter's name: ``ETHIOPIC SYLLABLE HA``). A translation must be in its language's script;
#: Latin letters may appear inside text in another script (abbreviations such as VCA or LMRA, a
#: Dutch word in quotes), as long as the language's own letters outnumber them. Languages not
#: listed here are not checked.
LANGUAGE_SCRIPTS: dict[str, str] = {
    "ti": "ETHIOPIC", "am": "ETHIOPIC",
    "ar": "ARABIC", "fa": "ARABIC", "ps": "ARABIC", "ur": "ARABIC",
    "uk": "CYRILLIC", "ru": "CYRILLIC", "bg": "CYRILLIC",
    "en": "LATIN", "so": "LATIN", "tr": "LATIN", "nl": "LATIN", "pl": "LATIN", "fr": "LATIN",
    "es": "LATIN", "de": "LATIN", "ro": "LATIN", "lt": "LATIN", "pt": "LATIN",
}
#: Scripts by their name in messages (others: the UCD's word, e.g. "Hebrew script").
_SCRIPT_NAMES = {
    "ETHIOPIC": N_("Ethiopic script (Ge'ez)"), "ARABIC": N_("Arabic script"),
    "CYRILLIC": N_("Cyrillic script"), "LATIN": N_("Latin script"),
}

#: Languages written right to left that learners on dual tracks speak (ISO 639-1).
RTL_LANGUAGES = frozenset({"ar", "fa", "he", "ur", "ps", "yi", "dv", "ug", "ku"})

#: Names in Dutch for the languages coaches meet most, for the coach's (Dutch) pages; others fall
#: back to the English name.
_DUTCH_NAMES = {
    "nl": "Nederlands",
    "en": "Engels",
    "ar": "Arabisch",
    "ti": "Tigrinya",
    "fa": "Perzisch (Farsi/Dari)",
    "so": "Somalisch",
    "tr": "Turks",
    "uk": "Oekraïens",
    "pl": "Pools",
    "ru": "Russisch",
    "am": "Amhaars",
    "ps": "Pasjtoe",
    "ku": "Koerdisch",
    "fr": "Frans",
    "es": "Spaans",
    "de": "Duits",
    "ro": "Roemeens",
    "bg": "Bulgaars",
    "lt": "Litouws",
    "pt": "Portugees",
}


#: Names in the interface language (English message ids, see vaktaal.i18n) for the same languages.
_INTERFACE_NAMES = {
    "nl": N_("Dutch"),
    "en": N_("English"),
    "ar": N_("Arabic"),
    "ti": N_("Tigrinya"),
    "fa": N_("Persian (Farsi/Dari)"),
    "so": N_("Somali"),
    "tr": N_("Turkish"),
    "uk": N_("Ukrainian"),
    "pl": N_("Polish"),
    "ru": N_("Russian"),
    "am": N_("Amharic"),
    "ps": N_("Pashto"),
    "ku": N_("Kurdish"),
    "fr": N_("French"),
    "es": N_("Spanish"),
    "de": N_("German"),
    "ro": N_("Romanian"),
    "bg": N_("Bulgarian"),
    "lt": N_("Lithuanian"),
    "pt": N_("Portuguese"),
}


#: All two-letter ISO 639-1 codes (the standard has not changed since 2009; a test compares this
#: with pycountry's copy). Written out: loading pycountry's database costs every command 0.1 s.
_ISO_639_1 = frozenset((
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm", "bn",
    "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de", "dv", "dz", "ee", "el",
    "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy", "ga", "gd", "gl", "gn", "gu", "gv",
    "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it",
    "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky",
    "la", "lb", "lg", "li", "ln", "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt",
    "my", "na", "nb", "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa",
    "pi", "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "sh", "si", "sk",
    "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti", "tk", "tl",
    "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo", "wa", "wo", "xh", "yi",
    "yo", "za", "zh", "zu",
))


def iso_639_1_codes() -> frozenset[str]:
    """All two-letter ISO 639-1 codes."""
    return _ISO_639_1


def is_language_code(code: str) -> bool:
    return code in iso_639_1_codes()


def require_language_code(code: str, field: str = "lang") -> str:
    """``code`` if it is an ISO 639-1 code, else an InputError about ``field`` (the CLI shows
    ``--lang xx: …``)."""
    if not is_language_code(code):
        raise InputError(_("not an ISO 639-1 language code"),
                         hint=_("use two-letter codes such as en, ar, ti, fa, so, tr, uk"), field=field, value=code)
    return code


def language_name(code: str) -> str:
    """Dutch name of a language for the coach's pages, which are Dutch whatever the interface
    language (falls back to the English name, then the code). Messages use
    :func:`interface_language_name`."""
    if code in _DUTCH_NAMES:
        return _DUTCH_NAMES[code]
    import pycountry  # its database loads on first use: only for a language the tables lack

    lang = pycountry.languages.get(alpha_2=code)
    return lang.name if lang is not None else code


def interface_language_name(code: str) -> str:
    """Name of a language in the interface language, for messages and tables (others from
    pycountry's copy of the ISO 639 names and their translations, then the code)."""
    if code in _INTERFACE_NAMES:
        return _(_INTERFACE_NAMES[code])
    import pycountry

    lang = pycountry.languages.get(alpha_2=code)
    if lang is None:
        return code
    return _iso_639_names(current_language()).gettext(lang.name)


@lru_cache(maxsize=4)
def _iso_639_names(language: str) -> gettext.NullTranslations:
    import pycountry

    return gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=[language], fallback=True)


def text_direction(code: str) -> str:
    """``rtl`` or ``ltr``, for the HTML ``dir`` attribute."""
    return "rtl" if code in RTL_LANGUAGES else "ltr"


def letter_scripts(text: str) -> Counter[str]:
    """How many letters of each script ``text`` has (``{"ARABIC": 12, "LATIN": 3}``).

    Python's ``unicodedata`` has no Script property, but the Unicode Character Database names
    every letter of a script after it (``ARABIC LETTER ALEF``, ``CYRILLIC SMALL LETTER A``); for
    Latin, Arabic, Ethiopic and Cyrillic this agrees with the Script property for every letter.
    Digits, punctuation, joiners (the Persian ZWNJ), vowel marks and modifier letters (the
    Ukrainian apostrophe U+02BC) belong to no script here."""
    found: Counter[str] = Counter()
    for char in text:
        script = _letter_script(char)
        if script:
            found[script] += 1
    return found


@lru_cache(maxsize=4096)
def _letter_script(char: str) -> str:
    # Cached per character: a sector file has thousands of texts but few distinct letters.
    category = unicodedata.category(char)
    if not category.startswith("L") or category == "Lm":
        return ""
    name = unicodedata.name(char, "")
    if not name or name.endswith("ORDINAL INDICATOR"):
        return ""
    return name.split(" ", 1)[0]


def script_name(script: str) -> str:
    """'Arabic script' in the interface language."""
    if script in _SCRIPT_NAMES:
        return _(_SCRIPT_NAMES[script])
    return _("{name} script").format(name=script.title())


def script_problem(code: str, text: str, *, example: bool = False) -> str | None:
    """Why ``text`` cannot be a ``code`` translation because of its letters, or None.

    Wrong: letters of a third script (Arabic in a Tigrinya text; Cyrillic in an English one), or
    Latin letters outnumbering the language's own (an English text under ``ar``)."""
    expected = LANGUAGE_SCRIPTS.get(code)
    if expected is None:
        return None
    counts = letter_scripts(text)
    others = [script for script, _n in counts.most_common() if script not in (expected, "LATIN")]
    if expected == "LATIN" or others:
        found = others[0] if others else None
    else:
        found = "LATIN" if counts["LATIN"] >= max(counts[expected], 1) else None
    if found is None:
        return None
    message = (_("the '{code}' translation of the example is in {found}, but {language} is written in {expected}")
               if example else _("the '{code}' translation is in {found}, but {language} is written in {expected}"))
    return message.format(code=code, found=script_name(found), language=interface_language_name(code),
                          expected=script_name(expected))
