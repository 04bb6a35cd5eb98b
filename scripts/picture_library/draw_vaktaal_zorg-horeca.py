#!/usr/bin/env python3
"""Pictograms drawn for vaktaal, group zorg-horeca (horeca and zorg vocabulary), CC0-1.0.

Same style as ``draw_vaktaal.py`` (whose building blocks and OpenMoji palette are imported):
viewBox 0 0 72 72, black outlines of width 2 with round joins, 2-4 flat colours.

    python scripts/picture_library/fetch_library.py --only vaktaal   # redraw them all into the library
    python scripts/picture_library/draw_vaktaal_zorg-horeca.py OUTDIR   # a preview of this script's pictures

An id drawn by two scripts stops fetch_library.py.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from draw_vaktaal import (  # noqa: E402  (building blocks and palette of the main script)
    BLK, BLU, BRN, DGRY, GRN, GRY, LBLU, LGRN, LGRY, LRED, ORA, RED, SKIN, WHT, YEL,
    PICTURES as MAIN_PICTURES, arrow, check, circle, document, drop, flame, g, head, line, path, person, rect,
    speech,
)

GROUP = "zorg-horeca"
STEEL = "#C9D1D6"
CREAM = "#FFF3D6"
BEIGE = "#E8C99A"
COFFEE = "#6B4226"
PINK = "#F4A7B9"
PAPER = "#FFFDF5"

PICTURES: dict = {}  # id -> (title, keywords, function returning the SVG body)


def pic(pid: str, title: str, keywords: str):
    def deco(fn):
        if pid in PICTURES or pid in MAIN_PICTURES:
            raise ValueError(f"duplicate picture id {pid}")
        PICTURES[pid] = (title, [k.strip() for k in keywords.split(",") if k.strip()], fn)
        return fn
    return deco


# ------------------------------------------------------------------ building blocks


def ellipse(cx, cy, rx, ry, fill="none", extra="") -> str:
    a = {"stroke": "#000", "stroke-width": "2", "fill": fill}
    a.update(re.findall(r'([a-zA-Z][\w-]*)="([^"]*)"', extra or ""))
    return f'<ellipse cx="{cx}" cy="{cy}" rx="{rx}" ry="{ry}" ' + " ".join(f'{k}="{v}"' for k, v in a.items()) + "/>"


def text(x, y, s, size=14, fill=BLU, weight="bold") -> str:
    return (f'<text x="{x}" y="{y}" text-anchor="middle" font-family="Arial,Helvetica,sans-serif" '
            f'font-weight="{weight}" font-size="{size}" fill="{fill}">{s}</text>')


def qmark(x, y, size=26, fill=BLU) -> str:
    """Question mark as in the 'heeft-u-een-allergie' pictogram."""
    return text(x, y, "?", size, fill)


def bubble_q(inner: str, q: bool = True) -> str:
    """Speech bubble (the tail at the bottom left) with a pictogram inside and a blue question mark."""
    return speech(4, 4, 64, 46, WHT) + inner + (qmark(56, 38) if q else "")


def face(cx, cy, r=14, fill=YEL, mood="smile", eyes="dots") -> str:
    out = circle(cx, cy, r, fill)
    ex, ey = r * 0.38, r * 0.22
    if eyes == "dots":
        out += circle(cx - ex, cy - ey, max(1.2, r * 0.1), BLK) + circle(cx + ex, cy - ey, max(1.2, r * 0.1), BLK)
    elif eyes == "closed":
        out += path(f"M{cx - ex - 3},{cy - ey} Q{cx - ex},{cy - ey + 3} {cx - ex + 3},{cy - ey}", extra='stroke-width="1.8"')
        out += path(f"M{cx + ex - 3},{cy - ey} Q{cx + ex},{cy - ey + 3} {cx + ex + 3},{cy - ey}", extra='stroke-width="1.8"')
    elif eyes == "squint":
        out += path(f"M{cx - ex - 3},{cy - ey - 2} L{cx - ex + 2},{cy - ey} L{cx - ex - 3},{cy - ey + 2}", extra='stroke-width="1.8"')
        out += path(f"M{cx + ex + 3},{cy - ey - 2} L{cx + ex - 2},{cy - ey} L{cx + ex + 3},{cy - ey + 2}", extra='stroke-width="1.8"')
    my = cy + r * 0.38
    if mood == "smile":
        out += path(f"M{cx - r * 0.4},{my - 2} Q{cx},{my + r * 0.25} {cx + r * 0.4},{my - 2}", extra='stroke-width="2"')
    elif mood == "sad":
        out += path(f"M{cx - r * 0.35},{my + 1} Q{cx},{my - r * 0.25} {cx + r * 0.35},{my + 1}", extra='stroke-width="2"')
    elif mood == "flat":
        out += line(cx - r * 0.3, my, cx + r * 0.3, my, 2)
    elif mood == "pain":
        out += path(f"M{cx - r * 0.4},{my} L{cx - r * 0.2},{my - 2} L{cx},{my} L{cx + r * 0.2},{my - 2} L{cx + r * 0.4},{my}",
                    extra='stroke-width="1.8"')
    elif mood == "open":
        out += ellipse(cx, my, r * 0.2, r * 0.15, "#8E1B16", 'stroke-width="1.5"')
    return out


def zigzag(x, y, s=1.0, color=RED, rot=0) -> str:
    """Red pain mark (zigzag burst)."""
    return g(path("M0,0 L4,-4 L7,0 L11,-5", extra=f'stroke="{color}" stroke-width="2.5"'),
             t=f"translate({x},{y}) rotate({rot}) scale({s})")


def sparkle(x, y, s=1.0, color=YEL) -> str:
    d = (f"M{x},{y - 6 * s} Q{x + 1 * s},{y - 1 * s} {x + 6 * s},{y} Q{x + 1 * s},{y + 1 * s} {x},{y + 6 * s} "
         f"Q{x - 1 * s},{y + 1 * s} {x - 6 * s},{y} Q{x - 1 * s},{y - 1 * s} {x},{y - 6 * s} Z")
    return path(d, color, 'stroke-width="1.2"')


def plate(cx, cy, rx=22, ry=8, fill=WHT) -> str:
    return ellipse(cx, cy, rx, ry, fill) + ellipse(cx, cy - 0.5, rx * 0.65, ry * 0.6, "none", 'stroke-width="1.2" stroke="#9B9B9A"')


def pot(x, y, w, h, fill=STEEL, inner=DGRY) -> str:
    """Steel cooking pot, side view; (x, y) = top-left of the rim."""
    return (path(f"M{x - 7},{y + 6} L{x},{y + 6}", extra='stroke-width="4"') +
            path(f"M{x + w},{y + 6} L{x + w + 7},{y + 6}", extra='stroke-width="4"') +
            path(f"M{x},{y} L{x + w},{y} L{x + w},{y + h - 4} Q{x + w},{y + h} {x + w - 4},{y + h} "
                 f"L{x + 4},{y + h} Q{x},{y + h} {x},{y + h - 4} Z", fill) +
            ellipse(x + w / 2, y, w / 2, 3.5, inner))


def cup(cx, by, w=22, h=16, fill=WHT, coffee=COFFEE, saucer=True) -> str:
    out = ""
    if saucer:
        out += ellipse(cx, by + 1, w * 0.8, 3.5, WHT)
    out += path(f"M{cx + w / 2 - 1},{by - h + 4} C{cx + w / 2 + 9},{by - h + 3} {cx + w / 2 + 9},{by - 4} {cx + w / 2 - 3},{by - 4}",
                extra='stroke-width="2.5"')
    out += path(f"M{cx - w / 2},{by - h} L{cx + w / 2},{by - h} C{cx + w / 2},{by - 4} {cx + w / 3},{by} {cx},{by} "
                f"C{cx - w / 3},{by} {cx - w / 2},{by - 4} {cx - w / 2},{by - h} Z", fill)
    if coffee:
        out += ellipse(cx, by - h, w / 2, 2.5, coffee, 'stroke-width="1.5"')
    return out


def glass_(x, y, w=16, h=24, water=0.4, fill="#E6F4FB", liquid=LBLU) -> str:
    """Straight drinking glass, (x, y) = top-left."""
    out = path(f"M{x},{y} L{x + w},{y} L{x + w - 2},{y + h} L{x + 2},{y + h} Z", fill)
    if water:
        wy = y + h * (1 - water)
        out += path(f"M{x + 0.3 + (wy - y) / h * 2},{wy} L{x + w - 0.3 - (wy - y) / h * 2},{wy} L{x + w - 2},{y + h} L{x + 2},{y + h} Z",
                    liquid, 'stroke-width="1.5"')
    out += line(x + 4, y + 4, x + 5, y + h - 6, 1.5, WHT)
    return out


def toque(cx, by, s=1.0) -> str:
    """Chef's hat, bottom centre at (cx, by)."""
    return g(path("M-10,0 C-16,-6 -10,-14 -5,-10 C-4,-18 6,-18 6,-11 C12,-14 16,-6 10,0 Z", WHT),
             rect(-9, -2, 18, 5, WHT, 1), t=f"translate({cx},{by}) scale({s})")


def worker(x, y, s=1.0, fill=BLU, hat=None, face_mood=None) -> str:
    """Upper body of a person (bust), base centre at (x, y)."""
    out = path(f"M{x - 14 * s},{y} L{x - 13 * s},{y - 10 * s} C{x - 10 * s},{y - 16 * s} {x + 10 * s},{y - 16 * s} "
               f"{x + 13 * s},{y - 10 * s} L{x + 14 * s},{y} Z", fill)
    out += head(x, y - 22 * s, 8 * s)
    if face_mood:
        out += circle(x - 3 * s, y - 23 * s, 1, BLK) + circle(x + 3 * s, y - 23 * s, 1, BLK)
        out += path(f"M{x - 3 * s},{y - 19 * s} Q{x},{y - 17 * s} {x + 3 * s},{y - 19 * s}", extra='stroke-width="1.5"')
    if hat == "toque":
        out += toque(x, y - 28 * s, 0.8 * s)
    return out


def calendar(x, y, w, h, marks=(), head_fill=RED, cols=5, rows=3) -> str:
    """Calendar page; ``marks`` = {(col,row): fill} coloured days."""
    out = rect(x, y, w, h, WHT, 2) + rect(x, y, w, 8, head_fill, 2)
    cw, rh = (w - 6) / cols, (h - 14) / rows
    for r in range(rows):
        for c in range(cols):
            fx = dict(marks).get((c, r))
            cx, cy = x + 3 + c * cw, y + 11 + r * rh
            out += rect(round(cx + 0.5, 1), round(cy + 0.5, 1), round(cw - 1.5, 1), round(rh - 1.5, 1),
                        fx or "#EEE", 0, 'stroke-width="0.8"' + ('' if fx else ' stroke="#BBB"'))
    return out


def clockface(cx, cy, r, h=3, m=0, fill=WHT) -> str:
    out = circle(cx, cy, r, fill)
    for i in range(12):
        a = math.radians(i * 30)
        out += line(round(cx + r * 0.8 * math.sin(a), 1), round(cy - r * 0.8 * math.cos(a), 1),
                    round(cx + r * 0.92 * math.sin(a), 1), round(cy - r * 0.92 * math.cos(a), 1), 1.2)
    ah, am = math.radians((h % 12) * 30 + m * 0.5), math.radians(m * 6)
    out += line(cx, cy, round(cx + r * 0.5 * math.sin(ah), 1), round(cy - r * 0.5 * math.cos(ah), 1), 2.5)
    out += line(cx, cy, round(cx + r * 0.75 * math.sin(am), 1), round(cy - r * 0.75 * math.cos(am), 1), 2)
    return out


def sector(cx, cy, r, h1, h2, fill) -> str:
    a1, a2 = math.radians(h1 * 30), math.radians(h2 * 30)
    x1, y1 = cx + r * math.sin(a1), cy - r * math.cos(a1)
    x2, y2 = cx + r * math.sin(a2), cy - r * math.cos(a2)
    large = 1 if (h2 - h1) % 12 > 6 else 0
    return f'<path d="M{cx},{cy} L{x1:.1f},{y1:.1f} A{r},{r} 0 {large} 1 {x2:.1f},{y2:.1f} Z" fill="{fill}" stroke="none"/>'


def curved_arrow(cx, cy, r, a1, a2, color=GRN, w=3) -> str:
    """Arc from angle a1 to a2 (degrees, 0 = up, clockwise) with an arrow head at a2."""
    p1 = (cx + r * math.sin(math.radians(a1)), cy - r * math.cos(math.radians(a1)))
    p2 = (cx + r * math.sin(math.radians(a2)), cy - r * math.cos(math.radians(a2)))
    sweep = 1 if a2 > a1 else 0
    large = 1 if abs(a2 - a1) > 180 else 0
    out = (f'<path d="M{p1[0]:.1f},{p1[1]:.1f} A{r},{r} 0 {large} {sweep} {p2[0]:.1f},{p2[1]:.1f}" fill="none" '
           f'stroke="{color}" stroke-width="{w}" stroke-linecap="round"/>')
    t = math.radians(a2 + (90 if sweep else -90))  # tangent direction
    tx, ty = math.sin(t), -math.cos(t)
    hx1, hy1 = p2[0] - 6 * tx + 4 * ty, p2[1] - 6 * ty - 4 * tx
    hx2, hy2 = p2[0] - 6 * tx - 4 * ty, p2[1] - 6 * ty + 4 * tx
    return out + (f'<path d="M{hx1:.1f},{hy1:.1f} L{p2[0]:.1f},{p2[1]:.1f} L{hx2:.1f},{hy2:.1f}" fill="none" '
                  f'stroke="{color}" stroke-width="{w}" stroke-linecap="round" stroke-linejoin="round"/>')


def body_front(fill=LGRY, back=False) -> str:
    """Standing body, front view (or back view with hair), for the body-part pictograms.

    Shoulders at y=16, hips at y=38, knees at y=53, feet at y=68."""
    out = (path("M28,16 L44,16 C48,16 50,19 50,23 L51,38 L47,38 L45,25 L45,38 L27,38 L27,25 L25,38 L21,38 L22,23 "
                "C22,19 24,16 28,16 Z", fill) +
           path("M27,38 L45,38 L44,68 L38.5,68 L36,41 L33.5,68 L28,68 Z", fill) +
           circle(36, 8, 6.5, fill))
    if back:
        out += circle(36, 8, 6.5, BRN) + path("M31,12 C33,14 39,14 41,12", extra='stroke="#6B4A1F" stroke-width="1.2"')
    return out


def forearm(y=36, fill=SKIN) -> str:
    """Horizontal forearm with a hand at the right."""
    return (path(f"M2,{y - 8} L48,{y - 10} C54,{y - 12} 60,{y - 12} 64,{y - 8} C70,{y - 4} 70,{y + 4} 64,{y + 7} "
                 f"C58,{y + 10} 52,{y + 10} 48,{y + 9} L2,{y + 10} Z", fill) +
            path(f"M56,{y - 11} C60,{y - 16} 66,{y - 16} 66,{y - 11}", extra='stroke-width="1.5"'))


# ================================================================== HORECA


# ------------------------------------------------------------------ hygiene, stock


