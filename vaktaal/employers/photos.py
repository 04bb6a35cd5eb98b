"""Employers' photos made fit for a deck: upright, not too big, and without location data.

Phone photos are often 4000 px wide, stored sideways with an EXIF "rotate me" note, and carry the
GPS position of the workplace. We apply the rotation, shrink them, and save only the pixels.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from PIL import Image, ImageOps, UnidentifiedImageError

from vaktaal.errors import PhotoError
from vaktaal.files.atomic import atomic_write
from vaktaal.i18n import _

#: Longest side after resizing: sharp on a phone, small enough for a deck with hundreds of photos.
MAX_SIDE = 1024
PHOTO_FORMATS = {"JPEG": ".jpg", "PNG": ".png"}
#: Refuse images that would take gigabytes to decode (a "decompression bomb").
MAX_PIXELS = 60_000_000


def photo_name(source: Path, term_id: str, *, taken: set[str]) -> str:
    """File name for a term's photo: ``<term id>.jpg`` (or .png), unique among ``taken``."""
    suffix = ".png" if source.suffix.lower() == ".png" else ".jpg"
    name, n = f"{term_id}{suffix}", 2
    while name in taken:
        name, n = f"{term_id}-{n}{suffix}", n + 1
    return name


def clean_photo(source: str | Path) -> tuple[bytes, str]:
    """The photo upright, at most MAX_SIDE px, with no metadata; returns (bytes, format)."""
    path = Path(source)
    if not path.is_file():
        raise PhotoError(_("photo {path} does not exist").format(path=source),
                         hint=_("put the photo next to the spreadsheet and write its file name in 'foto'"))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(path) as opened:
                fmt = opened.format
                if fmt not in PHOTO_FORMATS:
                    message = (_("photo {path} is a {format} file, not a jpg or png").format(path=source, format=fmt)
                               if fmt else _("photo {path} is not a jpg or png").format(path=source))
                    raise PhotoError(message, hint=_("save it as .jpg or .png"))
                if opened.width * opened.height > MAX_PIXELS:
                    raise PhotoError(_("photo {path} is too large ({width}×{height} pixels)").format(
                                         path=source, width=opened.width, height=opened.height),
                                     hint=_("use a normal phone photo"))
                # exif_transpose turns the pixels as the camera meant them to be seen.
                image = ImageOps.exif_transpose(opened)
                image.load()
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning,
            OSError, SyntaxError, ValueError) as exc:
        if isinstance(exc, PhotoError):
            raise
        raise PhotoError(_("photo {path} cannot be read as a picture ({reason})").format(path=source, reason=exc),
                         hint=_("open it and save it again as .jpg or .png")) from None
    image.thumbnail((MAX_SIDE, MAX_SIDE), Image.Resampling.LANCZOS)
    out_format = "PNG" if fmt == "PNG" else "JPEG"
    if out_format == "JPEG" and image.mode not in ("RGB", "L"):
        image = image.convert("RGB")
    elif out_format == "PNG" and image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA")
    # A fresh image holds only pixels: EXIF (GPS, camera, owner), XMP, ICC and text chunks stay behind.
    pixels = Image.new(image.mode, image.size)
    pixels.paste(image)
    buffer = io.BytesIO()
    if out_format == "JPEG":
        pixels.save(buffer, "JPEG", quality=85, optimize=True)
    else:
        pixels.save(buffer, "PNG", optimize=True)
    return buffer.getvalue(), out_format


def import_photo(source: str | Path, target: str | Path, *, write: bool = True) -> None:
    """Clean ``source`` and save it (atomically) at ``target``; with ``write=False`` only check it."""
    data, _format = clean_photo(source)
    if write:
        atomic_write(target, data)
