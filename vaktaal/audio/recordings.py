"""People's own recordings: a coach, an employer or a native speaker saying the word, the example
or the translation. They replace the synthetic voice everywhere.

Any common audio file (a phone's m4a, the browser's webm/opus, wav, ogg, mp3, flac) is decoded
with FFmpeg (through PyAV), trimmed of silence at both ends, levelled to one loudness
(EBU R128, FFmpeg's ``loudnorm``), and stored as a checked mono MP3 beside the vocabulary file:
``<folder>/recordings/<file name>/<term id>.<slot>.mp3``. The term's ``recordings:`` names it.
"""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path

import av
import lameenc
import numpy as np
from ruamel.yaml.comments import CommentedMap

from vaktaal.audio.mp3_check import mp3_problem
from vaktaal.content.format_rules import RECORDING_EXAMPLE, RECORDING_SUFFIX, SLUG_RE
from vaktaal.content.languages import is_language_code
from vaktaal.employers.overlays import refuse_invalid_text
from vaktaal.errors import InputError
from vaktaal.files.atomic import atomic_write
from vaktaal.files.safe_write import edit_yaml
from vaktaal.i18n import _

#: Bigger than any honest recording of a word or a sentence; refused before decoding.
MAX_SOURCE_BYTES = 20 * 1024 * 1024
#: Longer than any word or example sentence needs (after the silence is trimmed).
MAX_SECONDS = 30.0
SAMPLE_RATE = 44100
_SILENCE = "start_periods=1:start_threshold=-45dB:start_silence=0.15:detection=rms"
_LOUDNESS = "I=-16:TP=-1.5:LRA=11"


def is_slot(slot: str) -> bool:
    """``nl`` (the Dutch word), ``example`` (the Dutch example) or a language code (a translation)."""
    return slot == RECORDING_EXAMPLE or is_language_code(slot)


