"""Only complete MP3s with sound may enter the cache."""

from __future__ import annotations

from fake_google_tts import tone_mp3

from vaktaal.audio import espeak_engine
from vaktaal.audio.mp3_check import mp3_problem


def test_complete_mp3s_pass() -> None:
    assert mp3_problem(tone_mp3(5)) is None
    assert mp3_problem(espeak_engine.synthesize("de laskap")) is None
    assert mp3_problem(b"ID3\x03\x00\x00\x00\x00\x00\x00" + tone_mp3(5)) is None  # empty ID3v2 tag first


def test_truncated_mp3_is_caught() -> None:
    data = tone_mp3(10)
    assert "cut off" in mp3_problem(data[:-37])
    assert "cut off" in mp3_problem(data[: len(data) // 2 + 3])


def test_empty_and_non_mp3_are_caught() -> None:
    assert mp3_problem(b"") == "empty file"
    assert mp3_problem(b"<html>quota exceeded</html>" * 20) is not None
