#!/usr/bin/env python3
"""Pictograms drawn for vaktaal by the werkvloer-groen group (sectors werkvloer, schoonmaak, groen).

Same style and licence as ``draw_vaktaal.py`` (CC0-1.0, viewBox 0 0 72 72, black outlines of
width ~2 with round joins, 2-4 flat colours from the OpenMoji palette). The building blocks
(path, rect, person, speech, ...) are imported read-only from ``draw_vaktaal.py``.

    python scripts/picture_library/fetch_library.py --only vaktaal   # redraw them all into the library
    python scripts/picture_library/draw_vaktaal_werkvloer-groen.py OUTDIR   # a preview of this script's pictures

An id drawn by two scripts stops fetch_library.py.
"""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GROUP = "werkvloer-groen"

_spec = importlib.util.spec_from_file_location("_draw_vaktaal_base", HERE / "draw_vaktaal.py")
_base = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_base)

path, rect, circle, line, poly, g = _base.path, _base.rect, _base.circle, _base.line, _base.poly, _base.g
check, cross, head, hardhat, person = _base.check, _base.cross, _base.head, _base.hardhat, _base.person
speech, document, drop, arrow, wheel, glove = _base.speech, _base.document, _base.drop, _base.arrow, _base.wheel, _base.glove
YEL, ORA, RED, LRED, BLU, LBLU = _base.YEL, _base.ORA, _base.RED, _base.LRED, _base.BLU, _base.LBLU
GRN, LGRN, GRY, LGRY, DGRY, BRN = _base.GRN, _base.LGRN, _base.GRY, _base.LGRY, _base.DGRY, _base.BRN
SKIN, WHT, BLK = _base.SKIN, _base.WHT, _base.BLK
DGRN = "#2F7C3F"      # dark leaf green (used in draw_vaktaal.py for grass)
SOIL = "#8B5A2B"      # soil brown
DBRN = "#6B4A1F"
PINK = "#F48FB1"
CHROME = "#C8CED3"

PICTURES: dict = {}


def pic(pid: str, title: str, keywords: str):
    def deco(fn):
        if pid in PICTURES:
            raise SystemExit(f"duplicate id {pid}")
        PICTURES[pid] = (title, [k.strip() for k in keywords.split(",") if k.strip()], fn)
        return fn
    return deco


# ------------------------------------------------------------------ extra building blocks


def txt(x, y, s, size=14, fill=BLK, weight="bold", anchor="middle") -> str:
    return (f'<text x="{x}" y="{y}" text-anchor="{anchor}" font-family="Arial,Helvetica,sans-serif" '
            f'font-weight="{weight}" font-size="{size}" fill="{fill}">{s}</text>')


def qmark(x, y, size=16, fill=BLU) -> str:
    """A question mark whose baseline is at y."""
    return txt(x, y, "?", size, fill)


def tube(d: str, color: str, w: float = 6) -> str:
    """A thick outlined stroke (handle, pipe, hose): black outline with a coloured core."""
    return (f'<path d="{d}" fill="none" stroke="#000" stroke-width="{w + 3}" stroke-linecap="round" stroke-linejoin="round"/>'
            f'<path d="{d}" fill="none" stroke="{color}" stroke-width="{w}" stroke-linecap="round" stroke-linejoin="round"/>')


def sparkle(x, y, s=1.0, fill=YEL) -> str:
    r, q = 7 * s, 2 * s
    return path(f"M{x},{y - r} Q{x + q},{y - q} {x + r},{y} Q{x + q},{y + q} {x},{y + r} "
                f"Q{x - q},{y + q} {x - r},{y} Q{x - q},{y - q} {x},{y - r} Z", fill, 'stroke-width="1.5"')


def face(cx, cy, r, mood="smile", fill=YEL) -> str:
    e = r * 0.32
    out = circle(cx, cy, r, fill)
    if mood in ("smile", "happy", "sad", "neutral", "sick", "ask"):
        out += circle(cx - e, cy - r * 0.22, r * 0.09 + 0.6, BLK) + circle(cx + e, cy - r * 0.22, r * 0.09 + 0.6, BLK)
    m = r * 0.45
    if mood == "smile":
        out += path(f"M{cx - m},{cy + r * 0.2} Q{cx},{cy + r * 0.62} {cx + m},{cy + r * 0.2}", extra='stroke-width="2"')
    elif mood == "happy":
        out += path(f"M{cx - m},{cy + r * 0.15} Q{cx},{cy + r * 0.75} {cx + m},{cy + r * 0.15} Z", "#8E1B16", 'stroke-width="1.5"')
    elif mood == "sad":
        out += path(f"M{cx - m},{cy + r * 0.5} Q{cx},{cy + r * 0.15} {cx + m},{cy + r * 0.5}", extra='stroke-width="2"')
    elif mood == "neutral" or mood == "ask":
        out += line(cx - m * 0.7, cy + r * 0.38, cx + m * 0.7, cy + r * 0.38, 2)
    elif mood == "sick":
        out += path(f"M{cx - m},{cy + r * 0.45} q{m / 2},-{r * 0.2} {m},0 q{m / 2},{r * 0.2} {m},0", extra='stroke-width="2"')
    return out


def clock(cx, cy, r, h=10, m=0, fill=WHT, wedge=None, wedge_fill=LRED) -> str:
    """Analogue clock; wedge=(from_minute, to_minute) colours a sector of the dial."""
    out = circle(cx, cy, r, fill)
    if wedge:
        a1 = math.radians(wedge[0] * 6 - 90)
        a2 = math.radians(wedge[1] * 6 - 90)
        large = 1 if (wedge[1] - wedge[0]) % 60 > 30 else 0
        out += (f'<path d="M{cx},{cy} L{cx + r * math.cos(a1):.1f},{cy + r * math.sin(a1):.1f} '
                f'A{r},{r} 0 {large} 1 {cx + r * math.cos(a2):.1f},{cy + r * math.sin(a2):.1f} Z" fill="{wedge_fill}" '
                f'stroke="none"/>')
        out += circle(cx, cy, r, "none")
    for i in range(12):
        a = math.radians(i * 30)
        r1 = r * (0.78 if i % 3 == 0 else 0.86)
        out += line(round(cx + r1 * math.sin(a), 1), round(cy - r1 * math.cos(a), 1),
                    round(cx + r * 0.95 * math.sin(a), 1), round(cy - r * 0.95 * math.cos(a), 1), 1.5 if i % 3 else 2)
    ha = math.radians((h % 12) * 30 + m * 0.5)
    ma = math.radians(m * 6)
    out += line(cx, cy, round(cx + r * 0.5 * math.sin(ha), 1), round(cy - r * 0.5 * math.cos(ha), 1), 3)
    out += line(cx, cy, round(cx + r * 0.75 * math.sin(ma), 1), round(cy - r * 0.75 * math.cos(ma), 1), 2)
    return out + circle(cx, cy, 1.5, BLK)


def calendar(x, y, w, h, band=RED) -> str:
    return (rect(x, y, w, h, WHT, 3) + f'<rect x="{x + 1}" y="{y + 1}" width="{w - 2}" height="{h * 0.22:.1f}" fill="{band}"/>' +
            rect(x, y, w, h, "none", 3) + line(x + w * 0.28, y - 3, x + w * 0.28, y + 4, 3) +
            line(x + w * 0.72, y - 3, x + w * 0.72, y + 4, 3))


def week(x, y, w, h, colours: dict, days=7) -> str:
    """A week strip: `days` boxes, colours {index: fill}."""
    bw = w / days
    out = ""
    for i in range(days):
        out += rect(round(x + i * bw, 1), y, round(bw, 1), h, colours.get(i, WHT), 0, 'stroke-width="1.5"')
    return out


def hand(x, y, s=1.0, rot=0, fill=SKIN) -> str:
    """An open hand, fingers up, wrist centred at (x, y)."""
    d = ("M-8,0 L-8,-12 L-14,-20 C-16,-23 -12,-26 -10,-23 L-7,-19 L-7,-34 C-7,-37 -3,-37 -3,-34 L-3,-22 "
         "L-2,-38 C-2,-41 2,-41 2,-38 L2,-22 L3,-36 C3,-39 7,-39 7,-36 L7,-21 L8,-31 C8,-34 12,-34 12,-31 "
         "L12,-12 C12,-6 9,-2 9,0 Z")
    return f'<g transform="translate({x},{y}) rotate({rot}) scale({s})">' + path(d, fill) + "</g>"


def fist_thumb_up(x, y, s=1.0, fill=YEL) -> str:
    d = ("M-12,-4 L-12,14 L10,14 C14,14 16,10 15,6 L14,-2 C13,-6 10,-8 6,-8 L0,-8 L2,-20 C2,-26 -6,-26 -6,-20 "
         "L-8,-6 Z")
    return (f'<g transform="translate({x},{y}) scale({s})">' + path(d, fill) + rect(-18, -6, 6, 22, fill, 1) +
            line(-2, 0, 12, 0, 1.5) + line(-2, 5, 12, 5, 1.5) + line(-2, 10, 11, 10, 1.5) + "</g>")


def mug(x, y, s=1.0, fill=WHT, steam=True) -> str:
    """A mug of coffee, bottom centre at (x, y)."""
    out = (f'<g transform="translate({x},{y}) scale({s})">' +
           path("M8,-14 C14,-14 14,-4 8,-4", extra='stroke-width="2.5"') +
           path("M-9,-20 L9,-20 L8,0 L-8,0 Z", fill) + path("M-8,-17 L8,-17", extra=f'stroke="{BRN}" stroke-width="2"'))
    if steam:
        out += path("M-3,-24 C-6,-28 0,-30 -3,-34", extra='stroke-width="1.5"') + path("M3,-24 C0,-28 6,-30 3,-34", extra='stroke-width="1.5"')
    return out + "</g>"


def house(x, y, s=1.0, wall=WHT, roof=RED) -> str:
    """A house, bottom centre at (x, y), ~28 wide."""
    return (f'<g transform="translate({x},{y}) scale({s})">' + path("M-12,0 L-12,-16 L12,-16 L12,0 Z", wall) +
            path("M-16,-14 L0,-28 L16,-14 Z", roof) + rect(-4, -10, 8, 10, BRN, 1) + "</g>")


def worker(x, y, s=1.0, fill=BLU, helmet=False) -> str:
    return person(x, y, s, fill, helmet=helmet)


def tile_floor(x, y, w, h, fill="#E8E2D0", n=3) -> str:
    out = rect(x, y, w, h, fill, 2)
    for i in range(1, n):
        out += line(x + w * i / n, y, x + w * i / n, y + h, 1.2, GRY) + line(x, y + h * i / n, x + w, y + h * i / n, 1.2, GRY)
    return out + rect(x, y, w, h, "none", 2)


def sprayer(x, y, s=1.0, liquid=LBLU, head_fill=RED, level=0.6) -> str:
    """Trigger spray bottle, bottom-left at (x, y), ~26 wide, ~48 high at s=1."""
    body = "M2,0 L2,-26 C2,-30 5,-32 8,-32 L16,-32 C19,-32 22,-30 22,-26 L22,0 Z"
    ly = -30 * level
    out = (path(body, "rgba(255,255,255,0.95)") +
           f'<path d="M3,-1 L3,{ly:.1f} L21,{ly:.1f} L21,-1 Z" fill="{liquid}" stroke="none"/>' + path(body, "none") +
           rect(8, -38, 8, 6, WHT, 1) +
           path("M4,-38 L4,-46 L22,-46 L28,-42 L22,-40 L16,-38 Z", head_fill) +
           path("M16,-38 L19,-30 L21,-31 L18,-39", head_fill, 'stroke-width="1.5"') + rect(27, -44, 3, 3, DGRY, 0, 'stroke-width="1"'))
    return f'<g transform="translate({x},{y}) scale({s})">' + out + "</g>"


def mist(x, y, s=1.0, color=LBLU) -> str:
    out = ""
    for dx, dy, r in ((4, 0, 1.6), (9, -3, 1.8), (9, 3, 1.8), (14, -6, 2), (14, 0, 2), (14, 6, 2), (19, -3, 2), (19, 4, 2)):
        out += f'<circle cx="{x + dx * s:.1f}" cy="{y + dy * s:.1f}" r="{r * s:.1f}" fill="{color}" stroke="#000" stroke-width="0.8"/>'
    return out


def bucket(x, y, s=1.0, fill=LBLU) -> str:
    """Bucket, bottom centre at (x, y), ~40 wide, ~34 high."""
    return (f'<g transform="translate({x},{y}) scale({s})">' +
            path("M-22,-22 C-22,-44 22,-44 22,-22", extra='stroke-width="2.5"') +
            path("M-20,-30 L20,-30 L15,0 L-15,0 Z", fill) + "</g>")


def bin_(x, y, s=1.0, fill=GRY) -> str:
    """Waste bin (pedal-less office bin), bottom centre at (x, y)."""
    return (f'<g transform="translate({x},{y}) scale({s})">' + path("M-14,-30 L14,-30 L11,0 L-11,0 Z", fill) +
            line(-6, -25, -5, -5, 1.5) + line(0, -25, 0, -5, 1.5) + line(6, -25, 5, -5, 1.5) +
            rect(-16, -33, 32, 4, DGRY, 1) + "</g>")


def cloth(x, y, s=1.0, fill=LBLU, rot=0) -> str:
    """A folded cleaning cloth, centre at (x, y)."""
    return (f'<g transform="translate({x},{y}) rotate({rot}) scale({s})">' +
            path("M-16,-10 L14,-12 L16,8 L-14,10 Z", fill) + path("M-14,-4 C-4,-2 4,-6 14,-4", extra='stroke-width="1"') +
            "</g>")


def tap(x=0, y=0, s=1.0, fill=CHROME) -> str:
    """Wall tap with its spout opening at about (53, 42) when x=y=0, s=1."""
    return (f'<g transform="translate({x},{y}) scale({s})">' +
            rect(4, 20, 10, 20, fill, 2) +
            path("M14,24 L44,24 C54,24 58,30 58,38 L58,42 L48,42 L48,38 C48,35 46,34 44,34 L14,34 Z", fill) +
            rect(20, 12, 16, 12, fill, 2) + tube("M24,12 L38,6", fill, 4) + "</g>")


def arrow_head_line(x1, y1, x2, y2, color=BLK, w=3):
    return arrow(x1, y1, x2, y2, color, w)


# ================================================================== schoonmaak


def _bottle(x, y, w, h, body, cap=RED) -> str:
    """A plain cleaning-product bottle with shoulders, bottom-left at (x, y)."""
    nx = x + w * 0.3
    return (path(f"M{x},{y} L{x},{y - h + 12} C{x},{y - h + 6} {x + 4},{y - h + 4} {nx},{y - h + 4} "
                 f"L{x + w - w * 0.3},{y - h + 4} C{x + w - 4},{y - h + 4} {x + w},{y - h + 6} {x + w},{y - h + 12} "
                 f"L{x + w},{y} Z", body) +
            rect(nx + 1, y - h - 4, w * 0.4 - 2, 9, cap, 2))


@pic("allesreiniger", "all-purpose cleaner: lime-green bottle, label with a house and a sparkle (allesreiniger)",
     "allesreiniger, allesreinigers, all-purpose cleaner, schoonmaakmiddel, fles")
def _():
    return (_bottle(18, 66, 36, 54, LGRN, ORA) + rect(22, 28, 28, 30, WHT, 3) +
            house(33, 54, 0.62, YEL, RED) + sparkle(44, 34, 0.75))


@pic("sanitairreiniger", "toilet and bathroom cleaner: blue bottle with a bent neck and a toilet on the label",
     "sanitairreiniger, wc-reiniger, toiletreiniger, bathroom cleaner, toilet cleaner")
def _():
    bottle = (tube("M24,26 L24,16 C24,9 30,5 40,6", BLU, 9) + rect(36, 2, 8, 8, WHT, 2) +
              path("M8,66 L8,32 C8,26 14,24 18,24 L30,24 C34,24 40,26 40,32 L40,66 Z", BLU) +
              rect(12, 36, 24, 20, WHT, 3) + sparkle(24, 46, 0.8, LBLU))
    toilet = (rect(56, 30, 12, 16, WHT, 2) + path("M44,46 L68,46 C68,58 60,62 54,62 L52,62 L52,68 L64,68 L64,62", WHT) +
              path("M44,46 L68,46", extra='stroke-width="3"'))
    return toilet + bottle


