"""Checking one parsed value against its field rule (text, slug, choice, language codes, …),
with a located problem and a fix hint for each mistake.

The checks of a text itself live here too, for every way text comes in (a sector file, a
spreadsheet cell, a typed translation): :func:`text_problem` (control characters, line breaks,
Anki's ``[sound:…]``), :func:`not_a_word` (a formula, a web address or brackets where a word
belongs) and, through :mod:`vaktaal.content.languages`, the script of a translation.
"""

from __future__ import annotations

import re
from difflib import get_close_matches
from pathlib import Path
from typing import Any

from vaktaal.content.format_rules import RECORDING_EXAMPLE, SLUG_RE, FieldRule, slugify
from vaktaal.content.languages import is_language_code, script_problem
from vaktaal.content.model import Sector
from vaktaal.files.problems import Problem
from vaktaal.files.yaml_reader import YamlDocument, YamlPath
from vaktaal.i18n import _


class FieldChecker:
    """Checks values against field rules and collects located problems (the generic half of
    the validator; :mod:`vaktaal.content.validation` adds what sectors, themes and terms need)."""

    def __init__(self, doc: YamlDocument, base_dir: Path, extends: Sector | None = None) -> None:
        self.doc = doc
        self.base_dir = base_dir
        #: For an employer overlay: the sector it adds to (its themes are known, its words taken).
        self.base = extends
        self.problems: list[Problem] = []
        self.error_count = 0
        self.seen_nl: dict[str, int] = {}

    # -- reporting -------------------------------------------------------------------------
    def report(self, path: YamlPath, code: str, message: str, hint: str = "", *,
               key: bool = False, severity: str = "error") -> None:
        self.error_count += severity == "error"
        self.problems.append(self.doc.problem(path, code, message, hint, key=key, severity=severity))

    def warn(self, path: YamlPath, code: str, message: str, hint: str = "") -> None:
        self.report(path, code, message, hint, key=True, severity="warning")

    # -- generic field checks ----------------------------------------------------------------
    def mapping(self, value: Any, path: YamlPath, what: str, example: str) -> bool:
        if isinstance(value, dict):
            return True
        self.report(path, "type", _("{what} must be a mapping (key: value lines), not {found}").format(
                        what=what, found=describe(value)),
                    _("write it like:\n{example}").format(example=example))
        return False

    def fields(self, data: dict[str, Any], path: YamlPath, rules: tuple[FieldRule, ...],
               what: str) -> dict[str, Any]:
        """Check required/unknown fields and each value's kind; return the good values."""
        known = {rule.name: rule for rule in rules}
        good: dict[str, Any] = {}
        for key in data:
            if key not in known:
                close = get_close_matches(key, known, n=1)
                hint = _("did you mean '{suggestion}'?").format(suggestion=close[0]) if close else _(
                    "allowed fields: {fields} (see docs/sector-format.md)").format(fields=", ".join(known))
                self.report(path + (key,), "unknown-field",
                            _("unknown field '{field}' in {what}").format(field=key, what=what), hint, key=True)
        for rule in rules:
            if rule.name not in data:
                if rule.required:
                    self.report(path, "missing-field", _("{what} has no '{field}'").format(what=what, field=rule.name),
                                add_field_hint(rule), key=True)
                continue
            value = self.value(data[rule.name], path + (rule.name,), rule, what)
            if value is not BAD:
                good[rule.name] = value
        return good

    def value(self, value: Any, path: YamlPath, rule: FieldRule, what: str) -> Any:
        name = rule.name
        if value is None:
            if rule.nullable:
                return None
            self.report(path, "blank", _("'{field}' in {what} is empty").format(field=name, what=what),
                        _("fill it in or remove the line; {description}").format(description=_(rule.description)))
            return BAD
        kind = rule.kind
        if kind in ("text", "slug", "choice"):
            text = self.text(value, path, name, what)
            if text is BAD:
                return BAD
            if kind == "slug" and not SLUG_RE.fullmatch(text):
                self.report(path, "slug", _("'{field}' must be a slug (lowercase letters, digits and -), "
                                            "not '{value}'").format(field=name, value=text),
                            _("for example: {slug}").format(slug=slugify(text) or "veiligheid"))
                return BAD
            if kind == "choice" and text not in rule.choices:
                self.report(path, "choice", _("'{value}' is not an allowed {field}").format(value=text, field=name),
                            allowed_hint(text, rule.choices))
                return BAD
            if name in WORD_FIELDS:
                self.word(text, path)
            return text
        if kind == "bool":
            if isinstance(value, bool):
                return value
            self.report(path, "type", _("'{field}' must be true or false, not {found}").format(
                            field=name, found=describe(value)),
                        _("write `{field}: true` or leave the line out").format(field=name))
            return BAD
        if kind == "text_list":
            if not isinstance(value, list):
                self.report(path, "type", _("'{field}' must be a list, not {found}").format(
                                field=name, found=describe(value)),
                            _("write it as\n{field}:\n  - first\n  - second").format(field=name))
                return BAD
            texts = [self.text(item, path + (i,), name, what) for i, item in enumerate(value)]
            return BAD if BAD in texts else tuple(texts)
        if kind == "lang_list":
            if not isinstance(value, list):
                self.report(path, "type", _("'{field}' must be a list of language codes, not {found}").format(
                                field=name, found=describe(value)),
                            _("write it as `{field}: [en, ar]`, or `{field}: []` when nobody checked any").format(
                                field=name))
                return BAD
            codes = []
            for i, item in enumerate(value):
                code = self.text(item, path + (i,), name, what)
                if code is BAD:
                    continue
                if not is_language_code(code):
                    self.report(path + (i,), "language", not_a_language_code(code), language_hint(code))
                    continue
                codes.append(code)
            return tuple(codes)
        if kind in ("lang_map", "recording_map"):
            if not isinstance(value, dict):
                self.report(path, "type", _("'{field}' must be a mapping of language codes to text, "
                                            "not {found}").format(field=name, found=describe(value)),
                            _("write it as\n{field}:\n  en: …\n  ar: …").format(field=name))
                return BAD
            result = {}
            for code, text in value.items():
                if not is_language_code(code) and not (kind == "recording_map" and code == RECORDING_EXAMPLE):
                    self.report(path + (code,), "language", not_a_language_code(code), language_hint(code), key=True)
                    continue
                if text is None:
                    self.report(path + (code,), "blank",
                                _("the '{code}' entry of '{field}' is empty").format(code=code, field=name),
                                _("fill in the translation or remove the line"))
                    continue
                checked = self.text(text, path + (code,), f"{name}.{code}", what)
                if checked is BAD:
                    continue
                if name == "translations":
                    self.word(checked, path + (code,), translation=True)
                wrong_script = (script_problem(code, checked, example=name == "example_translations")
                                if name in SCRIPT_FIELDS else None)
                if wrong_script:
                    self.report(path + (code,), "wrong-script", wrong_script, script_hint())
                    continue
                result[code] = checked
            return result
        raise AssertionError(kind)  # themes/terms are handled by the caller

    def text(self, value: Any, path: YamlPath, name: str, what: str) -> Any:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            if isinstance(value, bool) and path in self.doc.plain_text:
                value = self.doc.plain_text[path]  # `nl: yes` is text here, not a boolean
            else:
                self.report(path, "type", _("'{field}' in {what} must be text, not {found}").format(
                                field=name, what=what, found=describe(value)),
                            _("write a single line of text after the colon"))
                return BAD
        if not isinstance(value, str):
            value = self.doc.plain_text.get(path, str(value))
        if not value.strip():
            self.report(path, "blank", _("'{field}' in {what} is blank").format(field=name, what=what),
                        _("write the text, or remove the line if there is nothing to say"))
            return BAD
        if value != value.strip():
            self.report(path, "whitespace", _("'{field}' in {what} starts or ends with spaces").format(
                            field=name, what=what),
                        _("remove the spaces around the text (quote marks may hide them)"))
            return BAD
        problem = text_problem(value, multiline=name.split(".", 1)[0] in MULTILINE_FIELDS)
        if problem is not None:
            self.report(path, "bad-character", _("'{field}' in {what}: {problem}").format(
                            field=name, what=what, problem=problem[0]), problem[1])
            return BAD
        return value

    def word(self, text: str, path: YamlPath, *, translation: bool = False) -> None:
        """Warn when a word looks like a spreadsheet formula, a web address or brackets: refused
        where people type words in (a spreadsheet, a form), only a warning in a file, whose text
        every output escapes (digits are fine here: '112')."""
        problem = not_a_word(text, translation=translation)
        if problem is not None:
            self.report(path, "not-a-word", problem, not_a_word_hint(), severity="warning")


