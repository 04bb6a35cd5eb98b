"""What a caller asks of the audio step, and what it gets back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from vaktaal.errors import InputError
from vaktaal.i18n import _

ENGINES = ("auto", "gtts", "espeak")


@dataclass(frozen=True)
class AudioOptions:
    engine: str = "auto"             # auto | gtts | espeak
    slow: bool = False               # the slower voice for beginners
    cache_dir: Path | None = None    # default: $VAKTAAL_AUDIO_CACHE or the user's cache folder
    max_requests: int | None = None  # per-run limit on HTTP requests to the online voice
    concurrency: int = 8             # requests to the online voice at the same time
    gtts_url: str | None = None      # endpoint override; $VAKTAAL_GTTS_URL too
    timeout: float = 10.0            # seconds to wait for one answer from the online voice
    attempts: int = 4                # tries per text for failures that may pass (429, 5xx, timeouts)
    backoff: float = 0.5             # first retry waits up to this many seconds, doubling each time
    max_wait: float = 120.0          # give up on a text rather than wait longer than this at once
    give_up_after: int = 5           # stop using the online voice after this many connection failures in a row
    language: str = "nl"             # the language of the texts: Dutch, or a learner's language (translations)

    def __post_init__(self) -> None:
        if self.engine not in ENGINES:
            raise InputError(_("not a voice: use one of {voices}").format(voices=", ".join(ENGINES)),
                             field="tts", value=self.engine)

    @property
    def speed(self) -> str:
        return "slow" if self.slow else "normal"


@dataclass
class AudioReport:
    #: Original text -> its MP3 in the cache, for every text that has audio.
    files: dict[str, Path] = field(default_factory=dict)
    generated: int = 0
    from_cache: int = 0
    #: Original text -> why it has no audio.
    failed: dict[str, str] = field(default_factory=dict)
    #: The engine that made (most of) this run's audio: gtts, espeak, or gtts+espeak when mixed.
    engine: str = ""
    #: Things the user should know even when nothing failed (fell back to the offline voice, ...).
    notices: list[str] = field(default_factory=list)
    #: HTTP requests sent to the online voice (retries included).
    requests: int = 0

    @property
    def complete(self) -> bool:
        return not self.failed
