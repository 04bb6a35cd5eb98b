"""The audio cache is not trusted (issue 16, item 5): a link to a file outside, a cut-off file or
an HTML page planted under a recording's name is never used, never counted as cached, and is
recorded again."""

from __future__ import annotations

import hashlib
import json
import os
import zipfile
from pathlib import Path

import pytest
from audio_helpers import SECTOR_TEXTS, write_project
from click.testing import CliRunner
from fake_google_tts import FakeGoogleServer, tone_mp3

from vaktaal.audio import AudioOptions, ensure_audio, find_audio
from vaktaal.audio.cache import AudioCache
from vaktaal.audio.mp3_check import mp3_problem
from vaktaal.cli.main import cli

TEXT = "de laskap"
HTML = b"<!DOCTYPE html><html><body>Dit is geen opname.</body></html>\n"


@pytest.fixture
def google():
    with FakeGoogleServer() as server:
        yield server


def options(tmp_path: Path, server: FakeGoogleServer) -> AudioOptions:
    return AudioOptions(engine="gtts", cache_dir=tmp_path / "cache", gtts_url=server.url, backoff=0.01)


def recorded(tmp_path: Path, server: FakeGoogleServer) -> Path:
    """Record TEXT once; returns its file in the cache."""
    report = ensure_audio([TEXT], options(tmp_path, server))
    assert report.generated == 1
    return report.files[TEXT]


def assert_recorded_again(tmp_path: Path, server: FakeGoogleServer, entry: Path) -> None:
    assert find_audio(TEXT, options(tmp_path, server)) is None  # never handed out
    report = ensure_audio([TEXT], options(tmp_path, server))
    assert report.from_cache == 0 and report.generated == 1
    assert report.files[TEXT] == entry
    assert not entry.is_symlink() and mp3_problem(entry.read_bytes()) is None
    again = ensure_audio([TEXT], options(tmp_path, server))  # and then it is a sound entry again
    assert again.from_cache == 1 and again.generated == 0


def test_a_sound_entry_has_its_record(tmp_path: Path, google: FakeGoogleServer) -> None:
    entry = recorded(tmp_path, google)
    record = json.loads(entry.with_suffix(".sum").read_text(encoding="ascii"))
    data = entry.read_bytes()
    info = entry.stat()
    assert record == {"size": len(data), "sha256": hashlib.sha256(data).hexdigest(),
                      "file": [info.st_ino, info.st_mtime_ns]}
    assert ensure_audio([TEXT], options(tmp_path, google)).from_cache == 1


def test_a_changed_entry_is_checked_in_full_again(tmp_path: Path, google: FakeGoogleServer) -> None:
    """The quick check (the same inode, size and time as when the file was checksummed) is only a
    shortcut: a file replaced by other bytes of the same size is another file, checked in full,
    refused and recorded again."""
    entry = recorded(tmp_path, google)
    data = bytearray(entry.read_bytes())
    data[-1] ^= 0xFF  # same size, other bytes, written as a new file (new inode)
    planted = entry.with_name("planted.tmp")
    planted.write_bytes(bytes(data))
    planted.replace(entry)
    assert_recorded_again(tmp_path, google, entry)


def test_a_link_to_a_file_outside_is_not_used(tmp_path: Path, google: FakeGoogleServer) -> None:
    entry = recorded(tmp_path, google)
    outside = tmp_path / "outside.mp3"
    outside.write_bytes(entry.read_bytes())  # even a sound MP3: it is not in the cache
    entry.unlink()
    entry.symlink_to(outside)
    assert_recorded_again(tmp_path, google, entry)
    assert outside.read_bytes() == (tmp_path / "outside.mp3").read_bytes() and outside.exists()


def test_a_link_to_a_system_file_is_not_used(tmp_path: Path, google: FakeGoogleServer) -> None:
    entry = recorded(tmp_path, google)
    entry.unlink()
    entry.with_suffix(".sum").unlink()
    entry.symlink_to("/etc/passwd")
    assert_recorded_again(tmp_path, google, entry)


def test_a_hard_link_is_not_used(tmp_path: Path, google: FakeGoogleServer) -> None:
    entry = recorded(tmp_path, google)
    os.link(entry, tmp_path / "elsewhere.mp3")  # the same file, reachable from outside the cache
    assert_recorded_again(tmp_path, google, entry)


def test_an_engine_folder_linked_to_elsewhere_is_not_used(tmp_path: Path, google: FakeGoogleServer) -> None:
    entry = recorded(tmp_path, google)
    folder = entry.parent
    moved = tmp_path / "elsewhere"
    folder.rename(moved)
    folder.symlink_to(moved)
    assert find_audio(TEXT, options(tmp_path, google)) is None
    assert ensure_audio([TEXT], options(tmp_path, google)).from_cache == 0


