"""Google's voice through the gTTS package, with each way it can fail turned into a reason.

gTTS builds the request and decodes the answer; only the endpoint URL can be moved (to a server
on 127.0.0.1 in tests and benchmarks) through :data:`URL_ENV` or ``AudioOptions.gtts_url``.
"""

from __future__ import annotations

import binascii
import time
from email.utils import parsedate_to_datetime

import requests
from gtts import gTTS, gTTSError

from vaktaal.audio.failures import SpeechFailed
from vaktaal.audio.google_endpoint import DEFAULT_URL, endpoint
from vaktaal.audio.voices import DUTCH_VOICES, GTTS
from vaktaal.i18n import _

NAME = GTTS
VOICE = DUTCH_VOICES[GTTS]




class _EndpointGTTS(gTTS):
    """gTTS whose requests go to ``url``; request building and answer decoding stay gTTS's own."""

    def __init__(self, text: str, url: str, **kwargs: object) -> None:
        super().__init__(text, **kwargs)
        self._url = url

    def _prepare_requests(self):  # noqa: ANN202 - gTTS's own hook
        prepared = super()._prepare_requests()
        for request in prepared:
            request.prepare_url(self._url, None)
        return prepared


def request_count(spoken: str) -> int:
    """How many HTTP requests gTTS needs for this text (it splits texts over 100 characters)."""
    return len(_EndpointGTTS(spoken, DEFAULT_URL, lang=VOICE, lang_check=False).get_bodies())


def retry_after_seconds(value: str | None) -> float | None:
    """An HTTP Retry-After value (seconds or an HTTP date) as seconds from now."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def synthesize(spoken: str, *, slow: bool = False, url: str | None = None,
               timeout: float = 10.0, voice: str = VOICE) -> bytes:
    """MP3 of ``spoken`` in Google's voice ``voice`` (default Dutch); raises :class:`SpeechFailed`
    with the reason."""
    tts = _EndpointGTTS(spoken, endpoint(url), lang=voice, slow=slow, lang_check=False,
                        timeout=(min(timeout, 5.0), timeout))
    try:
        data = b"".join(tts.stream())
    except gTTSError as exc:
        raise _failure(exc, timeout) from None
    except requests.exceptions.RequestException:
        # Raised while reading the body: the connection broke before the answer was complete.
        raise SpeechFailed(_("the answer from Google was cut off"), retryable=True) from None
    except binascii.Error:
        raise SpeechFailed(_("the answer from Google held damaged audio"), retryable=True) from None
    if not data:
        raise SpeechFailed(_("Google answered without audio"))
    return data


def _failure(exc: gTTSError, timeout: float) -> SpeechFailed:
    response = exc.rsp
    if response is None:
        cause = exc.__context__
        if isinstance(cause, (requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError)):
            return SpeechFailed(_("the answer from Google was cut off"), retryable=True)
        if isinstance(cause, requests.exceptions.Timeout) or "timed out" in str(cause):
            return SpeechFailed(_("Google did not answer within {seconds} s").format(seconds=f"{timeout:g}"),
                                retryable=True, connection=True)
        why = type(cause).__name__ if cause else _("no answer")
        return SpeechFailed(_("could not connect to Google ({reason})").format(reason=why),
                            retryable=True, connection=True)
    status = response.status_code
    if status == 429:
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        return SpeechFailed(_("Google limits the number of requests (HTTP 429)"), retryable=True, retry_after=wait)
    if status >= 500:
        return SpeechFailed(_("Google had a server error (HTTP {status})").format(status=status), retryable=True)
    if status == 200:
        return SpeechFailed(_("Google answered without audio"))
    return SpeechFailed(_("Google refused the request (HTTP {status} {reason})").format(status=status,
                                                                                   reason=response.reason))


