"""Hostile spreadsheets made on the fly (never committed): .xlsx files whose parts unpack to a
gigabyte, sheets with a million rows, and the minimal parts openpyxl needs to open a workbook."""

from __future__ import annotations

import struct
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.spreadsheetml"

PARTS = {
    "[Content_Types].xml": (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{CT}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{CT}.worksheet+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{CT}.sharedStrings+xml"/>'
        "</Types>"),
    "_rels/.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    "xl/workbook.xml": (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="{REL}">'
        '<sheets><sheet name="Woorden" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    "xl/_rels/workbook.xml.rels": (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG_REL}">'
        f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        f'<Relationship Id="rId2" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>'),
}


def cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def sheet_xml(rows: Iterable[str]) -> Iterator[bytes]:
    """The worksheet part, streamed: ``rows`` are ``<row>`` elements."""
    yield f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}"><sheetData>'.encode()
    batch: list[str] = []
    for row in rows:
        batch.append(row)
        if len(batch) == 10_000:
            yield "".join(batch).encode()
            batch = []
    yield ("".join(batch) + "</sheetData></worksheet>").encode()


def write_xlsx(path: Path, rows: Iterable[str], shared_strings: str = f'<sst xmlns="{NS}"/>') -> Path:
    """A minimal workbook with one sheet 'Woorden' holding ``rows``."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, text in PARTS.items():
            archive.writestr(name, text)
        archive.writestr("xl/sharedStrings.xml", shared_strings)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
            for chunk in sheet_xml(rows):
                part.write(chunk)
    return path


def shared_strings_bomb(path: Path, unpacked: int = 1 << 30) -> Path:
    """A workbook of a few MB whose shared-strings part unpacks to ``unpacked`` bytes: one string of
    'A's. The compressed stream is one 1 MiB block repeated (a full flush makes each block the
    same), so making it takes a fraction of a second instead of compressing a gigabyte."""
    block = 1 << 20
    head = f'<sst xmlns="{NS}" count="1" uniqueCount="1"><si><t>'.encode()
    tail = b"</t></si></sst>"
    count = -(-(unpacked - len(head) - len(tail)) // block)  # at least ``unpacked``
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = compressor.compress(head) + compressor.flush(zlib.Z_FULL_FLUSH)
    repeated = compressor.compress(b"A" * block) + compressor.flush(zlib.Z_FULL_FLUSH)
    last = compressor.compress(tail) + compressor.flush(zlib.Z_FINISH)
    crc = zlib.crc32(head)
    for _ in range(count):
        crc = zlib.crc32(b"A" * block, crc)
    crc = zlib.crc32(tail, crc)
    bomb = _Entry("xl/sharedStrings.xml", crc, len(head) + count * block + len(tail), 8,
                  [first, *([repeated] * count), last])
    sheet = b"".join(sheet_xml(['<row r="1"><c r="A1" t="s"><v>0</v></c></row>']))
    entries = [_Entry.stored(name, text.encode()) for name, text in PARTS.items()]
    _write_zip(path, [*entries, _Entry.stored("xl/worksheets/sheet1.xml", sheet), bomb])
    return path


class _Entry:
    def __init__(self, name: str, crc: int, size: int, method: int, chunks: list[bytes]) -> None:
        self.name, self.crc, self.size, self.method, self.chunks = name.encode(), crc, size, method, chunks
        self.compressed = sum(len(c) for c in chunks)
        self.offset = 0

    @classmethod
    def stored(cls, name: str, data: bytes) -> _Entry:
        return cls(name, zlib.crc32(data), len(data), 0, [data])


def _write_zip(path: Path, entries: list[_Entry]) -> None:
    """A plain zip (no zip64: every entry under 4 GiB), written by hand so that a precompressed
    stream can go in as it is."""
    with path.open("wb") as out:
        for e in entries:
            e.offset = out.tell()
            out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, e.method, 0, 0, e.crc, e.compressed, e.size,
                                  len(e.name), 0) + e.name)
            for chunk in e.chunks:
                out.write(chunk)
        directory = out.tell()
        for e in entries:
            out.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, e.method, 0, 0, e.crc, e.compressed,
                                  e.size, len(e.name), 0, 0, 0, 0, 0, e.offset) + e.name)
        end = out.tell()
        out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), end - directory, directory, 0))
