"""Weekly coach pack benchmark (run by hand: `python bench/week_bench.py`).

One week's pack with 20 words (10 new, 10 coming back) in Arabic: worksheet and coach guide as
HTML and PDF, the audio page, recordings from a warm cache (espeak). Target: under 3 s.

Measured in one run:
* cold: `vaktaal week` as a coach runs it (a new process: imports, plan, audio, pages, PDFs);
* warm: the same call again inside one process (``make_week``), best of N;
* baseline: WeasyPrint alone turning the two finished HTML pages into PDFs, best of N, so the
  ratio says how much vaktaal adds around the unavoidable PDF rendering.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from vaktaal.audio import AudioOptions
from vaktaal.coaching import make_week, save_plan
from vaktaal.recipes import load_recipe

_NOUNS = [("laskap", "خوذة اللحام", "🥽"), ("hamer", "مطرقة", "🔨"), ("zaag", "منشار", "🪚"),
          ("brandblusser", "طفاية الحريق", "🧯"), ("helm", "خوذة", "⛑️"), ("handschoen", "قفاز", "🧤"),
          ("schoen", "حذاء", "🥾"), ("bril", "نظارة", "🥽"), ("ladder", "سلم", "🪜"), ("emmer", "دلو", "🪣"),
          ("kabel", "كابل", "🔌"), ("lamp", "مصباح", "💡"), ("sleutel", "مفتاح", "🔧"), ("boor", "مثقاب", "🔩"),
          ("doos", "صندوق", "📦"), ("mes", "سكين", "🔪"), ("klok", "ساعة", "🕒"), ("telefoon", "هاتف", "📱"),
          ("stoel", "كرسي", "🪑"), ("deur", "باب", "🚪")]


def write_project(root: Path) -> Path:
    terms = [{"id": nl, "nl": nl, "article": "de", "plural": nl + "en", "pos": "noun",
              "theme": "veiligheid" if i < 6 else "gereedschap", "level": "A1" if i % 2 else "A2",
              "safety": i < 6, "example": f"Pak de {nl} even.", "emoji": emoji,
              "translations": {"ar": ar, "en": nl}, "reviewed": ["en"]}
             for i, (nl, ar, emoji) in enumerate(_NOUNS)]
    sector = {"sector": "bench", "name": "Bench", "description": "Twintig woorden.",
              "themes": [{"id": "veiligheid", "name": "Veiligheid"}, {"id": "gereedschap", "name": "Gereedschap"}],
              "terms": terms}
    (root / "sectors").mkdir()
    (root / "decks").mkdir()
    (root / "sectors" / "bench.yaml").write_text(yaml.safe_dump(sector, allow_unicode=True, sort_keys=False),
                                                 encoding="utf-8")
    recipe = root / "decks" / "bench.yaml"
    recipe.write_text("name: Bench\nsectors: [bench]\nlanguages: [ar]\nprofile: lezer\n", encoding="utf-8")
    return recipe


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        recipe_path = write_project(root)
        recipe = load_recipe(recipe_path)
        learners, out, cache = root / "learners", root / "exports", root / "cache"
        save_plan(recipe, learners_dir=learners, weeks=2, per_week=10)
        audio = AudioOptions(engine="espeak", cache_dir=cache)
        warmup = make_week(recipe, week=2, lang="ar", learners_dir=learners, out_dir=out, audio=audio)
        words = len(warmup.pack.words)
        assert words == 20 and not warmup.files.missing_audio, (words, warmup.files.missing_audio)

        env = dict(os.environ, VAKTAAL_AUDIO_CACHE=str(cache))
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "vaktaal", "week", str(recipe_path), "--week", "2", "--lang", "ar",
                        "--tts", "espeak", "--learners", str(learners), "--out", str(out)],
                       check=True, env=env, stdout=subprocess.DEVNULL)
        cold = time.perf_counter() - start

        warm = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            make_week(recipe, week=2, lang="ar", learners_dir=learners, out_dir=out, audio=audio)
            warm.append(time.perf_counter() - start)

        import weasyprint

        folder = warmup.files.folder
        pages = [(folder / name).read_text(encoding="utf-8") for name in ("werkblad.html", "handleiding.html")]
        baseline = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            for html in pages:
                weasyprint.HTML(string=html, base_url=str(folder)).write_pdf()
            baseline.append(time.perf_counter() - start)

    best_warm, best_base = min(warm), min(baseline)
    print(f"week pack, {words} words, Arabic, HTML + 2 PDFs + audio page (warm audio cache)")
    print(f"  cold (`vaktaal week`, new process): {cold:6.2f} s   target < 3 s: {'OK' if cold < 3 else 'MISSED'}")
    print(f"  warm (make_week, best of {args.repeat}):     {best_warm:6.2f} s   target < 3 s: "
          f"{'OK' if best_warm < 3 else 'MISSED'}")
    print(f"  baseline (WeasyPrint alone, 2 PDFs): {best_base:6.2f} s")
    print(f"  ratio warm / baseline: {best_warm / best_base:.2f}x")


if __name__ == "__main__":
    main()
