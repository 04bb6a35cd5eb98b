"""The plan file ``learners/<learner>/plan.<recipe>.yaml``: written with a Dutch header that
tells the coach how to move a word, read back with the coach's moves."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path

from vaktaal.coaching.coach_yaml import fail, key_list, read_coach_yaml, week_number
from vaktaal.coaching.curriculum import REVIEW_AFTER, Plan
from vaktaal.content.format_rules import SLUG_RE
from vaktaal.files.atomic import atomic_write_text
from vaktaal.files.safe_write import file_lock
from vaktaal.files.yaml_reader import parse_yaml
from vaktaal.i18n import _
from vaktaal.recipes import PROFILES

_FIELDS = ("recipe", "learner", "profile", "per_week", "weeks", "later")

_HEADER = """\
# Weekplan van {learner} voor {recipe} (gemaakt met `vaktaal plan`).
# Achter 'learner' staat de naam van de cursist zoals die op het werkblad komt.
#
# Onder elke week staan de NIEUWE woorden van die week, als sector/woord.
# Een woord verplaatsen: knip de regel en plak hem onder een andere week.
# vaktaal houdt zich daaraan, ook als je `vaktaal plan` opnieuw draait.
# Herhalen hoef je niet te plannen: elk woord komt {review} weken later vanzelf terug.
# Onder 'later' staan woorden die niet meer in de weken pasten.
# De tekst achter # is alleen uitleg; vaktaal schrijft die opnieuw.
"""


def _scalar(text: str) -> str:
    """A name as YAML: plain when it is a slug that reads back as text, else double-quoted (a JSON
    string is valid YAML), so 'Ayşe', 'Amal: K.', '#1', '2025' or 'yes' read back as typed."""
    if SLUG_RE.fullmatch(text) and parse_yaml(text, display_path="<name>").data == text:
        return text
    return json.dumps(text, ensure_ascii=False)


def plan_text(plan: Plan, labels: Mapping[str, str] | None = None) -> str:
    """The file's text; ``labels`` (key -> 'de laskap') become comments after each word."""
    labels = labels or {}
    review = ", ".join(str(n) for n in REVIEW_AFTER[:-1]) + f" en {REVIEW_AFTER[-1]}"
    lines = [_HEADER.format(learner=" ".join(plan.learner.split()), recipe=plan.recipe, review=review).rstrip("\n"),
             f"recipe: {plan.recipe}", f"learner: {_scalar(plan.learner)}", f"profile: {plan.profile}",
             f"per_week: {plan.per_week}", "weeks:"]

    def word_lines(keys: tuple[str, ...]) -> list[str]:
        # Keys are slugs joined by '/', so they never need quoting in YAML.
        return [f"    - {k}" + (f"  # {' '.join(labels[k].split())}" if k in labels else "") for k in keys]

    for number, words in enumerate(plan.weeks, start=1):
        lines.append(f"  {number}:" + ("" if words else " []"))
        lines += word_lines(words)
    lines.append("later:" + ("" if plan.later else " []"))
    lines += [line[2:] for line in word_lines(plan.later)]
    return "\n".join(lines) + "\n"


def write_plan(plan: Plan, path: Path, labels: Mapping[str, str] | None = None) -> None:
    """Write atomically, holding the file's lock (two runs at once take turns)."""
    with file_lock(path):
        atomic_write_text(path, plan_text(plan, labels))


def read_plan(path: Path) -> Plan:
    doc = read_coach_yaml(path, "plan")
    data = doc.data
    for key in data:
        if key not in _FIELDS:
            raise fail(doc, (key,), _("unknown field '{field}' in the plan").format(field=key),
                       _("allowed: {fields}").format(fields=", ".join(_FIELDS)), key=True)
    for name in ("recipe", "learner"):
        if not isinstance(data.get(name), str):
            raise fail(doc, (name,), _("the plan has no '{field}'").format(field=name),
                       _("make the plan again to write a new one"), key=True)
    profile = data.get("profile", "lezer")
    if profile not in PROFILES:
        raise fail(doc, ("profile",), _("'{profile}' is not a profile").format(profile=profile), _("use alfa or lezer"))
    per_week = data.get("per_week")
    if isinstance(per_week, bool) or not isinstance(per_week, int) or per_week < 1:
        raise fail(doc, ("per_week",), _("'per_week' must be a whole number of at least 1"), _("e.g. per_week: 6"))
    raw_weeks = data.get("weeks") or {}
    if not isinstance(raw_weeks, dict):
        raise fail(doc, ("weeks",), _("'weeks' must list weeks as `1:`, `2:`, ..."), _("see the header of the file"))
    by_number: dict[int, list[str]] = {}
    seen: dict[str, int] = {}
    for raw_key, value in raw_weeks.items():
        number = week_number(doc, ("weeks", raw_key), raw_key)
        if number in by_number:
            raise fail(doc, ("weeks", raw_key), _("week {number} is listed twice").format(number=number),
                       _("put all words of a week under one heading"), key=True)
        keys = key_list(doc, ("weeks", raw_key), value, _("week {number} must be a list").format(number=number))
        for i, k in enumerate(keys):
            if k in seen:
                raise fail(doc, ("weeks", raw_key, i),
                           _("'{word}' is planned twice (weeks {first} and {second})").format(
                               word=k, first=seen[k], second=number),
                           _("a word is new in one week only; delete one of the two lines"))
            seen[k] = number
        by_number[number] = keys
    later = key_list(doc, ("later",), data.get("later"), _("'later' must be a list"))
    for i, k in enumerate(later):
        if k in seen:
            raise fail(doc, ("later", i), _("'{word}' is both in week {number} and under 'later'").format(
                word=k, number=seen[k]), _("delete one of the two lines"))
    count = max(by_number, default=0)
    weeks = tuple(tuple(by_number.get(n, [])) for n in range(1, count + 1))
    return Plan(data["recipe"], data["learner"], profile, per_week, weeks, tuple(dict.fromkeys(later)))
