"""The checks of a text itself, wherever it comes from (issue 10 #12, #14; issue 16 #3, #9):
control characters and Anki's [sound:…], a formula or web address where a word belongs, a
translation in the wrong script, and slugs with a trailing newline."""

from __future__ import annotations

from pathlib import Path

import pytest

import vaktaal
from vaktaal.content.format_rules import SLUG_RE
from vaktaal.content.languages import LANGUAGE_SCRIPTS, LEARNER_LANGUAGES, letter_scripts, script_problem
from vaktaal.content.value_checks import not_a_word, text_problem
from vaktaal.employers.overlays import overlay_path
from vaktaal.errors import InputError

SECTOR = """\
sector: proef
name: Proef
description: Een klein bestand.
themes:
  - id: veiligheid
    name: Veiligheid
terms:
  - id: laskap
    nl: {nl}
    article: de
    pos: noun
    theme: veiligheid
    level: A2
    example: {example}
    notes: {notes}
    translations:
      {lang}: {translation}
"""
GOOD = {"nl": "laskap", "example": "Zet je laskap op.", "notes": "Voor het lassen.", "lang": "en",
        "translation": "welding helmet"}


def problems_of(tmp_path: Path, **change: str) -> list[tuple[int | None, str, str]]:
    path = tmp_path / "proef.yaml"
    path.write_text(SECTOR.format(**{**GOOD, **change}), encoding="utf-8")
    return [(p.line, p.code, p.message) for p in vaktaal.check([path]).errors]


def test_a_good_term_checks_clean(tmp_path: Path) -> None:
    assert problems_of(tmp_path) == []


@pytest.mark.parametrize(("field", "value", "code", "message"), [
    # Anki's field separator: the package would have one field too many.
    ("nl", '"las\\x1fkap"', "bad-character",
     "'nl' in term 'laskap': the text holds an invisible control character (U+001F), which breaks decks"),
    ("example", '"Zet je\\x07 laskap op."', "bad-character",
     "'example' in term 'laskap': the text holds an invisible control character (U+0007), which breaks decks"),
    ("example", '"Zet je\\nlaskap op."', "bad-character",
     "'example' in term 'laskap': the text holds a line break, but this field is one line"),
    ("translation", '"welding [sound:boom.mp3] helmet"', "bad-character",
     "'translations.en' in term 'laskap': the text holds '[sound:', which Anki would take for a recording"),
])
def test_bad_text_is_an_error_at_check(tmp_path: Path, field: str, value: str, code: str, message: str) -> None:
    [(line, found_code, found)] = problems_of(tmp_path, **{field: value})
    assert (found_code, found) == (code, message)
    assert line is not None


@pytest.mark.parametrize(("field", "value", "message"), [
    ("nl", '"=HYPERLINK(\\"http://x\\")"', "'=HYPERLINK(\"http://x\")' looks like a spreadsheet formula, not a word"),
    ("nl", "'@SUM(A1:A2)'", "'@SUM(A1:A2)' looks like a spreadsheet formula, not a word"),
    ("nl", "www.smit-metaal.nl", "'www.smit-metaal.nl' is a web address, not a word"),
    ("nl", "laskap [groot]", "'laskap [groot]' holds brackets ([]), which a word does not have"),
    ("translation", "'<b>helmet</b>'", "'<b>helmet</b>' holds brackets (<>), which a word does not have"),
])
def test_what_is_not_a_word_is_a_warning_in_a_file(tmp_path: Path, field: str, value: str, message: str) -> None:
    # Refused where people type (import, term add, review); in a file only a warning: every output
    # escapes the text, and a term imported before the check stays buildable while the coach fixes it.
    path = tmp_path / "proef.yaml"
    path.write_text(SECTOR.format(**{**GOOD, field: value}), encoding="utf-8")
    report = vaktaal.check([path])
    assert report.errors == ()
    assert [(p.code, p.message) for p in report.warnings if p.code == "not-a-word"] == [("not-a-word", message)]


def test_notes_may_hold_line_breaks_and_a_word_may_be_digits(tmp_path: Path) -> None:
    # 112 is the emergency number: a term of the shipped content.
    assert problems_of(tmp_path, notes='"Eerste regel.\\nTweede regel."', nl="112") == []