@pic("glasreiniger", "glass cleaner sprayed on a window (glasreiniger)",
     "glasreiniger, glassex, ruitenreiniger, glass cleaner, window cleaner, spray")
def _():
    return (rect(40, 6, 28, 48, "#CDE8F8", 1) + line(54, 6, 54, 54, 2) + line(40, 30, 68, 30, 2) +
            rect(40, 6, 28, 48, "none", 1, 'stroke-width="3"') +
            line(44, 12, 50, 8, 1.5, WHT) + line(44, 18, 52, 10, 1.5, WHT) +
            sprayer(4, 68, 1.0, "#4FA3E0", BLU, 0.7) + mist(32, 26, 0.9, "#9ED0F2") + sparkle(62, 42, 0.7))


@pic("afwasmiddel", "washing-up liquid: green squeeze bottle with a plate and foam (afwasmiddel)",
     "afwasmiddel, afwasmiddelen, washing-up liquid, dish soap, afwassen")
def _():
    bottle = (path("M20,66 L18,30 C18,24 22,20 26,18 L34,18 C38,20 42,24 42,30 L40,66 Z", "#5CC15C") +
              path("M26,18 L28,8 L32,8 L34,18 Z", WHT) + path("M28,8 L30,3 L32,8 Z", RED) +
              rect(22, 34, 16, 18, WHT, 2) + circle(30, 43, 5, LBLU, 'stroke-width="1.5"'))
    plate = g('<ellipse cx="54" cy="52" rx="14" ry="14" fill="#FFF" stroke="#000" stroke-width="2"/>',
              '<ellipse cx="54" cy="52" rx="8" ry="8" fill="none" stroke="#9B9B9A" stroke-width="1.5"/>')
    bubbles = (circle(50, 28, 4, WHT, 'stroke-width="1.5"') + circle(58, 22, 3, WHT, 'stroke-width="1.5"') +
               circle(62, 32, 2.5, WHT, 'stroke-width="1.5"') + circle(10, 26, 3, WHT, 'stroke-width="1.5"'))
    return plate + bottle + bubbles


@pic("sop", "soapy water: bucket full of water with foam on top (sop)",
     "sop, zeepsop, soapy water, emmer sop, schuim, warm water")
def _():
    foam = "".join(circle(cx, cy, r, WHT, 'stroke-width="1.5"') for cx, cy, r in
                   ((18, 30, 6), (26, 26, 7), (36, 25, 8), (46, 26, 7), (54, 30, 6), (31, 31, 5), (42, 31, 5)))
    return (path("M12,34 L60,34 L54,66 L18,66 Z", LBLU) + path("M14,40 L58,40", extra=f'stroke="{BLU}" stroke-width="1.5"') +
            foam + circle(20, 14, 3, WHT, 'stroke-width="1.5"') + circle(30, 8, 2.5, WHT, 'stroke-width="1.5"') +
            circle(50, 12, 3.5, WHT, 'stroke-width="1.5"') + path("M8,30 C8,12 64,12 64,30", extra='stroke-width="2"'))


@pic("doseren", "dosing: pouring product into a measuring cap up to the line (doseren)",
     "doseren, dosering, afmeten, measure out, dose, doseerdop, maatbeker")
def _():
    bottle = g(_bottle(-10, 16, 20, 32, LBLU, RED), t="translate(20,22) rotate(125)")
    cup = (path("M30,40 L60,40 L56,66 L34,66 Z", "rgba(255,255,255,0.9)") +
           path("M32.6,54 L57.4,54 L56,66 L34,66 Z", "#4FA3E0", 'stroke="none"') + path("M30,40 L60,40 L56,66 L34,66 Z", "none") +
           line(46, 46, 58, 46, 1.5) + line(50, 50, 58, 50, 1.5) + line(46, 54, 58, 54, 2.5, RED) + line(50, 58, 58, 58, 1.5))
    stream = path("M34,30 C38,36 40,44 41,54", extra='stroke="#4FA3E0" stroke-width="3"')
    return stream + cup + bottle + check(14, 60, 0.9)


@pic("spuitfles", "empty trigger spray bottle (spuitfles, plantenspuit)",
     "spuitfles, sprayflacon, spray bottle, trigger sprayer, verstuiver")
def _():
    return sprayer(14, 68, 1.35, "#DDF0FB", GRN, 0.25)


@pic("mop", "mop with white cotton strands on a long handle (mop)",
     "mop, spaghettimop, vlakmop, mop head, dweilen")
def _():
    strands = "".join(path(f"M{30 + i * 2},{46} C{26 + i * 3},{54} {22 + i * 4},{60} {18 + i * 4.4},{66}",
                           extra=f'stroke="#000" stroke-width="4.5"') for i in range(7))
    strands += "".join(path(f"M{30 + i * 2},{46} C{26 + i * 3},{54} {22 + i * 4},{60} {18 + i * 4.4},{66}",
                            extra=f'stroke="{WHT}" stroke-width="2.5"') for i in range(7))
    return tube("M58,4 L38,44", "#4A90C8", 4) + strands + rect(28, 40, 18, 8, GRY, 2)


@pic("dweil", "grey cotton floor cloth, wet and folded (dweil)",
     "dweil, dweilen, floor cloth, vloerdoek, zeemlap")
def _():
    outline = ("M6,22 C14,18 22,24 30,20 C38,16 46,22 58,16 C60,28 58,40 62,52 C54,58 44,54 36,60 "
               "C28,64 18,58 10,62 C12,48 6,36 6,22 Z")
    hatch = "".join(line(8 + i * 6, 18, 8 + i * 6, 62, 1, "#A8A292") for i in range(9)) + \
        "".join(line(6, 24 + i * 6, 62, 20 + i * 6, 1, "#A8A292") for i in range(7))
    clip = f'<clipPath id="dweilclip"><path d="{outline}"/></clipPath>'
    return (f"<defs>{clip}</defs>" + path(outline, "#E4DFD2") + f'<g clip-path="url(#dweilclip)">{hatch}' +
            path("M2,26 C14,22 30,24 62,16 L62,22 C30,30 14,28 2,32 Z", LBLU, 'stroke="none"') + "</g>" + path(outline, "none") +
            drop(18, 68, 0.5) + drop(40, 69, 0.5) + drop(54, 64, 0.45))


@pic("stoffer", "hand brush (stoffer)", "stoffer, handveger, hand brush, stoffer en blik, vegen")
def _():
    bristles = "".join(line(14 + i * 3, 44, 13 + i * 3, 58, 2, DBRN) for i in range(12))
    return (bristles + rect(10, 34, 40, 12, BRN, 4) + tube("M48,38 L66,30", BRN, 7) + circle(66, 30, 2, WHT))


@pic("blik", "dustpan with a little dirt on it (blik)", "blik, vuilblik, stofblik, dustpan, stoffer en blik")
def _():
    dirt = "".join(path(f"M{x},{y} l3,-2 l2,3 l-3,1 Z", "#8B6B3D", 'stroke-width="0.8"') for x, y in ((20, 52), (27, 54), (33, 51), (16, 56), (36, 56)))
    return (path("M6,58 L42,58 L44,36 L10,36 Z", "#E5533D") + path("M10,36 L44,36 L42,58", extra='stroke-width="3"') +
            tube("M44,44 L66,30", "#E5533D", 6) + dirt + line(4, 60, 44, 60, 2))


@pic("schrobmachine", "walk-behind floor scrubber dryer with round brush (schrobmachine)",
     "schrobmachine, schrobzuigmachine, scrubber dryer, floor scrubber, vloerreiniger")
def _():
    return (path("M8,62 C20,66 50,66 66,62", extra=f'stroke="{LBLU}" stroke-width="4"') +
            tube("M50,30 L62,6", DGRY, 4) + line(56, 6, 68, 6, 4) +
            rect(10, 26, 42, 28, "#1E88C8", 5) + rect(14, 30, 18, 10, WHT, 2) + drop(23, 36, 0.5, LBLU) +
            '<ellipse cx="24" cy="58" rx="16" ry="4" fill="#3F3F3F" stroke="#000" stroke-width="2"/>' +
            rect(46, 54, 16, 4, DGRY, 1) + wheel(48, 54, 5))


@pic("microvezeldoek", "blue microfibre cloth, folded (microvezeldoek)",
     "microvezeldoek, microvezel, microfibre cloth, doek, vochtige doek")
def _():
    cloth_ = path("M10,16 L60,12 C62,28 60,44 62,60 L12,62 C10,46 12,30 10,16 Z", "#6FB8EE")
    stitch = path("M15,20 L56,17 C57,30 56,44 57,56 L16,58 C15,44 16,32 15,20 Z", extra='stroke="#1E50A0" stroke-width="1.2" stroke-dasharray="2.5 2"')
    fold = path("M62,60 L44,62 L58,44 Z", "#4A9FE0")
    dots = "".join(f'<circle cx="{x}" cy="{y}" r="0.8" fill="#1E50A0"/>' for x in range(20, 54, 5) for y in range(24, 54, 5) if x + y < 92)
    return cloth_ + dots + stitch + fold + sparkle(22, 48, 0.6, WHT)


@pic("vloertrekker", "floor squeegee pushing water to the floor drain (vloertrekker)",
     "vloertrekker, trekker, floor squeegee, water trekken, putje")
def _():
    drain = (circle(60, 60, 7, GRY) + line(55, 60, 65, 60, 1.2) + line(60, 55, 60, 65, 1.2) + line(56, 57, 64, 57, 1) +
             line(56, 63, 64, 63, 1))
    water = path("M4,62 C12,56 22,56 30,60 C36,64 44,62 50,58", extra=f'stroke="{LBLU}" stroke-width="5"')
    return (water + drain + tube("M10,6 L28,44", "#4A90C8", 4) + rect(12, 44, 30, 7, RED, 2) + rect(12, 51, 30, 4, DGRY, 1) +
            arrow(44, 40, 56, 48, BLU, 2.5))


@pic("vuilniszak", "black bin bag, tied at the top (vuilniszak)",
     "vuilniszak, afvalzak, vuilzak, bin bag, garbage bag, rubbish bag")
def _():
    return (path("M20,24 C8,34 8,60 18,66 L54,66 C64,60 64,34 52,24 Z", DGRY) +
            path("M28,24 L30,16 L24,6 M30,16 L36,8 M42,16 L48,6 M42,16 L40,24", extra='stroke-width="3"') +
            path("M26,24 C30,20 42,20 46,24", extra='stroke-width="2"') + rect(29, 14, 14, 5, DGRY, 2) +
            path("M24,36 C22,46 24,54 28,60", extra=f'stroke="{GRY}" stroke-width="2"'))


@pic("trolley", "cleaning trolley with buckets, bin bag and products (schoonmaaktrolley)",
     "trolley, schoonmaaktrolley, schoonmaakwagen, cleaning trolley, janitor cart")
def _():
    return (tube("M12,8 L12,60", GRY, 3) + tube("M62,30 L62,60", GRY, 3) + line(10, 60, 64, 60, 4) +
            rect(38, 30, 26, 4, GRY, 1) + path("M14,20 L32,20 L34,56 L16,56 Z", DGRY) +
            bucket(44, 58, 0.45, RED) + bucket(58, 58, 0.45, LBLU) + _bottle(40, 29, 8, 14, LGRN, ORA) +
            _bottle(52, 29, 8, 16, LBLU, RED) + tube("M26,6 L24,54", "#4A90C8", 2.5) +
            wheel(16, 64, 4) + wheel(58, 64, 4))


@pic("schoonmaken-spons", "cleaning: a sponge wipes a dirty tile clean, sparkles on the clean half (schoonmaken)",
     "schoonmaken, reinigen, poetsen, to clean, cleaning")
def _():
    dirt = "".join(circle(cx, cy, r, "#8B6B3D", 'stroke="none"') for cx, cy, r in
                   ((12, 22, 3), (20, 40, 4), (10, 52, 2.5), (24, 58, 3), (16, 32, 2), (26, 18, 2)))
    return (rect(4, 10, 64, 56, "#F3EFE4", 2) + dirt + line(36, 10, 36, 66, 1.2, GRY) + line(4, 38, 68, 38, 1.2, GRY) +
            rect(4, 10, 64, 56, "none", 2) + sparkle(52, 24, 0.9) + sparkle(60, 52, 0.6) +
            g(rect(-12, -8, 24, 16, YEL, 4), rect(-12, 2, 24, 6, GRN, 2), t="translate(38,34) rotate(-15)") +
            path("M50,40 C54,44 54,50 50,54", extra='stroke-width="1.5"') + path("M26,12 C22,16 22,20 24,24", extra='stroke-width="0"'))


@pic("dweilen-mop", "mopping: mop moving over a wet, shiny floor (dweilen)",
     "dweilen, moppen, to mop, vloer dweilen, nat")
def _():
    floor = path("M2,54 L70,54 L70,70 L2,70 Z", "#CDE8F8", 'stroke-width="0"') + line(2, 54, 70, 54, 2)
    strands = "".join(line(24 + i * 3, 48, 20 + i * 4, 60, 3.5, BLK) + line(24 + i * 3, 48, 20 + i * 4, 60, 1.8, WHT) for i in range(6))
    motion = (path("M8,62 C18,70 50,70 60,62", extra=f'stroke="{BLU}" stroke-width="2" stroke-dasharray="3 3"') +
              path("M56,40 C62,44 64,48 62,52", extra='stroke-width="2"') + path("M60,36 C68,42 70,48 68,54", extra='stroke-width="2"'))
    return floor + motion + tube("M50,4 L32,44", "#4A90C8", 4) + rect(22, 42, 16, 7, GRY, 2) + strands + \
        line(10, 64, 16, 64, 1.5, WHT) + line(46, 66, 54, 66, 1.5, WHT)


@pic("stofzuigen", "vacuuming: person vacuuming the floor with a canister vacuum cleaner (stofzuigen)",
     "stofzuigen, zuigen, to vacuum, hoovering, stofzuiger")
def _():
    p = (head(20, 12, 6) + path("M14,20 L26,20 L25,40 L15,40 Z", BLU) + line(17, 40, 15, 64, 4) + line(23, 40, 26, 64, 4) +
         line(24, 24, 34, 32, 3.5))
    vac = ('<ellipse cx="56" cy="58" rx="12" ry="8" fill="#D22F27" stroke="#000" stroke-width="2"/>' + wheel(50, 64, 3) +
           path("M44,56 C40,50 40,44 46,40", extra='stroke-width="3"'))
    tube_ = tube("M34,32 L44,62", GRY, 3) + rect(38, 62, 16, 4, DGRY, 1)
    dust = "".join(circle(cx, 66, 1, GRY, 'stroke="none"') for cx in (30, 33, 58, 62))
    return p + tube_ + path("M36,40 C42,38 44,40 46,40", extra='stroke-width="0"') + vac + dust + line(2, 68, 70, 68, 2)


@pic("afnemen", "wiping down a table with a damp cloth (afnemen)",
     "afnemen, afvegen, schoonvegen, to wipe down, tafel afnemen, vochtige doek")
def _():
    table = rect(4, 40, 64, 6, BRN, 1) + line(10, 46, 10, 68, 4) + line(62, 46, 62, 68, 4)
    arcs = (path("M8,32 C16,22 24,22 30,30", extra=f'stroke="{BLU}" stroke-width="2" stroke-dasharray="3 3"') +
            path("M44,30 C50,22 58,22 66,32", extra=f'stroke="{BLU}" stroke-width="2" stroke-dasharray="3 3"'))
    palm = g(path("M-10,4 L-10,-4 C-10,-9 -6,-10 -2,-10 L10,-10 C14,-10 16,-7 16,-4 L16,4 Z", SKIN),
             path("M16,-8 L26,-9 C28,-9 28,-6 26,-6 L16,-5 M16,-4 L27,-4 C29,-4 29,-1 27,-1 L16,0 M16,1 L25,2 C27,2 27,5 25,5 L16,4",
                  SKIN, 'stroke-width="1.5"'), path("M-2,-10 L2,-16 C3,-18 6,-17 5,-15 L3,-10", SKIN, 'stroke-width="1.5"'),
             rect(-22, -8, 12, 12, BLU, 2), t="translate(30,30)")
    return table + arcs + cloth(38, 36, 0.8, "#6FB8EE", -3) + palm + drop(16, 36, 0.4) + drop(60, 36, 0.4)


