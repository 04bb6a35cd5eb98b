"""Why one recording failed, and whether trying again may help."""

from __future__ import annotations


class SpeechFailed(Exception):
    """One text could not be recorded. ``retryable`` says whether a later attempt may work;
    ``retry_after`` is the wait the server asked for (HTTP Retry-After), in seconds."""

    def __init__(self, reason: str, *, retryable: bool = False, retry_after: float | None = None,
                 connection: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retryable = retryable
        self.retry_after = retry_after
        #: The server could not be reached at all (counts towards giving up on the engine).
        self.connection = connection
