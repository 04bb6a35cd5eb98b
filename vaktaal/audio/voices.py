"""The voices vaktaal can record with, by name, and their engines loaded on first use.

Importing an engine is not free (gTTS brings requests and urllib3: about 0.2 s), and most runs
find every recording in the cache: the engine is imported only when something must be recorded.
"""

from __future__ import annotations

import importlib
from types import ModuleType

GTTS = "gtts"
ESPEAK = "espeak"
#: Engine name -> the voice (language) it speaks Dutch with; part of every cache key.
DUTCH_VOICES = {GTTS: "nl", ESPEAK: "nl"}


def engine(name: str) -> ModuleType:
    """The module of engine ``name`` (``synthesize`` and friends), imported now if needed."""
    return importlib.import_module(f"vaktaal.audio.{name}_engine")
