"""PDFs for printing, made by Typst (the ``typst`` package: no browser engine, no Pango).

A document is a template of ``templates/`` (``common.typ`` followed by ``<document>.typ``) and
its data as JSON. Everything a person typed — words, translations, notes, names — reaches Typst
only as JSON (``sys.inputs``) and is placed on the page as text: Typst never reads it as markup,
so a ``#``, ``*``, ``$`` or ``]`` in a translation prints as itself.

Typst reads files (the pictures) only inside ``root``: the caller copies the pictures into that
folder first and names them by their path inside it. :func:`resource_allowed` is the one rule of
what a page may load (a file inside the folder, after resolving ``..`` and links); every picture
of the data is held to it before Typst starts, and Typst's own root refuses the rest. No web
address, no file elsewhere on the computer.

The fonts are found once per process and shared by every PDF of a pack, or of a whole group's
packs.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import threading
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from vaktaal.anki.media import content_name
from vaktaal.coaching.fonts import check_fonts, installed_chain, installed_mono, typst_fonts
from vaktaal.content.pictures import outgoing_bytes
from vaktaal.errors import VaktaalError
from vaktaal.files.atomic import atomic_write
from vaktaal.i18n import _

#: The key under which the templates find their data: ``json(bytes(sys.inputs.data))``.
DATA_INPUT = "data"
USES = "// uses:"
#: The label of the metadata the templates put where their content ends (see common.typ).
END_LABEL = "vaktaal-end"
#: The key of a picture's path in the data of every template.
PICTURE_KEY = "picture"
#: The folder, inside a document's root, that holds its pictures.
PICTURES_FOLDER = "images"
#: A last page filled less than this part of its height counts as nearly empty.
NEARLY_EMPTY = 0.35


@lru_cache(maxsize=8)
def template_source(document: str) -> str:
    """``common.typ``, the parts ``<document>.typ`` names on its first line (``// uses: guide.typ``)
    and ``<document>.typ`` itself, as one source: Typst reads no file outside ``root``, so the
    templates (package data) cannot be imported from there."""
    folder = files("vaktaal.coaching") / "templates"
    main = (folder / f"{document}.typ").read_text(encoding="utf-8")
    first = main.split("\n", 1)[0]
    parts = first.removeprefix(USES).split() if first.startswith(USES) else []
    return "\n".join((folder / name).read_text(encoding="utf-8") for name in ["common.typ", *parts]) + "\n" + main


def resource_allowed(url: str, folder: Path) -> bool:
    """May a page of the pack in ``folder`` load ``url``? Only a file inside ``folder`` (after
    resolving ``..`` and links) or a ``data:`` address."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "data":
        return True
    if scheme != "file" or parts.netloc not in ("", "localhost"):
        return False
    target = Path(url2pathname(unquote(parts.path))).resolve()
    return target.is_relative_to(folder.resolve())


def pictures_of(data: Any) -> Iterator[str]:
    """Every picture the data names (the value of each ``picture`` key)."""
    if isinstance(data, Mapping):
        for key, value in data.items():
            if key == PICTURE_KEY and isinstance(value, str):
                yield value
            else:
                yield from pictures_of(value)
    elif isinstance(data, (list, tuple)):
        for value in data:
            yield from pictures_of(value)


def _check_pictures(data: Any, root: Path, file: str) -> None:
    root = root.resolve()
    for picture in pictures_of(data):
        # A picture is a relative path inside root ("images/vt-….svg"): Typst cannot read data: addresses.
        inside = not urlsplit(picture).scheme and not Path(picture).is_absolute()
        if not inside or not resource_allowed((root / picture).as_uri(), root):
            raise VaktaalError(_("{file} could not be made: picture {picture} is outside the pack folder").format(
                file=file, picture=picture[:200]), hint=_("copy the picture into the pack folder first"))


def strings(data: Any) -> Iterator[str]:
    """Every string in ``data`` (what the page may show)."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, Mapping):
        for value in data.values():
            yield from strings(value)
    elif isinstance(data, (list, tuple)):
        for value in data:
            yield from strings(value)


def _compile(source: Path, root: Path, payload: Mapping[str, Any]) -> tuple[bytes, list[str], Mapping[str, Any]]:
    import typst

    compiler = typst.Compiler(input=str(source), root=str(root), font_paths=typst_fonts(),
                              sys_inputs={DATA_INPUT: json.dumps(payload, ensure_ascii=False)})
    pdf, warnings = compiler.compile_with_warnings(format="pdf", pdf_tags=True)
    if not isinstance(pdf, bytes):  # one file per page only for PNG/SVG output
        raise TypeError(type(pdf))
    # Where the document ended; asking costs nothing after the compile (Typst keeps its layout).
    ends = json.loads(compiler.query(f"<{END_LABEL}>", field="value"))
    return pdf, [w.message for w in warnings], ends[0] if ends else {}


def _nearly_empty(end: Mapping[str, Any]) -> bool:
    return bool(end) and end["page"] > 1 and end["y"] < NEARLY_EMPTY * end["height"]


def render_pdf(document: str, data: Mapping[str, Any], *, root: Path, file: str) -> tuple[bytes, list[str]]:
    """The PDF of ``templates/<document>.typ`` with ``data``, and Typst's warnings (none expected:
    the tests hold the templates to that). Pictures are paths inside ``root``.

    Raises :class:`MissingFontError` (naming the Debian package) before anything is drawn when a
    character of the data or of the template has no font; ``file`` names the PDF in messages.
    A document whose last page would be nearly empty is laid out once more a little tighter
    (``compact``), and that one is kept when it needs a page less.
    """
    template = template_source(document)
    _check_pictures(data, root, file)
    check_fonts(" ".join(strings(data)) + template, file)
    payload = dict(data, fonts=list(installed_chain()), mono=list(installed_mono()), compact=False)
    import typst

    # Typst reads its main file from inside root (pictures are found relative to it); the file
    # goes again before the folder is used.
    source = root / f".{document}-{os.getpid()}-{threading.get_ident()}.typ"
    source.write_text(template, encoding="utf-8")
    try:
        pdf, warnings, end = _compile(source, root, payload)
        if _nearly_empty(end):
            tighter, tighter_warnings, tighter_end = _compile(source, root, dict(payload, compact=True))
            if tighter_end and tighter_end["page"] < end["page"]:
                pdf, warnings = tighter, tighter_warnings
    except typst.TypstError as exc:
        raise VaktaalError(_("{file} could not be made: {reason}").format(file=file, reason=str(exc).strip()),
                           hint=_("a picture file may be damaged: replace it, then try again")) from None
    finally:
        source.unlink(missing_ok=True)
    return pdf, warnings


def picture_name(file: Path) -> str:
    """How a document's data names a picture file that :func:`write_document` copies for it."""
    return f"{PICTURES_FOLDER}/{content_name(file)}"


def write_document(document: str, data: Mapping[str, Any], *, pictures: Iterable[Path], target: Path) -> list[str]:
    """Write the PDF of ``document`` to ``target`` (all at once or not at all), its ``pictures``
    copied first into a folder of their own beside it (Typst's root, removed afterwards); the data
    names each picture by :func:`picture_name`. Returns Typst's warnings."""
    target.parent.mkdir(parents=True, exist_ok=True)
    root = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        (root / PICTURES_FOLDER).mkdir()
        for file in set(pictures):
            copy = root / picture_name(file)
            if not copy.exists():
                copy.write_bytes(outgoing_bytes(file))  # an SVG cleaned (content.svg_clean)
        return write_pdf(document, data, root=root, target=target)
    finally:
        shutil.rmtree(root, ignore_errors=True)


def write_pdf(document: str, data: Mapping[str, Any], *, root: Path, target: Path) -> list[str]:
    """Write the PDF of ``document`` with ``data`` to ``target`` all at once or not at all (see
    :func:`render_pdf`); returns Typst's warnings."""
    pdf, warnings = render_pdf(document, data, root=root, file=target.name)
    atomic_write(target, pdf)
    return warnings
