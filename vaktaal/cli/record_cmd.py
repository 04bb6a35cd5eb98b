"""``vaktaal record``: attach a person's recording of a word, example or translation to a term."""

from __future__ import annotations

import getpass
from pathlib import Path

import click

from vaktaal.audio.recordings import attach_recording
from vaktaal.cli.output import console
from vaktaal.cli.translated import TranslatedCommand
from vaktaal.i18n import N_, _


@click.command("record", cls=TranslatedCommand, help=N_(
    "Attach a recording made by a person to a term in FILE (a sector file or an employer's file). "
    "AUDIO may be any common audio file (m4a, mp3, wav, ogg, webm); it is trimmed of silence, levelled "
    "and stored as mp3 beside FILE. It replaces the synthetic voice in decks and week packs."))
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument("term")
@click.argument("audio", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--for", "slot", default="nl", show_default=True,
              help=N_("What is spoken: nl (the Dutch word), example (the example sentence), or a language "
                      "code for the translation (ar, ti, …)."))
@click.option("--by", "by", help=N_("Who recorded it (kept beside the recording). Default: your user name."))
def command(file: Path, term: str, audio: Path, slot: str, by: str | None) -> None:
    stored = attach_recording(file, term, slot, audio, by=by or getpass.getuser())
    console.print(_("{term} ({slot}): recording stored in {path}").format(term=term, slot=slot, path=stored))