@pic("haarnetje", "hairnet on a head (haarnetje)", "haarnetje, haarnet, hairnet, hygiëne, keuken, hoofd")
def _():
    net = ('<defs><pattern id="hn" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
           '<path d="M0,0 L0,4 M0,0 L4,0" stroke="#3F7FBF" stroke-width="0.9"/></pattern></defs>')
    return (net + circle(36, 42, 20, SKIN) + circle(14.5, 44, 4, SKIN) + circle(57.5, 44, 4, SKIN) +
            path("M14,40 C12,18 24,8 36,8 C48,8 60,18 58,40 C50,34 22,34 14,40 Z", BRN) +
            path("M12,40 C10,16 24,4 36,4 C48,4 62,16 60,40 C52,33 20,33 12,40 Z", "#DCEBFA") +
            path("M12,40 C10,16 24,4 36,4 C48,4 62,16 60,40 C52,33 20,33 12,40 Z", "url(#hn)") +
            path("M12,40 C20,33 52,33 60,40", extra=f'stroke="{BLU}" stroke-width="3"') +
            circle(29, 46, 1.8, BLK) + circle(43, 46, 1.8, BLK) + path("M29,54 Q36,59 43,54", extra='stroke-width="2"'))


@pic("keukenschort", "white kitchen apron with neck strap, waist ties and a pocket (schort)",
     "schort, keukenschort, voorschoot, apron, kitchen apron, hygiëne")
def _():
    return (path("M28,12 C28,2 44,2 44,12", extra='stroke-width="2.5"') +
            path("M26,10 L46,10 L48,30 L58,32 L60,66 L12,66 L14,32 L24,30 Z", WHT) +
            path("M14,32 L4,40 M58,32 L68,40", extra='stroke-width="2.5"') + line(14, 32, 58, 32, 2) +
            rect(26, 42, 20, 12, WHT, 1, 'stroke-width="1.5"') + line(26, 46, 46, 46, 1.2, "#4FA3E0") +
            line(18, 62, 54, 62, 2, "#4FA3E0") + line(30, 16, 42, 16, 1.2, "#4FA3E0"))


@pic("tht", "best-before date (THT) on a bag of rice: a green date label, still good until that date",
     "THT, ten minste houdbaar tot, best before, datum, houdbaar, rijst")
def _():
    grains = "".join(ellipse(x, y, 1.4, 2.6, WHT, 'stroke-width="1" transform="rotate(30 %s %s)"' % (x, y))
                     for x, y in ((16, 30), (22, 34), (28, 30), (18, 40), (26, 42)))
    return (path("M6,22 C4,14 10,10 14,12 L34,12 C38,10 44,14 42,22 L44,64 C44,68 40,68 36,68 L12,68 C8,68 4,68 4,64 Z", BEIGE) +
            path("M10,12 C14,16 34,16 38,12", extra='stroke-width="1.5"') + grains +
            rect(30, 30, 34, 30, WHT, 2) + rect(30, 30, 34, 9, GRN, 2) + text(47, 55, "12", 14, BLK) +
            circle(62, 16, 9, WHT, f'stroke="{GRN}" stroke-width="2.5"') + check(62, 16, 0.6))


@pic("fifo", "first in, first out: the oldest product (1) leaves the shelf first, the new one goes in at the back",
     "FIFO, first in first out, oudste eerst, voorraad, houdbaarheid, schap")
def _():
    box = lambda x, n, fill: (rect(x, 26, 14, 18, fill, 1) + rect(x + 2, 30, 10, 7, WHT, 0, 'stroke-width="1"') +
                              text(x + 7, 36.5, n, 7, BLK))
    return (rect(14, 44, 50, 5, BRN, 1) + line(17, 49, 17, 66, 3) + line(61, 49, 61, 66, 3) +
            box(16, "1", LRED) + box(32, "2", ORA) + box(48, "3", LGRN) +
            arrow(14, 35, 2, 35, BLU, 3) +
            rect(50, 4, 14, 14, LGRN, 1) + arrow(66, 12, 66, 24, GRN, 0) + arrow(57, 19, 57, 24, GRN, 2.5))


@pic("voorraad", "stock: a storeroom shelf full of cans, jars, sacks and boxes (voorraad)",
     "voorraad, voorraadkast, magazijn, stock, supplies, schap, blikken")
def _():
    can = lambda x, y: rect(x, y, 8, 11, LGRY, 1) + rect(x, y + 3, 8, 5, RED, 0, 'stroke-width="1"')
    jar = lambda x, y: rect(x, y + 2, 9, 10, "#F6D98C", 2) + rect(x + 1, y, 7, 3, DGRY, 1)
    return (rect(4, 4, 4, 64, BRN, 1) + rect(64, 4, 4, 64, BRN, 1) +
            rect(4, 22, 64, 3, BRN, 1) + rect(4, 44, 64, 3, BRN, 1) + rect(4, 64, 64, 3, BRN, 1) +
            can(11, 11) + can(20, 11) + can(29, 11) + jar(40, 10) + jar(51, 10) +
            path("M11,44 C9,36 12,30 16,28 L26,28 C30,30 33,36 31,44 Z", BEIGE) + line(16, 28, 26, 28, 3) +
            rect(36, 29, 26, 15, "#C8A165", 1) + line(36, 36, 62, 36, 1.5, BRN) +
            can(11, 53) + can(20, 53) + rect(31, 52, 14, 12, "#C8A165", 1) + rect(47, 50, 14, 14, "#C8A165", 1))


# ------------------------------------------------------------------ kitchen, equipment


@pic("keuken", "professional kitchen: extractor hood over a stove with pots, steel counters and tiles (keuken)",
     "keuken, bedrijfskeuken, kitchen, fornuis, afzuigkap, werkplek")
def _():
    tiles = "".join(line(4, y, 68, y, 1, "#9FC9E6") for y in (14, 22, 30)) + "".join(
        line(x, 8, x, 36, 1, "#9FC9E6") for x in range(12, 68, 8))
    return (rect(4, 6, 64, 32, "#E3F1FA", 0, 'stroke="none"') + tiles +
            path("M20,4 L52,4 L58,16 L14,16 Z", LGRY) +
            pot(14, 26, 16, 12) + path("M40,33 L58,33 L56,38 L42,38 Z", DGRY) + line(58, 34, 66, 31, 3) +
            rect(2, 38, 68, 5, STEEL, 1) + rect(4, 43, 64, 24, LGRY, 1) + line(36, 43, 36, 67, 2) +
            line(30, 50, 30, 58, 2.5) + line(42, 50, 42, 58, 2.5) +
            path("M20,22 C18,18 22,16 20,12", extra=f'stroke="{GRY}" stroke-width="1.5"'))


@pic("pan", "cooking pot with two handles (pan)", "pan, kookpan, soeppan, pot, pan, koken")
def _():
    return pot(14, 26, 44, 34) + line(20, 34, 20, 52, 2, WHT)


@pic("koken", "boiling: pot on a gas flame, water bubbling and steaming (koken)",
     "koken, aan de kook, boil, cook, kokend water, pan, vuur")
def _():
    steam = "".join(path(f"M{x},18 C{x - 4},13 {x + 4},9 {x},4", extra=f'stroke="{GRY}" stroke-width="2"') for x in (26, 36, 46))
    flames = "".join(path(f"M{x},68 C{x - 4},64 {x - 2},60 {x},58 C{x + 2},60 {x + 4},64 {x},68 Z", "#4FA3E0", 'stroke-width="1.2"')
                     for x in (22, 30, 38, 46, 54))
    return (flames + rect(12, 56, 48, 3, DGRY, 1) + pot(14, 24, 44, 30) +
            ellipse(36, 24, 22, 3.5, LBLU) + circle(28, 22, 2.2, WHT, 'stroke-width="1.2"') +
            circle(38, 20, 2.8, WHT, 'stroke-width="1.2"') + circle(46, 22, 2, WHT, 'stroke-width="1.2"') + steam)


@pic("deksel", "lid being put on a pot (deksel)", "deksel, pandeksel, lid, pot lid, afdekken")
def _():
    return (pot(14, 42, 44, 22, LGRY) +
            g(path("M-24,4 C-22,-6 22,-6 24,4 Z", "#8FA3AE"), rect(-5, -10, 10, 5, DGRY, 2), line(-24, 4, 24, 4, 3),
              t="translate(36,24) rotate(-12)") +
            arrow(64, 14, 64, 36, GRN, 3))


@pic("oven", "oven with a lit window, a baking tray with bread inside and knobs on top (oven)",
     "oven, bakoven, oven, bakken, braden, 180 graden")
def _():
    return (rect(6, 6, 60, 60, LGRY, 4) + rect(6, 6, 60, 12, DGRY, 4) +
            circle(16, 12, 3, WHT) + circle(26, 12, 3, WHT) + rect(44, 9, 16, 6, "#9BE09B", 1) +
            rect(10, 22, 52, 4, GRY, 2) +
            rect(12, 30, 48, 30, "#5A3A1A", 3) + rect(14, 32, 44, 26, "#F4AA41", 2, 'stroke="none" opacity="0.75"') +
            path("M16,38 L56,38", extra=f'stroke="{RED}" stroke-width="1.5"') +
            line(16, 52, 56, 52, 2) + path("M22,52 C22,44 36,42 36,52 Z", "#C68A3C") + path("M38,52 C38,44 52,42 52,52 Z", "#C68A3C"))


@pic("magnetron", "microwave oven with a plate inside the window and buttons (magnetron)",
     "magnetron, microgolfoven, microwave, opwarmen")
def _():
    return (rect(4, 14, 64, 44, WHT, 4) + rect(8, 19, 40, 34, "#3F4A55", 2) + rect(11, 22, 34, 28, "#FFE9A8", 1) +
            ellipse(28, 44, 13, 3.5, WHT) + path("M20,43 C20,34 36,34 36,43 Z", "#E27B3A") +
            rect(52, 19, 12, 8, "#9BE09B", 1) +
            "".join(rect(52 + c * 7, 31 + r * 6, 5, 4, LGRY, 1, 'stroke-width="1"') for r in range(3) for c in range(2)) +
            rect(52, 50, 12, 4, GRY, 1) + line(8, 58, 8, 62, 3) + line(64, 58, 64, 62, 3))


@pic("koelkast", "fridge with the door open: shelves with milk, cheese and vegetables (koelkast)",
     "koelkast, ijskast, fridge, refrigerator, koelen, koel bewaren")
def _():
    return (rect(10, 4, 40, 64, WHT, 3) + rect(13, 7, 34, 58, "#EAF6FF", 1) +
            line(13, 24, 47, 24, 2) + line(13, 42, 47, 42, 2) +
            rect(16, 10, 8, 14, WHT, 1) + path("M16,10 L20,6 L24,10", WHT) + rect(16, 14, 8, 4, LBLU, 0, 'stroke-width="1"') +
            path("M28,24 L44,24 L44,15 Z", "#F6D365") + circle(22, 36, 5, RED) + path("M22,31 L23,28", extra=f'stroke="{GRN}" stroke-width="2"') +
            circle(36, 37, 4.5, "#F08A24") + rect(17, 50, 26, 12, "#B1CC33", 2) +
            path("M50,6 L64,12 L64,62 L50,66 Z", LGRY) + line(53, 30, 53, 40, 3) + line(52, 50, 62, 48, 2) + line(52, 24, 62, 23, 2))


@pic("vriezer", "chest freezer with the lid open: frost, frozen bags and a snowflake (vriezer)",
     "vriezer, diepvries, vrieskist, freezer, invriezen, -18")
def _():
    flake = "".join(line(36 + 6 * c, 54 + 6 * s, 36 - 6 * c, 54 - 6 * s, 2.2, BLU) for c, s in ((1, 0), (0.5, 0.87), (-0.5, 0.87)))
    return (path("M10,8 L62,8 L66,30 L6,30 Z", WHT) + path("M12,11 L60,11 L62,26 L10,26 Z", "#DDF1FF", 'stroke-width="1"') +
            rect(6, 30, 60, 6, "#B8E0FF", 1) + rect(14, 24, 14, 9, "#7FB3E6", 2) + rect(32, 22, 16, 10, "#F2A8A0", 2) +
            rect(50, 25, 10, 8, "#B1CC33", 2) +
            rect(6, 36, 60, 30, WHT, 3) + flake + line(10, 40, 62, 40, 1.5, LBLU))


@pic("aanrecht", "kitchen worktop: the counter with a cutting board and vegetables on it, cupboards below (aanrecht)",
     "aanrecht, werkblad, keukenblad, worktop, counter, snijden")
def _():
    return (rect(2, 30, 68, 7, STEEL, 2) + rect(4, 37, 64, 30, "#E9EEF2", 1) + line(25, 37, 25, 67, 2) + line(47, 37, 47, 67, 2) +
            line(19, 46, 19, 56, 2.5) + line(31, 46, 31, 56, 2.5) + line(53, 46, 53, 56, 2.5) +
            rect(10, 24, 28, 6, "#D9A066", 2) + circle(18, 20, 5, RED) + path("M26,24 C26,16 34,16 34,24 Z", "#F08A24") +
            path("M44,22 L62,18 L64,22 L46,26 Z", STEEL) + rect(40, 24, 8, 4, DGRY, 1, 'transform="rotate(-12 44 26)"'))


@pic("koekenpan", "empty frying pan with a long handle (koekenpan)", "koekenpan, bakpan, frying pan, skillet, bakken")
def _():
    return (ellipse(30, 42, 26, 16, DGRY) + ellipse(30, 41, 21, 12, "#5B6670", 'stroke-width="1.5"') +
            path("M24,34 C28,31 34,31 38,33", extra=f'stroke="{GRY}" stroke-width="2"') +
            g(rect(0, -3.5, 17, 7, BLK, 3), rect(-4, -2.5, 6, 5, GRY, 1), t="translate(53,36) rotate(-35)"))


@pic("roeren", "stirring: a wooden spoon goes round in the pot (roeren)", "roeren, omroeren, stir, lepel, pan, saus")
def _():
    return (pot(14, 34, 44, 28) + ellipse(36, 34, 22, 3.5, "#E2733B") +
            g(rect(-2.5, -34, 5, 34, "#D9A066", 2), ellipse(0, 2, 5, 7, "#D9A066"), t="translate(40,34) rotate(20)") +
            curved_arrow(36, 22, 18, -75, 75, GRN, 3))


@pic("keukenweegschaal", "digital kitchen scale with a bowl of flour on it (weegschaal)",
     "weegschaal, keukenweegschaal, scales, kitchen scale, wegen, gram")
def _():
    return (path("M6,50 L66,50 L62,64 L10,64 Z", WHT) + ellipse(36, 50, 30, 5, STEEL) +
            rect(26, 54, 20, 8, "#9BE09B", 1) + text(36, 61, "150", 7, BLK) +
            path("M12,22 L60,22 C58,38 48,46 36,46 C24,46 14,38 12,22 Z", "#4FA3E0") + ellipse(36, 22, 24, 5, "#FFF8EE") +
            path("M26,20 C30,14 42,14 46,20", "#FFF8EE", 'stroke-width="1.5"'))


