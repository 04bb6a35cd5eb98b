"""The per-word part of `vaktaal progress show`: a table for the coach, or JSON for scripts."""

from __future__ import annotations

import json
from typing import Any

import click
from rich.markup import escape
from rich.table import Table

from vaktaal.cli.output import console
from vaktaal.coaching.anki_import import LearnerWords
from vaktaal.coaching.word_status import ANKI, COACH, WordStatus
from vaktaal.i18n import N_, _
from vaktaal.progress.memory import NEW, STRONG, WEAK

STATUS_LABELS = {WEAK: N_("weak"), STRONG: N_("strong"), NEW: N_("new")}
_COLOURS = {WEAK: "red", STRONG: "green", NEW: "dim"}


def _iso(value: Any) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value is not None else None


def word_label(status: WordStatus) -> str:
    return (status.anki.word if status.anki and status.anki.word else "") or status.key.rsplit("/", 1)[-1]


def word_object(status: WordStatus) -> dict[str, Any]:
    """One word for scripts (and the web app): ``term`` is the word's key, as in progress.yaml."""
    memory = status.anki
    return {
        "term": status.key, "word": word_label(status), "status": status.status,
        "retrievability": round(memory.retrievability, 3) if memory and memory.retrievability is not None else None,
        "retrievability_week": (round(memory.retrievability_week, 3)
                                if memory and memory.retrievability_week is not None else None),
        "lapses": memory.lapses if memory else None, "reviews": memory.reviews if memory else None,
        "leech": memory.leech if memory else None, "last_review": _iso(memory.last_review if memory else None),
        "anki": memory.status if memory else None, "coach": status.coach, "coach_date": _iso(status.coach_date),
        "newer": status.newer}


def print_json(words: LearnerWords) -> None:
    """Plain JSON on stdout (no colours or wrapping, whatever the terminal)."""
    click.echo(json.dumps([word_object(w) for w in words.words], ensure_ascii=False, indent=2))


def _newer(status: WordStatus) -> str:
    if status.newer == ANKI:
        return _("Anki")
    if status.newer == COACH:
        return _("coach")
    return ""


def words_table(words: LearnerWords) -> Table:
    table = Table(title=_("Per word"))
    for name, justify in ((N_("word"), "left"), (N_("status"), "left"), (N_("memory"), "right"),
                          (N_("forgotten"), "right"), (N_("coach"), "left"), (N_("newer"), "left")):
        table.add_column(_(name), justify=justify)  # type: ignore[arg-type]
    coach_labels = {"known": _("knows"), "not_yet": _("not yet")}
    for status in words.words:
        memory = status.anki
        retrievability = memory.retrievability if memory else None
        table.add_row(escape(word_label(status)),
                      f"[{_COLOURS[status.status]}]{_(STATUS_LABELS[status.status])}[/]",
                      f"{round(retrievability * 100)}%" if retrievability is not None else "–",
                      str(memory.lapses) if memory and memory.reviews else "–",
                      coach_labels.get(status.coach or "", "–"), _newer(status))
    return table


def print_table(words: LearnerWords) -> None:
    if not words.words:
        return
    console.print(words_table(words))
    if words.anki is not None:
        console.print(_("Anki: read from {source} on {day}.").format(
            source=escape(words.anki.source), day=words.anki.imported.date().isoformat()))
