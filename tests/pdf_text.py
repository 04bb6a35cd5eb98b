"""What a PDF of a pack says, read back the way a person's tools read it: poppler's pdftotext
(which keeps Arabic in logical order) and the fonts pypdf finds embedded."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from pypdf import PdfReader

BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(path: Path, *, layout: bool = True) -> str:
    """The PDF's text as poppler reads it (Arabic in logical order), without direction marks."""
    text = subprocess.run(["pdftotext", *(["-layout"] if layout else []), str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    return BIDI_CONTROLS.sub("", text)


def pdf_words(path: Path, *, layout: bool = False) -> str:
    """The PDF's text with every run of white space made one space: a sentence that wrapped is
    found whole. In reading order (a table cell's lines together, not beside the next cell's), or
    ``layout``: line by line as printed (a heading and what is printed at its right end together)."""
    return " ".join(pdf_text(path, layout=layout).split())


def pdf_fonts(path: Path) -> set[str]:
    """The fonts embedded in the PDF. Typst writes colour emoji as a Type 3 font (its glyphs are
    pictures): it has no /BaseFont, only a /Name (``NotoColorEmoji``), and counts only when its
    glyphs really are drawings."""
    names = set()
    for page in PdfReader(path).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            font = font.get_object()
            if font["/Subtype"] == "/Type3":
                glyphs = font["/Resources"].get("/XObject") or {}
                if glyphs and all(g.get_object()["/Subtype"] == "/Form" for g in glyphs.values()):
                    names.add(str(font["/Name"]))
            else:
                names.add(str(font["/BaseFont"]))
    return names


def pdf_figures(path: Path) -> list[str]:
    """The alternative texts of the pictures of a tagged PDF (each picture is a /Figure with /Alt;
    the pages name it by the word it shows), in reading order."""
    alts: list[str] = []

    def walk(node: object) -> None:
        node = node.get_object() if hasattr(node, "get_object") else node
        if isinstance(node, dict):
            if node.get("/S") == "/Figure":
                alts.append(str(node.get("/Alt")))
            if "/K" in node:
                walk(node["/K"])
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(PdfReader(path).trailer["/Root"]["/StructTreeRoot"])
    return alts
