"""Audio benchmark (run by hand: `python bench/audio_bench.py`).

1. Online voice: N unique texts against the loopback stand-in for Google's TTS endpoint with
   100 ms latency per request, vaktaal's ensure_audio versus a plain sequential gTTS loop, in the
   same run. Targets: at least 6x faster, no text requested twice, a second run sends nothing.
2. Offline voice: espeak-ng words per second on one core (target: at least 200).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fake_google_tts import FakeGoogle, FakeGoogleServer
from gtts import gTTS

from vaktaal.audio import AudioOptions, ensure_audio
from vaktaal.audio.gtts_engine import _EndpointGTTS

# Compound nouns as on the work floor: 32 x 32 = 1,024 unique single words ("de staalhandschoen").
_HEADS = ["las", "werk", "staal", "veiligheids", "gehoor", "nood", "brand", "hand", "voet", "oog",
          "hout", "beton", "steiger", "keuken", "afval", "olie", "gas", "water", "lucht", "stof",
          "machine", "magazijn", "pallet", "dak", "muur", "vloer", "glas", "verf", "zaag", "boor",
          "schoonmaak", "zorg"]
_TAILS = ["kap", "helm", "bril", "schoen", "handschoen", "deur", "trap", "kast", "kar", "tang",
          "plaat", "buis", "kraan", "mes", "emmer", "doek", "lamp", "kabel", "klem", "band",
          "bak", "zak", "rek", "bord", "knop", "slang", "pomp", "filter", "masker", "jas",
          "schort", "lijst"]


def texts(n: int, article: str) -> list[str]:
    """``n`` unique words; ``article`` ("de"/"het") keeps the runs' texts apart."""
    words = [f"{article} {head}{tail}" for head in _HEADS for tail in _TAILS]
    if n > len(words):
        raise SystemExit(f"at most {len(words)} unique texts")
    return words[:n]


def online(n: int) -> bool:
    with FakeGoogleServer(FakeGoogle(latency=0.1)) as google, tempfile.TemporaryDirectory() as cache:
        plain_texts = texts(n, "het")
        started = time.perf_counter()
        for text in plain_texts:  # the baseline: what a script around gTTS does
            tts: gTTS = _EndpointGTTS(text, google.url, lang="nl", lang_check=False)
            with open(os.path.join(cache, "plain.mp3"), "wb") as out:
                tts.write_to_fp(out)
        plain = time.perf_counter() - started

        ours = texts(n, "de")
        options = AudioOptions(engine="gtts", cache_dir=Path(cache), gtts_url=google.url)
        before = len(google.fake.requests)
        started = time.perf_counter()
        first = ensure_audio(ours, options)
        vaktaal = time.perf_counter() - started
        counts = google.fake.texts()
        duplicates = sum(counts[t] - 1 for t in ours if counts[t] > 1)
        first_requests = len(google.fake.requests) - before

        before = len(google.fake.requests)
        started = time.perf_counter()
        second = ensure_audio(ours, options)
        rerun = time.perf_counter() - started
        second_requests = len(google.fake.requests) - before

    ratio = plain / vaktaal
    print(f"online, {n} unique texts, 100 ms latency per request")
    print(f"  plain sequential gTTS loop: {plain:7.2f} s")
    print(f"  vaktaal ensure_audio:       {vaktaal:7.2f} s  ({first_requests} requests, {len(first.failed)} failed, "
          f"{duplicates} duplicate requests)")
    print(f"  speedup: {ratio:.1f}x (target >= 6x)")
    print(f"  second run: {rerun:.2f} s, {second_requests} requests, {second.from_cache} from cache")
    return ratio >= 6 and duplicates == 0 and second_requests == 0 and not first.failed


def offline(n: int) -> bool:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    with tempfile.TemporaryDirectory() as cache:
        options = AudioOptions(engine="espeak", cache_dir=Path(cache))
        ensure_audio(["de opwarmer"], options)  # load the library and the Dutch voice once
        words = texts(n, "de")
        started = time.perf_counter()
        report = ensure_audio(words, options)
        elapsed = time.perf_counter() - started
    rate = n / elapsed
    print(f"offline espeak-ng, {n} words on one core (synthesis, MP3 encoding, check, cache write):")
    print(f"  {elapsed:.2f} s, {rate:.0f} words per second (target >= 200), {len(report.failed)} failed")
    return rate >= 200 and not report.failed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=1000, help="unique texts per run (default 1000)")
    args = parser.parse_args()
    ok = online(args.texts)
    ok = offline(args.texts) and ok
    print("all targets met" if ok else "SOME TARGETS MISSED")
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