class _Bad:
    def __repr__(self) -> str:
        return "<bad value>"


BAD: Any = _Bad()


def describe(value: Any) -> str:
    """What a wrong value is, for "… must be text, not {found}"."""
    if value is None:
        return _("nothing")
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, dict):
        return _("a mapping")
    if isinstance(value, list):
        return _("a list")
    if isinstance(value, (int, float)):
        return _("the number {number}").format(number=value)
    return f"'{value}'"


def add_field_hint(rule: FieldRule) -> str:
    return _("add `{field}:` — {description}").format(field=rule.name, description=_(rule.description))


def allowed_hint(given: str, allowed: tuple[str, ...] | list[str]) -> str:
    """'did you mean 'A1'? allowed: A1, A2, B1, B2' (or only the list when nothing is close)."""
    close = get_close_matches(given, allowed, n=1)
    if close:
        return _("did you mean '{suggestion}'? allowed: {allowed}").format(suggestion=close[0],
                                                                            allowed=", ".join(allowed))
    return _("allowed: {allowed}").format(allowed=", ".join(allowed))


def not_a_language_code(code: str) -> str:
    return _("'{code}' is not an ISO 639-1 language code").format(code=code)


def language_hint(code: str) -> str:
    lowered = code.strip().lower()
    if lowered != code and is_language_code(lowered):
        return _("write it in lowercase: '{code}'").format(code=lowered)
    return _("use a two-letter ISO 639-1 code, e.g. en, ar, ti, fa, so, tr, uk, pl")