@pic("vaatwasser", "dishwasher with the door open and the rack with plates pulled out (vaatwasser)",
     "vaatwasser, afwasmachine, dishwasher, vaatwassen, borden")
def _():
    plates = "".join(ellipse(x, 44, 3, 9, WHT, 'stroke-width="1.5"') for x in (22, 30, 38, 46))
    return (rect(8, 4, 56, 40, LGRY, 3) + rect(8, 4, 56, 8, DGRY, 3) + circle(16, 8, 2, "#9BE09B", 'stroke-width="1"') +
            rect(12, 14, 48, 28, "#4A5560", 2) +
            path("M8,44 L64,44 L70,62 L2,62 Z", STEEL) + plates + path("M14,48 L58,48 L60,54 L12,54 Z", "none", f'stroke="{GRY}" stroke-width="1.5"') +
            rect(52, 38, 6, 8, "#4FA3E0", 1, 'stroke-width="1.2"') + line(2, 62, 2, 66, 2) + line(70, 62, 70, 66, 2))


@pic("tafel", "restaurant table, four legs (tafel)", "tafel, tafels, table, restaurant, tafelnummer")
def _():
    return (line(14, 38, 14, 64, 4, "#7A5230") + line(58, 38, 58, 64, 4, "#7A5230") + line(24, 34, 24, 56, 3, "#7A5230") +
            line(50, 34, 50, 56, 3, "#7A5230") +
            path("M16,24 L56,24 L66,36 L6,36 Z", BRN) + path("M6,36 L66,36 L66,40 L6,40 Z", "#7A5230"))


@pic("gastronormbak", "stainless steel gastronorm container filled with cut lettuce (gastronormbak)",
     "gastronormbak, GN-bak, gastronorm, bak, container, RVS bak")
def _():
    lettuce = "".join(circle(x, y, r, "#8BC34A", 'stroke-width="1.5"') for x, y, r in
                      ((16, 28, 6), (26, 25, 7), (37, 26, 6), (47, 25, 7), (57, 28, 6), (22, 31, 5), (42, 31, 5), (52, 31, 5)))
    return (lettuce + rect(4, 30, 64, 6, STEEL, 1) + path("M8,36 L64,36 L60,60 L12,60 Z", STEEL) +
            line(14, 42, 58, 42, 1.5, WHT) + line(16, 48, 56, 48, 1.5, "#A9B4BA"))


@pic("bakplaat", "baking tray with cookies on it (bakplaat)", "bakplaat, bakblik, baking tray, oven, koekjes")
def _():
    cookies = "".join(ellipse(x, y, 6, 3, "#D9A066", 'stroke-width="1.5"') + circle(x - 1, y - 0.5, 0.8, COFFEE, 'stroke="none"')
                      for x, y in ((22, 34), (36, 34), (50, 34), (18, 42), (32, 42), (46, 42)))
    return (path("M14,26 L64,26 L58,50 L6,50 Z", "#5B6670") + path("M6,50 L58,50 L58,54 L6,54 Z", DGRY) +
            path("M58,50 L64,26 L64,30 L58,54 Z", DGRY) + cookies)


@pic("pollepel", "ladle full of soup (pollepel, soeplepel)", "pollepel, soeplepel, ladle, opscheppen, soep")
def _():
    return (g(rect(-2.5, -30, 5, 40, STEEL, 2), t="translate(46,30) rotate(30)") +
            path("M14,42 C14,58 42,58 42,42 Z", STEEL) + ellipse(28, 42, 14, 3.5, "#E2733B") +
            path("M40,40 L48,18", extra='stroke-width="0"') + rect(52, 4, 8, 8, DGRY, 2, 'transform="rotate(30 56 8)"'))


@pic("garde", "balloon whisk (garde)", "garde, klopper, whisk, kloppen, room, eiwit")
def _():
    loops = "".join(path(f"M36,34 C{36 - d},48 {36 - d * 0.6},66 36,66 C{36 + d * 0.6},66 {36 + d},48 36,34",
                         extra=f'stroke="{GRY}" stroke-width="2"') for d in (4, 10, 16))
    return (loops + rect(32, 4, 8, 28, DGRY, 3) + rect(31, 30, 10, 5, STEEL, 1))


@pic("zeef", "colander draining pasta, water dripping out (zeef, vergiet)",
     "zeef, vergiet, colander, sieve, afgieten, pasta")
def _():
    holes = "".join(circle(x, y, 1.2, DGRY, 'stroke="none"') for x, y in
                    ((20, 38), (28, 40), (36, 41), (44, 40), (52, 38), (24, 46), (32, 48), (40, 48), (48, 46), (30, 54), (42, 54)))
    pasta = "".join(path(f"M{x},30 C{x + 3},24 {x + 6},28 {x + 9},22", extra=f'stroke="#F2C14E" stroke-width="2.5"') for x in (18, 26, 34, 42))
    return (pasta + path("M10,30 L62,30 C62,48 50,58 36,58 C22,58 10,48 10,30 Z", STEEL) + holes +
            line(4, 30, 68, 30, 3) + rect(30, 58, 12, 4, STEEL, 1) +
            drop(26, 66, 0.5) + drop(36, 68, 0.5) + drop(46, 66, 0.5))


@pic("tang", "kitchen tongs holding a piece of meat (tang, keukentang)",
     "tang, keukentang, grilltang, tongs, omdraaien, vlees")
def _():
    return (path("M8,14 L52,40 L56,46", extra=f'stroke="{GRY}" stroke-width="5"') +
            path("M8,14 L44,50 L50,54", extra=f'stroke="{GRY}" stroke-width="5"') +
            path("M8,14 L52,40 L56,46", extra=f'stroke="{STEEL}" stroke-width="2.5"') +
            path("M8,14 L44,50 L50,54", extra=f'stroke="{STEEL}" stroke-width="2.5"') +
            circle(8, 14, 4, DGRY) +
            path("M46,48 C48,40 62,40 66,48 C68,56 56,62 48,58 C44,56 44,52 46,48 Z", "#A0522D") +
            path("M52,48 L60,50 M50,53 L58,55", extra='stroke="#6B3A1A" stroke-width="1.5"'))


@pic("snijden", "cutting: knife slicing a carrot on a cutting board (snijden)",
     "snijden, snijd, cut, chop, mes, snijplank, groente")
def _():
    return (rect(4, 50, 64, 10, "#D9A066", 3) +
            path("M10,50 L10,42 C10,38 30,38 34,42 L34,50 Z", "#F08A24") +
            ellipse(42, 46, 2.5, 4.5, "#F08A24", 'stroke-width="1.5"') + ellipse(49, 46, 2.5, 4.5, "#F08A24", 'stroke-width="1.5"') +
            ellipse(56, 46, 2.5, 4.5, "#F08A24", 'stroke-width="1.5"') +
            path("M36,49 L40,14 C42,10 48,10 48,14 L40,49 Z", STEEL) + rect(40, 2, 8, 12, DGRY, 2) +
            path("M30,18 C28,22 28,26 30,30", extra='stroke-width="1.5"') + path("M54,18 C56,22 56,26 54,30", extra='stroke-width="1.5"'))


@pic("schillen", "peeling a potato with a peeler, the peel curling off (schillen)",
     "schillen, dunschiller, aardappelschiller, peel, peeler, aardappel")
def _():
    return (ellipse(28, 44, 20, 15, "#D9B26F") + ellipse(34, 46, 9, 8, "#F6E3A6", 'stroke="none"') +
            circle(20, 40, 1.2, BRN, 'stroke="none"') + circle(30, 54, 1.2, BRN, 'stroke="none"') +
            path("M44,36 C52,40 54,52 62,50 C68,48 66,60 58,62", extra=f'stroke="#A0743A" stroke-width="4"') +
            g(rect(-3, -26, 6, 22, ORA, 2), rect(-5, -4, 10, 8, STEEL, 1), t="translate(46,30) rotate(40)"))


@pic("aanbranden", "burnt food: frying pan with black burnt rice and grey smoke (aanbranden)",
     "aanbranden, aangebrand, burnt, verbrand, pan, rook")
def _():
    smoke = "".join(path(f"M{x},30 C{x - 6},24 {x + 6},18 {x},12 C{x - 4},8 {x + 2},4 {x},2", extra=f'stroke="{GRY}" stroke-width="3"')
                    for x in (24, 36, 48))
    return (smoke + path("M8,36 L56,36 L52,52 L12,52 Z", DGRY) + line(56, 40, 70, 36, 4) +
            path("M12,38 C16,34 20,38 24,35 C28,33 32,38 36,35 C40,33 44,38 48,35 C50,34 52,36 52,38 Z", BLK))


@pic("proeven", "tasting: a face tasting sauce from a spoon (proeven)", "proeven, proef, taste, lepel, smaak")
def _():
    return (face(30, 38, 22, YEL, mood=None, eyes="dots") + ellipse(30, 48, 5, 4, "#8E1B16", 'stroke-width="1.5"') +
            g(ellipse(0, 0, 9, 5, STEEL), ellipse(0, -0.5, 7, 3, "#C0504D", 'stroke="none"'), line(8, 2, 22, 12, 3.5, GRY),
              t="translate(46,52) rotate(-10)"))


@pic("recept", "recipe card: a pot drawing and the ingredients with amounts (recept)",
     "recept, receptkaart, recipe, ingrediënten, bereiding")
def _():
    out = document(10, 4, 52, 64, PAPER, 0) + pot(26, 12, 20, 12) + path("M32,10 C30,8 34,6 32,4", extra=f'stroke="{GRY}" stroke-width="1.5"')
    for i, c in enumerate((RED, YEL, GRN, "#D9A066")):
        y = 34 + i * 8
        out += circle(18, y, 3, c, 'stroke-width="1.2"') + line(25, y, 44, y, 2, GRY) + line(48, y, 54, y, 2, BLU)
    return out


@pic("portie", "one portion: a scoop puts one measured portion of rice on a plate (portie)",
     "portie, portion, hoeveelheid, schep, bord, gram")
def _():
    return (plate(36, 58, 28, 8) + path("M22,58 C22,44 50,44 50,58 Z", "#F7F3E8") +
            g(path("M-10,0 C-10,-12 10,-12 10,0 Z", STEEL), line(0, -10, 0, -26, 4, DGRY),
              t="translate(50,30) rotate(25)") + arrow(34, 24, 34, 40, GRN, 2.5))


@pic("portioneren", "portioning: food from a big tray divided into equal small tubs (portioneren)",
     "portioneren, porties maken, verdelen, portion out, bakjes, afwegen")
def _():
    tub = lambda x: path(f"M{x},50 L{x + 18},50 L{x + 16},64 L{x + 2},64 Z", "#E6F4FB") + path(f"M{x + 2},52 C{x + 5},46 {x + 13},46 {x + 16},52 Z", "#8BC34A", 'stroke-width="1.5"')
    return (path("M14,10 L58,10 L54,26 L18,26 Z", STEEL) + path("M16,12 C22,4 50,4 56,12 Z", "#8BC34A") +
            arrow(24, 30, 12, 44, GRN, 2.5) + arrow(36, 30, 36, 44, GRN, 2.5) + arrow(48, 30, 60, 44, GRN, 2.5) +
            tub(2) + tub(27) + tub(52))


@pic("garneren", "garnishing: tweezers put a green herb leaf on a plated dish (garneren)",
     "garneren, garnering, garnish, opmaken, peterselie, bord")
def _():
    return (plate(34, 56, 30, 10) + path("M20,56 C20,46 46,46 48,56 Z", "#A0522D") +
            path("M46,40 C42,36 44,30 50,32 C52,26 58,28 56,34 C62,36 58,42 52,40 Z", GRN) + line(50,40, 48, 46, 1.5) +
            path("M54,2 L50,34 M62,4 L52,34", extra=f'stroke="{GRY}" stroke-width="3"') +
            path("M28,46 C26,42 30,40 32,44", extra=f'stroke="{GRN}" stroke-width="2"'))


@pic("mise-en-place", "mise en place: small bowls with cut ingredients ready on a board before service",
     "mise-en-place, mise en place, voorbereiding, klaarzetten, bakjes, ingrediënten")
def _():
    bowl = lambda x, y, c: circle(x, y, 11, STEEL) + circle(x, y, 8, c, 'stroke-width="1.2"') + "".join(
        rect(x + dx, y + dy, 3, 3, WHT, 0, 'stroke-width="0.8" opacity="0.8"') for dx, dy in ((-4, -3), (1, -4), (-2, 2), (3, 1)))
    return (rect(4, 10, 64, 52, "#D9A066", 6) + bowl(20, 24, RED) + bowl(46, 22, GRN) + bowl(22, 48, "#F08A24") +
            bowl(50, 48, "#F6E3A6"))


@pic("bon", "kitchen order tickets hanging on the ticket rail above the pass (bon)",
     "bon, bestelbon, keukenbon, order ticket, kitchen ticket, bonrail")
def _():
    def ticket(x, rot, n):
        return g(path("M0,0 L20,0 L20,40 L17,43 L14,40 L11,43 L8,40 L5,43 L2,40 L0,43 Z", WHT),
                 text(10, 11, n, 8, RED), line(4, 17, 16, 17, 1.5, GRY) + line(4, 23, 14, 23, 1.5, GRY) + line(4, 29, 16, 29, 1.5, GRY),
                 circle(6, 35, 2, ORA, 'stroke-width="1"'), t=f"translate({x},12) rotate({rot})")
    return (rect(2, 6, 68, 7, STEEL, 2) + ticket(8, -4, "6") + ticket(28, 2, "2") + ticket(48, -2, "4"))


@pic("pass", "the pass: counter where plated dishes wait under heat lamps for the waiters (pass, uitgifte)",
     "pass, uitgifte, doorgeefluik, warmhoudlampen, borden, bediening")
def _():
    lamp = lambda x: (line(x, 2, x, 10, 2) + path(f"M{x - 8},18 L{x - 5},10 L{x + 5},10 L{x + 8},18 Z", RED) +
                      path(f"M{x - 6},22 L{x - 9},28 M{x},22 L{x},29 M{x + 6},22 L{x + 9},28", extra=f'stroke="{ORA}" stroke-width="2"'))
    dish = lambda x: plate(x, 42, 13, 4) + path(f"M{x - 7},42 C{x - 7},35 {x + 7},35 {x + 7},42 Z", "#C77C3A", 'stroke-width="1.5"') + circle(x + 4, 38, 2, GRN, 'stroke-width="1"')
    return (lamp(20) + lamp(52) + rect(2, 44, 68, 8, STEEL, 1) + rect(6, 52, 60, 16, LGRY, 1) + dish(20) + dish(52))


# ------------------------------------------------------------------ service


@pic("gast", "restaurant guest seated at a table with a plate and a glass (gast)",
     "gast, gasten, guest, klant, restaurant, aan tafel")
def _():
    return (line(8, 52, 8, 68, 3) + rect(4, 46, 16, 5, BRN, 1) + line(14, 20, 14, 46, 3, BRN) +
            head(24, 18, 7) + path("M16,28 C20,26 28,26 32,30 L34,48 L16,48 Z", GRN) +
            path("M32,32 L44,38", extra='stroke-width="4"') + path("M34,48 L30,66", extra='stroke-width="4"') +
            rect(34, 42, 36, 4, BRN, 1) + line(62, 46, 62, 68, 3) + line(40, 46, 40, 68, 3) +
            ellipse(50, 41, 8, 2.5, WHT, 'stroke-width="1.5"') + glass_(58, 26, 8, 15, 0.5))


