"""The offline voice: real Dutch MP3s from libespeak-ng in-process (espeakng-loader + lameenc)."""

from __future__ import annotations

import io
from pathlib import Path

from audio_helpers import SECTOR_TEXTS, write_project
from mutagen.mp3 import MP3

from vaktaal.audio import AudioOptions, ensure_audio, espeak_engine
from vaktaal.audio.mp3_check import mp3_problem
from vaktaal.audio.targets import target_texts


def test_real_dutch_mp3(tmp_path: Path) -> None:
    data = espeak_engine.synthesize("de laskap")
    assert mp3_problem(data) is None
    path = tmp_path / "laskap.mp3"
    path.write_bytes(data)
    info = MP3(path).info
    assert 0.4 < info.length < 3 and info.channels == 1
    # The Dutch voice: "laskap" with Dutch vowels, not English letter-to-sound rules.
    assert espeak_engine.phonemes("de laskap").replace("ˈ", "") == "də lɑskɑp"


def test_slow_voice_is_slower() -> None:
    sentence = "Zet je laskap op voordat je gaat lassen."
    normal = MP3(io.BytesIO(espeak_engine.synthesize(sentence))).info.length
    slow = MP3(io.BytesIO(espeak_engine.synthesize(sentence, slow=True))).info.length
    assert slow > normal * 1.2


def test_every_word_and_example_of_a_sector_gets_audio(tmp_path: Path) -> None:
    sector, recipe = write_project(tmp_path / "project")
    texts = target_texts(sector)
    assert texts == SECTOR_TEXTS
    report = ensure_audio(texts, AudioOptions(engine="espeak", cache_dir=tmp_path / "cache"))
    assert report.failed == {} and set(report.files) == set(SECTOR_TEXTS) and report.engine == "espeak"
    assert all(MP3(path).info.length > 0.3 for path in report.files.values())
    # A recipe selects the same terms, safety first.
    assert set(target_texts(recipe)) == set(SECTOR_TEXTS)
    assert target_texts(recipe)[:2] == ["de laskap", "Zet je laskap op."]


def test_spelled_abbreviation_takes_longer_than_a_word(tmp_path: Path) -> None:
    # Four letter names ("el em er aa") take clearly longer than one garbled syllable pair.
    spelled = MP3(io.BytesIO(espeak_engine.synthesize("L M R A"))).info.length
    as_word = MP3(io.BytesIO(espeak_engine.synthesize("LMRA"))).info.length
    assert spelled > as_word * 1.3
