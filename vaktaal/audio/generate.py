"""Make sure texts have audio: take what the cache has, record the rest, report what is missing."""

from __future__ import annotations

import concurrent.futures
import contextvars
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from vaktaal.audio.cache import AudioCache, default_cache_dir, entry_key
from vaktaal.audio.failures import SpeechFailed
from vaktaal.audio.google_endpoint import reachable
from vaktaal.audio.options import AudioOptions, AudioReport
from vaktaal.audio.retrying import RequestGate, with_retries
from vaktaal.audio.texts import spoken_text
from vaktaal.audio.voices import DUTCH, ESPEAK, GTTS, voice
from vaktaal.audio.voices import engine as voice_engine
from vaktaal.i18n import _, n_

Progress = Callable[[int, int], None]

log = logging.getLogger(__name__)


def _engines_to_look_in(engine: str, language: str = DUTCH) -> tuple[str, ...]:
    # "auto" prefers Google's voice; an offline recording serves until a run online replaces it.
    candidates = (GTTS, ESPEAK) if engine == "auto" else (engine,)
    return tuple(name for name in candidates if voice(language, name))


def _spoken(text: str, options: AudioOptions) -> str:
    # Spelling out capital abbreviations ("L M R A") is a rule of Dutch speech only.
    return spoken_text(text) if options.language == DUTCH else " ".join(text.split())


def _cache(options: AudioOptions) -> AudioCache:
    return AudioCache(Path(options.cache_dir) if options.cache_dir else default_cache_dir())


def _key(engine: str, spoken: str, options: AudioOptions) -> str:
    return entry_key(engine, voice(options.language, engine) or "", options.speed, spoken)


def _cached(cache: AudioCache, spoken: str, options: AudioOptions) -> tuple[str, Path] | None:
    for engine in _engines_to_look_in(options.engine, options.language):
        path = cache.lookup(engine, _key(engine, spoken, options))
        if path is not None:
            return engine, path
    return None


def find_audio(text: str, options: AudioOptions) -> Path | None:
    """The cached MP3 for ``text`` (as :func:`ensure_audio` would use it), without recording."""
    spoken = _spoken(text, options)
    found = _cached(_cache(options), spoken, options) if spoken else None
    return found[1] if found else None


class _Run:
    """One call of :func:`ensure_audio`: the texts, the cache and the counters."""

    def __init__(self, texts: Iterable[str], options: AudioOptions, progress: Progress | None) -> None:
        self.options = options
        self.cache = _cache(options)
        self.originals: dict[str, list[str]] = {}
        for text in texts:
            spoken = _spoken(text, options) if isinstance(text, str) else ""
            if spoken and text not in self.originals.setdefault(spoken, []):
                self.originals[spoken].append(text)
        self.progress = progress
        self.done = 0
        self.found: dict[str, tuple[str, Path]] = {}
        self.failed: dict[str, str] = {}
        self.gate = RequestGate(max_requests=options.max_requests, give_up_after=options.give_up_after)
        self.generated = 0

    def tick(self) -> None:
        self.done += 1
        if self.progress:
            self.progress(self.done, len(self.originals))

    def record_one(self, engine: str, spoken: str) -> Path:
        key = _key(engine, spoken, self.options)
        with self.cache.locked(key):
            # Another process may have recorded it while this one waited for the lock. A bad entry
            # (a link, a cut-off or planted file) is deleted here and recorded again.
            existing = self.cache.lookup(engine, key, drop=True)
            if existing is not None:
                return existing
            name = voice(self.options.language, engine)
            if engine == GTTS:
                return with_retries(lambda: self._store(engine, key, lambda: voice_engine(GTTS).synthesize(
                    spoken, slow=self.options.slow, url=self.options.gtts_url, timeout=self.options.timeout,
                    voice=name)),
                    self.gate, cost=voice_engine(GTTS).request_count(spoken), attempts=self.options.attempts,
                    base=self.options.backoff, max_wait=self.options.max_wait)
            return self._store(engine, key, lambda: voice_engine(ESPEAK).synthesize(spoken, slow=self.options.slow,
                                                                                    voice=name))

    def _store(self, engine: str, key: str, synthesize: Callable[[], bytes]) -> Path:
        data = synthesize()
        try:
            return self.cache.store(engine, key, data)
        except ValueError as exc:
            raise SpeechFailed(_("the {voice} audio was damaged: {reason}").format(voice=engine, reason=exc),
                               retryable=True) from None

    def record(self, engine: str, texts: list[str], *, last_chance: bool) -> dict[str, str]:
        """Record ``texts`` with ``engine``; returns text -> reason for the ones that failed.
        Failures are counted as done only when no other engine will try them."""
        self.cache.prepare(engine)
        failures: dict[str, str] = {}

        def finished(spoken: str, path: Path | None, reason: str | None) -> None:
            if path is not None:
                self.found[spoken] = (engine, path)
                self.generated += 1
                self.tick()
            else:
                failures[spoken] = reason or _("unknown error")
                if last_chance:
                    self.tick()

        if engine == ESPEAK or self.options.concurrency <= 1:
            # libespeak-ng works one text at a time anyway: no threads needed.
            for spoken in texts:
                try:
                    finished(spoken, self.record_one(engine, spoken), None)
                except SpeechFailed as exc:
                    finished(spoken, None, exc.reason)
            return failures
        pool = concurrent.futures.ThreadPoolExecutor(max_workers=self.options.concurrency)
        try:
            # Each worker runs in a copy of the caller's context, so its messages are in the
            # caller's language (vaktaal.i18n.use_language) too.
            futures = {pool.submit(contextvars.copy_context().run, self.record_one, engine, spoken): spoken
                       for spoken in texts}
            for future in concurrent.futures.as_completed(futures):
                try:
                    finished(futures[future], future.result(), None)
                except SpeechFailed as exc:
                    finished(futures[future], None, exc.reason)
        finally:
            # On Ctrl-C: do not start what is still queued; running requests finish or time out.
            pool.shutdown(wait=True, cancel_futures=True)
        return failures


