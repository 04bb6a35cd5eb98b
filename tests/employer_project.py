"""A small vaktaal project in a temp folder for the employer-terms tests (own data, never the
shipped sectors, which others edit while we work)."""

from __future__ import annotations

import os
from pathlib import Path

METAAL = """\
# yaml-language-server: $schema=../vaktaal/schema/sector.schema.json
sector: metaal
name: Metaal
description: Klein testbestand.
themes:
  - id: veiligheid   # safety first
    name: Veiligheid en PBM
  - id: gereedschap
    name: Gereedschap
terms:
  # The helmet comes first: it is on the safety certificate.
  - id: laskap
    nl: laskap
    article: de
    plural: laskappen
    pos: noun
    theme: veiligheid
    level: A2
    safety: true
    example: Zet je laskap op.
    translations:
      en: welding helmet
      ar: خوذة اللحام
    reviewed: [en]
  - id: hamer
    nl: hamer
    article: de
    plural: hamers
    pos: noun
    theme: gereedschap
    level: A1
    translations: {en: hammer, tr: çekiç}
    reviewed: []
"""


def make_project(root: Path) -> Path:
    """``root/sectors/metaal.yaml``; returns root. Commands run with ``cwd=root``."""
    (root / "sectors").mkdir(parents=True, exist_ok=True)
    (root / "sectors" / "metaal.yaml").write_text(METAAL, encoding="utf-8")
    return root


def make_photo(path: Path, size: tuple[int, int] = (2400, 1200), *, orientation: int = 6,
               gps: bool = True) -> Path:
    """A JPEG like a phone makes: large, stored sideways (EXIF orientation), with GPS."""
    from PIL import Image

    image = Image.new("RGB", size, (200, 30, 30))
    # A marker in the top-left corner so the rotation can be seen in the pixels.
    image.paste((0, 0, 255), (0, 0, size[0] // 4, size[1] // 4))
    exif = Image.Exif()
    exif[0x0112] = orientation
    exif[0x010F] = "PhoneMaker"
    if gps:
        exif[0x8825] = {1: "N", 2: (52.0, 9.0, 30.0), 3: "E", 4: (4.0, 40.0, 12.0)}
    image.save(path, "JPEG", exif=exif.tobytes())
    return path


class chdir:
    def __init__(self, path: Path) -> None:
        self.path, self.old = path, Path.cwd()

    def __enter__(self) -> None:
        os.chdir(self.path)

    def __exit__(self, *exc: object) -> None:
        os.chdir(self.old)