#: Text fields that may hold line breaks; every other text is one line (a deck field, a table cell).
MULTILINE_FIELDS = frozenset({"description", "notes"})
#: Fields that hold a Dutch word or fixed phrase: never a formula, a web address or brackets (the
#: translations are checked the same way, round brackets allowed).
WORD_FIELDS = frozenset({"nl", "plural"})
#: Fields whose text is in a learner's language, so in that language's script.
SCRIPT_FIELDS = frozenset({"translations", "example_translations"})
#: How Anki marks a sound in a field: typed into a text, it would play (or break) a recording.
_ANKI_SOUND = "[sound:"
#: Control characters (Unicode category Cc: U+0000–U+001F, U+007F–U+009F) and the Unicode line and
#: paragraph separators; a newline (U+000A) is looked at on its own.
_BAD_CHARACTER = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_BREAKS = frozenset("\n\r\x0b\x0c\u2028\u2029")


def text_problem(text: str, *, multiline: bool = False) -> tuple[str, str] | None:
    """(what is wrong, how to fix it) when ``text`` holds a character no text field may hold: a
    control character (Anki's field separator U+001F among them), a line break in a one-line
    field, or ``[sound:``, which Anki would take for a recording. None when it is fine."""
    found = _BAD_CHARACTER.search(text)
    found_char: str | None = found.group() if found else None
    if not multiline and "\n" in text and (found is None or text.index("\n") < found.start()):
        found_char = "\n"
    if found_char is not None:
        if found_char in _LINE_BREAKS and not multiline:
            return (_("the text holds a line break, but this field is one line"),
                    _("write it on one line"))
        return (_("the text holds an invisible control character ({code}), which breaks decks").format(
                    code=f"U+{ord(found_char):04X}"),
                _("type the text again, or remove the character"))
    if _ANKI_SOUND in text.casefold():
        return (_("the text holds '[sound:', which Anki would take for a recording"),
                _("write the text without it; a recording is added as a sound file, never typed into a text"))
    return None


_FORMULA_START = ("=", "+", "-", "@")
_WEB_ADDRESS = re.compile(r"(?i)[a-z][a-z0-9+.-]*://|\bwww\.|\bmailto:|\b[a-z0-9-]+\.(?:nl|com|org|net|eu|be|de|io)\b")
_WORD_BRACKETS = "()[]{}<>"
#: Round brackets are fine in a translation ("persoonlijke beschermingsmiddelen (PBM)").
_TRANSLATION_BRACKETS = "[]{}<>"


def not_a_word(text: str, *, translation: bool = False, digits: bool = True) -> str | None:
    """Why ``text`` cannot be a Dutch word or a translation, or None: it looks like a spreadsheet
    formula (starts with = + - @), holds a web address or brackets (round ones are fine in a
    translation), or (with ``digits=False``, for what people type in) is only digits."""
    shown = text if len(text) <= 60 else text[:60] + "…"
    stripped = text.strip()
    if stripped.startswith(_FORMULA_START):
        return _("'{text}' looks like a spreadsheet formula, not a word").format(text=shown)
    if _WEB_ADDRESS.search(stripped):
        return _("'{text}' is a web address, not a word").format(text=shown)
    brackets = "".join(dict.fromkeys(c for c in stripped
                                     if c in (_TRANSLATION_BRACKETS if translation else _WORD_BRACKETS)))
    if brackets:
        return _("'{text}' holds brackets ({brackets}), which a word does not have").format(
            text=shown, brackets=brackets)
    if stripped and all(c in "?¿ " for c in stripped):
        return _("'{text}' holds only question marks: its letters were lost when the file was saved").format(
            text=shown)
    if not digits and stripped and all(c.isdigit() or c in " .,:/" for c in stripped):
        return _("'{text}' is only digits, not a word").format(text=shown)
    return None


def not_a_word_hint() -> str:
    return _("write the word itself as text; put explanations, links and numbers in the notes")


def script_hint() -> str:
    return _("check that the text is in the right language; abbreviations such as VCA may stay in Latin "
             "letters inside the text")
