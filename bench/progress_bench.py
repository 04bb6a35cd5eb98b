"""`vaktaal progress import` benchmark: a learner's collection with 20,000 reviews over 2,000
vaktaal notes, read by vaktaal against opening the same collection with the anki library alone.

Run by hand (not in the suite):  python bench/progress_bench.py [--notes 2000] [--reviews 20000]
                                                                 [--work DIR] [--repeat 3]

The collection is built once with the real anki library (a vaktaal deck imported, every card
answered at chosen times over months, exported as a .colpkg) into --work (default: a folder in
the system's temp dir, reused on the next run). Then, in this one process, best of --repeat:

  vaktaal   `import_anki_progress`: copy the file, unpack the zstd collection, read the vaktaal
            notes, replay every card's reviews through FSRS, write anki-progress.<recipe>.yaml;
  anki      opening the same .colpkg with the anki library: import_collection_package into an
            empty profile folder and open it as a Collection (what Anki does with a .colpkg);
  anki-open only opening the already unpacked collection file with anki's Collection;
  read      vaktaal's reading alone (copy, unpack with zstandard, SQLite): the part that
            replaces opening the file with the anki library;
  anki-read the anki library opening the .colpkg and reading the same notes, cards and reviews
            through its own database handle: what reading with the anki library would cost.

and prints each time and the ratios vaktaal / anki and vaktaal / anki-open.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from anki._backend import RustBackend
from anki.collection import Collection
from anki_reviews import AGAIN, DAY, EASY, GOOD, HARD, answer, build_apkg, import_deck

from vaktaal.coaching.anki_import import import_anki_progress
from vaktaal.progress.anki_file import open_collection
from vaktaal.progress.collection_db import read_notes
from vaktaal.progress.importing import guid_map
from vaktaal.recipes import load_recipe, recipe_entries


def make_project(root: Path, notes: int) -> Path:
    (root / "sectors").mkdir(parents=True, exist_ok=True)
    (root / "decks").mkdir(exist_ok=True)
    themes = [{"id": f"thema-{i}", "name": f"Thema {i}"} for i in range(10)]
    terms = [{"id": f"woord-{i}", "nl": f"woord{i}", "article": "de", "plural": f"woorden{i}", "pos": "noun",
              "theme": f"thema-{i % 10}", "level": ["A1", "A2", "B1"][i % 3], "example": f"Dit is zin {i}.",
              "translations": {"ar": f"كلمة {i}", "en": f"word {i}"}} for i in range(notes)]
    sector = {"sector": "synth", "name": "Synthetisch", "description": "Benchmark.", "themes": themes, "terms": terms}
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with open(root / "sectors" / "synth.yaml", "w", encoding="utf-8") as out:
        yaml.dump(sector, out, Dumper=dumper, allow_unicode=True, sort_keys=False)
    recipe = root / "decks" / "synth.yaml"
    recipe.write_text("name: Vaktaal Synth\nsectors: [synth]\nlanguages: [ar]\ncards: [herkennen, zeggen]\n",
                      encoding="utf-8")
    return recipe


def build_collection(work: Path, notes: int, reviews: int) -> tuple[Path, Path, Path]:
    """(recipe, colpkg, unpacked collection); built once, reused while --work holds them."""
    recipe_path = work / "project" / "decks" / "synth.yaml"
    colpkg, unpacked = work / "learner.colpkg", work / "unpacked" / "collection.anki2"
    if colpkg.is_file() and unpacked.is_file() and recipe_path.is_file():
        return recipe_path, colpkg, unpacked
    shutil.rmtree(work, ignore_errors=True)
    started = time.perf_counter()
    recipe_path = make_project(work / "project", notes)
    recipe = load_recipe(recipe_path)
    (work / "anki").mkdir(parents=True)
    col = Collection(str(work / "anki" / "collection.anki2"))
    import_deck(col, build_apkg(recipe, "ar", work / "exports"))
    card_ids = col.db.list("select id from cards order by nid, ord")
    per_card = max(1, reviews // len(card_ids))
    ratings = [GOOD, GOOD, AGAIN, HARD, GOOD, EASY, GOOD, AGAIN, GOOD, GOOD]
    now = time.time()
    answered = 0
    for index, cid in enumerate(card_ids):
        for step in range(per_card):
            if answered >= reviews:
                break
            rating = ratings[(index + step) % len(ratings)]
            answer(col, cid, rating, now - (120 - step * 12 - index % 7) * DAY)
            answered += 1
    col.export_collection_package(str(colpkg), include_media=False, legacy=False)
    (work / "unpacked").mkdir()
    shutil.copyfile(work / "anki" / "collection.anki2", unpacked)
    print(f"built once: {len(card_ids)} cards, {answered} reviews in {time.perf_counter() - started:.1f} s "
          f"({colpkg.stat().st_size / 1e6:.1f} MB .colpkg)")
    return recipe_path, colpkg, unpacked


def best(repeat: int, run) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--reviews", type=int, default=20000)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "vaktaal-progress-bench")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    recipe_path, colpkg, unpacked = build_collection(args.work, args.notes, args.reviews)
    recipe = load_recipe(recipe_path)
    learners = args.work / "learners"

    def vaktaal() -> None:
        saved = import_anki_progress(learners, "bench", recipe, file=colpkg)
        assert saved.imported.found == args.notes

    mapping = guid_map(recipe_entries(recipe), "ar")

    def vaktaal_read() -> None:
        with open_collection(colpkg) as db:
            assert len(read_notes(db, mapping)) == args.notes

    def anki_colpkg() -> None:
        folder = Path(tempfile.mkdtemp(dir=args.work))
        try:
            RustBackend().import_collection_package(
                col_path=str(folder / "collection.anki2"), backup_path=str(colpkg),
                media_folder=str(folder / "collection.media"), media_db=str(folder / "collection.media.db2"))
            col = Collection(str(folder / "collection.anki2"))
            assert col.note_count() >= args.notes
            col.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def anki_read() -> None:
        folder = Path(tempfile.mkdtemp(dir=args.work))
        try:
            RustBackend().import_collection_package(
                col_path=str(folder / "collection.anki2"), backup_path=str(colpkg),
                media_folder=str(folder / "collection.media"), media_db=str(folder / "collection.media.db2"))
            col = Collection(str(folder / "collection.anki2"))
            nids = [nid for nid, guid in col.db.all("select id, guid from notes") if guid in mapping]
            marks = ",".join(map(str, nids))
            cards = col.db.all(f"select id, nid, ord, lapses, reps, data from cards where nid in ({marks})")
            ids = ",".join(str(c[0]) for c in cards)
            revlog = col.db.all(f"select id, cid, ease, type from revlog where cid in ({ids})")
            assert len(nids) == args.notes and len(revlog) >= args.reviews
            col.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    def anki_open() -> None:
        folder = Path(tempfile.mkdtemp(dir=args.work))
        try:
            shutil.copyfile(unpacked, folder / "collection.anki2")  # Anki writes into what it opens
            col = Collection(str(folder / "collection.anki2"))
            assert col.note_count() >= args.notes
            col.close()
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    ours, theirs, opened = best(args.repeat, vaktaal), best(args.repeat, anki_colpkg), best(args.repeat, anki_open)
    read, anki_reading = best(args.repeat, vaktaal_read), best(args.repeat, anki_read)
    reviews = args.reviews
    print(f"{args.notes} notes, {reviews} reviews, best of {args.repeat}:")
    print(f"  vaktaal progress import : {ours:6.3f} s  ({reviews / ours:,.0f} reviews/s)")
    print(f"  anki: open the .colpkg  : {theirs:6.3f} s")
    print(f"  anki: open the unpacked : {opened:6.3f} s")
    print(f"  vaktaal: reading alone  : {read:6.3f} s  (the rest: recipe, FSRS replay, YAML)")
    print(f"  ratio vaktaal / anki .colpkg   = {ours / theirs:.2f}")
    print(f"  anki: open and read     : {anki_reading:6.3f} s  (the same rows through the anki library)")
    print(f"  ratio reading / anki .colpkg   = {read / theirs:.2f}")
    print(f"  ratio reading / anki reading   = {read / anki_reading:.2f}")
    print(f"  ratio vaktaal / anki unpacked  = {ours / opened:.2f}")


if __name__ == "__main__":
    main()
