"""A loopback stand-in for Google Translate's TTS endpoint (``batchexecute``, RPC ``jQ1olc``).

It reads the request the way Google does (form field ``f.req``: the RPC id with the JSON
parameters ``[text, lang, speed, "null"]``) and answers in Google's framing: the ``)]}'`` guard,
then length-prefixed JSON chunks whose ``wrb.fr`` entry carries the MP3 as base64. The MP3 is
real (a tone encoded with lameenc, longer for longer texts), so clients can check it.

Behaviours can be planned per text or for every request: ``ok``, ``429`` (with Retry-After),
``500``, ``hang`` (answers after ``hang_seconds``), ``truncated`` (announces a longer body than it
sends, then closes), ``noaudio``. Used by the tests and by ``bench/audio_bench.py``.
"""

from __future__ import annotations

import base64
import json
import math
import struct
import threading
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

import lameenc

PATH = "/_/TranslateWebserverUi/data/batchexecute"


@lru_cache(maxsize=64)
def tone_mp3(tenths: int) -> bytes:
    """A real MP3: a 440 Hz tone of ``tenths`` tenths of a second, 24 kHz mono like Google's."""
    rate = 24000
    samples = rate * tenths // 10
    pcm = b"".join(struct.pack("<h", int(8000 * math.sin(2 * math.pi * 440 * i / rate))) for i in range(samples))
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(32)
    encoder.set_in_sample_rate(rate)
    encoder.set_channels(1)
    encoder.set_quality(7)
    return bytes(encoder.encode(pcm) + encoder.flush())


def google_body(mp3: bytes) -> bytes:
    """Google's answer framing around one audio payload."""
    payload = json.dumps([base64.b64encode(mp3).decode("ascii")])
    first = json.dumps([["wrb.fr", "jQ1olc", payload, None, None, None, "generic"],
                        ["di", 57], ["af.httprm", 56, "-4961281713381893581", 3]], separators=(",", ":"))
    second = json.dumps([["e", 4, None, None, len(first) + 54]], separators=(",", ":"))
    return f")]}}'\n\n{len(first) + 1}\n{first}\n{len(second) + 1}\n{second}\n".encode()


@dataclass
class FakeGoogle:
    latency: float = 0.0
    hang_seconds: float = 3.0
    retry_after: str = "1"
    #: Behaviours used, in order, for every request whose text has no plan of its own.
    default_plan: deque = field(default_factory=deque)
    plans: dict = field(default_factory=dict)
    requests: list = field(default_factory=list)   # (text, lang, slow) per request received
    lock: threading.Lock = field(default_factory=threading.Lock)

    def plan(self, text: str, *behaviours: str) -> None:
        self.plans[text] = deque(behaviours)

    def next_behaviour(self, text: str) -> str:
        with self.lock:
            queue = self.plans.get(text, self.default_plan)
            return queue.popleft() if queue else "ok"

    def record(self, text: str, lang: str, slow: bool) -> None:
        with self.lock:
            self.requests.append((text, lang, slow))

    def texts(self) -> Counter:
        with self.lock:
            return Counter(text for text, _, _ in self.requests)


def _handler(fake: FakeGoogle) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:  # keep test output clean
            pass

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", 0))
            body = self.rfile.read(length).decode()
            if self.path != PATH:
                return self._send(404, b"not found")
            rpc = json.loads(parse_qs(body)["f.req"][0])
            rpc_id, params = rpc[0][0][0], json.loads(rpc[0][0][1])
            if rpc_id != "jQ1olc":
                return self._send(400, b"unknown rpc")
            text, lang, speed = params[0], params[1], params[2]
            fake.record(text, lang, bool(speed))
            if fake.latency:
                time.sleep(fake.latency)
            behaviour = fake.next_behaviour(text)
            if behaviour == "429":
                return self._send(429, b"Too Many Requests", {"Retry-After": fake.retry_after})
            if behaviour == "500":
                return self._send(500, b"Internal Server Error")
            if behaviour == "hang":
                time.sleep(fake.hang_seconds)
            if behaviour == "noaudio":
                # What Google sends for a text it will not speak: the RPC answer without audio.
                return self._send(200, b")]}'\n\n58\n[[\"wrb.fr\",\"jQ1olc\",null,null,null,[3],\"generic\"]]\n")
            answer = google_body(tone_mp3(min(60, 3 + len(text) // 4)))
            if behaviour == "truncated":
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer[: len(answer) // 2])
                self.wfile.flush()
                self.close_connection = True
                return None
            return self._send(200, answer, {"Content-Type": "application/json; charset=utf-8"})

        def _send(self, status: int, body: bytes, headers: dict | None = None) -> None:
            self.send_response(status)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (a timeout test)

    return Handler


class FakeGoogleServer:
    """Runs :class:`FakeGoogle` on 127.0.0.1 in a background thread; use as a context manager."""

    def __init__(self, fake: FakeGoogle | None = None) -> None:
        self.fake = fake or FakeGoogle()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self.fake))
        self.server.daemon_threads = True
        self.server.block_on_close = False
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}{PATH}"
        self._thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.02},
                                        daemon=True)

    def __enter__(self) -> FakeGoogleServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
