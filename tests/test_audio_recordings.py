"""People's own recordings: any common format in, a trimmed, levelled, checked MP3 out, named by
the term in its vocabulary file."""

from __future__ import annotations

import io
import wave
from pathlib import Path

import av
import numpy as np
import pytest
import yaml
from click.testing import CliRunner
from deck_project import write_sector

from vaktaal.audio.mp3_check import mp3_problem
from vaktaal.audio.recordings import attach_recording, normalised_mp3
from vaktaal.checking import check
from vaktaal.cli.main import cli
from vaktaal.content.sector_files import load_sector
from vaktaal.errors import InputError

RATE = 48000


def _speech_like(seconds: float, level: float) -> np.ndarray:
    """A voiced-sound stand-in: harmonics of 150 Hz with a syllable-like envelope."""
    t = np.arange(int(RATE * seconds)) / RATE
    tone = sum(np.sin(2 * np.pi * 150 * k * t) / k for k in range(1, 6))
    envelope = 0.6 + 0.4 * np.sin(2 * np.pi * 3 * t)
    return (level * tone * envelope / np.abs(tone).max()).astype(np.float32)


def _with_silence(signal: np.ndarray, before: float = 0.8, after: float = 1.2) -> np.ndarray:
    return np.concatenate([np.zeros(int(RATE * before), np.float32), signal, np.zeros(int(RATE * after), np.float32)])


def write_wav(path: Path, signal: np.ndarray) -> Path:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes((signal * 32767).astype("<i2").tobytes())
    return path


def write_encoded(path: Path, signal: np.ndarray, codec: str) -> Path:
    """The formats phones and browsers make: webm/opus (Chrome's MediaRecorder), m4a/aac."""
    pcm = (signal * 32767).astype(np.int16).reshape(1, -1)
    with av.open(str(path), "w") as out:
        stream = out.add_stream(codec, rate=RATE)
        stream.layout = "mono"
        frame_size = stream.codec_context.frame_size or 960
        for start in range(0, pcm.shape[1], frame_size):
            frame = av.AudioFrame.from_ndarray(np.ascontiguousarray(pcm[:, start:start + frame_size]),
                                               format="s16", layout="mono")
            frame.sample_rate = RATE
            for packet in stream.encode(frame):
                out.mux(packet)
        for packet in stream.encode(None):
            out.mux(packet)
    return path


def _decoded(data: bytes) -> tuple[float, float]:
    """Duration (s) and RMS level (dBFS) of an MP3."""
    with av.open(io.BytesIO(data)) as container:
        samples = np.concatenate([f.to_ndarray().reshape(-1).astype(np.float64)
                                  for f in container.decode(audio=0)])
        rate = container.streams.audio[0].sample_rate
    if samples.dtype.kind != "f" or np.abs(samples).max() > 1.5:
        samples = samples / 32768.0
    return len(samples) / rate, 20 * np.log10(np.sqrt(np.mean(samples ** 2)))


@pytest.mark.parametrize(("suffix", "codec"), [(".wav", None), (".webm", "libopus"), (".m4a", "aac")])
def test_any_common_format_becomes_a_trimmed_levelled_mp3(tmp_path: Path, suffix: str, codec: str | None) -> None:
    quiet = _with_silence(_speech_like(1.0, level=0.03))  # a phone held too far away
    source = tmp_path / f"opname{suffix}"
    write_wav(source, quiet) if codec is None else write_encoded(source, quiet, codec)
    data = normalised_mp3(source)
    assert mp3_problem(data) is None
    duration, level = _decoded(data)
    assert 1.0 <= duration <= 1.6, duration  # 2 s of silence around 1 s of sound: trimmed
    assert -24 <= level <= -12, level  # levelled up from about -35 dBFS


def test_attach_names_the_recording_on_the_term_and_keeps_the_file_clean(tmp_path: Path) -> None:
    sector = write_sector(tmp_path)
    source = write_wav(tmp_path / "hamer.wav", _with_silence(_speech_like(0.8, 0.2)))
    stored = attach_recording(sector, "hamer", "nl", source, by="Amal  K.")
    assert stored == sector.parent / "recordings" / "werkplaats" / "hamer.nl.mp3"
    assert mp3_problem(stored.read_bytes()) is None
    text = sector.read_text(encoding="utf-8")
    assert "recordings/werkplaats/hamer.nl.mp3  # opgenomen door Amal K." in text
    term = load_sector(sector).term("hamer")
    assert term.recordings == {"nl": "recordings/werkplaats/hamer.nl.mp3"}
    assert term.recording_paths["nl"] == stored.resolve()
    assert check([sector]).ok
    attach_recording(sector, "hamer", "ar", source, by="Amal")  # a translation, spoken by a native speaker
    assert set(load_sector(sector).term("hamer").recordings) == {"nl", "ar"}


