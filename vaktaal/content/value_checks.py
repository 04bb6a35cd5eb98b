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
            if kind == "slug" and not SLUG_RE.match(text):
                self.report(path, "slug", _("'{field}' must be a slug (lowercase letters, digits and -), "
                                            "not '{value}'").format(field=name, value=text),
                            _("for example: {slug}").format(slug=slugify(text) or "veiligheid"))
                return BAD
            if kind == "choice" and text not in rule.choices:
                self.report(path, "choice", _("'{value}' is not an allowed {field}").format(value=text, field=name),
                            allowed_hint(text, rule.choices))
                return BAD
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
                if checked is not BAD:
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
        return value


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
