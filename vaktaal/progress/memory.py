"""How well the learner remembers each word: FSRS estimates from the maintained ``fsrs`` package.

Per card, the memory state comes from Anki itself when it kept one (``cards.data`` with FSRS
switched on: stability, difficulty and the preset's decay, fitted to this learner), else from
replaying the card's review history through ``fsrs.Scheduler.review_card`` with FSRS's default
parameters. Retrievability (the chance the learner recalls the card) today and in a week comes
from ``Scheduler.get_card_retrievability``. No formula of vaktaal's own.

A word is all cards of its note together: its retrievability and stability are those of its
weakest reviewed card (a word is only as known as its hardest direction), its lapses the sum.

Statuses, the rule the coach reads in the README:

- ``weak`` (zwak): retrievability below :data:`WEAK_TODAY` today or below :data:`WEAK_IN_A_WEEK`
  in a week, or forgotten :data:`WEAK_LAPSES` times or more, or tagged leech by Anki;
- ``new`` (nieuw): no review yet;
- ``strong`` (sterk): reviewed, and none of the above.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from fsrs import Card, Rating, Scheduler, State
from fsrs.scheduler import DEFAULT_PARAMETERS, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS

from vaktaal.progress.records import CardRecord, NoteRecord, Review

WEAK_TODAY = 0.70
WEAK_IN_A_WEEK = 0.50
WEAK_LAPSES = 3
WEEK = timedelta(days=7)

WEAK, STRONG, NEW = "weak", "strong", "new"
STATUSES = (WEAK, STRONG, NEW)
#: Where a card's memory state came from.
FROM_ANKI, FROM_REPLAY = "anki", "fsrs"
_DECAY_INDEX = 20


@dataclass(frozen=True)
class CardMemory:
    retrievability: float
    retrievability_week: float
    stability: float
    difficulty: float
    last_review: datetime
    source: str


@dataclass(frozen=True)
class WordMemory:
    key: str
    status: str
    #: The weakest reviewed card's values; None for a word without reviews.
    retrievability: float | None = None
    retrievability_week: float | None = None
    stability: float | None = None
    difficulty: float | None = None
    lapses: int = 0
    reviews: int = 0
    last_review: datetime | None = None
    leech: bool = False
    source: str | None = None
    #: The Dutch word as the coach knows it ("de laskap").
    word: str = ""


def utc(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


@lru_cache(maxsize=32)
def scheduler(decay: float | None = None) -> Scheduler:
    """FSRS with its default parameters; ``decay`` (from Anki's preset) replaces the default's."""
    parameters = list(DEFAULT_PARAMETERS)
    if decay is not None:
        low, high = LOWER_BOUNDS_PARAMETERS[_DECAY_INDEX], UPPER_BOUNDS_PARAMETERS[_DECAY_INDEX]
        parameters[_DECAY_INDEX] = min(max(decay, low), high)
    return Scheduler(parameters=parameters, enable_fuzzing=False)


def answers(card: CardRecord) -> list[Review]:
    """The reviews that are answers (again/hard/good/easy), oldest first; Anki's manual entries
    (reschedule, set due date, reset) carry no rating and are left out."""
    return [r for r in card.reviews if 1 <= r.rating <= 4 and r.kind <= 3]


def replay(card_id: int, reviews: list[Review]) -> Card:
    """The card as FSRS sees it after the learner's answers."""
    fsrs = scheduler()
    card = Card(card_id=card_id)
    for review in reviews:
        card, _log = fsrs.review_card(card, Rating(review.rating), review_datetime=utc(review.at_ms))
    return card


def card_memory(card: CardRecord, now: datetime) -> CardMemory | None:
    """The card's memory at ``now`` (timezone-aware); None when it was never answered."""
    reviews = answers(card)
    stored = card.memory
    if stored is not None:
        last_s = stored.last_review_s or (reviews[-1].at_ms // 1000 if reviews else None)
        if last_s is None:
            return None
        fsrs = scheduler(stored.decay)
        state = Card(card_id=card.card_id, state=State.Review, stability=stored.stability,
                     difficulty=stored.difficulty, last_review=utc(last_s * 1000))
        source = FROM_ANKI
    elif reviews:
        fsrs, state, source = scheduler(), replay(card.card_id, reviews), FROM_REPLAY
    else:
        return None
    assert state.last_review is not None and state.stability is not None and state.difficulty is not None
    return CardMemory(fsrs.get_card_retrievability(state, now), fsrs.get_card_retrievability(state, now + WEEK),
                      state.stability, state.difficulty, state.last_review, source)


def status_of(retrievability: float | None, retrievability_week: float | None, lapses: int, leech: bool) -> str:
    if retrievability is None or retrievability_week is None:
        return WEAK if leech else NEW
    weak = (retrievability < WEAK_TODAY or retrievability_week < WEAK_IN_A_WEEK
            or lapses >= WEAK_LAPSES or leech)
    return WEAK if weak else STRONG


def word_memory(note: NoteRecord, now: datetime, word: str = "") -> WordMemory:
    """All cards of the note together (see the module's doc for the rule)."""
    memories = [m for card in note.cards if (m := card_memory(card, now)) is not None]
    lapses = sum(card.lapses for card in note.cards)
    reviews = sum(len(answers(card)) for card in note.cards)
    if not memories:
        return WordMemory(note.key, status_of(None, None, lapses, note.leech), lapses=lapses, reviews=reviews,
                          leech=note.leech, word=word)
    weakest = min(memories, key=lambda m: (m.retrievability, m.retrievability_week))
    last = max(m.last_review for m in memories)
    status = status_of(weakest.retrievability, weakest.retrievability_week, lapses, note.leech)
    return WordMemory(note.key, status, weakest.retrievability, weakest.retrievability_week, weakest.stability,
                      weakest.difficulty, lapses, reviews, last, note.leech, weakest.source, word)
