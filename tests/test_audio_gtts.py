"""The online voice for real: the gTTS client against a loopback server answering like Google."""

from __future__ import annotations

import time
from email.utils import formatdate
from pathlib import Path

import pytest
from audio_helpers import mp3_files, partial_files
from fake_google_tts import FakeGoogleServer
from mutagen.mp3 import MP3

from vaktaal.audio import AudioOptions, ensure_audio, find_audio
from vaktaal.audio.gtts_engine import retry_after_seconds
from vaktaal.i18n import use_language


@pytest.fixture
def google():
    with FakeGoogleServer() as server:
        yield server


def options(tmp_path: Path, server: FakeGoogleServer, **kw: object) -> AudioOptions:
    kw = {"engine": "gtts", "cache_dir": tmp_path / "cache", "gtts_url": server.url, "backoff": 0.01,
          "attempts": 3, **kw}
    return AudioOptions(**kw)


def test_success_records_real_mp3_in_dutch(tmp_path: Path, google: FakeGoogleServer) -> None:
    report = ensure_audio(["de laskap", "Doe eerst een LMRA."], options(tmp_path, google))
    assert report.failed == {} and report.generated == 2 and report.engine == "gtts"
    assert sorted(google.fake.requests) == [("Doe eerst een L M R A.", "nl", False), ("de laskap", "nl", False)]
    for path in report.files.values():
        assert MP3(path).info.length > 0
    assert find_audio("de laskap", options(tmp_path, google)) == report.files["de laskap"]


def test_slow_voice_asks_google_for_slow_speech_and_is_cached_apart(tmp_path: Path,
                                                                    google: FakeGoogleServer) -> None:
    normal = ensure_audio(["de laskap"], options(tmp_path, google))
    slow = ensure_audio(["de laskap"], options(tmp_path, google, slow=True))
    assert google.fake.requests == [("de laskap", "nl", False), ("de laskap", "nl", True)]
    assert normal.files["de laskap"] != slow.files["de laskap"]


def test_429_waits_for_retry_after_then_succeeds(tmp_path: Path, google: FakeGoogleServer) -> None:
    google.fake.retry_after = "1"
    google.fake.plan("de laskap", "429")
    started = time.monotonic()
    report = ensure_audio(["de laskap"], options(tmp_path, google))
    assert time.monotonic() - started >= 1.0
    assert report.failed == {} and report.requests == 2
    assert google.fake.texts()["de laskap"] == 2


def test_retry_after_as_http_date() -> None:
    assert retry_after_seconds("7") == 7
    assert 28 <= retry_after_seconds(formatdate(time.time() + 30, usegmt=True)) <= 30
    assert retry_after_seconds("soon") is None


def test_429_asking_too_long_a_wait_fails_that_text(tmp_path: Path, google: FakeGoogleServer) -> None:
    google.fake.retry_after = "3600"
    google.fake.plan("de laskap", "429")
    report = ensure_audio(["de laskap"], options(tmp_path, google, max_wait=5))
    assert "HTTP 429" in report.failed["de laskap"] and "3600" in report.failed["de laskap"]


def test_500_is_retried_then_reported(tmp_path: Path, google: FakeGoogleServer) -> None:
    google.fake.plan("de laskap", "500", "500", "500")
    google.fake.plan("de helm", "500")
    report = ensure_audio(["de laskap", "de helm"], options(tmp_path, google))
    assert report.failed == {"de laskap": "Google had a server error (HTTP 500); gave up after 3 attempts"}
    assert "de helm" in report.files                      # second attempt worked
    assert google.fake.texts() == {"de laskap": 3, "de helm": 2}
    assert [p.name for p in mp3_files(tmp_path / "cache")] == [report.files["de helm"].name]


def test_reasons_from_worker_threads_are_in_the_callers_language(tmp_path: Path, google: FakeGoogleServer) -> None:
    # The web app forces Dutch with use_language(); the workers that call Google must word in it too.
    google.fake.plan("de laskap", "500", "500", "500")
    with use_language("nl"):
        report = ensure_audio(["de laskap", "de helm"], options(tmp_path, google, concurrency=2))
    assert report.failed == {"de laskap": "Google had een serverfout (HTTP 500); opgegeven na 3 pogingen"}


