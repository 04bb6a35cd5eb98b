"""Checking one parsed value against its field rule (text, slug, choice, language codes, …),
with a located problem and a fix hint for each mistake."""

from __future__ import annotations

from difflib import get_close_matches
from pathlib import Path
from typing import Any

from vaktaal.content.format_rules import RECORDING_EXAMPLE, SLUG_RE, FieldRule, slugify
from vaktaal.content.languages import is_language_code
from vaktaal.content.model import Sector
from vaktaal.files.problems import Problem
from vaktaal.files.yaml_reader import YamlDocument, YamlPath

_KIND_NAMES = {
    "slug": "a slug (lowercase letters, digits and -)",
    "text": "text",
    "bool": "true or false",
    "choice": "one of the allowed values",
    "lang_map": "a mapping of language codes to text",
    "lang_list": "a list of language codes",
    "text_list": "a list of texts",
    "themes": "a list of themes",
    "terms": "a list of terms",
}


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
        found = describe(value)
        self.report(path, "type", f"{what} must be a mapping (key: value lines), not {found}",
                    f"write it like:\n{example}")
        return False

    def fields(self, data: dict[str, Any], path: YamlPath, rules: tuple[FieldRule, ...],
               what: str) -> dict[str, Any]:
        """Check required/unknown fields and each value's kind; return the good values."""
        known = {rule.name: rule for rule in rules}
        good: dict[str, Any] = {}
        for key in data:
            if key not in known:
                close = get_close_matches(key, known, n=1)
                hint = f"did you mean '{close[0]}'?" if close else (
                    "allowed fields: " + ", ".join(known) + " (see docs/sector-format.md)")
                self.report(path + (key,), "unknown-field", f"unknown field '{key}' in {what}", hint, key=True)
        for rule in rules:
            if rule.name not in data:
                if rule.required:
                    self.report(path, "missing-field", f"{what} has no '{rule.name}'",
                                f"add `{rule.name}:` — {rule.description}", key=True)
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
            self.report(path, "blank", f"'{name}' in {what} is empty",
                        f"fill it in or remove the line; {rule.description}")
            return BAD
        kind = rule.kind
        if kind in ("text", "slug", "choice"):
            text = self.text(value, path, name, what)
            if text is BAD:
                return BAD
            if kind == "slug" and not SLUG_RE.match(text):
                self.report(path, "slug", f"'{name}' must be a slug (lowercase letters, digits and -), "
                            f"not '{text}'", f"for example: {slugify(text) or 'veiligheid'}")
                return BAD
            if kind == "choice" and text not in rule.choices:
                close = get_close_matches(text, rule.choices, n=1)
                hint = (f"did you mean '{close[0]}'? " if close else "") + "allowed: " + ", ".join(rule.choices)
                self.report(path, "choice", f"'{text}' is not an allowed {name}", hint)
                return BAD
            return text
        if kind == "bool":
            if isinstance(value, bool):
                return value
            self.report(path, "type", f"'{name}' must be true or false, not {describe(value)}",
                        f"write `{name}: true` or leave the line out")
            return BAD
        if kind == "text_list":
            if not isinstance(value, list):
                self.report(path, "type", f"'{name}' must be a list, not {describe(value)}",
                            f"write it as\n{name}:\n  - first\n  - second")
                return BAD
            texts = [self.text(item, path + (i,), name, what) for i, item in enumerate(value)]
            return BAD if BAD in texts else tuple(texts)
        if kind == "lang_list":
            if not isinstance(value, list):
                self.report(path, "type", f"'{name}' must be a list of language codes, not {describe(value)}",
                            f"write it as `{name}: [en, ar]`, or `{name}: []` when nobody checked any")
                return BAD
            codes = []
            for i, item in enumerate(value):
                code = self.text(item, path + (i,), name, what)
                if code is BAD:
                    continue
                if not is_language_code(code):
                    self.report(path + (i,), "language", f"'{code}' is not an ISO 639-1 language code",
                                language_hint(code))
                    continue
                codes.append(code)
            return tuple(codes)
        if kind in ("lang_map", "recording_map"):
            if not isinstance(value, dict):
                self.report(path, "type", f"'{name}' must be a mapping of language codes to text, "
                            f"not {describe(value)}",
                            f"write it as\n{name}:\n  en: …\n  ar: …")
                return BAD
            result = {}
            for code, text in value.items():
                if not is_language_code(code) and not (kind == "recording_map" and code == RECORDING_EXAMPLE):
                    self.report(path + (code,), "language", f"'{code}' is not an ISO 639-1 language code",
                                language_hint(code), key=True)
                    continue
                if text is None:
                    self.report(path + (code,), "blank", f"the '{code}' entry of '{name}' is empty",
                                "fill in the translation or remove the line")
                    continue
                checked = self.text(text, path + (code,), f"{name}.{code}", what)
                if checked is not BAD:
                    result[code] = checked
            return result
        raise AssertionError(kind)  # themes/terms are handled by the caller

    def text(self, value: Any, path: YamlPath, name: str, what: str) -> Any:
        if isinstance(value, bool) or not isinstance(value, (str, int, float)):
            if isinstance(value, bool) and path in self.doc.plain_text:
                value = self.doc.plain_text[path]  # `nl: yes` is text here, not a boolean
            else:
                self.report(path, "type", f"'{name}' in {what} must be text, not {describe(value)}",
                            "write a single line of text after the colon")
                return BAD
        if not isinstance(value, str):
            value = self.doc.plain_text.get(path, str(value))
        if not value.strip():
            self.report(path, "blank", f"'{name}' in {what} is blank",
                        "write the text, or remove the line if there is nothing to say")
            return BAD
        if value != value.strip():
            self.report(path, "whitespace", f"'{name}' in {what} starts or ends with spaces",
                        "remove the spaces around the text (quote marks may hide them)")
            return BAD
        return value


class _Bad:
    def __repr__(self) -> str:
        return "<bad value>"


BAD: Any = _Bad()


def describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"'{str(value).lower()}'"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    return f"'{value}'"


def language_hint(code: str) -> str:
    lowered = code.strip().lower()
    if lowered != code and is_language_code(lowered):
        return f"write it in lowercase: '{lowered}'"
    return "use a two-letter ISO 639-1 code, e.g. en, ar, ti, fa, so, tr, uk, pl"
