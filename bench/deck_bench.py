"""Deck build benchmark: vaktaal against a minimal genanki script writing the same notes.

Run by hand:  python bench/deck_bench.py [--terms 50000] [--audio-terms 2000]

Scenarios (each side runs in its own subprocess; wall time and peak memory (ru_maxrss) per child):
  1. a synthetic recipe of --terms terms, 3 card types (herkennen, zeggen, luisteren), no media;
  2. a --audio-terms recipe with audio from a warm cache (dummy mp3 files, two per term);
  3. vaktaal rebuilding scenario 2 with nothing changed (target < 0.5 s).
Both sides read the same sector YAML: genanki with PyYAML's C loader (what a minimal script does),
vaktaal with its validating loader. "write" is the time from loaded terms to a finished .apkg;
"total" includes reading the YAML. Targets: total time <= 1.5x genanki, memory <= 2x.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

T0 = 1_700_000_000


def make_project(root: Path, terms: int, audio: bool) -> None:
    (root / "sectors").mkdir(parents=True)
    (root / "decks").mkdir()
    themes = [{"id": f"thema-{i}", "name": f"Thema {i}"} for i in range(10)]
    items: list[dict] = []
    for i in range(terms):
        items.append({"id": f"woord-{i}", "nl": f"woord{i}", "article": "de", "plural": f"woorden{i}",
                      "pos": "noun", "theme": f"thema-{i % 10}", "level": ["A1", "A2", "B1"][i % 3],
                      "safety": i % 7 == 0, "example": f"Dit is zin nummer {i}.",
                      "translations": {"ar": f"كلمة {i}", "en": f"word {i}"}, "reviewed": ["en"]})
    # Sector files may be at most 5 MB: split into files of 4,000 terms.
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    slugs = []
    for part, begin in enumerate(range(0, terms, 4000)):
        slug = f"synth-{part}"
        slugs.append(slug)
        sector = {"sector": slug, "name": f"Synthetisch {part}", "description": "Benchmark.", "themes": themes,
                  "terms": items[begin:begin + 4000]}
        with open(root / "sectors" / f"{slug}.yaml", "w", encoding="utf-8") as fh:
            yaml.dump(sector, fh, Dumper=dumper, allow_unicode=True, sort_keys=False)
    (root / "decks" / "synth.yaml").write_text(
        f"name: Vaktaal Synth\nsectors: [{', '.join(slugs)}]\nlanguages: [ar]\n"
        "cards: [herkennen, zeggen, luisteren]\n")
    if audio:
        cache = root / "audio-cache"
        cache.mkdir()
        frame = struct.pack(">I", 0xFFFB9064) + bytes(413)
        index = {}
        for i in range(terms):
            for text in (f"de woord{i}", f"Dit is zin nummer {i}."):
                path = cache / f"{len(index)}.mp3"
                path.write_bytes(frame * 4 + text.encode())
                index[text] = str(path)
        (root / "audio-index.json").write_text(json.dumps(index))


def child_vaktaal(root: Path, out: Path) -> dict:
    from vaktaal.anki.build import build_recipe
    from vaktaal.recipes import load_recipe, recipe_entries

    start = time.perf_counter()
    audio = {}
    if (root / "audio-index.json").exists():
        audio = {k: Path(v) for k, v in json.loads((root / "audio-index.json").read_text()).items()}
    recipe = load_recipe(root / "decks" / "synth.yaml")
    entries = recipe_entries(recipe)
    loaded = time.perf_counter()
    report = build_recipe(recipe, ["ar"], out, entries=entries, audio=audio, now=T0)[0]
    done = time.perf_counter()
    return {"total": done - start, "write": done - loaded, "notes": report.notes, "cards": report.cards,
            "media": report.media, "up_to_date": report.up_to_date}


def child_genanki(root: Path, out: Path) -> dict:
    import genanki

    from vaktaal.anki.notetype import FIELDS

    start = time.perf_counter()
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    sectors = []
    for path in sorted((root / "sectors").glob("*.yaml"), key=lambda p: int(p.stem.split("-")[1])):
        with open(path, encoding="utf-8") as fh:
            sectors.append(yaml.load(fh, Loader=loader))
    audio = {}
    if (root / "audio-index.json").exists():
        audio = json.loads((root / "audio-index.json").read_text())
    loaded = time.perf_counter()
    # Same 28 fields and three templates gated like vaktaal's (no audio: no listening card).
    templates = [{"name": n, "qfmt": f"{{{{#{flag}}}}}{{{{{f}}}}}{{{{/{flag}}}}}",
                  "afmt": "{{FrontSide}}<hr>{{Translation}}"}
                 for n, flag, f in (("Herkennen", "Herkennen", "Word"), ("Zeggen", "Zeggen", "Translation"),
                                    ("Luisteren", "Luisteren", "WordAudio"))]
    model = genanki.Model(1607392319, "Bench", fields=[{"name": f} for f in FIELDS], templates=templates)
    themes = {t["id"]: t["name"] for t in sectors[0]["themes"]}
    decks, media, seen = {}, [], set()
    for i, term in enumerate(t for sector in sectors for t in sector["terms"]):
        deck_name = f"Bench::{themes[term['theme']]}"
        deck = decks.get(deck_name) or decks.setdefault(deck_name, genanki.Deck(2059400110 + len(decks), deck_name))
        sounds = []
        for text in (f"{term['article']} {term['nl']}", term.get("example")):
            path = audio.get(text)
            if path:
                name = os.path.basename(path)
                if name not in seen:
                    seen.add(name)
                    media.append(path)
            sounds.append(f"[sound:{os.path.basename(path)}]" if path else "")
        values = dict.fromkeys(FIELDS, "")
        values.update(Word=html.escape(term["nl"]), Article=term["article"], Plural=html.escape(term["plural"]),
                      Translation=html.escape(term["translations"]["ar"]), Example=html.escape(term["example"]),
                      WordAudio=sounds[0], ExampleAudio=sounds[1], Level=term["level"],
                      Theme=html.escape(themes[term["theme"]]), Language="ar", Direction="rtl",
                      Herkennen="1", Zeggen="1", Luisteren="1" if sounds[0] else "",
                      Key=f"synth/{term['id']}")
        deck.add_note(genanki.Note(model=model, fields=[values[f] for f in FIELDS], due=i + 1,
                                   guid=genanki.guid_for("synth", term["id"], "ar"),
                                   tags=["vaktaal", f"thema::{term['theme']}"]))
    out.mkdir(parents=True, exist_ok=True)
    genanki.Package(list(decks.values()), media_files=media).write_to_file(out / "synth.ar.apkg", timestamp=T0)
    done = time.perf_counter()
    return {"total": done - start, "write": done - loaded,
            "notes": sum(len(d.notes) for d in decks.values()), "media": len(media)}


def run_child(kind: str, root: Path, out: Path) -> dict:
    proc = subprocess.Popen([sys.executable, __file__, "--child", kind, str(root), str(out)],
                            stdout=subprocess.PIPE, text=True)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{kind} child failed ({proc.returncode})")
    result = json.loads(output)
    result["peak_mb"] = usage.ru_maxrss / 1024  # Linux: kilobytes
    return result


def compare(title: str, root: Path) -> None:
    vak = run_child("vaktaal", root, root / "out-vaktaal")
    gen = run_child("genanki", root, root / "out-genanki")
    print(f"\n{title}: {vak['notes']} notes, {vak['cards']} cards, {vak['media']} media files")
    print(f"  {'':10} {'total s':>9} {'write s':>9} {'peak MB':>9}")
    for name, r in (("genanki", gen), ("vaktaal", vak)):
        print(f"  {name:10} {r['total']:9.2f} {r['write']:9.2f} {r['peak_mb']:9.1f}")
    print(f"  ratio      {vak['total'] / gen['total']:9.2f} {vak['write'] / gen['write']:9.2f} "
          f"{vak['peak_mb'] / gen['peak_mb']:9.2f}   (targets: time <= 1.5, memory <= 2.0)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--terms", type=int, default=50_000)
    parser.add_argument("--audio-terms", type=int, default=2_000)
    parser.add_argument("--child", nargs=3, metavar=("KIND", "ROOT", "OUT"))
    args = parser.parse_args()
    if args.child:
        kind, root, out = args.child
        func = child_vaktaal if kind == "vaktaal" else child_genanki
        print(json.dumps(func(Path(root), Path(out))))
        return
    with tempfile.TemporaryDirectory(prefix="vaktaal-bench-") as tmp:
        os.environ["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")  # cold sector cache, user's cache untouched
        big, small = Path(tmp) / "big", Path(tmp) / "audio"
        make_project(big, args.terms, audio=False)
        compare(f"{args.terms} terms, 3 card types, no media", big)
        make_project(small, args.audio_terms, audio=True)
        compare(f"{args.audio_terms} terms with audio from a warm cache", small)
        again = run_child("vaktaal", small, small / "out-vaktaal")
        print(f"\nrebuild of the {args.audio_terms}-term deck with nothing changed: {again['total']:.2f} s "
              f"(up to date: {again['up_to_date']}; target < 0.5 s)")


if __name__ == "__main__":
    main()