def test_timeout_is_reported(tmp_path: Path, google: FakeGoogleServer) -> None:
    google.fake.hang_seconds = 1.5
    google.fake.plan("de laskap", "hang", "hang")
    report = ensure_audio(["de laskap"], options(tmp_path, google, timeout=0.3, attempts=2))
    assert report.failed["de laskap"].startswith("Google did not answer within 0.3 s")
    assert mp3_files(tmp_path / "cache") == []


def test_truncated_body_is_reported_and_nothing_is_cached(tmp_path: Path, google: FakeGoogleServer) -> None:
    google.fake.plan("de laskap", "truncated", "truncated")
    report = ensure_audio(["de laskap"], options(tmp_path, google, attempts=2))
    assert report.failed["de laskap"].startswith("the answer from Google was cut off")
    assert mp3_files(tmp_path / "cache") == [] and partial_files(tmp_path / "cache") == []
    # The next run tries again and now gets the whole answer.
    again = ensure_audio(["de laskap"], options(tmp_path, google))
    assert again.failed == {} and MP3(again.files["de laskap"]).info.length > 0


def test_answer_without_audio_is_not_retried(tmp_path: Path, google: FakeGoogleServer) -> None:
    google.fake.plan("de laskap", "noaudio")
    report = ensure_audio(["de laskap"], options(tmp_path, google))
    assert report.failed == {"de laskap": "Google answered without audio"}
    assert google.fake.texts()["de laskap"] == 1


def test_request_limit_per_run(tmp_path: Path, google: FakeGoogleServer) -> None:
    texts = ["de laskap", "de helm", "de tang"]
    report = ensure_audio(texts, options(tmp_path, google, max_requests=2, concurrency=1))
    assert report.requests == 2 and len(google.fake.requests) == 2
    assert list(report.failed) == ["de tang"]
    assert "limit of 2 requests" in report.failed["de tang"]


def test_gives_up_on_a_server_that_is_gone(tmp_path: Path) -> None:
    gone = "http://127.0.0.1:9/_/TranslateWebserverUi/data/batchexecute"
    opts = AudioOptions(engine="gtts", cache_dir=tmp_path, gtts_url=gone, attempts=1, give_up_after=2,
                        concurrency=1)
    report = ensure_audio([f"woord {i}" for i in range(6)], opts)
    assert len(report.failed) == 6 and report.requests == 2
    assert report.failed["woord 0"].startswith("could not connect to Google")
    assert report.failed["woord 5"].startswith("not tried: the online voice failed 2 times in a row")


def test_same_spoken_text_is_requested_once(tmp_path: Path, google: FakeGoogleServer) -> None:
    report = ensure_audio(["de laskap", "de  laskap", "de laskap"], options(tmp_path, google))
    assert len(google.fake.requests) == 1
    assert report.files["de laskap"] == report.files["de  laskap"]


def test_auto_uses_google_when_reachable_and_falls_back_per_text(tmp_path: Path,
                                                                 google: FakeGoogleServer) -> None:
    google.fake.plan("de laskap", "500", "500", "500")
    report = ensure_audio(["de laskap", "de helm"], options(tmp_path, google, engine="auto"))
    assert report.failed == {}
    assert report.files["de helm"].parent.name == "gtts"
    assert report.files["de laskap"].parent.name == "espeak"
    assert report.engine == "gtts+espeak"
    assert len(report.notices) == 1 and "offline voice" in report.notices[0]


def test_auto_offline_uses_espeak_with_one_notice(tmp_path: Path) -> None:
    opts = AudioOptions(cache_dir=tmp_path, gtts_url="http://127.0.0.1:9/x")
    report = ensure_audio(["de laskap", "Zet je laskap op."], opts)
    assert report.failed == {} and report.engine == "espeak" and report.requests == 0
    assert len(report.notices) == 1 and "cannot be reached" in report.notices[0]
    assert ensure_audio(["de laskap"], opts).from_cache == 1
