"""Calling the online voice politely: retries with backoff and jitter, Retry-After honoured for
every worker at once, a request budget per run, and giving up when the server is gone."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import TypeVar

from vaktaal.audio.failures import SpeechFailed
from vaktaal.i18n import _, n_

T = TypeVar("T")


class RequestGate:
    """Shared by the worker threads of one run."""

    def __init__(self, *, max_requests: int | None, give_up_after: int,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self._lock = threading.Lock()
        self._max = max_requests
        self._give_up_after = give_up_after
        self._not_before = 0.0
        self._connection_failures = 0
        self._sleep = sleep
        self.sent = 0
        self.gave_up: str | None = None

    def pause_all(self, seconds: float) -> None:
        """A 429 tells the client to slow down, not only the request that got it."""
        with self._lock:
            self._not_before = max(self._not_before, time.monotonic() + seconds)

    def admit(self, cost: int) -> None:
        """Wait until requests may go out, then spend ``cost`` requests of the budget."""
        while True:
            with self._lock:
                wait = self._not_before - time.monotonic()
            if wait <= 0:
                break
            self._sleep(wait)
        with self._lock:
            if self.gave_up:
                raise SpeechFailed(_("not tried: {reason}").format(reason=self.gave_up))
            if self._max is not None and self.sent + cost > self._max:
                raise SpeechFailed(n_("not tried: the limit of {count} request for this run was reached",
                                      "not tried: the limit of {count} requests for this run was reached",
                                      self._max).format(count=self._max))
            self.sent += cost

    def outcome(self, failure: SpeechFailed | None) -> None:
        with self._lock:
            if failure is None or not failure.connection:
                self._connection_failures = 0
                return
            self._connection_failures += 1
            if self._connection_failures >= self._give_up_after and not self.gave_up:
                self.gave_up = n_("the online voice failed {count} time in a row (last: {reason})",
                                  "the online voice failed {count} times in a row (last: {reason})",
                                  self._connection_failures).format(count=self._connection_failures,
                                                                    reason=failure.reason)


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    """Exponential backoff with full jitter: uniform in [0, base * 2**attempt], at most ``cap``."""
    return random.uniform(0, min(cap, base * 2 ** attempt))


def with_retries(call: Callable[[], T], gate: RequestGate, *, cost: int, attempts: int, base: float,
                 max_wait: float) -> T:
    """Run ``call`` until it succeeds, fails for good, or ``attempts`` are used up."""
    for attempt in range(attempts):
        gate.admit(cost)
        try:
            result = call()
        except SpeechFailed as failure:
            gate.outcome(failure)
            if not failure.retryable or attempt == attempts - 1:
                if failure.retryable:
                    raise SpeechFailed(n_("{reason}; gave up after {count} attempt",
                                          "{reason}; gave up after {count} attempts",
                                          attempts).format(reason=failure.reason, count=attempts)) from None
                raise
            if failure.retry_after is not None:
                if failure.retry_after > max_wait:
                    raise SpeechFailed(_("{reason}; the server asks to wait {wait} s, longer than {limit} s").format(
                        reason=failure.reason, wait=f"{failure.retry_after:.0f}", limit=f"{max_wait:.0f}")) from None
                # Every worker waits what the server asked, plus jitter so they do not return at once.
                gate.pause_all(failure.retry_after + random.uniform(0, base))
            else:
                time.sleep(backoff_delay(attempt, base, max_wait))
            continue
        gate.outcome(None)
        return result
    raise AssertionError("unreachable: the loop returns or raises")