def ensure_audio(texts: Iterable[str], options: AudioOptions,
                 progress: Progress | None = None) -> AudioReport:
    """Make sure every text has an MP3 in the cache and say which do not.

    Texts are read as :func:`~vaktaal.audio.texts.spoken_text` makes them; equal spoken texts
    share one recording. A single text failing never raises: it is listed in ``failed`` with its
    reason. ``progress(done, total)`` is called after each text.
    Raises :class:`~vaktaal.errors.AudioError` only when no audio can be made at all (the cache
    folder cannot be written).
    """
    run = _Run(texts, options, progress)
    notices: list[str] = []
    missing = []
    for spoken in run.originals:
        hit = _cached(run.cache, spoken, options)
        if hit:
            run.found[spoken] = hit
            run.tick()
        else:
            missing.append(spoken)
    from_cache = len(run.found)

    engines = _engines_to_look_in(options.engine, options.language)
    if missing and not engines:
        run.failed = dict.fromkeys(missing, _("no voice speaks this language"))
    elif missing and engines == (GTTS,) and options.engine == "auto" \
            and not reachable(options.gtts_url):
        run.failed = dict.fromkeys(missing, _("Google's voice cannot be reached, and no offline voice speaks this "
                                              "language"))
    elif missing:
        engine = engines[0]
        if options.engine == "auto" and engine == GTTS and ESPEAK in engines \
                and not reachable(options.gtts_url):
            engine = ESPEAK
            notices.append(n_(
                "Google's voice (gTTS) cannot be reached: {count} text is recorded with the offline voice "
                "(espeak-ng). Run again with internet for the natural voice.",
                "Google's voice (gTTS) cannot be reached: {count} texts are recorded with the offline voice "
                "(espeak-ng). Run again with internet for the natural voice.", len(missing)).format(
                count=len(missing)))
        fallback = options.engine == "auto" and engine == GTTS and ESPEAK in engines
        failures = run.record(engine, missing, last_chance=not fallback)
        if failures and fallback:
            first, reason = next(iter(failures.items()))
            notices.append(n_(
                "gTTS failed for {count} text ({example!r}: {reason}); it is recorded with the offline voice "
                "(espeak-ng) instead.",
                "gTTS failed for {count} texts (e.g. {example!r}: {reason}); they are recorded with the offline "
                "voice (espeak-ng) instead.", len(failures)).format(count=len(failures), example=first,
                                                                     reason=reason))
            failures = run.record(ESPEAK, list(failures), last_chance=True)
        run.failed = failures

    report = AudioReport(generated=run.generated, from_cache=from_cache, notices=notices,
                         requests=run.gate.sent)
    for spoken, originals in run.originals.items():
        for text in originals:
            if spoken in run.found:
                report.files[text] = run.found[spoken][1]
            else:
                report.failed[text] = run.failed.get(spoken, _("not recorded"))
    log.info(_("audio (%s): %d from the cache, %d recorded, %d without a recording"), options.language, from_cache,
             run.generated, len(report.failed))
    used = {engine for engine, _path in run.found.values()}
    report.engine = "+".join(e for e in (GTTS, ESPEAK) if e in used) or options.engine
    return report
