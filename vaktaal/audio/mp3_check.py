"""Is a byte string a complete, playable MP3? Nothing else may enter the audio cache.

mutagen confirms the data parses as MPEG audio with a duration; a walk over the frame headers
catches what mutagen accepts but a learner would hear as a cut-off word: a last frame that is
shorter than its header says (a download that stopped half-way).
"""

from __future__ import annotations

import io

from mutagen import MutagenError
from mutagen.mp3 import MP3

from vaktaal.i18n import _

# Bitrates (kbit/s) of Layer III by bitrate index: MPEG-1, and MPEG-2/2.5.
_BITRATES_V1 = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_BITRATES_V2 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
_SAMPLE_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


def _id3v2_size(data: bytes, pos: int) -> int:
    """Length of an ID3v2 tag starting at ``pos`` (0 when there is none)."""
    if data[pos:pos + 3] != b"ID3" or len(data) < pos + 10:
        return 0
    size = 0
    for byte in data[pos + 6:pos + 10]:
        size = (size << 7) | (byte & 0x7F)
    footer = 10 if data[pos + 5] & 0x10 else 0
    return 10 + size + footer


def _frame_length(header: bytes) -> int | None:
    """Bytes in the Layer III frame this 4-byte header starts, or None if it is no frame header."""
    b1, b2 = header[1], header[2]
    if header[0] != 0xFF or (b1 & 0xE0) != 0xE0:
        return None
    version, layer = (b1 >> 3) & 3, (b1 >> 1) & 3
    bitrate_index, rate_index, padding = b2 >> 4, (b2 >> 2) & 3, (b2 >> 1) & 1
    if version == 1 or layer != 1 or bitrate_index in (0, 15) or rate_index == 3:
        return None
    rate = _SAMPLE_RATES[version][rate_index]
    if version == 3:
        return 144000 * _BITRATES_V1[bitrate_index] // rate + padding
    return 72000 * _BITRATES_V2[bitrate_index] // rate + padding


def _frames_problem(data: bytes) -> str | None:
    pos, frames = 0, 0
    while pos + 4 <= len(data):
        tag = _id3v2_size(data, pos)
        if tag:
            pos += tag
            continue
        length = _frame_length(data[pos:pos + 4])
        if length is None:
            break  # trailing bytes that are no frame (an ID3v1 tag, padding): the audio ended
        if pos + length > len(data):
            return _("the last audio frame is cut off ({present} of {length} bytes)").format(present=len(data) - pos,
                                                                                            length=length)
        pos += length
        frames += 1
    if frames == 0:
        return _("no MP3 audio frames")
    return None


def mp3_problem(data: bytes) -> str | None:
    """Why ``data`` is not a complete MP3 with sound, or None when it is."""
    if not data:
        return _("empty file")
    try:
        info = MP3(io.BytesIO(data)).info
    except (MutagenError, ValueError, EOFError) as exc:
        return _("not an MP3 ({reason})").format(reason=exc)
    if info is None or not info.length or info.length <= 0:
        return _("the MP3 has no duration")
    return _frames_problem(data)