@pic("menukaart", "menu card with fork and knife on the cover and the list of dishes inside (menukaart)",
     "menukaart, menu, kaart, gerechten, bestellen, restaurant")
def _():
    return (path("M6,8 L34,12 L34,66 L6,62 Z", "#8E1B16") + path("M34,12 L64,8 L64,62 L34,66 Z", PAPER) +
            path("M16,24 L16,48 M13,24 L13,32 C13,35 19,35 19,32 L19,24", extra=f'stroke="{YEL}" stroke-width="2"') +
            path("M25,24 C29,28 29,36 25,38 L25,50", extra=f'stroke="{YEL}" stroke-width="2"') +
            "".join(line(40, y, 58, y - 1, 1.8, GRY) for y in (22, 30, 38, 46, 54)))


@pic("wat-wilt-u-drinken", "'Wat wilt u drinken?': question bubble with a glass of water and a cup of coffee",
     "wat wilt u drinken, drinken bestellen, what would you like to drink, wilt u iets drinken, drankje")
def _():
    return bubble_q(glass_(12, 14, 13, 24, 0.6) + cup(33, 38, 13, 12, WHT, COFFEE, saucer=True))


@pic("heeft-u-al-gekozen", "'Heeft u al gekozen?': question bubble with the menu and a pointing finger",
     "heeft u al gekozen, bestellen, have you decided, menu, keuze")
def _():
    return bubble_q(path("M10,12 L26,14 L26,42 L10,40 Z", "#8E1B16") + path("M26,14 L42,12 L42,40 L26,42 Z", PAPER) +
                    line(29, 20, 39, 19, 1.5, GRY) + line(29, 26, 39, 25, 1.5, GRY) + line(29, 32, 39, 31, 1.5, GRY) +
                    path("M36,27 L44,33", extra=f'stroke="{RED}" stroke-width="0"') +
                    g(path("M0,0 L0,-9 C0,-11 3,-11 3,-9 L3,-3 L8,-2 C10,-2 10,3 8,6 L2,6 Z", SKIN, 'stroke-width="1.5"'),
                      t="translate(36,32) rotate(-30)"))


@pic("bestelling", "order: the waiter's order pad with dishes and drinks written on it (bestelling)",
     "bestelling, order, bestelbon, opschrijven, gerechten, drankjes")
def _():
    out = rect(14, 8, 44, 58, PAPER, 2) + rect(14, 4, 44, 6, RED, 1) + "".join(circle(x, 7, 1.3, WHT, 'stroke-width="1"') for x in range(20, 56, 6))
    items = (lambda y: plate(24, y, 6, 2.2), lambda y: glass_(20, y - 6, 7, 9, 0.5), lambda y: cup(24, y + 3, 8, 7, WHT, COFFEE, saucer=False))
    for i, it in enumerate(items):
        y = 22 + i * 14
        out += it(y) + text(38, y + 4, "2" if i != 1 else "1", 10, BLK) + line(44, y, 54, y, 2, GRY)
    return out


@pic("bestelling-opnemen", "taking an order: a waiter writes on his order pad at the table of a guest",
     "bestelling opnemen, opnemen, take an order, ober, kelner, bestelling")
def _():
    return (worker(20, 68, 1.1, DGRY) + path("M14,56 L20,62 L26,56", WHT, 'stroke-width="1.5"') +
            rect(30, 34, 14, 18, PAPER, 1) + line(33, 40, 41, 40, 1.5, GRY) + line(33, 45, 40, 45, 1.5, GRY) +
            g(rect(-1.5, -12, 3, 14, BLU, 1), t="translate(46,40) rotate(30)") +
            face(58, 30, 9, YEL, "smile") + rect(46, 48, 24, 4, BRN, 1) + line(58, 52, 58, 68, 3))


@pic("serveren", "serving: a waiter puts a hot dish on the guest's table (serveren)",
     "serveren, opdienen, uitserveren, serve, bord, ober")
def _():
    return (worker(18, 68, 1.1, DGRY) + path("M12,56 L18,62 L24,56", WHT, 'stroke-width="1.5"') +
            path("M26,50 L40,40", extra='stroke-width="4"') + plate(48, 38, 14, 4) +
            path("M40,38 C40,30 56,30 56,38 Z", "#C77C3A", 'stroke-width="1.5"') +
            path("M44,26 C42,22 46,20 44,16 M52,26 C50,22 54,20 52,16", extra=f'stroke="{GRY}" stroke-width="1.5"') +
            arrow(62, 40, 62, 52, GRN, 2.5) + rect(34, 56, 36, 4, BRN, 1) + line(40, 60, 40, 68, 3) + line(64, 60, 64, 68, 3))


@pic("is-alles-naar-wens", "'Is alles naar wens?': question bubble with a plate of food and a thumbs-up",
     "is alles naar wens, smaakt het, is everything ok, tevreden, vraag")
def _():
    thumb = g(path("M0,0 L0,-12 L4,-12 L6,-20 C6,-23 11,-23 11,-19 L10,-12 L18,-12 C21,-12 21,-8 18,-7 "
                   "C21,-6 21,-2 18,-2 C20,-1 20,3 17,3 C19,4 18,8 15,8 L4,8 L0,8 Z", YEL, 'stroke-width="1.6"'),
              rect(-6, -13, 6, 22, BLU, 1, 'stroke-width="1.6"'), t="translate(32,34) scale(0.9)")
    return bubble_q(plate(18, 36, 11, 4) + path("M11,36 C11,28 25,28 25,36 Z", "#C77C3A", 'stroke-width="1.5"') + thumb)


@pic("afruimen", "clearing the table: dirty plates and a glass go from the table onto a tray (afruimen)",
     "afruimen, tafel afruimen, clear the table, opruimen, vuile borden, dienblad")
def _():
    return (rect(2, 52, 36, 4, BRN, 1) + line(8, 56, 8, 68, 3) + line(32, 56, 32, 68, 3) +
            circle(14, 49, 1, "#A0522D", 'stroke="none"') + circle(22, 50, 1, "#A0522D", 'stroke="none"') +
            arrow(20, 40, 38, 24, GRN, 3) +
            ellipse(54, 34, 16, 4, DGRY) + ellipse(52, 28, 11, 3.5, WHT) + ellipse(52, 24, 11, 3.5, WHT) +
            path("M46,23 C48,21 52,22 54,23", extra='stroke="#A0522D" stroke-width="1.5"') + glass_(60, 14, 7, 14, 0.15))


@pic("bord", "dinner plate (bord)", "bord, borden, plate, dinner plate, servies")
def _():
    return (ellipse(36, 40, 32, 16, WHT) + ellipse(36, 40, 21, 10, "none", f'stroke="{GRY}" stroke-width="1.5"') +
            path("M14,34 C18,30 24,28 30,27", extra=f'stroke="{LBLU}" stroke-width="2"'))


@pic("glas", "empty drinking glass (glas)", "glas, glazen, drinkglas, glass, tumbler")
def _():
    return (path("M18,8 L54,8 L49,64 L23,64 Z", "#E6F4FB") + ellipse(36, 8, 18, 3.5, "#F4FBFF") +
            line(24, 14, 27, 56, 2.5, WHT) + line(30, 16, 31, 30, 2, WHT) + path("M23,58 L49,58", extra='stroke="#9FC9E6" stroke-width="1.5"'))


@pic("dienblad", "round serving tray with glasses and a cup (dienblad)", "dienblad, blad, tray, serving tray, ober")
def _():
    return (ellipse(36, 50, 32, 10, "#4A4A4A") + ellipse(36, 48, 29, 8, "#6B6B6B", 'stroke-width="1"') +
            glass_(14, 24, 12, 22, 0.6) + glass_(30, 22, 12, 24, 0.5, liquid="#F6C85F") + cup(54, 48, 14, 12, WHT, COFFEE, saucer=False))


@pic("hoofdgerecht", "main course: plate with meat, potatoes and vegetables (hoofdgerecht)",
     "hoofdgerecht, hoofdgang, main course, vlees, aardappelen, groente")
def _():
    return (plate(36, 44, 32, 16) + path("M16,44 C14,36 30,32 36,38 C40,44 30,50 20,50 C16,49 16,46 16,44 Z", "#8B4513") +
            path("M20,42 L30,38", extra='stroke="#5A2D0C" stroke-width="1.5"') +
            circle(44, 36, 5, "#F2C14E") + circle(52, 40, 5, "#F2C14E") + circle(46, 45, 5, "#F2C14E") +
            "".join(circle(x, y, 3.5, GRN, 'stroke-width="1.2"') for x, y in ((30, 52), (37, 54), (44, 53), (56, 50))))


@pic("reservering", "reservation: a table for two with a reserved card showing a clock (reservering)",
     "reservering, gereserveerd, reserved, reservation, booking, tafel")
def _():
    return (rect(10, 44, 52, 5, BRN, 1) + line(16, 49, 16, 68, 3) + line(56, 49, 56, 68, 3) +
            path("M2,36 L2,68 M2,54 L10,54 L10,68", extra=f'stroke="{BRN}" stroke-width="3"') +
            path("M70,36 L70,68 M70,54 L62,54 L62,68", extra=f'stroke="{BRN}" stroke-width="3"') +
            path("M22,44 L30,10 L50,10 L42,44 Z", WHT) + path("M42,44 L50,10 L54,44 Z", LGRY) +
            g(clockface(0, 0, 8, 7, 30), t="translate(36,26)"))


@pic("pinnen", "paying by card: a bank card in the payment terminal (pinnen)",
     "pinnen, pinautomaat, betaalautomaat, pay by card, bankpas, pinpas")
def _():
    keys = "".join(rect(22 + c * 9, 36 + r * 7, 7, 5, LGRY, 1, 'stroke-width="1"') for r in range(3) for c in range(3))
    return (rect(16, 22, 34, 46, DGRY, 5) + rect(20, 26, 26, 8, "#9BE09B", 1) + keys +
            rect(22, 58, 7, 5, RED, 1, 'stroke-width="1"') + rect(38, 58, 7, 5, GRN, 1, 'stroke-width="1"') +
            g(rect(0, 0, 30, 19, "#1E88E5", 3), rect(4, 5, 6, 5, YEL, 1, 'stroke-width="1"'), line(4, 14, 24, 14, 1.5, WHT),
              t="translate(24,2) rotate(8)") + rect(20, 20, 26, 3, BLK, 1))


@pic("fooi", "tip: coins and a banknote in the tip jar (fooi)", "fooi, fooienpot, tip, tips, geld, munten")
def _():
    coins = "".join(ellipse(x, y, 6, 2.5, "#F4C430", 'stroke-width="1.5"') for x, y in ((26, 60), (38, 58), (46, 61), (30, 54), (42, 52)))
    return (path("M14,26 L58,26 L56,66 L16,66 Z", "#E6F4FB") + rect(12, 20, 48, 7, LGRY, 2) +
            path("M34,48 L52,40 L56,48 L38,56 Z", "#9CCC65", 'stroke-width="1.5"') + coins +
            circle(36, 10, 6, "#F4C430") + arrow(36, 4, 36, 16, DGRY, 0) + path("M33,10 L39,10", extra=f'stroke="#B8860B" stroke-width="1.5"') +
            line(20, 32, 22, 60, 2, WHT))


# ------------------------------------------------------------------ bar


@pic("espresso", "espresso: a small cup of strong black coffee with crema on a saucer (espresso)",
     "espresso, espressootje, kopje koffie, sterke koffie, koffie")
def _():
    return (ellipse(36, 58, 22, 5, WHT) + path("M48,42 C58,42 58,54 46,54", extra='stroke-width="3"') +
            path("M22,38 L50,38 C50,52 44,58 36,58 C28,58 22,52 22,38 Z", WHT) +
            ellipse(36, 38, 14, 4, "#C68A3C") + ellipse(36, 38, 10, 2.5, "#5A3214", 'stroke="none"') +
            path("M30,30 C28,26 32,24 30,20 M38,30 C36,26 40,24 38,20", extra=f'stroke="{GRY}" stroke-width="1.8"') +
            g(ellipse(0, 0, 6, 8, "#8B5A2B"), path("M0,-7 C-3,-2 3,2 0,7", extra='stroke="#4A2C14" stroke-width="1.5"'),
              t="translate(62,30) rotate(30)"))


@pic("cappuccino", "cappuccino: cup with a thick layer of milk foam and a heart in cocoa on top",
     "cappuccino, koffie met melk, melkschuim, latte art, kopje")
def _():
    return (ellipse(36, 60, 30, 7, WHT) + path("M56,36 C68,36 68,52 54,52", extra='stroke-width="3.5"') +
            path("M12,32 L60,32 C60,50 52,60 36,60 C20,60 12,50 12,32 Z", WHT) +
            ellipse(36, 32, 24, 8, "#C08A5B") + ellipse(36, 32, 20, 6, "#F7EDE0", 'stroke-width="1"') +
            path("M36,36 C30,32 30,27 34,28 C35,28 36,29 36,30 C36,29 37,28 38,28 C42,27 42,32 36,36 Z", "#A0643A", 'stroke-width="1"'))


@pic("filterhouder", "portafilter of the espresso machine with ground coffee in the basket (filterhouder)",
     "filterhouder, portafilter, zeefhouder, espresso, koffiemaling")
def _():
    return (ellipse(26, 30, 20, 8, STEEL) + ellipse(26, 29, 16, 5.5, COFFEE, 'stroke-width="1.5"') +
            path("M6,30 L8,42 C10,48 42,48 44,42 L46,30", STEEL) + path("M20,48 L22,56 L30,56 L32,48", STEEL) +
            path("M44,34 L66,46 C68,48 66,52 63,51 L42,40", DGRY) + line(23, 56, 22, 62, 2) + line(29, 56, 30, 62, 2))


@pic("melkschuim", "milk foam: a thick white foam cap with bubbles rising over the rim of a glass",
     "melkschuim, schuim, milk foam, froth, opgeschuimde melk, cappuccino")
def _():
    return (path("M16,30 L56,30 L52,66 L20,66 Z", "#E6F4FB") + path("M17,46 L55,46 L52,66 L20,66 Z", "#C08A5B", 'stroke-width="1.5"') +
            path("M12,32 C8,24 16,16 22,20 C24,10 36,8 40,16 C46,8 58,12 56,22 C64,24 62,34 56,34 C48,38 20,38 12,32 Z", WHT) +
            path("M17,34 L55,34 L55,46 L17,46 Z", "#FFF8EE", 'stroke-width="0"') + line(17, 34, 17, 46, 2) + line(55, 34, 55, 46, 2) +
            circle(24, 24, 2, WHT, 'stroke-width="1"') + circle(44, 20, 2.5, WHT, 'stroke-width="1"') + circle(34, 27, 1.5, WHT, 'stroke-width="1"') +
            circle(60, 8, 2.5, WHT, 'stroke-width="1.2"') + circle(64, 16, 1.8, WHT, 'stroke-width="1.2"'))


