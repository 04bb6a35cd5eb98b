"""HTML -> PDF for printing, with WeasyPrint, after checking that every script has a font."""

from __future__ import annotations

import logging
from html.parser import HTMLParser
from pathlib import Path

from vaktaal.coaching.fonts import check_fonts
from vaktaal.errors import VaktaalError
from vaktaal.files.safe_write import atomic_write
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


def write_pdf(html: str, *, base_dir: Path, target: Path) -> None:
    """Render ``html`` (pictures resolved against ``base_dir``) to ``target``, atomically.

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
    data = weasyprint.HTML(string=html, base_url=str(base_dir)).write_pdf()
    atomic_write(target, data)