@pytest.mark.parametrize(("lang", "translation", "found"), [
    ("ti", "خوذة اللحام", "the 'ti' translation is in Arabic script, but Tigrinya is written in Ethiopic script "
                          "(Ge'ez)"),
    ("ar", "welding helmet", "the 'ar' translation is in Latin script, but Arabic is written in Arabic script"),
    ("fa", "Шолом", "the 'fa' translation is in Cyrillic script, but Persian (Farsi/Dari) is written in Arabic "
                    "script"),
    ("uk", "zvaryuvalnyi sholom", "the 'uk' translation is in Latin script, but Ukrainian is written in Cyrillic "
                                  "script"),
    ("en", "ቆብዕ", "the 'en' translation is in Ethiopic script (Ge'ez), but English is written in Latin script"),
    ("tr", "خوذة", "the 'tr' translation is in Arabic script, but Turkish is written in Latin script"),
    ("so", "Шолом", "the 'so' translation is in Cyrillic script, but Somali is written in Latin script"),
])
def test_a_translation_in_the_wrong_script_is_an_error(tmp_path: Path, lang: str, translation: str,
                                                       found: str) -> None:
    assert problems_of(tmp_path, lang=lang, translation=translation) == [(17, "wrong-script", found)]


@pytest.mark.parametrize(("lang", "translation"), [
    ("ar", "شهادة السلامة VCA"),                      # an abbreviation as written on the work floor
    ("ti", "ብየዳ MAG (ብንጡፍ ጋዝ)"),
    ("ti", "ቅድሚ ምጅማርካ መጀመርታ LMRA ግበር።"),
    ("fa", "آتش\u200cسوزی"),                           # the zero-width non-joiner Persian needs
    ("fa", "شماره اضطراری ۱۱۲"),                      # Persian digits
    ("uk", "бурʼян"),                                 # the Ukrainian apostrophe (a modifier letter)
    ("uk", "TIG-зварювання"),
    ("ar", "112"),                                    # no letters at all
    ("tr", "çekiç"),
    ("pl", "młotek"),
    ("no", "sveisehjelm"),                            # a language without a script in the table: not checked
])
def test_real_mixed_texts_are_accepted(tmp_path: Path, lang: str, translation: str) -> None:
    assert problems_of(tmp_path, lang=lang, translation=translation) == []


def test_expected_scripts_are_data_next_to_the_languages() -> None:
    assert {code: LANGUAGE_SCRIPTS[code] for code in LEARNER_LANGUAGES} == {
        "en": "LATIN", "ar": "ARABIC", "ti": "ETHIOPIC", "fa": "ARABIC", "so": "LATIN", "tr": "LATIN",
        "uk": "CYRILLIC"}
    assert letter_scripts("ብTIG") == {"ETHIOPIC": 1, "LATIN": 3}
    assert script_problem("ti", "ብTIG") == "the 'ti' translation is in Latin script, but Tigrinya is written in " \
                                          "Ethiopic script (Ge'ez)"


def test_the_checks_as_functions() -> None:
    assert text_problem("a\nb", multiline=True) is None
    assert text_problem("a\u2028b") == ("the text holds a line break, but this field is one line",
                                        "write it on one line")
    assert text_problem("a\x00b") is not None and text_problem("[SOUND:x.mp3]") is not None
    assert not_a_word("112") is None
    assert not_a_word("112", digits=False) == "'112' is only digits, not a word"
    assert not_a_word("-kap") == "'-kap' looks like a spreadsheet formula, not a word"
    assert not_a_word("tas (groot)", translation=True) is None
    assert not_a_word("???", translation=True) == "'???' holds only question marks: its letters were lost " \
                                                  "when the file was saved"
    long = "=" + "x" * 200
    assert not_a_word(long) == f"'{long[:60]}…' looks like a spreadsheet formula, not a word"


def test_slugs_refuse_a_trailing_newline() -> None:
    assert SLUG_RE.fullmatch("smit") and not SLUG_RE.fullmatch("smit\n")
    assert not SLUG_RE.match("smit\n")  # even .match: the pattern ends with \Z
    with pytest.raises(InputError) as caught:
        overlay_path("smit\n", "metaal")
    assert caught.value.field == "employer"
    with pytest.raises(InputError):
        overlay_path("smit", "metaal\n")


def test_the_shipped_sectors_check_clean() -> None:
    sectors = Path(__file__).parents[1] / "sectors"
    report = vaktaal.check([sectors])
    assert report.errors == ()
