"""``--tts`` and ``--slow``: the voice options of every command that records audio (``build``,
``export csv``, ``audio``, ``week``), declared once."""

from __future__ import annotations

from collections.abc import Callable

import click

from vaktaal.i18n import N_

#: The voices of ``vaktaal.audio.ENGINES``, written out so that showing a command's help or
#: building without audio does not load the voices (a test checks that the two are the same).
VOICES = ("auto", "gtts", "espeak")


def audio_options(func: Callable) -> Callable:
    """Add ``--tts`` (the keyword ``tts``) and ``--slow`` (``slow``) to a command."""
    func = click.option("--slow", is_flag=True, help=N_("Slower speech (for beginners)."))(func)
    return click.option("--tts", type=click.Choice(VOICES), default="auto", show_default=True,
                        help=N_("Voice for new recordings: gtts (Google's voice) needs internet, espeak works "
                                "offline, auto uses gtts when it can be reached and espeak otherwise."))(func)
