#!/usr/bin/env python3
"""Pictograms drawn for the techniek group (metaal, bouw, productie-logistiek), CC0-1.0.

Same style as ``draw_vaktaal.py`` (whose building blocks this script imports): viewBox 0 0 72 72,
black outlines of width 2 with round joins, 2-4 flat colours from the OpenMoji palette.

    python scripts/picture_library/fetch_library.py --only vaktaal   # redraw them all into the library
    python scripts/picture_library/draw_vaktaal_techniek.py OUTDIR   # a preview of this script's pictures

An id drawn by two scripts stops fetch_library.py.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from draw_vaktaal import (  # noqa: E402  (building blocks and palette of the main script)
    BLK, BLU, BRN, DGRY, GRN, GRY, LBLU, LGRN, LGRY, ORA, RED, SKIN, WHT, YEL,
    arrow, check, circle, cross, document, drop, flame, g, gear, hardhat, head, line, path,
    person, poly, rect, speech, wheel,
)

PICTURES: dict = {}  # id -> (title, keywords, function returning the SVG body)

STEEL = "#B9C3CC"   # light steel blue-grey
DSTEEL = "#7D8A96"  # darker steel
WOOD = "#D9A066"    # light timber
COPPER = "#C8733A"
RUST = "#A0522D"
CONC = "#BDBDBD"    # concrete grey
SAND = "#F1D592"
FONT = 'font-family="Arial,Helvetica,sans-serif" font-weight="bold"'


def pic(pid: str, title: str, keywords: str):
    def deco(fn):
        if pid in PICTURES:
            raise SystemExit(f"duplicate id in this script: {pid}")
        PICTURES[pid] = (title, [k.strip() for k in keywords.split(",") if k.strip()], fn)
        return fn
    return deco


# ------------------------------------------------------------------ extra building blocks


def text(x, y, s, size=10, fill=BLK, anchor="middle", weight="bold") -> str:
    return (f'<text x="{x}" y="{y}" text-anchor="{anchor}" font-family="Arial,Helvetica,sans-serif" '
            f'font-weight="{weight}" font-size="{size}" fill="{fill}">{s}</text>')


def dim(x1, y1, x2, y2, color=RED, w=2.5) -> str:
    """Dimension arrow with heads at both ends."""
    a = math.atan2(y2 - y1, x2 - x1)
    out = line(x1, y1, x2, y2, w, color)
    for (x, y, s) in ((x2, y2, 1), (x1, y1, -1)):
        hx1, hy1 = x - s * 5 * math.cos(a - 0.55), y - s * 5 * math.sin(a - 0.55)
        hx2, hy2 = x - s * 5 * math.cos(a + 0.55), y - s * 5 * math.sin(a + 0.55)
        out += (f'<path d="M{hx1:.1f},{hy1:.1f} L{x},{y} L{hx2:.1f},{hy2:.1f}" fill="none" stroke="{color}" '
                f'stroke-width="{w}" stroke-linecap="round" stroke-linejoin="round"/>')
    return out


def curved_arrow(cx, cy, r, a1, a2, color=BLK, w=3) -> str:
    """Arc from angle a1 to a2 (degrees, clockwise positive in SVG) with an arrow head at a2."""
    p1 = (cx + r * math.cos(math.radians(a1)), cy + r * math.sin(math.radians(a1)))
    p2 = (cx + r * math.cos(math.radians(a2)), cy + r * math.sin(math.radians(a2)))
    large = 1 if abs(a2 - a1) > 180 else 0
    sweep = 1 if a2 > a1 else 0
    out = (f'<path d="M{p1[0]:.1f},{p1[1]:.1f} A{r},{r} 0 {large} {sweep} {p2[0]:.1f},{p2[1]:.1f}" fill="none" '
           f'stroke="{color}" stroke-width="{w}" stroke-linecap="round"/>')
    # tangent direction at p2
    t = math.radians(a2) + (math.pi / 2 if sweep else -math.pi / 2)
    for da in (0.5, -0.5):
        hx, hy = p2[0] - 6 * math.cos(t + da), p2[1] - 6 * math.sin(t + da)
        out += line(hx, hy, p2[0], p2[1], w, color)
    return out


def obox(x, y, L, H, D, front=LGRY, top=WHT, side=GRY, k=0.6) -> str:
    """Box in oblique view: front face L x H with bottom-left at (x, y); depth D goes up-right."""
    dx, dy = D * k, -D * k * 0.75
    return (poly(f"{x},{y - H} {x + L},{y - H} {x + L + dx},{y - H + dy} {x + dx},{y - H + dy}", top) +
            poly(f"{x + L},{y} {x + L},{y - H} {x + L + dx},{y - H + dy} {x + L + dx},{y + dy}", side) +
            rect(x, y - H, L, H, front))


def hand(x, y, s=1.0, rot=0, fill=SKIN) -> str:
    """A fist seen from the side, gripping something that passes through (x, y)."""
    body = (rect(-7, -6, 14, 12, fill, 4) +
            line(-7, -2, 1, -2, 1.2) + line(-7, 2, 1, 2, 1.2) +
            path("M-3,-6 C-3,-10 4,-10 5,-6", fill))
    return g(body, t=f"translate({x},{y}) rotate({rot}) scale({s})")


def point_hand(x, y, s=1.0, rot=0, fill=SKIN) -> str:
    """Hand with index finger pointing up; fingertip at (x, y)."""
    d = ("M-3,0 C-3,-2 3,-2 3,0 L3,12 L6,12 C9,12 10,14 10,16 L10,24 C10,28 7,30 3,30 L-4,30 "
         "C-8,30 -10,27 -10,24 L-10,15 C-10,13 -7,12 -6,13 L-3,15 Z")
    return g(path(d, fill), line(3, 16, 10, 16, 1.2), line(3, 20, 10, 20, 1.2),
             t=f"translate({x},{y}) rotate({rot}) scale({s})")


def worker(x, y, s=1.0, fill=BLU, helmet=True, hcolor=YEL, vest=None) -> str:
    """Standing worker (pictogram person) with a hard hat of colour hcolor."""
    out = person(x, y, s, fill, False, vest)
    if helmet:
        out += hardhat(x, y - 35.5 * s, 6.5 * s, hcolor)
    return out


def qmark(x, y, size=18, fill=BLU) -> str:
    return text(x, y, "?", size, fill)


def bubble(x, y, w, h, tail="left", fill=WHT) -> str:
    return speech(x, y, w, h, fill, tail)


def thumbs_up(x, y, s=1.0, fill=SKIN) -> str:
    d = ("M-8,0 L-8,-12 L-3,-12 L2,-22 C3,-25 7,-24 7,-20 L6,-13 L12,-13 C15,-13 16,-10 15,-8 "
         "L13,-1 C12,1 11,2 9,2 L-3,2 Z")
    return g(path(d, fill), rect(-13, -13, 5, 15, BLU, 1), t=f"translate({x},{y}) scale({s})")


def bar_ends(x, y, kind, r=5, fill=STEEL) -> str:
    """End view of a profile: round tube, square tube, flat bar, angle."""
    if kind == "round":
        return circle(x, y, r, fill) + circle(x, y, r * 0.6, WHT)
    if kind == "square":
        return rect(x - r, y - r, 2 * r, 2 * r, fill) + rect(x - r * 0.55, y - r * 0.55, r * 1.1, r * 1.1, WHT)
    if kind == "flat":
        return rect(x - r * 1.4, y - r * 0.4, r * 2.8, r * 0.8, fill)
    if kind == "angle":
        return path(f"M{x - r},{y - r} L{x - r * 0.5},{y - r} L{x - r * 0.5},{y + r * 0.5} L{x + r},{y + r * 0.5} "
                    f"L{x + r},{y + r} L{x - r},{y + r} Z", fill)
    raise ValueError(kind)


def plate(x, y, L, D, T=3, fill=STEEL, top=None) -> str:
    """A flat plate lying down, seen obliquely: front edge L long, thickness T, depth D."""
    return obox(x, y, L, T, D, fill, top or "#D6DDE3", DSTEEL)


# ------------------------------------------------------------------ metaal: hand tools


def _spanner_body(open_ends: bool) -> str:
    handle = path("M-20,-3.5 L20,-3.5 L20,3.5 L-20,3.5 Z", STEEL)
    out = ""
    for sx in (-1, 1):
        cx = sx * 25
        if open_ends:
            # open jaw: a disc with a slot facing outwards
            out += path(f"M{cx - sx * 2},{-8} C{cx + sx * 6},{-11} {cx + sx * 11},{-7} {cx + sx * 11},{-4} "
                        f"L{cx + sx * 4},{-4} L{cx + sx * 4},{4} L{cx + sx * 11},{4} "
                        f"C{cx + sx * 11},{7} {cx + sx * 6},{11} {cx - sx * 2},{8} C{cx - sx * 6},{6} {cx - sx * 6},{-6} "
                        f"{cx - sx * 2},{-8} Z", STEEL)
        else:
            out += circle(cx, 0, 9, STEEL)
            pts = []
            for i in range(12):
                a = math.pi * 2 * i / 12
                rr = 5 if i % 2 == 0 else 3.6
                pts.append(f"{cx + rr * math.cos(a):.1f},{rr * math.sin(a):.1f}")
            out += poly(" ".join(pts), WHT)
    return handle + out


@pic("steeksleutel", "open-end spanner with an open jaw at both ends (steeksleutel)",
     "steeksleutel, open-end spanner, open-end wrench, sleutel, moer, bout")
def _():
    return g(_spanner_body(True), line(-14, 0, 14, 0, 1.5, DSTEEL), t="translate(36,36) rotate(-35)")


@pic("ringsleutel", "ring spanner with a closed ring at both ends (ringsleutel)",
     "ringsleutel, ring spanner, box-end wrench, sleutel, moer, bout")
def _():
    return g(_spanner_body(False), line(-14, 0, 14, 0, 1.5, DSTEEL), t="translate(36,36) rotate(-35)")


@pic("momentsleutel", "torque wrench with a scale on the handle and a click arrow (momentsleutel)",
     "momentsleutel, torque wrench, aandraaien, newtonmeter, Nm")
def _():
    body = (circle(12, 40, 9, DSTEEL) + rect(8, 36, 8, 8, GRY, 1) + rect(18, 37, 32, 6, STEEL, 2) +
            rect(46, 35, 22, 10, RED, 5) + rect(24, 35, 16, 10, WHT, 1) +
            "".join(line(26 + i * 3, 35, 26 + i * 3, 39 if i % 2 else 41, 1) for i in range(5)) +
            line(29, 44, 35, 36, 1.5, RED))
    return body + curved_arrow(12, 40, 20, 200, 290, GRN, 3) + text(36, 64, "Nm", 13)


@pic("inbussleutel", "Allen key: L-shaped hex key beside a hex socket screw (inbussleutel)",
     "inbussleutel, inbus, Allen key, hex key, zeskant, schroef")
def _():
    key = (path("M16,8 L52,44 L52,54 L44,62 L36,62 L40,56 L44,56 L46,54 L46,47 L12,13 Z", DGRY))
    screw = (circle(20, 56, 11, STEEL) +
             poly(" ".join(f"{20 + 5 * math.cos(math.pi / 3 * i):.1f},{56 + 5 * math.sin(math.pi / 3 * i):.1f}"
                           for i in range(6)), BLK))
    return key + screw


@pic("combinatietang", "combination pliers with insulated red-yellow grips cutting a wire (combinatietang)",
     "combinatietang, combination pliers, tang, knippen, draad")
def _():
    wire = line(2, 16, 24, 16, 3, COPPER) + line(42, 16, 60, 16, 3, COPPER) + line(44, 10, 50, 6, 2, ORA) + line(44, 22, 50, 26, 2, ORA)
    head = path("M26,30 L27,8 C28,3 36,3 37,8 L38,30 Z", STEEL) + line(32, 6, 32, 28, 1.5)
    grips = (path("M28,30 L16,66 C15,69 10,68 11,65 L24,30 Z", RED) +
             path("M36,30 L48,66 C49,69 54,68 53,65 L40,30 Z", YEL))
    return wire + grips + head + circle(32, 31, 4, GRY)


@pic("waterpomptang", "water pump pliers: long handles, adjustable jaws gripping a pipe (waterpomptang)",
     "waterpomptang, waterpump pliers, slip-joint pliers, buis vastpakken, tang")
def _():
    pipe = rect(2, 6, 36, 14, LGRY, 7) + line(6, 13, 18, 13, 1.5, GRY)
    upper = path("M20,20 C18,10 26,4 36,6 L38,11 C31,11 27,15 29,22 L60,58 C62,61 58,64 56,61 Z", BLU)
    lower = path("M22,28 C16,26 15,20 18,17 L22,19 C22,23 25,26 29,27 L46,66 C47,69 42,70 41,67 Z", "#3A6FC4")
    joint = g(rect(-6, -3, 12, 6, GRY, 2), line(-3, -3, -3, 3, 1), line(0, -3, 0, 3, 1), line(3, -3, 3, 3, 1), t="translate(27,24) rotate(40)")
    return pipe + lower + upper + joint


@pic("bankschroef", "bench vice on the edge of the workbench (bankschroef)",
     "bankschroef, bench vice, vise, klemmen, werkbank")
def _():
    bench = rect(2, 56, 68, 8, WOOD) + rect(8, 64, 6, 6, BRN) + rect(58, 64, 6, 6, BRN)
    base = rect(8, 48, 46, 8, BLU, 1)
    fixed = rect(8, 22, 14, 26, BLU, 1) + rect(20, 16, 6, 20, DSTEEL)
    moving = rect(36, 16, 6, 20, DSTEEL) + rect(40, 22, 14, 24, BLU, 1)
    work = rect(26, 20, 10, 10, LGRY)
    spindle = rect(54, 31, 10, 4, GRY) + rect(62, 14, 4, 38, GRY, 2) + circle(64, 14, 3, DGRY) + circle(64, 52, 3, DGRY)
    ser = "".join(line(22, 18 + i * 4, 25, 18 + i * 4, 1) + line(37, 18 + i * 4, 40, 18 + i * 4, 1) for i in range(4))
    return bench + base + fixed + moving + work + spindle + ser


@pic("lijmklem", "F-clamp (lijmklem) holding two plates together",
     "lijmklem, F-clamp, klem, sergeant, vastzetten, lijmtang")
def _():
    plates = rect(30, 28, 36, 6, STEEL) + rect(30, 34, 36, 6, LGRY)
    bar = rect(8, 6, 6, 60, DGRY, 1)
    top = rect(8, 6, 34, 7, DGRY, 1) + rect(34, 13, 8, 15, DGRY, 1)
    slide = rect(8, 52, 34, 7, DGRY, 1) + rect(35, 44, 6, 8, GRY)
    screw = rect(35, 40, 6, 4, GRY) + rect(34, 59, 8, 3, GRY) + rect(30, 62, 16, 8, RED, 4)
    return plates + bar + top + slide + screw


@pic("vijl", "flat metal file with wooden handle (vijl)", "vijl, file, metaalvijl, vijlen")
def _():
    blade = path("M-30,-4 L14,-5 L14,5 L-30,4 C-33,2 -33,-2 -30,-4 Z", DSTEEL)
    teeth = "".join(line(-26 + i * 4, -4, -22 + i * 4, 4, 1, "#D6DDE3") for i in range(10))
    tang = path("M14,-2 L20,-1 L20,1 L14,2 Z", GRY)
    handle = rect(20, -5, 18, 10, WOOD, 5) + rect(19, -5.5, 3, 11, GRY, 1)
    return g(blade, teeth, tang, handle, t="translate(34,36) rotate(-35)")


def _hacksaw() -> str:
    frame = path("M10,44 L10,30 L54,30 L56,40", extra=f'stroke="{BLU}" stroke-width="4.5"')
    blade = rect(6, 41, 54, 5, WHT, 0, 'stroke-width="1.5"') + \
        "".join(path(f"M{8 + i * 4},46 L{10 + i * 4},50 L{12 + i * 4},46", BLK, 'stroke-width="1"') for i in range(12))
    handle = path("M54,38 L64,36 C70,44 68,56 62,58 L56,58 C59,52 58,46 54,44 Z", RED)
    return g(frame + blade + handle, t="rotate(-12,36,44)")


@pic("ijzerzaag", "hacksaw: blue steel frame with a fine blade (ijzerzaag)",
     "ijzerzaag, hacksaw, metaalzaag, zaag, zagen")
def _():
    return g(_hacksaw(), t="translate(0,-8)")


@pic("beitel", "cold chisel: steel bar with a flat cutting edge (beitel)",
     "beitel, koudbeitel, cold chisel, bikken, slak wegslaan")
def _():
    body = (path("M-26,-5 L12,-5 L28,-7 L28,7 L12,5 L-26,5 Z", DSTEEL) +
            path("M-26,-6 C-32,-6 -32,6 -26,6 Z", "#5B6670") + line(-16, -5, -16, 5, 1, "#5B6670") +
            line(28, -7, 28, 7, 3, "#D6DDE3"))
    return g(body, t="translate(34,36) rotate(40)") + path("M12,6 L16,12 M6,12 L12,14 M18,4 L20,10",
                                                               extra=f'stroke="{ORA}" stroke-width="2"')


@pic("centerpunt", "centre punch on a steel plate with the small punched dot (centerpunt)",
     "centerpunt, center punch, körner, putje slaan, boren")
def _():
    pl = plate(4, 64, 50, 16, 4)
    punch = g(rect(-4, -26, 8, 22, DSTEEL, 2), path("M-4,-4 L4,-4 L0,6 Z", DSTEEL),
              "".join(line(-4, -22 + i * 4, 4, -20 + i * 4, 1, "#D6DDE3") for i in range(4)),
              t="translate(34,46)")
    dot = circle(20, 56, 1.6, BLK) + line(14, 56, 26, 56, 1, RED) + line(20, 53, 20, 59, 1, RED)
    hit = path("M26,8 L30,14 M38,8 L36,14 M44,14 L38,18", extra=f'stroke="{ORA}" stroke-width="2"')
    return pl + dot + punch + hit


@pic("kraspen", "scriber: thin steel pen scratching a bright line on a dark steel plate (kraspen)",
     "kraspen, scriber, aftekenen, kraslijn, metaal")
def _():
    pl = obox(4, 62, 54, 4, 22, DGRY, "#4F5B66", "#2E353B")
    scratch = line(10, 52, 38, 52, 2.5, WHT)
    pen = g(rect(-2, -40, 4, 36, STEEL, 2), path("M-2,-4 L2,-4 L0,4 Z", STEEL),
            "".join(line(-2, -30 + i * 3, 2, -29 + i * 3, 1) for i in range(5)), t="translate(40,50) rotate(35)")
    return pl + scratch + pen


@pic("draadborstel", "steel wire brush with wooden handle (draadborstel)",
     "draadborstel, wire brush, staalborstel, lasnaad schoonmaken, roest")
def _():
    handle = path("M6,30 C6,24 10,22 16,22 L66,22 L66,32 L16,32 C10,32 6,34 6,30 Z", WOOD)
    bristles = "".join(line(30 + i * 3.6, 32, 30 + i * 3.6, 48, 1.5, DSTEEL) for i in range(11))
    block = rect(28, 28, 40, 8, BRN)
    return bristles + handle + block + circle(12, 27, 2, WHT)


@pic("draadtap", "tap for cutting thread, turned with a tap wrench into a hole (tap)",
     "tap, draadtap, schroefdraad tappen, tap wrench, wringijzer")
def _():
    pl = plate(6, 66, 60, 14, 5)
    wrench = rect(8, 10, 56, 5, DGRY, 2) + rect(30, 8, 12, 9, GRY, 2)
    tap = rect(33, 17, 6, 8, DSTEEL) + rect(32, 25, 8, 30, STEEL, 1)
    thread = "".join(line(32, 27 + i * 4, 40, 30 + i * 4, 1.5, DSTEEL) for i in range(7))
    return pl + tap + thread + wrench + curved_arrow(36, 12, 26, 200, 250, GRN, 2.5)


@pic("snijijzer", "threading die in a die stock with two handles, cutting thread on a rod (snijijzer)",
     "snijijzer, threading die, snijplaat, schroefdraad snijden, draad maken")
def _():
    rod_top = rect(32, 4, 8, 24, STEEL, 1)
    rod_bottom = rect(32, 44, 8, 24, STEEL, 1) + "".join(line(32, 47 + i * 4, 40, 50 + i * 4, 1.5, DSTEEL) for i in range(5))
    stock = rect(2, 32, 68, 8, DGRY, 3) + circle(36, 36, 14, GRY)
    die = circle(36, 36, 10, "#D6DDE3") + circle(36, 36, 4, STEEL)
    holes = "".join(circle(36 + 7 * math.cos(math.radians(a)), 36 + 7 * math.sin(math.radians(a)), 1.8, WHT)
                    for a in (45, 135, 225, 315))
    return rod_top + rod_bottom + stock + die + holes + curved_arrow(36, 36, 24, 200, 250, GRN, 2.5)


# ------------------------------------------------------------------ metaal: machines


def _drill(x, y, s=1.0, cordless=False, body=ORA) -> str:
    """Pistol drill seen from the side, chuck pointing left; (x, y) = top-left of body."""
    parts = (path("M14,0 L44,0 C48,0 50,3 50,7 L50,14 C50,17 48,18 45,18 L14,18 Z", body) +
             rect(4, 4, 10, 10, DGRY, 2) + rect(-14, 7.5, 18, 3, DSTEEL) +
             path("M26,18 L40,18 L36,42 L24,42 Z", body) + rect(28, 20, 4, 6, DGRY, 1))
    if cordless:
        parts += rect(18, 42, 26, 12, DGRY, 2) + rect(22, 45, 4, 6, LGRN, 0) + rect(28, 45, 4, 6, LGRN, 0) + rect(34, 45, 4, 6, LGRY, 0)
    else:
        parts += path("M30,42 C30,52 36,56 46,56 C52,56 54,52 60,52", extra='stroke-width="3"') + rect(58, 49, 8, 6, DGRY, 1)
    return g(parts, t=f"translate({x},{y}) scale({s})")


@pic("handboormachine", "corded power drill with cable and plug (handboormachine, boormachine)",
     "handboormachine, boormachine, klopboormachine, power drill, electric drill, boren")
def _():
    return _drill(14, 14, 1.0, False)


@pic("accuboormachine", "cordless drill with a battery pack under the handle (accuboormachine)",
     "accuboormachine, accuboor, schroefmachine, cordless drill, accu")
def _():
    return _drill(14, 12, 1.0, True, "#5CB85C")


@pic("boor", "twist drill bit (boor)", "boor, boortje, spiraalboor, drill bit, twist drill")
def _():
    shank = rect(-4, -32, 8, 22, STEEL, 1)
    body = path("M-4,-10 L4,-10 L4,24 L0,32 L-4,24 Z", DSTEEL)
    flutes = "".join(path(f"M-4,{-8 + i * 7} C0,{-6 + i * 7} 2,{-3 + i * 7} 4,{-1 + i * 7}", extra='stroke="#D6DDE3" stroke-width="2"')
                     for i in range(5))
    return g(shank, body, flutes, t="translate(36,36) rotate(35)")


@pic("compressor", "air compressor: red tank on wheels with motor, pressure gauge and hose (compressor)",
     "compressor, luchtcompressor, perslucht, air compressor, luchtslang")
def _():
    tank = rect(6, 30, 50, 26, RED, 13)
    motor = rect(16, 16, 22, 14, DGRY, 3) + rect(38, 20, 10, 10, GRY, 2)
    gauge = circle(50, 14, 7, WHT) + line(50, 14, 53, 10, 1.5, RED) + line(50, 21, 50, 24, 3)
    hose = path("M56,44 C70,44 70,62 58,62 C48,62 50,52 60,52", extra=f'stroke="{BLU}" stroke-width="3"')
    return hose + tank + motor + gauge + wheel(16, 60, 5) + wheel(46, 60, 5)


@pic("schakelaar", "rocker switch with I and O on a machine panel (schakelaar)",
     "schakelaar, aan/uit-schakelaar, switch, knop, I/O")
def _():
    panel = rect(10, 6, 52, 60, LGRY, 4) + circle(16, 12, 1.5, GRY) + circle(56, 12, 1.5, GRY) + circle(16, 60, 1.5, GRY) + circle(56, 60, 1.5, GRY)
    frame = rect(22, 16, 28, 40, DGRY, 3)
    rocker = path("M26,20 L46,20 L46,36 L26,40 Z", "#5CB85C") + path("M26,40 L46,36 L46,52 L26,52 Z", RED)
    return panel + frame + rocker + text(36, 33, "I", 12, WHT) + text(36, 50, "O", 10, WHT)


@pic("machine-aanzetten", "switching a machine on: finger presses the green start button, machine runs (aanzetten)",
     "aanzetten, starten, inschakelen, switch on, start, groene knop")
def _():
    box = rect(6, 24, 40, 40, YEL, 4)
    btn = circle(26, 46, 11, "#5CB85C") + text(26, 51, "I", 14, WHT)
    waves = curved_arrow(54, 26, 10, 200, 470, GRN, 3)
    return box + btn + point_hand(30, 50, 1.0, -20) + waves


@pic("onderhoud-machine", "maintenance: machine with open service door, spanner and oil can (onderhoud)",
     "onderhoud, maintenance, service, smeren, repareren, machine")
def _():
    mach = rect(4, 18, 40, 46, LGRY, 3) + rect(10, 26, 20, 28, DGRY, 1) + gear(20, 40, 8, GRY)
    door = path("M30,26 L40,22 L40,58 L30,54 Z", WHT)
    spanner = g(rect(-14, -2.5, 24, 5, STEEL, 2), path("M10,-6 C16,-8 20,-4 20,0 L14,0 L14,2 L20,2 C20,6 16,8 10,6 Z", STEEL),
                t="translate(54,24) rotate(-60)")
    can = path("M50,50 L66,50 L66,66 L50,66 Z", RED) + path("M50,54 L38,44", extra='stroke-width="3"') + drop(37, 50, 0.5, "#8B6914")
    return mach + door + spanner + can


# ------------------------------------------------------------------ metaal: welding


def _two_plates() -> str:
    """Two steel plates seen from above, butting together along y = 36."""
    return rect(4, 16, 64, 20, "#D6DDE3") + rect(4, 36, 64, 20, STEEL)


def _bead(x1, x2, y=36) -> str:
    out = rect(x1, y - 4, x2 - x1, 8, GRY, 4)
    out += "".join(path(f"M{x + 2},{y - 4} C{x + 5},{y - 2} {x + 5},{y + 2} {x + 2},{y + 4}", extra='stroke-width="1.2"')
                   for x in range(int(x1) + 2, int(x2) - 4, 4))
    return out


def _mig_gun(x, y, s=1.0, rot=0) -> str:
    """MIG/MAG welding gun, nozzle at (x, y) pointing down-left."""
    parts = (path("M0,0 L6,-4 L14,-10 L18,-6 L10,2 L4,6 Z", DSTEEL) +
             path("M14,-10 C18,-16 24,-18 30,-16 L40,-12 L36,-4 L26,-8 C22,-8 20,-6 18,-6 Z", DGRY) +
             path("M26,-6 L30,2 L34,0 L32,-6", DGRY) +
             path("M40,-12 C48,-10 56,-2 60,8", extra='stroke-width="5"') +
             path("M40,-12 C48,-10 56,-2 60,8", extra=f'stroke="{DGRY}" stroke-width="3"'))
    return g(parts, t=f"translate({x},{y}) rotate({rot}) scale({s})")


@pic("lassen", "welding: the gun lays a seam between two steel plates, small bright arc (lassen)",
     "lassen, welding, lasnaad maken, laspistool, MIG, MAG")
def _():
    glow = circle(44, 36, 5, WHT, f'stroke="{LBLU}" stroke-width="2"')
    rays = "".join(line(44 + 7 * math.cos(a), 36 + 7 * math.sin(a), 44 + 11 * math.cos(a), 36 + 11 * math.sin(a), 2, LBLU)
                   for a in (math.pi * 0.8, math.pi * 1.0, math.pi * 1.2, math.pi * 0.6, math.pi * 1.4))
    return _two_plates() + _bead(6, 40) + glow + rays + _mig_gun(45, 34, 0.55, -40)


@pic("lasapparaat", "welding machine: box with a big dial, a cable to the electrode holder and the earth clamp (lasapparaat)",
     "lasapparaat, lasmachine, welding machine, inverter, lastoestel")
def _():
    box = rect(4, 14, 40, 40, BLU, 4) + rect(8, 10, 32, 6, DGRY, 2)
    dial = circle(24, 32, 9, WHT) + line(24, 32, 29, 26, 2.5, RED) + "".join(
        line(24 + 9 * math.cos(a), 32 + 9 * math.sin(a), 24 + 11 * math.cos(a), 32 + 11 * math.sin(a), 1.5)
        for a in [math.pi * (0.75 + 0.25 * i) for i in range(7)])
    sockets = circle(14, 48, 3, DGRY) + circle(34, 48, 3, DGRY)
    c1 = path("M14,51 C14,64 30,66 42,62 L52,58", extra='stroke-width="3"')
    holder = g(rect(0, -3, 14, 6, RED, 3), line(14, 0, 22, 0, 2.5, GRY), t="translate(50,58) rotate(-30)")
    c2 = path("M34,51 C36,58 50,48 58,40", extra='stroke-width="3"')
    clamp = g(path("M0,0 L10,-4 L14,0 L10,4 Z", COPPER), path("M0,0 L12,-8", extra=f'stroke="{COPPER}" stroke-width="3"'),
              t="translate(56,40) rotate(-40)")
    return box + dial + sockets + c1 + c2 + holder + clamp


@pic("lasnaad", "weld seam joining two steel plates: one straight bead along the joint (lasnaad)",
     "lasnaad, las, weld seam, weld, naad, aan elkaar gelast")
def _():
    return _two_plates() + _bead(6, 66) + check(56, 8, 1.0)


@pic("lasrups", "weld bead close up: rippled bead with even width, width arrow (lasrups)",
     "lasrups, rups, weld bead, lasril, even breed")
def _():
    handle = g(rect(-4, 0, 8, 24, DGRY, 3), t="translate(52,50) rotate(-45)")
    lens = circle(30, 30, 26, WHT)
    clip = '<clipPath id="lr"><circle cx="30" cy="30" r="25"/></clipPath>'
    inner = (f'<g clip-path="url(#lr)">' + rect(0, 0, 60, 60, "#D6DDE3", 0, 'stroke-width="0"') +
             rect(-4, 18, 70, 24, GRY, 12) +
             "".join(path(f"M{x},19 C{x + 8},24 {x + 8},36 {x},41", extra='stroke-width="1.8"') for x in range(0, 60, 7)) +
             '</g>')
    return handle + lens + clip + inner + circle(30, 30, 26, "none", 'stroke-width="3"') + dim(30, 14, 30, 46, RED, 2.5)


@pic("lasdraad", "spool of copper-coloured welding wire with the wire end sticking out (lasdraad)",
     "lasdraad, draadrol, welding wire, spool, MIG draad")
def _():
    flange = circle(32, 38, 26, DGRY) + circle(32, 38, 20, COPPER)
    windings = "".join(circle(32, 38, r, "none", f'stroke="#8E4A1C" stroke-width="1"') for r in (16, 13))
    hub = circle(32, 38, 9, LGRY) + circle(32, 38, 4, WHT)
    wire = path("M50,26 C58,20 64,16 70,14", extra=f'stroke="{COPPER}" stroke-width="2.5"')
    return flange + windings + hub + wire


@pic("elektrode", "three stick welding electrodes: coated rods with a bare metal end (elektrode)",
     "elektrode, elektroden, lasstaaf, electrode, welding rod, staaflassen")
def _():
    out = ""
    for i, dx in enumerate((-12, 0, 12)):
        out += g(rect(-3, -30, 6, 8, STEEL, 1), rect(-4, -22, 8, 52, "#E8D9B0", 3), t=f"translate({36 + dx},{38}) rotate({-18 + i * 2})")
    return out


@pic("laspistool", "MIG/MAG welding gun (torch) with trigger, swan neck and cable (laspistool)",
     "laspistool, lastoorts, welding gun, welding torch, MIG")
def _():
    return _mig_gun(6, 50, 1.05, -25) + circle(6, 51, 2, COPPER)


@pic("massaklem", "earth clamp: copper spring clamp with black cable, clamped on bare steel (massaklem)",
     "massaklem, aardklem, earth clamp, ground clamp, massa, lassen")
def _():
    pl = plate(2, 64, 40, 18, 5)
    jaw1 = path("M30,48 L44,34 L54,40 L38,52 Z", COPPER)
    jaw2 = path("M30,58 L46,46 L58,46 L40,62 Z", COPPER)
    grip = path("M44,34 L62,18 L68,22 L54,40 Z", RED) + path("M46,46 L66,30 L70,36 L58,46 Z", RED)
    spring = circle(52, 40, 4, GRY)
    cable = path("M66,22 C70,12 62,4 50,6 C40,8 30,6 22,2", extra='stroke-width="4"')
    return pl + cable + jaw2 + grip + jaw1 + spring


@pic("beschermgas", "shielding gas: blue gas cloud flows from the torch nozzle around the weld (beschermgas)",
     "beschermgas, schutgas, shielding gas, argon, CO2, menggas, gas")
def _():
    pl = plate(4, 66, 64, 14, 4)
    nozzle = path("M28,4 L44,4 L44,22 L40,34 L32,34 L28,22 Z", COPPER) + line(36, 34, 36, 42, 2, GRY)
    cloud = path("M18,54 C14,44 24,34 32,36 L40,36 C48,34 58,44 54,54 Z", LBLU, 'stroke-width="1.5" fill-opacity="0.8"')
    arrows = arrow(26, 40, 20, 50, BLU, 2) + arrow(46, 40, 52, 50, BLU, 2) + arrow(36, 38, 36, 48, BLU, 2)
    return pl + cloud + nozzle + arrows + circle(36, 52, 3, WHT, f'stroke="{YEL}"')


@pic("mag", "MAG welding: wire runs from the spool through the gun into the weld, with gas (MAG)",
     "MAG, MIG/MAG, metal active gas, draadlassen, lasdraad, gas")
def _():
    spool = circle(16, 20, 13, DGRY) + circle(16, 20, 9, COPPER) + circle(16, 20, 3, LGRY)
    wire = path("M26,28 C34,34 40,38 44,44", extra=f'stroke="{COPPER}" stroke-width="2.5"')
    pl = plate(4, 68, 64, 12, 4)
    gun = g(rect(-5, -16, 10, 20, DGRY, 2), path("M-5,4 L5,4 L3,12 L-3,12 Z", COPPER), t="translate(48,44) rotate(-25)")
    gas = path("M40,60 C38,54 44,50 50,52 C56,50 60,56 56,60 Z", LBLU, 'stroke-width="1"')
    return spool + wire + pl + gas + gun + line(51, 55, 52, 60, 2, COPPER) + arrow(30, 14, 44, 22, GRN, 2.5)


@pic("tig", "TIG welding: slim torch with tungsten in one hand, filler rod in the other (TIG)",
     "TIG, wolfraam, tungsten inert gas, argonlassen, toevoegdraad, lasstaaf")
def _():
    pl = plate(4, 68, 64, 12, 4)
    torch = g(rect(-4, -30, 8, 22, DGRY, 3), path("M-4,-8 L4,-8 L3,0 L-3,0 Z", "#E8A77B"), line(0, 0, 0, 5, 1.5, GRY),
              t="translate(44,54) rotate(30)")
    h1 = hand(33, 30, 1.0, 30)
    rod = line(6, 30, 38, 58, 2.5, STEEL)
    h2 = hand(14, 38, 0.9, -45)
    glow = circle(40, 58, 3.5, WHT, f'stroke="{LBLU}" stroke-width="2"')
    return pl + rod + h2 + torch + h1 + glow


@pic("hechten", "tack welding: two plates held by three short tack welds (hechten)",
     "hechten, hechtlas, hechtpunt, tack weld, vastzetten met lassen")
def _():
    tacks = "".join(rect(x, 32, 6, 8, GRY, 3) for x in (8, 33, 58))
    return _two_plates() + tacks + circle(36, 36, 11, "none", f'stroke="{RED}" stroke-width="2" stroke-dasharray="3 3"')


@pic("bikhamer", "chipping hammer: pointed head and chisel end on a spring handle (bikhamer)",
     "bikhamer, bikhamertje, chipping hammer, slak verwijderen, lassen")
def _():
    headp = path("M10,18 L36,12 L62,18 L36,22 Z", DSTEEL) + path("M62,18 L68,14 L68,22 Z", DSTEEL)
    coil = "".join(f'<ellipse cx="36" cy="{26 + i * 4}" rx="5" ry="2" fill="{GRY}" stroke="#000" stroke-width="1.5"/>' for i in range(8))
    grip = rect(31, 56, 10, 12, RED, 3)
    return rect(34, 20, 4, 38, DGRY) + coil + grip + headp


@pic("voorverwarmen", "preheating: a burner flame heats a thick steel block, thermometer rising (voorverwarmen)",
     "voorverwarmen, preheat, opwarmen, brander, dik staal")
def _():
    block = obox(8, 44, 36, 16, 14, STEEL, "#D6DDE3", DSTEEL)
    glow = path("M10,44 L42,44 L42,38 C34,34 20,34 10,38 Z", ORA, 'stroke-width="0" fill-opacity="0.85"')
    burner = rect(22, 62, 8, 10, DGRY, 1)
    fl = flame(26, 62, 0.6)
    th = rect(56, 8, 8, 44, WHT, 4) + circle(60, 56, 7, RED) + rect(58, 24, 4, 30, RED) + arrow(50, 40, 50, 14, RED, 2.5)
    return block + glow + fl + burner + th


@pic("porie", "pores: small holes in a weld bead, circled in red (porie)",
     "porie, poriën, porosity, gaatjes in de las, gasbellen")
def _():
    pl = rect(4, 20, 64, 38, "#D6DDE3", 2)
    bead = rect(8, 30, 56, 16, GRY, 8)
    rip = "".join(path(f"M{12 + i * 6},31 C{16 + i * 6},34 {16 + i * 6},42 {12 + i * 6},45", extra='stroke-width="1"') for i in range(9))
    holes = "".join(circle(x, y, r, BLK, 'stroke-width="1"') for x, y, r in ((30, 36, 2.2), (36, 41, 1.6), (41, 35, 2), (34, 34, 1.2)))
    ring = circle(35, 38, 11, "none", f'stroke="{RED}" stroke-width="3"')
    return pl + bead + rip + holes + ring


# ------------------------------------------------------------------ metaal: measuring and drawings


def _tape(x, y, s=1.0) -> str:
    """Yellow tape measure case at (x, y) with tape running to the right."""
    return g(rect(-12, -12, 24, 24, YEL, 5), circle(0, 0, 5, DGRY), rect(-4, 8, 8, 4, DGRY, 1),
             t=f"translate({x},{y}) scale({s})")


@pic("meten", "measuring: tape measure pulled out along a bar, arrow shows the length (meten)",
     "meten, opmeten, measure, rolmaat, lengte meten")
def _():
    bar = obox(6, 62, 56, 8, 8, STEEL, "#D6DDE3", DSTEEL)
    tape = rect(10, 44, 44, 6, YEL) + "".join(line(14 + i * 5, 44, 14 + i * 5, 47 if i % 2 else 49, 1) for i in range(8))
    hook = rect(8, 44, 3, 12, DGRY)
    return bar + tape + hook + _tape(58, 44, 1.0) + dim(10, 28, 56, 28, RED)


@pic("maat-afmeting", "size: a steel part with a dimension line and the number (maat)",
     "maat, afmeting, size, dimension, measurement, hoeveel millimeter")
def _():
    part = obox(8, 62, 48, 14, 12, STEEL, "#D6DDE3", DSTEEL)
    ext = line(8, 44, 8, 22, 1.2) + line(56, 44, 56, 22, 1.2)
    return part + ext + dim(9, 28, 55, 28, RED) + rect(20, 10, 24, 12, WHT, 2) + text(32, 20, "500", 10)


@pic("millimeter", "millimetre: close-up of a steel ruler, one tiny step between two marks (millimeter)",
     "millimeter, mm, millimetre, liniaal, kleine streepjes")
def _():
    rul = rect(4, 30, 64, 20, "#D6DDE3", 2)
    ticks = "".join(line(8 + i * 5.6, 30, 8 + i * 5.6, 30 + (14 if i % 10 == 0 else 10 if i % 5 == 0 else 6), 1.5)
                    for i in range(11))
    mark = rect(30.4, 26, 5.6, 28, "none", 0, f'stroke="{RED}" stroke-width="2"') + text(33, 20, "1 mm", 11, RED)
    return rul + ticks + mark + text(8, 62, "0", 9, BLK) + text(60, 62, "1 cm", 9, BLK)


def _block(highlight: str) -> str:
    """The same steel block for lengte / breedte / hoogte / dikte with one red dimension."""
    x, y, L, H, D = 10, 60, 36, 18, 28
    k = 0.6
    dx, dy = D * k, -D * k * 0.75
    out = obox(x, y, L, H, D, STEEL, "#D6DDE3", DSTEEL)
    if highlight == "lengte":
        out += line(x, y - H, x + L, y - H, 4, RED) + dim(x, y + 6, x + L, y + 6)
    elif highlight == "breedte":
        out += line(x + L, y, x + L + dx, y + dy, 4, RED) + dim(x + L + 6, y + 2, x + L + dx + 6, y + dy + 2)
    elif highlight == "hoogte":
        out += line(x, y, x, y - H, 4, RED) + dim(x - 5, y, x - 5, y - H)
    return out


@pic("lengte", "length: steel block, the long front edge marked with a red arrow (lengte)",
     "lengte, length, lang, hoe lang, maat")
def _():
    return _block("lengte")


@pic("breedte", "width: steel block, the depth edge marked with a red arrow (breedte)",
     "breedte, width, breed, hoe breed, maat")
def _():
    return _block("breedte")


@pic("hoogte", "height: steel block, the upright edge marked with a red arrow (hoogte)",
     "hoogte, height, hoog, hoe hoog, maat")
def _():
    return _block("hoogte")


@pic("dikte", "thickness: a steel plate, its thin edge marked with a red arrow and enlarged (dikte)",
     "dikte, thickness, dik, hoe dik, plaatdikte")
def _():
    pl = obox(12, 50, 34, 8, 30, STEEL, "#D6DDE3", DSTEEL)
    edge = line(12, 42, 12, 50, 4, RED) + line(12, 42, 2, 42, 1.2) + line(12, 50, 2, 50, 1.2)
    return pl + edge + arrow(6, 26, 6, 41, RED, 2.5) + arrow(6, 66, 6, 51, RED, 2.5)


@pic("diameter", "diameter: end of a tube with a red arrow across the middle (diameter)",
     "diameter, doorsnee, middellijn, Ø, rond, buis")
def _():
    tube = rect(28, 20, 40, 32, STEEL, 0) + path("M28,20 L68,20 M28,52 L68,52")
    end = circle(28, 36, 16, "#D6DDE3") + circle(28, 36, 12, WHT)
    return tube + end + dim(12, 36, 44, 36, RED, 3) + text(56, 64, "Ø", 14, RED) + circle(28, 36, 1.5, BLK)


@pic("hoek-graden", "angle: a strip bent to an angle, the angle marked with a red arc (hoek)",
     "hoek, angle, graden, 90 graden, buigen in een hoek")
def _():
    strip = path("M10,60 L62,60 L62,54 L16,54 Z", STEEL) + path("M10,60 L32,12 L38,14 L16,54 Z", STEEL)
    arc = path("M40,57 A26,26 0 0 0 26,34", extra=f'stroke="{RED}" stroke-width="3"')
    return strip + arc + text(48, 44, "°", 22, RED)


@pic("haaks", "square: two edges at exactly 90 degrees, right-angle mark and a green tick (haaks)",
     "haaks, haaksheid, 90 graden, rechte hoek, square, right angle")
def _():
    part = path("M12,12 L24,12 L24,48 L60,48 L60,60 L12,60 Z", STEEL)
    mark = rect(24, 38, 10, 10, "none", 0, f'stroke="{RED}" stroke-width="2.5"') + circle(29, 43, 1.5, RED, 'stroke-width="0"')
    return part + mark + check(52, 24, 1.3) + text(46, 40, "90°", 10, RED)


@pic("recht", "straight: a straight bar along a straight edge with a green tick, a crooked bar crossed out (recht)",
     "recht, straight, rechte lijn, niet krom, lasnaad recht")
def _():
    good = rect(6, 14, 44, 8, STEEL, 1) + line(6, 26, 50, 26, 2, BLU) + check(60, 18, 1.1)
    bad = path("M6,52 C16,42 24,60 34,50 C40,44 46,52 50,48", extra=f'stroke="{DSTEEL}" stroke-width="7"') + \
        path("M6,52 C16,42 24,60 34,50 C40,44 46,52 50,48", extra='stroke="#000" stroke-width="1" fill="none"') + cross(60, 50, 0.8)
    return good + bad


@pic("schuifmaat", "vernier calliper with jaws and scale (schuifmaat)",
     "schuifmaat, calliper, vernier calliper, schuifpasser, nauwkeurig meten")
def _():
    beam = rect(4, 20, 64, 10, "#D6DDE3", 1) + "".join(line(24 + i * 4, 20, 24 + i * 4, 24 if i % 5 else 27, 1) for i in range(11))
    fixed = path("M4,20 L14,20 L14,62 L10,66 L8,62 L8,30 L4,30 Z", STEEL) + path("M8,20 L8,10 L12,6 L14,10 L14,20", STEEL)
    slide = rect(26, 16, 22, 18, STEEL, 2) + rect(28, 28, 18, 5, WHT, 1) + \
        "".join(line(30 + i * 3, 28, 30 + i * 3, 31, 1) for i in range(6)) + \
        path("M26,34 L34,34 L34,56 L30,60 L26,56 Z", STEEL) + path("M26,16 L26,8 L30,6 L32,10 L32,16", STEEL)
    work = rect(15, 38, 10, 16, ORA, 1)
    return beam + fixed + work + slide


def _sheet(x=6, y=4, w=60, h=64, fill=WHT) -> str:
    return rect(x, y, w, h, fill, 2)


@pic("tekening", "technical drawing: sheet with a drawn steel part in 3D and a pencil (tekening)",
     "tekening, technische tekening, drawing, schets, werkstuk getekend")
def _():
    sheet = _sheet()
    part = g(path("M0,20 L20,30 L44,18 L24,8 Z", "none", f'stroke="{BLU}" stroke-width="1.8"'),
             path("M0,20 L0,34 L20,44 L20,30", "none", f'stroke="{BLU}" stroke-width="1.8"'),
             path("M20,44 L44,32 L44,18", "none", f'stroke="{BLU}" stroke-width="1.8"'),
             circle(22, 19, 3, "none", f'stroke="{BLU}" stroke-width="1.5"'), t="translate(14,12)")
    pencil = g(rect(-3, -20, 6, 24, YEL, 1), path("M-3,4 L3,4 L0,10 Z", SKIN), t="translate(56,48) rotate(35)")
    return sheet + part + pencil


@pic("werktekening", "working drawing: sheet with front, side and top view, dimensions and a title block (werktekening)",
     "werktekening, werkplaatstekening, shop drawing, working drawing, maten, aanzichten")
def _():
    sheet = _sheet()
    v = f'stroke="{BLU}" stroke-width="1.6"'
    views = rect(12, 14, 20, 14, "none", 0, v) + rect(36, 14, 12, 14, "none", 0, v) + rect(12, 34, 20, 12, "none", 0, v)
    dims = line(12, 10, 32, 10, 1, RED) + line(8, 14, 8, 28, 1, RED) + line(36, 10, 48, 10, 1, RED)
    title = rect(38, 50, 26, 16, "none", 0, 'stroke-width="1.5"') + line(38, 56, 64, 56, 1) + line(48, 56, 48, 66, 1)
    return sheet + views + dims + title


def _lblock(face: str) -> str:
    """An L-shaped block (oblique view) with one face coloured; used for the three views."""
    fr, tp, sd = LGRY, WHT, GRY
    col = "#F4AA41"
    if face == "front":
        fr = col
    elif face == "top":
        tp = col
    elif face == "side":
        sd = col
    x, y = 14, 56
    k = 14  # depth offset
    front = path(f"M{x},{y} L{x + 32},{y} L{x + 32},{y - 12} L{x + 14},{y - 12} L{x + 14},{y - 30} L{x},{y - 30} Z", fr)
    top1 = poly(f"{x},{y - 30} {x + 14},{y - 30} {x + 14 + k},{y - 30 - k * 0.75} {x + k},{y - 30 - k * 0.75}", tp)
    top2 = poly(f"{x + 14},{y - 12} {x + 32},{y - 12} {x + 32 + k},{y - 12 - k * 0.75} {x + 14 + k},{y - 12 - k * 0.75}", tp)
    side = poly(f"{x + 32},{y} {x + 32},{y - 12} {x + 32 + k},{y - 12 - k * 0.75} {x + 32 + k},{y - k * 0.75}", sd)
    side2 = poly(f"{x + 14},{y - 12} {x + 14},{y - 30} {x + 14 + k},{y - 30 - k * 0.75} {x + 14 + k},{y - 12 - k * 0.75}", sd if face != "side" else GRY)
    return top2 + side2 + top1 + side + front


def _eye(x, y, s=1.0, rot=0) -> str:
    return g(path("M-8,0 C-4,-6 4,-6 8,0 C4,6 -4,6 -8,0 Z", WHT), circle(0, 0, 2.8, BLU), t=f"translate({x},{y}) rotate({rot}) scale({s})")


@pic("vooraanzicht", "front view: a block seen from the front, front face coloured, eye and arrow in front (vooraanzicht)",
     "vooraanzicht, front view, aanzicht, voorkant, tekening")
def _():
    return _lblock("front") + arrow(30, 70, 30, 60, RED, 2.5) + _eye(12, 66, 0.9)


@pic("zijaanzicht", "side view: a block seen from the side, side face coloured, eye and arrow at the side (zijaanzicht)",
     "zijaanzicht, side view, aanzicht, zijkant, tekening")
def _():
    return _lblock("side") + arrow(70, 44, 60, 44, RED, 2.5) + _eye(64, 58, 0.9)


@pic("bovenaanzicht", "top view: a block seen from above, top faces coloured, eye and arrow above (bovenaanzicht)",
     "bovenaanzicht, top view, plan view, bovenkant, tekening")
def _():
    return _lblock("top") + arrow(30, 4, 30, 14, RED, 2.5) + _eye(50, 8, 0.9)


@pic("doorsnede", "cross-section: a tube cut open, the cut face hatched in red (doorsnede)",
     "doorsnede, cross-section, sectional view, doorgesneden, wanddikte")
def _():
    tube = rect(30, 18, 38, 36, STEEL) + path("M30,18 L68,18 M30,54 L68,54")
    ring = circle(30, 36, 18, "#F6D3CF") + circle(30, 36, 12, WHT)
    hatch = '<clipPath id="ds"><path d="M12,36 A18,18 0 1,0 48,36 A18,18 0 1,0 12,36 Z M18,36 A12,12 0 1,1 42,36 A12,12 0 1,1 18,36 Z" clip-rule="evenodd"/></clipPath>'
    lines = f'<g clip-path="url(#ds)">' + "".join(line(x, 70, x + 40, 10, 1.5, RED) for x in range(-30, 60, 5)) + "</g>"
    return tube + ring + hatch + lines + circle(30, 36, 18, "none") + circle(30, 36, 12, "none")


@pic("maatvoering", "dimensioning: outline of a part with several red dimension lines and numbers (maatvoering)",
     "maatvoering, dimensioning, maten op de tekening, bemating, maatlijnen")
def _():
    part = path("M16,24 L56,24 L56,50 L36,50 L36,40 L16,40 Z", WHT, f'stroke="{BLU}" stroke-width="2"')
    hole = circle(46, 34, 4, "none", f'stroke="{BLU}" stroke-width="1.5"')
    d = dim(16, 14, 56, 14, RED, 1.8) + dim(8, 24, 8, 40, RED, 1.8) + dim(64, 24, 64, 50, RED, 1.8) + dim(36, 60, 56, 60, RED, 1.8)
    ext = line(16, 24, 16, 10, 0.8) + line(56, 24, 56, 10, 0.8) + line(36, 50, 36, 64, 0.8) + line(56, 50, 56, 64, 0.8)
    nums = text(36, 11, "120", 7, RED) + text(46, 70, "40", 7, RED)
    return part + hole + ext + d + nums


@pic("tolerantie", "tolerance: the size may be a little more or less: green band on the scale, pointer inside, ± (tolerantie)",
     "tolerantie, tolerance, plus of min, ±, speling, afwijking")
def _():
    scale = rect(6, 30, 60, 14, WHT, 2)
    red1 = rect(6, 30, 20, 14, "#F6D3CF", 2, 'stroke-width="0"')
    red2 = rect(46, 30, 20, 14, "#F6D3CF", 2, 'stroke-width="0"')
    green = rect(26, 30, 20, 14, "#CDE8B8", 0, 'stroke-width="0"')
    ticks = "".join(line(8 + i * 4, 30, 8 + i * 4, 35 if i % 5 else 38, 1) for i in range(15))
    pointer = path("M38,46 L34,56 L42,56 Z", BLK)
    return red1 + red2 + green + scale.replace(WHT, "none") + ticks + line(26, 26, 26, 48, 2, GRN) + \
        line(46, 26, 46, 48, 2, GRN) + pointer + text(36, 20, "±", 18, BLK) + check(58, 60, 0.8)


@pic("schaal-tekening", "scale of a drawing: a small drawing on paper and the real, bigger part, 1:10 (schaal)",
     "schaal, scale, 1 op 10, verkleind, tekening op schaal")
def _():
    sheet = rect(4, 8, 24, 30, WHT, 2) + rect(9, 20, 12, 8, "none", 0, f'stroke="{BLU}" stroke-width="1.5"')
    big = obox(30, 66, 30, 18, 12, STEEL, "#D6DDE3", DSTEEL)
    return sheet + big + arrow(22, 40, 34, 48, RED, 2.5) + text(50, 22, "1:10", 13, RED)


@pic("aftekenen", "marking out: scriber drawing a line along a square on a plate, crosses where the holes come (aftekenen)",
     "aftekenen, afschrijven, mark out, markeren, kraspen, winkelhaak")
def _():
    pl = rect(4, 14, 64, 50, "#5B6670", 2)
    sq = path("M10,20 L20,20 L20,46 L58,46 L58,54 L10,54 Z", "#D6DDE3") + "".join(line(24 + i * 6, 46, 24 + i * 6, 49, 1) for i in range(6))
    lines = line(24, 40, 60, 40, 2, WHT) + line(24, 40, 24, 20, 2, WHT)
    crosses = "".join(line(x - 4, y, x + 4, y, 1.8, WHT) + line(x, y - 4, x, y + 4, 1.8, WHT) for x, y in ((34, 28), (50, 28)))
    pen = g(rect(-2, -30, 4, 28, STEEL, 2), path("M-2,-2 L2,-2 L0,4 Z", STEEL), t="translate(60,36) rotate(30)")
    return pl + sq + lines + crosses + pen


@pic("nauwkeurig", "precise: the arrow hits exactly the middle of the target (nauwkeurig)",
     "nauwkeurig, precies, precise, accurate, secuur, heel exact")
def _():
    t = circle(32, 40, 26, WHT) + circle(32, 40, 19, RED) + circle(32, 40, 12, WHT) + circle(32, 40, 5, RED)
    dart = line(32, 40, 60, 12, 3, DGRY) + path("M56,8 L64,6 L62,14 Z", BLU) + path("M60,10 L68,12 L62,16", BLU)
    return t + dart


# ------------------------------------------------------------------ metaal: materials


def _profile(kind: str, x=8, y=60, L=40, k=0.9) -> str:
    """A long profile going into the picture: end face at lower left, body going up-right."""
    dx, dy = 22 * k, -18 * k
    if kind == "round":
        r = 12
        body = path(f"M{x - r * 0.6},{y - r * 0.8} L{x - r * 0.6 + L},{y - r * 0.8 - L * 0.8} "
                    f"L{x + r * 0.6 + L},{y + r * 0.8 - L * 0.8} L{x + r * 0.6},{y + r * 0.8} Z", STEEL)
        end = circle(x, y, r, "#D6DDE3") + circle(x, y, r * 0.7, WHT)
        return body + circle(x + L, y - L * 0.8, r, STEEL) + body + end
    if kind == "square":
        r = 11
        face = rect(x - r, y - r, 2 * r, 2 * r, "#D6DDE3") + rect(x - r * 0.7, y - r * 0.7, r * 1.4, r * 1.4, WHT)
        top = poly(f"{x - r},{y - r} {x + r},{y - r} {x + r + L},{y - r - L * 0.8} {x - r + L},{y - r - L * 0.8}", "#E4E9ED")
        side = poly(f"{x + r},{y - r} {x + r},{y + r} {x + r + L},{y + r - L * 0.8} {x + r + L},{y - r - L * 0.8}", STEEL)
        return top + side + face
    if kind == "angle":
        r, t = 12, 4
        face = path(f"M{x - r},{y + r} L{x - r},{y - r} L{x - r + t},{y - r} L{x - r + t},{y + r - t} L{x + r},{y + r - t} L{x + r},{y + r} Z", "#D6DDE3")
        top = poly(f"{x - r},{y - r} {x - r + t},{y - r} {x - r + t + L},{y - r - L * 0.8} {x - r + L},{y - r - L * 0.8}", "#E4E9ED")
        inner = poly(f"{x - r + t},{y - r} {x - r + t},{y + r - t} {x - r + t + L},{y + r - t - L * 0.8} {x - r + t + L},{y - r - L * 0.8}", STEEL)
        flange = poly(f"{x - r + t},{y + r - t} {x + r},{y + r - t} {x + r + L},{y + r - t - L * 0.8} {x - r + t + L},{y + r - t - L * 0.8}", "#E4E9ED")
        edge = poly(f"{x + r},{y + r - t} {x + r},{y + r} {x + r + L},{y + r - L * 0.8} {x + r + L},{y + r - t - L * 0.8}", DSTEEL)
        return inner + flange + top + edge + face
    raise ValueError(kind)


@pic("buis", "round steel tube: end view shows the round hole (buis)", "buis, pijp, tube, pipe, rond, ronde buis")
def _():
    return _profile("round", 18, 54, 40)


@pic("koker", "box section: steel tube with a square hole (koker)", "koker, kokerprofiel, box section, square tube, vierkante buis")
def _():
    return _profile("square", 18, 54, 38)


@pic("hoekprofiel", "angle iron: L-shaped steel profile (hoekprofiel)", "hoekprofiel, hoekstaal, hoekijzer, angle iron, L-profiel")
def _():
    return _profile("angle", 18, 52, 38)


@pic("materiaal-metaal", "materials in the metal workshop: a rack with tubes, box sections, angles and sheets (materiaal)",
     "materiaal, materialen, material, voorraad staal, materiaalrek, profielen")
def _():
    rack = rect(4, 8, 64, 58, "none", 0, f'stroke="{BLU}" stroke-width="3"') + line(4, 36, 68, 36, 3, BLU)
    top = "".join(bar_ends(12 + i * 12, 28, "round", 5) for i in range(3)) + "".join(bar_ends(48 + i * 12, 28, "square", 5) for i in range(2))
    low = "".join(bar_ends(12 + i * 12, 57, "angle", 5) for i in range(3)) + \
        "".join(rect(44, 44 + i * 4, 20, 3, STEEL, 0, 'stroke-width="1.2"') for i in range(5))
    return rack + top + low


@pic("metaal", "metal: bars of different metals: steel, copper and aluminium (metaal)",
     "metaal, metalen, metal, staal, koper, aluminium")
def _():
    def ingot(x, y, col, top):
        return poly(f"{x},{y} {x + 30},{y} {x + 26},{y - 10} {x + 4},{y - 10}", top) + rect(x, y, 30, 8, col)
    return ingot(4, 58, DSTEEL, STEEL) + ingot(38, 58, "#E3E6E8", "#F4F6F7") + ingot(20, 38, COPPER, "#E09A66") + \
        path("M30,18 L34,24 M40,16 L40,22 M48,18 L45,24", extra=f'stroke="{YEL}" stroke-width="2"')


@pic("staal", "steel: a steel I-beam (staal)", "staal, steel, balk, ligger, HEA, IPE, profiel")
def _():
    x, y, L = 12, 58, 40
    face = path(f"M{x - 10},{y - 22} L{x + 10},{y - 22} L{x + 10},{y - 18} L{x + 2},{y - 18} L{x + 2},{y - 4} L{x + 10},{y - 4} "
                f"L{x + 10},{y} L{x - 10},{y} L{x - 10},{y - 4} L{x - 2},{y - 4} L{x - 2},{y - 18} L{x - 10},{y - 18} Z", "#D6DDE3")
    topf = poly(f"{x - 10},{y - 22} {x + 10},{y - 22} {x + 10 + L},{y - 22 - L * 0.8} {x - 10 + L},{y - 22 - L * 0.8}", "#E4E9ED")
    web = poly(f"{x + 2},{y - 18} {x + 2},{y - 4} {x + 2 + L},{y - 4 - L * 0.8} {x + 2 + L},{y - 18 - L * 0.8}", DSTEEL)
    botf = poly(f"{x + 10},{y - 4} {x + 10},{y} {x + 10 + L},{y - L * 0.8} {x + 10 + L},{y - 4 - L * 0.8}", STEEL)
    side = poly(f"{x + 10},{y - 22} {x + 10},{y - 18} {x + 10 + L},{y - 18 - L * 0.8} {x + 10 + L},{y - 22 - L * 0.8}", STEEL)
    lower = poly(f"{x + 2},{y - 4} {x + 10},{y - 4} {x + 10 + L},{y - 4 - L * 0.8} {x + 2 + L},{y - 4 - L * 0.8}", "#E4E9ED")
    return web + lower + botf + topf + side + face


@pic("ijzer", "old iron: a pile of rusty scrap in a container (ijzer, oud ijzer)",
     "ijzer, oud ijzer, schroot, scrap iron, scrap metal, container")
def _():
    bin_ = path("M6,34 L66,34 L60,64 L12,64 Z", BLU) + line(8, 40, 64, 40, 1.5)
    scrap = (path("M10,34 L16,20 L24,30 Z", RUST) + rect(20, 18, 22, 6, RUST, 1, "") +
             g(rect(-3, -16, 6, 32, "#8B4513", 1), t="translate(46,22) rotate(30)") +
             circle(30, 28, 7, "#B5651D") + circle(30, 28, 3.5, WHT) + path("M50,34 L56,18 L62,34 Z", "#8B4513") +
             "".join(circle(x, y, 1.2, "#5A2D0C", 'stroke-width="0"') for x, y in ((24, 21), (36, 21), (14, 28), (55, 28))))
    return scrap + bin_


@pic("rvs", "stainless steel: a shining steel sheet with bright reflections and a sparkle, no rust (rvs)",
     "rvs, roestvrij staal, roestvast staal, inox, stainless steel, glanzend")
def _():
    sheet = path("M6,56 L20,14 L66,14 L52,56 Z", "#C9D2DA")
    streaks = "".join(line(x, 50, x + 13, 20, 1, "#AEB9C3") for x in range(12, 52, 5))
    shine = path("M22,50 L35,20 L43,20 L30,50 Z", WHT, 'stroke-width="0" fill-opacity="0.9"')
    outline = path("M6,56 L20,14 L66,14 L52,56 Z")
    star = path("M58,40 L61,48 L69,51 L61,54 L58,62 L55,54 L47,51 L55,48 Z", YEL)
    return sheet + streaks + shine + outline + star


@pic("aluminium", "aluminium: a light silver profile, so light it weighs as much as a feather (aluminium)",
     "aluminium, alu, aluminum, licht metaal, profiel")
def _():
    AL = "#E3E6E8"
    body = rect(10, 22, 40, 40, AL, 3)
    slots = (path("M26,22 L26,28 L22,28 L22,32 L38,32 L38,28 L34,28 L34,22", WHT) +
             path("M26,62 L26,56 L22,56 L22,52 L38,52 L38,56 L34,56 L34,62", WHT) +
             path("M10,38 L16,38 L16,34 L20,34 L20,50 L16,50 L16,46 L10,46", WHT) +
             path("M50,38 L44,38 L44,34 L40,34 L40,50 L44,50 L44,46 L50,46", WHT))
    core = circle(30, 42, 4, WHT)
    feather = path("M56,6 C70,12 68,30 58,40 C52,28 50,16 56,6 Z", WHT) + path("M56,6 C57,20 58,30 58,40", extra='stroke-width="1.5"') + \
        "".join(line(57, 12 + i * 6, 62 + (i % 2), 10 + i * 6, 1) for i in range(4))
    return body + slots + core + feather


@pic("koper", "copper: a copper pipe and a coil of copper wire (koper)", "koper, copper, koperen buis, koperdraad, rood metaal")
def _():
    pipe = rect(4, 12, 60, 12, COPPER, 6) + circle(64, 18, 6, "#E09A66") + circle(64, 18, 3.5, WHT) + line(10, 15, 50, 15, 1.5, "#F0B98C")
    coil = "".join(f'<ellipse cx="{20 + i * 5}" cy="48" rx="8" ry="14" fill="none" stroke="#000" stroke-width="4"/>'
                   f'<ellipse cx="{20 + i * 5}" cy="48" rx="8" ry="14" fill="none" stroke="{COPPER}" stroke-width="2.2"/>' for i in range(7))
    return pipe + coil


@pic("plaatstaal", "sheet steel: one thin steel sheet that bends a little when you lift it (plaatstaal)",
     "plaatstaal, staalplaat, sheet steel, dunne plaat, plaatwerk")
def _():
    sheet = path("M4,44 C20,36 40,36 56,46 L68,34 C52,24 32,24 16,32 Z", "#D6DDE3") + \
        path("M4,44 C20,36 40,36 56,46 L56,48 C40,38 20,38 4,46 Z", DSTEEL)
    return sheet + hand(8, 42, 0.9, -20) + hand(62, 38, 0.9, 20) + dim(30, 54, 30, 62, RED, 2) + text(46, 64, "2 mm", 9, RED)


@pic("sluitring", "washer: flat steel ring that goes under the nut (sluitring)", "sluitring, ring, onderlegring, washer, carrosseriering")
def _():
    return (f'<ellipse cx="36" cy="40" rx="28" ry="18" fill="{DSTEEL}" stroke="#000" stroke-width="2"/>' +
            f'<ellipse cx="36" cy="36" rx="28" ry="18" fill="#D6DDE3" stroke="#000" stroke-width="2"/>' +
            f'<ellipse cx="36" cy="36" rx="11" ry="7" fill="#FFF" stroke="#000" stroke-width="2"/>')


@pic("werkstuk", "workpiece: a steel bracket with two holes, being made on the bench (werkstuk)",
     "werkstuk, workpiece, onderdeel, product, beugel")
def _():
    bench = rect(2, 58, 68, 10, WOOD)
    br = path("M10,58 L46,58 L46,52 L16,52 L16,20 L10,20 Z", STEEL) + poly("10,20 16,20 30,10 24,10", "#E4E9ED") + \
        poly("16,52 46,52 60,42 30,42", "#E4E9ED") + poly("16,20 16,52 30,42 30,10", DSTEEL) + poly("46,58 46,52 60,42 60,48", DSTEEL)
    holes = f'<ellipse cx="38" cy="47" rx="4" ry="2.5" fill="#FFF" stroke="#000" stroke-width="1.5"/>' + \
        f'<ellipse cx="23" cy="26" rx="2.5" ry="4" fill="#FFF" stroke="#000" stroke-width="1.5"/>'
    return bench + br + holes


@pic("roestig", "rusty: a steel bar with brown rust patches and flakes (roestig)", "roestig, roest, rusty, rust, corrosie")
def _():
    bar = obox(6, 50, 50, 14, 14, STEEL, "#D6DDE3", DSTEEL)
    spots = "".join(f'<ellipse cx="{x}" cy="{y}" rx="{rx}" ry="{ry}" fill="{c}" stroke="none"/>'
                    for x, y, rx, ry, c in ((16, 42, 6, 4, RUST), (34, 45, 8, 3, "#B5651D"), (46, 40, 4, 3, RUST),
                                            (26, 34, 5, 2, RUST), (44, 33, 6, 2, "#B5651D")))
    flakes = "".join(rect(x, y, 3, 2, RUST, 0, 'stroke-width="0.8"') for x, y in ((20, 58), (30, 62), (44, 60), (12, 64)))
    return bar + spots + flakes


# ------------------------------------------------------------------ metaal: workshop and actions


@pic("werkbank", "workbench: heavy wooden top on steel legs with drawers, tools on the wall above (werkbank)",
     "werkbank, workbench, werktafel, bank")
def _():
    wall = rect(8, 4, 56, 22, "#F2E6D0", 1) + "".join(circle(14 + i * 6, 8 + j * 6, 0.8, GRY, 'stroke-width="0"') for i in range(9) for j in range(3))
    tools = (g(rect(-1.5, -8, 3, 16, BRN), rect(-5, -10, 10, 4, DGRY), t="translate(18,16)") +
             g(rect(-1.5, -8, 3, 12, RED), rect(-0.8, 4, 1.6, 6, GRY), t="translate(30,14)") +
             g(rect(-1.5, -9, 3, 18, STEEL), circle(0, -9, 3, STEEL), t="translate(42,15)") +
             rect(50, 8, 8, 12, YEL, 2))
    top = rect(2, 30, 68, 8, WOOD)
    legs = rect(6, 38, 5, 30, BLU) + rect(61, 38, 5, 30, BLU) + line(8, 62, 64, 62, 3, BLU)
    drawers = rect(30, 38, 30, 20, BLU, 1) + rect(32, 40, 26, 8, "#3A6FC4", 1) + rect(32, 49, 26, 8, "#3A6FC4", 1) + \
        line(41, 44, 49, 44, 2, LGRY) + line(41, 53, 49, 53, 2, LGRY)
    return wall + tools + legs + drawers + top


@pic("zagen-metaal", "sawing metal: a hacksaw cutting through a steel tube, with back-and-forth arrow (zagen)",
     "zagen, zaag, sawing, ijzerzaag, buis afzagen, to saw")
def _():
    tube = rect(2, 52, 64, 14, STEEL, 7) + circle(64, 59, 7, "#D6DDE3") + circle(64, 59, 4, WHT)
    cut = line(32, 52, 32, 57, 2.5)
    dust = "".join(circle(26 + i * 4, 69 + (i % 2) * 2, 0.9, GRY, 'stroke-width="0.5"') for i in range(4))
    return tube + cut + g(_hacksaw(), t="translate(0,0)") + dim(10, 8, 54, 8, BLK, 2.5) + dust


@pic("boren", "drilling: the drill bit turns into the material, chips curl out (boren)",
     "boren, drill, gat boren, to drill, boor")
def _():
    pl = obox(4, 66, 52, 10, 20, STEEL, "#D6DDE3", DSTEEL)
    bit = g(rect(-4, -40, 8, 16, DGRY, 1), path("M-4,-24 L4,-24 L4,6 L0,12 L-4,6 Z", STEEL),
            "".join(path(f"M-4,{-20 + i * 7} C0,{-18 + i * 7} 2,{-15 + i * 7} 4,{-13 + i * 7}", extra='stroke-width="1.5"') for i in range(4)),
            t="translate(32,44)")
    chips = path("M24,52 C18,48 14,54 18,56 C22,58 22,52 18,52", extra=f'stroke="{DSTEEL}" stroke-width="2"') + \
        path("M42,52 C48,46 54,52 50,56 C46,58 46,52 50,52", extra=f'stroke="{DSTEEL}" stroke-width="2"')
    return pl + bit + chips + curved_arrow(32, 14, 12, 200, 340, RED, 3)


@pic("vijlen", "filing: a hand pushes the file over the edge of a workpiece in the vice, back and forth (vijlen)",
     "vijlen, filing, to file, vijl, glad maken")
def _():
    vice = rect(6, 46, 60, 22, BLU, 2) + rect(10, 40, 52, 6, DSTEEL)
    work = rect(16, 30, 40, 10, STEEL)
    file_ = g(path("M-26,-3 L16,-4 L16,4 L-26,3 C-28,2 -28,-2 -26,-3 Z", DSTEEL),
              "".join(line(-22 + i * 4, -3, -19 + i * 4, 3, 1, "#D6DDE3") for i in range(9)),
              rect(16, -4, 14, 8, WOOD, 4), t="translate(34,26) rotate(-6)")
    return vice + work + file_ + hand(62, 24, 0.9, -6) + dim(10, 10, 58, 8, BLK, 2.5) + \
        "".join(circle(20 + i * 6, 44 + (i % 2) * 2, 0.9, GRY, 'stroke-width="0.5"') for i in range(5))


@pic("buigen", "bending: a flat steel strip bent up, curved arrow shows the bend (buigen)",
     "buigen, bend, ombuigen, zetten, strip buigen")
def _():
    strip = path("M6,58 L40,58 C48,58 52,54 54,46 L62,16 L68,18 L60,48 C58,58 50,64 40,64 L6,64 Z", STEEL)
    bend = path("M20,46 C30,42 38,34 44,24", extra=f'stroke="{RED}" stroke-width="3.5"') + \
        path("M37,24 L45,21 L46,30", extra=f'stroke="{RED}" stroke-width="3.5"')
    ghost = rect(40, 58, 28, 6, "none", 0, f'stroke="{GRY}" stroke-width="1.5" stroke-dasharray="3 2"')
    return ghost + strip + bend


@pic("knippen", "cutting sheet with hand shears: the snips cut a strip of thin metal, which curls away (knippen)",
     "knippen, plaat knippen, cut, blikschaar, handschaar, snips")
def _():
    sheet = path("M2,40 L36,40 L36,58 L2,58 Z", "#D6DDE3") + path("M36,50 L52,50 L52,58 L36,58 Z", "#D6DDE3")
    curl = path("M36,40 C44,40 50,34 50,26 C50,20 44,20 44,24", extra=f'stroke="{DSTEEL}" stroke-width="5"') + \
        path("M36,40 C44,40 50,34 50,26 C50,20 44,20 44,24", extra=f'stroke="#D6DDE3" stroke-width="2.5"')
    snips = g(path("M0,0 L-16,-5 L-16,1 Z", DSTEEL), path("M0,0 L-16,5 L-14,9 Z", DSTEEL),
              path("M0,-2 L26,-12 C30,-14 32,-9 28,-7 L2,4 Z", YEL), path("M0,2 L26,10 C30,12 28,17 24,15 L0,6 Z", RED),
              circle(0, 1, 3, GRY), t="translate(40,48) rotate(-5)")
    return sheet + curl + snips


@pic("schuren", "sanding: a sanding block moves in circles over the surface, dust comes off (schuren)",
     "schuren, sand, schuurpapier, schuurmachine, glad maken")
def _():
    pl = obox(4, 64, 52, 8, 22, STEEL, "#D6DDE3", DSTEEL)
    block = rect(18, 34, 28, 12, RED, 3) + rect(18, 44, 28, 4, "#C19A6B", 1)
    dust = "".join(circle(x, y, 1.3, "#C9B89A", 'stroke-width="0.5"') for x, y in ((14, 50), (12, 46), (50, 50), (54, 46), (58, 52), (10, 54)))
    return pl + block + hand(32, 32, 1.0, 0) + curved_arrow(32, 22, 14, 200, 520, BLK, 2.5) + dust


@pic("vastdraaien", "tightening: a spanner turns the nut on the bolt clockwise (vastdraaien)",
     "vastdraaien, aandraaien, tighten, vast, moer vastdraaien")
def _():
    plates = obox(4, 64, 40, 8, 14, STEEL, "#D6DDE3", DSTEEL)
    bolt = rect(20, 36, 8, 24, STEEL, 1) + "".join(line(20, 38 + i * 3, 28, 40 + i * 3, 1) for i in range(3))
    nut = poly("14,50 34,50 36,44 32,40 16,40 12,44", GRY)
    sp = g(rect(0, -4, 36, 8, STEEL, 3), path("M-2,-10 C-12,-10 -14,10 -2,10 L2,4 L-4,4 L-4,-4 L2,-4 Z", STEEL), t="translate(34,44) rotate(-15)")
    return plates + bolt + nut + sp + curved_arrow(24, 44, 26, 240, 320, RED, 3)


@pic("monteren", "assembling: two parts are put together with bolts, arrows show them going together (monteren)",
     "monteren, assembleren, in elkaar zetten, assemble, install, montage")
def _():
    post = rect(8, 8, 14, 58, DSTEEL, 1)
    panel = rect(36, 14, 30, 44, "none", 0, f'stroke="{GRN}" stroke-width="4"') + \
        "".join(line(42 + i * 7, 14, 42 + i * 7, 58, 2.5, GRN) for i in range(4))
    brackets = rect(22, 20, 14, 6, STEEL) + rect(22, 46, 14, 6, STEEL)
    bolts = "".join(circle(29, y, 2.5, GRY) for y in (23, 49))
    return post + panel + brackets + bolts + arrow(62, 66, 40, 66, RED, 3) + arrow(62, 6, 40, 6, RED, 3)


@pic("schoonmaken-machine", "cleaning: a hand wipes the machine with a cloth, the clean part shines (schoonmaken)",
     "schoonmaken, poetsen, clean, afnemen, doek, machine schoonmaken")
def _():
    mach = rect(4, 20, 54, 44, LGRY, 3) + rect(4, 20, 54, 8, GRY, 3)
    dirt = "".join(circle(x, y, r, "#8B7355", 'stroke-width="0"') for x, y, r in ((40, 40, 3), (48, 50, 2.5), (44, 56, 2), (52, 38, 2)))
    cloth = path("M14,34 C20,30 30,30 32,36 C34,44 26,50 18,48 C10,46 8,38 14,34 Z", YEL)
    star = path("M14,56 L16,60 L20,62 L16,64 L14,68 L12,64 L8,62 L12,60 Z", WHT) + \
        path("M60,8 L62,12 L66,14 L62,16 L60,20 L58,16 L54,14 L58,12 Z", YEL)
    return mach + dirt + cloth + hand(24, 38, 0.9, -20) + star + curved_arrow(22, 40, 16, 120, 240, BLU, 2.5)


@pic("controleren-werkstuk", "checking: a magnifying glass over the part with a green tick (controleren)",
     "controleren, checken, nakijken, check, inspect, controle")
def _():
    part = rect(6, 34, 40, 30, STEEL, 2) + circle(16, 44, 3, WHT) + circle(36, 44, 3, WHT)
    lens = circle(40, 28, 16, "rgba(255,255,255,0.7)") + circle(40, 28, 16, "none", 'stroke-width="3"')
    handle = g(rect(-4, 0, 8, 22, DGRY, 3), t="translate(52,40) rotate(-45)")
    return part + handle + lens + check(40, 28, 1.2)


# ------------------------------------------------------------------ people and phrases


def fig(x, y, s=1.0, fill=BLU, helmet=None, arms=((-10, -14), (10, -14)), tie=False, vest=None) -> str:
    """Pictogram person, feet at (x, y), ~40*s tall. arms = hand positions relative to (x, y) in units of s."""
    def P(px, py):
        return x + px * s, y + py * s
    out = line(*P(-3, -12), *P(-4, 0), 4 * s) + line(*P(3, -12), *P(4, 0), 4 * s)
    for (hx, hy), sx in zip(arms, (-1, 1)):
        out += line(*P(sx * 6, -24), *P(hx, hy), 3.5 * s)
    bx = [P(-7, -26), P(7, -26), P(6, -12), P(-6, -12)]
    out += path("M" + " L".join(f"{a:.1f},{b:.1f}" for a, b in bx) + " Z", vest or fill)
    if tie:
        out += path(f"M{x},{y - 26 * s} L{x + 1.5 * s},{y - 22 * s} L{x},{y - 15 * s} L{x - 1.5 * s},{y - 22 * s} Z", RED, 'stroke-width="1"')
    hx, hy = P(0, -32)
    out += head(hx, hy, 5.5 * s)
    if helmet:
        out += hardhat(hx, hy - 1.5 * s, 6.5 * s, helmet)
    return out


@pic("overall", "overall: blue one-piece work suit with long sleeves and zip (overall)",
     "overall, werkoverall, coverall, overalls, werkkleding, kleedkamer")
def _():
    suit = path("M26,8 L46,8 L56,12 L66,38 L58,42 L50,24 L50,40 L52,66 L38,66 L36,44 L34,66 L20,66 L22,40 L22,24 "
                "L14,42 L6,38 L16,12 Z", BLU)
    collar = path("M30,8 L36,16 L42,8", "#3A6FC4")
    zip_ = line(36, 16, 36, 42, 1.5, LGRY) + rect(26, 26, 8, 6, "#3A6FC4", 1) + line(22, 40, 50, 40, 2)
    return suit + collar + zip_


@pic("collega-werkplaats", "colleagues: two workers in overalls side by side, one with a hand on the other's shoulder (collega)",
     "collega, collega's, colleague, co-worker, samenwerken, team")
def _():
    return (fig(24, 66, 1.3, BLU, None, ((-12, -12), (12, -25))) + fig(48, 66, 1.3, GRN, None, ((-10, -14), (10, -14))))


@pic("leidinggevende-werkplaats", "supervisor: a person in shirt and tie with a clipboard, a worker beside (leidinggevende)",
     "leidinggevende, baas, chef, supervisor, manager, uitleg geven")
def _():
    boss = fig(26, 66, 1.45, "#FFFFFF", None, ((-10, -14), (12, -20)), tie=True)
    board = rect(38, 28, 12, 16, BRN, 1) + rect(40, 31, 8, 11, WHT, 0, 'stroke-width="1"')
    worker_ = fig(58, 66, 0.95, BLU, None)
    return boss + board + worker_


@pic("kun-je-het-voordoen-werkplaats", "'Kun je het voordoen?': an experienced worker shows how with the spanner, the learner watches (question)",
     "kun je het voordoen, voordoen, laten zien, show me, demonstreren, uitleg")
def _():
    bench = rect(14, 50, 30, 6, WOOD) + line(18, 56, 18, 68, 3) + line(40, 56, 40, 68, 3)
    teacher = fig(14, 68, 1.05, GRN, None, ((-8, -16), (14, -22)))
    spanner = g(rect(-8, -2, 14, 4, STEEL, 2), t="translate(30,46) rotate(-20)")
    learner = fig(58, 68, 1.05, BLU, None, ((-10, -16), (10, -14)))
    eye = g(path("M-7,0 C-3,-5 3,-5 7,0 C3,5 -3,5 -7,0 Z", WHT), circle(0, 0, 2.5, BLU), t="translate(49,14)")
    return bench + teacher + spanner + learner + bubble(38, 2, 32, 22, "left") + eye + text(64, 20, "?", 13, BLU) + \
        arrow(50, 32, 38, 42, GRY, 1.5)


@pic("wat-moet-ik-nu-doen-werkplaats", "'Wat moet ik nu doen?': the job is finished (tick), the worker asks for the next one (question mark, arrow)",
     "wat moet ik nu doen, volgende opdracht, what should I do now, nieuwe taak, klaar")
def _():
    done = rect(4, 54, 22, 12, STEEL, 1) + check(15, 46, 0.9)
    w = fig(38, 68, 1.25, BLU, None, ((-14, -20), (14, -20)))
    b = bubble(44, 4, 26, 22, "left") + text(52, 22, "?", 16, BLU) + arrow(56, 15, 66, 15, BLK, 2.2)
    return done + w + b


@pic("is-dit-goed-zo-werkstuk", "'Is dit goed zo?': a worker shows his work to the supervisor, bubble with thumbs up and a question mark",
     "is dit goed zo, is het goed, controleren, feedback, vragen")
def _():
    w = fig(18, 68, 1.2, BLU, None, ((-10, -14), (14, -26)))
    part = rect(30, 26, 14, 10, STEEL, 1)
    boss = fig(56, 68, 1.2, WHT, None, ((-10, -14), (10, -14)), tie=True)
    b = bubble(2, 2, 30, 22, "right")
    return w + part + boss + b + thumbs_up(13, 18, 0.55) + text(26, 19, "?", 13, BLU)


@pic("ik-ben-klaar-werkstuk", "'Ik ben klaar': worker with the finished piece and a green tick in a speech bubble",
     "ik ben klaar, klaar, af, finished, done, opdracht af")
def _():
    w = fig(22, 68, 1.25, BLU, None, ((-14, -20), (14, -14)))
    piece = rect(36, 54, 26, 12, STEEL, 1) + check(49, 47, 0.8)
    b = bubble(34, 4, 32, 26, "left") + check(50, 17, 1.2)
    return w + piece + b


# ------------------------------------------------------------------ bouw


def _brick(x, y, w=12, h=6, fill="#C0392B") -> str:
    return rect(x, y, w, h, fill, 0.5, 'stroke-width="1.5"')


def _wall(x, y, cols, rows, w=12, h=6) -> str:
    out = ""
    for r in range(rows):
        off = (w / 2) if r % 2 else 0
        for c in range(cols):
            bx = x + c * w + off
            out += _brick(bx, y - (r + 1) * h, w, h)
    return out


@pic("bouwplaats", "building site: a half-built house behind a site fence, with a crane (bouwplaats)",
     "bouwplaats, bouwterrein, building site, construction site, bouw")
def _():
    house = _wall(14, 50, 3, 5) + rect(14, 20, 36, 0, "none") + path("M12,20 L32,6 L52,20", extra=f'stroke="{WOOD}" stroke-width="3"') + \
        line(14, 20, 50, 20, 3, WOOD) + line(32, 6, 32, 20, 2, WOOD)
    crane = line(62, 66, 62, 6, 3, YEL) + line(40, 8, 70, 8, 3, YEL) + line(62, 6, 62, 66, 1) + line(48, 8, 48, 20, 1) + rect(45, 20, 6, 4, GRY, 0, 'stroke-width="1"')
    fence = rect(2, 50, 68, 16, "none", 0, 'stroke-width="0"') + "".join(line(4 + i * 8, 50, 4 + i * 8, 66, 2) for i in range(9)) + \
        line(2, 52, 70, 52, 2) + line(2, 64, 70, 64, 2) + "".join(line(4 + i * 8, 64, 12 + i * 8, 52, 1, GRY) for i in range(8))
    return house + crane + fence


@pic("uitvoerder", "site manager: person in a white hard hat holding the building drawing, on site (uitvoerder)",
     "uitvoerder, site manager, bouwleider, projectleider bouw, witte helm")
def _():
    p = fig(22, 68, 1.4, "#FFFFFF", WHT, ((-12, -18), (16, -22)), tie=False, vest=ORA)
    plan = rect(36, 20, 28, 20, "#2F6DB5", 1) + path("M42,34 L42,26 L50,22 L58,26 L58,34 Z", "none", 'stroke="#FFF" stroke-width="1.2"') + \
        line(40, 37, 60, 37, 1, WHT)
    return p + plan + _wall(48, 66, 2, 3, 10, 5)


@pic("voorman-bouw", "foreman: a worker in a hard hat points and tells two workers what to do (voorman)",
     "voorman, foreman, ploegbaas, opdracht geven, bouw")
def _():
    boss = fig(18, 68, 1.35, ORA, YEL, ((-10, -14), (24, -30)))
    w1 = fig(48, 68, 0.95, BLU, YEL)
    w2 = fig(63, 68, 0.95, BLU, YEL)
    b = bubble(30, 4, 18, 14, "left") + text(39, 15, "!", 11, RED)
    return boss + w1 + w2 + b


@pic("timmerman", "carpenter: a worker saws a wooden plank (timmerman)",
     "timmerman, carpenter, houtbewerker, hout, zagen, bekisting")
def _():
    trestle = rect(28, 46, 42, 6, WOOD) + line(34, 52, 30, 68, 2.5) + line(64, 52, 68, 68, 2.5)
    p = fig(16, 68, 1.3, BLU, YEL, ((-10, -14), (18, -22)))
    saw = g(path("M0,-4 L20,-6 L20,2 L0,2 Z", STEEL), "".join(path(f"M{2 + i * 4},2 L{4 + i * 4},5 L{6 + i * 4},2", BLK, 'stroke-width="1"') for i in range(4)),
            rect(-8, -6, 8, 9, RED, 3), t="translate(34,40) rotate(30)")
    return trestle + p + saw


@pic("metselaar", "bricklayer: a worker with a trowel lays bricks on a wall (metselaar)",
     "metselaar, bricklayer, metselen, stenen, troffel")
def _():
    wall = _wall(34, 68, 3, 5, 12, 6) + rect(34, 38, 36, 0)
    p = fig(16, 68, 1.3, GRN, YEL, ((-10, -14), (20, -30)))
    trowel = path("M36,24 L46,20 L42,30 Z", STEEL) + line(36, 24, 32, 29, 2.5, BRN)
    return wall + p + trowel


@pic("aannemer", "contractor: the building firm's boss (suit, white helmet) in front of the new houses it builds (aannemer)",
     "aannemer, contractor, bouwbedrijf, building firm, opdrachtnemer")
def _():
    houses = "".join(g(rect(0, 12, 16, 18, "#E8C39E"), path("M-2,12 L8,3 L18,12 Z", RED), rect(5, 20, 6, 10, BRN, 0, 'stroke-width="1.5"'),
                       t=f"translate({28 + i * 14},{28 - i * 5})") for i in range(3))
    boss = fig(16, 68, 1.45, DGRY, WHT, ((-10, -14), (10, -14)), tie=True)
    return houses + boss


@pic("keet", "site hut: a container cabin with a door and windows on the building site (keet, bouwkeet)",
     "keet, bouwkeet, schaftkeet, site hut, site cabin, container")
def _():
    body = rect(4, 24, 64, 36, "#E8EAEC", 1) + rect(4, 20, 64, 6, GRY, 1) + "".join(line(4 + i * 8, 26, 4 + i * 8, 60, 1, LGRY) for i in range(1, 8))
    door = rect(10, 32, 12, 28, BLU, 1) + circle(19, 46, 1.2, BLK)
    wins = rect(28, 32, 16, 12, LBLU, 1) + rect(48, 32, 16, 12, LBLU, 1)
    legs = rect(6, 60, 8, 6, DGRY) + rect(58, 60, 8, 6, DGRY)
    steps = rect(8, 62, 16, 4, GRY)
    return body + door + wins + legs + steps


@pic("schaften", "lunch break on site: lunch box with sandwiches, a thermos and a clock at twelve (schaften)",
     "schaften, lunchpauze, schafttijd, lunch break, brood eten, pauze")
def _():
    box_ = rect(4, 44, 40, 22, BLU, 4) + path("M8,44 C8,36 40,36 40,44", "#3A6FC4")
    bread = rect(10, 30, 26, 7, "#E8C39E", 3) + path("M10,37 C14,40 18,35 22,39 C26,35 30,40 36,37", LGRN) + \
        rect(10, 38, 26, 6, "#E8C39E", 3)
    thermos = rect(48, 30, 14, 36, RED, 4) + rect(50, 24, 10, 7, GRY, 2)
    clock = circle(56, 12, 10, WHT) + line(56, 12, 56, 5, 2.5) + circle(56, 12, 1.2, BLK)
    return box_ + bread + thermos + clock


@pic("bouwtekening", "building drawing: a blueprint with the front of a house and dimension lines (bouwtekening)",
     "bouwtekening, blauwdruk, bestektekening, blueprint, construction drawing, plattegrond")
def _():
    sheet = rect(4, 8, 58, 50, "#2F6DB5", 2)
    W = 'stroke="#FFFFFF" stroke-width="1.5"'
    house = path("M16,48 L16,28 L33,16 L50,28 L50,48 Z", "none", W) + rect(22, 34, 8, 14, "none", 0, W) + \
        rect(36, 32, 8, 8, "none", 0, W) + line(16, 53, 50, 53, 1, WHT) + line(55, 28, 55, 48, 1, WHT)
    roll = rect(58, 8, 10, 50, "#5B8FD0", 5)
    return sheet + house + roll


@pic("afvalcontainer", "waste skip: a big yellow container with broken wood and rubble (afvalcontainer)",
     "afvalcontainer, container, bouwcontainer, skip, puincontainer, afval")
def _():
    junk = path("M12,30 L20,16 L24,30 Z", WOOD) + g(rect(-2, -14, 4, 22, BRN, 0.5), t="translate(36,26) rotate(25)") + \
        _brick(40, 22, 10, 5) + _brick(48, 26, 10, 5) + circle(28, 26, 4, CONC)
    skip = path("M2,30 L70,30 L62,60 L10,60 Z", YEL) + line(6, 38, 66, 38, 1.5) + rect(18, 60, 36, 4, DGRY)
    hooks = circle(8, 34, 2, DGRY) + circle(64, 34, 2, DGRY)
    return junk + skip + hooks


@pic("puin", "rubble: a heap of broken bricks and concrete (puin)", "puin, bouwpuin, rubble, debris, brokstukken, gruis")
def _():
    pieces = [(10, 54, 14, 9, "#C0392B", -10), (24, 50, 12, 10, CONC, 15), (38, 54, 14, 8, "#C0392B", 5), (52, 52, 12, 10, CONC, -20),
              (20, 40, 12, 9, CONC, 30), (34, 38, 12, 8, "#C0392B", -15), (46, 42, 10, 8, CONC, 10), (30, 28, 10, 8, CONC, -5)]
    out = path("M2,66 C10,54 20,40 36,30 C52,40 62,54 70,66 Z", "#CFC8BE")
    for x, y, w, h, c, r in pieces:
        out += g(path(f"M0,0 L{w},2 L{w - 2},{h} L2,{h - 1} Z", c), t=f"rotate({r},{x},{y}) translate({x - w / 2},{y - h / 2})")
    return out


@pic("materiaal-bouw", "building materials: a pallet with bricks, a bag of cement and planks (materiaal)",
     "materiaal, bouwmateriaal, materials, stenen, planken, zakken cement")
def _():
    pallet = rect(4, 58, 40, 4, WOOD, 0, 'stroke-width="1.5"') + rect(4, 64, 40, 3, WOOD, 0, 'stroke-width="1.5"') + \
        rect(6, 62, 6, 2, BRN, 0, 'stroke-width="1"') + rect(21, 62, 6, 2, BRN, 0, 'stroke-width="1"') + rect(36, 62, 6, 2, BRN, 0, 'stroke-width="1"')
    bricks = _wall(6, 58, 3, 4, 12, 6)
    bag = path("M48,36 L66,36 L68,66 L46,66 Z", "#E0DCD0") + rect(50, 46, 14, 8, "none", 0, f'stroke="{GRY}" stroke-width="1.5"')
    planks = g(rect(0, 0, 60, 5, WOOD, 0, 'stroke-width="1.5"'), rect(0, 5, 60, 5, "#C98A4B", 0, 'stroke-width="1.5"'),
               t="translate(6,16) rotate(-8)")
    return planks + pallet + bricks + bag


@pic("beton", "concrete: a grey block with small stones in it (beton)", "beton, concrete, gestort beton, betonblok, hard")
def _():
    blk = obox(6, 64, 44, 30, 24, CONC, "#D9D9D9", "#9E9E9E")
    stones = "".join(f'<ellipse cx="{x}" cy="{y}" rx="{r}" ry="{r * 0.7}" fill="{c}" stroke="#000" stroke-width="1"/>'
                     for x, y, r, c in ((14, 42, 2.5, "#8D8D8D"), (26, 50, 2, "#A89F91"), (38, 40, 3, "#8D8D8D"), (20, 58, 2.2, "#A89F91"),
                                        (40, 56, 2.5, "#8D8D8D"), (32, 60, 1.6, "#7A7A7A"), (12, 52, 1.6, "#7A7A7A")))
    return blk + stones


@pic("cement", "cement: a paper bag of cement with grey powder spilling out (cement)",
     "cement, zak cement, cement bag, poeder, specie maken")
def _():
    bag = path("M14,10 L52,10 L56,62 L10,62 Z", "#E0DCD0") + path("M14,10 L18,6 L48,6 L52,10", "#E0DCD0")
    label = rect(20, 26, 26, 18, CONC, 1) + path("M24,40 L30,30 L36,40 Z", "#8D8D8D")
    powder = path("M48,62 C52,52 60,50 66,56 C70,60 70,66 66,66 L48,66 Z", CONC)
    return powder + bag + label


@pic("zand", "sand: a heap of yellow sand (zand)", "zand, sand, zandhoop, metselzand, ophoogzand")
def _():
    heap = path("M2,64 C14,52 24,24 36,22 C48,24 58,52 70,64 Z", SAND)
    grains = "".join(circle(x, y, 0.9, "#C9A24A", 'stroke-width="0"') for x, y in ((30, 34), (40, 36), (24, 46), (36, 48), (48, 50), (20, 58), (44, 58), (32, 58), (56, 60)))
    return heap + grains


@pic("specie", "mortar: grey mortar in a mortar tub, with a trowel stuck in it (specie)",
     "specie, metselspecie, mortar, mortel, kuip")
def _():
    tub = path("M4,34 L68,34 L60,64 L12,64 Z", "#2F2F2F") + line(4, 34, 68, 34, 3)
    mortar = path("M8,36 C16,26 30,28 36,30 C44,26 58,26 64,36 Z", "#A6A6A6")
    trowel = g(path("M0,0 L10,-6 L12,8 Z", STEEL), line(10, 0, 18, -10, 3, BRN), rect(14, -16, 6, 8, BRN, 2), t="translate(36,30) rotate(-10)")
    return tub + mortar + trowel


@pic("plank", "plank: a long thin wooden board with wood grain (plank)", "plank, board, houten plank, hout, steigerplank")
def _():
    board = g(poly("0,0 56,0 62,-6 6,-6", "#E8B67A"), rect(0, 0, 56, 6, WOOD), poly("56,0 56,6 62,0 62,-6", "#B7793C"),
              path("M8,-3 C20,-5 30,-1 50,-3", extra='stroke-width="1" stroke="#8B5A2B"'), t="translate(6,40) rotate(-20,30,0)")
    return board


@pic("balk", "beam: a heavy square wooden beam (balk)", "balk, houten balk, beam, timber beam, draagbalk")
def _():
    b = obox(4, 60, 20, 18, 70, WOOD, "#E8B67A", "#C98A4B", 0.7)
    rings = "".join(circle(14, 51, r, "none", 'stroke="#8B5A2B" stroke-width="1"') for r in (3, 6))
    return b + rings + path("M24,42 C34,34 44,30 56,22", extra='stroke="#8B5A2B" stroke-width="1"')


@pic("gipsplaat", "plasterboard: a big thin white-grey board, carried upright (gipsplaat)",
     "gipsplaat, gipskartonplaat, plasterboard, drywall, wand")
def _():
    board = poly("14,6 58,14 58,68 14,60", "#ECECEC") + poly("14,6 10,8 10,62 14,60", "#BDBDBD")
    screws = "".join(circle(x, y, 0.9, GRY, 'stroke-width="0"') for x in (20, 36, 52) for y in (18, 36, 54))
    return board + screws + path("M20,40 L52,44", extra=f'stroke="{LGRY}" stroke-width="1"')


@pic("tegel", "tiles: a stack of square tiles and one tile lying in front (tegel)", "tegel, tegels, tile, vloertegel, wandtegel")
def _():
    stack = "".join(g(poly("0,0 30,0 42,-10 12,-10", "#7FB3D5"), rect(0, 0, 30, 3, "#5B8FB5", 0, 'stroke-width="1.5"'),
                      t=f"translate(8,{30 + i * 5})") for i in range(3))
    one = g(poly("0,0 36,0 50,-14 14,-14", "#7FB3D5"), rect(0, 0, 36, 3, "#5B8FB5", 0, 'stroke-width="1.5"'),
            line(25, -7, 30, -10, 1, WHT), t="translate(18,64)")
    return stack + one


@pic("wapening", "reinforcement: a mesh of steel bars with ribs, tied together (wapening)",
     "wapening, wapeningsstaal, betonstaal, rebar, reinforcement, wapeningsnet")
def _():
    col = "#8B4513"
    out = ""
    for i in range(5):
        out += line(8 + i * 14, 4, 4 + i * 14, 68, 5, BLK) + line(8 + i * 14, 4, 4 + i * 14, 68, 3, col)
    for j in range(5):
        out += line(2, 10 + j * 13, 68, 14 + j * 13, 5, BLK) + line(2, 10 + j * 13, 68, 14 + j * 13, 3, col)
    ties = "".join(circle(8 + i * 14 - j * 1.1, 10.5 + j * 13 + i * 0.9, 1.6, GRY, 'stroke-width="0.8"') for i in range(5) for j in range(5))
    return out + ties


@pic("bekisting", "formwork: a wooden mould with struts, filled with wet concrete (bekisting)",
     "bekisting, formwork, shuttering, kist, mal, beton storten")
def _():
    conc = rect(14, 24, 44, 30, CONC, 0, 'stroke-width="0"')
    boards = rect(8, 16, 6, 44, WOOD) + rect(58, 16, 6, 44, WOOD) + rect(8, 54, 56, 6, WOOD)
    struts = line(2, 66, 10, 30, 3, BRN) + line(70, 66, 62, 30, 3, BRN)
    bars = "".join(line(18 + i * 9, 28, 18 + i * 9, 50, 1.5, "#8B4513") for i in range(5))
    return conc + bars + boards + struts + line(14, 24, 58, 24, 1.5, GRY)


@pic("plug", "wall plug: a plastic plug in the drilled hole, a screw going in (plug)", "plug, pluggen, wall plug, anchor, muurplug, boren")
def _():
    wall = rect(40, 4, 30, 64, "#E8C39E", 0) + line(40, 4, 40, 68, 2)
    hole = rect(40, 30, 20, 12, "#5A4632", 0, 'stroke-width="1"')
    plug = path("M22,31 L52,32 L56,36 L52,40 L22,41 Z", "#9BD3F0") + "".join(line(28 + i * 6, 31, 28 + i * 6, 41, 1) for i in range(4))
    screw = g(rect(-20, -2, 16, 4, STEEL, 0, 'stroke-width="1.5"'), rect(-24, -5, 4, 10, STEEL, 1), t="translate(24,36)")
    return wall + hole + plug + screw


@pic("duimstok", "folding ruler: a yellow carpenter's rule, partly folded open (duimstok)",
     "duimstok, meterstok, vouwmeter, folding ruler, carpenter's rule")
def _():
    out = ""
    segs = [(8, 58, -35), (24, 47, -35), (40, 36, 35), (51, 52, 35)]
    for x, y, r in segs:
        out += g(rect(0, -3.5, 20, 7, YEL, 1), "".join(line(3 + i * 3, -3.5, 3 + i * 3, -1, 1) for i in range(6)),
                 circle(0, 0, 1.5, GRY, 'stroke-width="0.8"'), t=f"translate({x},{y}) rotate({r})")
    return out


@pic("troffel", "bricklayer's trowel: flat steel blade and a wooden handle (troffel)", "troffel, metselaarstroffel, trowel, specie")
def _():
    blade = path("M8,58 L38,28 L60,52 Z", STEEL) + line(12, 55, 38, 30, 1, "#D6DDE3")
    neck = path("M42,40 L48,28 L52,22", extra='stroke-width="3"')
    handle = g(rect(-4, -16, 8, 18, WOOD, 4), t="translate(52,22) rotate(30)")
    return blade + neck + handle


@pic("breekijzer", "crowbar: a red steel bar with a bent claw end (breekijzer)", "breekijzer, koevoet, crowbar, wrecking bar, nageltrekker")
def _():
    bar = path("M12,62 L50,16 C54,10 62,10 64,16 L60,18 C58,15 55,15 53,18 L16,64 Z", RED)
    claw = path("M12,62 L6,60 L10,66 Z", RED) + line(57, 14, 60, 18, 1.5)
    return bar + claw


@pic("machinist", "machine operator: a person in the cab of an excavator, hand raised to make eye contact (machinist)",
     "machinist, machinebediener, machine operator, graafmachinist, kraanmachinist, oogcontact")
def _():
    tracks = rect(4, 56, 52, 12, DGRY, 6) + "".join(circle(12 + i * 12, 62, 3, GRY) for i in range(4))
    body = rect(8, 42, 44, 14, YEL, 2)
    cab = path("M10,42 L10,12 L36,12 L42,42 Z", YEL) + path("M14,38 L14,16 L34,16 L38,38 Z", LBLU)
    op = head(25, 24, 5) + path("M19,38 L19,32 C19,29 31,29 31,32 L31,38 Z", ORA) + line(31, 32, 36, 22, 3) + circle(36, 21, 2.5, SKIN)
    arm = line(50, 46, 64, 20, 5, YEL) + line(64, 20, 68, 38, 4, YEL)
    eye = g(path("M-6,0 C-3,-4 3,-4 6,0 C3,4 -3,4 -6,0 Z", WHT), circle(0, 0, 2, BLU), t="translate(58,8)")
    return tracks + body + arm + cab + op + eye


@pic("betonmolen", "cement mixer: an orange drum on a stand with wheels (betonmolen)", "betonmolen, betonmixer, cement mixer, concrete mixer, mengen")
def _():
    stand = line(20, 66, 30, 44, 3) + line(48, 66, 38, 44, 3) + wheel(20, 64, 5)
    drum = g(path("M-18,-10 L10,-14 C22,-14 22,14 10,14 L-18,10 C-24,6 -24,-6 -18,-10 Z", ORA),
             path("M10,-14 C16,-8 16,8 10,14", extra='stroke-width="1.5"'),
             f'<ellipse cx="-20" cy="0" rx="4" ry="9" fill="{DGRY}" stroke="#000" stroke-width="2"/>',
             t="translate(36,34) rotate(-30)")
    motor = rect(44, 44, 16, 10, GRY, 2)
    return stand + motor + drum + rect(22, 42, 26, 4, DGRY)


@pic("trilplaat", "plate compactor: heavy plate with engine and handle that vibrates the sand flat (trilplaat)",
     "trilplaat, trilmachine, plate compactor, verdichten, aantrillen")
def _():
    ground = rect(2, 60, 68, 8, SAND, 0)
    plate_ = rect(8, 52, 36, 8, DGRY, 1)
    engine = rect(12, 36, 24, 16, RED, 3) + rect(16, 30, 12, 6, GRY, 2)
    handle = path("M36,44 L58,18 L66,18", extra='stroke-width="3"') + rect(62, 14, 8, 8, DGRY, 2)
    vib = "".join(path(f"M{x},64 l2,-3 l2,3 l2,-3", extra=f'stroke="{RED}" stroke-width="1.5"') for x in (8, 22, 36))
    return ground + handle + engine + plate_ + vib


@pic("zagen-hout", "sawing wood: a hand saw cuts through a plank, back-and-forth arrow, sawdust (zagen)",
     "zagen, to saw, handzaag, plank zagen, hout")
def _():
    plank_ = rect(4, 44, 64, 10, WOOD)
    cut = line(36, 44, 36, 50, 2)
    saw = g(path("M0,0 L34,-16 L38,-6 L2,6 Z", STEEL), "".join(path(f"M{2 + i * 4},{6 - i * 1.4} l2,3 l2,-3", BLK, 'stroke-width="1"') for i in range(8)),
            path("M34,-16 L46,-22 C50,-18 50,-10 46,-8 L38,-6 Z", RED), t="translate(22,40) rotate(-25)")
    dust = "".join(circle(x, y, 1, "#C98A4B", 'stroke-width="0"') for x, y in ((34, 58), (38, 61), (32, 63), (40, 57)))
    return plank_ + cut + saw + dust + dim(8, 10, 46, 4, BLK, 2.5)


@pic("sjouwen", "carrying heavy things: a worker walks with a heavy plank on the shoulder (sjouwen)",
     "sjouwen, dragen, carry, lug, materiaal dragen")
def _():
    beam = g(rect(0, 0, 72, 7, WOOD, 1), line(6, 3, 60, 3, 1, "#8B5A2B"), t="translate(0,30) rotate(-6)")
    p = fig(34, 68, 1.3, BLU, YEL, ((-8, -29), (10, -31)))
    sweat = drop(48, 12, 0.5, LBLU) + drop(53, 19, 0.4, LBLU)
    return beam + p + sweat + path("M8,52 L16,52 M6,58 L18,58", extra='stroke-width="2" stroke="#9B9B9A"')


@pic("metselen", "bricklaying: a trowel puts mortar on the wall, the next brick goes on top (metselen)",
     "metselen, bricklaying, muur metselen, stenen leggen, specie")
def _():
    wall = _wall(2, 68, 5, 5, 14, 7)
    mortar = rect(2, 31, 50, 3, "#A6A6A6", 0, 'stroke-width="1"')
    brick = g(_brick(0, 0, 16, 8), t="translate(50,14) rotate(10)")
    trowel = g(path("M0,0 L14,-2 L10,8 Z", STEEL), line(12, -1, 20, -10, 3, BRN), rect(17, -16, 6, 8, WOOD, 2), t="translate(20,26)")
    return wall + mortar + brick + arrow(58, 26, 52, 30, RED, 2) + trowel


@pic("storten", "pouring concrete: wet concrete flows from the chute of the mixer into the formwork (storten)",
     "storten, beton storten, pour concrete, betonwagen, bekisting vullen")
def _():
    form = rect(6, 48, 6, 20, WOOD) + rect(56, 48, 6, 20, WOOD) + rect(6, 64, 56, 4, WOOD)
    conc = rect(12, 54, 44, 10, CONC, 0, 'stroke-width="0"') + path("M12,54 C24,48 36,48 44,54", CONC)
    drum = g(path("M-14,-8 L10,-12 C20,-12 20,12 10,12 L-14,8 C-18,4 -18,-4 -14,-8 Z", ORA), t="translate(56,14) rotate(-20)")
    chute = path("M30,14 L52,16 L52,22 L36,22 Z", GRY) + line(30, 14, 36, 22, 2)
    flow = path("M31,18 C28,28 30,38 28,52 L38,52 C38,38 38,28 40,22 Z", CONC)
    return form + conc + drum + flow + chute


@pic("waar-moet-dit-naartoe", "'Waar moet dit naartoe?': a worker carrying material, question mark and arrows in three directions",
     "waar moet dit naartoe, waar moet dit heen, where does this go, plek, neerzetten")
def _():
    p = fig(22, 68, 1.3, BLU, YEL, ((-10, -28), (10, -28)))
    box = rect(8, 22, 28, 14, WOOD, 1)
    arrows = arrow(46, 44, 66, 44, GRN, 3) + arrow(46, 44, 60, 30, GRN, 3) + arrow(46, 44, 60, 58, GRN, 3)
    b = bubble(38, 2, 20, 20, "left") + text(48, 18, "?", 15, BLU)
    return p + box + arrows + b


@pic("ik-ben-klaar-bouw", "'Ik ben klaar. Wat moet ik nu doen?': worker in a hard hat by the finished wall, bubble with a tick and a question mark",
     "ik ben klaar, wat moet ik nu doen, klaar, volgende taak, finished")
def _():
    p = fig(18, 68, 1.25, BLU, YEL, ((-12, -18), (12, -18)))
    wall = _wall(34, 68, 3, 3, 12, 6)
    b = bubble(30, 2, 40, 24, "left") + check(42, 14, 1.0) + text(60, 21, "?", 15, BLU)
    return p + wall + b


# ------------------------------------------------------------------ productie en logistiek

CARD = "#D9A066"   # cardboard
DCARD = "#B07A3E"


def box(x, y, w=16, h=12, d=8, fill=CARD) -> str:
    """Cardboard box in oblique view, bottom-left front corner at (x, y)."""
    return obox(x, y, w, h, d, fill, "#E8B67A", DCARD) + line(x + w / 2, y - h, x + w / 2 + d * 0.6, y - h - d * 0.45, 1.5, "#8B5A2B")


def conveyor(x, y, L, rollers=6) -> str:
    out = rect(x, y - 4, L, 8, DGRY, 4)
    out += "".join(circle(x + 4 + i * (L - 8) / (rollers - 1), y, 2.2, GRY, 'stroke-width="1"') for i in range(rollers))
    return out + line(x + 4, y + 4, x + 6, y + 14, 2.5) + line(x + L - 4, y + 4, x + L - 6, y + 14, 2.5)


def _machine(x=6, y=64, w=46, h=50, lamp=GRN) -> str:
    cab = rect(x, y - h, w, h, "#7FA7C9", 3)
    win = rect(x + 6, y - h + 8, w * 0.55, h * 0.42, "#E8F1F8", 2) + gear(x + 6 + w * 0.2, y - h + 8 + h * 0.2, 7, GRY) + \
        gear(x + 6 + w * 0.42, y - h + 8 + h * 0.27, 5, LGRY, 6)
    panel = rect(x + w * 0.7, y - h + 8, w * 0.22, h * 0.42, DGRY, 2) + circle(x + w * 0.81, y - h + 14, 2.5, "#5CB85C") + \
        circle(x + w * 0.81, y - h + 22, 2.5, YEL)
    light = rect(x + w - 10, y - h - 8, 6, 8, lamp, 2)
    return cab + win + panel + light + rect(x + 2, y - 8, w - 4, 6, GRY, 1)


@pic("machine", "machine: a production machine with gears behind a window, control panel and a green light (machine)",
     "machine, productiemachine, apparaat, machine, installatie")
def _():
    return _machine(10, 66, 52, 52)


@pic("productielijn", "production line: machines in a row along a conveyor, products move from one to the next (productielijn)",
     "productielijn, lijn, production line, assembly line, fabriek")
def _():
    belt = conveyor(2, 54, 68, 9)
    m1 = rect(6, 22, 16, 28, "#7FA7C9", 2) + rect(9, 26, 10, 8, "#E8F1F8", 1)
    m2 = rect(42, 22, 16, 28, "#7FA7C9", 2) + rect(45, 26, 10, 8, "#E8F1F8", 1)
    prods = "".join(box(x, 49, 8, 7, 4) for x in (26, 34, 62))
    return m1 + m2 + belt + prods + arrow(18, 12, 54, 12, GRN, 3)


@pic("lopende-band", "conveyor belt: boxes ride on a moving belt over rollers, a hand takes one off (lopende band)",
     "lopende band, transportband, conveyor belt, band, producten pakken")
def _():
    belt = poly("2,44 54,44 70,30 18,30", DGRY) + rect(2, 44, 52, 8, GRY, 0) + poly("54,44 70,30 70,38 54,52", "#5A5A5A")
    rollers = "".join(circle(8 + i * 12, 48, 3, LGRY, 'stroke-width="1.2"') for i in range(5))
    legs = line(8, 52, 8, 68, 3) + line(48, 52, 48, 68, 3) + line(66, 40, 66, 60, 3)
    boxes = box(8, 42, 12, 9, 6) + box(28, 40, 12, 9, 6)
    return belt + rollers + legs + boxes + arrow(20, 24, 50, 18, GRN, 3) + box(48, 36, 12, 9, 6) + hand(60, 28, 0.9, 20)


@pic("operator", "machine operator: a person stands at the control panel of a machine and presses the screen (operator)",
     "operator, machineoperator, machinebediener, bediener, procesoperator")
def _():
    mach = _machine(30, 66, 40, 50)
    p = fig(16, 68, 1.3, ORA, None, ((-10, -14), (18, -26)))
    return mach + p


@pic("omstellen", "changeover: the machine is set from round products to square ones, spanner and turning arrows (omstellen)",
     "omstellen, ombouwen, changeover, set up, andere producten, wisselen")
def _():
    mach = rect(22, 18, 28, 34, "#7FA7C9", 3) + gear(36, 30, 8, GRY)
    wr = g(rect(-10, -2.5, 20, 5, STEEL, 2), path("M10,-6 C16,-8 20,-4 20,0 L14,0 L14,2 L20,2 C20,6 16,8 10,6 Z", STEEL),
           t="translate(36,44) rotate(-30)")
    round_ = circle(10, 38, 7, RED)
    square = rect(55, 31, 14, 14, BLU, 1)
    arr = curved_arrow(36, 35, 30, 200, 340, GRN, 3)
    return mach + wr + round_ + square + arr + arrow(18, 62, 56, 62, GRN, 2.5)


@pic("product", "product: three identical bottles with the same label, made on the line (product)",
     "product, producten, artikel, item, goederen")
def _():
    def bottle(x):
        return (path(f"M{x - 8},{62} L{x - 8},{32} C{x - 8},{26} {x - 4},{24} {x - 3},{20} L{x - 3},{14} L{x + 3},{14} L{x + 3},{20} "
                     f"C{x + 4},{24} {x + 8},{26} {x + 8},{32} L{x + 8},{62} Z", LBLU) + rect(x - 4, 8, 8, 6, BLU, 1) +
                rect(x - 8, 38, 16, 14, WHT, 0, 'stroke-width="1.5"') + circle(x, 45, 3, GRN, 'stroke-width="1"'))
    return bottle(14) + bottle(36) + bottle(58)


@pic("grondstof", "raw material: sacks of granules (25 kg) with some granules spilled (grondstof)",
     "grondstof, grondstoffen, raw material, zak, korrels, 25 kilo")
def _():
    def sack(x, y, fill):
        return path(f"M{x},{y} L{x + 28},{y} L{x + 30},{y - 22} C{x + 24},{y - 26} {x + 4},{y - 26} {x - 2},{y - 22} Z", fill)
    s1 = sack(4, 66, "#E0DCD0") + sack(36, 66, "#E0DCD0") + sack(20, 42, "#E0DCD0")
    lab = text(18, 58, "25", 9) + text(50, 58, "25", 9) + text(34, 34, "kg", 9)
    gran = "".join(circle(x, y, 1.8, c, 'stroke-width="0.8"') for x, y, c in ((62, 64, WHT), (66, 62, LBLU), (58, 66, LBLU), (68, 67, WHT), (64, 68, LBLU)))
    return s1 + lab + gran


@pic("palletwagen", "hand pallet truck: red forks, tiller handle and steering wheel (palletwagen)",
     "palletwagen, palletkrik, pompwagen, pallet truck, pallet jack, handpalletwagen")
def _():
    forks = rect(4, 52, 46, 6, RED, 1) + rect(4, 58, 6, 4, DGRY)
    body = rect(46, 40, 10, 20, RED, 2)
    tiller = line(51, 40, 60, 8, 4) + path("M54,8 C56,2 66,2 66,8 L64,12 L56,12 Z", "none", 'stroke-width="3"')
    return tiller + forks + body + wheel(51, 62, 5) + circle(8, 62, 3, DGRY)


@pic("pallet", "empty wooden pallet (pallet)", "pallet, europallet, houten pallet, pallet, laadbord")
def _():
    top = poly("4,44 50,44 68,30 22,30", "#E8B67A")
    planks = "".join(line(4 + i * 11.5, 44, 22 + i * 11.5, 30, 1.5, "#8B5A2B") for i in range(1, 4))
    front = rect(4, 44, 46, 5, WOOD, 0, 'stroke-width="1.5"') + rect(4, 52, 46, 4, WOOD, 0, 'stroke-width="1.5"')
    blocks = rect(4, 49, 7, 3, DCARD, 0, 'stroke-width="1.2"') + rect(24, 49, 7, 3, DCARD, 0, 'stroke-width="1.2"') + rect(43, 49, 7, 3, DCARD, 0, 'stroke-width="1.2"')
    side = poly("50,44 68,30 68,42 50,56", "#B7793C")
    return top + planks + side + front + blocks


def _truck_back() -> str:
    return (rect(30, 8, 40, 48, "#ECECEC", 2) + rect(34, 12, 32, 40, "#5A5A5A", 1) + rect(30, 56, 40, 6, DGRY) +
            wheel(38, 64, 5) + wheel(62, 64, 5))


@pic("laden", "loading: a box goes into the back of the truck (green arrow in) (laden)",
     "laden, inladen, load, vrachtwagen laden, beladen")
def _():
    return _truck_back() + box(40, 50, 14, 10, 6) + box(6, 40, 14, 10, 6) + arrow(8, 24, 46, 30, GRN, 4)


@pic("lossen", "unloading: a box comes out of the back of the truck (orange arrow out) (lossen)",
     "lossen, uitladen, unload, vrachtwagen lossen, leeghalen")
def _():
    return _truck_back() + box(40, 50, 14, 10, 6) + box(6, 62, 14, 10, 6) + arrow(46, 24, 10, 40, ORA, 4)


@pic("stapelen", "stacking: boxes stacked neatly, the heavy ones at the bottom, one more goes on top (stapelen)",
     "stapelen, opstapelen, stack, dozen stapelen, zwaar onderop")
def _():
    base = box(8, 66, 26, 16, 10, "#B07A3E") + box(34, 66, 26, 16, 10, "#B07A3E")
    mid = box(14, 50, 22, 13, 9) + box(36, 50, 22, 13, 9)
    top = box(24, 22, 20, 12, 8, "#E8B67A")
    return base + mid + top + arrow(34, 26, 34, 34, GRN, 3) + text(21, 60, "kg", 8, WHT)


@pic("order", "order: an order slip with the list of items, and the parcel that must go out (order)",
     "order, bestelling, klantorder, order, zending")
def _():
    slip = document(6, 6, 34, 46, WHT, 5) + rect(10, 42, 20, 6, BLK, 0, 'stroke-width="0"') + "".join(line(11 + i * 2, 42, 11 + i * 2, 48, 0.8, WHT) for i in range(0, 10, 2))
    parcel = box(38, 66, 24, 18, 10)
    return slip + parcel + arrow(50, 30, 68, 30, GRN, 3)


@pic("orderpicken", "order picking: a worker takes a box from the shelf and puts it on the trolley (orderpicken)",
     "orderpicken, picken, order picking, verzamelen, pakken uit het schap")
def _():
    shelf = rect(44, 6, 26, 62, "none", 0, f'stroke="{BLU}" stroke-width="3"') + line(44, 26, 70, 26, 3, BLU) + line(44, 46, 70, 46, 3, BLU)
    boxes = box(47, 24, 10, 9, 4) + box(47, 44, 10, 9, 4) + box(58, 44, 9, 9, 3) + box(58, 66, 9, 9, 3)
    p = fig(22, 68, 1.3, ORA, None, ((-8, -14), (18, -32)))
    b = box(34, 30, 12, 9, 4)
    cart = rect(2, 48, 14, 12, "none", 0, 'stroke-width="2"') + box(3, 58, 11, 9, 3) + circle(4, 64, 2.5, DGRY) + circle(14, 64, 2.5, DGRY)
    return shelf + boxes + cart + p + b


def _scanner(x, y, s=1.0, screen="#9EE37D") -> str:
    parts = (path("M0,0 L30,0 C34,0 36,3 36,6 L36,14 L18,14 L14,34 C13,38 5,38 6,34 L8,14 L0,14 C-4,14 -4,0 0,0 Z", DGRY) +
             rect(14, 2, 16, 9, screen, 1) + rect(36, 3, 3, 8, RED, 0, 'stroke-width="1"') + rect(9, 16, 4, 6, YEL, 1))
    return g(parts, t=f"translate({x},{y}) scale({s})")


@pic("scanner", "handheld barcode scanner with a screen and a trigger (scanner)",
     "scanner, handscanner, barcodescanner, handheld scanner, terminal")
def _():
    return _scanner(12, 18, 1.3)


@pic("scannen", "scanning: the red beam of the scanner reads the barcode on a box, beep (scannen)",
     "scannen, scan, barcode scannen, to scan, piep")
def _():
    b = box(40, 66, 28, 22, 8) + rect(44, 50, 18, 10, WHT, 0, 'stroke-width="1.2"') + \
        "".join(line(46 + i * 2, 51, 46 + i * 2, 59, 1 if i % 3 else 1.6) for i in range(7))
    beam = path("M38,22 L44,48 L62,62 Z", RED, 'stroke-width="0" fill-opacity="0.35"') + line(44, 55, 62, 55, 2, RED)
    return b + beam + _scanner(2, 10, 1.0) + path("M6,4 C2,8 2,12 4,14 M10,2 C4,8 4,14 8,18", extra=f'stroke="{GRN}" stroke-width="1.5"')


@pic("locatie", "location in the warehouse: a rack with a location label and a map pin on one slot (locatie)",
     "locatie, opslaglocatie, location, plek in de stelling, gang, vak, adres")
def _():
    rack = rect(4, 12, 64, 56, "none", 0, f'stroke="{BLU}" stroke-width="3"') + line(4, 40, 68, 40, 3, BLU) + line(36, 12, 36, 68, 3, BLU)
    labels = "".join(rect(x, y, 14, 6, WHT, 0, 'stroke-width="1"') for x, y in ((12, 41), (44, 41), (12, 62), (44, 62)))
    hl = rect(38, 14, 28, 24, "#FFF3B0", 0, 'stroke-width="0"')
    pin = path("M52,2 C44,2 42,10 44,14 L52,28 L60,14 C62,10 60,2 52,2 Z", RED) + circle(52, 9, 3, WHT)
    return hl + rack + labels + box(8, 38, 12, 10, 5) + box(10, 60, 12, 10, 5) + box(42, 60, 12, 10, 5) + pin + text(51, 46, "12-3", 6)


@pic("vak", "slot: one compartment of the shelf, the product goes back into the right slot (vak)",
     "vak, schapvak, bin, compartment, slot, bak")
def _():
    shelf = rect(4, 8, 64, 60, LGRY, 2) + line(4, 28, 68, 28, 2) + line(4, 48, 68, 48, 2) + line(25, 8, 25, 68, 2) + line(46, 8, 46, 68, 2)
    hl = rect(25, 28, 21, 20, "#FFF3B0", 0, 'stroke-width="0"') + rect(25, 28, 21, 20, "none", 0, f'stroke="{GRN}" stroke-width="3"')
    items = "".join(rect(x, y, 12, 10, c, 2, 'stroke-width="1.5"') for x, y, c in ((9, 16, RED), (51, 16, BLU), (9, 56, YEL), (30, 56, BLU), (51, 56, RED), (9, 36, GRN), (51, 36, YEL)))
    prod = rect(30, 12, 12, 10, GRN, 2, 'stroke-width="1.5"')
    return shelf + hl + items + prod + arrow(36, 22, 36, 36, GRN, 2.5)


@pic("inpakken", "packing: hands put a glass into a box with padding, tape ready (inpakken)",
     "inpakken, verpakken, pack, dozen inpakken, opvulmateriaal")
def _():
    bx = poly("10,38 50,38 62,28 22,28", "#5A3A1A") + rect(10, 38, 40, 28, CARD) + poly("50,38 62,28 62,56 50,66", DCARD)
    flaps = poly("10,38 2,28 16,20 22,28", "#E8B67A") + poly("50,38 58,48 70,38 62,28", "#E8B67A")
    glass = path("M30,6 L44,6 L42,26 C42,30 32,30 32,26 Z", "#E0F4FF") + line(37, 30, 37, 36, 2) + line(32, 36, 42, 36, 2)
    fill_ = "".join(circle(x, 32, 2.5, WHT, 'stroke-width="1"') for x in (18, 24, 48, 54))
    tape = circle(62, 60, 7, "#C9A66B") + circle(62, 60, 3, WHT)
    return bx + fill_ + glass + arrow(50, 10, 50, 24, GRN, 2.5) + flaps + tape


@pic("rolcontainer", "roll cage: a metal mesh cage on four wheels with boxes in it (rolcontainer)",
     "rolcontainer, rolcontainers, roll cage, roll container, kooiaap")
def _():
    frame = rect(10, 6, 50, 54, "none", 0, 'stroke-width="2.5"')
    mesh = "".join(line(10 + i * 7, 6, 10 + i * 7, 60, 1, GRY) for i in range(1, 8)) + "".join(line(10, 6 + j * 9, 60, 6 + j * 9, 1, GRY) for j in range(1, 6))
    boxes = box(14, 58, 18, 14, 0) + box(34, 58, 20, 18, 0) + box(16, 44, 14, 10, 0)
    base = rect(8, 58, 54, 4, GRY, 1)
    return boxes + mesh + frame + base + wheel(14, 65, 4) + wheel(56, 65, 4)


@pic("voorraad-magazijn", "stock: shelves full of the same boxes, stock level high (voorraad)",
     "voorraad, stock, inventory, op voorraad, genoeg")
def _():
    shelf = rect(4, 6, 50, 62, "none", 0, 'stroke-width="2.5"') + line(4, 26, 54, 26, 2.5) + line(4, 46, 54, 46, 2.5)
    boxes = "".join(box(7 + i * 15, 25 + j * 20, 12, 14, 3) for i in range(3) for j in range(3))
    meter = rect(60, 8, 8, 58, WHT, 2) + rect(60, 18, 8, 48, GRN, 0, 'stroke-width="1.5"')
    return boxes + shelf + meter


@pic("tellen", "counting: a finger points at the boxes one by one: 1, 2, 3 (tellen)",
     "tellen, count, aantal, hoeveel, natellen")
def _():
    bxs = box(4, 66, 18, 18, 6) + box(26, 66, 18, 18, 6) + box(48, 66, 18, 18, 6)
    nums = text(13, 62, "1", 13, WHT) + text(35, 62, "2", 13, WHT) + text(57, 62, "3", 13, WHT)
    return bxs + nums + point_hand(57, 42, 0.8, 180)


@pic("tekort", "shortage: a row of boxes with gaps where boxes are missing, minus three in red (tekort)",
     "tekort, te weinig, shortage, mist, ontbreekt, min")
def _():
    full = box(4, 64, 14, 12, 5) + box(20, 64, 14, 12, 5)
    empty = "".join(rect(x, 52, 14, 12, "none", 0, f'stroke="{RED}" stroke-width="1.8" stroke-dasharray="3 2"') for x in (36, 52))
    return full + empty + rect(30, 8, 36, 26, WHT, 4, f'stroke="{RED}" stroke-width="2.5"') + text(48, 28, "−3", 18, RED)


@pic("beschadigd", "damaged: a box with a crushed corner, a tear and a crack (beschadigd)",
     "beschadigd, kapot, damaged, schade, gedeukt, stuk")
def _():
    body = path("M6,30 L44,30 L50,40 L46,66 L6,66 Z", CARD) + poly("6,30 22,18 62,18 44,30", "#E8B67A") + \
        path("M44,30 L62,18 L62,46 L50,40 Z", DCARD) + path("M50,40 L62,46 L60,58 L46,66 Z", DCARD)
    tear = path("M16,44 L22,50 L18,54 L26,60", extra='stroke-width="2"') + path("M44,30 L40,38 L46,44", extra='stroke-width="1.5"')
    return body + tear + path("M56,8 L60,14 M64,10 L62,16 M68,20 L63,20", extra=f'stroke="{RED}" stroke-width="2"')


@pic("kwaliteit", "quality: a quality seal (rosette) with a star and a green tick (kwaliteit)",
     "kwaliteit, quality, keurmerk, goed product, topkwaliteit")
def _():
    ribbons = path("M24,44 L16,68 L26,64 L30,72 L36,50 Z", BLU) + path("M48,44 L56,68 L46,64 L42,72 L36,50 Z", BLU)
    pts = []
    for i in range(24):
        a = math.pi * 2 * i / 24
        r = 26 if i % 2 == 0 else 22
        pts.append(f"{36 + r * math.cos(a):.1f},{30 + r * math.sin(a):.1f}")
    seal = poly(" ".join(pts), YEL) + circle(36, 30, 16, WHT)
    return ribbons + seal + check(36, 30, 1.4)


@pic("kwaliteitscontrole", "quality control: an inspector with a magnifying glass checks the products at the end of the line: ticks and one cross (kwaliteitscontrole)",
     "kwaliteitscontrole, kwaliteitscheck, quality control, inspectie, keuren")
def _():
    belt = conveyor(2, 60, 52, 6)
    prods = "".join(rect(x, 46, 10, 10, LBLU, 2) for x in (6, 20, 34))
    marks = check(11, 38, 0.6) + check(25, 38, 0.6)
    p = fig(60, 68, 1.15, WHT, None, ((-16, -30), (8, -14)))
    lens = circle(40, 36, 8, "rgba(255,255,255,0.6)") + circle(40, 36, 8, "none", 'stroke-width="2.5"') + line(46, 42, 50, 40, 3)
    return belt + prods + marks + p + lens


@pic("afkeuren", "rejecting: a product with a scratch gets a red cross and goes into the red reject bin (afkeuren)",
     "afkeuren, reject, afgekeurd, uitval, niet goed, weggooien")
def _():
    prod = rect(6, 12, 24, 24, LBLU, 3) + line(10, 18, 24, 30, 2, DGRY) + cross(18, 24, 1.0)
    bin_ = path("M40,40 L68,40 L64,68 L44,68 Z", RED) + rect(38, 36, 32, 5, "#A61E1A", 1) + cross(54, 54, 0.7, WHT)
    return prod + bin_ + path("M30,30 C40,30 48,26 52,34", extra='stroke-width="3"') + path("M47,31 L53,35 L55,28", extra='stroke-width="3"')


@pic("fifo-pallets", "FIFO: first in, first out: the pallet that came in first (1) leaves first, new ones come in at the back",
     "FIFO, first in first out, eerst in eerst uit, oudste eerst, doorloopstelling")
def _():
    lane = line(2, 56, 70, 48, 3, GRY)
    out = ""
    for i, n in enumerate((3, 2, 1)):
        x = 8 + i * 20
        out += box(x, 54 - i * 2.5, 14, 14, 5) + text(x + 7, 50 - i * 2.5, str(n), 10, BLU)
    return lane + out + arrow(58, 30, 70, 28, GRN, 3) + arrow(2, 20, 10, 20, GRN, 3) + text(64, 20, "1", 11, GRN)


@pic("batchnummer", "batch number: the printed lot number on the product label, circled (batchnummer)",
     "batchnummer, lotnummer, partijnummer, batch number, lot number, LOT")
def _():
    pack = rect(6, 10, 50, 56, WHT, 3) + rect(6, 10, 50, 12, LBLU, 3)
    code = text(31, 42, "LOT", 9) + text(31, 54, "24051", 10)
    ring = f'<ellipse cx="31" cy="48" rx="20" ry="13" fill="none" stroke="{RED}" stroke-width="2.5"/>'
    return pack + code + ring + g(rect(-3, -18, 6, 20, BLU, 1), path("M-3,2 L3,2 L0,7 Z", SKIN), t="translate(62,56) rotate(30)")


@pic("ploegendienst", "shift work: a clock with day (sun) and night (moon) halves and arrows going round (ploegendienst)",
     "ploegendienst, ploegen, shift work, vroege dienst, late dienst, nachtdienst, rooster")
def _():
    day = path("M36,8 A28,28 0 0 1 36,64 Z", "#FFF3B0")
    night = path("M36,8 A28,28 0 0 0 36,64 Z", "#1E3A6E")
    sun = circle(50, 36, 7, YEL) + "".join(line(50 + 9 * math.cos(a), 36 + 9 * math.sin(a), 50 + 12 * math.cos(a), 36 + 12 * math.sin(a), 1.8, ORA)
                                           for a in [i * math.pi / 4 for i in range(8)])
    moon = path("M24,28 C16,30 16,42 24,44 C20,40 20,32 24,28 Z", YEL)
    return day + night + circle(36, 36, 28, "none") + sun + moon + curved_arrow(36, 36, 33, -60, 40, GRN, 3) + curved_arrow(36, 36, 33, 120, 220, GRN, 3)



@pic("teamleider", "team leader: a person with a clipboard in front of the team (teamleider)",
     "teamleider, ploegleider, team leader, leidinggevende, chef")
def _():
    team = fig(42, 62, 0.9, BLU) + fig(54, 62, 0.9, BLU) + fig(66, 62, 0.9, BLU)
    lead = fig(20, 68, 1.4, ORA, None, ((-12, -16), (12, -20)))
    board = rect(28, 32, 12, 16, BRN, 1) + rect(30, 35, 8, 11, WHT, 0, 'stroke-width="1"')
    star = path("M20,4 L22,9 L27,9 L23,12 L25,17 L20,14 L15,17 L17,12 L13,9 L18,9 Z", YEL)
    return team + lead + board + star



@pic("de-machine-staat-stil", "'De machine staat stil': the line has stopped (stop sign on the machine), the worker asks why",
     "de machine staat stil, machine stopt, stilstand, stopped, waarom")
def _():
    mach = _machine(4, 60, 40, 46, LGRY)
    stop = rect(30, 6, 16, 16, RED, 2) + rect(35, 11, 6, 6, WHT, 0, 'stroke-width="0"')
    p = fig(58, 68, 1.1, ORA, None, ((-10, -30), (10, -14)))
    b = bubble(50, 2, 20, 18, "left") + text(60, 16, "?", 14, BLU)
    return mach + stop + p + b


@pic("mijn-scanner-doet-het-niet", "'Mijn scanner doet het niet': the scanner screen is black with a crack, empty battery, sad face",
     "mijn scanner doet het niet, scanner kapot, scanner leeg, werkt niet, broken scanner")
def _():
    sc = _scanner(4, 26, 1.2, "#2F2F2F") + path("M24,30 L28,34 L26,36 L30,40", extra=f'stroke="{WHT}" stroke-width="1.2"')
    bat = rect(8, 6, 18, 10, WHT, 1) + rect(26, 9, 2, 4, BLK) + rect(9, 7, 3, 8, RED, 0, 'stroke-width="0"')
    face = circle(56, 18, 12, YEL) + circle(52, 16, 1.5, BLK) + circle(60, 16, 1.5, BLK) + path("M50,25 C53,21 59,21 62,25", extra='stroke-width="2"')
    return sc + bat + face


@pic("waar-moet-deze-pallet-heen", "'Waar moet deze pallet heen?': a pallet with boxes, a question mark and arrows to several places",
     "waar moet deze pallet heen, pallet wegzetten, where does this pallet go, expeditie")
def _():
    pal = rect(4, 58, 34, 4, WOOD, 0, 'stroke-width="1.5"') + rect(4, 64, 34, 3, WOOD, 0, 'stroke-width="1.5"')
    bxs = box(6, 58, 14, 12, 4) + box(21, 58, 14, 12, 4) + box(12, 45, 14, 12, 4)
    arr = arrow(42, 50, 66, 50, GRN, 3) + arrow(42, 50, 62, 34, GRN, 3) + arrow(42, 50, 62, 66, GRN, 3)
    b = bubble(16, 2, 22, 22, "left") + text(27, 19, "?", 16, BLU)
    return pal + bxs + arr + b


@pic("ik-ben-klaar-met-mijn-order", "'Ik ben klaar met mijn order': every line on the pick list is ticked, the boxes are ready",
     "ik ben klaar met mijn order, order klaar, alles gepickt, order finished")
def _():
    board = rect(6, 8, 34, 52, BRN, 3) + rect(10, 14, 26, 42, WHT, 1) + rect(16, 4, 14, 8, GRY, 2)
    rows = "".join(line(20, 21 + i * 9, 33, 21 + i * 9, 1.5, GRY) + check(15, 21 + i * 9, 0.45) for i in range(4))
    bxs = box(44, 66, 18, 14, 6) + box(46, 52, 14, 12, 5)
    return board + rows + bxs + check(56, 20, 1.3)


@pic("tang-heet", "pliers holding a glowing hot piece of steel (tang)",
     "tang, pliers, vasthouden, heet werkstuk, smeedtang")
def _():
    hot = rect(2, 6, 22, 12, ORA, 2) + rect(4, 8, 10, 8, YEL, 1, 'stroke-width="0"') + \
        "".join(path(f"M{x},3 C{x - 3},0 {x + 3},-3 {x},-7", extra=f'stroke="{RED}" stroke-width="1.8"') for x in (6, 12, 18))
    jaws = path("M18,10 L30,26 L34,22 L24,8 Z", DSTEEL) + path("M18,16 L28,30 L32,26 L22,14 Z", DSTEEL)
    handles = path("M32,24 L58,46 C61,49 57,53 54,50 L29,28 Z", GRY) + path("M30,28 L46,56 C48,60 43,62 41,58 L27,31 Z", GRY)
    return g(hot + handles + jaws + circle(30, 27, 3.5, DGRY), t="translate(6,10)")


@pic("picklijst", "pick list: a sheet with lines, each a box icon, a location and how many to take (picklijst)",
     "picklijst, pick list, orderlijst, wat moet ik pakken, lijst")
def _():
    sheet = rect(8, 4, 48, 64, WHT, 2) + rect(8, 4, 48, 9, LBLU, 2)
    rows = ""
    for i in range(4):
        y = 20 + i * 12
        rows += box(13, y + 8, 8, 6, 3) + line(26, y + 4, 40, y + 4, 1.5, GRY) + text(48, y + 8, str((2, 1, 4, 3)[i]) + "x", 7)
    return sheet + rows + g(rect(-3, -18, 6, 20, YEL, 1), path("M-3,2 L3,2 L0,7 Z", SKIN), t="translate(62,58) rotate(30)")


# ------------------------------------------------------------------ writing


def _esc(t: str) -> str:
    return t.replace("&", "&amp;").replace("<", "&lt;")


def render(pid: str) -> str:
    title, _kw, fn = PICTURES[pid]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72" width="72" height="72">'
            f'<title>{_esc(title)}</title>{fn()}</svg>\n')


if __name__ == "__main__":  # a preview; fetch_library.py writes the library
    from fetch_library import svg_of

    dest = Path(sys.argv[1])
    dest.mkdir(parents=True, exist_ok=True)
    for pid, (title, _keywords, fn) in PICTURES.items():
        (dest / f"{pid}.svg").write_text(svg_of(title, fn()))
    print(f"{len(PICTURES)} pictures in {dest}", file=sys.stderr)
