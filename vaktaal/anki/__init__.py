"""Anki decks from recipes: stable identities, one note type, deterministic packages, CSV."""

from vaktaal.anki.build import BuildReport, DeckPlan, build_deck, build_recipe, plan_deck
from vaktaal.anki.csv_export import CsvReport, export_csv
from vaktaal.anki.deck_audio import DeckAudio, deck_audio
from vaktaal.anki.identity import deck_id, note_guid

__all__ = ["BuildReport", "CsvReport", "DeckAudio", "DeckPlan", "build_deck", "build_recipe", "deck_audio",
           "deck_id", "export_csv", "note_guid", "plan_deck"]
