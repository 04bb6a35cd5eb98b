"""A learner's Anki history made with the real Anki library, for the progress tests and the
bench: import a vaktaal deck, answer its cards with chosen ratings at chosen times, export."""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path

from anki.collection import Collection, DeckIdLimit, ExportAnkiPackageOptions, ImportAnkiPackageRequest
from anki.decks import UpdateDeckConfigs
from anki.scheduler.v3 import CardAnswer

from vaktaal.anki.build import build_deck, plan_deck
from vaktaal.anki.build_state import BuildState
from vaktaal.recipes import Recipe

DAY = 86_400
AGAIN, HARD, GOOD, EASY = CardAnswer.AGAIN, CardAnswer.HARD, CardAnswer.GOOD, CardAnswer.EASY

#: (days ago, rating) per answer, oldest first; every card of the note gets the same history.
WEAK_EARLY = [(20, AGAIN), (20, AGAIN), (19, HARD)]                      # never got hold of it
LAPSED = [(40, GOOD), (40, GOOD), (35, AGAIN), (35, GOOD), (25, AGAIN), (25, GOOD), (12, AGAIN), (12, GOOD)]
STRONG = [(60, GOOD), (60, GOOD), (59, GOOD), (56, GOOD), (48, EASY), (30, GOOD), (3, GOOD)]


def build_apkg(recipe: Recipe, lang: str, out_dir: Path, now: int = 1_700_000_000) -> Path:
    state = BuildState.load(None)
    return build_deck(recipe, lang, out_dir, plan=plan_deck(recipe, lang), state=state, now=now).path


def open_collection(folder: Path) -> Collection:
    folder.mkdir(parents=True, exist_ok=True)
    return Collection(str(folder / "collection.anki2"))


def import_deck(col: Collection, apkg: Path) -> None:
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))


def answer(col: Collection, card_id: int, rating: CardAnswer.Rating.V, at: float) -> None:
    """Answer a card as if at ``at`` (seconds): the review log and Anki's counters follow."""
    card = col.get_card(card_id)
    card.start_timer()
    states = col._backend.get_scheduling_states(card_id)
    request = col.sched.build_answer(card=card, states=states, rating=rating)
    request.answered_at_millis = int(at * 1000)
    col.sched.answer_card(request)


def give_history(col: Collection, guid: str, history: Sequence[tuple[float, CardAnswer.Rating.V]],
                 now: float | None = None) -> list[int]:
    """Answer every card of the note with ``guid`` along ``history``; returns the card ids."""
    now = time.time() if now is None else now
    nid = col.db.scalar("select id from notes where guid = ?", guid)
    assert nid, guid
    card_ids = col.db.list("select id from cards where nid = ? order by ord", nid)
    for step, (days_ago, rating) in enumerate(history):
        for cid in card_ids:
            answer(col, cid, rating, now - days_ago * DAY + step * 60)
    return card_ids


def switch_on_fsrs(col: Collection, deck_name: str = "Default") -> None:
    """FSRS on for every preset, as a learner does in Anki's deck options: from then on Anki
    keeps each card's memory state in cards.data."""
    did = col.decks.id_for_name(deck_name)
    current = col.decks.get_deck_configs_for_update(did)
    col.decks.update_deck_configs(UpdateDeckConfigs(
        target_deck_id=did, configs=[c.config for c in current.all_config], mode=0,
        card_state_customizer=current.card_state_customizer, limits=current.current_deck.limits,
        new_cards_ignore_review_limit=current.new_cards_ignore_review_limit, fsrs=True,
        apply_all_parent_limits=current.apply_all_parent_limits, fsrs_reschedule=False, fsrs_health_check=False))


def export_colpkg(col: Collection, out: Path, *, legacy: bool = False) -> Path:
    """Export the whole collection (this closes it, as Anki does)."""
    col.export_collection_package(str(out), include_media=False, legacy=legacy)
    return out


def export_apkg(col: Collection, out: Path, deck_name: str, *, scheduling: bool = True) -> Path:
    did = col.decks.id_for_name(deck_name)
    col.export_anki_package(out_path=str(out), limit=DeckIdLimit(did),
                            options=ExportAnkiPackageOptions(with_scheduling=scheduling, with_media=False))
    return out
