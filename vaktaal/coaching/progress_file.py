"""A learner's progress, ``learners/<learner>/progress.yaml``: per week which words the learner
knows and which not yet. Small, sorted and block-style, so it diffs well in git and a coach can
fix it by hand; ``vaktaal progress record`` keeps the coach's own comments (round-trip YAML)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from vaktaal.coaching.coach_yaml import fail, key_list, parse_week, read_coach_yaml, week_number
from vaktaal.errors import InputError
from vaktaal.files.safe_write import edit_yaml
from vaktaal.files.yaml_reader import YamlDocument
from vaktaal.i18n import _

KNOWN, NOT_YET = "known", "not_yet"
#: The day the week was recorded (written by `vaktaal progress record`): tells whether the
#: coach's check or the learner's Anki reviews are newer.
DATE = "date"
_HEADER = ("Voortgang van {learner} (bijgehouden met `vaktaal progress record`).\n"
           "Per week: de woorden die de cursist kent (known) en nog niet kent (not_yet).\n"
           "Woorden onder not_yet komen in het volgende weekpakket als eerste terug.\n"
           "Je mag dit bestand met de hand aanpassen: zet een woord onder known of onder not_yet.")


@dataclass(frozen=True)
class WeekRecord:
    week: int
    known: tuple[str, ...] = ()
    not_yet: tuple[str, ...] = ()
    #: The day the coach recorded the week (None in files written before dates were kept).
    recorded_on: date | None = None


@dataclass(frozen=True)
class Progress:
    learner: str
    weeks: dict[int, WeekRecord] = field(default_factory=dict)

    def latest_status(self, key: str, before: int | None = None) -> str | None:
        """'known', 'not_yet' or None: what the last recorded week (before ``before``) says."""
        for number in sorted(self.weeks, reverse=True):
            if before is not None and number >= before:
                continue
            result = self.weeks[number]
            if key in result.not_yet:
                return NOT_YET
            if key in result.known:
                return KNOWN
        return None

    def not_yet_known(self, before: int | None = None) -> list[str]:
        """Words whose last record (before week ``before``) is 'not yet', oldest record first."""
        keys: list[str] = []
        for number in sorted(self.weeks):
            if before is not None and number >= before:
                continue
            keys += [k for k in self.weeks[number].not_yet if k not in keys]
        return [k for k in keys if self.latest_status(k, before) == NOT_YET]

    def known_words(self) -> list[str]:
        keys = [k for n in sorted(self.weeks) for k in self.weeks[n].known]
        return [k for k in dict.fromkeys(keys) if self.latest_status(k) == KNOWN]

    @property
    def last_week(self) -> int:
        return max(self.weeks, default=0)

    def record_of(self, key: str, before: int | None = None) -> WeekRecord | None:
        """The last week (before ``before``) that says something about ``key``."""
        for number in sorted(self.weeks, reverse=True):
            if (before is None or number < before) and key in self.weeks[number].known + self.weeks[number].not_yet:
                return self.weeks[number]
        return None


def read_progress(path: Path, learner: str) -> Progress:
    """The learner's progress; an empty one when nothing was recorded yet."""
    if not path.is_file():
        return Progress(learner)
    doc = read_coach_yaml(path, "progress")
    raw_weeks = doc.data.get("weeks") or {}
    if not isinstance(raw_weeks, dict):
        raise fail(doc, ("weeks",), _("'weeks' must list weeks as `1:`, `2:`, ..."), _("see the header of the file"))
    weeks: dict[int, WeekRecord] = {}
    for raw_key, value in raw_weeks.items():
        number = week_number(doc, ("weeks", raw_key), raw_key)
        value = value or {}
        if not isinstance(value, dict) or any(k not in (KNOWN, NOT_YET, DATE) for k in value):
            raise fail(doc, ("weeks", raw_key),
                       _("week {number} must have `known:` and/or `not_yet:` lists").format(number=number),
                       _("e.g.\n  {number}:\n    known: [metaal/laskap]\n    not_yet: [metaal/lasapparaat]").format(
                           number=number))
        known = key_list(doc, ("weeks", raw_key, KNOWN), value.get(KNOWN),
                         _("'known' of week {number} must be a list").format(number=number))
        not_yet = key_list(doc, ("weeks", raw_key, NOT_YET), value.get(NOT_YET),
                           _("'not_yet' of week {number} must be a list").format(number=number))
        both = sorted(set(known) & set(not_yet))
        if both:
            raise fail(doc, ("weeks", raw_key),
                       _("week {number} lists '{word}' as known and as not yet").format(number=number, word=both[0]),
                       _("delete one of the two lines"))
        weeks[number] = WeekRecord(number, tuple(known), tuple(not_yet), _date(doc, raw_key, value.get(DATE)))
    return Progress(str(doc.data.get("learner") or learner), weeks)


def _date(doc: YamlDocument, raw_key: str | int, value: object) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise fail(doc, ("weeks", raw_key, DATE), _("'{value}' is not a date").format(value=value),
                   _("write the date as year-month-day, e.g. 2025-03-17")) from None


def _new_file(learner: str) -> CommentedMap:
    data = CommentedMap()
    data.yaml_set_start_comment(_HEADER.format(learner=learner))
    data["learner"] = learner
    data["weeks"] = CommentedMap()
    return data


def _set_words(slot: CommentedMap, name: str, *, add: list[str], remove: list[str]) -> None:
    """Change a list in place (comments the coach put beside its lines stay where they are)."""
    words = slot.get(name)
    if not isinstance(words, list):
        slot[name] = sorted(set(add))
        return
    for index in reversed(range(len(words))):
        if words[index] in remove:
            del words[index]
    words.extend(k for k in sorted(set(add)) if k not in words)


def record_progress(path: Path, learner: str, week: int, *, known: Iterable[str] = (),
                    not_yet: Iterable[str] = (), on: date | None = None) -> Progress:
    """Record what the learner knew in ``week``; a word recorded again takes its new status.

    Locked and atomic; comments the coach wrote in the file stay.
    """
    known, not_yet = list(dict.fromkeys(known)), list(dict.fromkeys(not_yet))
    clash = sorted(set(known) & set(not_yet))
    if clash:
        raise InputError(_("'{word}' is given as known and as not yet").format(word=clash[0]), field="codes",
                         hint=_("name each word once"))
    read_progress(path, learner)  # refuses a broken file with its line before anything changes
    with edit_yaml(path, create=lambda: _new_file(learner)) as data:
        weeks = data.setdefault("weeks", CommentedMap())
        if weeks is None or not isinstance(weeks, dict):
            weeks = data["weeks"] = CommentedMap()
        slot_key = next((k for k in weeks if parse_week(k) == week), None)
        if slot_key is None:
            # A new week goes in its place among the others, so the file stays in week order.
            slot_key = week
            position = sum(1 for k in weeks if (parse_week(k) or 0) < week)
            weeks.insert(position, week, CommentedMap())
        slot = weeks[slot_key]
        if not isinstance(slot, dict):
            slot = weeks[slot_key] = CommentedMap()
        _set_words(slot, KNOWN, add=known, remove=not_yet)
        _set_words(slot, NOT_YET, add=not_yet, remove=known)
        slot[DATE] = on or date.today()
    return read_progress(path, learner)