@pic("opschuimen", "frothing milk: a jug of cold milk, then the same jug full of foam (opschuimen)",
     "opschuimen, melk opschuimen, froth milk, schuimen, melkkan, barista")
def _():
    def jug(x, level, foam):
        out = path(f"M{x},20 L{x + 22},20 L{x + 24},62 L{x - 2},62 Z", STEEL) + path(f"M{x},20 L{x - 5},14", extra='stroke-width="2.5"')
        out += path(f"M{x + 22},28 C{x + 30},30 {x + 30},46 {x + 23},50", extra='stroke-width="3"')
        if foam:
            out += path(f"M{x - 1},22 C{x - 4},14 {x + 4},8 {x + 10},12 C{x + 14},6 {x + 24},10 {x + 23},20 Z", WHT)
            out += circle(x + 6, 14, 1.5, WHT, 'stroke-width="1"') + circle(x + 16, 12, 1.8, WHT, 'stroke-width="1"')
        else:
            out += line(x + 1, level, x + 22.6, level, 2, LBLU)
        return out
    return jug(6, 46, False) + arrow(34, 40, 42, 40, GRN, 3) + jug(46, 0, True)


@pic("tappen", "tapping beer: the tap pours beer into a glass (tappen)", "tappen, bier tappen, pour draught beer, tap, biertap")
def _():
    return (rect(8, 4, 30, 10, STEEL, 2) + rect(16, 14, 8, 12, STEEL, 1) + path("M18,26 L18,32 L22,32 L22,26", STEEL) +
            g(rect(-4, -22, 8, 22, BLK, 3), t="translate(20,6) rotate(-20)") +
            line(20, 32, 20, 44, 2.5, "#F4B400") +
            path("M10,40 L32,40 L30,68 L12,68 Z", "#F6C85F") + path("M10,40 C8,34 14,32 16,36 C18,32 26,32 26,36 C28,32 34,34 32,40 Z", WHT) +
            line(14, 46, 15, 64, 2, "#FFE9A8"))


# ------------------------------------------------------------------ cleaning


def _():
    return (rect(2, 50, 68, 16, LGRY, 2) + sparkle(56, 56, 1.0) + sparkle(64, 44, 0.7) +
            g(rect(-14, -9, 28, 18, "#F6D365", 4), rect(-14, 3, 28, 6, GRN, 2), circle(-6, -3, 1.3, "#D9A066", 'stroke="none"'),
              circle(4, -4, 1.3, "#D9A066", 'stroke="none"'), t="translate(26,40) rotate(-8)") +
            "".join(circle(x, y, r, WHT, 'stroke-width="1.3"') for x, y, r in ((10, 50), (14, 46), (42, 48), (8, 44), (46, 44))[:0]) +
            "".join(circle(x, y, r, WHT, 'stroke-width="1.3"') for x, y, r in ((8, 48, 3), (14, 45, 2.5), (42, 49, 3), (46, 44, 2), (10, 40, 2))) +
            path("M8,30 C14,24 22,22 30,22 M34,22 C40,22 46,24 50,28", extra=f'stroke="{GRY}" stroke-width="1.5"'))


@pic("schoonmaakrooster", "cleaning schedule: a week grid with a cleaning bottle and ticks for the jobs done",
     "schoonmaakrooster, schoonmaakschema, cleaning schedule, rooster, aftekenen")
def _():
    out = rect(4, 14, 64, 52, WHT, 2) + rect(4, 14, 64, 9, LBLU, 2)
    for c in range(5):
        out += line(20 + c * 10, 14, 20 + c * 10, 66, 1.2, GRY)
    for r in range(4):
        y = 23 + r * 10.75
        out += line(4, y, 68, y, 1.2, GRY)
        for c in range(5):
            if (r, c) in ((0, 0), (0, 1), (0, 2), (1, 0), (1, 1), (2, 0), (2, 1), (2, 2), (3, 0)):
                out += check(25 + c * 10, y + 5.5, 0.42)
    icons = (path("M8,27 L14,27 L15,33 L7,33 Z", LBLU, 'stroke-width="1.2"') +
             path("M8,38 L16,38 L15,43 L9,43 Z", STEEL, 'stroke-width="1.2"') +
             rect(7, 48, 9, 6, "#F6D365", 1, 'stroke-width="1.2"') + path("M8,64 L12,58 L16,64 Z", GRY, 'stroke-width="1.2"'))
    return (out + icons + path("M30,2 L42,2 L44,8 L44,14 L28,14 L28,8 Z", LBLU, 'stroke-width="1.5"') + rect(32, 0, 6, 3, WHT, 1, 'stroke-width="1"'))


@pic("afwassen", "washing up: plates in a sink of soapy water with a brush (afwassen)",
     "afwassen, afwas, vaat, do the dishes, wash up, spoelbak, sop")
def _():
    return (plate(30, 34, 14, 14, WHT) + ellipse(44, 36, 12, 12, WHT) +
            rect(2, 40, 68, 6, STEEL, 2) + path("M8,46 L64,46 L60,66 L12,66 Z", STEEL) + rect(8, 46, 56, 5, LBLU, 0, 'stroke-width="1"') +
            "".join(circle(x, y, r, WHT, 'stroke-width="1.2"') for x, y, r in ((16, 40, 3), (22, 37, 2.5), (54, 38, 3), (60, 41, 2.2), (40, 24, 2))) +
            g(rect(-3, -20, 6, 16, RED, 2), rect(-6, -5, 12, 8, "#F6D365", 2), t="translate(60,28) rotate(30)"))


@pic("afval", "waste: rubbish on a heap, a banana peel, a can, crumpled paper and an apple core (afval)",
     "afval, vuilnis, rommel, waste, rubbish, weggooien")
def _():
    return (path("M4,64 C8,50 20,44 36,44 C52,44 64,50 68,64 Z", "#8D6E63") +
            g(rect(-6, -10, 12, 20, LGRY, 2), ellipse(0, -10, 6, 2, GRY), rect(-6, -4, 12, 7, RED, 0, 'stroke-width="1"'),
              t="translate(50,38) rotate(25)") +
            path("M12,42 C16,30 24,30 28,40 C26,36 20,36 18,44 C16,40 14,40 12,42 Z", "#F6D365") +
            path("M18,44 C20,38 26,36 30,42 L24,50 Z", "#F6D365") +
            path("M26,30 C22,22 32,16 38,22 C44,18 48,28 42,32 C40,38 30,38 26,30 Z", WHT) +
            path("M30,26 L36,30 M34,22 L38,28", extra='stroke="#999" stroke-width="1"') +
            path("M56,52 C54,48 56,44 59,46 C62,44 64,48 62,52 C64,56 60,58 59,56 C58,58 54,56 56,52 Z", "#F4E1B8", 'stroke-width="1.5"'))


@pic("keukendoek", "folded kitchen cloth / tea towel with a checked pattern (doek, vaatdoek)",
     "doek, vaatdoek, theedoek, keukendoek, cloth, dishcloth, tea towel")
def _():
    checks = "".join(rect(12 + c * 8, 18 + r * 8, 4, 4, "#7FB3E6", 0, 'stroke="none"') for r in range(5) for c in range(6) if (r + c) % 2 == 0)
    return (path("M10,16 L60,16 L62,58 L8,58 Z", WHT) + checks + path("M8,58 L62,58 L58,66 L12,66 Z", "#DDEBF7") +
            line(10, 24, 60, 24, 2, "#3F7FBF") + line(9, 50, 61, 50, 2, "#3F7FBF"))


def _():
    return (line(44, 4, 30, 46, 3.5, BRN) +
            path("M18,46 L42,46 L46,58 C40,62 22,62 14,58 Z", "#E8E8E8") +
            "".join(line(x, 50, x - 2, 60, 1.5, GRY) for x in (20, 25, 30, 35, 40)) +
            path("M4,66 C14,62 40,62 52,66", extra=f'stroke="{LBLU}" stroke-width="3"') +
            path("M52,40 L68,40 L66,62 L54,62 Z", "#4FA3E0") + path("M52,40 C54,32 66,32 68,40", extra='stroke-width="1.5"') +
            rect(53, 40, 14, 4, LBLU, 0, 'stroke-width="1"'))


# ------------------------------------------------------------------ work floor


def _():
    return (person(22, 66, 1.25, LBLU) + person(50, 66, 1.25, LBLU) +
            rect(13, 35, 5, 5, WHT, 1, 'stroke-width="1"') + rect(41, 35, 5, 5, WHT, 1, 'stroke-width="1"'))


def _():
    return (circle(32, 34, 28, WHT) + sector(32, 34, 26, 4, 12, "#BFE3A8") + clockface(32, 34, 28, 4, 0, "none") +
            worker(60, 68, 0.55, BLU))


def _():
    return (circle(56, 14, 12, "#4FA3E0") + rect(50.5, 8, 4, 12, WHT, 1, 'stroke-width="1"') + rect(57.5, 8, 4, 12, WHT, 1, 'stroke-width="1"') +
            rect(8, 44, 28, 5, BRN, 1) + line(10, 49, 10, 68, 3) + line(34, 49, 34, 68, 3) + line(10, 20, 10, 44, 3, BRN) +
            head(22, 18, 7) + path("M14,28 C18,26 26,26 28,30 L30,44 L14,44 Z", ORA) +
            path("M30,44 L44,46 L44,66", extra='stroke-width="4.5"') + path("M27,32 L36,38 L38,32", extra='stroke-width="4"') +
            cup(40, 32, 9, 8, WHT, COFFEE, saucer=False) + path("M38,20 C36,16 40,14 38,10", extra=f'stroke="{GRY}" stroke-width="1.5"'))


@pic("ja-chef", "'Ja, chef!': the cook answers the chef with a thumbs-up (order understood)",
     "ja chef, ja, begrepen, yes chef, okay, opdracht")
def _():
    thumb = g(path("M0,0 L0,-12 L4,-12 L6,-20 C6,-23 11,-23 11,-19 L10,-12 L18,-12 C21,-12 21,-8 18,-7 "
                   "C21,-6 21,-2 18,-2 C20,-1 20,3 17,3 C19,4 18,8 15,8 L4,8 L0,8 Z", YEL, 'stroke-width="1.6"'),
              rect(-6, -13, 6, 22, WHT, 1, 'stroke-width="1.6"'), t="translate(20,22) scale(0.75)")
    return (speech(4, 2, 32, 28, WHT) + thumb +
            worker(18, 70, 0.95, WHT) +
            worker(54, 70, 1.0, WHT) + toque(54, 40, 0.9))


def _():
    ear = path("M8,26 C8,8 40,6 40,28 C40,40 30,42 28,52 C26,62 18,66 12,60 C8,56 10,50 15,50 "
               "C20,50 20,44 22,40 C24,34 30,32 30,26 C30,16 17,16 17,26", SKIN, 'stroke-width="2.5"')
    return (ear + speech(30, 4, 40, 30, WHT, tail="left") + curved_arrow(44, 19, 8, 40, 330, GRN, 3) +
            qmark(62, 29, 22))


def _():
    return (face(26, 36, 22, "#D8E8A0", mood="sad", eyes="squint") +
            g(rect(-2, -1.5, 20, 3, WHT, 1.5, 'stroke-width="1.2"'), circle(-1, 0, 2, RED, 'stroke-width="1"'),
              t="translate(26,50) rotate(25)") +
            path("M8,18 C6,14 8,12 10,10", extra=f'stroke="{LBLU}" stroke-width="2"') +
            rect(50, 24, 16, 30, DGRY, 3) + rect(52, 28, 12, 20, "#9FD3F5", 1) +
            path("M58,16 C62,14 66,16 68,20 M56,10 C62,6 70,10 72,16", extra='stroke-width="2"'))


def _():
    sun = circle(0, 0, 4, YEL, 'stroke-width="1.2"') + "".join(
        line(round(6 * math.cos(a), 1), round(6 * math.sin(a), 1), round(8 * math.cos(a), 1), round(8 * math.sin(a), 1), 1.5, ORA)
        for a in [i * math.pi / 4 for i in range(8)])
    return (calendar(4, 14, 46, 44, marks={(3, 1): "#BFE3A8"}, cols=5, rows=4) + g(sun, t="translate(37.5,37)") +
            qmark(60, 50, 30))


def _():
    week = rect(8, 6, 44, 20, WHT, 2) + "".join(
        rect(10 + i * 6, 12, 5, 10, "#BFE3A8" if i >= 5 else "#EEE", 0, 'stroke-width="0.8"') for i in range(7))
    return (speech(4, 2, 64, 28, WHT) + week + qmark(60, 24, 20) +
            worker(18, 70, 0.95, BLU, face_mood=True) + worker(54, 70, 0.95, ORA, face_mood=True) +
            cup(32, 66, 7, 7, WHT, COFFEE, saucer=False) + cup(40, 66, 7, 7, WHT, COFFEE, saucer=False))


# ================================================================== ZORG


def fly(x, y) -> str:
    return (ellipse(x - 2.5, y - 2.5, 2.5, 1.6, "#DDEBF7", 'stroke-width="1"') + ellipse(x + 2.5, y - 2.5, 2.5, 1.6, "#DDEBF7", 'stroke-width="1"') +
            ellipse(x, y, 2, 3, DGRY, 'stroke-width="1"'))


def bed(y=44, sheet=WHT) -> str:
    """Care bed, side view; mattress top at y."""
    return (line(6, y - 14, 6, y + 22, 3) + line(66, y - 8, 66, y + 22, 3) + rect(6, y + 6, 60, 4, GRY, 1) +
            rect(8, y, 56, 6, sheet, 2) + circle(10, y + 24, 2.5, DGRY) + circle(62, y + 24, 2.5, DGRY))


def pad(x, y, s=1.0, stain=None, shine=False) -> str:
    """Incontinence pad (hourglass shape), centre (x, y)."""
    out = g(path("M-18,-28 C-6,-24 6,-24 18,-28 L20,-10 C14,-4 14,4 20,10 L18,28 C6,24 -6,24 -18,28 L-20,10 "
                 "C-14,4 -14,-4 -20,-10 Z", WHT),
            path("M-10,-20 C-4,-18 4,-18 10,-20 L8,-4 C6,0 6,2 8,6 L10,20 C4,18 -4,18 -10,20 L-8,6 C-6,2 -6,0 -8,-4 Z",
                 "#CFE8F8", 'stroke-width="1.2"'),
            rect(-21, -26, 6, 5, GRN, 1, 'stroke-width="1"') + rect(15, -26, 6, 5, GRN, 1, 'stroke-width="1"'),
            (ellipse(0, 2, 7, 10, stain, 'stroke="none" opacity="0.85"') if stain else ""),
            t=f"translate({x},{y}) scale({s})")
    if shine:
        out += sparkle(x + 16 * s, y - 16 * s, 0.9 * s)
    return out


def toilet_icon(x, y, s=1.0) -> str:
    return g(rect(2, -30, 18, 14, WHT, 2), path("M-14,-14 L20,-14 C20,-2 12,4 2,4 L2,14 L-8,14 L-8,2 C-12,0 -14,-6 -14,-14 Z", WHT),
             ellipse(3, -14, 17, 3, LGRY), t=f"translate({x},{y}) scale({s})")