def normalised_mp3(source: Path) -> bytes:
    """``source`` as a trimmed, loudness-levelled mono MP3; InputError when it is not usable audio."""
    try:
        size = source.stat().st_size
    except OSError as exc:
        raise InputError(_("cannot read {file}: {reason}").format(file=source, reason=exc.strerror or exc),
                         hint=_("check the file name")) from None
    if size > MAX_SOURCE_BYTES:
        raise InputError(_("{file} is {size} MB, more than a recording of a word or sentence needs "
                           "(at most {limit} MB)").format(file=source, size=round(size / 1024 / 1024),
                                                          limit=MAX_SOURCE_BYTES // 1024 // 1024),
                         hint=_("record only the word or the sentence"))
    try:
        samples = _decode_filtered(source)
    except (av.FFmpegError, ValueError, IndexError) as exc:
        raise InputError(_("{file} is not an audio file vaktaal can read ({reason})").format(file=source, reason=exc),
                         hint=_("record again, or save it as mp3, m4a, wav or ogg")) from None
    if samples.size == 0:
        raise InputError(_("{file} holds only silence").format(file=source),
                         hint=_("record again, closer to the microphone"))
    if samples.size > MAX_SECONDS * SAMPLE_RATE:
        raise InputError(_("{file} is {seconds} seconds long after trimming silence; a recording may be at most "
                           "{limit} seconds").format(file=source, seconds=round(samples.size / SAMPLE_RATE),
                                                     limit=round(MAX_SECONDS)),
                         hint=_("record only the word or the sentence"))
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(64)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(2)
    data = bytes(encoder.encode(samples.astype("<i2").tobytes()) + encoder.flush())
    problem = mp3_problem(data)
    if problem:  # never store what the cache would refuse
        raise InputError(_("{file} could not be turned into a playable MP3 ({reason})").format(
            file=source, reason=problem), hint=_("record again"))
    return data


def _decode_filtered(source: Path) -> np.ndarray:
    """Decode, trim silence at both ends (trim, reverse, trim, reverse), level, resample."""
    container = av.open(str(source))
    try:
        stream = container.streams.audio[0]
        graph = av.filter.Graph()
        chain = [graph.add_abuffer(template=stream), graph.add("silenceremove", _SILENCE), graph.add("areverse"),
                 graph.add("silenceremove", _SILENCE), graph.add("areverse"), graph.add("loudnorm", _LOUDNESS),
                 graph.add("aformat", f"sample_fmts=s16:channel_layouts=mono:sample_rates={SAMPLE_RATE}"),
                 graph.add("abuffersink")]
        for first, second in itertools.pairwise(chain):
            first.link_to(second)
        graph.configure()
        chunks: list[np.ndarray] = []
        decoded = 0.0
        for frame in container.decode(stream):
            decoded += frame.samples / (frame.sample_rate or SAMPLE_RATE)
            if decoded > 10 * MAX_SECONDS:  # a long silence may be trimmed, an hour of audio is not a word
                raise ValueError(f"longer than {10 * MAX_SECONDS:.0f} seconds")
            graph.push(frame)
            _drain(graph, chunks)
        graph.push(None)
        _drain(graph, chunks)
    finally:
        container.close()
    return np.concatenate([c.reshape(-1) for c in chunks]) if chunks else np.zeros(0, dtype=np.int16)


def _drain(graph: av.filter.Graph, chunks: list[np.ndarray]) -> None:
    while True:
        try:
            frame = graph.pull()
        except (av.BlockingIOError, av.EOFError):
            return
        chunks.append(frame.to_ndarray())


def recording_name(vocabulary_file: Path, term_id: str, slot: str) -> str:
    """Where a term's recording lives, relative to its vocabulary file's folder."""
    return f"recordings/{vocabulary_file.stem}/{term_id}.{slot}{RECORDING_SUFFIX}"


def attach_recording(vocabulary_file: Path, term_id: str, slot: str, source: Path, *, by: str) -> Path:
    """Normalise ``source`` and make it the term's recording for ``slot``; returns the MP3's path.

    The vocabulary file is edited like every other write (locked, atomic, comments kept, refused
    if it would no longer check clean); ``by`` (who recorded it) is kept as a comment beside it.
    """
    file = Path(vocabulary_file)
    if not is_slot(slot):
        raise InputError(_("'{slot}' is not something a recording can be for").format(slot=slot),
                         hint=_("nl (the word), example (the example sentence) or a language code"),
                         field="slot", value=slot)
    if not SLUG_RE.fullmatch(term_id):
        raise InputError(_("'{term}' is not a term id").format(term=term_id),
                         hint=_("use the id as the file lists it"),
                         field="term", value=term_id)
    data = normalised_mp3(Path(source))
    name = recording_name(file, term_id, slot)
    target = file.parent / name
    previous = target.read_bytes() if target.is_file() else None
    try:
        with edit_yaml(file, check=lambda text: refuse_invalid_text(text, file)) as document:
            term = _find_term(document, file, term_id)
            if slot not in ("nl", RECORDING_EXAMPLE) and slot not in (term.get("translations") or {}):
                raise InputError(_("'{term}' has no '{slot}' translation to record").format(term=term_id, slot=slot),
                                 hint=_("add the translation first"), field="slot", value=slot)
            # The file must exist before the edited YAML is checked (it names the file).
            target.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(target, data)
            recordings = term.get("recordings")
            if not isinstance(recordings, CommentedMap):
                recordings = CommentedMap()
                term.insert(_after(term, ("image", "emoji", "reviewed", "example_translations", "translations")),
                            "recordings", recordings)
            recordings[slot] = name
            when = datetime.date.today().isoformat()
            recordings.yaml_add_eol_comment(f"opgenomen door {' '.join(by.split())}, {when}", slot)
    except BaseException:
        # The vocabulary file was not changed: neither is the recording it names.
        if previous is None:
            target.unlink(missing_ok=True)
        elif target.is_file() and target.read_bytes() != previous:
            atomic_write(target, previous)
        raise
    return target


def _find_term(document: CommentedMap, file: Path, term_id: str) -> CommentedMap:
    for term in document.get("terms") or []:
        if isinstance(term, CommentedMap) and term.get("id") == term_id:
            return term
    raise InputError(_("{file} has no term '{term}'").format(file=file, term=term_id),
                     hint=_("use the id as the file lists it"),
                     field="term", value=term_id)


def _after(term: CommentedMap, keys: tuple[str, ...]) -> int:
    """The position just after the first of ``keys`` the term has (else at the end)."""
    names = list(term)
    for key in keys:
        if key in names:
            return names.index(key) + 1
    return len(names)
