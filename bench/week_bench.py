"""Week pack benchmark (run by hand: `python bench/week_bench.py`; needs the `bench` extra).

Measured in one run, each a whole new process, in turn (A B G A B G ...), median of --runs:

* A: one learner's pack, `vaktaal week decks/metaal.yaml --week 1 --lang ti --learner amal`
  (worksheet and coach guide PDFs, the phone page, pictures, recordings from a warm cache);
* G: a group of five in three languages (ti, ar, uk; two of them alfa), `vaktaal week ... --group`:
  five packs and one group guide;
* B: the yardstick, WeasyPrint alone turning the same worksheet (week 1 of metaal in Tigrinya, the
  HTML twin of the worksheet from bench/week_yardstick/) into a PDF.

Targets (issue 17): A at most 1.0 s, G at most 2.0 s. The machine may be shared: wall times then
wait for the CPU, so CPU time (user + sys) is printed too, and the ratios to B measured in the same
run say more than the seconds.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import jinja2  # noqa: E402

from vaktaal.audio import AudioOptions  # noqa: E402
from vaktaal.coaching.exercises import build_exercises  # noqa: E402
from vaktaal.coaching.groups import add_member  # noqa: E402
from vaktaal.coaching.make_week import make_week  # noqa: E402
from vaktaal.coaching.pack_folder import PackFiles, _copy_media  # noqa: E402
from vaktaal.content.languages import language_name, text_direction  # noqa: E402
from vaktaal.recipes import load_recipe  # noqa: E402

RECIPE = REPO / "decks" / "metaal.yaml"
GROUP = (("Amal", "ti", "alfa"), ("Yonas", "ti", None), ("Rania", "ar", None), ("Omar", "ar", "alfa"),
         ("Olena", "uk", None))
YARDSTICK = REPO / "bench" / "week_yardstick"
WEASY = "import sys, weasyprint; weasyprint.HTML(filename=sys.argv[1]).write_pdf(sys.argv[2])"


def yardstick_html(root: Path, learners: Path, cache: Path) -> Path:
    """The worksheet of week 1 in Tigrinya as HTML (the template vaktaal used before its PDFs moved to
    Typst), with its pictures beside it."""
    recipe = load_recipe(RECIPE)
    pack = make_week(recipe, week=1, lang="ti", learner="amal", learners_dir=learners, out_dir=root / "warmup",
                     audio=AudioOptions(engine="espeak", cache_dir=cache)).pack
    folder = root / "yardstick"
    folder.mkdir()
    media = _copy_media(pack, folder, None, None, PackFiles(folder))
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(YARDSTICK), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    html = env.get_template("worksheet.html.j2").render(
        pack=pack, media=media, css=(YARDSTICK / "pack.css").read_text(encoding="utf-8"), ex=build_exercises(pack),
        direction=text_direction(pack.lang), language=language_name(pack.lang), learner_label="Cursist: amal",
        alfa=False)
    page = folder / "werkblad.html"
    page.write_text(html, encoding="utf-8")
    return page


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + sys) seconds of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, env=env, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    try:
        import weasyprint  # noqa: F401
    except ImportError:
        sys.exit("the yardstick needs WeasyPrint: pip install -e '.[bench]'")
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        learners, out, cache = root / "learners", root / "exports", root / "cache"
        env = dict(os.environ, VAKTAAL_AUDIO_CACHE=str(cache), PYTHONPATH=str(REPO))
        page = yardstick_html(root, learners, cache)
        for name, lang, profile in GROUP:
            add_member(learners, "lasgroep", name, lang=lang, profile=profile)
        common = ["--week", "1", "--tts", "espeak", "--learners", str(learners), "--out", str(out)]
        commands = {
            "A": [sys.executable, "-m", "vaktaal", "week", str(RECIPE), "--lang", "ti", "--learner", "amal", *common],
            "G": [sys.executable, "-m", "vaktaal", "week", str(RECIPE), "--group", "lasgroep", *common],
            "B": [sys.executable, "-c", WEASY, str(page), str(root / "yardstick.pdf")],
        }
        for command in commands.values():  # warm-up: audio recorded, plans made, files in the page cache
            timed(command, env)
        times: dict[str, list[tuple[float, float]]] = {key: [] for key in commands}
        for _ in range(args.runs):
            for key, command in commands.items():
                times[key].append(timed(command, env))
        shutil.rmtree(out, ignore_errors=True)

    def median(key: str, which: int) -> float:
        return statistics.median(t[which] for t in times[key])

    print(f"week 1 of {RECIPE.relative_to(REPO)}, warm audio cache (espeak), median of {args.runs} whole processes")
    print(f"{'':44} {'wall s':>8} {'cpu s':>8} {'wall/B':>7} {'cpu/B':>7}  target")
    labels = {"A": "A one learner (ti): 2 PDFs + phone page", "G": "G group of 5 (ti, ar, uk): 5 packs + guide",
              "B": "B WeasyPrint alone: the same worksheet"}
    targets = {"A": 1.0, "G": 2.0}
    for key, label in labels.items():
        wall, cpu = median(key, 0), median(key, 1)
        ratio = f"{wall / median('B', 0):7.2f} {cpu / median('B', 1):7.2f}"
        target = targets.get(key)
        verdict = "" if target is None else f"≤ {target:.1f} s: {'OK' if wall <= target else 'MISSED'} (wall)"
        print(f"{label:44} {wall:8.3f} {cpu:8.3f} {ratio}  {verdict}")
    print("runs (wall s):", "; ".join(f"{k} " + " ".join(f"{t[0]:.2f}" for t in v) for k, v in times.items()))


if __name__ == "__main__":
    main()
