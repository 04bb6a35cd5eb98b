"""The cache: a second run records nothing, a changed word records only that word, an interrupted
run leaves no partial file, and two processes never record the same text twice."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from audio_helpers import mp3_files, partial_files
from fake_google_tts import FakeGoogleServer, tone_mp3

from vaktaal.audio import AudioOptions, ensure_audio, find_audio
from vaktaal.audio.cache import AudioCache
from vaktaal.cli.output import error_text
from vaktaal.errors import AudioError

TESTS = Path(__file__).resolve().parent


@pytest.fixture
def google():
    with FakeGoogleServer() as server:
        yield server


def gtts_options(tmp_path: Path, server: FakeGoogleServer, **kw: object) -> AudioOptions:
    return AudioOptions(engine="gtts", cache_dir=tmp_path / "cache", gtts_url=server.url, backoff=0.01, **kw)


def test_second_run_records_nothing_and_changed_word_only_itself(tmp_path: Path,
                                                                 google: FakeGoogleServer) -> None:
    texts = ["de laskap", "Zet je laskap op.", "de helm"]
    first = ensure_audio(texts, gtts_options(tmp_path, google))
    assert first.generated == 3 and first.requests == 3
    second = ensure_audio(texts, gtts_options(tmp_path, google))
    assert second.generated == 0 and second.from_cache == 3 and second.requests == 0
    assert second.files == first.files
    changed = ["de laskap", "Zet je laskap goed op.", "de helm"]
    third = ensure_audio(changed, gtts_options(tmp_path, google))
    assert third.generated == 1 and third.from_cache == 2
    assert google.fake.texts()["Zet je laskap goed op."] == 1 and len(google.fake.requests) == 4


def test_keys_separate_engine_and_speed(tmp_path: Path) -> None:
    made = {}
    for engine in ("espeak",):
        for slow in (False, True):
            opts = AudioOptions(engine=engine, slow=slow, cache_dir=tmp_path)
            made[(engine, slow)] = ensure_audio(["de laskap"], opts).files["de laskap"]
    assert len(set(made.values())) == 2
    assert find_audio("de laskap", AudioOptions(engine="gtts", cache_dir=tmp_path)) is None
    # "auto" uses an offline recording until an online run replaces it.
    assert find_audio("de laskap", AudioOptions(engine="auto", cache_dir=tmp_path)) == made[("espeak", False)]


def test_interrupted_run_keeps_finished_work_and_no_partial_file(tmp_path: Path,
                                                                 google: FakeGoogleServer) -> None:
    texts = [f"woord {i}" for i in range(10)]

    def stop_after_three(done: int, total: int) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        ensure_audio(texts, gtts_options(tmp_path, google, concurrency=1), progress=stop_after_three)
    assert len(mp3_files(tmp_path / "cache")) == 3 and partial_files(tmp_path / "cache") == []
    rest = ensure_audio(texts, gtts_options(tmp_path, google))
    assert rest.from_cache == 3 and rest.generated == 7 and len(google.fake.requests) == 10


def test_interrupted_write_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache = AudioCache(tmp_path)
    cache.prepare("gtts")

    def interrupted(*args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        cache.store("gtts", "ab" * 32, tone_mp3(5))
    assert list((tmp_path / "gtts").iterdir()) == []


def test_store_refuses_bad_mp3(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path)
    cache.prepare("gtts")
    data = tone_mp3(10)
    with pytest.raises(ValueError, match="cut off"):
        cache.store("gtts", "cd" * 32, data[:-50])
    with pytest.raises(ValueError, match="empty"):
        cache.store("gtts", "cd" * 32, b"")
    assert list((tmp_path / "gtts").iterdir()) == []
    assert cache.lookup("gtts", "cd" * 32) is None


def test_old_partial_files_are_cleaned(tmp_path: Path) -> None:
    folder = tmp_path / "espeak"
    folder.mkdir()
    old, fresh = folder / ".old.part", folder / ".fresh.part"
    old.write_bytes(b"x")
    fresh.write_bytes(b"x")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    AudioCache(tmp_path).prepare("espeak")
    assert not old.exists() and fresh.exists()   # a fresh one may belong to a running process


def test_cache_folder_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAKTAAL_AUDIO_CACHE", str(tmp_path / "env-cache"))
    report = ensure_audio(["de laskap"], AudioOptions(engine="espeak"))
    assert report.files["de laskap"].is_relative_to(tmp_path / "env-cache")


def test_unwritable_cache_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(AudioError) as caught:
        ensure_audio(["de laskap"], AudioOptions(engine="espeak", cache_dir=blocker))
    assert "cannot create the audio cache folder" in caught.value.message
    # The library names no option; the CLI puts --cache in front of the message.
    assert caught.value.field == "cache"
    assert caught.value.hint == ("choose an audio cache folder you can write to (the environment variable "
                                 "VAKTAAL_AUDIO_CACHE sets the default)")
    assert error_text(caught.value).startswith("--cache: cannot create the audio cache folder")


def test_two_processes_record_each_text_once(tmp_path: Path, google: FakeGoogleServer) -> None:
    google.fake.latency = 0.05
    script = (
        "import sys; from pathlib import Path; from vaktaal.audio import AudioOptions, ensure_audio\n"
        "r = ensure_audio([f'woord {i}' for i in range(16)], AudioOptions(engine='gtts', "
        "cache_dir=Path(sys.argv[1]), gtts_url=sys.argv[2], concurrency=4))\n"
        "assert not r.failed, r.failed\n"
    )
    runs = [subprocess.Popen([sys.executable, "-c", script, str(tmp_path / "cache"), google.url])
            for _ in range(2)]
    assert [run.wait(timeout=60) for run in runs] == [0, 0]
    assert set(google.fake.texts().values()) == {1} and len(google.fake.requests) == 16
    assert len(mp3_files(tmp_path / "cache")) == 16