@pic("afstoffen", "dusting a shelf with a feather duster (afstoffen)",
     "afstoffen, stoffen, plumeau, to dust, stof, kast")
def _():
    shelf = rect(4, 50, 64, 6, BRN, 1) + line(8, 56, 8, 68, 3) + line(64, 56, 64, 68, 3)
    dust = ("".join(circle(cx, cy, r, LGRY, 'stroke="#9B9B9A" stroke-width="1"') for cx, cy, r in
                    ((20, 44, 3), (14, 40, 2.5), (24, 38, 2), (18, 34, 1.5), (10, 46, 2))))
    feathers = "".join(path(f"M0,0 C{-6 + i * 3},{-8} {-8 + i * 4},{-16} {-4 + i * 2},{-22}", extra=f'stroke="{c}" stroke-width="5"')
                       for i, c in enumerate([PINK, YEL, LBLU, LGRN, ORA]))
    duster = g(feathers, tube("M0,0 L14,24", BRN, 3), t="translate(36,22) rotate(-30)")
    return shelf + dust + duster + path("M30,46 C36,42 44,42 50,46", extra='stroke-width="1.5"')


@pic("schrobben", "scrubbing a tiled floor with a scrubbing brush and foam (schrobben)",
     "schrobben, boenen, to scrub, schrobber, borstel, douchevloer")
def _():
    floor = tile_floor(2, 46, 68, 22, "#DCEFF8", 4)
    foam = "".join(circle(cx, cy, r, WHT, 'stroke-width="1.2"') for cx, cy, r in ((12, 46, 4), (20, 44, 3), (52, 46, 4), (60, 44, 3), (58, 50, 2.5)))
    brush = (rect(18, 32, 36, 8, BRN, 3) + "".join(line(21 + i * 3, 40, 21 + i * 3, 46, 2) for i in range(11)) +
             tube("M46,32 L62,8", BRN, 4))
    motion = path("M8,30 L14,26 M6,36 L12,34", extra='stroke-width="2"') + path("M62,30 L66,26", extra='stroke-width="2"')
    return floor + foam + brush + motion


@pic("ontkalken", "descaling a tap: scrubbing white limescale off with pink descaler (ontkalken)",
     "ontkalken, kalk verwijderen, to descale, ontkalker, kalkaanslag, kraan")
def _():
    crust = "".join(circle(cx, cy, r, "#F4F1E8", 'stroke="#9B9B9A" stroke-width="1"') for cx, cy, r in
                    ((50, 42, 3), (55, 43, 2.6), (47, 38, 2)))
    brush = g(rect(-12, -5, 24, 10, PINK, 3), "".join(line(-9 + i * 4, 5, -9 + i * 4, 10, 1.5) for i in range(6)),
              tube("M12,0 L24,-4", PINK, 4), t="translate(30,52) rotate(-15)")
    return (tap() + crust + drop(62, 54, 0.6, PINK) + drop(14, 56, 0.6, PINK) + brush +
            sparkle(24, 20, 0.7) + sparkle(44, 16, 0.6) + path("M18,62 L22,66 M50,62 L46,66", extra='stroke-width="2"'))


@pic("legen", "emptying a waste bin into a bin bag (legen)",
     "legen, leeggooien, prullenbak legen, to empty, afval")
def _():
    bag = (path("M36,40 C30,52 32,64 38,68 L62,68 C68,64 70,52 64,40 Z", DGRY) +
           path("M34,40 C38,36 40,44 44,39 C48,35 52,43 56,38 C60,35 62,42 66,40", "none", 'stroke-width="2.5"'))
    binp = g(bin_(0, 0, 0.9, LGRY), t="translate(24,28) rotate(125)")
    trash = (rect(40, 28, 6, 5, WHT, 0, 'stroke-width="1.2"') + circle(50, 33, 2.5, YEL, 'stroke-width="1.2"') +
             path("M44,36 L49,34 L47,38 Z", LBLU, 'stroke-width="1"'))
    return bag + binp + trash + arrow(34, 6, 52, 20, GRN, 3)


@pic("aanvullen", "refilling / restocking: a new toilet roll goes into the holder (aanvullen)",
     "aanvullen, bijvullen, to refill, restock, toiletpapier, zeep")
def _():
    holder = rect(4, 22, 6, 30, GRY, 1) + line(10, 30, 26, 30, 3) + rect(12, 26, 12, 8, "#C19A6B", 1)
    roll = (rect(36, 20, 22, 22, WHT, 0) + '<ellipse cx="58" cy="31" rx="5" ry="11" fill="#FFF" stroke="#000" stroke-width="2"/>' +
            '<ellipse cx="58" cy="31" rx="2" ry="4" fill="#D0CFCE" stroke="#000" stroke-width="1.5"/>' +
            '<ellipse cx="36" cy="31" rx="5" ry="11" fill="#FFF" stroke="#000" stroke-width="2"/>' + line(36, 20, 58, 20, 2) + line(36, 42, 58, 42, 2))
    plus = circle(48, 58, 9, GRN) + line(48, 53, 48, 63, 3, WHT) + line(43, 58, 53, 58, 3, WHT)
    return holder + roll + arrow(32, 46, 20, 40, GRN, 3) + plus


@pic("uitwringen", "wringing out a wet cloth above a bucket (uitwringen)",
     "uitwringen, wringen, to wring out, dweil uitwringen, nat")
def _():
    twist = (path("M22,12 C30,16 26,22 34,24 C42,26 38,32 46,34 C50,36 50,40 48,42", "none", 'stroke="#000" stroke-width="10"') +
             path("M22,12 C30,16 26,22 34,24 C42,26 38,32 46,34 C50,36 50,40 48,42", "none", 'stroke="#D9D4C7" stroke-width="7"') +
             path("M28,16 L26,22 M36,24 L34,30 M44,32 L42,37", extra='stroke-width="1.5"'))
    hands = hand(18, 22, 0.45, -70) + hand(52, 40, 0.45, 110)
    drips = drop(30, 46, 0.55) + drop(38, 50, 0.5) + drop(26, 54, 0.45)
    return bucket(34, 70, 0.6, LBLU) + twist + hands + drips


@pic("zemen", "drying a window with a chamois leather (zemen)",
     "zemen, ramen zemen, zeem, zeemleer, chamois, ramen lappen")
def _():
    window = rect(6, 6, 60, 60, "#CDE8F8", 2) + line(36, 6, 36, 66, 3) + line(6, 36, 66, 36, 3) + rect(6, 6, 60, 60, "none", 2, 'stroke-width="3"')
    streak = path("M10,54 C18,46 26,50 32,44", extra=f'stroke="{WHT}" stroke-width="3"')
    zeem = path("M38,14 C46,10 58,12 62,18 C64,26 58,32 50,32 C42,34 36,26 38,14 Z", "#E9C46A") + \
        path("M42,18 C46,22 52,24 58,20", extra='stroke="#B8892F" stroke-width="1.5"')
    return window + streak + zeem + sparkle(20, 18, 0.7) + sparkle(54, 52, 0.6)


@pic("vieze-vloer", "dirty floor tiles: dirt, a footprint, a fly and a bad smell (vies)",
     "vies, smerig, vuil, dirty, filthy, niet schoon")
def _():
    dirt = "".join(f'<ellipse cx="{cx}" cy="{cy}" rx="{rx}" ry="{ry}" fill="#8B6B3D" stroke="none"/>' for cx, cy, rx, ry in
                   ((18, 54, 6, 3), (46, 58, 8, 3.5), (56, 44, 4, 2), (24, 40, 3, 2), (40, 46, 2.5, 1.5)))
    shoe = path("M30,62 C28,56 32,52 36,54 C38,56 38,60 36,64 Z", "#5A3F1F", 'stroke="none"')
    fly = (g('<ellipse cx="0" cy="0" rx="3" ry="2.2" fill="#3F3F3F" stroke="#000" stroke-width="1"/>',
             '<ellipse cx="-2" cy="-3" rx="2.2" ry="1.4" fill="#CDE8F8" stroke="#000" stroke-width="0.8"/>',
             '<ellipse cx="2" cy="-3" rx="2.2" ry="1.4" fill="#CDE8F8" stroke="#000" stroke-width="0.8"/>', t="translate(50,16) scale(1.6)") +
           path("M36,20 C40,14 42,24 46,18", extra='stroke-width="1" stroke-dasharray="2 2"'))
    smell = "".join(path(f"M{x},30 C{x - 4},26 {x + 4},22 {x},18", extra=f'stroke="{GRN}" stroke-width="2"') for x in (14, 22))
    return tile_floor(2, 32, 68, 36, "#E8E2D0", 3) + dirt + shoe + fly + smell


@pic("schoon", "clean, shining floor tiles with sparkles (schoon)",
     "schoon, proper, netjes, clean, spotless, glimmend")
def _():
    return (tile_floor(2, 32, 68, 36, "#F6F3EA", 3) + line(10, 40, 20, 36, 2, WHT) + line(40, 52, 50, 48, 2, WHT) +
            sparkle(16, 16, 1.1) + sparkle(40, 12, 0.8) + sparkle(58, 22, 1.0) + sparkle(32, 52, 0.7) + sparkle(60, 58, 0.6))


@pic("vlek", "a brown stain on a light carpet (vlek)", "vlek, vlekken, stain, spot, tapijt, vuil")
def _():
    carpet = rect(4, 14, 64, 50, "#C9D7E8", 3) + "".join(line(8, 20 + i * 6, 64, 20 + i * 6, 0.8, "#AFC0D6") for i in range(8))
    stain = path("M24,30 C30,22 42,26 44,32 C50,32 54,40 48,46 C46,54 36,54 32,50 C24,54 18,46 22,40 C16,36 20,30 24,30 Z", "#8B5A2B")
    splash = circle(54, 28, 2.5, "#8B5A2B") + circle(16, 52, 2, "#8B5A2B") + circle(56, 52, 1.5, "#8B5A2B")
    return carpet + rect(4, 14, 64, 50, "none", 3) + stain + splash


@pic("kalkaanslag", "limescale: white chalky crust on a tap and a blocked shower head (kalkaanslag)",
     "kalkaanslag, kalk, limescale, kalkafzetting, kraan, douchekop")
def _():
    crust = "".join(circle(cx, cy, r, "#F4F1E8", 'stroke="#9B9B9A" stroke-width="1"') for cx, cy, r in
                    ((50, 42, 3.5), (55, 43, 3.2), (58, 39, 2.6), (47, 38, 2.4), (53, 47, 2.8), (6, 40, 2.6), (12, 41, 3),
                     (30, 33, 2.2), (40, 34, 2.5), (58, 32, 2)))
    flakes = "".join(rect(x, y, 4, 3, "#F4F1E8", 1, 'stroke="#9B9B9A" stroke-width="0.8"') for x, y in ((50, 54), (56, 60), (46, 64)))
    return tap() + crust + flakes


@pic("urinoir", "wall urinal (urinoir)", "urinoir, urinal, pisbak, toilet heren, wc")
def _():
    return (rect(4, 4, 64, 64, "#E3EEF3", 0, 'stroke="none"') +
            path("M20,12 C20,8 52,8 52,12 L52,44 C52,58 44,64 36,64 C28,64 20,58 20,44 Z", WHT) +
            path("M26,20 C26,18 46,18 46,20 L46,42 C46,52 42,56 36,56 C30,56 26,52 26,42 Z", "#EEF3F6") +
            rect(32, 2, 8, 8, CHROME, 1) + circle(36, 48, 2, GRY))


@pic("wastafel", "washbasin with a tap and a mirror above it (wastafel)",
     "wastafel, wasbak, fonteintje, washbasin, sink, spiegel")
def _():
    return (rect(16, 4, 40, 22, "#CDE8F8", 3) + line(22, 10, 30, 6, 2, WHT) +
            path("M6,38 L66,38 L62,44 C58,56 46,60 36,60 C26,60 14,56 10,44 Z", WHT) + rect(32, 58, 8, 10, WHT, 1) +
            rect(33, 28, 6, 10, CHROME, 2) + path("M36,30 L46,30 L46,34", extra='stroke-width="3"') + line(6, 38, 66, 38, 2.5))


@pic("sanitair", "bathroom fixtures: toilet, washbasin and shower together (sanitair)",
     "sanitair, badkamer, toiletruimte, bathroom fixtures, wc, wastafel, douche")
def _():
    toilet = g(rect(0, 0, 10, 14, WHT, 2), path("M-4,14 L22,14 C22,26 14,30 8,30 L6,30 L6,36 L16,36 L16,30", WHT), t="translate(4,30)")
    basin = g(path("M0,0 L24,0 C22,10 16,13 12,13 C8,13 2,10 0,0 Z", WHT), rect(10, 13, 4, 12, WHT, 1),
              rect(10, -7, 4, 7, CHROME, 1), t="translate(30,30)")
    shower = (tube("M64,66 L64,10 L56,10", CHROME, 2.5) + path("M50,10 L60,10 L58,16 L52,16 Z", CHROME) +
              "".join(line(52 + i * 2, 20, 50 + i * 3, 28, 1.5, LBLU) for i in range(4)))
    return rect(2, 66, 68, 2, GRY, 0, 'stroke="none"') + toilet + basin + shower


@pic("vloer", "floor: tiled floor in perspective (vloer)", "vloer, vloeren, floor, tegelvloer, grond binnen")
def _():
    out = path("M2,68 L70,68 L54,30 L18,30 Z", "#E8D9B8")
    for i in range(1, 6):
        x1 = 18 + 36 * i / 6
        x2 = 2 + 68 * i / 6
        out += line(round(x1, 1), 30, round(x2, 1), 68, 1.5, "#9B8A66")
    for y in (36, 44, 55):
        t_ = (y - 30) / 38
        out += line(round(18 - 16 * t_, 1), y, round(54 + 16 * t_, 1), y, 1.5, "#9B8A66")
    return (rect(2, 4, 68, 26, "#F3EFE4", 0, 'stroke="none"') + line(2, 30, 70, 30, 2) + out +
            path("M2,68 L70,68 L54,30 L18,30 Z", "none"))


@pic("gang", "corridor: long hallway with doors on both sides (gang)", "gang, hal, corridor, hallway, overloop")
def _():
    walls = (path("M2,2 L26,24 L26,48 L2,70 Z", "#E3D9C6") + path("M70,2 L46,24 L46,48 L70,70 Z", "#E3D9C6") +
             path("M2,70 L26,48 L46,48 L70,70 Z", "#C9B48A") + path("M2,2 L26,24 L46,24 L70,2 Z", "#F3EFE4") +
             rect(26, 24, 20, 24, "#F8F6EF"))
    doors = (path("M8,20 L18,28 L18,58 L8,64 Z", BRN) + path("M64,20 L54,28 L54,58 L64,64 Z", BRN) +
             rect(32, 32, 8, 16, BRN, 0) + circle(15, 44, 1, BLK) + circle(57, 44, 1, BLK))
    lamp = '<ellipse cx="36" cy="12" rx="6" ry="2" fill="#FCEA2B" stroke="#000" stroke-width="1.5"/>'
    return walls + doors + lamp


@pic("kraan", "water tap with running water (kraan)", "kraan, waterkraan, tap, faucet, mengkraan")
def _():
    return (tap() + path("M53,44 L53,62", extra=f'stroke="{LBLU}" stroke-width="6"') + drop(53, 66, 0.6))


@pic("vegen", "sweeping: a broom sweeps dirt into a heap (vegen)",
     "vegen, aanvegen, to sweep, bezem, stoep vegen, vloer vegen")
def _():
    bristles = "".join(line(22 + i * 3, 52, 18 + i * 3.6, 64, 2, "#B8892F") for i in range(9))
    broom = tube("M56,4 L34,46", BRN, 4) + path("M24,44 L44,48 L42,54 L20,52 Z", ORA) + bristles
    heap = path("M4,66 C6,58 14,56 18,66 Z", "#8B6B3D") + "".join(circle(x, 62, 1.3, "#8B6B3D", 'stroke="none"') for x in (22, 26, 14))
    motion = path("M48,60 C52,56 56,56 60,58", extra='stroke-width="2"') + path("M50,66 C54,62 60,62 64,64", extra='stroke-width="2"')
    return line(2, 66, 70, 66, 2) + heap + broom + motion


