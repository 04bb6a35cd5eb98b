"""The memory estimate per word and the rules that turn it into weak / strong / new, and the
coach's record against Anki's: which is newer decides."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from fsrs import Card, Rating, Scheduler, State

from vaktaal.coaching.progress_file import Progress, WeekRecord
from vaktaal.coaching.word_status import word_status
from vaktaal.progress.memory import NEW, STRONG, WEAK, status_of, word_memory
from vaktaal.progress.records import CardRecord, NoteRecord, Review, StoredMemory
from vaktaal.progress.store import AnkiProgress

NOW = datetime(2026, 3, 1, 12, tzinfo=timezone.utc)


def _ms(days_ago: float) -> int:
    return int((NOW - timedelta(days=days_ago)).timestamp() * 1000)


def _note(*cards: CardRecord, tags: tuple[str, ...] = ()) -> NoteRecord:
    return NoteRecord("proef/laskap", "vtguid", tags, cards)


def test_the_replay_is_the_fsrs_package_s_own_calculation() -> None:
    answers = [(30, 3), (29, 3), (20, 1), (19, 3), (10, 4)]
    note = _note(CardRecord(1, 0, 1, 5, tuple(Review(_ms(d), r) for d, r in answers)))
    memory = word_memory(note, NOW)
    fsrs, card = Scheduler(enable_fuzzing=False), Card(card_id=1)
    for days_ago, rating in answers:
        card, _ = fsrs.review_card(card, Rating(rating), review_datetime=NOW - timedelta(days=days_ago))
    assert memory.stability == card.stability and memory.difficulty == card.difficulty
    assert memory.retrievability == fsrs.get_card_retrievability(card, NOW)
    assert memory.retrievability_week == fsrs.get_card_retrievability(card, NOW + timedelta(days=7))
    assert memory.source == "fsrs" and memory.reviews == 5 and memory.lapses == 1


def test_the_state_anki_kept_wins_with_its_own_decay() -> None:
    stored = StoredMemory(stability=12.0, difficulty=6.5, decay=0.3, last_review_s=int(_ms(10) / 1000))
    note = _note(CardRecord(1, 0, 0, 4, (Review(_ms(40), 3), Review(_ms(10), 3)), stored))
    memory = word_memory(note, NOW)
    parameters = list(Scheduler().parameters)
    parameters[20] = 0.3
    card = Card(card_id=1, state=State.Review, stability=12.0, difficulty=6.5, last_review=NOW - timedelta(days=10))
    assert memory.source == "anki" and memory.stability == 12.0
    assert memory.retrievability == Scheduler(parameters=parameters).get_card_retrievability(card, NOW)


def test_a_word_is_its_weakest_reviewed_card_and_its_lapses_add_up() -> None:
    strong = CardRecord(1, 0, 1, 6, tuple(Review(_ms(d), 3) for d in (60, 59, 50, 30, 2)))
    weak = CardRecord(2, 1, 2, 3, (Review(_ms(20), 1), Review(_ms(20), 1), Review(_ms(19), 2)))
    never = CardRecord(3, 2, 0, 0)
    memory = word_memory(_note(strong, weak, never), NOW)
    assert memory.status == WEAK and memory.lapses == 3 and memory.reviews == 8
    assert memory.retrievability == word_memory(_note(weak), NOW).retrievability
    assert memory.last_review == NOW - timedelta(days=2)


@pytest.mark.parametrize(("today", "week", "lapses", "leech", "expected"), [
    (0.69, 0.60, 0, False, WEAK),      # below 70 % today
    (0.75, 0.49, 0, False, WEAK),      # below 50 % in a week
    (0.95, 0.90, 3, False, WEAK),      # forgotten three times
    (0.95, 0.90, 0, True, WEAK),       # Anki's leech tag
    (0.70, 0.50, 2, False, STRONG),    # just not weak
    (None, None, 0, False, NEW),
])
def test_thresholds(today: float | None, week: float | None, lapses: int, leech: bool, expected: str) -> None:
    assert status_of(today, week, lapses, leech) == expected


def test_manual_entries_are_not_answers_and_leech_comes_from_the_tag() -> None:
    card = CardRecord(1, 0, 0, 1, (Review(_ms(5), 3), Review(_ms(4), 0, kind=4), Review(_ms(3), 0, kind=5)))
    memory = word_memory(_note(card, tags=("vaktaal", "Leech")), NOW)
    assert memory.reviews == 1 and memory.leech and memory.status == WEAK


def _anki(status: str, last_review: datetime) -> AnkiProgress:
    from vaktaal.progress.memory import WordMemory

    memory = WordMemory("proef/laskap", status, 0.4 if status == WEAK else 0.95, 0.3, 1.0, 5.0, 0, 3, last_review)
    return AnkiProgress("amal", "proef", "ar", "x.colpkg", NOW, {"proef/laskap": memory})


@pytest.mark.parametrize(("coach", "coach_day", "anki", "anki_day", "newer", "practice"), [
    ("known", date(2026, 2, 27), WEAK, datetime(2026, 2, 20, tzinfo=timezone.utc), "coach", False),
    ("known", date(2026, 2, 10), WEAK, datetime(2026, 2, 20, tzinfo=timezone.utc), "anki", True),
    ("not_yet", date(2026, 2, 10), STRONG, datetime(2026, 2, 20, tzinfo=timezone.utc), "anki", False),
    ("not_yet", date(2026, 2, 27), STRONG, datetime(2026, 2, 20, tzinfo=timezone.utc), "coach", True),
    ("known", None, WEAK, datetime(2026, 2, 20, tzinfo=timezone.utc), None, True),  # no date: either one
    ("known", date(2026, 2, 20), WEAK, datetime(2026, 2, 20, 9, tzinfo=timezone.utc), None, True),  # same day
])
def test_the_newer_record_decides(coach: str, coach_day: date | None, anki: str, anki_day: datetime,
                                  newer: str | None, practice: bool) -> None:
    record = WeekRecord(1, known=("proef/laskap",) if coach == "known" else (),
                        not_yet=("proef/laskap",) if coach == "not_yet" else (), recorded_on=coach_day)
    status = word_status("proef/laskap", Progress("amal", {1: record}), _anki(anki, anki_day))
    assert status.newer == newer
    assert status.needs_practice is practice
    assert status.status == (WEAK if practice else STRONG)
