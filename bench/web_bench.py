"""Web app benchmark (run by hand: `python bench/web_bench.py`).

50 simulated reviewers on loopback, each logged in with their own session, make 20 decisions
each at the same time (every second one a correction): "goed" or "corrigeren" on the first item
of their queue, then the queue again. Five reviewers share each sector file, so their writes
meet at the same file lock.

Asserts and prints:
* 0 decisions lost: afterwards every accepted translation is marked reviewed and every
  correction is in the file, as the reviewer typed it;
* the 95th-percentile response time of the reviewers' requests, against a static-file
  baseline measured in the same run on the same server (50 clients fetching the app's CSS).

The server is `vaktaal serve` in its own process (waitress, 8 threads), over a temporary project.
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests
import yaml

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "bench-wachtwoord-2026"
LANGS = ["af", "am", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "eo", "es", "et", "eu",
         "fi", "fr", "ga", "gl", "gu", "ha", "he", "hi", "hr", "hu", "hy", "id", "ig", "is", "it", "ja", "jv",
         "ka", "kk", "km", "kn", "ko", "ku", "ky", "la", "lb", "lo", "lt", "lv", "mg", "mi", "mk", "ml"]


def make_project(root: Path, reviewers: int, decisions: int, per_file: int) -> dict[str, str]:
    """Sector files with ``decisions`` terms each, translated into the languages of the
    ``per_file`` reviewers who share that file. Returns language -> file slug."""
    (root / "sectors").mkdir(parents=True)
    owner: dict[str, str] = {}
    for index in range(0, reviewers, per_file):
        slug = f"bench{index // per_file:02d}"
        langs = LANGS[index:index + per_file]
        terms = [{"id": f"woord-{n:02d}", "nl": f"woord{n:02d}", "article": "de", "plural": None, "pos": "noun",
                  "theme": "werk", "level": "A1", "safety": n % 7 == 0,
                  "translations": {lang: f"{lang}-{n:02d}" for lang in langs}, "reviewed": []}
                 for n in range(decisions)]
        data = {"sector": slug, "name": slug, "description": "Bench.", "themes": [{"id": "werk", "name": "Werk"}],
                "terms": terms}
        (root / "sectors" / f"{slug}.yaml").write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
        owner.update({lang: slug for lang in langs})
    return owner


def make_accounts(root: Path, langs: list[str]) -> None:
    sys.path.insert(0, str(ROOT))
    from vaktaal.web.server import prepare

    prepare(root)
    from vaktaal.web.accounts import create_account

    for lang in langs:
        create_account(f"rev-{lang}", PASSWORD, role="reviewer", languages=[lang])


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(root: Path, port: int) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "VAKTAAL_AUDIO_CACHE": str(root / ".cache")}
    log = (root / "server.log").open("wb")  # a file, not a pipe: an unread pipe would stall the server
    server = subprocess.Popen([sys.executable, "-m", "vaktaal", "serve", str(root), "--port", str(port)], env=env,
                              stdout=log, stderr=log)
    for _ in range(200):
        try:
            requests.get(f"http://127.0.0.1:{port}/inloggen/", timeout=1)
            return server
        except requests.ConnectionError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the server did not start")


def _field(page: str, name: str) -> str:
    found = re.search(rf'name="{name}" value="([^"]*)"', page)
    return found.group(1) if found else ""


class Reviewer(threading.Thread):
    def __init__(self, base: str, lang: str, decisions: int, start: threading.Barrier) -> None:
        super().__init__()
        self.base, self.lang, self.decisions, self.start_line = base, lang, decisions, start
        self.session = requests.Session()
        self.times: list[float] = []
        self.accepted: list[str] = []
        self.corrected: dict[str, str] = {}
        self.conflicts = 0
        self.errors: list[str] = []

    def timed(self, method: str, path: str, **kwargs: object) -> requests.Response:
        began = time.perf_counter()
        response = self.session.request(method, self.base + path, timeout=120, allow_redirects=False, **kwargs)
        self.times.append(time.perf_counter() - began)
        return response

    def login(self) -> None:
        page = self.session.get(self.base + "/inloggen/", timeout=60).text
        response = self.session.post(self.base + "/inloggen/", timeout=60, allow_redirects=False, data={
            "csrfmiddlewaretoken": _field(page, "csrfmiddlewaretoken"), "username": f"rev-{self.lang}",
            "password": PASSWORD})
        if response.status_code != 302:
            raise RuntimeError(f"login of rev-{self.lang} failed: {response.status_code}")

    def run(self) -> None:
        try:
            self.login()
            self.start_line.wait()
            page = self.timed("GET", "/controle/").text
            for number in range(self.decisions):
                key = _field(page, "key")
                data = {"csrfmiddlewaretoken": _field(page, "csrfmiddlewaretoken"), "key": key, "lang": self.lang,
                        "seen_translation": _field(page, "seen_translation"),
                        "seen_reviewed": _field(page, "seen_reviewed")}
                if number % 2:
                    data.update(action="corrigeren", translation=f"correctie {self.lang} {key}")
                else:
                    data.update(action="goed")
                answer = self.timed("POST", "/controle/antwoord/", data=data)
                if answer.status_code == 302:
                    if number % 2:
                        self.corrected[key] = data["translation"]
                    else:
                        self.accepted.append(key)
                elif answer.status_code == 409:
                    self.conflicts += 1  # shown to the reviewer: not lost
                else:
                    self.errors.append(f"{key}: HTTP {answer.status_code}")
                page = self.timed("GET", "/controle/").text
        except Exception as exc:  # noqa: BLE001 - reported below, the bench goes on
            self.errors.append(repr(exc))


def static_baseline(base: str, clients: int, requests_each: int) -> list[float]:
    times: list[float] = []
    lock = threading.Lock()

    def fetch() -> None:
        session = requests.Session()
        mine = []
        for _ in range(requests_each):
            began = time.perf_counter()
            session.get(base + "/static/vaktaal/app.css", timeout=60).raise_for_status()
            mine.append(time.perf_counter() - began)
        with lock:
            times.extend(mine)

    threads = [threading.Thread(target=fetch) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[94]


def lost_decisions(root: Path, owner: dict[str, str], reviewers: list[Reviewer]) -> list[str]:
    files = {slug: {t["id"]: t for t in yaml.safe_load((root / "sectors" / f"{slug}.yaml").read_text())["terms"]}
             for slug in set(owner.values())}
    lost = []
    for reviewer in reviewers:
        terms = files[owner[reviewer.lang]]
        for key in reviewer.accepted:
            term = terms[key.rsplit("/", 1)[1]]
            if reviewer.lang not in term.get("reviewed", []):
                lost.append(f"{reviewer.lang} accepted {key}")
        for key, text in reviewer.corrected.items():
            term = terms[key.rsplit("/", 1)[1]]
            if term["translations"].get(reviewer.lang) != text or reviewer.lang not in term.get("reviewed", []):
                lost.append(f"{reviewer.lang} corrected {key}")
    return lost


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reviewers", type=int, default=50)
    parser.add_argument("--decisions", type=int, default=20)
    parser.add_argument("--per-file", type=int, default=5, help="reviewers sharing one sector file")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vaktaal-web-bench-") as folder:
        root = Path(folder)
        owner = make_project(root, args.reviewers, args.decisions, args.per_file)
        langs = LANGS[:args.reviewers]
        make_accounts(root, langs)
        port = free_port()
        server = start_server(root, port)
        base = f"http://127.0.0.1:{port}"
        try:
            static_baseline(base, 4, 10)  # warm up
            baseline = static_baseline(base, args.reviewers, 2 * args.decisions)
            barrier = threading.Barrier(args.reviewers)
            reviewers = [Reviewer(base, lang, args.decisions, barrier) for lang in langs]
            began = time.perf_counter()
            for reviewer in reviewers:
                reviewer.start()
            for reviewer in reviewers:
                reviewer.join()
            elapsed = time.perf_counter() - began
        finally:
            server.terminate()
            server.wait(timeout=30)
        times = [t for r in reviewers for t in r.times]
        decided = sum(len(r.accepted) + len(r.corrected) for r in reviewers)
        conflicts = sum(r.conflicts for r in reviewers)
        errors = [e for r in reviewers for e in r.errors]
        lost = lost_decisions(root, owner, reviewers)
        print(f"{args.reviewers} reviewers x {args.decisions} decisions at once, {args.per_file} per sector file")
        print(f"decisions saved: {decided} of {args.reviewers * args.decisions}; conflicts shown: {conflicts}; "
              f"errors: {len(errors)}; lost: {len(lost)}")
        print(f"wall time {elapsed:.1f} s; {len(times)} requests")
        print(f"p95 reviewer request: {p95(times) * 1000:.0f} ms; median {statistics.median(times) * 1000:.0f} ms")
        print(f"p95 static file (same server, {args.reviewers} clients): {p95(baseline) * 1000:.1f} ms")
        print(f"ratio p95 reviewer / p95 static: {p95(times) / p95(baseline):.1f}x")
        for line in (errors + lost)[:10]:
            print("  ", line)
        assert not lost, f"{len(lost)} decisions lost"
        assert not errors, f"{len(errors)} errors"
        assert decided + conflicts == args.reviewers * args.decisions
    return 0


if __name__ == "__main__":
    sys.exit(main())