# ================================================================== groen


def leafy(cx, cy, rs, fill=GRN, dark=DGRN) -> str:
    """A leafy mass made of overlapping circles: rs = [(dx, dy, r), ...]."""
    out = "".join(circle(cx + dx, cy + dy, r, fill) for dx, dy, r in rs)
    out += "".join(circle(cx + dx, cy + dy, r - 2.2, fill, 'stroke="none"') for dx, dy, r in rs)
    out += "".join(path(f"M{cx + dx - r * 0.4},{cy + dy + r * 0.1} q{r * 0.3},-{r * 0.3} {r * 0.6},0", extra=f'stroke="{dark}" stroke-width="1.2"')
                   for dx, dy, r in rs[::2])
    return out


def grass_tufts(x1, x2, y, h=6, color=DGRN, step=3) -> str:
    out = ""
    i = 0
    x = x1
    while x <= x2:
        out += line(round(x, 1), y, round(x + (1 if i % 2 else -1), 1), round(y - h - (i % 3) * 1.5, 1), 1.5, color)
        x += step
        i += 1
    return out


def soil(x, y, w, h, fill=SOIL) -> str:
    out = rect(x, y, w, h, fill, 0)
    for i in range(int(w // 7)):
        out += circle(x + 4 + i * 7, y + 4 + (i % 3) * (h / 4), 1, "#5A3A1A", 'stroke="none"')
    return out


def plant_sprout(x, y, s=1.0, fill=GRN) -> str:
    """A young plant: stem and four leaves, base at (x, y)."""
    return (f'<g transform="translate({x},{y}) scale({s})">' + line(0, 0, 0, -18, 2.5, DGRN) +
            path("M0,-8 C-10,-6 -14,-14 -12,-18 C-6,-18 -2,-14 0,-8 Z", fill) +
            path("M0,-10 C10,-8 14,-16 12,-20 C6,-20 2,-16 0,-10 Z", fill) +
            path("M0,-18 C-6,-22 -6,-28 -2,-30 C2,-28 4,-22 0,-18 Z", fill) + "</g>")


def rake_head(x, y, w=24, s=1.0) -> str:
    teeth = "".join(line(x + i * w / 7, y, x + i * w / 7, y + 6, 2) for i in range(8))
    return rect(x - 1, y - 3, w + 2, 4, GRY, 1) + teeth


def watering_can(x, y, s=1.0, rot=0, fill=GRN) -> str:
    """Watering can, bottom-left of the body at about (x-10, y); spout and rose to the right."""
    return (f'<g transform="translate({x},{y}) rotate({rot}) scale({s})">' +
            tube("M16,-8 L38,-30", fill, 4) +
            g('<ellipse cx="0" cy="0" rx="3.5" ry="7" fill="' + fill + '" stroke="#000" stroke-width="2"/>',
              "".join(circle(0, dy, 0.8, BLK, 'stroke="none"') for dy in (-4, 0, 4)), t="translate(39,-31) rotate(-45)") +
            path("M-6,-26 C-6,-40 16,-40 16,-26", extra='stroke-width="3.5"') +
            path("M-12,0 L-12,-22 C-12,-26 -10,-28 -6,-28 L16,-28 C20,-28 22,-26 22,-22 L22,0 Z", fill) +
            path("M-12,-20 L22,-20", extra=f'stroke="{DGRN}" stroke-width="1.5"') + "</g>")


def secateurs(x, y, s=1.0, rot=0, open_=True) -> str:
    a = 14 if open_ else 4
    return (f'<g transform="translate({x},{y}) rotate({rot}) scale({s})">' +
            g(path("M0,0 L30,-4 C34,-4 34,2 30,2 L0,6 Z", RED), t=f"rotate({a})") +
            g(path("M0,0 L30,4 C34,4 34,-2 30,-2 L0,-6 Z", RED), t=f"rotate({-a})") +
            g(path("M0,0 C-10,-2 -18,-6 -24,-4 C-20,0 -12,2 0,4 Z", GRY), t=f"rotate({a})") +
            g(path("M0,0 C-10,2 -18,6 -24,6 C-20,2 -12,-2 0,-4 Z", LGRY), t=f"rotate({-a})") +
            circle(0, 0, 3, DGRY) + "</g>")


def branch(x, y, s=1.0, rot=0, leaves=True) -> str:
    out = (tube("M0,0 L40,0", BRN, 4) + tube("M14,0 L24,-10", BRN, 2.5) + tube("M26,0 L36,8", BRN, 2.5) +
           tube("M30,0 L38,-8", BRN, 2))
    if leaves:
        out += "".join(path(f"M{lx},{ly} c4,-6 10,-6 12,-2 c-4,4 -8,6 -12,2 Z", GRN, 'stroke-width="1.5"')
                       for lx, ly in ((24, -10), (36, 8), (38, -8), (40, 0)))
    return f'<g transform="translate({x},{y}) rotate({rot}) scale({s})">' + out + "</g>"


@pic("struik", "shrub / bush: a low rounded bush with several stems (struik)",
     "struik, struiken, heester, shrub, bush")
def _():
    return (line(4, 64, 68, 64, 2) + line(30, 64, 28, 54, 3, BRN) + line(36, 64, 36, 54, 3, BRN) + line(42, 64, 44, 54, 3, BRN) +
            leafy(36, 40, [(-18, 8, 12), (18, 8, 12), (-10, -6, 13), (10, -6, 13), (0, 6, 14), (0, -14, 10)]))


@pic("heg", "hedge: a long, neatly trimmed green hedge (heg)", "heg, haag, hedge, beukenhaag, ligusterhaag")
def _():
    top = "M4,30 " + " ".join(f"Q{8 + i * 8},{22 + (i % 2) * 2} {12 + i * 8},30" for i in range(8)) + " L68,62 L4,62 Z"
    texture = "".join(path(f"M{x},{y} q3,-3 6,0", extra=f'stroke="{DGRN}" stroke-width="1.3"') for x in range(8, 64, 9) for y in range(36, 60, 7))
    return (rect(2, 6, 68, 20, "#CDE8F8", 0, 'stroke="none"') + path(top, GRN) + texture +
            path("M2,62 L70,62 L70,70 L2,70 Z", LGRN) + grass_tufts(3, 69, 68, 4) + line(2, 62, 70, 62, 2))


@pic("gras", "grass: close-up of long green grass blades (gras)", "gras, grassprieten, grass, groen, maaien")
def _():
    out = ""
    for i, x in enumerate(range(6, 68, 6)):
        h = 30 + (i * 7) % 22
        lean = (-6, 4, -2, 6, -4, 2)[i % 6]
        out += path(f"M{x - 3},66 C{x - 2},{66 - h * 0.5} {x + lean},{66 - h * 0.8} {x + lean * 1.4},{66 - h} "
                    f"C{x + 1},{66 - h * 0.6} {x + 3},{66 - h * 0.3} {x + 3},66 Z", GRN if i % 2 else LGRN, 'stroke-width="1.5"')
    return out + line(2, 66, 70, 66, 2)


@pic("gazon", "lawn: a mown lawn with light and dark stripes (gazon)", "gazon, grasveld, lawn, grasmat")
def _():
    stripes = ""
    for i in range(6):
        x1a, x2a = 20 + i * 32 / 6, 20 + (i + 1) * 32 / 6
        x1b, x2b = 2 + i * 68 / 6, 2 + (i + 1) * 68 / 6
        stripes += path(f"M{x1a:.1f},30 L{x2a:.1f},30 L{x2b:.1f},66 L{x1b:.1f},66 Z", LGRN if i % 2 else GRN, 'stroke="none"')
    return (rect(2, 6, 68, 24, "#CDE8F8", 0, 'stroke="none"') + leafy(10, 26, [(0, 0, 6), (8, 2, 5)]) +
            leafy(60, 24, [(0, 0, 7), (-8, 2, 5)]) + stripes + path("M20,30 L52,30 L70,66 L2,66 Z", "none"))


@pic("onkruid", "weeds: a dandelion and weeds growing between paving tiles (onkruid)",
     "onkruid, wilde planten, weeds, paardenbloem, tussen de tegels")
def _():
    tiles = "".join(rect(x, y, 20, 14, "#C9C2B5", 1) for x in (2, 26, 50) for y in (44, 60)) + rect(14, 28, 20, 14, "#C9C2B5", 1)
    dandelion = (line(36, 58, 36, 26, 2, DGRN) + circle(36, 22, 6, YEL) + circle(36, 22, 2.5, ORA, 'stroke="none"') +
                 path("M36,58 L26,50 L30,50 L24,44 L32,48 L34,44 L36,58 Z", GRN, 'stroke-width="1.5"') +
                 path("M36,58 L46,50 L42,50 L48,44 L40,48 L38,44 Z", GRN, 'stroke-width="1.5"'))
    small = (path("M12,60 C8,54 10,50 12,50 C14,52 14,56 12,60 Z", GRN, 'stroke-width="1.5"') +
             path("M60,60 C56,52 60,48 62,50 C64,54 62,58 60,60 Z", GRN, 'stroke-width="1.5"') +
             path("M24,44 C20,38 24,34 26,36", extra=f'stroke="{GRN}" stroke-width="2"'))
    return tiles + dandelion + small


@pic("tak", "branch: a cut tree branch with twigs and leaves (tak)", "tak, takken, branch, twig, snoeihout")
def _():
    return branch(4, 50, 1.35, -18)


@pic("wortel", "roots: a plant above the ground and its roots in the soil below (wortel)",
     "wortel, wortels, root, roots, plantenwortel")
def _():
    roots = "".join(path(d, extra=f'stroke="#F3E3C3" stroke-width="4"') + path(d, extra='stroke="#000" stroke-width="0.8"')
                    for d in ("M36,34 C34,44 28,50 20,58", "M36,34 C38,46 44,52 52,60", "M36,34 L36,64",
                              "M30,46 C24,46 18,44 12,46", "M42,46 C48,44 54,44 60,42"))
    return (soil(2, 34, 68, 34) + rect(2, 34, 68, 34, "none") + roots + plant_sprout(36, 34, 1.0) + line(2, 34, 70, 34, 2.5))


@pic("boomstronk", "tree stump with year rings and roots (boomstronk)", "boomstronk, stronk, stomp, tree stump")
def _():
    rings = "".join(f'<ellipse cx="36" cy="26" rx="{r * 1.8}" ry="{r * 0.6}" fill="none" stroke="#8B5A2B" stroke-width="1.2"/>'
                    for r in (3, 6, 9))
    return (grass_tufts(2, 70, 66, 5) + path("M14,26 L14,56 C10,62 6,64 4,66 L68,66 C64,64 60,62 58,56 L58,26 Z", BRN) +
            path("M24,40 L22,56 M36,36 L36,58 M48,40 L50,56", extra=f'stroke="{DBRN}" stroke-width="1.5"') +
            '<ellipse cx="36" cy="26" rx="22" ry="8" fill="#E8C48A" stroke="#000" stroke-width="2"/>' + rings)


@pic("border", "flower bed / border: a strip of soil with flowers and plants along the lawn (border)",
     "border, borders, perk, bloemperk, flower bed, plantvak")
def _():
    flowers = ""
    for i, (x, c) in enumerate(((12, RED), (24, YEL), (36, "#B36FD6"), (48, RED), (60, YEL))):
        flowers += line(x, 50, x, 34 - (i % 2) * 4, 2, DGRN) + circle(x, 32 - (i % 2) * 4, 4.5, c) + circle(x, 32 - (i % 2) * 4, 1.6, ORA, 'stroke="none"')
        flowers += path(f"M{x},46 c-5,-2 -7,-6 -6,-8 c4,0 6,4 6,8 Z", GRN, 'stroke-width="1.2"')
    return (path("M2,52 L70,52 L70,62 L2,62 Z", SOIL) + rect(2, 62, 68, 8, LGRN, 0) +
            path("M2,62 L70,62", extra='stroke-width="3"') + flowers + line(2, 52, 70, 52, 2))


@pic("grond", "soil: a heap of loose brown earth (grond, aarde)", "grond, aarde, bodem, soil, earth, tuinaarde")
def _():
    stones = "".join(f'<ellipse cx="{x}" cy="{y}" rx="{rx}" ry="{ry}" fill="#B8B2A6" stroke="#000" stroke-width="1.2"/>'
                     for x, y, rx, ry in ((14, 40, 3, 2), (44, 48, 4, 2.5), (26, 58, 3.5, 2), (58, 62, 3, 2), (34, 36, 2, 1.5)))
    clods = "".join(circle(x, y, 1.3, "#5A3A1A", 'stroke="none"') for x, y in ((20, 48), (36, 52), (52, 40), (10, 60), (64, 50), (40, 64)))
    return (rect(2, 4, 68, 18, "#CDE8F8", 0, 'stroke="none"') + rect(2, 22, 68, 8, LGRN, 0) + grass_tufts(3, 69, 22, 5) +
            rect(2, 30, 68, 40, SOIL, 0) + stones + clods + rect(2, 22, 68, 48, "none", 0) + line(2, 30, 70, 30, 2))


@pic("pad", "garden path: paved path between grass (pad)", "pad, tuinpad, voetpad, path, footpath")
def _():
    stones = ""
    for i, (y, w, h) in enumerate(((58, 22, 9), (46, 18, 7), (36, 14, 6), (28, 11, 4.5), (22, 8, 3.5))):
        stones += rect(36 - w / 2, y, w, h, "#C9C2B5", 1.5, 'stroke-width="1.5"')
    return (rect(2, 4, 68, 16, "#CDE8F8", 0, 'stroke="none"') + path("M2,20 L70,20 L70,70 L2,70 Z", LGRN, 'stroke="none"') +
            path("M30,20 L42,20 L56,70 L16,70 Z", "#E8E2D0", 'stroke-width="1.5"') + stones +
            grass_tufts(4, 14, 40, 4) + grass_tufts(58, 68, 46, 4) + line(2, 20, 70, 20, 2, DGRN))


@pic("grind", "gravel: a heap of small grey and beige stones (grind)", "grind, kiezel, kiezels, gravel, pebbles")
def _():
    import random
    rnd = random.Random(7)
    out = path("M4,66 C12,44 24,32 36,32 C48,32 60,44 68,66 Z", "#D8D2C4")
    for _i in range(38):
        x = rnd.uniform(10, 62)
        y = rnd.uniform(38, 64)
        if y < 66 - 30 * (1 - abs(x - 36) / 32) - 2 and y > 36:
            pass
        if abs(x - 36) > (y - 32) * 1.0 + 4:
            continue
        c = rnd.choice(("#B8B2A6", "#9B9B9A", "#E0D5BE", "#CFC6B4"))
        out += f'<ellipse cx="{x:.1f}" cy="{y:.1f}" rx="{rnd.uniform(2.2, 3.6):.1f}" ry="{rnd.uniform(1.6, 2.6):.1f}" fill="{c}" stroke="#000" stroke-width="1"/>'
    return out + line(2, 66, 70, 66, 2)


@pic("mest", "fertiliser: a sack of plant food with granules spilling out (mest)",
     "mest, meststof, kunstmest, fertiliser, manure, plantenvoeding")
def _():
    sack = (path("M14,16 L50,16 C52,30 54,50 52,66 L12,66 C10,50 12,30 14,16 Z", "#E9D8A6") +
            path("M14,16 L18,10 L22,16 L26,10 L30,16 L34,10 L38,16 L42,10 L46,16 L50,10", extra='stroke-width="1.5"') +
            rect(18, 28, 28, 26, WHT, 3) + plant_sprout(32, 52, 0.75))
    grains = "".join(circle(x, y, 1.8, "#7FB2D9", 'stroke-width="0.8"') for x, y in ((56, 64), (60, 62), (64, 65), (58, 58), (66, 60), (54, 60)))
    return sack + grains + line(2, 67, 70, 67, 2)


@pic("compost", "compost heap: dark compost with leaves, peel and a worm (compost)",
     "compost, composthoop, compostbak, compost heap, groenafval")
def _():
    slats = "".join(rect(6, 34 + i * 9, 60, 7, "#C19A6B", 1) for i in range(4))
    heap = path("M10,36 C14,20 26,14 36,14 C46,14 58,20 62,36 Z", "#5A3A1A")
    bits = (path("M24,26 c4,-6 10,-6 12,-2 c-4,4 -8,6 -12,2 Z", LGRN, 'stroke-width="1.5"') +
            path("M42,22 c-2,6 2,10 8,8 c-2,-2 -4,-6 -4,-10 Z", YEL, 'stroke-width="1.5"') +
            path("M30,32 c4,-4 10,-6 14,-4", extra=f'stroke="{ORA}" stroke-width="3"'))
    return heap + bits + slats + line(8, 34, 8, 70, 3) + line(64, 34, 64, 70, 3) + line(2, 70, 70, 70, 2)


@pic("snoeiafval", "pruning waste: a pile of cut branches and leaves (snoeiafval, groenafval)",
     "snoeiafval, groenafval, snoeihout, pruning waste, green waste, takken")
def _():
    return (line(2, 66, 70, 66, 2) + branch(4, 62, 1.2, -6) + branch(10, 56, 1.1, 8) + branch(66, 60, 1.1, 190) +
            branch(20, 48, 1.0, -12) + branch(60, 50, 0.9, 200) + branch(26, 42, 0.8, 5))


@pic("bladblazer", "leaf blower blowing leaves away (bladblazer)", "bladblazer, blower, leaf blower, bladeren blazen")
def _():
    blower = (rect(6, 20, 24, 18, ORA, 5) + path("M10,20 C10,10 26,10 26,20", extra='stroke-width="3.5"') +
              tube("M28,32 L54,46", DGRY, 5) + rect(4, 36, 10, 6, DGRY, 2))
    air = (path("M56,44 C60,46 64,46 68,44", extra='stroke-width="1.5"') + path("M56,50 C60,52 64,54 68,54", extra='stroke-width="1.5"'))
    leaves = (path("M56,30 c4,-6 10,-6 12,-2 c-4,4 -8,6 -12,2 Z", ORA, 'stroke-width="1.5"') +
              path("M60,60 c4,-6 10,-6 12,-2 c-4,4 -8,6 -12,2 Z", "#C0392B", 'stroke-width="1.5"') +
              path("M44,58 c4,-6 10,-6 12,-2 c-4,4 -8,6 -12,2 Z", YEL, 'stroke-width="1.5"'))
    return blower + air + leaves + line(2, 68, 70, 68, 2)


@pic("hark", "garden rake (hark)", "hark, harkje, rake, bladhark, gereedschap")
def _():
    return tube("M62,4 L30,52", BRN, 4) + g(rake_head(0, 0, 34), t="translate(16,54) rotate(0)")


@pic("schoffel", "Dutch hoe: flat blade on a long handle (schoffel)", "schoffel, hak, hoe, Dutch hoe, onkruid")
def _():
    return (tube("M62,4 L34,50", BRN, 4) + path("M34,50 L26,56 M34,50 L40,58", extra='stroke-width="3"') +
            path("M16,56 L44,56 L44,62 L16,62 Z", GRY) + line(18, 62, 42, 62, 2.5, LGRY))


@pic("snoeischaar", "pruning shears / secateurs (snoeischaar)", "snoeischaar, snoeitang, secateurs, pruning shears")
def _():
    return secateurs(28, 44, 1.1, -35)


@pic("gieter", "green watering can with a rose spout (gieter)", "gieter, watering can, water geven")
def _():
    return watering_can(18, 64, 1.1)


@pic("maaien", "mowing: mower cuts long grass short, clippings fly (maaien)",
     "maaien, gras maaien, to mow, mowing, grasmaaier")
def _():
    long_grass = "".join(path(f"M{x},66 L{x + 2},{46 - (x % 3) * 3} L{x + 4},66 Z", GRN, 'stroke-width="1.2"') for x in range(44, 70, 4))
    short = "".join(line(x, 66, x + 1, 62, 1.5, DGRN) for x in range(4, 34, 3))
    mower = (rect(22, 48, 24, 12, RED, 4) + wheel(26, 62, 4) + wheel(42, 62, 4) + tube("M24,48 L8,24", GRY, 2.5) + line(4, 22, 12, 26, 4))
    clips = "".join(line(x, y, x + 2, y - 2, 1.5, GRN) for x, y in ((30, 40), (36, 36), (42, 40), (34, 30)))
    return line(2, 66, 70, 66, 2) + short + long_grass + mower + clips + arrow(50, 30, 64, 30, BLK, 2.5)


@pic("snoeien", "pruning: secateurs cut a branch, the cut piece falls (snoeien)",
     "snoeien, knippen, afknippen, to prune, snoeischaar, takken")
def _():
    stem = tube("M4,66 L16,40 L26,14", BRN, 4) + tube("M16,40 L6,26", BRN, 3)
    leaves = (path("M26,14 c4,-6 10,-6 12,-2 c-4,4 -8,6 -12,2 Z", GRN, 'stroke-width="1.5"') +
              path("M6,26 c-6,-4 -6,-10 -2,-12 c4,4 4,8 2,12 Z", GRN, 'stroke-width="1.5"'))
    piece = g(tube("M0,0 L20,0", BRN, 3), path("M20,0 c4,-6 10,-6 12,-2 c-4,4 -8,6 -12,2 Z", GRN, 'stroke-width="1.5"'),
              t="translate(30,48) rotate(20)")
    cut = path("M20,32 L24,36", extra=f'stroke="{WHT}" stroke-width="3"')
    return stem + leaves + cut + secateurs(40, 30, 0.8, 200) + piece + arrow(62, 40, 62, 62, BLK, 2)


@pic("schoffelen", "hoeing: pushing a hoe through the soil to cut weeds (schoffelen)",
     "schoffelen, schoffel, to hoe, onkruid wegschoffelen")
def _():
    return (soil(2, 56, 68, 14) + line(2, 56, 70, 56, 2) + tube("M64,8 L38,50", BRN, 4) +
            path("M20,52 L44,52 L44,58 L20,58 Z", GRY) + path("M38,50 L32,52", extra='stroke-width="3"') +
            g(path("M0,0 C-4,-6 -2,-10 0,-10 C2,-8 2,-4 0,0 Z", GRN, 'stroke-width="1.2"'), t="translate(12,56) rotate(-70)") +
            path("M8,50 C6,46 8,44 10,44", extra=f'stroke="{GRN}" stroke-width="2"') +
            path("M48,62 L56,62 M52,66 L60,66", extra='stroke-width="2"') + arrow(46, 62, 26, 62, BLK, 2))


@pic("wieden", "weeding: a hand pulls a weed out of the soil, roots and all (wieden)",
     "wieden, onkruid wieden, to weed, onkruid trekken")
def _():
    weed = (line(36, 40, 36, 28, 2.5, DGRN) + path("M36,34 L26,26 L30,26 L24,20 L32,24 L34,20 Z", GRN, 'stroke-width="1.5"') +
            path("M36,34 L46,26 L42,26 L48,20 L40,24 L38,20 Z", GRN, 'stroke-width="1.5"') +
            path("M36,40 C34,46 30,48 28,52 M36,40 C38,46 42,48 44,52 M36,40 L36,52", extra=f'stroke="#C8A46A" stroke-width="2"'))
    fist = (path("M26,6 L46,6 C50,6 50,20 46,20 L26,20 C22,20 22,6 26,6 Z", SKIN) +
            path("M31,20 L31,14 M36,20 L36,14 M41,20 L41,14", extra='stroke-width="1.3"') +
            path("M26,20 C22,22 24,28 30,26", SKIN, 'stroke-width="1.5"') + rect(30, 0, 12, 6, BLU, 1))
    return soil(2, 58, 68, 12) + path("M28,58 C30,54 42,54 44,58", "#5A3A1A") + line(2, 58, 70, 58, 2) + weed + fist + arrow(58, 34, 58, 12, GRN, 3)


@pic("harken", "raking: a rake pulls leaves into a heap (harken)", "harken, bladeren harken, to rake, hark")
def _():
    leaves = "".join(path(f"M{x},{y} c4,-6 10,-6 12,-2 c-4,4 -8,6 -12,2 Z", c, 'stroke-width="1.3"')
                     for x, y, c in ((6, 62, ORA), (12, 56, YEL), (18, 62, "#C0392B"), (8, 52, ORA), (48, 64, YEL), (60, 62, ORA)))
    return (line(2, 66, 70, 66, 2) + leaves + tube("M66,8 L42,50", BRN, 4) + rake_head(28, 52, 26) +
            arrow(40, 40, 26, 40, BLK, 2.5) + path("M52,56 L58,56 M50,60 L56,60", extra='stroke-width="1.5"'))


@pic("planten", "planting: hands put a young plant with its root ball into a hole (planten)",
     "planten, poten, inplanten, to plant, plant in de grond")
def _():
    ground = soil(2, 50, 68, 20) + path("M24,50 C26,62 46,62 48,50 Z", "#4A2E12") + line(2, 50, 70, 50, 2)
    ball = circle(36, 48, 8, "#7A4A22") + plant_sprout(36, 42, 0.9)
    hands = (g(path("M-4,-6 L10,-6 C14,-6 14,6 10,6 L-4,6 Z", SKIN), t="translate(20,46)") +
             g(path("M4,-6 L-10,-6 C-14,-6 -14,6 -10,6 L4,6 Z", SKIN), t="translate(52,46)") +
             rect(6, 41, 10, 10, BLU, 2) + rect(56, 41, 10, 10, BLU, 2))
    return ground + ball + hands + arrow(62, 14, 62, 32, GRN, 3)


@pic("water-geven", "watering: a watering can pours water on a young plant (water geven)",
     "water geven, begieten, sproeien, to water, gieter")
def _():
    drops = "".join(line(x, y, x - 1, y + 5, 1.8, LBLU) for x, y in ((46, 36), (50, 40), (54, 36), (48, 46), (52, 48), (56, 44)))
    return (soil(30, 62, 40, 8) + line(30, 62, 70, 62, 2) + plant_sprout(52, 62, 1.0) + drops +
            watering_can(12, 42, 0.9, 25))


@pic("spitten", "digging over the soil: a boot pushes the spade into the ground (spitten)",
     "spitten, omspitten, graven, to dig, spade")
def _():
    spade = (tube("M36,4 L36,36", BRN, 4) + path("M28,4 L44,4", extra='stroke-width="4"') +
             path("M28,36 L44,36 L44,54 C44,60 40,62 36,64 C32,62 28,60 28,54 Z", GRY))
    boot = path("M44,30 L58,30 L58,36 L64,38 L64,44 L44,44 Z", DGRY) + line(44, 44, 64, 44, 3)
    clods = circle(14, 44, 5, "#7A4A22") + circle(22, 40, 4, "#7A4A22") + circle(58, 50, 3, "#7A4A22")
    return soil(2, 46, 68, 24) + line(2, 46, 70, 46, 2) + clods + spade + boot + arrow(66, 14, 66, 28, BLK, 2.5)


@pic("zaaien", "sowing: a hand scatters seeds over rows of soil (zaaien)", "zaaien, inzaaien, to sow, zaad, zaadjes")
def _():
    rows = "".join(path(f"M2,{y} C20,{y - 4} 52,{y - 4} 70,{y}", extra='stroke="#5A3A1A" stroke-width="2"') for y in (58, 66))
    seeds = "".join(f'<ellipse cx="{x}" cy="{y}" rx="2" ry="1.3" fill="#E9D8A6" stroke="#000" stroke-width="0.8"/>'
                    for x, y in ((30, 30), (34, 38), (26, 40), (38, 46), (22, 34), (42, 38), (32, 48), (20, 46), (28, 54)))
    palm = g(path("M0,0 C-4,6 -2,14 6,16 L18,16 C22,14 22,8 18,6 L10,0 Z", SKIN),
             path("M2,14 L-6,22 M6,16 L0,25 M10,16 L6,26 M14,16 L12,26", extra='stroke-width="3.5"'),
             path("M2,14 L-6,22 M6,16 L0,25 M10,16 L6,26 M14,16 L12,26", extra=f'stroke="{SKIN}" stroke-width="2"'),
             rect(8, -8, 16, 10, BLU, 2), t="translate(38,8) rotate(10)")
    return soil(2, 50, 68, 20) + rows + line(2, 50, 70, 50, 2) + palm + seeds


@pic("rooien", "uprooting: a shrub is pulled out of the ground with its roots (rooien)",
     "rooien, uitgraven, verwijderen, to uproot, dig up, struik weghalen")
def _():
    roots = path("M36,40 C32,46 26,48 22,52 M36,40 C40,46 46,48 50,52 M36,40 L36,54 M36,44 C30,50 28,54 28,58",
                 extra=f'stroke="#C8A46A" stroke-width="3"')
    return (soil(2, 56, 68, 14) + path("M20,56 C22,66 50,66 52,56 Z", "#4A2E12") + line(2, 56, 70, 56, 2) +
            circle(36, 40, 7, "#7A4A22") + roots + line(36, 34, 36, 26, 3, BRN) +
            leafy(36, 20, [(-8, 2, 8), (8, 2, 8), (0, -6, 9)]) + arrow(60, 40, 60, 16, GRN, 3))


@pic("afvoeren", "taking away green waste: a trailer full of branches drives away (afvoeren)",
     "afvoeren, wegbrengen, ophalen, to take away, remove, groenafval, aanhanger")
def _():
    load = branch(10, 30, 0.9, -5) + branch(16, 26, 0.8, 10) + leafy(30, 28, [(0, 0, 7), (10, 2, 6)])
    trailer = path("M4,34 L48,34 L46,50 L6,50 Z", GRY) + wheel(26, 54, 6) + line(48, 46, 58, 46, 3)
    car = path("M56,50 L56,36 L62,30 L70,30 L70,50 Z", BLU) + wheel(64, 54, 5)
    return load + trailer + car + arrow(40, 12, 64, 12, GRN, 3) + line(2, 60, 70, 60, 2)


@pic("voorman", "foreman: a worker in a hi-vis vest with a clipboard points where to work (voorman)",
     "voorman, ploegleider, uitvoerder, foreman, baas, leidinggevende buiten")
def _():
    body = (head(30, 14, 7) + path("M22,8 C22,2 38,2 38,8 L40,10 L20,10 Z", GRN) +
            path("M20,24 L40,24 L39,48 L21,48 Z", ORA) + line(22, 34, 38, 34, 2.5, YEL) +
            line(24, 48, 22, 68, 5) + line(36, 48, 38, 68, 5) + line(20, 26, 12, 44, 4))
    arm = line(40, 26, 58, 18, 4) + path("M58,18 L66,14", extra='stroke-width="3"')
    clip = rect(6, 40, 14, 18, BRN, 1) + rect(8, 43, 10, 13, WHT, 0) + line(9, 47, 16, 47, 1) + line(9, 51, 16, 51, 1)
    return body + arm + clip + leafy(60, 50, [(0, 0, 8), (-6, 6, 6)]) + line(46, 68, 70, 68, 2)


@pic("mag-deze-plant-weg", "'Mag deze plant weg?': a plant, a question mark and an arrow to the wheelbarrow",
     "mag deze plant weg, onkruid of niet, weghalen, vraag, plant")
def _():
    barrow = (path("M44,48 L70,48 L64,60 L50,60 Z", GRN) + wheel(50, 64, 4) + line(44, 48, 40, 46, 3))
    return (soil(2, 58, 34, 12) + line(2, 58, 36, 58, 2) + plant_sprout(18, 58, 1.2) + speech(30, 4, 26, 26, WHT) +
            qmark(43, 25, 22, BLU) + barrow + arrow(28, 44, 42, 50, BLK, 2.5))


@pic("klaar-met-dit-stuk", "'Ik ben klaar met dit stuk': one part of the lawn is mown and ticked, the rest is not",
     "klaar met dit stuk, deel af, part finished, gemaaid, volgende stuk")
def _():
    done = path("M2,26 L24,26 L24,66 L2,66 Z", LGRN) + "".join(line(6 + i * 4, 66, 6 + i * 4, 26, 1, GRN) for i in range(5))
    todo = path("M24,26 L70,26 L70,66 L24,66 Z", GRN) + "".join(
        path(f"M{x},66 L{x + 2},{50 - (x % 3) * 3} L{x + 4},66", extra=f'stroke="{DGRN}" stroke-width="1.2"') for x in range(26, 68, 5))
    return done + todo + line(24, 22, 24, 68, 2.5, BLK) + rect(2, 26, 68, 40, "none", 0) + circle(14, 14, 10, GRN) + check(14, 14, 0.9, WHT)


@pic("herhalen-oor", "'Kun je dat herhalen?': hand cupped behind the ear, repeat arrows and a question mark",
     "kun je dat herhalen, herhalen, nog een keer, repeat, say again, niet verstaan")
def _():
    ear = (path("M10,22 C10,8 30,6 32,22 C33,32 24,34 24,44 C24,52 16,54 12,48", SKIN, 'stroke-width="2.5"') +
           path("M16,24 C16,16 25,16 26,24 C26,30 19,30 19,36", extra='stroke-width="1.8"'))
    cup = g(hand(0, 0, 0.5, -15), t="translate(38,54)")
    rep_ = (path("M46,12 A13,13 0 1 1 40,32", extra=f'stroke="{BLU}" stroke-width="4"') +
            path("M36,26 L40,33 L47,29", extra=f'stroke="{BLU}" stroke-width="4"'))
    return ear + cup + rep_ + qmark(54, 31, 18, BLU)


# ================================================================== werkvloer


def bulb(cx, cy, s=1.0, lit=True) -> str:
    out = (f'<g transform="translate({cx},{cy}) scale({s})">' +
           path("M-10,0 C-10,-14 10,-14 10,0 C10,6 5,8 5,14 L-5,14 C-5,8 -10,6 -10,0 Z", YEL if lit else LGRY) +
           rect(-5, 14, 10, 6, GRY, 1) + line(-4, 17, 4, 17, 1))
    if lit:
        out += "".join(line(round(16 * math.cos(math.radians(a)), 1), round(-3 + 16 * math.sin(math.radians(a)), 1),
                            round(21 * math.cos(math.radians(a)), 1), round(-3 + 21 * math.sin(math.radians(a)), 1), 2, ORA)
                       for a in (-160, -125, -90, -55, -20))
    return out + "</g>"


def phone(x, y, w=22, h=38, screen=WHT) -> str:
    return rect(x, y, w, h, DGRY, 4) + rect(x + 3, y + 5, w - 6, h - 12, screen, 1) + circle(x + w / 2, y + h - 3.5, 1.5, LGRY)


def waving_hand(x, y, s=1.0) -> str:
    return (hand(x, y, s, 15) + path(f"M{x + 18 * s},{y - 34 * s} C{x + 24 * s},{y - 30 * s} {x + 24 * s},{y - 24 * s} {x + 22 * s},{y - 20 * s}",
                                      extra='stroke-width="2"') +
            path(f"M{x - 16 * s},{y - 30 * s} C{x - 20 * s},{y - 26 * s} {x - 20 * s},{y - 20 * s} {x - 18 * s},{y - 16 * s}", extra='stroke-width="2"'))


def payslip(x, y, w, h) -> str:
    out = document(x, y, w, h, WHT, 0) + txt(x + 9, y + 14, "€", 11, GRN)
    for i in range(4):
        ly = y + 22 + i * 7
        out += line(x + 5, ly, x + w * 0.55, ly, 1.5, GRY) + line(x + w * 0.65, ly, x + w - 6, ly, 1.5, BLK)
    out += line(x + 5, y + h - 8, x + w - 6, y + h - 8, 2) + rect(x + w * 0.6, y + h - 6, w * 0.32, 4, LGRN, 1, 'stroke-width="1"')
    return out


def weekend_strip(x, y, w, h, wk=ORA) -> str:
    return (rect(x, y - 6, w, 6, RED, 1, 'stroke-width="1.5"') + week(x, y, w, h, {5: wk, 6: wk}))


def sun(cx, cy, r=6) -> str:
    rays = "".join(line(round(cx + (r + 2) * math.cos(math.radians(a)), 1), round(cy + (r + 2) * math.sin(math.radians(a)), 1),
                        round(cx + (r + 5) * math.cos(math.radians(a)), 1), round(cy + (r + 5) * math.sin(math.radians(a)), 1), 2, ORA)
                   for a in range(0, 360, 45))
    return rays + circle(cx, cy, r, YEL)


def moon(cx, cy, r=8) -> str:
    return path(f"M{cx},{cy - r} A{r},{r} 0 1 0 {cx + r * 0.8},{cy + r * 0.6} A{r * 0.75},{r * 0.75} 0 0 1 {cx},{cy - r} Z", YEL)


def door(x, y, w=18, h=34, fill=BRN) -> str:
    return rect(x, y, w, h, fill, 1) + circle(x + w - 4, y + h / 2, 1.3, YEL)


def pass_card(x, y, w=26, h=17, rot=0) -> str:
    return g(rect(0, 0, w, h, LBLU, 2), circle(7, 8, 3.5, SKIN, 'stroke-width="1.2"'), line(13, 6, w - 3, 6, 1.5, WHT),
             line(13, 10, w - 5, 10, 1.5, WHT), rect(3, h - 4, w - 6, 2, BLU, 0, 'stroke="none"'),
             t=f"translate({x},{y}) rotate({rot})")


def reader(x, y) -> str:
    return rect(x, y, 14, 22, DGRY, 2) + rect(x + 3, y + 3, 8, 6, "#9EE29E", 1, 'stroke-width="1"') + circle(x + 7, y + 15, 3, GRY, 'stroke-width="1"')


@pic("ik-begrijp-het", "'Ik begrijp het': smiling face with a lit light bulb (I understand)",
     "ik begrijp het, begrijpen, snappen, understand, I get it, duidelijk")
def _():
    return face(28, 44, 22, "happy") + bulb(54, 20, 0.9)


@pic("is-het-duidelijk", "'Is het duidelijk?': the boss asks, a speech bubble with a light bulb and a question mark",
     "is het duidelijk, duidelijk, begrijp je het, is that clear, uitleg")
def _():
    return (person(14, 68, 1.0, DGRY) + speech(26, 2, 44, 36, WHT) + bulb(40, 20, 0.65) + qmark(60, 32, 22, BLU))


@pic("kun-je-langzamer-praten", "'Kun je wat langzamer praten?': speech bubble with a slow snail",
     "langzamer praten, langzaam, slowly, speak slowly, slak")
def _():
    snail = (path("M12,26 C12,20 18,18 24,18 L54,18 C60,18 62,22 60,26 Z", "#E9C46A") +
             circle(36, 10, 12, "#C77D3A") + path("M36,10 m-7,0 a7,7 0 1 1 7,7 a3.5,3.5 0 1 1 -3.5,-3.5", extra='stroke-width="1.5"') +
             line(56, 18, 58, 6, 1.5) + line(60, 18, 66, 8, 1.5) + circle(58, 6, 1.4, BLK) + circle(66, 8, 1.4, BLK))
    face_ = face(12, 58, 11, "neutral")
    return (speech(18, 2, 52, 44, WHT, "left") + g(snail, t="translate(18,12) scale(0.8)") +
            path("M26,40 L50,40", extra='stroke-width="2" stroke-dasharray="2 3"') + face_)


@pic("wat-betekent-dat", "'Wat betekent dat?': a speech bubble with a word (abc) and a question mark",
     "wat betekent dat, betekenis, what does that mean, woord, uitleg")
def _():
    return (speech(4, 4, 64, 40, WHT) + txt(28, 31, "abc", 20, BLK) + line(12, 36, 44, 36, 2, RED) + qmark(56, 36, 28, BLU) +
            face(14, 60, 9, "neutral"))


@pic("hoe-heet-dit", "'Hoe heet dit?': a hand points at a tool, question mark above it",
     "hoe heet dit, wat is dit, what is this called, aanwijzen, woord")
def _():
    finger = g(path("M0,-6 L24,-6 C28,-6 28,0 24,0 L12,0 L14,8 C14,12 10,12 2,12 L-6,12 L-6,-6 Z", SKIN),
               rect(-16, -8, 10, 22, BLU, 2), t="translate(18,52)")
    wrench = g(tube("M0,0 L22,0", GRY, 5), path("M22,-7 C30,-9 34,-2 32,3 L27,1 L25,5 L29,8 C24,12 18,8 20,2 Z", GRY),
               t="translate(44,46) rotate(-20) scale(0.9)")
    return speech(40, 4, 26, 24, WHT) + qmark(53, 24, 20, BLU) + finger + wrench


@pic("moet-ik-eerst", "'Moet ik eerst …?': step 1 (sweep) with a question mark, arrow, step 2 (mop)",
     "moet ik eerst, eerst, volgorde, first, order, stap 1, stap 2")
def _():
    c1 = rect(4, 22, 28, 40, WHT, 3) + circle(10, 16, 7, ORA) + txt(10, 20.5, "1", 11, BLK)
    c2 = rect(42, 22, 26, 40, WHT, 3) + circle(48, 16, 7, LGRY) + txt(48, 20.5, "2", 11, BLK)
    broom = g(tube("M10,-18 L0,0", BRN, 2.5), path("M-8,0 L6,2 L4,8 L-10,6 Z", ORA), t="translate(18,46)")
    mop = g(tube("M8,-18 L0,0", "#4A90C8", 2.5), rect(-6, -1, 12, 4, GRY, 1),
            "".join(line(-4 + i * 2.5, 3, -6 + i * 3, 10, 2.5, BLK) + line(-4 + i * 2.5, 3, -6 + i * 3, 10, 1.2, WHT) for i in range(4)),
            t="translate(55,44)")
    return c1 + c2 + broom + mop + arrow(33, 42, 41, 42, BLK, 2.5) + qmark(24, 18, 18, BLU)


@pic("wat-nu-doen", "'Wat moet ik nu doen?': worker who is done asks for a new task (question mark with tools)",
     "wat moet ik nu doen, nieuwe taak, what now, wat nu, klaar")
def _():
    tools = (g(tube("M0,0 L12,-12", BRN, 2.5), rect(8, -18, 12, 6, GRY, 1), t="translate(38,28) rotate(10)") +
             g(tube("M0,0 L12,0", GRY, 3), circle(14, 0, 3.5, GRY), t="translate(48,30) rotate(-40)"))
    return person(16, 68, 1.1, BLU, helmet=True) + check(8, 12, 0.8) + speech(28, 4, 40, 34, WHT) + qmark(56, 30, 22, BLU) + tools


@pic("kun-je-me-even-helpen", "'Kun je me even helpen?': a worker struggles with a heavy box and asks for help",
     "kun je me even helpen, hulp vragen, help me, can you help, te zwaar")
def _():
    worker_ = (head(22, 26, 6) + path("M16,34 L28,34 L27,52 L17,52 Z", BLU) + line(19, 52, 14, 68, 4) + line(25, 52, 30, 68, 4) +
               line(17, 36, 10, 20, 3.5) + line(27, 36, 34, 20, 3.5))
    box = rect(4, 6, 36, 15, BRN, 1) + line(4, 13, 40, 13, 1.2, DBRN)
    sweat = drop(32, 30, 0.45) + drop(12, 30, 0.4)
    return worker_ + box + sweat + speech(44, 14, 26, 26, WHT) + qmark(57, 35, 20, BLU) + path("M4,2 L8,0 M36,0 L40,2", extra='stroke-width="1.5"')


@pic("zal-ik-je-helpen", "'Zal ik je helpen?': a colleague offers to help carry a heavy box",
     "zal ik je helpen, hulp aanbieden, can I help you, helpen, meehelpen")
def _():
    carrier = person(16, 68, 1.0, BLU) + rect(4, 36, 24, 16, BRN, 1)
    helper = (head(52, 34, 6) + path("M46,42 L58,42 L57,58 L47,58 Z", ORA) + line(49, 58, 47, 68, 4) + line(55, 58, 57, 68, 4) +
              line(47, 44, 36, 46, 3.5) + line(47, 48, 36, 50, 3.5))
    return carrier + helper + speech(42, 2, 26, 22, WHT, "right") + qmark(55, 20, 18, GRN)


@pic("is-het-zo-goed", "'Is het zo goed?': a cleaned table with sparkles and a bubble with a thumbs-up and a question mark",
     "is het zo goed, goed zo, is this OK, controleren, check")
def _():
    table = rect(4, 50, 42, 5, BRN, 1) + line(8, 55, 8, 68, 3) + line(42, 55, 42, 68, 3) + sparkle(16, 42, 0.7) + sparkle(32, 38, 0.9)
    return table + speech(28, 2, 42, 30, WHT, "left") + fist_thumb_up(42, 18, 0.55) + qmark(60, 27, 18, BLU)


@pic("klopt-dat", "'Klopt dat?': speech bubble with a green check mark and a question mark",
     "klopt dat, is dat goed, is that right, correct, checken")
def _():
    return speech(4, 8, 64, 44, WHT, "left") + check(24, 30, 1.6) + qmark(52, 44, 28, BLU) + face(12, 62, 8, "neutral")


@pic("instructie", "instruction card: numbered steps 1-2-3 with small pictures (instructie)",
     "instructie, instructies, werkinstructie, uitleg, instruction, stappen")
def _():
    out = document(8, 4, 56, 64, WHT, 0)
    for i in range(3):
        y = 16 + i * 17
        out += circle(18, y, 5.5, BLU) + txt(18, y + 4, str(i + 1), 9, WHT) + rect(28, y - 6, 12, 12, "#EAF2FB", 1, 'stroke-width="1.2"')
        out += line(44, y - 2, 58, y - 2, 1.5, GRY) + line(44, y + 3, 54, y + 3, 1.5, GRY)
    out += drop(34, 16, 0.5) + g(line(-4, 4, 4, -4, 2.5, BRN), t="translate(34,33)") + check(34, 50, 0.45)
    return out


@pic("ik-spreek-nog-niet-goed-nederlands", "'Ik spreek nog niet goed Nederlands': Dutch flag in a speech bubble and a hand showing 'a little'",
     "ik spreek nog niet goed Nederlands, een beetje Nederlands, a little Dutch, taal leren")
def _():
    flag = rect(30, 8, 30, 6, RED, 0, 'stroke="none"') + rect(30, 14, 30, 6, WHT, 0, 'stroke="none"') + \
        rect(30, 20, 30, 6, BLU, 0, 'stroke="none"') + rect(30, 8, 30, 18, "none", 0, 'stroke-width="1.5"')
    meter = "".join(rect(30 + i * 7.5, 30, 7.5, 6, GRN if i == 0 else WHT, 0, 'stroke-width="1.2"') for i in range(4))
    return speech(22, 2, 46, 40, WHT) + flag + meter + face(16, 56, 12, "neutral")


@pic("bij-wie-moet-ik-me-melden", "'Bij wie moet ik me melden?': a newcomer asks which person to go to",
     "bij wie moet ik me melden, melden, aanmelden, who do I report to, eerste dag")
def _():
    who = g(circle(0, -8, 6, LGRY), path("M-10,8 C-10,-2 10,-2 10,8 Z", LGRY), t="translate(46,22)")
    return (person(14, 68, 1.05, ORA) + rect(20, 50, 8, 10, BRN, 1) + speech(26, 2, 42, 32, WHT) + who + qmark(60, 28, 18, BLU))


@pic("hoe-gaat-het", "'Hoe gaat het?': speech bubble with a happy, an OK and a sad face and a question mark",
     "hoe gaat het, hoe is het, how are you, vragen")
def _():
    return (speech(4, 4, 64, 40, WHT) + face(16, 20, 7, "smile") + face(33, 20, 7, "neutral") + face(50, 20, 7, "sad") +
            qmark(36, 42, 14, BLU) + face(14, 60, 9, "smile"))


@pic("alles-goed", "'Alles goed?': speech bubble with a thumbs-up and a question mark",
     "alles goed, alles oké, all good, hoe is het")
def _():
    return speech(4, 4, 64, 42, WHT) + fist_thumb_up(26, 24, 0.8) + qmark(54, 38, 28, BLU) + face(14, 62, 8, "smile")


@pic("goed-en-met-jou", "'Goed, en met jou?': a happy face with thumbs up asks back (question mark to the other person)",
     "goed en met jou, en jij, and you, prima, antwoord")
def _():
    return (face(20, 24, 16, "happy") + fist_thumb_up(20, 56, 0.55) + arrow(38, 40, 52, 40, BLK, 2.5) +
            face(60, 52, 10, "neutral", LGRY) + qmark(60, 30, 18, BLU))


@pic("weekend-vraag", "'Hoe was je weekend?': a week with Saturday and Sunday coloured, and a question mark",
     "hoe was je weekend, weekend, zaterdag, zondag, maandagochtend")
def _():
    return weekend_strip(4, 40, 64, 14) + speech(28, 2, 30, 26, WHT, "right") + qmark(43, 23, 20, BLU) + \
        path("M50,56 L50,62 L62,62 L62,56", extra='stroke-width="0"')


@pic("lekker-weekend-gehad", "'Lekker weekend gehad?': the weekend days with a smiling sun and a question mark",
     "lekker weekend gehad, fijn weekend gehad, nice weekend, weekend")
def _():
    return (weekend_strip(4, 50, 64, 14) + sun(56, 24, 7) + face(56, 24, 7, "smile") + speech(6, 6, 28, 26, WHT) +
            qmark(20, 27, 20, BLU) + arrow(56, 38, 60, 48, ORA, 2))


@pic("fijn-weekend", "'Fijn weekend!': a waving hand and the weekend days (Saturday and Sunday) coloured",
     "fijn weekend, goed weekend, have a nice weekend, afscheid vrijdag, tot maandag")
def _():
    return weekend_strip(4, 52, 64, 14, GRN) + waving_hand(36, 44, 0.9)


@pic("koffieautomaat", "coffee vending machine with a cup under the spout (koffieautomaat)",
     "koffieautomaat, koffiemachine, coffee machine, vending machine, koffie")
def _():
    return (rect(12, 4, 48, 64, "#8B4A2B", 4) + rect(18, 10, 24, 12, "#CDE8F8", 1) +
            "".join(rect(46, 10 + i * 7, 8, 5, LGRY, 1, 'stroke-width="1.2"') for i in range(4)) +
            rect(20, 36, 32, 24, DGRY, 2) + rect(32, 36, 8, 4, GRY, 0) +
            path("M30,48 L42,48 L41,58 L31,58 Z", WHT) + path("M34,46 C32,42 36,42 34,38", extra=f'stroke="{WHT}" stroke-width="1.2"') +
            rect(12, 62, 48, 6, DGRY, 1))


@pic("collegas", "colleagues: two workers side by side, one with a hand on the other's shoulder (collega)",
     "collega, collega's, colleague, co-worker, samen werken")
def _():
    a = (head(24, 16, 7) + path("M14,26 L34,26 L33,48 L15,48 Z", BLU) + line(18, 48, 17, 68, 5) + line(30, 48, 31, 68, 5) +
         line(15, 28, 11, 46, 4))
    b = (head(48, 16, 7) + path("M38,26 L58,26 L57,48 L39,48 Z", ORA) + line(42, 48, 41, 68, 5) + line(54, 48, 55, 68, 5) +
         line(57, 28, 61, 46, 4))
    return a + b + line(33, 28, 42, 27, 4) + path("M20,19 C22,21 26,21 28,19", extra='stroke-width="1.2"') + \
        path("M44,19 C46,21 50,21 52,19", extra='stroke-width="1.2"')


@pic("gezellig", "'gezellig': two people laughing together at a table with coffee and a heart",
     "gezellig, leuk samen, cosy, sociable, nice together, kantine")
def _():
    return (rect(8, 48, 56, 5, BRN, 1) + line(14, 53, 14, 68, 3) + line(58, 53, 58, 68, 3) +
            face(16, 28, 11, "happy") + face(56, 28, 11, "happy") + mug(30, 48, 0.6, WHT, False) + mug(44, 48, 0.6, WHT, False) +
            path("M36,14 C36,10 30,8 29,13 C28,17 36,22 36,22 C36,22 44,17 43,13 C42,8 36,10 36,14 Z", LRED, 'stroke-width="1.5"'))


@pic("ik-meld-me-ziek", "'Ik meld me ziek': a phone call with a sick face (thermometer) in the speech bubble",
     "ik meld me ziek, ziekmelden, call in sick, bellen, ziek")
def _():
    therm = g(rect(-2, -12, 4, 16, WHT, 2, 'stroke-width="1.2"'), circle(0, 6, 3, RED, 'stroke-width="1.2"'), t="translate(58,22) rotate(30)")
    return phone(6, 26, 22, 40) + face(17, 43, 7, "sick", "#B5D96A") + speech(30, 4, 38, 32, WHT) + \
        face(46, 20, 11, "sick", "#B5D96A") + therm + path("M30,30 C32,32 34,32 36,30", extra='stroke-width="0"')


@pic("ik-kan-vandaag-niet-komen", "'Ik kan vandaag niet komen': today's date on the calendar with a workplace crossed out",
     "ik kan vandaag niet komen, niet komen, afmelden, can't come today, afwezig")
def _():
    factory = (path("M18,60 L18,42 L28,36 L28,42 L38,36 L38,42 L48,36 L48,60 Z", LGRY) + rect(40, 26, 6, 12, GRY, 0) +
               rect(24, 50, 6, 10, BRN, 0))
    return calendar(8, 10, 50, 56, RED) + factory + cross(33, 48, 2.0, RED) + txt(33, 20.5, "•", 10, WHT)


@pic("ik-ben-weer-beter", "'Ik ben weer beter': a sick face, an arrow, then a healthy happy face",
     "ik ben weer beter, beter melden, hersteld, better again, gezond")
def _():
    return face(16, 36, 13, "sick", "#B5D96A") + arrow(31, 36, 41, 36, GRN, 3) + face(56, 36, 14, "happy") + sparkle(66, 18, 0.6)


@pic("ziekmelding", "sick report: form with a thermometer and a sick face (ziekmelding)",
     "ziekmelding, ziekteverzuim, sick report, ziek melden, formulier")
def _():
    therm = g(rect(-3, -16, 6, 20, WHT, 3, 'stroke-width="1.5"'), rect(-1, -8, 2, 10, RED, 0, 'stroke="none"'),
              circle(0, 6, 4, RED, 'stroke-width="1.5"'), t="translate(54,52) rotate(20)")
    return (document(8, 4, 46, 62, WHT, 0) + face(24, 22, 9, "sick", "#B5D96A") + line(36, 18, 48, 18, 1.5, GRY) +
            line(36, 24, 46, 24, 1.5, GRY) + line(14, 40, 44, 40, 1.5, GRY) + line(14, 46, 40, 46, 1.5, GRY) +
            rect(14, 52, 6, 6, WHT, 0, 'stroke-width="1.2"') + check(17, 55, 0.4) + line(24, 55, 36, 55, 1.5, GRY) + therm)


@pic("bedrijfsarts", "company doctor: a doctor with a stethoscope in front of the company building (bedrijfsarts)",
     "bedrijfsarts, arbo-arts, company doctor, occupational physician, arts")
def _():
    factory = (path("M36,40 L36,20 L46,14 L46,20 L56,14 L56,20 L66,14 L66,40 Z", LGRY) + rect(58, 4, 6, 12, GRY, 0))
    doc_ = (head(26, 22, 8) + path("M12,68 L12,42 C12,36 18,33 22,33 L30,33 C34,33 40,36 40,42 L40,68 Z", WHT) +
            path("M22,33 L26,42 L30,33", extra='stroke-width="1.5"') +
            path("M20,34 C16,44 18,52 24,52 C30,52 34,44 32,34", extra=f'stroke="{DGRY}" stroke-width="2"') + circle(24, 54, 3, GRY))
    return factory + doc_ + line(2, 68, 70, 68, 2)


@pic("vrij-vragen", "asking for time off: person with a speech bubble showing a free day (sun on the calendar) and a question mark",
     "vrij vragen, vrije dag vragen, ask for time off, verlof vragen")
def _():
    return (person(14, 68, 1.05, BLU) + speech(24, 2, 46, 40, WHT) + calendar(30, 12, 24, 24, GRN) + sun(42, 27, 4.5) +
            qmark(62, 34, 18, BLU))


@pic("mag-ik-vrijdag-vrij", "'Mag ik vrijdag vrij?': working week Monday-Friday with Friday coloured free and a question mark",
     "mag ik vrijdag vrij, vrijdag, vrije vrijdag, Friday off")
def _():
    return (rect(4, 36, 64, 6, RED, 1, 'stroke-width="1.5"') + week(4, 42, 64, 18, {4: LGRN}, 5) + sun(61, 51, 4) +
            "".join(circle(10.4 + i * 12.8, 51, 1.4, BLK) for i in range(4)) + speech(38, 2, 26, 26, WHT, "right") +
            qmark(51, 23, 20, BLU))


@pic("vrije-dag", "day off: one calendar page with a green band and a sun (vrije dag)",
     "vrije dag, vrij, day off, free day, niet werken")
def _():
    return calendar(12, 10, 48, 56, GRN) + sun(36, 44, 11)


@pic("verlof", "leave: calendar with a row of free days in green and a suitcase (verlof)",
     "verlof, vakantiedagen, leave, time off, vrije dagen")
def _():
    grid = "".join(rect(8 + c * 9, 22 + r * 9, 9, 9, LGRN if r == 1 and 1 <= c <= 5 else WHT, 0, 'stroke-width="1"')
                   for r in range(3) for c in range(6))
    case = rect(46, 46, 22, 18, ORA, 3) + path("M52,46 L52,41 L62,41 L62,46", extra='stroke-width="2"') + line(46, 54, 68, 54, 1.5)
    return calendar(4, 12, 62, 42, GRN) + grid + case


@pic("verlof-aanvragen", "requesting leave: application form with a calendar and a pen (verlof aanvragen)",
     "verlof aanvragen, aanvraag, request leave, formulier, vrij vragen")
def _():
    pen = g(rect(-3, -24, 6, 26, BLU, 1), path("M-3,2 L0,8 L3,2 Z", SKIN), t="translate(58,54) rotate(30)")
    return (document(6, 4, 46, 62, WHT, 0) + calendar(12, 14, 26, 22, GRN) +
            "".join(rect(15 + c * 7, 24, 6, 5, LGRN if c > 0 else WHT, 0, 'stroke-width="0.8"') for c in range(3)) +
            line(12, 44, 44, 44, 1.5, GRY) + line(12, 50, 40, 50, 1.5, GRY) +
            path("M12,58 C16,54 20,62 24,56 C26,53 28,60 32,57", extra=f'stroke="{BLU}" stroke-width="1.5"') + pen)


@pic("vakantie-aanvragen", "requesting holiday: application form with a beach umbrella and a pen (vakantie aanvragen)",
     "vakantie aanvragen, vakantie, request holiday, aanvraag, formulier")
def _():
    pen = g(rect(-3, -24, 6, 26, BLU, 1), path("M-3,2 L0,8 L3,2 Z", SKIN), t="translate(58,54) rotate(30)")
    umbrella = (path("M14,30 C16,16 42,16 44,30 Z", RED) + path("M22,30 C23,22 28,18 29,18 M36,30 C35,22 30,18 29,18", extra='stroke-width="1.5"') +
                line(29, 30, 29, 40, 2) + path("M12,40 C20,36 38,36 46,40 Z", YEL, 'stroke-width="1.5"'))
    return (document(6, 4, 46, 62, WHT, 0) + umbrella + line(12, 48, 44, 48, 1.5, GRY) +
            path("M12,58 C16,54 20,62 24,56 C26,53 28,60 32,57", extra=f'stroke="{BLU}" stroke-width="1.5"') + pen)


@pic("eerder-weg", "'Mag ik vandaag eerder weg?': a clock, a person leaving through the door early, and a question mark",
     "eerder weg, eerder gaan, leave early, vroeg weg, vraag")
def _():
    return (clock(20, 22, 16, 14, 0) + path("M20,6 A16,16 0 0 1 36,22", extra=f'stroke="{GRN}" stroke-width="3"') +
            door(44, 32, 20, 36, GRN) + person(36, 68, 0.85, BLU) + arrow(40, 46, 52, 46, BLK, 2.5) +
            speech(46, 2, 22, 22, WHT, "right") + qmark(57, 19, 16, BLU))


@pic("te-laat", "'Sorry, ik ben te laat': a person runs, the clock shows the time is past (red)",
     "te laat, sorry ik ben te laat, late, rennen, vertraging")
def _():
    runner = (head(50, 22, 6) + path("M44,30 L54,30 L50,46 L42,46 Z", BLU) + line(44, 46, 36, 56, 4) + line(36, 56, 34, 66, 4) +
              line(48, 46, 58, 56, 4) + line(58, 56, 66, 54, 4) + line(46, 32, 36, 40, 3.5) + line(52, 32, 62, 38, 3.5))
    speed = line(20, 40, 30, 40, 2) + line(22, 48, 32, 48, 2) + line(24, 56, 34, 56, 2)
    return clock(18, 18, 15, 9, 20, WHT, (0, 20), LRED) + runner + speed


@pic("tien-minuten-later", "'Ik kom tien minuten later': phone and a clock with the extra ten minutes marked",
     "ik kom later, tien minuten later, later komen, running late, bericht")
def _():
    return phone(4, 28, 22, 40) + speech(6, 2, 20, 20, WHT) + txt(16, 16, "+", 14, RED) + \
        clock(48, 40, 20, 8, 0, WHT, (0, 10), LRED) + arrow(48, 14, 60, 18, RED, 2)


@pic("vertraging", "delay: a bus with a clock that shows extra time (vertraging)",
     "vertraging, vertraagd, delay, bus, trein, te laat")
def _():
    bus = (rect(4, 30, 50, 28, YEL, 4) + "".join(rect(8 + i * 11, 34, 8, 10, "#CDE8F8", 1, 'stroke-width="1.5"') for i in range(4)) +
           wheel(14, 60, 5) + wheel(44, 60, 5) + line(4, 50, 54, 50, 1.5))
    return bus + clock(56, 20, 14, 3, 15, WHT, (0, 15), LRED) + line(2, 66, 70, 66, 2)


@pic("pauze-koffie-brood", "break: a mug of coffee and a sandwich (pauze)", "pauze, koffiepauze, lunchpauze, break, rust")
def _():
    sandwich = (path("M36,52 L66,52 L66,58 C66,60 64,62 62,62 L40,62 C38,62 36,60 36,58 Z", "#E9C46A") +
                path("M36,50 L66,50", extra=f'stroke="{GRN}" stroke-width="3"') + path("M38,46 L64,46 L66,50 L36,50 Z", YEL, 'stroke-width="1.5"') +
                path("M36,46 C36,40 66,40 66,46 Z", "#E9C46A"))
    return mug(20, 62, 1.3) + sandwich + line(2, 64, 70, 64, 2)


@pic("hoe-laat-is-de-pauze", "'Hoe laat is de pauze?': a clock, a mug of coffee and a question mark",
     "hoe laat is de pauze, pauze, wanneer pauze, what time is the break")
def _():
    return clock(24, 26, 20, 10, 0) + mug(56, 66, 0.9) + speech(46, 2, 24, 22, WHT, "right") + qmark(58, 19, 17, BLU)


@pic("pauze-houden", "'Ik ga even pauze houden': a person sits down on a chair with a mug of coffee",
     "pauze houden, pauze nemen, op pauze, break, zitten")
def _():
    chair = rect(14, 42, 26, 4, BRN, 1) + line(16, 46, 16, 66, 3) + line(38, 46, 38, 66, 3) + line(14, 42, 12, 18, 3)
    sitter = (head(26, 14, 6) + path("M20,22 L32,22 L32,40 L20,40 Z", BLU) + line(22, 42, 40, 44, 5) + line(40, 44, 42, 64, 4.5) +
              line(30, 24, 40, 32, 3.5))
    return chair + sitter + mug(46, 36, 0.7) + line(2, 67, 70, 67, 2) + clock(60, 18, 9, 10, 15, WHT, (0, 15), LGRN)


@pic("mag-ik-pauze-nemen", "'Mag ik even pauze nemen?': a tired, sweating worker asks for a short break (mug and question mark)",
     "mag ik pauze nemen, even pauze, korte pauze, can I take a break, moe, warm")
def _():
    return (face(18, 50, 14, "neutral") + drop(34, 42, 0.5) + drop(4, 42, 0.45) + speech(28, 2, 40, 32, WHT) +
            mug(42, 28, 0.8, WHT, False) + qmark(60, 28, 20, BLU))


@pic("rooster", "work rota: a table with names (faces) and coloured shifts per day (rooster)",
     "rooster, werkrooster, dienstrooster, rota, schedule, planning")
def _():
    out = rect(4, 8, 64, 56, WHT, 2) + rect(4, 8, 64, 10, RED, 2)
    cols = [LBLU, ORA, GRN]
    for r in range(3):
        y = 22 + r * 14
        out += circle(12, y + 5, 5, SKIN, 'stroke-width="1.5"')
        for c in range(5):
            if (r + c) % 3 != 2:
                out += rect(20 + c * 9.5, y + 1, 8, 9, cols[(r + c) % 3], 1, 'stroke-width="1"')
        out += line(4, y + 12, 68, y + 12, 1, GRY)
    return out + rect(4, 8, 64, 56, "none", 2)


@pic("wanneer-moet-ik-werken", "'Wanneer moet ik werken?': a worker points at the rota and asks (question mark)",
     "wanneer moet ik werken, werkdagen, rooster, when do I work, planning")
def _():
    out = rect(24, 10, 44, 36, WHT, 2) + rect(24, 10, 44, 8, RED, 2)
    for r in range(2):
        for c in range(5):
            out += rect(27 + c * 8, 22 + r * 11, 6, 8, (LBLU if (r + c) % 2 else WHT), 1, 'stroke-width="1"')
    return out + person(12, 68, 1.0, BLU, helmet=True) + qmark(46, 66, 22, BLU)


@pic("dienst-klok", "shift: a clock with the working hours coloured and a worker's hard hat (dienst)",
     "dienst, werkdienst, shift, vroege dienst, late dienst, werktijd")
def _():
    return clock(36, 36, 28, 3, 0, WHT, (35, 60), "#B9E29E") + clock(36, 36, 28, 3, 0, "none", (0, 15), "#B9E29E") + \
        g(hardhat(0, 0, 8), t="translate(58,64)")


@pic("nachtdienst", "night shift: a worker in a hard hat under the moon and stars (nachtdienst)",
     "nachtdienst, nachtploeg, night shift, 's nachts werken")
def _():
    stars = "".join(sparkle(x, y, 0.4, WHT) for x, y in ((12, 12), (26, 24), (8, 34), (60, 44)))
    return (rect(2, 2, 68, 68, "#1E3A6E", 8) + moon(50, 18, 12) + stars + person(28, 68, 1.25, ORA, helmet=True))


@pic("ruilen", "'Wil je met mij ruilen?': two colleagues swap their shifts (swap arrows between two calendar days)",
     "ruilen, dienst ruilen, swap shifts, wisselen, rooster")
def _():
    return (calendar(4, 8, 22, 22, BLU) + calendar(46, 8, 22, 22, ORA) + arrow(28, 14, 44, 14, BLK, 2.5) +
            arrow(44, 26, 28, 26, BLK, 2.5) + person(15, 70, 0.85, BLU) + person(57, 70, 0.85, ORA) + qmark(36, 56, 18, BLU))


@pic("inklokken", "clocking in: a pass card held to the time clock, a green arrow into the door (inklokken)",
     "inklokken, inchecken, clock in, prikklok, pasje, binnenkomen")
def _():
    return (door(46, 20, 22, 46, LGRY) + reader(28, 22) + pass_card(8, 26, 22, 14, -15) +
            arrow(14, 56, 50, 56, GRN, 4) + line(2, 66, 70, 66, 2))


@pic("uitklokken", "clocking out: a pass card held to the time clock, an orange arrow out of the door (uitklokken)",
     "uitklokken, uitchecken, clock out, prikklok, pasje, naar huis")
def _():
    return (door(4, 20, 22, 46, LGRY) + reader(32, 22) + pass_card(48, 26, 22, 14, 15) +
            arrow(20, 56, 60, 56, ORA, 4) + line(2, 66, 70, 66, 2))


@pic("contract", "employment contract: two pages with a signature and a pen (contract)",
     "contract, arbeidscontract, arbeidsovereenkomst, contract, handtekening")
def _():
    pen = g(rect(-3, -24, 6, 26, DGRY, 1), path("M-3,2 L0,8 L3,2 Z", SKIN), t="translate(60,58) rotate(35)")
    return (document(14, 2, 44, 58, "#F3EFE4", 0) + document(8, 8, 44, 60, WHT, 5) +
            path("M14,56 C18,50 22,60 26,52 C28,48 30,58 34,54 C36,52 38,56 42,54", extra=f'stroke="{BLU}" stroke-width="1.8"') +
            line(12, 60, 46, 60, 1.2) + pen)


@pic("loonstrook", "payslip: a sheet with a euro sign, amounts and the total (loonstrook)",
     "loonstrook, salarisstrook, payslip, salaris, loon")
def _():
    return payslip(12, 4, 48, 64)


@pic("loonstrook-klopt-niet", "'Er klopt iets niet op mijn loonstrook': payslip with one line circled in red and a question mark",
     "klopt niet, fout op loonstrook, loonstrook, wrong pay, payslip error")
def _():
    return (payslip(6, 4, 44, 64) + f'<ellipse cx="38" cy="33" rx="13" ry="6" fill="none" stroke="{RED}" stroke-width="2.5"/>' +
            speech(48, 6, 22, 24, WHT, "left") + qmark(59, 26, 20, RED))


@pic("overuur", "overtime: a clock with a plus sign, extra time coloured (overuur, overuren)",
     "overuur, overuren, overwerk, overtime, extra uren")
def _():
    return clock(32, 38, 26, 6, 0, WHT, (0, 15), "#FFD27F") + circle(58, 14, 11, GRN) + line(58, 8, 58, 20, 3.5, WHT) + \
        line(52, 14, 64, 14, 3.5, WHT)


@pic("pasje-vergeten", "'Ik ben mijn pasje vergeten': a closed door with a card reader and a person thinking of the pass card",
     "pasje vergeten, toegangspas, forgot my pass, pas, deur")
def _():
    return (door(50, 20, 20, 48, LGRY) + reader(36, 28) + person(18, 68, 1.0, BLU) +
            path("M26,30 C22,26 24,22 28,22", extra='stroke-width="0"') + circle(28, 24, 2, WHT) + circle(30, 18, 3, WHT) +
            speech(2, 0, 34, 18, WHT) + pass_card(6, 2, 20, 13) + qmark(31, 16, 13, RED))


@pic("hoe-laat-beginnen", "'Hoe laat moet ik beginnen?': a clock, a worker in a hard hat and a question mark",
     "hoe laat moet ik beginnen, begintijd, start time, wanneer beginnen")
def _():
    return clock(26, 26, 22, 7, 0) + person(58, 68, 1.0, BLU, helmet=True) + qmark(26, 66, 20, BLU) + \
        arrow(40, 56, 48, 56, GRN, 2.5)


@pic("kleedkamer", "changing room: bench and clothes on hooks, with a question mark (kleedkamer)",
     "kleedkamer, omkleedruimte, changing room, locker room, waar is")
def _():
    hooks = line(4, 12, 50, 12, 3, GRY)
    shirt = path("M8,16 L14,14 L18,18 L22,14 L28,16 L28,24 L24,24 L24,40 L12,40 L12,24 L8,24 Z", ORA, 'stroke-width="1.5"')
    jacket = path("M32,16 L38,14 L42,18 L46,14 L52,16 L52,44 L32,44 Z", BLU, 'stroke-width="1.5"')
    bench = rect(4, 52, 48, 5, BRN, 1) + line(8, 57, 8, 68, 3) + line(48, 57, 48, 68, 3)
    return hooks + shirt + jacket + bench + qmark(62, 44, 26, BLU)


@pic("nog-even-afmaken", "'Ik maak dit nog even af': a progress bar that is almost full, and a hammer still working",
     "nog even afmaken, afmaken, bijna klaar, finish this, almost done")
def _():
    bar = rect(4, 44, 64, 14, WHT, 4) + rect(6, 46, 48, 10, GRN, 3, 'stroke="none"') + rect(4, 44, 64, 14, "none", 4)
    hammer = g(tube("M0,0 L0,20", BRN, 3), rect(-9, -6, 18, 8, GRY, 1), t="translate(46,12) rotate(-30)")
    return bar + hammer + path("M22,28 L28,30 M24,22 L30,26", extra='stroke-width="2"') + rect(8, 24, 20, 12, BRN, 1)


@pic("opruimen", "tidying up: tools go back into the toolbox (opruimen)",
     "opruimen, ruim op, tidy up, clear away, gereedschap wegzetten")
def _():
    box = rect(8, 42, 56, 24, RED, 3) + rect(8, 42, 56, 6, "#B0261F", 2) + path("M26,42 L26,36 L46,36 L46,42", extra='stroke-width="3"')
    hammer = g(tube("M0,0 L0,20", BRN, 3), rect(-8, -4, 16, 7, GRY, 1), t="translate(18,14) rotate(20)")
    wrench = g(tube("M0,0 L18,0", GRY, 4), circle(20, 0, 4, GRY), t="translate(44,12) rotate(60)")
    return box + hammer + wrench + arrow(30, 18, 30, 34, GRN, 2.5) + arrow(56, 14, 50, 32, GRN, 2.5)


@pic("werkplek", "workplace / workstation: a workbench with a lamp, tools and a stool (werkplek)",
     "werkplek, werkplaats, werkbank, workstation, workplace")
def _():
    bench = rect(4, 36, 56, 6, BRN, 1) + line(8, 42, 8, 68, 3) + line(56, 42, 56, 68, 3) + line(8, 56, 56, 56, 2)
    wall = rect(8, 6, 40, 24, "#EFE6D2", 1) + "".join(circle(14 + i * 7, 12, 1, BLK) for i in range(5))
    tools = line(14, 12, 14, 26, 2.5, GRY) + line(21, 12, 21, 24, 3, BRN) + line(28, 12, 28, 22, 2.5, RED) + line(35, 12, 35, 26, 2, GRY)
    lamp = line(48, 36, 54, 20, 2) + line(54, 20, 62, 26, 2) + path("M58,24 L68,30 L62,34 Z", YEL)
    stool = rect(58, 52, 12, 4, DGRY, 1) + line(60, 56, 60, 68, 2.5) + line(68, 56, 68, 68, 2.5)
    return wall + tools + bench + lamp + stool + rect(20, 30, 14, 6, GRY, 1)


@pic("mag-ik-naar-huis", "'Mag ik naar huis?': speech bubble with a house and a question mark",
     "mag ik naar huis, naar huis gaan, may I go home, klaar")
def _():
    return speech(4, 4, 64, 42, WHT) + house(26, 40, 1.0) + qmark(54, 38, 26, BLU) + person(14, 70, 0.55, BLU)


@pic("ik-ga-naar-huis", "'Ik ga naar huis': a person walks to a house (home)",
     "ik ga naar huis, naar huis, going home, afscheid, einde werkdag")
def _():
    walker = (head(18, 22, 6) + path("M13,30 L23,30 L22,46 L14,46 Z", BLU) + line(15, 46, 10, 64, 4) + line(21, 46, 26, 64, 4) +
              line(14, 32, 8, 44, 3.5) + line(22, 32, 28, 42, 3.5))
    return house(54, 64, 1.3) + walker + arrow(30, 54, 38, 54, BLK, 2.5) + line(2, 66, 70, 66, 2)


@pic("werk-jij-morgen-ook", "'Werk jij morgen ook?': tomorrow's page on the calendar, a worker and a question mark",
     "werk jij morgen ook, morgen werken, working tomorrow, collega")
def _():
    return (calendar(8, 10, 30, 30, RED) + calendar(20, 18, 30, 30, BLU) + txt(35, 44, "+1", 12, BLU) +
            person(58, 68, 1.0, ORA, helmet=True) + qmark(30, 68, 20, BLU))


@pic("tot-morgen", "'Tot morgen!': a waving hand, then night (moon) and the next morning (sun)",
     "tot morgen, see you tomorrow, afscheid, doei, morgen")
def _():
    return waving_hand(24, 66, 1.0) + moon(46, 18, 8) + arrow(52, 24, 58, 30, BLK, 2) + sun(62, 40, 6)


@pic("doei", "'Doei!': a person waves goodbye while walking away", "doei, dag, bye, tot ziens, afscheid")
def _():
    walker = (head(44, 18, 7) + path("M38,28 L50,28 L49,46 L39,46 Z", ORA) + line(41, 46, 36, 66, 4.5) + line(47, 46, 54, 66, 4.5) +
              line(49, 30, 56, 40, 3.5) + line(39, 30, 28, 16, 3.5))
    wave = hand(26, 16, 0.32, -20) + path("M16,6 C12,10 12,16 16,20", extra='stroke-width="2"') + path("M10,4 C6,10 6,18 10,22", extra='stroke-width="2"')
    return walker + wave + arrow(52, 56, 66, 56, BLK, 2) + line(2, 68, 70, 68, 2)


@pic("mag-ik-iets-vragen", "'Mag ik iets vragen?': a person raises a hand, speech bubble with a question mark",
     "mag ik iets vragen, vraag stellen, may I ask something, vinger opsteken")
def _():
    asker = (head(20, 30, 7) + path("M13,40 L27,40 L26,58 L14,58 Z", BLU) + line(16, 58, 15, 70, 4.5) + line(24, 58, 25, 70, 4.5) +
             line(14, 42, 10, 56, 3.5) + line(26, 42, 32, 26, 3.5) + hand(33, 24, 0.42, 10))
    return asker + speech(36, 2, 32, 32, WHT, "left") + qmark(52, 28, 24, BLU)


@pic("naar-de-dokter", "'Ik moet naar de dokter': a person walks to the doctor in a white coat with a stethoscope",
     "naar de dokter, huisarts, dokter, doctor, afspraak bij de dokter")
def _():
    walker = (head(14, 26, 6) + path("M9,34 L19,34 L18,50 L10,50 Z", ORA) + line(11, 50, 6, 66, 4) + line(17, 50, 22, 66, 4) +
              line(10, 36, 4, 46, 3.5) + line(18, 36, 24, 44, 3.5))
    doc_ = (head(50, 18, 8) + path("M36,66 L36,38 C36,32 42,29 46,29 L54,29 C58,29 64,32 64,38 L64,66 Z", WHT) +
            path("M46,29 L50,38 L54,29", extra='stroke-width="1.5"') +
            path("M44,30 C40,40 42,48 48,48 C54,48 58,40 56,30", extra=f'stroke="{DGRY}" stroke-width="2"') + circle(48, 50, 3, GRY))
    return walker + doc_ + arrow(24, 56, 32, 56, BLK, 2.5) + line(2, 68, 70, 68, 2)


@pic("opschrijven", "'Kun je het opschrijven?': a pen writes on a notepad, and a question mark",
     "opschrijven, kun je het opschrijven, write it down, notitie, briefje")
def _():
    pad = (rect(6, 12, 44, 54, WHT, 2) + "".join(circle(12 + i * 8, 12, 2.2, LGRY, 'stroke-width="1.2"') for i in range(5)) +
           path("M12,28 C16,24 20,32 24,26 C27,22 29,30 33,26 C36,23 38,29 42,27", extra=f'stroke="{BLU}" stroke-width="2"') +
           path("M12,40 C16,36 20,44 24,38 C26,35 28,41 30,39", extra=f'stroke="{BLU}" stroke-width="2"'))
    pen = g(rect(-3, -26, 6, 28, YEL, 1), path("M-3,2 L0,9 L3,2 Z", SKIN), rect(-3, -30, 6, 5, PINK, 1), t="translate(38,44) rotate(35)")
    return pad + pen + qmark(60, 44, 26, BLU)


@pic("nieuw-hier", "'Ik ben nieuw hier': a new worker with a star waves hello to two colleagues",
     "ik ben nieuw hier, nieuw, nieuwe collega, new here, eerste werkdag, voorstellen")
def _():
    newbie = (head(18, 26, 7) + path("M10,36 L26,36 L25,54 L11,54 Z", ORA) + line(13, 54, 12, 70, 4.5) + line(23, 54, 24, 70, 4.5) +
              line(11, 38, 8, 52, 3.5) + line(25, 38, 32, 26, 3.5) + hand(33, 24, 0.35, 15) +
              rect(14, 40, 8, 5, WHT, 1, 'stroke-width="1"'))
    star = path("M18,2 L20.5,8 L27,8 L22,12 L24,18 L18,14.5 L12,18 L14,12 L9,8 L15.5,8 Z", YEL, 'stroke-width="1.5"')
    return newbie + star + person(48, 70, 0.9, GRY) + person(64, 70, 0.9, GRY) + line(2, 70, 70, 70, 2)


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