def washbowl(cx, cy, w=26) -> str:
    return (path(f"M{cx - w},{cy} L{cx + w},{cy} C{cx + w - 2},{cy + 14} {cx + w / 2},{cy + 18} {cx},{cy + 18} "
                 f"C{cx - w / 2},{cy + 18} {cx - w + 2},{cy + 14} {cx - w},{cy} Z", WHT) +
            ellipse(cx, cy, w, 4, LBLU))


def mitt(x, y, s=1.0, rot=0) -> str:
    return g(path("M-9,12 L-9,-6 C-9,-14 9,-14 9,-6 L9,12 Z", "#7FC3EC"), rect(-10, 8, 20, 6, WHT, 1, 'stroke-width="1.5"'),
             circle(-3, -3, 0.9, "#3F7FBF", 'stroke="none"') + circle(3, 1, 0.9, "#3F7FBF", 'stroke="none"') + circle(-2, 4, 0.9, "#3F7FBF", 'stroke="none"'),
             t=f"translate({x},{y}) rotate({rot}) scale({s})")


def older_head(cx, cy, r=8) -> str:
    return head(cx, cy, r) + path(f"M{cx - r},{cy - 1} C{cx - r},{cy - r * 1.5} {cx + r},{cy - r * 1.5} {cx + r},{cy - 1} "
                                  f"C{cx + r * 0.5},{cy - r * 0.7} {cx - r * 0.5},{cy - r * 0.7} {cx - r},{cy - 1} Z", "#E0E0E0", 'stroke-width="1.5"')


def profile(fill=SKIN) -> str:
    """Head and neck in profile, facing right."""
    return path("M18,10 C30,0 50,4 52,20 L58,30 L53,32 L54,38 C54,42 50,44 46,44 L44,52 L44,68 L22,68 L22,52 "
                "C12,46 8,22 18,10 Z", fill)


def palm_down(x, y, s=1.0) -> str:
    """Back of a hand seen from above, fingers pointing down (calming gesture)."""
    fingers = "".join(rect(-7 + i * 4, 2, 3.6, 10 - abs(i - 1.5) * 1.5, SKIN, 1.8, 'stroke-width="1.4"') for i in range(4))
    return g(fingers, path("M-8,4 L8,4 L8,-8 C8,-12 -8,-12 -8,-8 Z", SKIN, 'stroke-width="1.4"'),
             path("M8,-2 C12,0 13,4 11,7", extra='stroke-width="3"'), path("M8,-2 C12,0 13,4 11,7", extra=f'stroke="{SKIN}" stroke-width="1.2"'),
             t=f"translate({x},{y}) scale({s})")


# ------------------------------------------------------------------ hygiene


def _():
    stink = "".join(path(f"M{x},26 C{x - 4},22 {x + 4},18 {x},14", extra=f'stroke="{LGRN}" stroke-width="2.5"') for x in (24, 36, 48))
    return (ellipse(36, 48, 32, 16, WHT) + ellipse(36, 48, 21, 10, "none", f'stroke="{GRY}" stroke-width="1.5"') +
            path("M18,46 C22,40 32,42 30,48 C28,54 20,54 18,46 Z", "#8D6E63", 'stroke="none"') +
            path("M40,52 C44,48 54,48 52,54 C50,58 42,58 40,52 Z", "#A1887F", 'stroke="none"') +
            circle(34, 42, 1.5, "#6D4C41", 'stroke="none"') + circle(46, 42, 1.2, "#6D4C41", 'stroke="none"') +
            circle(28, 56, 1.2, "#6D4C41", 'stroke="none"') + stink + fly(12, 16) + fly(60, 20) + fly(56, 6))


@pic("waszak", "laundry bag on a stand with dirty clothes in it (waszak)", "waszak, wasgoed, laundry bag, vuile was, linnenzak")
def _():
    return (line(16, 14, 12, 62, 2.5, GRY) + line(56, 14, 60, 62, 2.5, GRY) + circle(12, 64, 3, DGRY) + circle(60, 64, 3, DGRY) +
            path("M16,16 C10,34 12,56 20,60 L52,60 C60,56 62,34 56,16 Z", "#4FA3E0") +
            ellipse(36, 16, 20, 5, "#1E5F99") + path("M24,16 C22,8 30,4 32,8 L34,14", WHT) +
            path("M40,15 L46,4 L54,8 L48,16", "#F4A7B9", 'stroke-width="1.8"') + line(20, 30, 52, 30, 1.5, "#1E5F99"))


@pic("spoelruimte", "sluice room: the bedpan washer (a steel machine with a bedpan on its door) next to a steel sink",
     "spoelruimte, pospoeler, bedpan washer, sluice room, ondersteek, urinaal")
def _():
    return (rect(2, 4, 68, 64, "#EEF5F9", 0, 'stroke="none"') + line(2, 62, 70, 62, 2) +
            rect(28, 8, 38, 54, STEEL, 2) + rect(28, 8, 38, 10, LGRY, 2) + circle(34, 13, 2, "#5C9E31") +
            rect(42, 11, 18, 5, "#9BE09B", 1) + rect(32, 22, 30, 36, "#D9E1E6", 3) +
            path("M38,40 C38,34 44,32 50,32 L58,34 C60,35 60,39 58,40 L44,46 C40,46 38,44 38,40 Z", WHT) + line(56, 36, 60, 28, 2.5) +
            rect(4, 30, 20, 5, STEEL, 1) + path("M6,35 L22,35 L20,48 L8,48 Z", STEEL) + path("M12,30 L12,20 C12,16 18,16 18,20", extra='stroke-width="2.5"'))


# ------------------------------------------------------------------ daily care


@pic("wassen", "washing a client: a wet washcloth on an arm, above a bowl of water (wassen)",
     "wassen, lichaam wassen, bedbad, wash, washandje, waskom")
def _():
    return (forearm(22) + mitt(30, 18, 1.1, 90) + drop(20, 34, 0.5) + drop(40, 36, 0.5) +
            washbowl(36, 48, 28))


@pic("washandje", "terry-cloth wash mitt, wet, dripping (washandje)", "washandje, washand, washcloth, wash mitt, wassen")
def _():
    terry = "".join(circle(x, y, 1.1, "#3F7FBF", 'stroke="none"') for x in range(-10, 12, 5) for y in range(-14, 10, 5))
    return (g(path("M-14,16 L-14,-12 C-14,-24 14,-24 14,-12 L14,16 Z", "#8CCBF0"), terry,
              rect(-15, 12, 30, 8, WHT, 2), line(-15, 16, 15, 16, 1, GRY), t="translate(34,34) rotate(-15)") +
            drop(56, 56, 0.6) + drop(62, 46, 0.5) + drop(50, 64, 0.5))


@pic("handdoek", "towel hanging on a rail (handdoek)", "handdoek, badhanddoek, towel, afdrogen, droog")
def _():
    return (line(4, 14, 68, 14, 4, GRY) + circle(6, 14, 3, DGRY) + circle(66, 14, 3, DGRY) +
            path("M14,14 L58,14 L58,64 L14,64 Z", WHT) + path("M14,14 L58,14 L58,22 L14,22 Z", "#E9EEF2") +
            rect(14, 50, 44, 4, "#4FA3E0", 0, 'stroke-width="1"') + rect(14, 56, 44, 2, "#4FA3E0", 0, 'stroke-width="1"') +
            "".join(line(x, 64, x, 68, 1.5) for x in range(16, 58, 4)))


def _tshirt(x, y, s=1.0, fill=BLU):
    return g(path("M-8,-12 L-18,-8 L-22,2 L-14,5 L-12,0 L-12,16 L12,16 L12,0 L14,5 L22,2 L18,-8 L8,-12 C6,-8 -6,-8 -8,-12 Z", fill),
             t=f"translate({x},{y}) scale({s})")


def _bare_body(x=24):
    return (head(x, 20, 8) + path(f"M{x - 12},30 C{x - 10},28 {x + 10},28 {x + 12},30 L{x + 11},52 L{x - 11},52 Z", SKIN) +
            line(x - 12, 31, x - 16, 50, 4) + line(x + 12, 31, x + 16, 50, 4) + line(x - 5, 52, x - 6, 68, 5) + line(x + 5, 52, x + 6, 68, 5))


@pic("aankleden", "getting dressed: the shirt goes from the chair onto the body (aankleden)",
     "aankleden, kleren aandoen, get dressed, dress, helpen met aankleden")
def _():
    return (_bare_body(22) + _tshirt(22, 38, 0.62, BLU) + _tshirt(56, 22, 0.55, "#A8C8EE") +
            arrow(50, 34, 34, 42, GRN, 3))


@pic("uitkleden", "undressing: the shirt comes off the body into the laundry (uitkleden)",
     "uitkleden, kleren uitdoen, undress, uittrekken, uitdoen")
def _():
    return (_bare_body(22) + arrow(34, 36, 48, 30, ORA, 3) + _tshirt(56, 24, 0.55, BLU) +
            path("M44,48 L68,48 L66,68 L46,68 Z", "#C8A165"))


@pic("steunkous", "compression stocking pulled up to the knee (steunkous)",
     "steunkous, steunkousen, compression stocking, elastische kous, been")
def _():
    return (path("M24,2 L44,2 L42,28 C44,38 44,46 42,52 L44,56 L62,58 C68,60 68,68 62,68 L28,68 C24,64 24,56 26,52 "
                 "C24,44 24,36 26,28 Z", SKIN) +
            path("M26,30 L42,30 C44,38 44,46 42,52 L44,56 L62,58 C68,60 68,68 62,68 L28,68 C24,64 24,56 26,52 C24,44 24,38 26,30 Z",
                 "#C89B6D") + rect(25, 28, 18, 5, "#A0744A", 1) +
            "".join(line(27, y, 42, y, 1, "#A0744A") for y in (38, 44, 50)))


@pic("tanden-poetsen", "brushing teeth: a face with a toothbrush and foam in the mouth (tanden poetsen)",
     "tanden poetsen, poetsen, brush teeth, tandenborstel, tandpasta, mondzorg")
def _():
    return (face(32, 34, 24, YEL, mood=None, eyes="dots") + ellipse(32, 46, 11, 7, "#8E1B16") + rect(24, 40, 16, 4, WHT, 1, 'stroke-width="1"') +
            circle(24, 50, 2.5, WHT, 'stroke-width="1"') + circle(40, 51, 2, WHT, 'stroke-width="1"') +
            g(rect(0, -3, 36, 6, "#4FA3E0", 3), rect(-8, -4, 10, 4, WHT, 1, 'stroke-width="1"'), t="translate(34,46) rotate(-8)"))


@pic("kunstgebit", "dentures in a glass of water for the night (kunstgebit)",
     "kunstgebit, gebit, prothese, dentures, false teeth, bakje water")
def _():
    teeth = lambda y, flip: "".join(rect(25 + i * 4, y, 3.6, 5, WHT, 1, 'stroke-width="1"') for i in range(6))
    return (path("M14,10 L58,10 L54,66 L18,66 Z", "#E6F4FB") + path("M15.5,28 L56.5,28 L54,66 L18,66 Z", "#B8E0FF", 'stroke-width="1.5"') +
            path("M22,42 C22,34 50,34 50,42 L50,46 L22,46 Z", "#F48FB1") + teeth(40, False) +
            path("M22,50 L50,50 L50,54 C50,62 22,62 22,54 Z", "#F48FB1") + teeth(47, True) +
            circle(46, 20, 2, WHT, 'stroke-width="1"') + circle(28, 24, 1.5, WHT, 'stroke-width="1"'))


@pic("kammen", "combing: a comb going through the hair (kammen)", "kammen, haar kammen, comb, kam, haren, verzorgen")
def _():
    return (circle(34, 44, 20, SKIN) + path("M14,42 C12,18 26,10 36,10 C50,10 58,22 54,42 C48,30 22,28 14,42 Z", BRN) +
            circle(27, 48, 1.8, BLK) + circle(41, 48, 1.8, BLK) + path("M28,56 Q34,60 40,56", extra='stroke-width="2"') +
            g(rect(0, 0, 30, 8, "#E57373", 2), "".join(line(3 + i * 3, 8, 3 + i * 3, 14, 1.5) for i in range(9)),
              t="translate(34,12) rotate(20)") +
            path("M62,14 C66,18 66,24 64,28", extra='stroke-width="1.5"'))


@pic("insmeren", "applying cream: cream from the bottle rubbed into the skin of the arm (insmeren)",
     "insmeren, crème, smeren, apply cream, lotion, droge huid")
def _():
    return (forearm(46) + path("M22,40 C18,36 24,32 28,35 C30,30 38,32 36,37 C40,38 38,43 34,42 Z", WHT) +
            curved_arrow(30, 38, 13, -60, 60, ORA, 2.5) +
            rect(50, 4, 14, 22, "#F4A7B9", 3) + rect(53, 0, 8, 5, WHT, 1) + rect(53, 10, 8, 8, WHT, 1, 'stroke-width="1"'))


@pic("eten", "eating: an older person eats with a spoon from a bowl (eten)",
     "eten, maaltijd eten, eat, lepel, hulp bij eten, voeding")
def _():
    return (circle(28, 30, 20, SKIN) + path("M8,28 C8,8 48,8 48,28 C42,18 14,18 8,28 Z", "#E0E0E0") +
            circle(21, 30, 1.8, BLK) + circle(35, 30, 1.8, BLK) + ellipse(28, 40, 5, 4, "#8E1B16", 'stroke-width="1.5"') +
            g(ellipse(0, 0, 6, 3.5, STEEL), ellipse(0, -1, 4.5, 2, "#F2C14E", 'stroke="none"'), line(5, 2, 18, 14, 3, GRY),
              t="translate(34,44) rotate(10)") +
            path("M34,56 L68,56 C66,66 58,70 51,70 C44,70 36,66 34,56 Z", "#4FA3E0") + ellipse(51, 56, 17, 3, "#F2C14E"))


@pic("drinken", "drinking: someone drinks a glass of water (drinken)", "drinken, drink, glas water, vocht, dorst")
def _():
    return (face(28, 36, 22, YEL, mood=None, eyes="closed") +
            g(path("M0,0 L16,0 L14,26 L2,26 Z", "#E6F4FB"), path("M1,6 L15,6 L14,26 L2,26 Z", LBLU, 'stroke-width="1.5"'),
              t="translate(40,34) rotate(-40)"))


@pic("slikken", "swallowing: food goes from the mouth down the throat (slikken)",
     "slikken, doorslikken, swallow, keel, slikproblemen")
def _():
    return (profile() + circle(34, 22, 1.8, BLK) + path("M52,36 L46,37", extra='stroke-width="2"') +
            circle(44, 38, 3, "#F2C14E", 'stroke-width="1.2"') +
            path("M44,40 C40,44 36,46 34,50", extra=f'stroke="{RED}" stroke-width="2" stroke-dasharray="3 3"') + arrow(34, 50, 34, 64, RED, 2.5))


@pic("vochtlijst", "fluid chart: for every glass a bar of how much was drunk (vochtlijst)",
     "vochtlijst, vochtbalans, fluid chart, drinklijst, ml, bijhouden")
