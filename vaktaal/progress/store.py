"""The learner's Anki progress for one recipe, ``learners/<learner>/anki-progress.<recipe>.yaml``.

A file of its own beside the coach's ``progress.yaml``: the coach's hand-written record is never
rewritten by an import, and each import replaces this file whole (atomically, under its lock).
Plain YAML in the key order of the recipe, one line per word, so it diffs well and a person can
read it; term keys are slugs joined by '/', which YAML never needs to quote.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from vaktaal.errors import CoachFileError
from vaktaal.files.atomic import atomic_write_text
from vaktaal.files.safe_write import file_lock
from vaktaal.files.yaml_reader import YamlReadError, read_yaml
from vaktaal.i18n import _
from vaktaal.progress.memory import STATUSES, WEAK, WEAK_IN_A_WEEK, WEAK_LAPSES, WEAK_TODAY, WordMemory

_HEADER = """\
# Wat {learner} onthoudt van de woorden van {recipe}, volgens de eigen herhalingen in Anki.
# Gemaakt met `vaktaal progress import`; de volgende import schrijft dit bestand opnieuw.
# Je eigen aantekeningen (kent / nog niet) staan in progress.yaml: die blijven zoals ze zijn.
#
# status: weak (zwak), strong (sterk) of new (nog niet geoefend).
# retrievability: de kans dat de cursist het woord vandaag weet (1 = zeker), berekend met FSRS;
# retrievability_week: dezelfde kans over een week. lapses: zo vaak vergeten in Anki.
"""


@dataclass(frozen=True)
class AnkiProgress:
    learner: str
    recipe: str
    lang: str
    #: What was read: the file's name, or the AnkiConnect address.
    source: str
    imported: datetime
    #: Term key -> memory, in the recipe's order.
    words: dict[str, WordMemory] = field(default_factory=dict)

    @property
    def last_review(self) -> datetime | None:
        return max((w.last_review for w in self.words.values() if w.last_review), default=None)

    def weak_words(self) -> list[WordMemory]:
        """Weak words, the weakest first (lowest retrievability, then most lapses)."""
        weak = [w for w in self.words.values() if w.status == WEAK]
        return sorted(weak, key=lambda w: (w.retrievability if w.retrievability is not None else 0.0, -w.lapses))

    def count(self, status: str) -> int:
        return sum(1 for w in self.words.values() if w.status == status)


def _time(value: datetime | None) -> str | None:
    return value.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


def _round(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def _scalar(value: Any) -> str:
    """A YAML scalar: null, true/false, a number, or a double-quoted string (JSON's quoting is YAML's)."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def _flow(values: dict[str, Any]) -> str:
    return "{" + ", ".join(f"{key}: {_scalar(value)}" for key, value in values.items()) + "}"


def progress_text(progress: AnkiProgress) -> str:
    """The file's text: one line per word, so a new import shows as a small diff."""
    lines = [f"{name}: {_scalar(value)}" for name, value in (
        ("learner", progress.learner), ("recipe", progress.recipe), ("lang", progress.lang),
        ("source", progress.source), ("imported", _time(progress.imported)),
        ("last_review", _time(progress.last_review)))]
    lines.append("weak_when: " + _flow({"retrievability_below": WEAK_TODAY, "retrievability_week_below": WEAK_IN_A_WEEK,
                                        "lapses_at_least": WEAK_LAPSES, "leech": True}))
    lines.append("words:" + ("" if progress.words else " {}"))
    for key, w in progress.words.items():
        lines.append(f"  {key}: " + _flow({
            "word": w.word, "status": w.status, "retrievability": _round(w.retrievability, 3),
            "retrievability_week": _round(w.retrievability_week, 3), "stability": _round(w.stability, 2),
            "difficulty": _round(w.difficulty, 2), "lapses": w.lapses, "reviews": w.reviews,
            "last_review": _time(w.last_review), "leech": w.leech, "memory": w.source}))
    return _HEADER.format(learner=progress.learner, recipe=progress.recipe) + "\n".join(lines) + "\n"


def write_anki_progress(progress: AnkiProgress, path: Path) -> None:
    with file_lock(path):
        atomic_write_text(path, progress_text(progress))


def _parse_time(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=timezone.utc)
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def _broken(path: Path, detail: str) -> CoachFileError:
    return CoachFileError(_("{path} cannot be read: {detail}").format(path=path, detail=detail),
                          hint=_("import the learner's Anki export again: that writes the file anew"))


def read_anki_progress(path: Path) -> AnkiProgress | None:
    """The stored progress, or None when there was no import yet."""
    if not path.is_file():
        return None
    try:
        data = read_yaml(path, display_path=str(path)).data
    except YamlReadError as exc:
        raise _broken(path, exc.problem.message) from None
    if not isinstance(data, dict) or not isinstance(data.get("words") or {}, dict):
        raise _broken(path, _("it has no list of words"))
    words: dict[str, WordMemory] = {}
    for key, raw in (data.get("words") or {}).items():
        if not isinstance(raw, dict) or raw.get("status") not in STATUSES:
            raise _broken(path, _("word '{key}' has no valid status").format(key=key))
        lapses, reviews = raw.get("lapses"), raw.get("reviews")
        words[str(key)] = WordMemory(
            str(key), raw["status"], _number(raw.get("retrievability")), _number(raw.get("retrievability_week")),
            _number(raw.get("stability")), _number(raw.get("difficulty")),
            lapses if isinstance(lapses, int) else 0, reviews if isinstance(reviews, int) else 0,
            _parse_time(raw.get("last_review")), raw.get("leech") is True,
            raw.get("memory") if isinstance(raw.get("memory"), str) else None, str(raw.get("word") or ""))
    imported = _parse_time(data.get("imported")) or datetime.fromtimestamp(path.stat().st_mtime, tz=timezone.utc)
    return AnkiProgress(str(data.get("learner") or ""), str(data.get("recipe") or ""), str(data.get("lang") or ""),
                        str(data.get("source") or ""), imported, words)
