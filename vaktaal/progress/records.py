"""What a reader (an export file, AnkiConnect) hands over per vaktaal note: its cards, each with
Anki's counters, the memory state Anki stored (when FSRS is on) and the review history."""

from __future__ import annotations

from dataclasses import dataclass

#: Anki's note tag for a card that was forgotten too often (the leech threshold).
LEECH_TAG = "leech"


@dataclass(frozen=True)
class Review:
    """One answer: Anki's rating (1 again, 2 hard, 3 good, 4 easy) at a time in ms since 1970."""

    at_ms: int
    rating: int
    #: Anki's revlog type: 0 learn, 1 review, 2 relearn, 3 filtered, 4 manual, 5 rescheduled.
    kind: int = 1


@dataclass(frozen=True)
class StoredMemory:
    """The FSRS memory state Anki keeps in ``cards.data`` when FSRS is switched on."""

    stability: float
    difficulty: float
    #: The preset's forgetting-curve decay (FSRS-6); None for older Anki versions.
    decay: float | None = None
    #: Last review time in seconds, when Anki wrote it.
    last_review_s: int | None = None


@dataclass(frozen=True)
class CardRecord:
    card_id: int
    #: The card type (template position): 0 Herkennen, 1 Zeggen, 2 Luisteren, 3 Zin.
    ord: int
    lapses: int
    reps: int
    reviews: tuple[Review, ...] = ()
    memory: StoredMemory | None = None


@dataclass(frozen=True)
class NoteRecord:
    """A vaktaal note found in the learner's collection, with the term key it belongs to."""

    key: str
    guid: str
    tags: tuple[str, ...]
    cards: tuple[CardRecord, ...]

    @property
    def leech(self) -> bool:
        return any(tag.lower() == LEECH_TAG for tag in self.tags)

    @property
    def review_count(self) -> int:
        return sum(len(card.reviews) for card in self.cards)
