"""Which characters a font file has: its ``cmap`` table (formats 4 and 12) read with ``struct``.

A few milliseconds for the fonts the PDFs use, without importing fontTools (about 80 ms)."""

from __future__ import annotations

import mmap
import struct
from pathlib import Path
from typing import Any


def _table(data: Any, offset: int, tag: bytes) -> int | None:
    count = struct.unpack_from(">H", data, offset + 4)[0]
    for i in range(count):
        name, _checksum, where, _length = struct.unpack_from(">4sIII", data, offset + 12 + 16 * i)
        if name == tag:
            return int(where)
    return None


def _format4(data: Any, at: int) -> set[int]:
    segments = struct.unpack_from(">H", data, at + 6)[0] // 2
    ends = struct.unpack_from(f">{segments}H", data, at + 14)
    starts = struct.unpack_from(f">{segments}H", data, at + 16 + 2 * segments)
    deltas = struct.unpack_from(f">{segments}h", data, at + 16 + 4 * segments)
    offsets_at = at + 16 + 6 * segments
    offsets = struct.unpack_from(f">{segments}H", data, offsets_at)
    covered: set[int] = set()
    for s, (start, end) in enumerate(zip(starts, ends, strict=True)):
        if start == 0xFFFF:
            continue
        if offsets[s] == 0:
            covered.update(c for c in range(start, end + 1) if (c + deltas[s]) & 0xFFFF)
            continue
        for c in range(start, end + 1):
            glyph = struct.unpack_from(">H", data, offsets_at + 2 * s + offsets[s] + 2 * (c - start))[0]
            if glyph and (glyph + deltas[s]) & 0xFFFF:
                covered.add(c)
    return covered


def _format12(data: Any, at: int) -> set[int]:
    covered: set[int] = set()
    for g in range(struct.unpack_from(">I", data, at + 12)[0]):
        start, end, glyph = struct.unpack_from(">III", data, at + 16 + 12 * g)
        if glyph or start != end:
            covered.update(range(start, end + 1))
    return covered


def code_points(path: str | Path, index: int = 0) -> set[int]:
    """The Unicode code points font ``index`` of the file maps to a glyph (empty when unreadable)."""
    try:
        with open(path, "rb") as file, mmap.mmap(file.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return _code_points(data, index)
    except (OSError, ValueError, struct.error):  # ValueError: an empty file cannot be mapped
        return set()


def _code_points(data: Any, index: int) -> set[int]:
    # Only the cmap table is read (mmap): the colour emoji font is 10 MB of pictures.
    offset = struct.unpack_from(">I", data, 12 + 4 * index)[0] if data[:4] == b"ttcf" else 0
    cmap = _table(data, offset, b"cmap")
    if cmap is None:
        return set()
    best: tuple[int, int] | None = None
    for i in range(struct.unpack_from(">H", data, cmap + 2)[0]):
        platform, encoding, sub = struct.unpack_from(">HHI", data, cmap + 4 + 8 * i)
        fmt = struct.unpack_from(">H", data, cmap + sub)[0]
        if platform == 0 or (platform == 3 and encoding in (1, 10)):
            if fmt == 12:
                best = (12, cmap + sub)
                break
            if fmt == 4 and best is None:
                best = (4, cmap + sub)
    if best is None:
        return set()
    return _format12(data, best[1]) if best[0] == 12 else _format4(data, best[1])
