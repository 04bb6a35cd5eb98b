"""``vaktaal audio`` through click, on small project folders made by the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from audio_helpers import SECTOR_TEXTS, mp3_files, write_project
from click.testing import CliRunner
from fake_google_tts import FakeGoogleServer

from vaktaal.audio import ENGINES, AudioOptions
from vaktaal.cli.audio_options import VOICES
from vaktaal.cli.main import cli
from vaktaal.cli.output import error_text
from vaktaal.errors import InputError


@pytest.fixture
def project(tmp_path: Path) -> tuple[Path, Path]:
    return write_project(tmp_path / "project")


def run(*args: str, env: dict[str, str] | None = None):
    return CliRunner().invoke(cli, ["audio", *args], env=env)


@pytest.mark.parametrize(("language", "new_header", "widths"), [
    ("nl", "nieuw opgenomen", (14, 15, 12)),   # al in de cache | nieuw opgenomen | zonder audio
    ("en", "newly recorded", (12, 14, 13)),    # in the cache | newly recorded | without audio
])
def test_offline_voice_for_a_sector_then_all_from_cache(tmp_path: Path, project: tuple[Path, Path],
                                                        monkeypatch: pytest.MonkeyPatch, language: str,
                                                        new_header: str, widths: tuple[int, int, int]) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    sector, _ = project
    cache = tmp_path / "cache"
    result = run(str(sector), "--tts", "espeak", "--cache", str(cache))
    assert result.exit_code == 0, result.output
    assert "espeak" in result.output and new_header in result.output
    assert len(mp3_files(cache)) == len(SECTOR_TEXTS)
    again = run(str(sector), "--tts", "espeak", "--cache", str(cache))
    assert again.exit_code == 0
    row = next(line for line in again.output.splitlines() if "espeak" in line)
    cached, new, without = widths
    assert row.split("│")[2:5] == [f" {len(SECTOR_TEXTS):>{cached}} ", f" {0:>{new}} ", f" {0:>{without}} "]


def test_recipe_with_google_and_a_failing_word(tmp_path: Path, project: tuple[Path, Path]) -> None:
    _, recipe = project
    with FakeGoogleServer() as google:
        google.fake.plan("de laskap", *["500"] * 10)
        result = run(str(recipe), "--tts", "gtts", "--cache", str(tmp_path / "cache"),
                     env={"VAKTAAL_GTTS_URL": google.url})
    assert result.exit_code == 1
    assert "no audio (Google had a server error (HTTP 500); gave up after 4 attempts) for:" in result.output
    assert "    de laskap\n" in result.output
    assert "1 text without audio" in result.output
    assert len(mp3_files(tmp_path / "cache")) == len(SECTOR_TEXTS) - 1


def test_auto_offline_warns_once(tmp_path: Path, project: tuple[Path, Path]) -> None:
    sector, _ = project
    result = run(str(sector), "--cache", str(tmp_path / "cache"),
                 env={"VAKTAAL_GTTS_URL": "http://127.0.0.1:9/x"})
    assert result.exit_code == 0, result.output
    assert result.output.count("warning:") == 1 and "cannot be reached" in result.output


def test_missing_target_is_a_usage_error(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope.yaml"))
    assert result.exit_code == 2
    assert "error: no file at" in result.output and "hint:" in result.output


def test_broken_sector_file_is_a_clear_error(tmp_path: Path, project: tuple[Path, Path]) -> None:
    sector, _ = project
    sector.write_text(sector.read_text(encoding="utf-8").replace("level: A2", "level: Z9"), encoding="utf-8")
    result = run(str(sector), "--tts", "espeak", "--cache", str(tmp_path / "cache"))
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "error:" in result.output and "vaktaal check" in result.output


def test_bad_engine_name() -> None:
    result = run("x.yaml", "--tts", "polly")
    assert result.exit_code == 2 and "'polly' is not one of" in result.output


def test_the_tts_option_offers_the_audio_packages_voices() -> None:
    assert VOICES == ENGINES


def test_a_bad_voice_from_the_library_names_the_option() -> None:
    with pytest.raises(InputError) as caught:
        AudioOptions(engine="polly")
    assert (caught.value.field, caught.value.value) == ("tts", "polly")
    assert error_text(caught.value) == "--tts polly: not a voice: use one of auto, gtts, espeak"