def _():
    out = document(8, 4, 56, 64, PAPER, 0)
    for i, w in enumerate((22, 30, 14, 26, 18)):
        y = 14 + i * 10
        out += glass_(14, y, 7, 8, 0.6) + rect(26, y + 1, w, 6, "#4FA3E0", 1, 'stroke-width="1"')
    return out


@pic("incontinentiemateriaal", "incontinence pad / adult diaper with fasteners (incontinentiemateriaal)",
     "incontinentiemateriaal, incontinentie, luier, verband, incontinence pad, broekje")
def _():
    return pad(36, 36, 1.15)


@pic("verschonen", "changing: the wet pad is swapped for a clean one (verschonen)",
     "verschonen, verschoning, change, nieuw verband, schoon maken, wisselen")
def _():
    return (pad(16, 36, 0.55, stain="#F2D46B") + curved_arrow(36, 36, 10, -70, 70, GRN, 3) +
            curved_arrow(36, 36, 10, 110, 250, GRN, 3) + pad(56, 36, 0.55, shine=True))


@pic("ondersteek", "bedpan (ondersteek, po)", "ondersteek, bedpan, po, steek, toilet in bed")
def _():
    return (path("M6,42 C6,30 20,26 34,28 L58,30 C66,32 68,40 62,44 L22,54 C12,56 6,50 6,42 Z", STEEL) +
            ellipse(26, 40, 14, 7, "#E6ECF0") + line(58, 34, 70, 26, 5, GRY) +
            path("M6,42 C6,52 12,58 22,58 L62,46", extra='stroke-width="2"'))


@pic("urinaal", "urinal bottle for men, lying, with its neck and handle (urinaal)",
     "urinaal, urinefles, plasfles, urinal bottle, plassen")
def _():
    return (path("M22,34 L58,34 C66,34 68,40 68,46 L68,56 C68,62 64,64 58,64 L26,64 C20,64 18,60 18,54 L18,40 Z", "#E6F4FB") +
            path("M18.8,50 L67.2,50 L67.2,56 C67.2,61 64,63 58,63 L26,63 C21,63 18.8,60 18.8,54 Z", "#F6E08A", 'stroke-width="1.5"') +
            path("M20,38 L6,22 L14,14 L30,34", "#E6F4FB") + ellipse(10, 18, 6, 3.5, WHT, 'transform="rotate(45 10 18)"') +
            path("M68,42 C76,42 76,56 68,56", extra='stroke-width="0"') + path("M44,34 L44,26 L60,26 L60,34", extra='stroke-width="3.5"') +
            line(26, 40, 60, 40, 1.5, WHT))


@pic("bed-opmaken", "making the bed: a clean sheet is spread over the mattress (bed opmaken)",
     "bed opmaken, bedden opmaken, make the bed, laken, schoon bed")
def _():
    return (bed(40, WHT) + ellipse(16, 38, 8, 3, WHT) +
            path("M14,18 L58,14 L66,40 L22,40 Z", "#CFE8F8") + arrow(40, 10, 46, 30, GRN, 3) +
            sparkle(64, 10, 0.8))


@pic("laken", "a stack of folded clean white bed sheets (laken)", "laken, lakens, bedlaken, sheet, bed sheet, beddengoed")
def _():
    layer = lambda y: (path(f"M10,{y} L58,{y} C64,{y} 64,{y + 10} 58,{y + 10} L10,{y + 10} Z", WHT) +
                       path(f"M58,{y} C54,{y} 54,{y + 10} 58,{y + 10}", extra='stroke-width="1.2"'))
    return layer(50) + layer(38) + layer(26) + line(14, 56, 50, 56, 1.2, LBLU) + line(14, 44, 50, 44, 1.2, LBLU) + line(14, 32, 50, 32, 1.2, LBLU)


@pic("kussen", "pillow (kussen, hoofdkussen)", "kussen, hoofdkussen, pillow, cushion, slapen")
def _():
    return (path("M8,20 C20,14 52,14 64,20 C68,32 68,44 64,54 C52,60 20,60 8,54 C4,44 4,32 8,20 Z", WHT) +
            path("M8,20 L4,14 M64,20 L68,14 M8,54 L4,60 M64,54 L68,60", extra='stroke-width="2"') +
            path("M20,26 C30,34 42,34 52,26", extra=f'stroke="{LGRY}" stroke-width="1.5"') +
            path("M22,48 C32,44 40,44 50,48", extra=f'stroke="{LGRY}" stroke-width="1.5"'))


@pic("deken", "thick folded woollen blanket (deken)", "deken, wollen deken, blanket, dekbed, warm, koud")
def _():
    layer = lambda y, c: (path(f"M8,{y} L60,{y} C66,{y} 66,{y + 14} 60,{y + 14} L8,{y + 14} Z", c) +
                          "".join(line(x, y + 2, x, y + 12, 1.2, "#8E1B16") for x in (20, 34, 48)))
    return (layer(48, "#E57373") + layer(32, "#EF8A80") + layer(16, "#E57373") +
            "".join(line(x, 62, x, 66, 1.5) for x in range(10, 60, 4)))


@pic("opstaan", "standing up: a person gets up from the chair (opstaan)", "opstaan, overeind komen, stand up, get up, stoel")
def _():
    return (path("M6,30 L6,66 M6,46 L26,46 L26,66", extra=f'stroke="{BRN}" stroke-width="3.5"') +
            head(32, 16, 6.5) + path("M28,24 L36,24 L40,44 L28,46 Z", ORA) +
            path("M30,46 L40,54 L38,66", extra='stroke-width="4.5"') + path("M34,26 L46,36", extra='stroke-width="4"') +
            arrow(56, 60, 56, 16, GRN, 4))


@pic("omdraaien", "turning a client over in bed onto the other side (omdraaien, wisselligging)",
     "omdraaien, draaien, wisselligging, turn over, op de zij, decubitus voorkomen")
def _():
    return (bed(46, WHT) + ellipse(14, 44, 6, 2.5, WHT) + head(16, 38, 6) + rect(22, 34, 40, 12, BLU, 6) +
            curved_arrow(40, 36, 18, -70, 70, GRN, 3.5))


@pic("ochtendzorg", "morning care: rising sun, a washbowl with a washcloth and a toothbrush (ochtendzorg)",
     "ochtendzorg, ochtendronde, morning care, wassen, aankleden, ochtend")
def _():
    rays = "".join(line(round(36 + 16 * math.cos(a), 1), round(24 - 16 * math.sin(a), 1),
                        round(36 + 22 * math.cos(a), 1), round(24 - 22 * math.sin(a), 1), 2.5, ORA)
                   for a in [math.radians(d) for d in (10, 40, 70, 90, 110, 140, 170)])
    return (rays + path("M24,24 C24,8 48,8 48,24 Z", YEL) + line(4, 24, 68, 24, 2) +
            washbowl(24, 46, 20) + mitt(22, 42, 0.8, 20) +
            path("M50,44 L64,44 L62,66 L52,66 Z", "#B1CC33") + rect(53, 26, 4, 20, "#4FA3E0", 2) + rect(52, 22, 6, 6, WHT, 1, 'stroke-width="1.2"'))


# ------------------------------------------------------------------ body


@pic("pijn", "pain: a face in pain with red pain marks (pijn)", "pijn, pijn hebben, pain, au, zeer, ache")
def _():
    return (face(34, 40, 22, YEL, mood="pain", eyes="squint") + zigzag(6, 16, 1.2, rot=-30) + zigzag(54, 10, 1.2, rot=20) +
            zigzag(60, 30, 1.0, rot=60))


def _highlight(body, *shapes):
    return body + "".join(shapes)


HL = f'fill="{RED}" stroke="#000" stroke-width="1.5" opacity="0.9"'


@pic("knie", "knee: a body with both knees marked red (knie)", "knie, knieën, knee, been, buigen")
def _():
    return body_front() + f'<circle cx="31" cy="53" r="4" {HL}/><circle cx="41" cy="53" r="4" {HL}/>'


@pic("heup", "hip: a body with the hips marked red (heup)", "heup, heupen, hip, nieuwe heup, lopen")
def _():
    return body_front() + f'<ellipse cx="28" cy="37" rx="4.5" ry="5" {HL}/><ellipse cx="44" cy="37" rx="4.5" ry="5" {HL}/>'


@pic("rug", "back: a body seen from behind with the back marked red (rug)", "rug, de rug, back, rugpijn, ruggengraat")
def _():
    return body_front(back=True) + f'<rect x="28.5" y="18" width="15" height="19" rx="5" {HL}/>' + line(36, 19, 36, 36, 1.5, "#8E1B16")


@pic("buik", "belly: a body with the belly marked red (buik)", "buik, buikpijn, belly, stomach, maag")
def _():
    return body_front() + f'<ellipse cx="36" cy="31" rx="7.5" ry="6" {HL}/>' + circle(36, 32, 0.8, BLK, 'stroke="none"')


@pic("huid", "skin: a magnifying glass over the skin of the arm shows its surface (huid)",
     "huid, skin, droge huid, huidverzorging, vel")
def _():
    texture = "".join(path(f"M{x - 4},{y} L{x + 4},{y - 2} M{x - 2},{y - 4} L{x + 1},{y + 3}", extra='stroke="#C48A5E" stroke-width="1"')
                      for x, y in ((20, 24), (30, 20), (28, 32), (38, 28), (20, 34), (36, 38)))
    return (forearm(54) + line(36, 40, 50, 58, 6, DGRY) + circle(28, 28, 17, SKIN, 'stroke-width="3"') + texture +
            circle(24, 22, 1, "#C48A5E", 'stroke="none"') + circle(34, 34, 1, "#C48A5E", 'stroke="none"'))


@pic("wond", "wound: an open red wound on the arm (wond)", "wond, wonden, wound, verwonding, open plek, wondzorg")
def _():
    return (forearm(40) + path("M20,34 C24,28 34,30 40,32 C44,36 40,44 32,44 C24,46 16,40 20,34 Z", "#E57373") +
            path("M24,36 C28,34 34,35 36,38 C32,40 26,40 24,36 Z", "#B71C1C", 'stroke="none"') + drop(30, 56, 0.6, RED))


@pic("blauwe-plek", "bruise: a blue-purple patch on the arm (blauwe plek)", "blauwe plek, kneuzing, bruise, stoten, vallen")
def _():
    return (forearm(40) + ellipse(30, 38, 12, 7, "#7E57C2", 'stroke="none" opacity="0.55"') +
            ellipse(30, 38, 7, 4, "#4527A0", 'stroke="none" opacity="0.6"'))


@pic("decubitus", "pressure ulcer: a red-purple sore on the heel of a client lying in bed (decubitus, doorligwond)",
     "decubitus, doorligwond, doorliggen, pressure ulcer, bedsore, hiel, rode plek")
def _():
    toes = "".join(ellipse(x, y, 2.6, 3.2, SKIN, 'stroke-width="1.5"') for x, y in ((52, 10), (57, 11), (61.5, 13.5), (65, 17)))
    return (rect(2, 52, 68, 12, "#CFE8F8", 2) + rect(2, 40, 24, 12, "#4FA3E0", 0, 'stroke-width="1.5"') +
            path("M2,40 L40,40 C44,38 46,32 46,26 L48,14 C50,8 62,8 66,16 L66,22 C64,28 60,34 60,40 C60,48 54,52 46,52 L2,52 Z", SKIN) +
            toes + ellipse(48, 48, 6, 4, "#C62828", 'stroke-width="1.5"') + ellipse(48, 48, 3, 2, "#6A1B9A", 'stroke="none"') +
            circle(48, 47, 10, "none", f'stroke="{RED}" stroke-width="2" stroke-dasharray="3 3"'))


@pic("urine", "urine in a sample pot (urine, plas)", "urine, plas, urine sample, plassen, donkere urine")
def _():
    return (rect(18, 8, 36, 10, "#F4AA41", 2) + path("M20,18 L52,18 L50,66 L22,66 Z", "#F4FBFF") +
            path("M20.8,34 L51.2,34 L50,66 L22,66 Z", "#F2C94C", 'stroke-width="1.5"') + rect(26, 44, 20, 12, WHT, 1, 'stroke-width="1"') +
            line(29, 48, 43, 48, 1.2, GRY) + line(29, 52, 40, 52, 1.2, GRY))


@pic("ontlasting", "stool, poo (ontlasting)", "ontlasting, poep, stoelgang, stool, feces, bowel movement")
def _():
    return (path("M8,60 C4,50 14,46 20,48 C18,40 26,36 32,38 C30,28 38,22 44,26 C46,20 42,14 40,12 C52,14 56,24 52,32 "
                 "C60,34 62,44 54,48 C64,50 66,60 60,64 C44,68 22,68 8,60 Z", "#8D5A2B") +
            path("M20,48 C28,52 44,52 54,48 M32,38 C38,41 46,40 52,32", extra='stroke="#5D3A1A" stroke-width="1.8"'))


# ------------------------------------------------------------------ aids


@pic("rollator", "rollator: walking frame with four wheels, a seat, a basket and hand brakes",
     "rollator, looprek met wielen, wheeled walker, lopen, hulpmiddel")
def _():
    r = "#D22F27"
    side = lambda dx, dy, c: (path(f"M{14 + dx},{10 + dy} L{14 + dx},{58 + dy}", extra=f'stroke="{c}" stroke-width="4"') +
                              path(f"M{14 + dx},{14 + dy} L{44 + dx},{58 + dy}", extra=f'stroke="{c}" stroke-width="4"') +
                              path(f"M{8 + dx},{10 + dy} L{20 + dx},{10 + dy}", extra='stroke-width="5"') +
                              path(f"M{19 + dx},{12 + dy} L{24 + dx},{18 + dy}", extra='stroke-width="2"'))
    return (side(12, -6, "#9E1F1A") + wheel_(26, 53, 4.5) + wheel_(56, 53, 4.5) +
            path("M14,32 L26,26 L44,26 L32,32 Z", DGRY) + path("M30,40 L50,36 L54,46 L34,50 Z", "#9B9B9A") +
            side(0, 0, r) + wheel_(14, 62, 5) + wheel_(44, 62, 5))


def wheel_(cx, cy, r):
    return circle(cx, cy, r, DGRY) + circle(cx, cy, r * 0.35, LGRY)


@pic("douchestoel", "white shower chair with a slotted seat under the shower (douchestoel)",
     "douchestoel, douchekruk, shower chair, douchen, zitten")
def _():
    return (path("M50,4 L50,12 L40,16", extra='stroke-width="3"') + path("M34,14 L46,12 L48,20 L36,22 Z", LGRY) +
            drop(36, 30, 0.45) + drop(44, 32, 0.45) + drop(40, 38, 0.45) +
            rect(12, 26, 6, 22, WHT, 2) + rect(12, 44, 40, 6, WHT, 2) + "".join(line(x, 46, x + 4, 46, 1.5, GRY) for x in (22, 30, 38)) +
            line(16, 50, 14, 66, 3.5) + line(48, 50, 50, 66, 3.5) + line(30, 50, 30, 64, 3) +
            rect(11, 64, 7, 4, DGRY, 1) + rect(47, 64, 7, 4, DGRY, 1))


