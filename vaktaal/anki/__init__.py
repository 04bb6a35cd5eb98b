"""Anki decks from recipes: stable identities, one note type, deterministic packages, CSV.

The names below load on first use: a module that needs only ``vaktaal.anki.media`` (the week
pack names its files like Anki does) does not load genanki, SQLite and the deck builder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# Loaded now (it is small): the function deck_audio has the name of its module, and the module,
# once imported, would otherwise take the name (``from vaktaal.anki import deck_audio`` must give
# the function).
from vaktaal.anki.deck_audio import DeckAudio, deck_audio
from vaktaal.lazy_api import lazy_names

_API = {
    "BuildReport": "vaktaal.anki.build", "DeckPlan": "vaktaal.anki.build", "build_deck": "vaktaal.anki.build",
    "build_recipe": "vaktaal.anki.build", "plan_deck": "vaktaal.anki.build",
    "CsvReport": "vaktaal.anki.csv_export", "export_csv": "vaktaal.anki.csv_export",
    "deck_id": "vaktaal.anki.identity", "note_guid": "vaktaal.anki.identity",
}
__all__ = ["BuildReport", "CsvReport", "DeckAudio", "DeckPlan", "build_deck", "build_recipe", "deck_audio",
           "deck_id", "export_csv", "note_guid", "plan_deck"]

if TYPE_CHECKING:
    from vaktaal.anki.build import BuildReport, DeckPlan, build_deck, build_recipe, plan_deck
    from vaktaal.anki.csv_export import CsvReport, export_csv
    from vaktaal.anki.identity import deck_id, note_guid


__getattr__ = lazy_names(__name__, _API)
