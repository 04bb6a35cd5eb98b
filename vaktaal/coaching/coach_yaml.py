"""Reading the coach's YAML files (plan, progress) with errors that name file, line and column."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vaktaal.errors import CoachFileError
from vaktaal.files.yaml_reader import YamlDocument, YamlPath, YamlReadError, read_yaml
from vaktaal.i18n import N_, _

#: What a file that is not a mapping is told, per kind of coach file (whole sentences for translators).
_NOT_A_MAPPING = {
    "plan": (N_("{path}: this is not a plan (expected `key: value` lines)"),
             N_("delete the file to start a new plan, or fix it by hand")),
    "progress": (N_("{path}: this is not a progress file (expected `key: value` lines)"),
                 N_("delete the file to start a new progress file, or fix it by hand")),
}


def read_coach_yaml(path: Path, kind: str) -> YamlDocument:
    """Read a coach file; ``kind`` is "plan" or "progress"."""
    try:
        doc = read_yaml(path, display_path=str(path))
    except YamlReadError as exc:
        p = exc.problem
        raise CoachFileError(f"{p.location()}: {p.message}", hint=p.hint) from None
    if not isinstance(doc.data, dict):
        message, hint = _NOT_A_MAPPING[kind]
        raise CoachFileError(_(message).format(path=path), hint=_(hint))
    return doc


def fail(doc: YamlDocument, path: YamlPath, message: str, hint: str, *, key: bool = False) -> CoachFileError:
    problem = doc.problem(path, "coach-file", message, hint, key=key)
    return CoachFileError(f"{problem.location()}: {message}", hint=hint)


def parse_week(value: Any) -> int | None:
    """A week key as written by hand: 3, '3', 'week 3' or 'week-03'; None if it is none."""
    text = str(value).strip().lower().removeprefix("week").strip(" -_")
    if isinstance(value, bool) or not text.isdigit() or int(text) < 1:
        return None
    return int(text)


def week_number(doc: YamlDocument, path: YamlPath, value: Any) -> int:
    number = parse_week(value)
    if number is None:
        raise fail(doc, path, _("'{value}' is not a week number").format(value=value),
                   _("weeks are numbered 1, 2, 3, ..."), key=True)
    return number


def key_list(doc: YamlDocument, path: YamlPath, value: Any, not_a_list: str) -> list[str]:
    """The word keys of a list; ``not_a_list`` is the message when ``value`` is no list."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise fail(doc, path, not_a_list, _("write one word per line, starting with '- '"))
    keys = []
    for i, item in enumerate(value):
        if not isinstance(item, str) or not item.strip():
            raise fail(doc, path + (i,), _("'{item}' is not a word key").format(item=item),
                       _("write words as sector/term-id, e.g. metaal/laskap"))
        keys.append(item.strip())
    return keys