@pic("handgreep", "grab rail on the bathroom wall, a hand holding it (handgreep)",
     "handgreep, beugel, wandbeugel, grab rail, grab bar, vasthouden, toilet")
def _():
    tiles = "".join(line(2, y, 70, y, 1, "#B8D4E6") for y in (14, 28, 42, 56)) + "".join(line(x, 2, x, 70, 1, "#B8D4E6") for x in (16, 32, 48, 64))
    return (rect(2, 2, 68, 68, "#EEF5F9", 0, 'stroke="none"') + tiles + rect(8, 30, 10, 14, LGRY, 2) + rect(54, 30, 10, 14, LGRY, 2) +
            rect(12, 34, 48, 6, WHT, 3) +
            path("M28,30 C28,24 40,24 42,28 L44,40 C44,46 30,48 28,42 Z", SKIN) + line(30, 34, 42, 33, 1.2) + line(30, 38, 42, 38, 1.2) +
            path("M28,42 L20,62 L34,64 L42,44", SKIN))


@pic("wandelstok", "wooden walking stick with a curved handle and rubber tip (wandelstok)",
     "wandelstok, stok, wandelstokken, walking stick, cane, lopen")
def _():
    return (path("M20,22 C18,6 40,4 40,18 L40,64", extra='stroke="#000" stroke-width="8"') +
            path("M20,22 C18,6 40,4 40,18 L40,64", extra=f'stroke="{BRN}" stroke-width="5"') +
            rect(36, 62, 8, 8, BLK, 2) + line(36, 30, 36, 58, 1, "#D9B26F"))


@pic("hoortoestel", "behind-the-ear hearing aid with its tube and ear tip (hoortoestel)",
     "hoortoestel, gehoorapparaat, hearing aid, slechthorend, horen, oor")
def _():
    return (path("M30,14 C40,6 56,10 56,26 C56,42 50,56 44,62 C40,66 34,62 38,56 C44,46 46,36 44,26 C42,20 36,20 32,22 Z", BEIGE) +
            rect(44, 40, 6, 4, DGRY, 1, 'stroke-width="1"') +
            path("M30,16 C22,16 18,24 20,32 L22,40", extra=f'stroke="{GRY}" stroke-width="3"') +
            ellipse(22, 44, 5, 5, "#F4FBFF") + path("M60,28 C64,32 64,38 60,42 M64,24 C70,30 70,40 64,46", extra='stroke-width="2"'))


# ------------------------------------------------------------------ medication


@pic("innemen", "taking medicine: a pill into the mouth, with a glass of water (innemen)",
     "innemen, medicijn innemen, take medicine, slikken, pil, glas water")
def _():
    return (face(28, 36, 22, YEL, mood=None, eyes="dots") + ellipse(28, 47, 6, 5, "#8E1B16", 'stroke-width="1.5"') +
            g(rect(-7, -3, 14, 6, WHT, 3, 'stroke-width="1.5"'), path("M0,-3 L7,-3 A3,3 0 0 1 7,3 L0,3 Z", "#4FA3E0", 'stroke-width="1.5"'),
              t="translate(28,47) rotate(-20)") +
            glass_(52, 34, 14, 26, 0.6))


@pic("pijnstiller", "painkiller: a face in pain, a pill, and the same face without pain (pijnstiller)",
     "pijnstiller, pijnstillers, painkiller, paracetamol, tegen pijn")
def _():
    return (face(14, 16, 11, YEL, mood="pain", eyes="squint") + zigzag(26, 6, 0.8, rot=20) +
            g(rect(-11, -5, 22, 10, WHT, 5), path("M0,-5 L6,-5 A5,5 0 0 1 6,5 L0,5 Z", "#4FA3E0"), t="translate(36,34) rotate(-30)") +
            arrow(40, 44, 48, 50, BLK, 2.5) + face(56, 56, 12, YEL, mood="smile", eyes="dots"))


# ------------------------------------------------------------------ reporting


@pic("overdracht", "handover: one carer gives the report to the next shift (overdracht)",
     "overdracht, overdragen, handover, dienst overdragen, rapportage, collega")
def _():
    return (worker(14, 70, 0.95, LBLU, face_mood=True) + worker(58, 70, 0.95, "#B39DDB", face_mood=True) +
            rect(28, 38, 16, 20, PAPER, 1) + rect(32, 35, 8, 4, GRY, 1) + line(31, 45, 41, 45, 1.2, GRY) + line(31, 50, 40, 50, 1.2, GRY) +
            arrow(18, 14, 54, 14, GRN, 3) + path("M22,26 C30,20 42,20 50,26", extra=f'stroke="{GRY}" stroke-width="0"'))


@pic("observeren", "observing: the carer watches closely how the client walks (observeren)",
     "observeren, observatie, goed kijken, observe, letten op, signaleren")
def _():
    eye = (path("M2,22 C12,8 30,8 40,22 C30,36 12,36 2,22 Z", WHT) + circle(21, 22, 8, "#8B5A2B") + circle(21, 22, 3.5, BLK) +
           circle(19, 20, 1.2, WHT, 'stroke="none"'))
    return (eye + path("M40,22 L50,30", extra=f'stroke="{GRY}" stroke-width="2" stroke-dasharray="3 3"') +
            older_head(56, 30, 6) + path("M50,38 C52,36 60,36 62,38 L63,54 L49,54 Z", "#B39DDB") +
            line(52, 54, 50, 68, 4) + line(60, 54, 63, 68, 4) + line(63, 42, 68, 54, 2.5) + line(68, 52, 68, 68, 2.5, BRN))


@pic("zijn-er-bijzonderheden", "'Zijn er bijzonderheden?': bubble with the client file, an exclamation mark and a question mark",
     "zijn er bijzonderheden, bijzonderheden, anything special, overdracht, melden, vraag")
def _():
    return bubble_q(rect(12, 12, 18, 24, PAPER, 1) + line(15, 18, 27, 18, 1.2, GRY) + line(15, 23, 27, 23, 1.2, GRY) +
                    line(15, 28, 25, 28, 1.2, GRY) + text(38, 38, "!", 28, RED))


@pic("verandering", "change: the same client first well, then unwell (verandering)",
     "verandering, veranderen, change, anders dan anders, achteruitgang, opvallen")
def _():
    return (older_head(16, 34, 13) + circle(12, 35, 1.4, BLK) + circle(20, 35, 1.4, BLK) + path("M11,40 Q16,44 21,40", extra='stroke-width="1.8"') +
            arrow(32, 36, 42, 36, BLK, 3) +
            older_head(56, 34, 13) + ellipse(56, 36, 12.5, 12, "#D8E8A0", 'stroke="none" opacity="0.6"') +
            circle(52, 35, 1.4, BLK) + circle(60, 35, 1.4, BLK) + path("M51,43 Q56,39 61,43", extra='stroke-width="1.8"') +
            drop(66, 26, 0.4))


@pic("zorgplan", "care plan: a document about the client with a heart and the agreed care points (zorgplan)",
     "zorgplan, zorgleefplan, care plan, afspraken, wat de cliënt zelf kan")
def _():
    out = document(10, 4, 52, 64, PAPER, 0) + older_head(24, 20, 7) + path("M38,14 C38,10 44,10 44,14 C44,10 50,10 50,14 C50,19 44,22 44,24 C44,22 38,19 38,14 Z", RED, 'stroke-width="1.5"')
    for i in range(3):
        y = 38 + i * 9
        out += check(20, y, 0.45) + line(28, y, 54, y, 2, GRY)
    return out


@pic("ecd", "electronic client record: a tablet showing the client's file (ECD)",
     "ECD, elektronisch cliëntdossier, tablet, dossier, rapporteren, client record")
def _():
    return (rect(8, 6, 56, 62, DGRY, 5) + rect(12, 10, 48, 52, WHT, 1) + rect(12, 10, 48, 8, "#4FA3E0", 1) +
            older_head(22, 28, 5.5) + line(32, 26, 54, 26, 2, GRY) + line(32, 31, 50, 31, 2, GRY) +
            line(16, 40, 54, 40, 2, GRY) + line(16, 46, 52, 46, 2, GRY) + line(16, 52, 46, 52, 2, GRY) + circle(36, 65, 1.5, LGRY, 'stroke="none"'))


# ------------------------------------------------------------------ client


@pic("aankloppen", "knocking on the door before going in (aankloppen)", "aankloppen, kloppen, knock, deur, binnenkomen, privacy")
def _():
    return (rect(6, 4, 36, 64, "#A0643A", 2) + rect(11, 10, 26, 22, "#B97A47", 1) + rect(11, 38, 26, 24, "#B97A47", 1) +
            circle(36, 38, 2.2, YEL) +
            path("M50,22 C48,16 58,14 62,18 L66,30 C66,36 56,38 52,34 Z", SKIN) + line(52, 24, 60, 22, 1.2) + line(53, 28, 62, 27, 1.2) +
            path("M60,34 L68,48", extra='stroke-width="6"') + path("M60,34 L68,48", extra=f'stroke="{SKIN}" stroke-width="3"') +
            path("M46,16 C44,20 44,26 46,30 M42,12 C38,18 38,28 42,34", extra='stroke-width="2"'))


@pic("goedemorgen-hoe-gaat-het", "'Goedemorgen, hoe gaat het met u?': morning sun and a greeting bubble with a face and a question mark",
     "goedemorgen, hoe gaat het met u, good morning, how are you, begroeten, ochtend")
def _():
    rays = "".join(line(round(14 + 9 * math.cos(a), 1), round(62 - 9 * math.sin(a), 1),
                        round(14 + 13 * math.cos(a), 1), round(62 - 13 * math.sin(a), 1), 2, ORA)
                   for a in [math.radians(d) for d in (15, 50, 90, 130, 165)])
    return (speech(14, 4, 54, 40, WHT) + face(32, 24, 12, YEL, "smile") + qmark(56, 34, 24) +
            rays + path("M6,62 C6,52 22,52 22,62 Z", YEL) + line(2, 62, 30, 62, 2))


@pic("ik-ga-u-helpen-met-wassen", "'Ik ga u nu helpen met wassen': the carer announces the wash (bubble with washbowl and washcloth)",
     "ik ga u helpen met wassen, uitleggen, wassen, aankondigen, help you wash")
def _():
    return (speech(24, 2, 44, 36, WHT) + washbowl(46, 20, 14) + mitt(58, 14, 0.55, 20) +
            worker(16, 70, 1.0, LBLU, face_mood=True) + arrow(32, 58, 44, 58, GRN, 0) +
            older_head(56, 56, 8) + path("M44,70 C44,64 68,64 68,70 Z", "#F4A7B9"))


@pic("heeft-u-pijn", "'Heeft u pijn?': question bubble with a face in pain", "heeft u pijn, pijn, are you in pain, vragen, waar doet het pijn")
def _():
    return bubble_q(face(24, 26, 13, YEL, mood="pain", eyes="squint") + zigzag(36, 12, 0.7, rot=20))


@pic("moet-u-naar-het-toilet", "'Moet u naar het toilet?': question bubble with a toilet", "moet u naar het toilet, toilet, wc, plassen, vragen")
def _():
    return bubble_q(toilet_icon(24, 36, 0.8))


@pic("ik-kom-zo-terug", "'Ik kom zo terug': the carer goes away for a moment and comes back (arrow there and back, short time)",
     "ik kom zo terug, zo terug, be right back, even weg, terugkomen")
def _():
    return (person(18, 66, 1.2, LBLU) + path("M30,40 L60,40 C68,40 68,54 60,54 L38,54", extra=f'stroke="{GRN}" stroke-width="3.5"') +
            arrow(44, 54, 32, 54, GRN, 3.5) + circle(56, 18, 12, WHT) + sector(56, 18, 11, 0, 1, "#BFE3A8") + clockface(56, 18, 12, 0, 5, "none"))


@pic("rustig-maar", "'Rustig maar': two calming hands, palms down, over a calm face", "rustig maar, kalm, rustig, calm down, geruststellen, it's all right")
def _():
    return (face(36, 48, 19, YEL, mood="smile", eyes="closed") + palm_down(14, 16, 1.2) + palm_down(58, 16, 1.2) +
            arrow(14, 32, 14, 40, BLU, 2.5) + arrow(58, 32, 58, 40, BLU, 2.5))


@pic("mantelzorger", "informal carer: a daughter supports her elderly mother, with a heart (mantelzorger)",
     "mantelzorger, mantelzorg, informal carer, familie, dochter, zorgen voor")
def _():
    mother = (older_head(46, 26, 6) + path("M40,34 C42,32 50,32 52,34 L54,50 L38,50 Z", "#B39DDB") +
              line(42, 50, 41, 66, 4) + line(50, 50, 51, 66, 4) + line(54, 38, 60, 52, 3) + line(60, 50, 60, 66, 2.5, BRN))
    daughter = (head(24, 22, 6.5) + path("M17,18 C17,10 31,10 31,18 C28,14 20,14 17,18 Z", BRN, 'stroke-width="1.5"') +
                path("M17,31 C19,29 29,29 31,31 L32,50 L16,50 Z", GRN) + line(20, 50, 19, 66, 4) + line(28, 50, 29, 66, 4) +
                path("M30,34 L40,40", extra='stroke-width="3.5"'))
    return (path("M30,8 C30,2 37,2 36,7 C36,2 43,2 42,8 C42,13 36,15 36,18 C36,15 30,13 30,8 Z", RED) + daughter + mother)


@pic("dementie", "dementia: a head whose puzzle is missing a piece, with a question mark (dementie)",
     "dementie, alzheimer, vergeetachtig, dementia, geheugen, verward")
def _():
    piece = "M0,0 L6,0 C6,-4 12,-4 12,0 L18,0 L18,6 C22,6 22,12 18,12 L18,18 L0,18 Z"
    return (profile("#E8E0D8") + path("M18,14 C26,4 46,6 48,20 C48,30 40,34 32,34 C22,34 14,26 18,14 Z", "#F4A7B9") +
            path("M24,14 L24,30 M18,22 L46,22 M34,8 L34,34", extra='stroke="#C2185B" stroke-width="1.5"') +
            path("M34,10 L46,10 L46,22 L34,22 Z", WHT, 'stroke-width="1.5" stroke-dasharray="2 2"') +
            g(path(piece, "#F4A7B9", 'stroke-width="1.5"'), t="translate(54,6) rotate(20) scale(0.7)") +
            qmark(62, 40, 20))




# ------------------------------------------------------------------ writing


def _esc(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;")


def svg_of(pid: str) -> str:
    title, _keywords, fn = PICTURES[pid]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72" width="72" height="72">'
            f'<title>{_esc(title)}</title>{fn()}</svg>\n')


if __name__ == "__main__":  # a preview; fetch_library.py writes the library
    from fetch_library import svg_of

    dest = Path(sys.argv[1])
    dest.mkdir(parents=True, exist_ok=True)
    for pid, (title, _keywords, fn) in PICTURES.items():
        (dest / f"{pid}.svg").write_text(svg_of(title, fn()))
    print(f"{len(PICTURES)} pictures in {dest}", file=sys.stderr)
