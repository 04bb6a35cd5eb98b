#!/usr/bin/env python3
"""Rebuild the bundled picture library from the package registries.

A maintainer runs this by hand from the repository root (never at run time, never in CI):

    python scripts/picture_library/fetch_library.py                # rebuild vaktaal/picture_library/
    python scripts/picture_library/fetch_library.py --only vaktaal # only redraw vaktaal's own pictures
    python scripts/picture_library/fetch_library.py --out DIR      # somewhere else

It needs `npm` (npm pack), `pip` (pip download) and `apt-get` (apt-get download; run
`apt-get update` first). Every package is pinned; a new version is a deliberate edit here,
followed by `vaktaal check` and a look at the contact sheets (`vaktaal pictures decks/x.yaml`,
docs/pictures/), because a picture a sector file points at may have changed or gone.
The output is deterministic: run on an unchanged checkout, `git status` stays clean.

What it writes, per source (vaktaal/picture_library/<source>/):
  <id>.svg     every picture of that library that could serve work-floor vocabulary
               (flags, skin-tone variants, logos, UI chrome, weapons... are left out)
  LICENSE      the licence text that came with the package
and for the whole library:
  sources.json name, version, registry, package, licence (SPDX), attribution, url per source
  index.json   {source: {id: {"title": ..., "keywords": [...], ...}}} -- the library's own
               annotation, so people and code can search it

The source `vaktaal` holds pictograms drawn for this project (CC0-1.0): every `draw_vaktaal*.py`
beside this script; it is redrawn from those scripts, not fetched. An id drawn twice stops the run.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
LIBRARY = HERE.parents[1] / "vaktaal" / "picture_library"

SOURCES = {
    "openmoji": {
        "name": "OpenMoji",
        "version": "17.0.0",
        "registry": "npm",
        "package": "openmoji",
        "licence": "CC-BY-SA-4.0",
        "attribution": "All emojis designed by OpenMoji – the open-source emoji and icon project "
        "(https://openmoji.org/). License: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)",
        "url": "https://creativecommons.org/licenses/by-sa/4.0/",
        "homepage": "https://openmoji.org/",
    },
    "openclipart": {
        "name": "Open Clip Art Library (safety signs by Yves Guillou and others)",
        "version": "1:0.18+dfsg-19",
        "registry": "debian",
        "package": "openclipart-svg",
        "licence": "CC-PDDC",
        "attribution": "Clip art from the Open Clip Art Library (openclipart.org), dedicated to the "
        "public domain; safety signs drawn by Yves Guillou. No attribution required.",
        "url": "https://creativecommons.org/licenses/publicdomain/",
        "homepage": "https://openclipart.org/",
    },
    "ghs": {
        "name": "GHS hazard pictograms (ghs-hazard-pictogram)",
        "version": "0.1.0",
        "registry": "pypi",
        "package": "ghs-hazard-pictogram",
        "licence": "MIT",
        "attribution": "GHS hazard pictograms from the Python package ghs-hazard-pictogram 0.1.0, "
        "Copyright (c) 2021 Frédéric Meurou, MIT License; drawings of the United Nations GHS "
        "pictograms (Wikimedia Commons).",
        "url": "https://opensource.org/licenses/MIT",
        "homepage": "https://pypi.org/project/ghs-hazard-pictogram/",
    },
    "healthicons": {
        "name": "Health Icons",
        "version": "2.0.0",
        "registry": "npm",
        "package": "healthicons",
        "licence": "MIT",
        "attribution": "Health Icons (https://healthicons.org/), Copyright (c) 2021 Resolve to "
        "Save Lives, MIT License",
        "url": "https://opensource.org/licenses/MIT",
        "homepage": "https://healthicons.org/",
    },
    "mdi": {
        "name": "Material Design Icons (Pictogrammers)",
        "version": "7.4.47",
        "registry": "npm",
        "package": "@mdi/svg",
        "licence": "Apache-2.0",
        "attribution": "Material Design Icons by Pictogrammers (https://pictogrammers.com/), "
        "Apache License 2.0 (https://www.apache.org/licenses/LICENSE-2.0)",
        "url": "https://www.apache.org/licenses/LICENSE-2.0",
        "homepage": "https://pictogrammers.com/library/mdi/",
    },
    "vaktaal": {
        "name": "vaktaal pictograms (drawn for this project)",
        "version": "1",
        "registry": "none (drawn by scripts/picture_library/draw_vaktaal*.py)",
        "package": "draw_vaktaal*.py",
        "licence": "CC0-1.0",
        "attribution": "vaktaal pictograms, CC0 1.0 (no attribution required).",
        "url": "https://creativecommons.org/publicdomain/zero/1.0/",
        "homepage": "",
    },
}


# ---------------------------------------------------------------- helpers


def slug(text: str) -> str:
    text = text.lower().replace("_", "-")
    text = re.sub(r"[^a-z0-9-]+", "-", text)
    return re.sub(r"-{2,}", "-", text).strip("-")


def run(cmd: list[str], cwd: Path) -> None:
    print("+", " ".join(cmd), file=sys.stderr)
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.DEVNULL)


def npm_unpack(package: str, version: str, work: Path) -> Path:
    run(["npm", "pack", f"{package}@{version}", "--silent"], work)
    tgz = next(work.glob("*.tgz"))  # each source unpacks in its own folder
    dest = work / (tgz.stem + "-x")
    with tarfile.open(tgz) as tar:
        tar.extractall(dest, filter="data")
    tgz.unlink()
    return dest / "package"


def pip_unpack(package: str, version: str, work: Path) -> Path:
    run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":none:",
         "--only-binary", ":all:", "-d", str(work), f"{package}=={version}"], work)
    whl = next(work.glob("*.whl"))
    dest = work / (whl.stem + "-x")
    with zipfile.ZipFile(whl) as z:
        z.extractall(dest)
    return dest


def deb_unpack(package: str, version: str, work: Path) -> Path:
    run(["apt-get", "download", f"{package}={version}"], work)
    deb = next(work.glob(f"{package}_*.deb"))
    dest = work / (package + "-x")
    run(["dpkg-deb", "-x", str(deb), str(dest)], work)
    return dest


def clean_svg(text: str) -> str:
    """Drop the XML prolog/doctype so the file embeds well in HTML and Anki."""
    text = re.sub(r"<\?xml[^>]*\?>\s*", "", text)
    text = re.sub(r"<!DOCTYPE[^>]*(\[[^\]]*\])?>\s*", "", text, flags=re.S)
    return text.strip() + "\n"


# ---------------------------------------------------------------- OpenMoji

OPENMOJI_SKIP_GROUPS = {"flags", "component"}
OPENMOJI_SKIP_SUBGROUPS = {
    "brand", "flags", "queer-symbols", "regional-indicator", "subdivision-flag", "country-flag",
    "family", "person-fantasy", "zodiac", "religion", "place-religious", "face-costume",
    "cat-face", "monkey-face", "musical-instrument", "award-medal", "game", "currency",
}


def build_openmoji(pkg: Path, out: Path) -> dict:
    data = json.loads((pkg / "data" / "openmoji.json").read_text())
    index = {}
    for e in data:
        if e.get("skintone") or e["group"] in OPENMOJI_SKIP_GROUPS:
            continue
        if e["subgroups"] in OPENMOJI_SKIP_SUBGROUPS:
            continue
        src = pkg / "color" / "svg" / f"{e['hexcode']}.svg"
        if not src.exists():
            continue
        pid = e["hexcode"].lower()
        (out / f"{pid}.svg").write_text(clean_svg(src.read_text()))
        kw = [k.strip() for k in (e.get("tags", "") + "," + e.get("openmoji_tags", "")).split(",")]
        index[pid] = {
            "title": e["annotation"],
            "emoji": e["emoji"],
            "keywords": [k for k in dict.fromkeys(kw) if k],
            "group": f"{e['group']}/{e['subgroups']}",
        }
    shutil.copy(pkg / "LICENSE.txt", out / "LICENSE")
    return index


# ---------------------------------------------------------------- openclipart

#: The safety signs (ISO 7010 / EN 92/58 style) and the few other Open Clip Art pictures that
#: can serve work-floor vocabulary. The 0.18 collection has ~8,000 drawings of very mixed
#: quality; we take this list, not the whole folder.
OPENCLIPART_DIRS = ["signs_and_symbols", "tools", "science/medicine"]
OPENCLIPART_SIGN_WORDS = re.compile(
    r"guillou|obligatoire|protection|sortie|secours|danger|interdit|interdiction|toxique|"
    r"inflammable|corrosi|nocif|irritant|comburant|biolog|radiation|laser|keep.tidy|no.smoking|"
    r"nosmoke|hydrant|paramedic|emergenza|padlock|lock|skull|poison|trebuchement|chute|charges|"
    r"vehicules|basse.temp|champ.magn|matieres|bande.marquage|hot.surface|high.tension|"
    r"no.entrance|risque|telephone|recycl|wheelchair|simple.cross|stop.sign",
    re.I,
)
OPENCLIPART_SKIP = re.compile(r"gun|ak47|m16|grenade|bomb|sword|katana|lightsaber|mortar|"
                              r"abrams|projectile|bullet|shield.matt|boomerang|ninja|weapon|"
                              r"nunchaku|gallows|fat.man|little.boy|kallisti|nodding.donkey|recycle.water|stop.sign.miguel|"
                              r"kexi|lampada|route.jakob|smoke.nicu.buculei.0[13]|simple.cross", re.I)


def _svg_meta(text: str) -> tuple[str, str, list[str], str]:
    head = text[:40000]
    title = re.search(r"<dc:title>([^<]*)</dc:title>", head)
    desc = re.search(r"<dc:description>([^<]*)</dc:description>", head)
    subj = head.split("<dc:subject>", 1)[1].split("</dc:subject>", 1)[0] if "<dc:subject>" in head else ""
    kws = [k.strip() for k in re.findall(r"<rdf:li>([^<]*)</rdf:li>", subj) if k.strip()]
    creator = re.search(r"<dc:creator>.*?<dc:title>([^<]*)</dc:title>", head, re.S)
    return (title.group(1).strip() if title else "", desc.group(1).strip() if desc else "",
            kws, creator.group(1).strip() if creator else "")


def build_openclipart(root: Path, out: Path) -> dict:
    base = root / "usr/share/openclipart/svg"
    index = {}
    for sub in OPENCLIPART_DIRS:
        for f in sorted((base / sub).glob("*.svg")):
            name = f.stem
            if OPENCLIPART_SKIP.search(name):
                continue
            text = f.read_text(errors="replace")
            title, desc, kws, creator = _svg_meta(text)
            if sub == "signs_and_symbols" and not (
                OPENCLIPART_SIGN_WORDS.search(name) or "guillou" in creator.lower()
            ):
                continue
            if f.stat().st_size > 400_000:
                continue
            pid = slug(name)
            (out / f"{pid}.svg").write_text(clean_svg(text))
            index[pid] = {"title": title or name, "description": desc, "keywords": kws,
                          "author": creator, "folder": sub}
    shutil.copy(root / "usr/share/doc/openclipart-svg/copyright", out / "LICENSE")
    return index


# ---------------------------------------------------------------- GHS


def build_ghs(root: Path, out: Path) -> dict:
    pkg = root / "ghs_hazard_pictogram"
    src = (pkg / "data.py").read_text()
    ns: dict = {}
    exec(compile(src, "data.py", "exec"), ns)  # a plain list literal GHS_HAZARDS
    by_code = {h["code"].lower(): h for h in ns["GHS_HAZARDS"]}
    index = {}
    for f in sorted((pkg / "pictograms").glob("*.svg")):
        pid = slug(f.stem)
        (out / f"{pid}.svg").write_text(clean_svg(f.read_text()))
        h = by_code.get(pid, {})
        usage = [u.strip(" -'") for u in h.get("usage", "").splitlines() if u.strip(" -'")]
        index[pid] = {"title": h.get("name", pid.upper()), "hazard_type": h.get("hazard_type", ""),
                      "keywords": usage, "example": h.get("example", "")}
    # The package's own table points GHS01 at ghs02.svg; the files themselves are right.
    names = {"ghs01": "Explosive", "ghs02": "Flammable", "ghs03": "Oxidizing",
             "ghs04": "Compressed gas", "ghs05": "Corrosive", "ghs06": "Acute toxicity (skull)",
             "ghs07": "Harmful / irritant (exclamation mark)", "ghs08": "Serious health hazard",
             "ghs09": "Environmental hazard"}
    for pid, title in names.items():
        if pid in index:
            index[pid]["title"] = title
    lic = next(root.glob("*.dist-info/LICENSE"))
    shutil.copy(lic, out / "LICENSE")
    return index


# ---------------------------------------------------------------- Health Icons

HEALTHICONS_SKIP_CATEGORIES = {"typography", "graphs", "diagnostics", "contraceptives"}


def build_healthicons(pkg: Path, out: Path) -> dict:
    meta = json.loads((pkg / "public/icons/meta-data.json").read_text())
    index = {}
    for e in meta:
        if e["category"] in HEALTHICONS_SKIP_CATEGORIES:
            continue
        f = pkg / "public/icons/svg/filled" / f"{e['path']}.svg"
        if not f.exists():
            continue
        pid = slug(e["id"])
        (out / f"{pid}.svg").write_text(clean_svg(f.read_text()))
        index[pid] = {"title": e.get("title", pid),
                      "keywords": [t for t in e.get("tags", []) if ":" not in t],
                      "category": e["category"]}
    shutil.copy(pkg / "LICENSE", out / "LICENSE")
    return index


# ---------------------------------------------------------------- Material Design Icons

MDI_TAGS = {
    "Hardware / Tools", "Medical / Hospital", "Transportation + Road", "Transportation + Other",
    "Food / Drink", "Agriculture", "Clothing", "Health / Beauty", "Science", "Alert / Error",
    "People / Family", "Home Automation", "Lock", "Weather", "Nature",
}
#: Untagged icons that still serve work-floor words.
MDI_EXTRA = {"crane", "gantry-crane", "pier-crane", "hook", "hoop-house", "saw-blade", "ladder",
             "tools", "toolbox", "hammer", "screwdriver", "wrench", "pipe-wrench", "shipping-pallet",
             "warehouse", "conveyor", "robot-industrial", "factory", "hard-hat", "excavator"}
MDI_SKIP = re.compile(r"-(outline|variant-outline|off-outline)$|^(alpha|numeric|format|file|"
                      r"folder|cellphone|monitor|laptop|google|microsoft|apple|android)", re.I)


def build_mdi(pkg: Path, out: Path) -> dict:
    meta = json.loads((pkg / "meta.json").read_text())
    index = {}
    for e in meta:
        if e.get("deprecated") or not (MDI_TAGS.intersection(e["tags"]) or e["name"] in MDI_EXTRA):
            continue
        if "Brand / Logo" in e["tags"] or MDI_SKIP.search(e["name"]):
            continue
        f = pkg / "svg" / f"{e['name']}.svg"
        if not f.exists():
            continue
        pid = slug(e["name"])
        (out / f"{pid}.svg").write_text(clean_svg(f.read_text()))
        index[pid] = {"title": e["name"].replace("-", " "), "keywords": e["aliases"],
                      "tags": e["tags"]}
    lic = (pkg / "LICENSE").read_text()
    apache = Path("/usr/share/common-licenses/Apache-2.0")
    if apache.exists():
        lic += "\n\n" + apache.read_text()
    (out / "LICENSE").write_text(lic)
    return index


# ---------------------------------------------------------------- vaktaal (drawn here)


def drawn_pictures() -> dict:
    """Every picture of every drawing script (draw_vaktaal.py first, then the others by name):
    id -> (title, keywords, function returning the SVG body)."""
    sys.path.insert(0, str(HERE))  # the drawing scripts import draw_vaktaal's building blocks
    pictures: dict = {}
    scripts = sorted(HERE.glob("draw_vaktaal*.py"), key=lambda f: (f.stem != "draw_vaktaal", f.name))
    for script in scripts:
        spec = importlib.util.spec_from_file_location(script.stem.replace("-", "_"), script)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for pid, entry in module.PICTURES.items():
            if pid in pictures:
                raise SystemExit(f"{script.name}: picture id {pid} is drawn by another script too")
            pictures[pid] = entry
    return pictures


def svg_of(title: str, body: str) -> str:
    title = title.replace("&", "&amp;").replace("<", "&lt;")
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72" width="72" height="72">'
            f"<title>{title}</title>{body}</svg>\n")


def build_vaktaal(out: Path) -> dict:
    index = {}
    for pid, (title, keywords, fn) in drawn_pictures().items():
        (out / f"{pid}.svg").write_text(svg_of(title, fn()))
        index[pid] = {"title": title, "keywords": keywords}
    cc0 = Path("/usr/share/common-licenses/CC0-1.0")
    text = ("The vaktaal pictograms in this folder were drawn for the vaktaal project and are "
            "dedicated to the public domain under CC0 1.0 Universal.\n\n")
    (out / "LICENSE").write_text(text + (cc0.read_text() if cc0.exists() else
                                         "https://creativecommons.org/publicdomain/zero/1.0/legalcode\n"))
    return index


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=LIBRARY)
    ap.add_argument("--only", nargs="*", help="rebuild only these sources")
    args = ap.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    wanted = args.only or list(SOURCES)
    index_path = out / "index.json"
    index = json.loads(index_path.read_text()) if index_path.exists() else {}

    with tempfile.TemporaryDirectory(prefix="vaktaal-pictures-") as tmp:
        work = Path(tmp)
        for source in wanted:
            info = SOURCES[source]
            dest = out / source
            if dest.exists():
                shutil.rmtree(dest)
            dest.mkdir(parents=True)
            sub = work / source
            sub.mkdir()
            if source == "openmoji":
                index[source] = build_openmoji(npm_unpack(info["package"], info["version"], sub), dest)
            elif source == "healthicons":
                index[source] = build_healthicons(npm_unpack(info["package"], info["version"], sub), dest)
            elif source == "mdi":
                index[source] = build_mdi(npm_unpack(info["package"], info["version"], sub), dest)
            elif source == "ghs":
                index[source] = build_ghs(pip_unpack(info["package"], info["version"], sub), dest)
            elif source == "openclipart":
                index[source] = build_openclipart(deb_unpack(info["package"], info["version"], sub), dest)
            elif source == "vaktaal":
                index[source] = build_vaktaal(dest)
            print(f"{source}: {len(index[source])} pictures", file=sys.stderr)

    index = {s: dict(sorted(index[s].items())) for s in SOURCES if s in index}
    index_path.write_text(json.dumps(index, ensure_ascii=False, indent=1, sort_keys=True) + "\n")
    sources = {}
    for s, info in SOURCES.items():
        entry = {k: info[k] for k in ("name", "version", "registry", "package", "licence",
                                       "attribution", "url", "homepage")}
        entry["count"] = len(index.get(s, {}))
        sources[s] = entry
    (out / "sources.json").write_text(json.dumps(sources, ensure_ascii=False, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
