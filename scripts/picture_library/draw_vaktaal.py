#!/usr/bin/env python3
"""Pictograms drawn for vaktaal where no bundled library shows the thing (CC0-1.0).

Style follows OpenMoji so they sit well beside it: viewBox 0 0 72 72, black outlines of
width 2 with round joins, 2-4 flat colours from the OpenMoji palette. Every picture is a
function returning SVG body markup; ``PICTURES`` maps id -> (title, keywords, body).

    python scripts/picture_library/fetch_library.py --only vaktaal   # redraw them all into the library
    python scripts/picture_library/draw_vaktaal.py OUTDIR   # a preview of this script's pictures
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

# OpenMoji palette
YEL = "#FCEA2B"
ORA = "#F4AA41"
RED = "#D22F27"
LRED = "#EA5A47"
BLU = "#1E50A0"
LBLU = "#61B2E4"
GRN = "#5C9E31"
LGRN = "#B1CC33"
GRY = "#9B9B9A"
LGRY = "#D0CFCE"
DGRY = "#3F3F3F"
BRN = "#A57939"
SKIN = "#FADCBC"
WHT = "#FFFFFF"
BLK = "#000000"
CONCRETE = "#BDBDBD"

S = 'stroke="#000" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"'

PICTURES: dict = {}  # id -> (title, keywords, function returning the SVG body)


def pic(pid: str, title: str, keywords: str):
    def deco(fn):
        if pid in PICTURES:
            raise SystemExit(f"duplicate picture id in draw_vaktaal.py: {pid}")
        PICTURES[pid] = (title, [k.strip() for k in keywords.split(",") if k.strip()], fn)
        return fn
    return deco


# ------------------------------------------------------------------ building blocks


def g(*parts: str, t: str = "") -> str:
    return f'<g transform="{t}">' + "".join(parts) + "</g>" if t else "".join(parts)


import re as _re

_DEFAULT = {"stroke": "#000", "stroke-width": "2", "stroke-linecap": "round", "stroke-linejoin": "round"}


def _attrs(fill: str, extra: str) -> str:
    """Default outline attributes, overridden by any attribute given in ``extra``."""
    a = dict(_DEFAULT)
    a["fill"] = fill
    for k, v in _re.findall(r'([a-zA-Z][\w-]*)="([^"]*)"', extra or ""):
        a[k] = v
    return " ".join(f'{k}="{v}"' for k, v in a.items())


def path(d: str, fill: str = "none", extra: str = "") -> str:
    return f'<path d="{d}" {_attrs(fill, extra)}/>'


def rect(x, y, w, h, fill="none", rx=0, extra="") -> str:
    return f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="{rx}" {_attrs(fill, extra)}/>'


def circle(cx, cy, r, fill="none", extra="") -> str:
    return f'<circle cx="{cx}" cy="{cy}" r="{r}" {_attrs(fill, extra)}/>'


def line(x1, y1, x2, y2, w=2, color="#000", extra="") -> str:
    return (f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{color}" stroke-width="{w}" '
            f'stroke-linecap="round" {extra}/>')


def poly(points: str, fill="none") -> str:
    return f'<polygon points="{points}" {_attrs(fill, "")}/>'


def warning(inner: str = "") -> str:
    """ISO 7010-style warning triangle (yellow, black border) with a pictogram inside."""
    return (path("M36,7 L67,62 L5,62 Z", YEL, 'stroke-width="3"') + inner)


def prohibition(inner: str = "") -> str:
    """Red circle with a diagonal bar over a pictogram."""
    return (circle(36, 36, 29, WHT) + inner +
            f'<circle cx="36" cy="36" r="27" fill="none" stroke="{RED}" stroke-width="6"/>' +
            line(17, 17, 55, 55, 6, RED))


def mandatory(inner: str = "") -> str:
    return circle(36, 36, 30, BLU) + inner


def check(x, y, s=1.0, color=GRN) -> str:
    return (f'<path d="M{x - 7 * s},{y} L{x - 2 * s},{y + 5 * s} L{x + 8 * s},{y - 6 * s}" '
            f'fill="none" stroke="{color}" stroke-width="{4 * s}" stroke-linecap="round" '
            f'stroke-linejoin="round"/>')


def cross(x, y, s=1.0, color=RED) -> str:
    d = 6 * s
    return (line(x - d, y - d, x + d, y + d, 4 * s, color) + line(x - d, y + d, x + d, y - d, 4 * s, color))


def head(cx, cy, r=6, fill=SKIN) -> str:
    return circle(cx, cy, r, fill)


def hardhat(cx, cy, w=14, fill=YEL) -> str:
    """A hard hat seen from the side, centred on (cx, cy) = middle of the brim."""
    h = w * 0.75
    return (path(f"M{cx - w * 0.8},{cy} C{cx - w * 0.8},{cy - h * 1.3} {cx + w * 0.8},{cy - h * 1.3} "
                 f"{cx + w * 0.8},{cy} Z", fill) +
            path(f"M{cx - w},{cy} L{cx + w},{cy}", extra='stroke-width="3"') +
            path(f"M{cx},{cy - h * 0.95} L{cx},{cy}"))


def person(x, y, s=1.0, fill=BLU, helmet=False, vest=None) -> str:
    """Standing pictogram person, feet at (x, y), height ~ 40*s."""
    hx, hy = x, y - 34 * s
    body = path(f"M{x - 7 * s},{y - 26 * s} L{x + 7 * s},{y - 26 * s} L{x + 6 * s},{y - 12 * s} "
                f"L{x - 6 * s},{y - 12 * s} Z", vest or fill)
    legs = (line(x - 3 * s, y - 12 * s, x - 4 * s, y, 4 * s) + line(x + 3 * s, y - 12 * s, x + 4 * s, y, 4 * s))
    arms = (line(x - 7 * s, y - 25 * s, x - 10 * s, y - 14 * s, 3.5 * s) +
            line(x + 7 * s, y - 25 * s, x + 10 * s, y - 14 * s, 3.5 * s))
    out = legs + arms + body + head(hx, hy, 5.5 * s)
    if helmet:
        out += hardhat(hx, hy - 1.5 * s, 6.5 * s)
    return out


def speech(x, y, w, h, fill=WHT, tail="left") -> str:
    tx = x + w * 0.25 if tail == "left" else x + w * 0.75
    tdx = -8 if tail == "left" else 8
    return path(f"M{x + 4},{y} L{x + w - 4},{y} Q{x + w},{y} {x + w},{y + 4} L{x + w},{y + h - 4} "
                f"Q{x + w},{y + h} {x + w - 4},{y + h} L{tx + 6},{y + h} L{tx + tdx},{y + h + 8} "
                f"L{tx},{y + h} L{x + 4},{y + h} Q{x},{y + h} {x},{y + h - 4} L{x},{y + 4} "
                f"Q{x},{y} {x + 4},{y} Z", fill)


def small_warning(x, y, s=1.0) -> str:
    return (path(f"M{x},{y - 9 * s} L{x + 10 * s},{y + 8 * s} L{x - 10 * s},{y + 8 * s} Z", YEL) +
            line(x, y - 3 * s, x, y + 2 * s, 2.5 * s) + circle(x, y + 5 * s, 0.6 * s, BLK))


def document(x, y, w, h, fill=WHT, lines=4) -> str:
    out = path(f"M{x},{y} L{x + w - 8},{y} L{x + w},{y + 8} L{x + w},{y + h} L{x},{y + h} Z", fill)
    out += path(f"M{x + w - 8},{y} L{x + w - 8},{y + 8} L{x + w},{y + 8}")
    for i in range(lines):
        ly = y + 12 + i * 6
        if ly < y + h - 4:
            out += line(x + 5, ly, x + w - 7, ly, 1.5, GRY)
    return out


def flame(cx, by, s=1.0, outer=ORA, inner=YEL) -> str:
    return (path(f"M{cx},{by} C{cx - 10 * s},{by} {cx - 12 * s},{by - 10 * s} {cx - 7 * s},{by - 18 * s} "
                 f"C{cx - 6 * s},{by - 12 * s} {cx - 3 * s},{by - 12 * s} {cx - 3 * s},{by - 14 * s} "
                 f"C{cx - 4 * s},{by - 20 * s} {cx},{by - 26 * s} {cx + 3 * s},{by - 28 * s} "
                 f"C{cx + 2 * s},{by - 22 * s} {cx + 12 * s},{by - 16 * s} {cx + 10 * s},{by - 6 * s} "
                 f"C{cx + 9 * s},{by - 2 * s} {cx + 5 * s},{by} {cx},{by} Z", outer) +
            path(f"M{cx},{by - 2 * s} C{cx - 5 * s},{by - 2 * s} {cx - 5 * s},{by - 8 * s} {cx - 2 * s},{by - 12 * s} "
                 f"C{cx},{by - 9 * s} {cx + 4 * s},{by - 9 * s} {cx + 4 * s},{by - 6 * s} "
                 f"C{cx + 4 * s},{by - 3 * s} {cx + 2 * s},{by - 2 * s} {cx},{by - 2 * s} Z", inner,
                 'stroke-width="1.5"'))


def sparks(cx, cy, s=1.0, color=ORA) -> str:
    out = ""
    for dx, dy in ((12, -10), (16, -2), (14, 6), (8, -14), (18, -8), (10, 10)):
        out += line(cx + dx * 0.3 * s, cy + dy * 0.3 * s, cx + dx * s, cy + dy * s, 2.2, color)
    for dx, dy in ((20, -12), (21, 2), (15, 13), (11, -18)):
        out += f'<circle cx="{cx + dx * s}" cy="{cy + dy * s}" r="{1.4 * s}" fill="{YEL}" stroke="{ORA}" stroke-width="1"/>'
    return out


def drop(cx, cy, s=1.0, fill=LBLU) -> str:
    return path(f"M{cx},{cy - 7 * s} C{cx + 5 * s},{cy - 1 * s} {cx + 5 * s},{cy + 5 * s} {cx},{cy + 5 * s} "
                f"C{cx - 5 * s},{cy + 5 * s} {cx - 5 * s},{cy - 1 * s} {cx},{cy - 7 * s} Z", fill)


def gear(cx, cy, r, fill=GRY, teeth=8) -> str:
    import math
    pts = []
    for i in range(teeth * 2):
        a = math.pi * 2 * i / (teeth * 2)
        rr = r if i % 2 == 0 else r * 0.78
        a1, a2 = a - math.pi / (teeth * 2.6), a + math.pi / (teeth * 2.6)
        pts += [(cx + rr * math.cos(a1), cy + rr * math.sin(a1)), (cx + rr * math.cos(a2), cy + rr * math.sin(a2))]
    return (poly(" ".join(f"{x:.1f},{y:.1f}" for x, y in pts), fill) + circle(cx, cy, r * 0.3, WHT))


def card(x, y, w, h, band=GRN) -> str:
    return (rect(x, y, w, h, WHT, 3) + f'<rect x="{x + 1}" y="{y + 1}" width="{w - 2}" height="7" fill="{band}"/>' +
            rect(x, y, w, h, "none", 3))


def arrow(x1, y1, x2, y2, color=BLK, w=3) -> str:
    import math
    a = math.atan2(y2 - y1, x2 - x1)
    hx1, hy1 = x2 - 6 * math.cos(a - 0.5), y2 - 6 * math.sin(a - 0.5)
    hx2, hy2 = x2 - 6 * math.cos(a + 0.5), y2 - 6 * math.sin(a + 0.5)
    return (line(x1, y1, x2, y2, w, color) +
            f'<path d="M{hx1:.1f},{hy1:.1f} L{x2},{y2} L{hx2:.1f},{hy2:.1f}" fill="none" stroke="{color}" '
            f'stroke-width="{w}" stroke-linecap="round" stroke-linejoin="round"/>')


def wheel(cx, cy, r=4) -> str:
    return circle(cx, cy, r, DGRY) + circle(cx, cy, r * 0.35, LGRY)


def glove(x, y, s=1.0, fill=BRN, cuff=None) -> str:
    """A work glove, palm up, fingers pointing up, bottom-left at (x, y)."""
    def P(px, py):
        return f"{x + px * s:.1f},{y + py * s:.1f}"
    d = (f"M{P(4, 0)} L{P(4, -14)} L{P(0, -22)} C{P(-2, -26)} {P(2, -28)} {P(4, -25)} L{P(8, -19)} "
         f"L{P(8, -36)} C{P(8, -39)} {P(12, -39)} {P(12, -36)} L{P(12, -24)} L{P(13, -40)} C{P(13, -43)} {P(17, -43)} {P(17, -40)} "
         f"L{P(17, -24)} L{P(18, -38)} C{P(18, -41)} {P(22, -41)} {P(22, -38)} L{P(22, -23)} L{P(23, -33)} "
         f"C{P(23, -36)} {P(27, -36)} {P(27, -33)} L{P(27, -12)} C{P(27, -6)} {P(24, -2)} {P(24, 0)} Z")
    out = path(d, fill)
    out += rect(x + 2 * s, y, 24 * s, 9 * s, cuff or fill, 1)
    return out


# ------------------------------------------------------------------ PPE


@pic("veiligheidshelm", "hard hat, safety helmet (veiligheidshelm, bouwhelm)",
     "helm, veiligheidshelm, bouwhelm, hard hat, safety helmet, PBM, PPE")
def _():
    return (path("M10,48 C10,22 62,22 62,48 Z", YEL) +
            path("M30,22.5 C31,17 41,17 42,22.5 L42,46 L30,46 Z", YEL) +
            path("M4,48 C4,54 68,54 68,48 Z", YEL) +
            path("M16,44 C17,32 22,27 27,25", extra='stroke-width="1.5"') +
            path("M56,44 C55,32 50,27 45,25", extra='stroke-width="1.5"'))


def _welding_helmet() -> str:
    return (path("M14,60 C8,46 8,24 20,14 C30,6 48,8 56,18 C62,26 62,44 58,60 Z", DGRY) +
            path("M20,34 L52,34 L52,48 L20,48 Z", BLK) +
            path("M22,36 L50,36 L50,46 L22,46 Z", "#2E5D2E", 'stroke-width="1"') +
            path("M24,38 L34,38", extra=f'stroke="{LGRN}" stroke-width="2"') +
            path("M14,60 L58,60", extra='stroke-width="3"') +
            circle(12, 38, 3.5, GRY) + circle(60, 38, 3.5, GRY) +
            path("M26,22 C32,18 42,18 48,22", extra=f'stroke="{GRY}" stroke-width="2"'))


@pic("laskap", "welding helmet (laskap) with dark filter window",
     "laskap, lashelm, welding helmet, welding mask, lassen, PBM")
def _():
    return _welding_helmet()


@pic("pbm", "personal protective equipment: hard hat, safety goggles, work glove, safety boot",
     "PBM, persoonlijke beschermingsmiddelen, PPE, helm, bril, handschoen, schoen")
def _():
    helmet = g(path("M6,28 C6,12 30,12 30,28 Z", YEL), path("M3,28 C3,31 33,31 33,28 Z", YEL))
    goggles = g(rect(40, 14, 28, 12, LBLU, 5), line(54, 14, 54, 26, 2), line(38, 20, 40, 20, 3),
                line(68, 20, 70, 20, 3))
    glv = glove(6, 66, 0.7, ORA, GRY)
    boot = g(path("M44,40 L56,40 L56,56 C62,56 68,58 68,63 L68,66 L42,66 L42,60 Z", DGRY),
             path("M56,57 C62,57 68,59 68,63 L68,66 L56,66 Z", GRY), line(42, 66, 68, 66, 3))
    return helmet + goggles + glv + boot


@pic("pbm-hygiene", "protective equipment for care, kitchen and cleaning: face mask, gloves, apron, goggles",
     "PBM, beschermingsmiddelen, mondkapje, handschoenen, schort, bril, zorg, schoonmaak")
def _():
    mask = g(path("M6,14 C14,10 24,10 32,14 L30,26 C22,30 16,30 8,26 Z", WHT),
             line(6, 16, 2, 12, 1.5), line(32, 16, 36, 12, 1.5), line(10, 19, 28, 19, 1, GRY), line(10, 23, 28, 23, 1, GRY))
    goggles = g(rect(40, 14, 28, 12, LBLU, 5), line(54, 14, 54, 26, 2))
    glv = glove(6, 66, 0.7, LBLU)
    apron = g(path("M48,38 L60,38 L60,44 L66,46 L64,68 L44,68 L42,46 L48,44 Z", WHT),
              path("M48,38 C48,33 60,33 60,38", extra='stroke-width="1.5"'))
    return mask + goggles + glv + apron


@pic("oordoppen", "foam earplugs (oordoppen)", "oordop, oordoppen, earplug, gehoorbescherming, PBM")
def _():
    def plug(x, y, rot):
        return g(path("M-8,-12 C-8,-16 8,-16 8,-12 L9,10 C9,15 -9,15 -9,10 Z", ORA),
                 path("M-8,-6 C-3,-4 3,-4 8,-6", extra='stroke-width="1" stroke="#B36B00"'),
                 t=f"translate({x},{y}) rotate({rot})")
    return (path("M24,50 C30,62 44,62 50,50", extra=f'stroke="{BLU}" stroke-width="2"') +
            plug(22, 36, -20) + plug(50, 36, 20))


@pic("harnas", "full body safety harness on a body, with lanyard and hook (harnas)",
     "harnas, veiligheidsharnas, valbeveiliging, safety harness, lijn, haak")
def _():
    o = ORA
    body = (circle(30, 9, 6, LGRY, 'stroke="#999"') +
            path("M18,18 L42,18 L44,44 L40,70 L32,70 L30,50 L28,70 L20,70 L16,44 Z", LGRY, 'stroke="#999"'))
    straps = (path("M22,18 L26,34 L22,46 L20,66", extra=f'stroke="{o}" stroke-width="4.5"') +
              path("M38,18 L34,34 L38,46 L40,66", extra=f'stroke="{o}" stroke-width="4.5"') +
              line(24, 34, 36, 34, 4.5, o) + line(18, 46, 42, 46, 4.5, o) +
              path("M20,50 C24,56 28,56 30,52 C32,56 36,56 40,50", extra=f'stroke="{o}" stroke-width="4"'))
    return (body + straps + circle(30, 18, 3, GRY) +
            path("M30,16 C34,4 52,2 58,10 L62,24", extra='stroke-width="2.5"') +
            path("M60,24 L60,31 C60,35 66,35 66,31 L66,26", extra='stroke-width="2.5"'))


@pic("lashandschoen", "long leather welding gauntlet (lashandschoen)",
     "lashandschoen, welding glove, gauntlet, lassen, leer")
def _():
    return (glove(16, 44, 1.15, "#C19A6B") +
            path("M14,44 L46,44 L52,68 L10,68 Z", "#C19A6B") +
            line(16, 52, 48, 52, 1.5, BRN) + line(14, 60, 50, 60, 1.5, BRN) + sparks(54, 14, 0.6))


@pic("ovenwant", "quilted oven mitt (ovenwant)", "ovenwant, ovenhandschoen, oven mitt, pannenlap, heet")
def _():
    d = ("M20,62 L20,30 C20,14 30,8 40,8 C50,8 54,16 54,26 L54,62 Z")
    thumb = "M20,40 C12,38 8,30 12,24 C15,20 20,24 21,28"
    return (path(d, RED) + path(thumb, RED) +
            line(24, 20, 50, 46, 1.5, "#8E1B16") + line(24, 34, 52, 60, 1.5, "#8E1B16") +
            line(50, 20, 24, 46, 1.5, "#8E1B16") + line(52, 34, 26, 60, 1.5, "#8E1B16") +
            rect(18, 58, 38, 10, WHT, 2) + path("M56,62 C62,62 64,56 60,54", extra='stroke-width="2"'))


@pic("snijhandschoen", "cut-resistant chain-mail glove (snijhandschoen)",
     "snijhandschoen, maliënhandschoen, cut-resistant glove, chain mail glove, mes")
def _():
    pattern = ('<defs><pattern id="mail" width="4" height="4" patternUnits="userSpaceOnUse">'
               f'<circle cx="2" cy="2" r="1.4" fill="none" stroke="{DGRY}" stroke-width="0.8"/></pattern></defs>')
    return pattern + glove(20, 58, 1.2, "url(#mail)") + g(glove(20, 58, 1.2, "none"))


@pic("werkschoen", "black non-slip work shoe with grip sole (werkschoen)",
     "werkschoen, antislip schoen, keukenschoen, non-slip shoe, work shoe")
def _():
    return (path("M8,44 C8,34 20,30 30,32 L44,36 C54,38 64,42 64,50 L64,54 L8,54 Z", DGRY) +
            path("M8,54 L64,54 L62,60 L10,60 Z", GRY) +
            "".join(line(14 + i * 8, 60, 16 + i * 8, 64, 3) for i in range(6)) +
            path("M22,34 C24,40 32,42 38,38", extra=f'stroke="{GRY}" stroke-width="1.5"'))


@pic("zaagbroek", "chainsaw protective trousers (zaagbroek)",
     "zaagbroek, chainsaw trousers, beschermende broek, kettingzaag, bosbouw")
def _():
    return (path("M18,8 L54,8 L58,66 L42,66 L36,28 L30,66 L14,66 Z", "#3A6B35") +
            path("M18,8 L54,8 L54,14 L18,14 Z", ORA) +
            path("M17,22 L32,22 L29,60 L15,60 Z", ORA, 'stroke-width="1.5"') +
            path("M55,22 L40,22 L43,60 L57,60 Z", ORA, 'stroke-width="1.5"') +
            g(rect(-6, -3, 12, 6, DGRY, 1), line(6, 0, 12, 0, 3, GRY), t="translate(22,40) rotate(-30) scale(0.7)"))


# ------------------------------------------------------------------ tools and machines


@pic("kettingzaag", "chainsaw (kettingzaag)", "kettingzaag, motorzaag, chainsaw, zagen, bomen")
def _():
    chain = "".join(f'<circle cx="{x}" cy="{y}" r="1.3" fill="{DGRY}"/>'
                    for x, y in [(36 + i * 3.8, 26 - i * 0.2) for i in range(8)] +
                    [(36 + i * 3.8, 42 + i * 0.2) for i in range(8)])
    return (path("M34,28 L64,26 C70,26 70,44 64,44 L34,42 Z", LGRY) + chain +
            path("M6,26 C6,18 12,16 18,16 L34,18 L36,50 L14,54 C8,54 6,50 6,44 Z", ORA) +
            path("M10,16 C12,6 30,6 32,16", extra='stroke-width="4"') +
            rect(14, 28, 14, 10, DGRY, 2) +
            path("M6,44 L2,50 L12,52", extra='stroke-width="3"') +
            rect(30, 20, 6, 28, DGRY, 1))


@pic("haakse-slijper", "angle grinder (haakse slijper, slijptol)",
     "haakse slijper, slijptol, flex, angle grinder, slijpen")
def _():
    return (rect(4, 24, 40, 16, "#2F7C3F", 8) + rect(40, 20, 14, 22, DGRY, 3) + line(10, 28, 32, 28, 1.5, "#1D4F28") +
            rect(16, 12, 6, 12, DGRY, 2) +
            f'<ellipse cx="48" cy="50" rx="20" ry="6" fill="#4A90C8" stroke="#000" stroke-width="2"/>' +
            path("M30,46 C30,40 66,40 66,46", GRY) + line(48, 42, 48, 50, 3) + circle(48, 50, 2, WHT))


@pic("slijpschijf", "grinding disc / cutting disc (slijpschijf)",
     "slijpschijf, doorslijpschijf, grinding disc, cutting disc, haakse slijper")
def _():
    return (circle(36, 36, 30, "#4A90C8") + circle(36, 36, 22, LGRY) + circle(36, 36, 6, WHT) +
            circle(36, 36, 11, "none", 'stroke-width="1.5"') +
            path("M22,24 L30,30", extra=f'stroke="{RED}" stroke-width="3"') +
            path("M44,48 L50,52", extra=f'stroke="{RED}" stroke-width="3"'))


@pic("slijpen", "grinding metal with an angle grinder, sparks flying (slijpen)",
     "slijpen, grinding, haakse slijper, vonken, metaal")
def _():
    return (rect(4, 56, 64, 8, GRY, 1) +
            g(rect(0, 0, 34, 13, "#2F7C3F", 6) + rect(30, -2, 10, 17, DGRY, 3) +
              path("M26,22 C26,16 50,16 50,22 Z", GRY) + rect(24, 22, 28, 3, "#4A90C8", 1),
              t="translate(6,22) rotate(20)") +
            sparks(42, 56, 1.0))


@pic("vonk", "flying sparks (vonken)", "vonk, vonken, spark, sparks, brandgevaar, slijpen, lassen")
def _():
    out = ""
    import math
    for i, a in enumerate(range(200, 345, 18)):
        r1, r2 = 8, 26 + (i % 3) * 6
        x1 = 36 + r1 * math.cos(math.radians(a)); y1 = 56 + r1 * math.sin(math.radians(a))
        x2 = 36 + r2 * math.cos(math.radians(a)); y2 = 56 + r2 * math.sin(math.radians(a))
        out += line(round(x1, 1), round(y1, 1), round(x2, 1), round(y2, 1), 3, ORA)
        out += f'<circle cx="{x2 + 2 * math.cos(math.radians(a)):.1f}" cy="{y2 + 2 * math.sin(math.radians(a)):.1f}" r="2.4" fill="{YEL}" stroke="{ORA}" stroke-width="1"/>'
    return out + path("M20,60 L52,60", extra=f'stroke="{GRY}" stroke-width="6"') + circle(36, 56, 5, YEL)


@pic("beschermkap", "machine guard: yellow cover over moving gears (beschermkap)",
     "beschermkap, afscherming, guard, safety guard, protective cover, machine")
def _():
    return (gear(26, 40, 16) + gear(50, 46, 12) +
            path("M6,34 C6,12 66,12 66,34 L66,64 L6,64 Z", "rgba(252,234,43,0.55)", 'stroke-width="2.5"') +
            "".join(line(10 + i * 7, 24, 10 + i * 7, 62, 1, "#B39B00") for i in range(9)))


@pic("noodstop", "emergency stop button: red mushroom button on yellow (noodstop)",
     "noodstop, noodknop, emergency stop, e-stop, rode knop")
def _():
    return (rect(8, 8, 56, 56, YEL, 6) + circle(36, 38, 22, YEL) +
            path("M18,38 C18,22 54,22 54,38 Z", RED) + rect(16, 36, 40, 8, RED, 3) +
            rect(26, 44, 20, 8, DGRY, 1) + path("M24,30 C27,26 32,25 36,25", extra=f'stroke="{WHT}" stroke-width="2"'))


@pic("hoofdschakelaar-uit", "main switch turned to 0 / off (uitzetten)",
     "uitzetten, uitschakelen, hoofdschakelaar, switch off, main switch, 0")
def _():
    return (rect(8, 8, 56, 56, YEL, 4) + circle(36, 36, 18, WHT) +
            g(rect(-4, -20, 8, 40, RED, 3), t="translate(36,36) rotate(0)") +
            f'<text x="14" y="22" font-family="Arial,Helvetica,sans-serif" font-weight="bold" font-size="11" fill="#000">0</text>' +
            f'<text x="53" y="22" font-family="Arial,Helvetica,sans-serif" font-weight="bold" font-size="11" fill="#000">I</text>' +
            arrow(52, 50, 40, 58, BLK, 2.5))


@pic("kolomboormachine", "pillar drill / drill press (kolomboormachine)",
     "kolomboormachine, kolomboor, pillar drill, drill press, boren")
def _():
    return (rect(14, 62, 44, 6, DGRY, 1) + rect(18, 8, 8, 54, GRY) +
            rect(16, 8, 40, 16, "#2F7C3F", 3) + rect(38, 24, 10, 8, DGRY) +
            line(43, 32, 43, 42, 3) + path("M40,42 L46,42 L43,48 Z", BLK) +
            rect(26, 48, 30, 5, GRY, 1) + line(56, 20, 66, 30, 2.5) + circle(66, 30, 2.5, BLK))


@pic("lintzaag", "band saw (lintzaag)", "lintzaag, bandzaag, band saw, zagen, metaal")
def _():
    return (rect(8, 30, 56, 8, GRY, 1) + rect(10, 38, 12, 28, "#2F7C3F", 1) + rect(50, 38, 12, 28, "#2F7C3F", 1) +
            path("M14,30 L14,10 C14,6 18,4 22,4 L50,4 C54,4 58,6 58,10 L58,30", "none", 'stroke-width="8" stroke="#2F7C3F"') +
            path("M14,30 L14,10 C14,6 18,4 22,4 L50,4 C54,4 58,6 58,10 L58,30", "none", 'stroke-width="2" stroke="#000"') +
            line(36, 4, 36, 30, 2, DGRY) + rect(30, 18, 12, 12, LGRY, 1) + line(36, 18, 36, 30, 2, RED))


@pic("kantbank", "press brake bending a metal sheet (kantbank)",
     "kantbank, zetbank, press brake, buigen, plaat zetten")
def _():
    return (rect(6, 6, 60, 18, "#2F7C3F", 2) + rect(6, 24, 8, 40, "#2F7C3F") + rect(58, 24, 8, 40, "#2F7C3F") +
            path("M30,24 L42,24 L36,34 Z", DGRY) +
            path("M20,42 L52,42 L48,50 L24,50 Z", DGRY) +
            path("M14,32 L36,40 L58,32", extra=f'stroke="{LBLU}" stroke-width="3"') +
            rect(6, 50, 60, 6, GRY))


@pic("plaatschaar", "guillotine plate shear (plaatschaar)",
     "plaatschaar, knipschaar, guillotine, plate shear, plaat knippen")
def _():
    return (rect(6, 36, 60, 10, GRY, 1) + rect(10, 46, 8, 20, DGRY) + rect(54, 46, 8, 20, DGRY) +
            rect(6, 8, 60, 14, "#2F7C3F", 2) + path("M8,22 L64,22 L64,28 L8,32 Z", LGRY) +
            path("M2,34 L42,34", extra=f'stroke="{LBLU}" stroke-width="4"') + line(44, 34, 66, 34, 4, LBLU))


@pic("draaibank", "metal lathe (draaibank)", "draaibank, lathe, draaien, metaal, werkstuk")
def _():
    return (rect(4, 40, 64, 8, GRY, 1) + rect(8, 48, 8, 16, DGRY) + rect(56, 48, 8, 16, DGRY) +
            rect(4, 16, 16, 24, "#2F7C3F", 2) + path("M20,22 L26,22 L26,34 L20,34 Z", LGRY) +
            rect(26, 25, 22, 6, LBLU, 1) + rect(54, 24, 12, 16, "#2F7C3F", 2) + path("M48,28 L54,26 L54,30 Z", DGRY) +
            rect(32, 32, 10, 8, DGRY) + path("M32,32 L36,28 L40,32", extra='stroke-width="1.5"') +
            arrow(30, 12, 42, 12, BLK, 1.5) + path("M34,10 C38,6 44,8 44,12", extra='stroke-width="1.5"'))


@pic("freesbank", "milling machine (freesbank)", "freesbank, freesmachine, milling machine, frezen")
def _():
    return (rect(16, 62, 40, 6, DGRY) + rect(8, 8, 12, 54, "#2F7C3F", 1) + rect(8, 8, 46, 12, "#2F7C3F", 2) +
            rect(40, 20, 12, 10, DGRY) + rect(43, 30, 6, 10, LGRY) +
            path("M43,34 L49,34 M43,37 L49,37", extra='stroke-width="1"') +
            rect(24, 46, 40, 6, GRY, 1) + rect(34, 40, 18, 6, LBLU, 1) + rect(20, 52, 30, 10, GRY))


@pic("storing", "machine breakdown: machine with red warning light and smoke (storing)",
     "storing, defect, breakdown, fault, machine stil, rood lampje")
def _():
    return (rect(10, 30, 52, 34, GRY, 3) + gear(26, 48, 9, LGRY) + gear(46, 48, 7, LGRY) +
            line(18, 40, 54, 58, 3, RED) + path("M30,30 L30,22 L42,22 L42,30", "none") +
            path("M29,22 C29,10 43,10 43,22 Z", RED) +
            line(22, 12, 26, 16, 2, RED) + line(50, 12, 46, 16, 2, RED) + line(36, 4, 36, 8, 2, RED))


@pic("verlengkabel", "extension cable reel (haspel, verlengkabel)",
     "verlengkabel, verlengsnoer, kabelhaspel, haspel, extension cable, extension lead")
def _():
    coils = "".join(circle(30, 36, r, "none", 'stroke-width="2.5"') for r in (12, 16, 20))
    return (circle(30, 36, 26, ORA) + circle(30, 36, 21, DGRY) + coils + circle(30, 36, 7, ORA) +
            line(30, 10, 30, 2, 4) + line(22, 2, 38, 2, 4) +
            path("M48,50 C56,58 58,62 62,62", extra='stroke-width="3"') +
            rect(60, 56, 8, 12, DGRY, 2) + line(68, 59, 71, 59, 2) + line(68, 65, 71, 65, 2) +
            line(6, 66, 54, 66, 4))


@pic("sloophamer", "demolition hammer / jackhammer (sloophamer)",
     "sloophamer, breekhamer, drilboor, jackhammer, demolition hammer, slopen")
def _():
    return (rect(14, 6, 44, 7, DGRY, 3) + rect(26, 12, 20, 28, RED, 3) + rect(30, 40, 12, 8, GRY) +
            path("M33,48 L39,48 L38,62 L36,66 L34,62 Z", LGRY) +
            path("M20,66 L28,60 M52,66 L44,60 M30,70 L33,64 M42,70 L39,64", extra='stroke-width="2"') +
            line(30, 18, 42, 18, 1.5, "#8E1B16"))


@pic("bosmaaier", "brush cutter / strimmer (bosmaaier)",
     "bosmaaier, bosmaaiers, brush cutter, strimmer, trimmer, maaien")
def _():
    return (rect(46, 4, 18, 14, ORA, 3) + line(50, 18, 14, 58, 3.5) +
            line(24, 30, 44, 34, 3) + line(24, 30, 22, 24, 3) + line(44, 34, 46, 28, 3) +
            g(circle(0, 0, 10, LGRY) + circle(0, 0, 3, DGRY) +
              "".join(line(0, 0, 12 * c, 12 * s, 2) for c, s in ((1, 0), (0, 1), (-1, 0), (0, -1))),
              t="translate(12,60) scale(1,0.5)") +
            path("M6,56 C8,50 20,50 22,56", GRY))


@pic("heggenschaar", "motorised hedge trimmer cutting the top of a hedge (heggenschaar)",
     "heggenschaar, heggenschaar motor, hedge trimmer, heg snoeien")
def _():
    # Over a hedge and not orange: the chain saw (kettingzaag) of the same recipe is an orange
    # body with a long blade too.
    hedge = (path("M4,70 L4,50 C4,44 10,44 12,46 C14,42 22,42 24,46 C27,42 35,42 37,46 C40,42 48,42 50,46 "
                  "C53,42 61,42 63,46 C66,44 68,46 68,50 L68,70 Z", "#2F7C3F") +
             "".join(circle(12 + i * 12, 58 + (i % 2) * 5, 3, "#5C9E31", 'stroke-width="1"') for i in range(5)))
    teeth = "".join(path(f"M{30 + i * 5},{32} L{32.5 + i * 5},{26} L{35 + i * 5},{32} L{32.5 + i * 5},{38} Z",
                         LGRY, 'stroke-width="1"') for i in range(7))
    tool = (rect(28, 30, 40, 4, GRY) + teeth + rect(6, 20, 26, 18, "#E53935", 6) +
            path("M10,20 C10,8 28,8 28,20", extra='stroke-width="3.5"') + rect(4, 34, 10, 10, DGRY, 3))
    bits = "".join(f'<ellipse cx="{x}" cy="{y}" rx="2.5" ry="1.5" fill="#5C9E31" stroke="#000" stroke-width="1"/>'
                   for x, y in ((44, 42), (56, 40), (64, 43)))
    return hedge + bits + tool


@pic("zitmaaier", "ride-on lawn mower (zitmaaier)", "zitmaaier, maaitrekker, ride-on mower, gras maaien")
def _():
    return (path("M10,52 L14,36 L46,36 L54,44 L62,44 L62,54 L10,54 Z", "#2F9E3F") +
            rect(18, 26, 12, 10, DGRY, 3) + line(44, 36, 40, 22, 2.5) + line(36, 22, 44, 22, 3) +
            wheel(20, 56, 7) + wheel(54, 58, 5) + rect(24, 56, 24, 6, DGRY, 2) +
            "".join(line(6 + i * 5, 68, 8 + i * 5, 62, 1.5, GRN) for i in range(13)))


@pic("versnipperaar", "wood chipper (versnipperaar, houtversnipperaar)",
     "versnipperaar, houtversnipperaar, hakselaar, wood chipper, shredder, takken")
def _():
    return (path("M4,18 L22,30 L22,46 L4,40 Z", ORA) + rect(22, 28, 26, 22, ORA, 2) +
            path("M48,30 L62,14 L68,20 L54,36", ORA) + wheel(34, 54, 7) + line(22, 48, 10, 60, 3) +
            line(2, 24, 14, 30, 2.5, BRN) + line(4, 30, 16, 34, 2.5, BRN) +
            "".join(f'<rect x="{58 + dx}" y="{4 + dy}" width="3" height="3" fill="{BRN}"/>' for dx, dy in ((0, 0), (6, 2), (3, -2), (9, 6))))


@pic("snijbrander", "oxy-fuel cutting torch with flame (snijbrander)",
     "snijbrander, autogeen snijden, cutting torch, brander, vlam")
def _():
    return (rect(8, 34, 34, 8, LGRY, 3) + path("M42,36 L54,42 L52,46 L40,40 Z", "#C9A227") +
            line(4, 36, 8, 36, 3, RED) + line(4, 40, 8, 40, 3, BLU) +
            path("M54,44 C58,48 62,54 66,58 C60,56 56,52 52,46 Z", "#7FC3F0") +
            rect(30, 28, 8, 6, "#C9A227") + rect(4, 60, 64, 6, GRY) + sparks(62, 60, 0.5))


@pic("plasmasnijder", "plasma cutter unit with torch (plasmasnijder)",
     "plasmasnijder, plasma snijden, plasma cutter")
def _():
    return (rect(4, 22, 30, 30, "#C0392B", 3) + rect(8, 26, 14, 8, DGRY, 1) + circle(28, 30, 3, LGRY) +
            circle(10, 44, 2.5, DGRY) + circle(18, 44, 2.5, DGRY) +
            path("M34,44 C44,50 46,36 52,40", extra='stroke-width="3"') +
            g(rect(0, 0, 16, 6, DGRY, 2) + path("M16,1 L22,3 L16,5 Z", LGRY), t="translate(50,38) rotate(35)") +
            path("M62,54 L66,62", extra=f'stroke="#B8E0FF" stroke-width="4"') + rect(44, 62, 26, 5, GRY))


@pic("gasfles", "gas cylinder with valve and cap (gasfles)",
     "gasfles, cilinder, gas cylinder, lasgas, zuurstof, acetyleen")
def _():
    return (path("M22,24 C22,16 50,16 50,24 L50,64 C50,67 48,68 46,68 L26,68 C24,68 22,67 22,64 Z", "#7F8C8D") +
            path("M22,24 C22,16 50,16 50,24 L50,30 L22,30 Z", WHT) +
            rect(32, 8, 8, 10, "#C9A227", 1) + line(28, 6, 44, 6, 3) +
            rect(22, 36, 28, 10, WHT, 1) + line(26, 41, 46, 41, 1.5, GRY))


@pic("drukregelaar", "gas pressure regulator with two gauges (drukregelaar)",
     "drukregelaar, reduceerventiel, pressure regulator, manometer, gasfles")
def _():
    return (rect(26, 30, 20, 16, "#C9A227", 3) + circle(18, 24, 12, WHT) + circle(54, 24, 12, WHT) +
            line(18, 24, 24, 18, 2, RED) + line(54, 24, 48, 18, 2, RED) +
            rect(32, 46, 8, 10, "#C9A227") + rect(30, 56, 12, 10, "#7F8C8D", 2) +
            line(46, 40, 62, 46, 3) + circle(64, 47, 3, DGRY))


@pic("lichtboog", "welding arc: blinding flash between electrode and metal (lichtboog)",
     "lichtboog, lasboog, welding arc, lassen, fel licht, UV")
def _():
    import math
    rays = "".join(line(36 + 10 * math.cos(a), 48 + 10 * math.sin(a), 36 + 24 * math.cos(a), 48 + 24 * math.sin(a), 2.5, "#7FC3F0")
                   for a in [math.radians(d) for d in range(190, 360, 22)])
    return (rect(4, 54, 64, 10, GRY, 1) + rays + circle(36, 48, 8, "#E8F6FF") + circle(36, 48, 4, WHT) +
            g(rect(-3, -30, 6, 30, DGRY, 1), t="translate(40,42) rotate(25)"))


@pic("lasrook", "welding fumes rising from the weld (lasrook)",
     "lasrook, lasdampen, welding fumes, rook, lassen, afzuiging")
def _():
    return (rect(4, 58, 64, 8, GRY, 1) + circle(30, 56, 4, "#E8F6FF") +
            g(rect(-3, -24, 6, 24, DGRY, 1), t="translate(34,52) rotate(25)") +
            path("M18,44 C10,40 12,30 20,30 C20,20 34,18 36,26 C42,18 56,22 52,32 C60,34 58,46 48,44 C46,52 24,52 18,44 Z",
                 "rgba(120,120,120,0.8)") +
            path("M24,26 C20,16 30,10 34,14 C38,6 50,8 48,16", "rgba(150,150,150,0.7)"))


@pic("afzuiging", "fume extraction arm sucking away welding smoke (afzuiging)",
     "afzuiging, afzuigarm, puntafzuiging, fume extraction, extractor, lasrook")
def _():
    return (path("M66,4 L66,14 L44,14 L30,32", extra=f'stroke="{YEL}" stroke-width="8"') +
            path("M66,4 L66,14 L44,14 L30,32", extra='stroke-width="1" stroke="#000"') +
            path("M20,32 L40,32 L46,44 L14,44 Z", YEL) +
            rect(4, 62, 64, 6, GRY) +
            path("M24,58 C20,54 26,50 24,46", extra=f'stroke="{GRY}" stroke-width="2.5"') +
            path("M34,58 C30,54 36,50 32,46", extra=f'stroke="{GRY}" stroke-width="2.5"') +
            arrow(40, 26, 46, 16, BLK, 2))


@pic("slak", "slag: dark crust chipped off a weld seam with a chipping hammer (slak)",
     "slak, lasslak, slag, bikhamer, lasnaad")
def _():
    bead = "".join(f'<ellipse cx="{x}" cy="48" rx="5" ry="4" fill="#6D6D6D" stroke="#000" stroke-width="1.5"/>' for x in range(10, 44, 6))
    chips = "".join(path(f"M{x},{y} l5,-2 l1,4 l-5,1 Z", "#3A3A3A", 'stroke-width="1"') for x, y in ((48, 36), (54, 28), (44, 26), (60, 38)))
    return (rect(4, 52, 64, 12, "#B8C4CC", 1) + bead + chips +
            g(rect(-2, -26, 5, 26, BRN, 1) + path("M-10,-30 L12,-30 L8,-25 L-6,-25 Z", GRY), t="translate(58,30) rotate(40)"))


@pic("plaat", "stack of steel sheets / plates (plaat)", "plaat, staalplaat, metaalplaat, sheet metal, plate")
def _():
    out = ""
    for i in range(4):
        y = 50 - i * 9
        out += path(f"M6,{y} L50,{y - 12} L66,{y - 4} L22,{y + 8} Z", LGRY if i % 2 else "#B8C4CC")
    return out


@pic("braam", "burr: sharp jagged edge on cut metal (braam)", "braam, bramen, burr, scherpe rand, metaal")
def _():
    return (path("M6,40 L46,40 L46,64 L6,64 Z", "#B8C4CC") +
            path("M46,40 L50,36 L48,44 L53,42 L49,50 L54,52 L48,56 L52,62 L46,64", "none", f'stroke="{RED}" stroke-width="2.5"') +
            circle(50, 50, 16, "none", 'stroke-width="2.5"') + line(62, 38, 68, 30, 3) +
            path("M16,20 L22,30 L28,20", "none") + cross(22, 12, 0.6))


@pic("ontbramen", "deburring a metal edge with a file (ontbramen)", "ontbramen, afbramen, deburr, vijl, vijlen")
def _():
    hatch = "".join(line(20 + i * 4, 30, 24 + i * 4, 24, 1, DGRY) for i in range(8))
    return (path("M6,44 L66,44 L66,64 L6,64 Z", "#B8C4CC") +
            g(rect(16, 24, 36, 7, LGRY, 1) + hatch + rect(52, 23, 16, 9, BRN, 3), t="rotate(-8 36 30)") +
            arrow(18, 16, 38, 12, BLK, 2) + arrow(48, 10, 28, 14, BLK, 2) +
            "".join(f'<circle cx="{x}" cy="{y}" r="1" fill="{DGRY}"/>' for x, y in ((30, 42), (36, 40), (42, 42), (46, 39))))


# ------------------------------------------------------------------ construction


@pic("steiger", "scaffold with planks (steiger)", "steiger, stelling, bouwsteiger, scaffold, scaffolding")
def _():
    out = ""
    for x in (8, 36, 64):
        out += line(x, 6, x, 66, 3, "#5D6D7E")
    for y in (24, 46):
        out += rect(6, y - 4, 60, 4, BRN, 0)
        out += line(6, y + 2, 66, y + 2, 2, "#5D6D7E")
    out += line(8, 46, 36, 24, 2, "#5D6D7E") + line(36, 46, 64, 24, 2, "#5D6D7E")
    out += line(8, 66, 36, 46, 2, "#5D6D7E") + line(36, 66, 64, 46, 2, "#5D6D7E")
    out += line(4, 66, 68, 66, 3)
    out += line(8, 12, 64, 12, 2, RED) + line(8, 14, 64, 14, 2, WHT)
    return out


@pic("rolsteiger", "mobile scaffold tower on wheels (rolsteiger)",
     "rolsteiger, mobile scaffold, rolling tower, steiger op wielen")
def _():
    out = line(22, 4, 22, 58, 3, "#5D6D7E") + line(50, 4, 50, 58, 3, "#5D6D7E")
    for y in (14, 26, 38, 50):
        out += line(22, y, 50, y, 2, "#5D6D7E")
    out += rect(20, 22, 32, 4, BRN) + line(22, 6, 50, 6, 2.5, RED)
    out += line(22, 50, 50, 38, 1.5, "#5D6D7E") + line(22, 38, 50, 26, 1.5, "#5D6D7E")
    out += line(10, 58, 62, 58, 3, "#5D6D7E") + wheel(14, 64, 4.5) + wheel(58, 64, 4.5) + wheel(30, 64, 3.5) + wheel(42, 64, 3.5)
    return out


@pic("steigerkaart", "green scaffold tag: inspected, safe to use (steigerkaart)",
     "steigerkaart, scafftag, steigerlabel, scaffold tag, goedgekeurd, groen")
def _():
    return (line(10, 4, 10, 68, 5, "#5D6D7E") + path("M10,14 C20,14 24,16 26,20", extra='stroke-width="1.5"') +
            rect(24, 18, 38, 48, "#2E9E4F", 4) + circle(43, 24, 2.5, WHT) +
            rect(29, 32, 28, 28, WHT, 3) + check(43, 46, 1.3))


@pic("leuning", "guardrail / railing at an edge (leuning)", "leuning, hekwerk, randbeveiliging, railing, guardrail")
def _():
    out = path("M2,50 L50,50 L50,70 L2,70 Z", LGRY) + path("M50,50 L70,70", extra='stroke-width="1.5" stroke-dasharray="3 3"')
    for x in (6, 26, 46):
        out += line(x, 18, x, 50, 4, YEL) + line(x, 18, x, 50, 1, BLK)
    for y in (20, 34):
        out += rect(4, y - 2, 46, 5, YEL, 1)
        out += "".join(f'<rect x="{8 + i * 10}" y="{y - 2}" width="5" height="5" fill="{BLK}"/>' for i in range(4))
    out += rect(4, 44, 46, 6, BRN, 0)
    return out


@pic("hijsen", "hoisting: crane hook lifting a load with slings (hijsen)",
     "hijsen, takelen, hoist, lift, kraan, haak, last")
def _():
    return (line(36, 2, 36, 16, 2.5) + path("M32,16 L40,16 L40,22 L32,22 Z", YEL) +
            path("M36,22 L36,28 C36,34 42,34 42,28", extra='stroke-width="3"') +
            line(36, 30, 16, 46, 2) + line(36, 30, 56, 46, 2) +
            rect(12, 46, 48, 18, BRN, 2) + line(12, 55, 60, 55, 1.5, "#6B4A1F") +
            arrow(64, 40, 64, 16, GRN, 3.5))


@pic("nooit-onder-hangende-last", "prohibition: never walk under a suspended load",
     "hangende last, niet onder lopen, suspended load, verboden, kraan")
def _():
    inner = (line(36, 8, 36, 14, 2) + rect(24, 14, 24, 12, BRN, 1) + person(36, 58, 0.8, BLU))
    return prohibition(inner)


@pic("dode-hoek", "blind spot: person hidden next to a truck (dode hoek)",
     "dode hoek, blind spot, vrachtwagen, graafmachine, zicht")
def _():
    return (path("M4,36 L36,18 L36,66 L4,48 Z", "rgba(234,90,71,0.45)", 'stroke-dasharray="3 3"') +
            rect(36, 22, 30, 36, "#F1C40F", 2) + rect(38, 26, 12, 12, LBLU, 1) +
            wheel(44, 62, 5) + wheel(60, 62, 5) + person(18, 54, 0.7, BLU) +
            circle(60, 36, 4, WHT) + line(60, 40, 60, 42, 1))


@pic("hoogwerker", "aerial work platform / boom lift with a worker in the basket (hoogwerker)",
     "hoogwerker, aerial work platform, cherry picker, boom lift, werkbak")
def _():
    return (rect(6, 52, 40, 10, ORA, 2) + wheel(14, 64, 5) + wheel(38, 64, 5) + rect(14, 44, 14, 8, ORA, 1) +
            line(20, 46, 48, 18, 5, GRY) + line(20, 46, 48, 18, 1, BLK) +
            rect(44, 10, 22, 12, "none", 0) + line(44, 16, 66, 16, 1.5) +
            person(56, 22, 0.45, BLU, helmet=True) + rect(44, 16, 22, 8, YEL, 1))


@pic("verreiker", "telehandler with telescopic boom and forks (verreiker)",
     "verreiker, telehandler, telescopic handler, manitou")
def _():
    return (rect(6, 42, 40, 14, "#E67E22", 3) + rect(10, 28, 14, 14, LBLU, 2) + wheel(14, 60, 7) + wheel(40, 60, 7) +
            line(22, 44, 58, 18, 6, "#E67E22") + line(22, 44, 58, 18, 1.5, BLK) +
            line(58, 18, 58, 32, 3) + line(58, 32, 70, 32, 3) + line(58, 26, 70, 26, 3))


@pic("asbest", "asbestos warning label (red 'a' label used on asbestos)",
     "asbest, asbestos, asbestlabel, gevaarlijke stof, kanker")
def _():
    return (rect(10, 6, 52, 60, WHT, 2) + rect(10, 6, 52, 30, RED, 2) +
            '<text x="36" y="32" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-weight="bold" '
            'font-size="30" fill="#fff">a</text>' +
            rect(10, 36, 52, 30, BLK) + line(16, 46, 56, 46, 2, WHT) + line(16, 54, 50, 54, 2, WHT) + line(16, 60, 44, 60, 2, WHT))


@pic("kwartsstof", "quartz / silica dust cloud from cutting stone (kwartsstof)",
     "kwartsstof, silicastof, stof, dust, silica, quartz dust, slijpen steen")
def _():
    dots = "".join(f'<circle cx="{x}" cy="{y}" r="1.3" fill="{DGRY}"/>' for x, y in
                   ((20, 20), (30, 14), (40, 22), (50, 16), (26, 30), (46, 30), (36, 10), (56, 26), (16, 28)))
    return (path("M8,34 C2,26 10,16 18,20 C20,8 36,6 40,14 C48,6 62,12 58,22 C68,24 66,38 56,38 C54,46 16,46 8,34 Z",
                 "rgba(200,200,200,0.95)") + dots +
            path("M6,52 L66,52 L66,66 L6,66 Z", "#C0B7A8") + line(6, 59, 66, 59, 1, GRY) +
            line(26, 52, 26, 59, 1, GRY) + line(46, 52, 46, 59, 1, GRY) + line(36, 59, 36, 66, 1, GRY) +
            circle(50, 46, 9, "#4A90C8") + circle(50, 46, 2, WHT))


# ------------------------------------------------------------------ people, situations


@pic("tillen", "lifting a box the right way: knees bent, back straight (tillen)",
     "tillen, optillen, lift, lifting, doos, rug recht, knieën buigen")
def _():
    return (head(30, 14, 6) +
            path("M30,20 L34,40", extra='stroke-width="7" stroke="' + BLU + '"') +
            path("M34,40 L46,46 L44,62", extra='stroke-width="5"') +
            path("M34,40 L24,52 L28,64", extra='stroke-width="5"') +
            path("M31,26 L42,36", extra='stroke-width="4"') +
            rect(40, 30, 20, 16, BRN, 1) + line(40, 38, 60, 38, 1.2, "#6B4A1F") +
            line(4, 66, 68, 66, 2) + check(62, 12, 1.1))


@pic("houd-je-rug-recht", "keep your back straight: straight back OK, bent back wrong",
     "rug recht, houd je rug recht, keep your back straight, tillen, houding")
def _():
    good = g(head(18, 16, 5), line(18, 22, 22, 42, 5, BLU), line(18, 22, 22, 42, 1, BLK),
             line(22, 42, 30, 50, 3.5), line(30, 50, 28, 62, 3.5), line(22, 42, 16, 52, 3.5), line(16, 52, 18, 62, 3.5),
             line(10, 18, 30, 46, 2, GRN))
    bad = g(head(58, 34, 5), path("M54,38 C50,30 44,30 40,40", extra=f'stroke="{BLU}" stroke-width="5"'),
            line(40, 40, 40, 62, 3.5), line(42, 40, 44, 62, 3.5), line(54, 38, 56, 52, 3))
    return good + bad + check(16, 66, 0.8) + cross(54, 66, 0.6) + line(36, 6, 36, 70, 1, GRY)


@pic("ongeluk", "accident: worker on the floor after a fall, box fallen (ongeluk)",
     "ongeluk, ongeval, accident, gewond, gevallen")
def _():
    star = path("M50,14 L54,22 L63,20 L58,28 L66,33 L57,36 L59,45 L51,40 L45,47 L43,38 L34,37 L41,31 L36,23 L45,24 Z", YEL)
    return (star + line(4, 62, 68, 62, 2) +
            g(rect(-14, -4, 24, 8, BLU, 3) + head(16, 0, 5.5) + hardhat(16, -4, 6) +
              line(-14, -2, -26, -6, 3.5) + line(-14, 2, -26, 4, 3.5), t="translate(32,56)") +
            rect(48, 48, 14, 12, BRN, 1) + line(14, 40, 18, 44, 2) + line(22, 38, 23, 44, 2))


@pic("bijna-ongeval", "near miss: a falling object just misses a worker (bijna-ongeval)",
     "bijna-ongeval, bijna ongeluk, near miss, vallend voorwerp")
def _():
    return (person(24, 66, 1.1, BLU, helmet=True) +
            rect(44, 48, 14, 12, BRN, 1) + line(51, 10, 51, 40, 2, GRY) +
            path("M46,30 L51,40 L56,30", extra=f'stroke="{GRY}"') +
            path("M34,20 C38,16 40,24 44,20", extra=f'stroke="{RED}" stroke-width="2"') +
            f'<text x="58" y="24" font-family="Arial,Helvetica,sans-serif" font-weight="bold" font-size="16" fill="{RED}">!</text>' +
            line(4, 66, 68, 66, 2))


@pic("melden", "reporting to the supervisor: worker tells the boss (melden)",
     "melden, rapporteren, report, leidinggevende, zeggen")
def _():
    boss = g(person(54, 66, 1.0, DGRY), rect(58, 38, 10, 14, WHT, 1), line(60, 42, 66, 42, 1), line(60, 46, 66, 46, 1))
    return (person(16, 66, 1.0, BLU, helmet=True) + boss + speech(20, 4, 26, 20, WHT) +
            line(33, 8, 33, 16, 3.5, RED) + circle(33, 20, 1, RED))


@pic("incidentmelding", "incident report form with warning sign and pen (incidentmelding)",
     "incidentmelding, meldingsformulier, incident report, formulier, melden")
def _():
    return (document(10, 6, 44, 60, WHT, 7) + small_warning(30, 20, 1.0) +
            g(rect(-3, -22, 6, 26, YEL, 1) + path("M-3,4 L0,10 L3,4 Z", SKIN), t="translate(58,52) rotate(30)"))


@pic("toolboxmeeting", "toolbox meeting: workers in hard hats talking together",
     "toolboxmeeting, toolbox, werkoverleg, veiligheidsoverleg, safety meeting")
def _():
    return (person(14, 66, 0.95, BLU, helmet=True) + person(36, 66, 0.95, ORA, helmet=True) +
            person(58, 66, 0.95, BLU, helmet=True) + speech(24, 2, 24, 14, WHT) + small_warning(36, 9, 0.55))


@pic("vca", "VCA safety certificate card with hard hat and check mark",
     "VCA, certificaat, diploma, veiligheidscertificaat, safety certificate, pas")
def _():
    return (card(4, 12, 64, 46, GRN) + path("M12,38 C12,26 32,26 32,38 Z", YEL) + line(9, 38, 35, 38, 3) +
            line(40, 28, 60, 28, 2, GRY) + line(40, 34, 60, 34, 2, GRY) + line(40, 40, 54, 40, 2, GRY) +
            circle(56, 52, 8, GRN) + check(56, 52, 0.7, WHT))


@pic("heftruckcertificaat", "forklift licence: certificate card with forklift",
     "heftruckcertificaat, heftruckrijbewijs, forklift licence, certificaat")
def _():
    return (card(4, 12, 64, 46, ORA) + g(_forklift_body(), t="translate(8,22) scale(0.38)") +
            line(40, 28, 60, 28, 2, GRY) + line(40, 34, 60, 34, 2, GRY) + line(40, 40, 54, 40, 2, GRY) +
            circle(56, 52, 8, GRN) + check(56, 52, 0.7, WHT))


@pic("lmra", "last minute risk assessment: look around, check the list before starting (LMRA)",
     "LMRA, last minute risico analyse, risk assessment, checklist, kijken")
def _():
    return (rect(8, 10, 38, 54, BRN, 3) + rect(12, 16, 30, 44, WHT, 1) + rect(20, 6, 14, 8, GRY, 2) +
            check(20, 26, 0.6) + line(26, 26, 38, 26, 1.5, GRY) + check(20, 38, 0.6) + line(26, 38, 38, 38, 1.5, GRY) +
            small_warning(22, 50, 0.6) + line(28, 51, 38, 51, 1.5, GRY) +
            path("M44,40 C50,30 66,30 70,40 C66,50 50,50 44,40 Z", WHT) + circle(57, 40, 5, "#7A4A1F") + circle(57, 40, 2, BLK))


@pic("werkvergunning", "work permit: signed document with red stamp (werkvergunning)",
     "werkvergunning, vergunning, permit to work, work permit, handtekening, stempel")
def _():
    return (document(10, 4, 46, 62, WHT, 5) + circle(42, 50, 9, "none", f'stroke="{RED}" stroke-width="2.5"') +
            check(42, 50, 0.6, RED) + path("M14,56 C18,50 22,60 26,52 C28,48 30,58 34,54", extra=f'stroke="{BLU}" stroke-width="1.5"'))


@pic("rie", "risk inventory and evaluation: report with warning sign and magnifying glass (RI&E)",
     "RI&E, risico-inventarisatie, risicoinventarisatie, risk assessment, rapport")
def _():
    return (document(6, 4, 42, 58, WHT, 0) + small_warning(20, 18, 0.8) + small_warning(36, 30, 0.6) +
            line(12, 44, 40, 44, 1.5, GRY) + line(12, 50, 36, 50, 1.5, GRY) +
            circle(50, 46, 12, "rgba(97,178,228,0.35)", 'stroke-width="3"') + line(59, 55, 68, 66, 5))


@pic("bhv", "company emergency response (BHV): first aid, firefighting and evacuation",
     "BHV, bedrijfshulpverlening, emergency response, EHBO, blussen, ontruimen")
def _():
    return (rect(4, 4, 30, 30, "#2E9E4F", 3) + rect(15, 9, 8, 20, WHT, 0, 'stroke="none"') + rect(9, 15, 20, 8, WHT, 0, 'stroke="none"') +
            rect(38, 4, 30, 30, RED, 3) +
            rect(48, 12, 10, 18, WHT, 3, 'stroke="none"') + rect(50, 8, 6, 5, WHT, 0, 'stroke="none"') +
            rect(4, 38, 64, 30, "#2E9E4F", 3) +
            g(person(0, 0, 0.6, WHT), t="translate(24,64)") + arrow(34, 53, 58, 53, WHT, 3) + rect(56, 42, 8, 22, WHT, 0))


@pic("bhver", "company emergency responder (BHV'er) in an orange vest with first-aid cross",
     "BHV'er, bedrijfshulpverlener, emergency responder, first aider, hulpverlener")
def _():
    return (head(36, 14, 9) + path("M14,66 L16,36 C16,28 22,25 28,25 L44,25 C50,25 56,28 56,36 L58,66 Z", ORA) +
            path("M28,25 L36,36 L44,25", extra='stroke-width="2"') + rect(22, 40, 28, 18, WHT, 2) +
            rect(32, 42, 8, 14, "#2E9E4F", 0, 'stroke="none"') + rect(29, 45, 14, 8, "#2E9E4F", 0, 'stroke="none"') +
            line(16, 60, 56, 60, 3, "#DDD"))


@pic("alarmnummer-112", "phone calling the emergency number 112",
     "112, bel 112, alarmnummer, emergency number, bellen, telefoon")
def _():
    return (rect(16, 4, 40, 64, DGRY, 6) + rect(20, 10, 32, 24, WHT, 2) +
            '<text x="36" y="29" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-weight="bold" '
            f'font-size="15" fill="{RED}">112</text>' +
            "".join(circle(26 + (i % 3) * 10, 42 + (i // 3) * 7, 2.4, LGRY) for i in range(9)) +
            circle(36, 62, 3, GRN))


@pic("pas-op", "'Pas op!': someone shouts a warning (speech bubble with warning sign)",
     "pas op, let op, watch out, waarschuwing roepen, roepen")
def _():
    face = g(circle(18, 44, 14, YEL), circle(14, 40, 1.8, BLK), circle(22, 40, 1.8, BLK),
             path("M13,48 C13,56 23,56 23,48 Z", "#8E1B16"), line(26, 36, 30, 32, 2))
    bubble = speech(30, 4, 38, 34, WHT, "left")
    return (face + bubble + path("M49,10 L62,33 L36,33 Z", YEL) + line(49, 17, 49, 26, 3) + circle(49, 30, 1, BLK))


@pic("achter-je", "'Achter je!': warning that someone walks behind you",
     "achter je, behind you, pas op achter, langs lopen")
def _():
    return (person(44, 66, 1.2, BLU) + g(person(18, 66, 1.0, ORA), rect(6, 40, 24, 4, LGRY, 1)) +
            path("M22,22 C28,6 50,6 54,18", extra='stroke-width="3" stroke-dasharray="4 3"') +
            path("M50,14 L54,20 L58,13", extra='stroke-width="3"') + speech(2, 2, 16, 16, YEL) +
            line(10, 5, 10, 12, 3) + circle(10, 15, 0.8, BLK))


@pic("ontruiming", "evacuation: people leaving the building via the exit",
     "ontruiming, evacuatie, evacuation, ontruimen, naar buiten")
def _():
    return (rect(40, 6, 28, 60, "#2E9E4F", 2) + rect(46, 12, 16, 54, WHT) +
            person(20, 64, 0.9, BLU) + person(34, 64, 0.8, ORA) + arrow(8, 20, 40, 20, "#2E9E4F", 4))


@pic("dit-is-niet-veilig", "'Dit is niet veilig': red shield with a white cross",
     "niet veilig, onveilig, not safe, unsafe")
def _():
    return (path("M36,4 L62,14 C62,40 52,58 36,68 C20,58 10,40 10,14 Z", RED) + cross(36, 34, 1.6, WHT))


@pic("hoe-doe-ik-dit-veilig", "'Hoe doe ik dit veilig?': green safety shield with a question mark",
     "veilig werken, hoe veilig, how to do this safely, vraag, veiligheid")
def _():
    return (path("M36,4 L62,14 C62,40 52,58 36,68 C20,58 10,40 10,14 Z", "#2E9E4F") +
            '<text x="36" y="50" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-weight="bold" '
            'font-size="38" fill="#fff">?</text>')


@pic("help", "'Help!': person waving both arms, calling for help",
     "help, hulp, roepen, waving, noodgeval")
def _():
    return (head(36, 24, 7) + path("M30,32 L42,32 L41,50 L31,50 Z", ORA) +
            line(30, 33, 18, 10, 4) + line(42, 33, 54, 10, 4) + line(33, 50, 30, 66, 4) + line(39, 50, 42, 66, 4) +
            path("M8,12 C4,16 4,22 8,26", extra='stroke-width="2.5"') + path("M64,12 C68,16 68,22 64,26", extra='stroke-width="2.5"') +
            path("M32,27 C34,30 38,30 40,27", "#8E1B16", 'stroke-width="1.5"'))


# ------------------------------------------------------------------ slipping, falling


def _slipper(x, y, s=1.0, fill=BLU):
    def P(px, py):
        return x + px * s, y + py * s
    hx, hy = P(-6, -32)
    parts = [head(hx, hy, 5 * s),
             line(*P(-4, -26), *P(2, -12), 5 * s, fill),
             line(*P(2, -12), *P(14, -6), 4 * s), line(*P(14, -6), *P(20, -12), 4 * s),
             line(*P(2, -12), *P(-4, -2), 4 * s), line(*P(-4, -2), *P(-12, 0), 4 * s),
             line(*P(-3, -22), *P(-14, -28), 3.5 * s), line(*P(-1, -22), *P(10, -28), 3.5 * s)]
    return "".join(parts)


@pic("glad", "warning: slippery floor (ISO 7010 W011 style)", "glad, gladde vloer, slippery, uitglijden, waarschuwing, W011")
def _():
    return warning(_slipper(38, 56, 0.85) + path("M18,58 C24,55 40,55 50,58", extra=f'stroke="{BLK}" stroke-width="2"'))


@pic("uitglijden", "person slipping on a wet floor (uitglijden)", "uitglijden, slip, slipping, natte vloer, vallen")
def _():
    return (path("M6,64 C14,58 46,58 60,64 C48,68 18,68 6,64 Z", LBLU) + _slipper(38, 62, 1.3) +
            drop(56, 48, 0.7) + drop(14, 50, 0.6))


@pic("vallen", "person falling over (vallen)", "vallen, val, fall, falling, omvallen")
def _():
    return (g(head(0, -30, 6), line(0, -24, 0, -8, 5, BLU), line(0, -8, -8, 4, 4), line(0, -8, 8, 4, 4),
              line(0, -20, -12, -28, 3.5), line(0, -20, 12, -28, 3.5), t="translate(40,52) rotate(-60)") +
            line(4, 66, 68, 66, 2.5) + path("M46,20 C52,14 58,16 60,22", extra='stroke-width="2"') +
            path("M50,30 C56,26 62,28 64,34", extra='stroke-width="2"'))


@pic("valrisico", "risk of falling: an old man with a walking stick, unsteady, a warning sign beside him",
     "valrisico, valgevaar, risk of falling, fall risk, vallen, waarschuwing")
def _():
    # Not a warning triangle with a falling figure: 'glad' (W011) is one, in the same recipes.
    man = g(line(-4, 0, -8, 26, 4.5), line(4, 0, 6, 26, 4.5),
            path("M-9,-28 L9,-28 L7,2 L-7,2 Z", "#8D6E63"),
            line(8, -24, 16, -8, 3.5), line(16, -8, 20, 26, 2.5, BRN), path("M16,-8 C16,-12 22,-12 22,-8",
                                                                          extra=f'stroke="{BRN}" stroke-width="2.5"'),
            line(-8, -24, -16, -12, 3.5),
            head(0, -36, 8), path("M-8,-38 C-8,-46 8,-46 8,-38", LGRY, 'stroke-width="1.5"'),
            t="translate(28,45) rotate(12) scale(0.85)")
    wobble = (path("M8,20 C4,26 4,34 8,40", extra='stroke-width="2"') + path("M3,24 C0,30 0,34 3,38", extra='stroke-width="1.5"'))
    return man + wobble + line(4, 68, 58, 68, 2) + small_warning(58, 22, 1.3)


@pic("waarschuwingsbord", "yellow warning stand (wet floor / caution A-frame sign)",
     "waarschuwingsbord, bord natte vloer, wet floor sign, caution sign, A-bord")
def _():
    return (path("M22,6 L50,6 L62,66 L10,66 Z", YEL) + path("M22,6 L50,6", extra='stroke-width="3"') +
            g(path("M36,16 L52,44 L20,44 Z", WHT), _slipper(38, 42, 0.45)) +
            line(18, 54, 54, 54, 2) + line(14, 60, 58, 60, 2))


@pic("trapje", "small step ladder (trapje)", "trapje, huishoudtrap, keukentrap, step ladder, opstapje")
def _():
    return (path("M18,66 L30,8 L44,8 L56,66", "none", f'stroke="{GRY}" stroke-width="4"') +
            path("M18,66 L30,8 L44,8 L56,66", "none", 'stroke-width="1"') +
            line(27, 22, 47, 22, 4, LBLU) + line(24, 36, 50, 36, 4, LBLU) + line(21, 50, 53, 50, 4, LBLU) +
            rect(28, 4, 18, 6, LBLU, 1))


# ------------------------------------------------------------------ road and green


@pic("pion", "orange and white traffic cone (pion)", "pion, verkeerskegel, traffic cone, kegel, afzetting")
def _():
    return (path("M30,8 L42,8 L56,58 L16,58 Z", ORA) + path("M26,24 L46,24 L49,36 L23,36 Z", WHT) +
            path("M20,44 L52,44 L54,52 L18,52 Z", WHT, 'stroke-width="1"') + rect(8, 58, 56, 8, DGRY, 2))


@pic("werk-in-uitvoering", "road sign 'road works' (worker with shovel in a red triangle)",
     "werken langs de weg, werk in uitvoering, wegwerkzaamheden, road works, verkeersbord")
def _():
    man = g(head(40, 24, 4), line(38, 29, 34, 44, 4), line(34, 44, 28, 54, 3), line(34, 44, 40, 54, 3),
            line(37, 32, 44, 38, 3), line(44, 36, 24, 50, 2.5), path("M20,48 L28,52 L24,56 Z", BLK),
            path("M18,56 C22,50 30,50 32,56 Z", BLK))
    return path("M36,6 L68,64 L4,64 Z", WHT, f'stroke="{RED}" stroke-width="6"') + man


@pic("berm", "road verge: grass strip beside the road (berm)", "berm, wegberm, verge, roadside, gras langs de weg")
def _():
    grass = "".join(line(30 + i * 3, 50, 31 + i * 3, 44 + (i % 3) * 2, 1.5, "#2F7C3F") for i in range(13))
    return (path("M2,60 L28,30 L46,30 L70,60 Z", LGRY, 'stroke-width="0"') + path("M0,66 L26,26 L30,26 L8,66 Z", DGRY) +
            path("M30,26 L42,26 L70,56 L70,66 L30,66 Z", LGRN) + grass + line(28, 26, 4, 66, 2, WHT) +
            line(20, 40, 16, 46, 2, WHT) + path("M0,26 L70,26", extra='stroke-width="0"'))


@pic("sloot", "ditch with water between grass banks (sloot)", "sloot, greppel, ditch, water, waterkant")
def _():
    return (path("M2,30 L22,30 L30,52 L42,52 L50,30 L70,30 L70,66 L2,66 Z", LGRN) +
            path("M24,38 L48,38 L42,52 L30,52 Z", LBLU) +
            path("M28,44 C31,42 33,46 36,44 C39,42 41,46 44,44", extra=f'stroke="{WHT}" stroke-width="1.5"') +
            "".join(line(6 + i * 4, 30, 7 + i * 4, 24, 1.5, "#2F7C3F") for i in range(4)) +
            "".join(line(52 + i * 4, 30, 53 + i * 4, 24, 1.5, "#2F7C3F") for i in range(4)))


@pic("tekenbeet", "tick bite: red ring on the skin around a tick bite (tekenbeet)",
     "tekenbeet, teek, tick bite, rode ring, ziekte van Lyme")
def _():
    return (path("M4,20 C20,12 52,12 68,20 L68,60 C52,66 20,66 4,60 Z", SKIN) +
            circle(36, 40, 18, "none", f'stroke="{LRED}" stroke-width="5"') + circle(36, 40, 8, "rgba(234,90,71,0.4)", 'stroke="none"') +
            g(path("M-3,0 C-3,-5 3,-5 3,0 C3,5 -3,5 -3,0 Z", "#3B2314"),
              line(-3, -1, -7, -4, 1.2), line(-3, 1, -7, 4, 1.2), line(3, -1, 7, -4, 1.2), line(3, 1, 7, 4, 1.2),
              t="translate(36,40) scale(1.2)"))


# ------------------------------------------------------------------ forklifts, warehouse


def _forklift_body() -> str:
    return (rect(10, 34, 36, 20, ORA, 3) + path("M14,34 L18,12 L40,12 L42,34", "none", 'stroke-width="3"') +
            rect(16, 10, 26, 4, DGRY) + rect(36, 24, 10, 10, DGRY, 1) +
            line(50, 6, 50, 58, 4) + line(50, 58, 68, 58, 3.5) + line(50, 30, 54, 30, 3) +
            wheel(20, 58, 7) + wheel(42, 60, 5) + rect(4, 38, 6, 14, DGRY, 1) + circle(26, 26, 4, SKIN))


@pic("heftruck", "forklift truck (heftruck)", "heftruck, vorkheftruck, forklift, forklift truck")
def _():
    return _forklift_body()


@pic("reachtruck", "reach truck with tall mast lifting a pallet high (reachtruck)",
     "reachtruck, reach truck, magazijn, hoog stapelen")
def _():
    return (rect(8, 44, 28, 16, "#F1C40F", 3) + rect(12, 30, 16, 14, "none") + line(12, 30, 12, 44, 2.5) +
            line(28, 30, 28, 44, 2.5) + line(10, 30, 30, 30, 3) +
            line(40, 4, 40, 60, 4) + line(46, 4, 46, 60, 4) + line(46, 14, 64, 14, 3) +
            rect(48, 2, 16, 10, BRN, 1) + line(36, 62, 66, 62, 3) + wheel(16, 62, 5) + wheel(60, 64, 3.5) + wheel(36, 64, 3.5))


@pic("ept", "electric pallet truck (EPT, palletwagen)", "EPT, elektrische pallettruck, palletwagen, pallet truck, pompwagen")
def _():
    return (rect(8, 30, 18, 30, "#F1C40F", 3) + line(16, 30, 8, 10, 3) + line(4, 10, 12, 8, 4) +
            rect(26, 52, 40, 6, DGRY, 1) + rect(30, 40, 32, 12, BRN, 1) +
            line(30, 46, 62, 46, 1.5, "#6B4A1F") + wheel(16, 62, 5) + wheel(60, 62, 3))


@pic("vork", "the forks of a forklift carrying a pallet (vork)", "vork, vorken, lepels, forks, forklift forks, pallet")
def _():
    return (rect(8, 6, 8, 56, DGRY) + rect(16, 40, 52, 5, GRY, 1) + rect(16, 54, 52, 5, GRY, 1) +
            rect(20, 44, 44, 10, BRN, 1) + line(30, 44, 30, 54, 1.5) + line(42, 44, 42, 54, 1.5) + line(54, 44, 54, 54, 1.5) +
            rect(24, 22, 36, 22, "#C19A6B", 1) + arrow(66, 30, 66, 10, GRN, 3))


@pic("toeteren", "sound the horn: horn with sound waves (toeteren)", "toeteren, claxon, toeter, horn, honk, signaal")
def _():
    return (path("M8,30 L20,30 L44,14 L44,58 L20,42 L8,42 Z", ORA) + rect(2, 30, 8, 12, DGRY, 1) +
            path("M52,26 C56,30 56,42 52,46", extra='stroke-width="3"') +
            path("M58,20 C64,28 64,44 58,52", extra='stroke-width="3"') +
            path("M64,14 C72,26 72,46 64,58", extra='stroke-width="3"'))


@pic("stelling", "warehouse pallet racking (stelling)", "stelling, palletstelling, racking, magazijnstelling, schappen")
def _():
    out = ""
    for x in (6, 36, 66):
        out += line(x, 4, x, 68, 4, BLU)
    for y in (26, 48):
        out += line(6, y, 66, y, 4, ORA)
    for x0 in (9, 39):
        for y0 in (26, 48, 68):
            out += rect(x0, y0 - 14, 24, 12, "#C19A6B", 1) + rect(x0, y0 - 3, 24, 3, BRN)
    return out


@pic("laadperron", "loading dock: truck backed up to the dock door (laadperron)",
     "laadperron, laadkade, loading dock, dock, vrachtwagen laden")
def _():
    return (rect(2, 6, 40, 44, LGRY, 0) + rect(8, 14, 28, 36, DGRY, 1) + rect(2, 50, 44, 16, GRY, 0) +
            line(2, 50, 46, 50, 3, YEL) + rect(30, 24, 40, 30, WHT, 2) + wheel(40, 58, 5) + wheel(60, 58, 5) +
            "".join(line(4 + i * 8, 64, 8 + i * 8, 56, 2, YEL) for i in range(5)))


@pic("looproute", "marked walkway on the factory floor with footprints (looproute)",
     "looproute, loopzone, walkway, pedestrian route, voetpad, belijning")
def _():
    fp = ""
    for i, (x, y) in enumerate(((30, 58), (42, 46), (30, 34), (42, 22), (30, 10))):
        fp += f'<ellipse cx="{x}" cy="{y}" rx="3.5" ry="5.5" fill="{BLK}"/>'
    return (rect(2, 2, 68, 68, LGRY, 0, 'stroke="none"') + path("M16,70 L24,2 M56,70 L48,2", extra=f'stroke="{YEL}" stroke-width="5"') +
            path("M16,70 L24,2 M56,70 L48,2", extra='stroke-width="1"') + fp + rect(2, 2, 68, 68))


@pic("lockout", "lockout-tagout: padlock and danger tag on a switched-off main switch (lockout)",
     "lockout, lock-out tag-out, LOTO, vergrendelen, hangslot, label")
def _():
    return (rect(4, 8, 38, 56, YEL, 3) + circle(23, 30, 12, WHT) + g(rect(-3, -14, 6, 28, RED, 2), t="translate(23,30) rotate(90)") +
            path("M32,44 C32,36 44,36 44,44", extra='stroke-width="3.5"') + rect(28, 44, 20, 16, RED, 2) +
            circle(38, 51, 2, BLK) + line(44, 52, 56, 58, 1.5) +
            rect(52, 52, 16, 18, WHT, 1) + rect(52, 52, 16, 6, RED, 1) + line(55, 62, 65, 62, 1.2) + line(55, 66, 63, 66, 1.2))


@pic("knelgevaar", "warning: crushing of hands between rollers (knelgevaar)",
     "knelgevaar, beknelling, crushing, pinch point, hand, rollen, W024")
def _():
    inner = (circle(36, 30, 8, GRY) + circle(36, 46, 8, GRY) +
             path("M14,38 L30,36 C32,36 34,38 34,40 L30,42 L14,42 Z", BLK))
    return warning(inner)


@pic("scherp", "warning: sharp blade (scherp)", "scherp, sharp, mes, snijden, snijgevaar, W022")
def _():
    inner = (path("M16,52 L52,30 C56,28 58,32 55,34 L22,56 Z", LGRY) + rect(6, 52, 14, 6, BLK, 2) +
             line(48, 30, 52, 26, 2) + line(54, 36, 60, 36, 2))
    return warning(inner)


# ------------------------------------------------------------------ fire, kitchen


@pic("blusdeken", "fire blanket pulled from its red container (blusdeken)",
     "blusdeken, branddeken, fire blanket, vetbrand blussen")
def _():
    return (rect(14, 6, 44, 30, RED, 3) + rect(22, 12, 28, 14, WHT, 1, 'stroke="none"') +
            flame(36, 24, 0.45, RED, WHT) + path("M24,36 L48,36 L52,66 L20,66 Z", WHT) +
            line(26, 36, 22, 44, 3) + line(46, 36, 50, 44, 3) + rect(18, 40, 8, 8, RED, 2) + rect(46, 40, 8, 8, RED, 2))


@pic("vetbrand", "fat fire: frying pan on fire (vetbrand)", "vetbrand, frituurbrand, pan in brand, grease fire, fat fire")
def _():
    return (flame(36, 46, 1.5, RED, ORA) + path("M10,46 L54,46 L50,58 L14,58 Z", DGRY) + line(54, 48, 70, 44, 4) +
            rect(10, 60, 46, 6, GRY, 1))


@pic("gaskraan", "gas tap: yellow lever valve on a gas pipe (gaskraan)",
     "gaskraan, gasafsluiter, gas valve, gas tap, gas dichtdraaien")
def _():
    return (rect(4, 38, 64, 10, "#C9A227", 2) + rect(26, 32, 20, 22, "#C9A227", 3) + rect(33, 22, 6, 10, GRY) +
            rect(22, 14, 40, 8, YEL, 3) + line(8, 60, 20, 60, 2) +
            '<text x="10" y="68" font-family="Arial,Helvetica,sans-serif" font-size="8" font-weight="bold">GAS</text>')


@pic("kernthermometer", "probe thermometer with display (kernthermometer)",
     "kernthermometer, insteekthermometer, probe thermometer, temperatuur meten")
def _():
    return (rect(4, 8, 34, 26, WHT, 5) + rect(9, 13, 24, 12, "#C8E6C9", 2) +
            '<text x="21" y="23" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-size="9" font-weight="bold">75°</text>' +
            circle(21, 30, 2, LGRY) + line(36, 28, 66, 62, 3, GRY) + line(36, 28, 66, 62, 1, BLK))


@pic("kerntemperatuur", "core temperature: probe in the middle of a piece of meat (kerntemperatuur)",
     "kerntemperatuur, core temperature, binnenkant vlees, gaar, temperatuur")
def _():
    return (path("M6,50 C6,32 24,24 40,26 C60,28 68,40 64,54 C58,66 16,66 6,50 Z", "#B5651D") +
            path("M14,50 C14,38 26,34 38,35 C52,36 58,44 56,52 C52,60 22,60 14,50 Z", "#E8A87C", 'stroke-width="1"') +
            circle(36, 46, 4, RED, 'stroke-width="1"') + line(36, 46, 56, 8, 3, GRY) + rect(52, 2, 16, 10, WHT, 2) +
            path("M22,46 C28,40 44,40 50,46", extra=f'stroke="{RED}" stroke-width="1" stroke-dasharray="2 2"'))


@pic("koelcel", "walk-in cold room: insulated door with snowflake (koelcel)",
     "koelcel, vriescel, cold room, walk-in fridge, koelruimte")
def _():
    flake = "".join(line(46 + 9 * c, 30 + 9 * s, 46 - 9 * c, 30 - 9 * s, 2.5, BLU) for c, s in ((1, 0), (0.5, 0.87), (-0.5, 0.87)))
    return (rect(6, 4, 60, 64, LGRY, 2) + rect(12, 10, 48, 58, WHT, 1) + rect(14, 30, 5, 16, DGRY, 2) +
            flake + '<text x="46" y="58" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-size="11" font-weight="bold" fill="#1E50A0">4°</text>')


@pic("ontdooien", "defrosting: ice melting into water drops (ontdooien)",
     "ontdooien, ontdooid, defrost, thaw, ijs smelten")
def _():
    return (path("M16,22 L46,22 L54,32 L54,44 C46,48 28,48 16,44 Z", "#B8E0FF") + path("M16,22 L24,14 L54,14 L46,22 Z", "#DDF1FF") +
            path("M54,14 L54,32", extra='stroke-width="2"') +
            path("M6,60 C14,52 56,52 66,60 C56,66 14,66 6,60 Z", LBLU) + drop(26, 52, 0.6) + drop(44, 52, 0.6) +
            line(22, 28, 30, 28, 2, WHT) + path("M58,8 L62,4 M62,12 L68,10", extra=f'stroke="{RED}" stroke-width="2"'))


@pic("warm-houden", "keeping food hot: covered dish on a warmer with heat waves (warm houden)",
     "warm houden, warmhouden, keep hot, bain-marie, warmhoudplaat")
def _():
    waves = "".join(path(f"M{x},30 C{x - 4},24 {x + 4},20 {x},14", extra=f'stroke="{RED}" stroke-width="2.5"') for x in (26, 36, 46))
    return (waves + path("M12,50 C12,34 60,34 60,50 Z", LGRY) + circle(36, 33, 2.5, DGRY) + rect(6, 50, 60, 6, GRY, 2) +
            rect(10, 56, 52, 10, RED, 2) + '<text x="36" y="65" text-anchor="middle" font-family="Arial" font-size="8" font-weight="bold" fill="#fff">60°</text>')


@pic("afkoelen", "cooling down hot food quickly: steaming pot with blue arrow down",
     "afkoelen, terugkoelen, cool down, snel koelen, cooling")
def _():
    return (path("M22,20 C18,14 26,10 22,4", extra=f'stroke="{GRY}" stroke-width="2.5"') +
            path("M32,20 C28,14 36,10 32,4", extra=f'stroke="{GRY}" stroke-width="2.5"') +
            rect(8, 24, 40, 32, LGRY, 3) + line(4, 28, 8, 28, 3) + line(48, 28, 52, 28, 3) +
            arrow(62, 14, 62, 60, BLU, 4) + circle(28, 40, 0.1) +
            "".join(line(28 + 7 * c, 40 + 7 * s, 28 - 7 * c, 40 - 7 * s, 2, BLU) for c, s in ((1, 0), (0.5, 0.87), (-0.5, 0.87))))


@pic("kruisbesmetting", "cross-contamination: bacteria passing from raw meat to salad",
     "kruisbesmetting, cross-contamination, besmetting, rauw vlees, bacterie")
def _():
    return (path("M4,40 C4,28 24,26 30,34 C34,40 30,52 18,52 C8,52 4,48 4,40 Z", LRED) + circle(16, 40, 3, WHT) +
            path("M42,52 C40,40 50,34 56,38 C62,34 70,42 66,52 Z", LGRN) + path("M42,52 L68,52 L64,60 L46,60 Z", WHT) +
            path("M22,24 C28,10 42,10 50,26", extra=f'stroke="{RED}" stroke-width="3" stroke-dasharray="4 3"') +
            path("M46,24 L51,28 L53,21", extra=f'stroke="{RED}" stroke-width="3"') +
            g(circle(0, 0, 4, "#8BC34A"), line(-6, 0, 6, 0, 1), line(0, -6, 0, 6, 1), t="translate(36,12)"))


@pic("bedorven", "spoiled food: mouldy bread with flies and smell (bedorven)",
     "bedorven, beschimmeld, spoiled, rotten, gone off, schimmel")
def _():
    mould = "".join(circle(x, y, r, "#6B8E23", 'stroke-width="1"') for x, y, r in ((24, 40, 4), (38, 46, 5), (48, 38, 3), (30, 54, 3)))
    return (path("M10,36 C10,24 62,24 62,36 L60,64 L12,64 Z", "#E0B07A") + mould +
            path("M24,20 C20,14 28,12 24,6", extra=f'stroke="{LGRN}" stroke-width="2.5"') +
            path("M44,20 C40,14 48,12 44,6", extra=f'stroke="{LGRN}" stroke-width="2.5"') +
            g(circle(0, 0, 2.5, BLK), path("M-1,-2 C-4,-7 -7,-3 -2,-1 M1,-2 C4,-7 7,-3 2,-1", WHT, 'stroke-width="1"'), t="translate(58,12)"))


@pic("houdbaarheidsdatum", "best-before date: food package with a calendar date (houdbaarheidsdatum)",
     "houdbaarheidsdatum, THT, ten minste houdbaar tot, best before, datum")
def _():
    return (rect(6, 20, 36, 46, WHT, 2) + rect(6, 20, 36, 10, LBLU, 2) + line(12, 38, 36, 38, 1.5, GRY) +
            line(12, 44, 32, 44, 1.5, GRY) + rect(36, 28, 30, 30, WHT, 2) + rect(36, 28, 30, 8, RED, 2) +
            '<text x="51" y="53" text-anchor="middle" font-family="Arial" font-weight="bold" font-size="14">12</text>')


@pic("tgt", "use-by date (TGT): after this date the food goes in the bin",
     "TGT, te gebruiken tot, use by, weggooien, datum, afval")
def _():
    return (rect(4, 6, 30, 30, WHT, 2) + rect(4, 6, 30, 8, RED, 2) +
            '<text x="19" y="31" text-anchor="middle" font-family="Arial" font-weight="bold" font-size="13">12</text>' +
            arrow(36, 22, 46, 32, BLK, 2.5) +
            path("M40,40 L66,40 L62,68 L44,68 Z", GRY) + rect(38, 34, 30, 6, DGRY, 2) +
            line(48, 46, 49, 62, 1.5) + line(53, 46, 53, 62, 1.5) + line(58, 46, 57, 62, 1.5))


@pic("allergische-reactie", "allergic reaction: swollen face with red spots",
     "allergische reactie, allergic reaction, uitslag, opzwellen, jeuk")
def _():
    spots = "".join(circle(x, y, 2.2, LRED, 'stroke="none"') for x, y in ((24, 30), (48, 28), (28, 46), (46, 46), (36, 22), (20, 40), (52, 40)))
    return (path("M36,6 C58,6 66,22 64,40 C62,58 50,68 36,68 C22,68 10,58 8,40 C6,22 14,6 36,6 Z", YEL) + spots +
            path("M24,36 L30,36 M42,36 L48,36", extra='stroke-width="2.5"') +
            path("M28,54 C30,48 42,48 44,54 C42,60 30,60 28,54 Z", "#D9534F"))


@pic("heeft-u-een-allergie", "'Heeft u een allergie?': question about allergens (peanut, wheat, milk)",
     "heeft u een allergie, allergie vragen, do you have an allergy, vraag")
def _():
    return (speech(4, 4, 64, 44, WHT) + path("M14,14 C10,22 18,30 16,36 C24,36 24,26 20,22 C26,18 22,10 14,14 Z", "#D9A066") +
            path("M32,38 L32,14 M32,18 L28,14 M32,22 L28,18 M32,26 L28,22 M32,18 L36,14 M32,22 L36,18 M32,26 L36,22",
                 extra=f'stroke="{ORA}" stroke-width="2.5"') +
            '<text x="54" y="38" text-anchor="middle" font-family="Arial" font-weight="bold" font-size="28" fill="#1E50A0">?</text>')


@pic("ik-vraag-het-aan-de-keuken", "'Ik vraag het even aan de keuken': waiter asks the cook",
     "vraag aan de keuken, ask the kitchen, kok, ober, vragen")
def _():
    chef = g(head(52, 40, 9), path("M42,30 C38,24 44,18 48,22 C50,14 58,16 58,22 C64,20 66,28 62,30 Z", WHT),
             rect(43, 28, 18, 5, WHT, 1), path("M38,66 L40,52 C44,48 60,48 64,52 L66,66 Z", WHT))
    waiter = g(head(16, 42, 8), path("M4,66 L6,54 C10,50 22,50 26,54 L28,66 Z", DGRY), path("M12,52 L16,58 L20,52", WHT))
    return chef + waiter + speech(14, 4, 26, 22, WHT) + \
        '<text x="27" y="22" text-anchor="middle" font-family="Arial" font-weight="bold" font-size="18" fill="#1E50A0">?</text>'


@pic("allergeen", "allergen: food ingredients that can cause an allergy, marked with a red warning ring",
     "allergeen, allergenen, allergen, ingrediënt, pinda, gluten, melk")
def _():
    return (circle(36, 36, 30, WHT, f'stroke="{RED}" stroke-width="5"') +
            path("M18,22 C14,30 22,38 20,44 C28,44 28,34 24,30 C30,26 26,18 18,22 Z", "#D9A066") +
            path("M40,52 L40,22 M40,28 L35,23 M40,34 L35,29 M40,40 L35,35 M40,28 L45,23 M40,34 L45,29 M40,40 L45,35",
                 extra=f'stroke="{ORA}" stroke-width="3"') +
            path("M48,30 L56,30 L56,36 L59,40 L59,56 L45,56 L45,40 L48,36 Z", WHT) + line(45, 44, 59, 44, 1.5, LBLU))


@pic("allergenenkaart", "allergen chart: table of dishes and allergen symbols",
     "allergenenkaart, allergenenlijst, allergen chart, allergenen overzicht, kaart")
def _():
    out = rect(4, 4, 64, 64, WHT, 3)
    cols = [ORA, "#D9A066", LBLU, LRED]
    for r in range(4):
        y = 14 + r * 13
        out += line(10, y + 3, 26, y + 3, 2, GRY)
        for c in range(4):
            x = 34 + c * 9
            if (r + c) % 3 != 0:
                out += circle(x, y + 3, 3.2, cols[c], 'stroke-width="1"')
            else:
                out += circle(x, y + 3, 3.2, "none", 'stroke-width="1" stroke="#ccc"')
    return out


@pic("bevatten", "'bevat': the dish contains an allergen (peanut shown inside the jar)",
     "bevatten, bevat, contains, ingrediënt, erin")
def _():
    return (path("M14,18 L58,18 L54,66 L18,66 Z", "rgba(210,235,250,0.7)") + rect(10, 10, 52, 8, GRY, 2) +
            path("M28,30 C22,40 32,48 30,56 C40,56 40,44 36,40 C44,34 38,24 28,30 Z", "#D9A066") +
            circle(56, 54, 12, GRN) + check(56, 54, 0.9, WHT))


@pic("selderij", "celery stalks with leaves (selderij, allergen)", "selderij, bleekselderij, knolselderij, celery, allergeen")
def _():
    return ("".join(path(f"M{x},66 C{x - 2},50 {x - 2},34 {x + d},20", "none", f'stroke="#7CB342" stroke-width="7"')
                    for x, d in ((26, -6), (36, 0), (46, 6))) +
            "".join(path(f"M{x},66 C{x - 2},50 {x - 2},34 {x + d},20", "none", 'stroke-width="1"') for x, d in ((26, -6), (36, 0), (46, 6))) +
            "".join(circle(x, y, 6, "#43A047") for x, y in ((18, 16), (28, 10), (36, 14), (44, 8), (54, 16))))


@pic("mosterd", "mustard: yellow mustard pot (mosterd, allergen)", "mosterd, mustard, mosterdzaad, allergeen")
def _():
    return (path("M16,26 L56,26 L52,66 L20,66 Z", "#E1AD01") + rect(12, 18, 48, 8, LGRY, 2) +
            rect(22, 36, 28, 18, WHT, 2) + circle(36, 45, 5, "#E1AD01") + rect(33, 6, 6, 14, BRN, 1))


@pic("sesamzaad", "sesame seeds on a bun (sesamzaad, allergen)", "sesamzaad, sesam, sesame, sesame seeds, allergeen")
def _():
    seeds = "".join(f'<ellipse cx="{x}" cy="{y}" rx="2.4" ry="1.4" fill="#FFF3D6" stroke="#000" stroke-width="0.8" transform="rotate({r} {x} {y})"/>'
                    for (x, y), r in zip(((20, 30), (30, 24), (40, 22), (50, 28), (26, 36), (38, 32), (48, 36), (34, 40), (58, 36), (16, 38)), (30, -20, 10, 40, -30, 20, 0, -10, 30, 15)))
    return (path("M6,46 C6,20 66,20 66,46 Z", "#D9A066") + rect(6, 46, 60, 10, "#F3D9A4", 3) + seeds)


@pic("sulfiet", "sulphite: found in wine and dried apricots (sulfiet, allergen)",
     "sulfiet, sulfieten, sulphite, zwaveldioxide, wijn, gedroogd fruit, allergeen")
def _():
    return (path("M24,4 L32,4 L32,22 C40,26 40,30 40,36 L40,66 L16,66 L16,36 C16,30 16,26 24,22 Z", "#7B1F3A") +
            rect(16, 40, 24, 14, WHT, 1) +
            circle(52, 52, 9, ORA) + circle(60, 62, 8, ORA) + path("M50,50 C52,48 56,48 56,52", extra='stroke-width="1"'))


@pic("lupine", "lupin flower (lupine, allergen)", "lupine, lupinemeel, lupin, bloem, allergeen")
def _():
    flowers = "".join(f'<ellipse cx="{36 + (4 if i % 2 else -4)}" cy="{14 + i * 5}" rx="5" ry="3.2" fill="{"#7E57C2" if i < 6 else "#B39DDB"}" stroke="#000" stroke-width="1"/>'
                      for i in range(8))
    return (line(36, 14, 36, 66, 3, "#2F7C3F") + flowers +
            "".join(path(f"M36,58 L{36 + dx},{50 + dy}", extra='stroke="#43A047" stroke-width="3"') for dx, dy in ((-16, 0), (16, 0), (-12, -8), (12, -8))))


@pic("koksmes", "chef's knife with wide blade, a chef's hat behind it (koksmes)",
     "koksmes, chef's knife, groot mes, snijden")
def _():
    # The chef's hat tells it apart from a plain kitchen knife (het mes) in the same recipe.
    hat = (path("M22,24 C12,24 10,10 20,8 C22,2 34,0 37,6 C42,0 54,4 51,12 C60,14 58,26 48,24 Z", WHT) +
           rect(24, 22, 22, 8, WHT, 1) + line(27, 22, 27, 28, 1.2, GRY) + line(35, 22, 35, 28, 1.2, GRY) +
           line(43, 22, 43, 28, 1.2, GRY))
    return (hat + path("M4,56 L48,40 C58,38 66,40 68,44 L30,62 L4,62 Z", LGRY) +
            g(rect(-20, -5, 24, 10, DGRY, 3), circle(-14, 0, 1.2, LGRY), circle(-6, 0, 1.2, LGRY),
              t="translate(6,60) rotate(-12)"))


@pic("snijplank", "cutting board (snijplank)", "snijplank, snijplaat, cutting board, chopping board")
def _():
    return (rect(4, 14, 60, 44, "#C19A6B", 5) + circle(56, 24, 3.5, WHT) + line(12, 22, 12, 50, 1, "#8D6E4A") +
            line(40, 22, 40, 50, 1, "#8D6E4A") + path("M22,40 L44,34 L48,36 L26,44 Z", LGRY) + rect(14, 40, 10, 5, DGRY, 2))


@pic("combisteamer", "combi steamer oven with glass door and control panel (combisteamer)",
     "combisteamer, combi-oven, steamer, stoomoven, combi steamer")
def _():
    return (rect(4, 12, 64, 54, LGRY, 3) + rect(10, 18, 40, 42, "#3A4A5A", 3) + line(14, 28, 46, 28, 1.5, GRY) +
            line(14, 38, 46, 38, 1.5, GRY) + line(14, 48, 46, 48, 1.5, GRY) + rect(54, 18, 10, 14, "#2D3E50", 1) +
            circle(59, 42, 4, WHT) + rect(48, 30, 4, 18, DGRY, 2) +
            path("M22,10 C18,6 24,4 22,0", extra=f'stroke="{GRY}" stroke-width="2"') +
            path("M34,10 C30,6 36,4 34,0", extra=f'stroke="{GRY}" stroke-width="2"'))


@pic("frituurpan", "deep fryer with basket in hot oil (frituurpan)", "frituurpan, friteuse, deep fryer, frituur, olie")
def _():
    return (rect(6, 30, 48, 34, LGRY, 3) + rect(10, 34, 40, 8, "#E1AD01", 1) +
            rect(14, 24, 32, 18, "none", 1) + "".join(line(18 + i * 6, 24, 18 + i * 6, 42, 1) for i in range(5)) +
            line(46, 26, 68, 16, 4) + rect(8, 50, 12, 6, DGRY, 1) + circle(44, 54, 3, RED))


@pic("afzuigkap", "kitchen extractor hood sucking up steam (afzuigkap)", "afzuigkap, afzuiging, wasemkap, extractor hood")
def _():
    return (rect(28, 2, 16, 16, LGRY, 0) + path("M28,18 L44,18 L64,38 L8,38 Z", LGRY) + rect(6, 38, 60, 5, GRY, 1) +
            arrow(24, 60, 26, 46, GRY, 2.5) + arrow(36, 62, 36, 46, GRY, 2.5) + arrow(48, 60, 46, 46, GRY, 2.5) +
            rect(14, 64, 44, 6, DGRY, 1))


@pic("staafmixer", "hand blender / stick blender (staafmixer)", "staafmixer, staafmixer, hand blender, stick blender, pureren")
def _():
    return (rect(26, 4, 20, 30, WHT, 8) + rect(30, 12, 12, 6, LBLU, 2) + rect(32, 34, 8, 20, LGRY, 1) +
            path("M26,54 L46,54 L44,64 L28,64 Z", LGRY) + path("M30,64 L42,64", extra='stroke-width="2.5"') +
            path("M14,40 L14,68 L58,68 L58,40", extra='stroke-width="2.5"'))


@pic("snijmachine", "meat and cheese slicer with round blade (snijmachine)", "snijmachine, vleessnijmachine, slicer, snijden")
def _():
    return (rect(4, 52, 64, 12, LGRY, 3) + circle(30, 34, 20, LGRY) + circle(30, 34, 16, "#E8E8E8") + circle(30, 34, 4, GRY) +
            path("M30,14 C44,14 52,26 50,38 L56,52 L40,52", LGRY) + rect(50, 34, 16, 18, WHT, 2) + line(58, 34, 60, 24, 3))


@pic("frituren", "deep-frying: fries in a basket in bubbling oil (frituren)", "frituren, frituren, deep-fry, friet bakken")
def _():
    fries = "".join(rect(20 + i * 6, 22 + (i % 2) * 4, 4, 20, "#F9D56E", 0, 'stroke-width="1"') for i in range(5))
    bubbles = "".join(circle(x, y, 2, "none", 'stroke-width="1.2"') for x, y in ((16, 50), (28, 54), (44, 50), (54, 56), (36, 58)))
    return (path("M6,46 L66,46 L62,66 L10,66 Z", "#E1AD01") + bubbles + fries +
            path("M16,30 L50,30 L50,46 L16,46 Z", "none", 'stroke-width="1.5"') + line(50, 32, 68, 20, 4))


@pic("stoompijp", "steam wand of an espresso machine frothing milk in a jug (stoompijp)",
     "stoompijp, stoomstaaf, steam wand, melk opschuimen, espresso")
def _():
    return (rect(4, 2, 44, 14, LGRY, 2) + line(34, 16, 40, 44, 4, GRY) + line(34, 16, 40, 44, 1) +
            path("M26,38 L56,38 L52,68 L30,68 Z", LGRY) + path("M56,44 C66,44 66,58 54,58", extra='stroke-width="3"') +
            path("M46,32 C42,26 50,22 46,16 M54,30 C50,24 58,20 54,14", extra=f'stroke="{GRY}" stroke-width="2"') +
            path("M27,44 L55,44", extra=f'stroke="{WHT}" stroke-width="3"'))


@pic("fust", "beer keg (fust, biervat)", "fust, biervat, vat, keg, bier tappen")
def _():
    return (path("M14,10 L58,10 L58,64 L14,64 Z", LGRY) + line(14, 24, 58, 24, 3, GRY) + line(14, 50, 58, 50, 3, GRY) +
            rect(24, 4, 24, 6, GRY, 2) + rect(32, 0, 8, 6, DGRY, 1) + path("M20,8 L20,14 M52,8 L52,14", extra='stroke-width="3"'))


@pic("koolzuurfles", "CO2 gas cylinder for the beer tap, with regulator (koolzuurfles)",
     "koolzuurfles, CO2-fles, CO2 cylinder, koolzuur, tap")
def _():
    return (path("M18,22 C18,14 42,14 42,22 L42,66 L18,66 Z", GRY) + rect(18, 34, 24, 14, WHT, 1) +
            '<text x="30" y="45" text-anchor="middle" font-family="Arial" font-weight="bold" font-size="9">CO2</text>' +
            rect(26, 8, 8, 8, "#C9A227", 1) + circle(44, 10, 7, WHT) + line(44, 10, 47, 6, 1.5, RED) +
            path("M34,12 L38,12", extra='stroke-width="2.5"') + path("M50,12 C60,14 62,30 66,36", extra='stroke-width="2.5"'))


@pic("spoelbak", "stainless steel sink with tap (spoelbak)", "spoelbak, gootsteen, aanrecht, sink, afwas")
def _():
    return (rect(4, 32, 64, 8, LGRY, 2) + path("M12,40 L60,40 L56,62 L16,62 Z", "#C9D1D6") +
            path("M34,32 L34,12 C34,6 46,6 46,12 L46,18", extra='stroke-width="3.5"') + rect(28, 26, 12, 6, GRY, 1) +
            drop(46, 26, 0.5))


@pic("schoonmaakmiddel", "cleaning product: bottle with foam bubbles (schoonmaakmiddel)",
     "schoonmaakmiddel, reinigingsmiddel, allesreiniger, cleaning product, detergent")
def _():
    return (path("M20,24 L44,24 L48,32 L48,66 L16,66 L16,32 Z", "#4FC3F7") + rect(26, 12, 12, 12, WHT, 2) +
            rect(22, 38, 20, 16, WHT, 1) + circle(32, 46, 4, "#4FC3F7", 'stroke-width="1"') +
            circle(54, 18, 6, WHT) + circle(62, 28, 4, WHT) + circle(52, 32, 3, WHT) + circle(60, 10, 3, WHT))


@pic("ontvettingsmiddel", "degreaser: orange spray bottle spraying a greasy pan, corrosive label",
     "ontvettingsmiddel, ontvetter, degreaser, vetoplosser, bijtend, spray")
def _():
    return (path("M8,34 L28,34 L30,66 L6,66 Z", ORA) + path("M10,34 L12,22 L24,22 L26,34 Z", WHT) +
            path("M24,22 L34,20 L34,26 L26,28", WHT) + line(20, 30, 20, 38, 3) +
            g(rect(-7, -7, 14, 14, WHT, 0, f'stroke="{RED}" stroke-width="2"'), path("M-3,2 L3,2 M-4,-2 L0,-5", extra='stroke-width="1.5"'),
              t="translate(18,52) rotate(45)") +
            "".join(circle(40 + i * 4, 22 + (i % 2) * 3, 1.6, WHT, 'stroke-width="1"') for i in range(5)) +
            path("M38,46 L68,46 L64,58 L42,58 Z", DGRY) +
            "".join(f'<ellipse cx="{x}" cy="46" rx="4" ry="2" fill="#E1AD01" stroke="#000" stroke-width="1"/>' for x in (46, 56, 62)))


# ------------------------------------------------------------------ cleaning


def _bottle(x, y, fill, label=WHT):
    return (path(f"M{x + 4},{y + 10} L{x + 20},{y + 10} L{x + 24},{y + 18} L{x + 24},{y + 50} L{x},{y + 50} L{x},{y + 18} Z", fill) +
            rect(x + 8, y, 8, 10, WHT, 1) + rect(x + 3, y + 24, 18, 16, label, 1))


def _diamond(cx, cy, r, inner=""):
    return g(path(f"M{cx},{cy - r} L{cx + r},{cy} L{cx},{cy + r} L{cx - r},{cy} Z", WHT, f'stroke="{RED}" stroke-width="{max(1.5, r / 5)}"'), inner)


@pic("etiket", "product label with hazard pictogram on a cleaning bottle (etiket)",
     "etiket, label, productetiket, gevarenetiket, veiligheidsinformatie")
def _():
    return (_bottle(20, 6, "#90CAF9", WHT) + rect(8, 24, 56, 40, WHT, 3, 'stroke-width="2.5"') +
            _diamond(22, 38, 9, line(22, 34, 22, 40, 2.5) + circle(22, 43, 0.8, BLK)) +
            line(36, 32, 58, 32, 2, GRY) + line(36, 38, 58, 38, 2, GRY) + line(36, 44, 54, 44, 2, GRY) +
            line(14, 54, 58, 54, 2, GRY) + line(14, 59, 50, 59, 2, GRY))


@pic("etiket-bak", "date label stuck on a food container (etiket)",
     "etiket, sticker, datumetiket, label, bak, voedsel")
def _():
    return (path("M6,28 L66,28 L62,64 L10,64 Z", "rgba(220,240,255,0.9)") + rect(4, 22, 64, 8, LBLU, 2) +
            path("M16,40 C22,36 30,44 36,40 C42,36 50,44 56,40", extra=f'stroke="{ORA}" stroke-width="3"') +
            rect(20, 44, 32, 16, WHT, 1, 'stroke-width="2.5"') + line(24, 49, 48, 49, 1.5, GRY) + line(24, 55, 42, 55, 1.5, GRY) +
            g(rect(0, 0, 10, 9, WHT, 1), rect(0, 0, 10, 3, RED), t="translate(54,6)"))


@pic("etiket-doos", "label with barcode on top of a cardboard box (etiket)",
     "etiket, label, verzendetiket, barcode, doos, sticker")
def _():
    bars = "".join(line(28 + i * 2.2, 30, 28 + i * 2.2, 38, 1.2 if i % 3 else 2) for i in range(9))
    return (path("M6,30 L36,18 L66,30 L36,42 Z", "#D9A066") + path("M6,30 L36,42 L36,68 L6,56 Z", "#C19A6B") +
            path("M66,30 L36,42 L36,68 L66,56 Z", "#A57939") +
            path("M22,26 L40,19 L52,24 L34,31 Z", WHT, 'stroke-width="1.5"') +
            g(bars, t="translate(36,24) rotate(-22) scale(0.8) translate(-36,-34)"))


@pic("kapotte-handschoen", "torn work glove with a hole (handschoen kapot)",
     "kapotte handschoen, gescheurde handschoen, torn glove, kapot, nieuwe handschoenen")
def _():
    return (glove(18, 58, 1.25, ORA, GRY) + path("M30,30 L34,24 L38,32 L42,26 L44,36 L38,40 L32,38 Z", SKIN, 'stroke-width="2"') +
            path("M34,44 L38,50 L36,54", extra='stroke-width="1.5"') +
            cross(60, 14, 0.8))


@pic("gevarensymbolen", "hazard pictograms: a row of red diamonds (gevarensymbool)",
     "gevarensymbool, gevarensymbolen, hazard pictogram, GHS, CLP, etiket")
def _():
    sk = g(circle(0, -2, 3.5, BLK), line(-5, 4, 5, 8, 2), line(-5, 8, 5, 4, 2))
    return (_diamond(20, 20, 15, flame(20, 27, 0.5, BLK, BLK)) +
            _diamond(52, 20, 15, g(sk, t="translate(52,20)")) +
            _diamond(20, 52, 15, line(20, 44, 20, 54, 3.5) + circle(20, 58, 1.5, BLK)) +
            _diamond(52, 52, 15, path("M44,50 L50,50 L48,56 M54,46 L60,46 L58,52", extra='stroke-width="2"') +
                     path("M44,60 L60,60", extra='stroke-width="2.5"')))


@pic("chloor", "chlorine bleach bottle with corrosive symbol (chloor)",
     "chloor, bleek, bleekmiddel, chlorine, bleach, bijtend")
def _():
    return (path("M16,18 L42,18 L44,24 C60,24 64,34 56,40 L50,40 L50,66 L12,66 L12,28 Z", WHT) +
            rect(22, 8, 14, 10, BLU, 2) + rect(16, 38, 30, 24, "#E3F2FD", 1) +
            _diamond(31, 50, 10, path("M25,48 L29,48 M33,46 L37,46", extra='stroke-width="1.5"') + line(25, 54, 37, 54, 2)))


@pic("meng-nooit-chloor", "never mix bleach with other cleaning products (prohibition)",
     "meng nooit chloor, niet mengen, chloor, never mix bleach, verboden, giftig gas")
def _():
    inner = (_bottle(14, 18, WHT, "#E3F2FD") + _bottle(36, 18, "#4FC3F7", WHT))
    return prohibition(g(inner, t="translate(36,36) scale(0.72) translate(-36,-40)"))


@pic("mengen", "mixing: pouring cleaning product into a bucket of water (mengen, verdunnen)",
     "mengen, verdunnen, mixing, dosering, emmer, schoonmaakmiddel")
def _():
    return (path("M12,40 L52,40 L48,68 L16,68 Z", LBLU) + path("M10,40 C10,32 54,32 54,40", extra='stroke-width="2"') +
            g(_bottle(0, 0, "#4FC3F7"), t="translate(46,4) rotate(120) scale(0.6) translate(-12,-25)") +
            line(38, 22, 34, 40, 3, "#4FC3F7") + arrow(62, 50, 62, 66, BLK, 2))


@pic("luchten", "airing a room: open window with fresh air flowing in (luchten, ventileren)",
     "luchten, ventileren, raam open, ventilate, frisse lucht")
def _():
    return (rect(4, 4, 40, 64, "#DDF1FF", 1) + rect(4, 4, 40, 64) + line(24, 4, 24, 68, 2) +
            path("M44,4 L62,12 L62,62 L44,68 Z", "#B8E0FF") +
            path("M8,24 C18,18 26,30 38,24", extra=f'stroke="{BLU}" stroke-width="2.5"') +
            path("M8,40 C18,34 26,46 38,40", extra=f'stroke="{BLU}" stroke-width="2.5"') +
            path("M34,20 L39,24 L34,28 M34,36 L39,40 L34,44", extra=f'stroke="{BLU}" stroke-width="2.5"'))


@pic("ontkalker", "descaler bottle with limescale on a tap (ontkalker)", "ontkalker, kalkoplosser, descaler, kalk, kraan")
def _():
    return (_bottle(4, 14, "#F48FB1") + path("M40,30 L40,18 C40,12 52,12 52,18 L52,22", extra='stroke-width="3.5"') +
            rect(34, 30, 12, 6, LGRY, 1) + "".join(circle(x, y, 2, WHT, 'stroke-width="0.8"') for x, y in ((38, 24), (42, 14), (50, 16), (47, 22))) +
            path("M38,52 L62,52 L60,64 L40,64 Z", LGRY))


def _cloth(x, y, fill):
    return path(f"M{x},{y} L{x + 22},{y - 4} L{x + 26},{y + 18} L{x + 4},{y + 22} Z", fill) + \
        path(f"M{x + 4},{y + 6} L{x + 22},{y + 3}", extra='stroke-width="1" stroke-dasharray="2 2"')


def _bucket(x, y, fill, s=1.0):
    return g(path("M-12,0 L12,0 L9,20 L-9,20 Z", fill), path("M-12,0 C-12,-10 12,-10 12,0", extra='stroke-width="1.5"'),
             t=f"translate({x},{y}) scale({s})")


@pic("kleurcode", "colour code: red, yellow, blue and green cloths and buckets (kleurcode)",
     "kleurcode, kleurcodering, colour code, doekjes, emmers, rood geel blauw groen")
def _():
    return (_cloth(4, 10, RED) + _cloth(38, 10, YEL) + _bucket(18, 44, BLU) + _bucket(52, 44, "#43A047"))


def _toilet(x, y, s=1.0):
    return g(rect(-10, -26, 14, 14, WHT, 2), path("M-14,-12 L14,-12 C14,0 6,6 0,6 L-6,6 C-12,4 -14,-4 -14,-12 Z", WHT),
             rect(-7, 6, 12, 8, WHT, 1), t=f"translate({x},{y}) scale({s})")


def _basin(x, y, s=1.0):
    return g(path("M-18,-6 L18,-6 C18,8 10,12 0,12 C-10,12 -18,8 -18,-6 Z", WHT), rect(-3, 12, 6, 14, WHT),
             path("M0,-6 L0,-16 C0,-20 8,-20 8,-16", extra='stroke-width="2.5"'), t=f"translate({x},{y}) scale({s})")


def _desk(x, y, s=1.0):
    return g(rect(-20, -4, 40, 5, BRN), line(-17, 1, -17, 20, 3), line(17, 1, 17, 20, 3),
             rect(-12, -22, 18, 14, DGRY, 1), rect(-10, -20, 14, 10, LBLU, 0), line(-3, -8, -3, -4, 2), t=f"translate({x},{y}) scale({s})")


def _stove(x, y, s=1.0):
    return g(rect(-18, -10, 36, 30, WHT, 2), circle(-8, -4, 4, DGRY), circle(8, -4, 4, DGRY), rect(-14, 4, 28, 12, LGRY, 1),
             path("M-12,-14 L12,-14 L10,-22 L-10,-22 Z", GRY), t=f"translate({x},{y}) scale({s})")


@pic("rood-wc", "red cloth and bucket for the toilet and urinal", "rood, wc, toilet, urinoir, kleurcode, rode doek")
def _():
    return _cloth(2, 8, RED) + _bucket(14, 52, RED, 0.8) + _toilet(50, 50, 1.3)


@pic("geel-wastafel", "yellow cloth and bucket for the washbasin and shower", "geel, wastafel, douche, kleurcode, gele doek")
def _():
    return _cloth(2, 8, YEL) + _bucket(14, 52, YEL, 0.8) + _basin(50, 38, 1.0)


@pic("blauw-kantoor", "blue cloth and bucket for the office and other rooms", "blauw, kantoor, bureau, kleurcode, blauwe doek")
def _():
    return _cloth(2, 8, BLU) + _bucket(14, 52, BLU, 0.8) + _desk(50, 44, 1.0)


@pic("groen-keuken", "green cloth and bucket for the kitchen", "groen, keuken, kleurcode, groene doek")
def _():
    return _cloth(2, 8, "#43A047") + _bucket(14, 52, "#43A047", 0.8) + _stove(50, 44, 1.0)


# ------------------------------------------------------------------ care


@pic("naaldcontainer", "yellow sharps container for used needles (naaldcontainer)",
     "naaldcontainer, naaldencontainer, sharps container, naaldenbeker, prikaccident")
def _():
    return (path("M14,22 L58,22 L54,66 L18,66 Z", YEL) + rect(12, 14, 48, 8, RED, 2) +
            g(line(0, 0, 0, 18, 2.5, GRY), rect(-3, -12, 6, 12, WHT, 1), t="translate(40,4) rotate(25)") +
            circle(36, 44, 10, "none", 'stroke-width="2"') + circle(36, 40, 3, BLK) + circle(32, 47, 3, BLK) + circle(40, 47, 3, BLK))


@pic("prikaccident", "needlestick injury: needle pricking a finger, drop of blood (prikaccident)",
     "prikaccident, prikincident, needlestick injury, naald, prikken, bloed")
def _():
    return (path("M6,56 L34,56 C40,56 42,50 38,46 L24,34 C20,30 14,34 18,38 L22,42 L6,42 Z", SKIN) +
            g(rect(-4, -30, 8, 22, "rgba(200,230,250,0.9)", 1), line(0, -8, 0, 6, 1.5, GRY), rect(-6, -34, 12, 4, WHT, 1),
              t="translate(46,30) rotate(-40)") + drop(38, 56, 0.7, RED) + path("M40,40 L44,36 M44,44 L50,42", extra=f'stroke="{RED}" stroke-width="2"'))


@pic("besmettelijk", "contagious: germs passing from one person to another",
     "besmettelijk, infectious, contagious, overdraagbaar, virus, bacterie")
def _():
    germ = lambda x, y: g(circle(x, y, 4, "#8BC34A"), line(x - 6, y, x + 6, y, 1), line(x, y - 6, x, y + 6, 1))
    return (head(14, 30, 9) + path("M2,66 L4,48 C6,42 22,42 24,48 L26,66 Z", BLU) +
            head(58, 30, 9) + path("M46,66 L48,48 C50,42 66,42 68,48 L70,66 Z", ORA) +
            germ(30, 26) + germ(38, 34) + germ(44, 24) + arrow(26, 40, 46, 40, RED, 2))


@pic("isolatie", "isolation: patient room door with a warning sign and protective gown (isolatie)",
     "isolatie, isolatiekamer, isolation, quarantaine, besmetting")
def _():
    return (rect(14, 4, 44, 64, "#E0E0E0", 2) + rect(20, 10, 32, 58, WHT, 1) + circle(46, 40, 2, BLK) +
            rect(24, 16, 24, 18, YEL, 2) + g(circle(36, 25, 3.5, "#8BC34A"), line(30, 25, 42, 25, 1), line(36, 19, 36, 31, 1)) +
            circle(36, 25, 8, "none", f'stroke="{RED}" stroke-width="1.5"'))


@pic("lichaamsvloeistof", "body fluids: drops of blood, urine and saliva (lichaamsvloeistof)",
     "lichaamsvloeistof, lichaamsvloeistoffen, body fluid, bloed, urine, speeksel, braaksel")
def _():
    return drop(20, 30, 2.0, RED) + drop(50, 26, 2.0, "#F9E27D") + drop(36, 54, 1.8, "#E3F2FD")


@pic("verslikken", "choking: person with both hands at the throat (verslikken)",
     "verslikken, stikken, choke, choking, keel")
def _():
    return (path("M12,70 L14,54 C16,46 56,46 58,54 L60,70 Z", BLU) +
            circle(36, 24, 16, "#F28B82") + circle(30, 20, 3, WHT) + circle(42, 20, 3, WHT) + circle(30, 20, 1.2, BLK) +
            circle(42, 20, 1.2, BLK) + path("M25,13 L32,16 M47,13 L40,16", extra='stroke-width="2"') +
            f'<ellipse cx="36" cy="31" rx="3" ry="4" fill="#8E1B16" stroke="#000" stroke-width="1.5"/>' +
            path("M16,58 L26,42 L32,42", "none", 'stroke-width="6" stroke="#FADCBC"') +
            path("M56,58 L46,42 L40,42", "none", 'stroke-width="6" stroke="#FADCBC"') +
            path("M16,58 L26,42 L32,42", "none", 'stroke-width="1"') + path("M56,58 L46,42 L40,42", "none", 'stroke-width="1"') +
            path("M8,10 L14,14 M6,20 L12,20 M64,10 L58,14 M66,20 L60,20", extra=f'stroke="{RED}" stroke-width="2.5"'))


@pic("benauwd", "short of breath: face gasping for air (benauwd)", "benauwd, kortademig, short of breath, ademnood, lucht")
def _():
    return (circle(30, 36, 22, YEL) + circle(22, 30, 2.2, BLK) + circle(36, 30, 2.2, BLK) +
            path("M24,44 C24,52 34,52 34,44 Z", "#8E1B16") + path("M18,24 L26,26 M40,26 L46,23", extra='stroke-width="2"') +
            path("M54,30 C60,30 60,36 66,36 M54,40 C60,40 60,46 66,46", extra=f'stroke="{LBLU}" stroke-width="2.5"') +
            path("M52,44 C56,46 58,50 54,54", extra='stroke-width="1.5"'))


@pic("rem", "brake: foot pressing the red brake pedal on a castor wheel (rem)", "rem, remmen, brake, wiel vastzetten, bed, rolstoel")
def _():
    return (rect(26, 6, 8, 22, GRY) + path("M18,28 L44,28 L44,36 L18,36 Z", LGRY) + circle(31, 50, 14, DGRY) + circle(31, 50, 5, LGRY) +
            path("M44,30 L64,22 L66,28 L46,36 Z", RED) + path("M50,6 C56,4 66,8 66,16 L58,22 C54,18 50,16 48,14 Z", SKIN) + arrow(70, 4, 70, 18, BLK, 2))


def _bed(up=False):
    return (rect(6, 40, 60, 8, WHT, 2) + rect(6, 34, 16, 6, LBLU, 3) + line(8, 48, 8, 62, 3) + line(64, 48, 64, 62, 3) +
            wheel(8, 64, 3) + wheel(64, 64, 3) + line(4, 28, 4, 48, 3) + line(68, 32, 68, 48, 3))


@pic("hoog-laagbed", "height-adjustable care bed with up and down arrows (hoog-laagbed)",
     "hoog-laagbed, hooglaagbed, height-adjustable bed, zorgbed, verstelbaar bed")
def _():
    return _bed() + arrow(36, 28, 36, 6, GRN, 3) + arrow(36, 52, 36, 70, GRN, 3) + line(30, 48, 42, 58, 3) + line(42, 48, 30, 58, 3)


@pic("bedhek", "bed rail on the side of a care bed (bedhek)", "bedhek, bedrail, bed rail, cot side, valpreventie, zorgbed")
def _():
    rail = rect(16, 26, 44, 14, "none", 3, f'stroke="{BLU}" stroke-width="3"') + "".join(line(24 + i * 9, 26, 24 + i * 9, 40, 2.5, BLU) for i in range(4))
    return _bed() + rail


@pic("antislipmat", "non-slip mat with grip pattern under a foot (antislipmat)", "antislipmat, antislip mat, non-slip mat, douche, vallen")
def _():
    dots = "".join(circle(12 + (i % 7) * 8, 52 + (i // 7) * 7, 1.8, "#0D47A1", 'stroke="none"') for i in range(14))
    return (path("M4,48 L68,48 L68,66 L4,66 Z", "#64B5F6") + dots +
            path("M30,46 C26,30 30,12 40,12 C48,12 50,22 48,30 L50,46 Z", SKIN))


@pic("glijzeil", "slide sheet under a person on the bed, arrows show sliding (glijzeil)",
     "glijzeil, glijlaken, slide sheet, verplaatsen in bed, transfer")
def _():
    return (rect(4, 46, 64, 8, WHT, 2) + line(6, 54, 6, 64, 3) + line(66, 54, 66, 64, 3) +
            path("M10,40 L62,40 L62,46 L10,46 Z", "#4FC3F7") + head(14, 32, 6) + rect(20, 28, 36, 12, BLU, 6) +
            arrow(20, 14, 50, 14, GRN, 3))


def _hoist_frame():
    return (line(14, 62, 58, 62, 4, GRY) + wheel(14, 66, 3) + wheel(58, 66, 3) + line(20, 62, 20, 8, 4, GRY) +
            line(20, 8, 52, 14, 4, GRY) + line(52, 14, 52, 22, 2))


@pic("tillift", "mobile patient hoist lifting a person in a sling (tillift)",
     "tillift, passieve tillift, patient hoist, patient lift, tilband")
def _():
    return (_hoist_frame() + line(44, 22, 60, 22, 3) + line(44, 22, 40, 40, 1.5) + line(60, 22, 64, 40, 1.5) +
            path("M38,36 L66,36 C66,50 40,54 38,36 Z", "#4FC3F7") + head(50, 30, 5) + line(56, 46, 64, 56, 4))


@pic("tilband", "hoist sling (tilband)", "tilband, tilzak, hoist sling, tillift")
def _():
    return (path("M10,14 C14,40 26,60 36,62 C46,60 58,40 62,14 C52,22 20,22 10,14 Z", "#4FC3F7") +
            "".join(circle(x, y, 3, "none", 'stroke-width="2"') for x, y in ((10, 10), (62, 10), (18, 30), (54, 30))) +
            line(16, 40, 56, 40, 1.5, BLU))


@pic("stalift", "standing hoist: sit-to-stand lift with the person standing (stalift)",
     "stalift, actieve tillift, standing hoist, sit-to-stand, opstaan")
def _():
    return (line(14, 62, 50, 62, 4, GRY) + wheel(14, 66, 3) + wheel(50, 66, 3) + rect(22, 52, 16, 6, LGRY, 1) +
            line(30, 62, 40, 16, 4, GRY) + line(40, 16, 52, 20, 3, GRY) +
            head(50, 20, 5) + line(50, 26, 48, 42, 5, BLU) + line(48, 42, 34, 52, 3.5) + line(34, 52, 32, 54, 3.5) +
            path("M44,28 C40,32 40,38 46,38 L52,38", extra=f'stroke="#4FC3F7" stroke-width="4"'))


@pic("aanreiken", "handing medicine to a client: hand gives a medicine cup to another hand (aanreiken)",
     "aanreiken, medicatie geven, hand medicine, medicijnbekertje, overhandigen")
def _():
    return (path("M2,48 L22,44 L30,44 C34,44 34,50 30,50 L22,50 L22,58 L2,60 Z", SKIN) +
            path("M26,30 L40,30 L38,44 L28,44 Z", WHT) + circle(30, 28, 2, RED) + circle(35, 27, 2, "#4FC3F7") +
            path("M70,46 L52,42 L44,44 C40,46 40,52 44,52 L52,52 L52,60 L70,60 Z", "#C68642"))


@pic("medicijnzakje", "medicine pouch from the pharmacy roll (medicijnzakje)",
     "medicijnzakje, baxterzakje, medicijnrol, medicine pouch, apotheek")
def _():
    out = ""
    for i in range(3):
        x = 4 + i * 22
        out += rect(x, 18, 20, 36, "rgba(220,240,255,0.9)", 2) + line(x, 26, x + 20, 26, 1, GRY)
        out += circle(x + 7, 40, 3, RED) + circle(x + 13, 46, 3, "#4FC3F7") + f'<ellipse cx="{x + 11}" cy="36" rx="4" ry="2.2" fill="#FFF" stroke="#000" stroke-width="1"/>'
    return out + line(4, 56, 68, 56, 1.5, "#999") + line(4, 16, 68, 16, 1.5, "#999")


@pic("aftekenlijst", "medication sign-off list: table with ticks and initials (aftekenlijst)",
     "aftekenlijst, toedienlijst, medication administration record, MAR, lijst")
def _():
    out = rect(6, 4, 54, 62, WHT, 2)
    for r in range(5):
        y = 12 + r * 11
        out += line(10, y + 5, 26, y + 5, 2, GRY) + rect(30, y, 8, 8, WHT, 1) + rect(44, y, 8, 8, WHT, 1)
        if r < 3:
            out += check(34, y + 4, 0.4) + check(48, y + 4, 0.4)
    return out + g(rect(-3, -22, 6, 26, BLU, 1) + path("M-3,4 L0,10 L3,4 Z", SKIN), t="translate(60,56) rotate(30)")


@pic("dosis", "dose: medicine measuring cup filled to the line, with pills (dosis)",
     "dosis, dosering, dose, hoeveelheid, maatbeker")
def _():
    return (path("M14,14 L44,14 L40,62 L18,62 Z", "rgba(220,240,255,0.9)") + path("M16,36 L42,36 L40,62 L18,62 Z", "#F48FB1") +
            "".join(line(14 + 2 * (i / 5), 20 + i * 8, 22, 20 + i * 8, 1.5) for i in range(5)) +
            line(12, 36, 46, 36, 2, RED) + f'<ellipse cx="56" cy="30" rx="8" ry="4" fill="#FFF" stroke="#000" stroke-width="1.5"/>' +
            f'<ellipse cx="56" cy="44" rx="8" ry="4" fill="#FFF" stroke="#000" stroke-width="1.5"/>')


@pic("bijwerking", "side effect: pill, then a sick face (bijwerking)", "bijwerking, bijwerkingen, side effect, misselijk, medicijn")
def _():
    return (g(rect(-14, -6, 28, 12, WHT, 6), path("M0,-6 L0,6", extra='stroke-width="1.5"'),
              f'<path d="M0,-6 L8,-6 A6,6 0 0 1 8,6 L0,6 Z" fill="{LRED}" stroke="#000" stroke-width="2"/>', t="translate(16,18) rotate(-30)") +
            arrow(24, 30, 36, 40, BLK, 2.5) + circle(50, 50, 18, "#B5D96A") + circle(44, 46, 2, BLK) + circle(56, 46, 2, BLK) +
            path("M42,58 C46,54 54,54 58,58", extra='stroke-width="2"') + path("M60,28 C62,32 66,32 66,28", extra='stroke-width="1.5"'))


@pic("medicatiefout", "medication error: wrong pill with a red cross (medicatiefout)",
     "medicatiefout, medicatie-incident, medication error, fout, verkeerde pil")
def _():
    return (rect(6, 14, 40, 50, WHT, 3) + rect(10, 6, 32, 10, LGRY, 2) + circle(20, 34, 4, "#4FC3F7") + circle(32, 34, 4, "#4FC3F7") +
            circle(20, 48, 4, "#4FC3F7") + circle(32, 48, 4, RED) + circle(32, 48, 9, "none", f'stroke="{RED}" stroke-width="2"') +
            circle(56, 22, 12, RED) + cross(56, 22, 0.6, WHT))


@pic("insuline", "insulin pen injector (insuline)", "insuline, insulinepen, insulin, insulin pen, diabetes, spuiten")
def _():
    return g(rect(-30, -7, 52, 14, WHT, 7), rect(-8, -7, 20, 14, "#FF8A65", 0), rect(-30, -7, 52, 14, "none", 7),
             rect(22, -5, 8, 10, GRY, 2), line(30, 0, 40, 0, 1.5), rect(-38, -5, 8, 10, DGRY, 2), rect(-4, -4, 10, 8, "#E0F7FA", 1),
             t="translate(36,36) rotate(-35)")


@pic("snijwond", "cut wound: finger with a cut and a drop of blood (snijwond)", "snijwond, snee, cut, wound, bloeden, mes")
def _():
    return (path("M18,66 L18,22 C18,12 34,12 34,22 L34,66 Z", SKIN) + path("M20,38 L32,32", extra=f'stroke="{RED}" stroke-width="3"') +
            drop(40, 44, 1.0, RED) + drop(46, 58, 0.7, RED) + path("M22,20 C24,16 28,16 30,20 L30,24 L22,24 Z", "#FFE9D6", 'stroke-width="1"'))


# ------------------------------------------------------------------ one recipe, one picture per word
# Words that one recipe holds together (decks/veiligheid.yaml) and that showed the same picture:
# each gets its own, still showing that thing. A phrase shows a person saying it: a speech bubble
# with the thing inside (as 'pas-op').


def _saying(inner: str, face: str = YEL, mouth: str = "open") -> str:
    """A face bottom left that says what the speech bubble top right holds."""
    mouths = {"open": path("M13,48 C13,56 23,56 23,48 Z", "#8E1B16"),
              "small": circle(18, 50, 2.6, "#8E1B16"),
              "wavy": path("M12,51 C14,48 16,54 18,51 C20,48 22,54 24,51", extra='stroke-width="2"')}
    return (g(circle(18, 44, 14, face), circle(14, 40, 1.8, BLK), circle(22, 40, 1.8, BLK), mouths[mouth]) +
            speech(28, 2, 42, 36, WHT, "left") + inner)


def _inside(pid: str, x: float, y: float, scale: float) -> str:
    """Another picture of this script, scaled down and placed with its corner at (x, y)."""
    return g(PICTURES[pid][2](), t=f"translate({x},{y}) scale({scale})")


@pic("alarmnummer", "the emergency number 112 on a red sign (alarmnummer)",
     "alarmnummer, 112, noodnummer, emergency number")
def _():
    return (rect(4, 14, 64, 44, RED, 8) + rect(9, 19, 54, 34, "none", 5, f'stroke="{WHT}" stroke-width="2"') +
            '<text x="36" y="48" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" font-weight="bold" '
            f'font-size="27" fill="{WHT}">112</text>')


@pic("brand-roepen", "'Brand!': someone shouts that there is a fire (speech bubble with a flame)",
     "brand, fire, roepen, alarm, brand melden")
def _():
    return _saying(flame(49, 34, 1.05, RED, ORA))


@pic("gevaarlijk", "dangerous: a machine with a spinning saw blade and a warning sign (gevaarlijk)",
     "gevaarlijk, dangerous, gevaar, machine, zaag")
def _():
    teeth = "".join(
        f'<path d="M{28 + 17 * math.cos(a)},{40 + 17 * math.sin(a)} L{28 + 23 * math.cos(a + 0.2)},'
        f'{40 + 23 * math.sin(a + 0.2)} L{28 + 17 * math.cos(a + 0.4)},{40 + 17 * math.sin(a + 0.4)} Z" '
        f'fill="{LGRY}" stroke="#000" stroke-width="1.5" stroke-linejoin="round"/>'
        for a in [math.pi + i * 0.45 for i in range(8)])
    return (teeth + circle(28, 40, 17, LGRY) + circle(28, 40, 4, DGRY) +
            path("M22,30 C25,27 31,27 34,30", extra='stroke-width="1.5"') +
            rect(2, 40, 52, 24, GRY, 2) + rect(8, 46, 10, 6, DGRY, 1) + circle(44, 52, 4, RED) +
            small_warning(57, 20, 1.4))


@pic("waar-is-de-noodstop", "'Waar is de noodstop?': someone asks where the emergency stop is",
     "waar is de noodstop, where is the emergency stop, vragen, noodstop")
def _():
    question = ('<text x="62" y="32" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" '
                f'font-weight="bold" font-size="22" fill="{BLU}">?</text>')
    return _saying(_inside("noodstop", 30, 5, 0.42) + question, mouth="small")


@pic("helm-op", "worker wearing a yellow hard hat (helm op)", "helm, helm op, hard hat, bouwhelm, wearing")
def _():
    return (path("M8,70 C8,54 20,48 36,48 C52,48 64,54 64,70 Z", ORA) +
            path("M26,49 L36,62 L46,49", extra='stroke-width="2"') + line(20, 58, 20, 70, 3, LGRY) +
            line(52, 58, 52, 70, 3, LGRY) + circle(36, 34, 15, SKIN) + circle(31, 35, 1.8, BLK) +
            circle(41, 35, 1.8, BLK) + path("M31,42 C34,44 38,44 41,42", extra='stroke-width="1.5"') +
            path("M16,26 C16,6 56,6 56,26 Z", YEL) + path("M32,8.5 C33,5 39,5 40,8.5 L40,24 L32,24 Z", YEL) +
            path("M10,26 C10,30 62,30 62,26 Z", YEL))


@pic("ongeluk-melden", "'Er is een ongeluk gebeurd.': someone reports an accident (speech bubble with a fallen worker)",
     "er is een ongeluk gebeurd, ongeluk melden, accident, report, melden")
def _():
    return _saying(_inside("ongeluk", 30, 4, 0.54), mouth="open")


@pic("gladde-vloer-roepen", "'Pas op, gladde vloer!': someone warns that the wet floor is slippery",
     "pas op gladde vloer, gladde vloer, natte vloer, slippery floor, waarschuwen")
def _():
    puddles = (f'<ellipse cx="14" cy="66" rx="12" ry="3" fill="{LBLU}" stroke="#000" stroke-width="1.5"/>' +
               f'<ellipse cx="40" cy="67" rx="10" ry="2.5" fill="{LBLU}" stroke="#000" stroke-width="1.5"/>')
    return _saying(_inside("glad", 32, 4, 0.5)) + puddles


@pic("ik-ben-duizelig", "'Ik ben duizelig.': a person holds their head, a spiral above it, and says so",
     "ik ben duizelig, duizelig, dizzy, zeggen, onwel")
def _():
    spiral = path("M24,14 C24,11 28,11 28,14 C28,18 21,19 20,14 C19,8 30,6 32,14 C34,22 19,25 16,16",
                  extra=f'stroke="{BLU}" stroke-width="2.5"')
    body = g(line(18, 62, 16, 70, 4) + line(26, 62, 28, 70, 4) +
             path("M14,38 L30,38 L28,62 L16,62 Z", BLU) + line(14, 40, 8, 56, 3.5) +
             path("M30,40 C36,36 34,28 28,26", extra='stroke-width="3.5"') + head(22, 30, 7),
             t="rotate(-8 22 70)")
    stars = path("M6,22 L8,26 L12,26 L9,29 L10,33 L6,31 L2,33 L3,29 L0,26 L4,26 Z", YEL, 'stroke-width="1.2"')
    return body + spiral + stars + speech(36, 6, 34, 26, WHT, "left") + (
        '<text x="53" y="26" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" '
        f'font-weight="bold" font-size="18" fill="{BLU}">!</text>')


@pic("etiket-verzending", "shipping label with address lines and a barcode, stuck on a box (etiket)",
     "etiket, label, sticker, verzendlabel, shipping label")
def _():
    box = path("M2,40 L40,30 L70,40 L70,70 L2,70 Z", "#C8955C")
    label = (g(rect(0, 0, 46, 34, WHT, 3), line(6, 8, 30, 8, 2.5), line(6, 14, 36, 14, 1.8, GRY),
               line(6, 19, 32, 19, 1.8, GRY),
               "".join(line(8 + i * 2.6, 24, 8 + i * 2.6, 30, 1.2 + (i % 3 == 0), BLK) for i in range(12)),
               path("M38,34 L46,26 L46,34 Z", LGRY, 'stroke-width="1.5"'), t="translate(14,8) rotate(-6)"))
    return box + line(2, 40, 70, 40, 2) + label


@pic("tafel-dekken", "setting the table: a hand puts a plate down between fork and knife, a glass behind (dekken)",
     "dekken, tafel dekken, set the table, bord, bestek, glas")
def _():
    return (rect(2, 50, 68, 6, BRN, 1) + line(8, 56, 8, 70, 3) + line(64, 56, 64, 70, 3) +
            f'<ellipse cx="36" cy="48" rx="14" ry="3" fill="{WHT}" stroke="#000" stroke-width="2"/>' +
            line(16, 49, 16, 40, 2) + path("M14,40 L14,44 M16,40 L16,44 M18,40 L18,44", extra='stroke-width="1.2"') +
            path("M56,49 L56,40 C59,41 59,45 56,46", extra='stroke-width="2"') +
            path("M46,30 L54,30 L53,46 L47,46 Z", "#E3F2FD", 'stroke-width="1.5"') +
            f'<ellipse cx="36" cy="30" rx="13" ry="3" fill="{WHT}" stroke="#000" stroke-width="2"/>' +
            path("M22,24 C26,18 34,18 38,22 L50,22 C52,22 52,26 50,26 L38,27", SKIN) +
            arrow(36, 34, 36, 42, GRN, 2.5))


@pic("slijptol", "angle grinder seen from the side: cutting disc upright under its guard, side handle (slijptol)",
     "slijptol, haakse slijper, flex, angle grinder, doorslijpen, beschermkap")
def _():
    # Not 'haakse-slijper' (the same tool lying down) nor 'slijpen' (grinding, sparks flying).
    disc = (circle(48, 46, 19, LGRY) + circle(48, 46, 13, "#4A90C8") + circle(48, 46, 4, WHT) +
            path("M27,46 C27,30 38,22 48,22 C60,22 69,32 69,42 L63,42 C63,34 56,28 48,28 C40,28 33,34 33,46 Z", DGRY))
    body = (rect(2, 20, 36, 16, ORA, 8) + "".join(line(8 + i * 4, 24, 8 + i * 4, 32, 1.5, BRN) for i in range(4)) +
            rect(34, 16, 16, 22, DGRY, 3) + line(42, 16, 42, 4, 5) + line(42, 16, 42, 4, 2.5, GRY))
    return body + disc


@pic("verlengsnoer", "extension cord: plug on one end, a socket block on the other (verlengsnoer)",
     "verlengsnoer, verlengkabel, extension cord, stekker, stopcontact")
def _():
    return (rect(4, 14, 16, 12, LGRY, 3) + line(20, 17, 27, 17, 2.5) + line(20, 23, 27, 23, 2.5) +
            path("M4,20 C-2,30 6,46 24,46 C40,46 38,30 52,34", extra='stroke-width="3"') +
            rect(38, 34, 32, 26, WHT, 5) + circle(47, 47, 7, LGRY) + circle(61, 47, 7, LGRY) +
            circle(45, 47, 1.3, BLK) + circle(49, 47, 1.3, BLK) + circle(59, 47, 1.3, BLK) + circle(63, 47, 1.3, BLK))


@pic("werkvak", "work zone at the road: cones and a barrier tape around a worker in an orange vest (werkvak)",
     "werkvak, werkzone, work zone, afgezet, pionnen, langs de weg")
def _():
    def cone(x):
        return (path(f"M{x - 3},{46} L{x + 3},{46} L{x + 8},{64} L{x - 8},{64} Z", ORA) +
                path(f"M{x - 5},{54} L{x + 5},{54} L{x + 6},{58} L{x - 6},{58} Z", WHT, 'stroke-width="1"'))
    tape = "".join(line(10 + i * 6.5, 47, 13 + i * 6.5, 47, 3, RED) for i in range(8))
    return (rect(0, 64, 72, 8, DGRY, 0) + "".join(line(6 + i * 16, 68, 14 + i * 16, 68, 2, WHT) for i in range(5)) +
            line(10, 47, 62, 47, 3, WHT) + tape +
            person(36, 64, 1.0, BLU, helmet=True, vest=ORA) + cone(10) + cone(62))


# ------------------------------------------------------------------ writing


def _esc(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;")


if __name__ == "__main__":  # a preview; fetch_library.py writes the library
    from fetch_library import svg_of

    dest = Path(sys.argv[1])
    dest.mkdir(parents=True, exist_ok=True)
    for pid, (title, _keywords, fn) in PICTURES.items():
        (dest / f"{pid}.svg").write_text(svg_of(title, fn()))
    print(f"{len(PICTURES)} pictures in {dest}", file=sys.stderr)
