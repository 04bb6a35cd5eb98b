"""HTML -> PDF for printing, with WeasyPrint, after checking that every script has a font.

The renderer reads nothing from outside the pack's own folder: :func:`resource_allowed` is the one
rule (a ``file:`` address inside the folder, or a ``data:`` address, which holds its content and
whose own references meet the same rule); WeasyPrint asks it through :class:`PackFetcher`, and a
later PDF engine must ask it too. No web address, no file elsewhere on the computer.
"""

from __future__ import annotations

import logging
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from vaktaal.coaching.fonts import check_fonts
from vaktaal.errors import VaktaalError
from vaktaal.files.atomic import atomic_write
from vaktaal.i18n import _


class _TextOf(HTMLParser):
    """Collects the text a page shows (not its CSS or script)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:  # noqa: ARG002 - HTMLParser API
        self._hidden += tag in ("style", "script")

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in ("style", "script")

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.parts.append(data)


def visible_text(html: str) -> str:
    parser = _TextOf()
    parser.feed(html)
    return "".join(parser.parts)


_log = logging.getLogger(__name__)


def resource_allowed(url: str, folder: Path) -> bool:
    """May a page of the pack in ``folder`` load ``url``? Only a file inside ``folder`` (after
    resolving ``..`` and links) or a ``data:`` address."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme == "data":
        return True
    if scheme != "file" or parts.netloc not in ("", "localhost"):
        return False
    target = Path(url2pathname(unquote(parts.path))).resolve()
    return target.is_relative_to(folder.resolve())


def pack_fetcher(folder: Path) -> Any:
    """WeasyPrint's URL fetcher, refusing what :func:`resource_allowed` refuses."""
    import weasyprint

    class PackFetcher(weasyprint.URLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            if not resource_allowed(url, folder):
                _log.warning("not loaded (outside the pack folder %s): %s", folder, url[:200])
                raise ValueError(f"outside the pack folder: {url[:200]}")
            return super().fetch(url, headers)

    return PackFetcher(allowed_protocols=("file", "data"), allow_redirects=False)


def write_pdf(html: str, *, base_dir: Path, target: Path) -> None:
    """Render ``html`` (pictures resolved against ``base_dir``, nothing loaded from outside it)
    to ``target``, atomically.

    A script without an installed font stops with a message naming the font package instead
    of printing empty boxes.
    """
    check_fonts(visible_text(html), target.name)
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: the Pango library itself is missing
        raise VaktaalError(_("PDFs cannot be made: WeasyPrint does not work here ({reason})").format(reason=exc),
                           hint=_("install WeasyPrint and the Pango library (Debian packages libpango-1.0-0 and "
                                  "libpangoft2-1.0-0)")) from None
    # WeasyPrint logs every CSS property it skips; those are not the coach's problem.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    data = weasyprint.HTML(string=html, base_url=str(base_dir), url_fetcher=pack_fetcher(base_dir)).write_pdf()
    atomic_write(target, data)