def test_a_cut_off_file_is_recorded_again(tmp_path: Path, google: FakeGoogleServer) -> None:
    entry = recorded(tmp_path, google)
    entry.write_bytes(entry.read_bytes()[:-100])
    assert_recorded_again(tmp_path, google, entry)


def test_a_changed_file_of_the_same_size_is_recorded_again(tmp_path: Path, google: FakeGoogleServer) -> None:
    entry = recorded(tmp_path, google)
    data = bytearray(entry.read_bytes())
    data[-10] ^= 0xFF
    entry.write_bytes(bytes(data))
    assert_recorded_again(tmp_path, google, entry)


def test_an_html_page_planted_under_a_cache_name_is_recorded_again(tmp_path: Path,
                                                                   google: FakeGoogleServer) -> None:
    cache = AudioCache(tmp_path / "cache")
    cache.prepare("gtts")
    entry = recorded(tmp_path, google)
    entry.unlink()
    entry.with_suffix(".sum").unlink()
    entry.write_bytes(HTML)  # no record: it gets the full MP3 check, and fails it
    assert_recorded_again(tmp_path, google, entry)


def test_an_html_page_with_a_forged_record_is_recorded_again(tmp_path: Path, google: FakeGoogleServer) -> None:
    entry = recorded(tmp_path, google)
    entry.write_bytes(HTML)
    entry.with_suffix(".sum").write_text(json.dumps({"size": len(HTML), "sha256": hashlib.sha256(HTML).hexdigest()}),
                                         encoding="ascii")
    assert_recorded_again(tmp_path, google, entry)


def test_a_garbled_record_is_recorded_again(tmp_path: Path, google: FakeGoogleServer) -> None:
    entry = recorded(tmp_path, google)
    entry.with_suffix(".sum").write_text("niet { json", encoding="ascii")
    assert_recorded_again(tmp_path, google, entry)


def test_a_recording_from_before_records_is_checked_once_and_kept(tmp_path: Path, google: FakeGoogleServer) -> None:
    entry = recorded(tmp_path, google)
    entry.with_suffix(".sum").unlink()
    report = ensure_audio([TEXT], options(tmp_path, google))
    assert report.from_cache == 1 and report.generated == 0  # no need to ask Google again
    assert entry.with_suffix(".sum").is_file()


def test_vaktaal_audio_does_not_count_planted_files_as_cached(tmp_path: Path) -> None:
    sector, _ = write_project(tmp_path / "project")
    cache = tmp_path / "cache"
    first = CliRunner().invoke(cli, ["audio", str(sector), "--tts", "espeak", "--cache", str(cache)])
    assert first.exit_code == 0, first.output
    entries = sorted((cache / "espeak").glob("*.mp3"))
    assert len(entries) == len(SECTOR_TEXTS)
    entries[0].write_bytes(HTML)
    entries[1].unlink()
    entries[1].symlink_to("/etc/passwd")
    entries[2].write_bytes(entries[2].read_bytes()[:-200])
    again = CliRunner().invoke(cli, ["audio", str(sector), "--tts", "espeak", "--cache", str(cache)])
    assert again.exit_code == 0, again.output
    row = next(line for line in again.output.splitlines() if "espeak" in line)
    assert [cell.strip() for cell in row.split("│")[2:5]] == [str(len(SECTOR_TEXTS) - 3), "3", "0"]
    for entry in entries[:3]:
        assert not entry.is_symlink() and mp3_problem(entry.read_bytes()) is None


def test_a_planted_file_never_reaches_the_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _, recipe = write_project(tmp_path / "project")
    cache = tmp_path / "cache"
    monkeypatch.setenv("VAKTAAL_AUDIO_CACHE", str(cache))
    args = ["build", str(recipe), "--tts", "espeak", "--out", str(tmp_path / "out")]
    assert CliRunner().invoke(cli, args).exit_code == 0
    for entry in (cache / "espeak").glob("*.mp3"):
        entry.unlink()
        entry.symlink_to("/etc/passwd")
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0, result.output
    assert "(0 from the cache" in result.output
    passwd = Path("/etc/passwd").read_bytes()
    with zipfile.ZipFile(tmp_path / "out" / "proef.en.apkg") as package:
        media = json.loads(package.read("media"))
        sounds = [package.read(index) for index, name in media.items() if name.endswith(".mp3")]
    assert sounds and all(data != passwd and mp3_problem(data) is None for data in sounds)


def test_store_still_refuses_a_bad_mp3_and_writes_no_record(tmp_path: Path) -> None:
    cache = AudioCache(tmp_path)
    cache.prepare("gtts")
    with pytest.raises(ValueError):
        cache.store("gtts", "ef" * 32, tone_mp3(10)[:-50])
    assert list((tmp_path / "gtts").iterdir()) == []