@pytest.mark.parametrize(("term", "slot", "message"), [
    ("hamer", "xx", "is not something a recording can be for"),
    ("zaag", "nl", "has no term 'zaag'"),
    ("boor", "ti", "has no 'ti' translation to record"),
])
def test_wrong_term_or_slot_is_refused_and_nothing_stays_behind(tmp_path: Path, term: str, slot: str,
                                                                  message: str) -> None:
    sector = write_sector(tmp_path)
    before = sector.read_bytes()
    source = write_wav(tmp_path / "x.wav", _speech_like(0.5, 0.2))
    with pytest.raises(InputError, match=message):
        attach_recording(sector, term, slot, source, by="x")
    assert sector.read_bytes() == before
    assert not (sector.parent / "recordings").exists() or not any((sector.parent / "recordings").rglob("*.mp3"))


def test_not_audio_and_silence_are_refused_with_a_message(tmp_path: Path) -> None:
    fake = tmp_path / "opname.m4a"
    fake.write_text("dit is geen geluid")
    with pytest.raises(InputError, match="is not an audio file vaktaal can read"):
        normalised_mp3(fake)
    silent = write_wav(tmp_path / "stil.wav", np.zeros(RATE * 2, np.float32))
    with pytest.raises(InputError, match="holds only silence"):
        normalised_mp3(silent)


def test_record_command(tmp_path: Path) -> None:
    sector = write_sector(tmp_path)
    source = write_wav(tmp_path / "zin.wav", _with_silence(_speech_like(1.5, 0.1)))
    result = CliRunner().invoke(cli, ["record", str(sector), "hamer", str(source), "--for", "example", "--by", "Jan"])
    assert result.exit_code == 0, result.output
    assert "hamer (example): recording stored in" in result.output
    data = yaml.safe_load(sector.read_text(encoding="utf-8"))
    hamer = next(t for t in data["terms"] if t["id"] == "hamer")
    assert hamer["recordings"] == {"example": "recordings/werkplaats/hamer.example.mp3"}
    bad = CliRunner().invoke(cli, ["record", str(sector), "hamer", str(source), "--for", "zz"])
    assert bad.exit_code == 2
    assert "--for zz: 'zz' is not something a recording can be for" in bad.output


def test_a_persons_recording_wins_in_the_deck_and_the_week_pack(tmp_path: Path) -> None:
    from deck_project import fake_mp3, write_recipe

    from vaktaal.anki.build import plan_deck
    from vaktaal.anki.media import content_name
    from vaktaal.audio.texts import sound_for, term_texts
    from vaktaal.recipes import load_recipe, recipe_entries

    sector = write_sector(tmp_path)
    write_recipe(tmp_path, "name: Vaktaal Werkplaats\nsectors: [werkplaats]\nlanguages: [ar]\n")
    stored = attach_recording(sector, "hamer", "nl", write_wav(tmp_path / "h.wav", _speech_like(0.6, 0.2)), by="Jan")
    recipe = load_recipe(tmp_path / "decks" / "test.yaml")
    synthetic = tmp_path / "voice.mp3"
    synthetic.write_bytes(fake_mp3("voice"))
    hamer = next(e.term for e in recipe_entries(recipe) if e.term.id == "hamer")
    assert term_texts(hamer) == ["Geef mij de hamer."]  # the voice need not record what a person did
    audio = {"de hamer": synthetic, "Geef mij de hamer.": synthetic}
    assert sound_for(hamer, "nl", audio) == stored.resolve()
    assert sound_for(hamer, "example", audio) == synthetic
    note = next(n for n in plan_deck(recipe, "ar", audio=audio).notes if n.key == "werkplaats/hamer")
    assert note.field("WordAudio") == f"[sound:{content_name(stored)}]"
    assert note.field("ExampleAudio") == f"[sound:{content_name(synthetic)}]"
    # A new recording by a person changes the note (learners get it); another voice would not.
    before = note.content_hash
    attach_recording(sector, "hamer", "nl", write_wav(tmp_path / "h2.wav", _speech_like(0.9, 0.2)), by="Jan")
    recipe = load_recipe(tmp_path / "decks" / "test.yaml")
    again = next(n for n in plan_deck(recipe, "ar", audio=audio).notes if n.key == "werkplaats/hamer")
    assert again.content_hash != before
    other_voice = tmp_path / "other.mp3"
    other_voice.write_bytes(fake_mp3("another voice"))
    same = next(n for n in plan_deck(recipe, "ar", audio={**audio, "Geef mij de hamer.": other_voice}).notes
                if n.key == "werkplaats/hamer")
    assert same.content_hash == again.content_hash
