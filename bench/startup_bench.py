"""Start-up and rebuild benchmark (run by hand: `python bench/startup_bench.py`).

Everything is timed as a whole new process, as a maintainer or coach meets it, median of N runs,
all in the same run so the ratios hold on any machine:

* baseline: ``python -c "import click, rich.console"`` — the floor any click + rich CLI pays;
* help: ``vaktaal --help`` (target: at most 2x the baseline);
* rebuild: ``vaktaal build decks/metaal.yaml --lang ar`` with nothing changed and a warm audio
  cache, after one warm-up build (target: at most 0.6 s).

The rebuild works on a copy of the project (sectors/, decks/) in a temporary folder, with its
own audio cache filled by the offline voice, so it touches neither the checkout nor the network.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def timed(command: list[str], runs: int, env: dict[str, str], cwd: Path) -> float:
    """Median wall time of ``command`` as a new process."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, env=env, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    vaktaal = [sys.executable, "-m", "vaktaal"]
    with tempfile.TemporaryDirectory() as temp:
        project = Path(temp)
        for folder in ("sectors", "decks"):
            shutil.copytree(REPO / folder, project / folder)
        env = {**os.environ, "VAKTAAL_AUDIO_CACHE": str(project / "cache"), "LANGUAGE": "en"}
        build = [*vaktaal, "build", "decks/metaal.yaml", "--lang", "ar", "--tts", "espeak"]
        subprocess.run(build, env=env, cwd=project, check=True, capture_output=True)  # warm cache and package
        baseline = timed([sys.executable, "-c", "import click, rich.console"], args.runs, env, project)
        help_time = timed([*vaktaal, "--help"], args.runs, env, project)
        rebuild = timed([*vaktaal, "build", "decks/metaal.yaml", "--lang", "ar"], args.runs, env, project)
    print(f"baseline (python -c 'import click, rich.console'): {baseline:.3f} s")
    print(f"vaktaal --help:                                  {help_time:.3f} s  = {help_time / baseline:.2f}x "
          f"baseline (target <= 2.00x)")
    print(f"rebuild, nothing changed (metaal, ar):           {rebuild:.3f} s  = {rebuild / baseline:.2f}x "
          f"baseline (target <= 0.600 s: {'met' if rebuild <= 0.6 else 'NOT met'})")


if __name__ == "__main__":
    main()
