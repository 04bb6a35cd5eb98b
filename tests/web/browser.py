"""Real Chromium (the Debian package) driven by Playwright, against waitress serving the app on
127.0.0.1 and a random port in a thread."""

from __future__ import annotations

import math
import struct
import threading
import wave
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
PHONE = {"width": 390, "height": 844}


def tone_wav(path: Path, seconds: float = 3.0, rate: int = 48000) -> Path:
    """A spoken-length tone for Chromium's fake microphone."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(b"".join(struct.pack("<h", int(9000 * math.sin(2 * math.pi * 330 * i / rate)))
                                 for i in range(int(seconds * rate))))
    return path


class Server:
    """waitress in a thread; ``url`` is where it listens."""

    def __init__(self) -> None:
        import waitress

        from vaktaal.web.server import application

        self.server: Any = waitress.create_server(application(), host="127.0.0.1", port=0, threads=4)
        self.url = f"http://127.0.0.1:{self.server.effective_port}"
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.close()
        self.thread.join(timeout=5)


def launch(playwright: Any, fake_audio: Path | None = None) -> Any:
    args = list(ARGS)
    if fake_audio is not None:
        args += ["--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                 f"--use-file-for-fake-audio-capture={fake_audio}"]
    return playwright.chromium.launch(executable_path=CHROMIUM, args=args)


def login(page: Any, base: str, name: str, password: str) -> None:
    page.goto(base + "/inloggen/")
    page.fill("input[name=username]", name)
    page.fill("input[name=password]", password)
    page.click("button.primary")
    page.wait_for_url(lambda url: "/inloggen/" not in url)


def phone_pages(browser: Any, **options: Any) -> Iterator[Any]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2, **options)
    context.set_default_timeout(20_000)
    try:
        yield context.new_page()
    finally:
        context.close()
