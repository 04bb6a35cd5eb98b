"""Keep the interface catalogues in step with the code (run by hand; the tests run --check).

    python scripts/catalogues.py          # extract, update vaktaal/locale/nl/.../vaktaal.po, compile .mo
    python scripts/catalogues.py --check  # exit 1 if a message is missing, untranslated or stale

Messages come from vaktaal's code (``_()``, ``N_()``, ``n_()``) and from click's own code
(``_()``, ``ngettext()``), because click translates "Usage:" and friends through the same
default gettext domain (see vaktaal.i18n).
"""

from __future__ import annotations

import argparse
import re
from datetime import datetime, timezone
import io
import sys
from pathlib import Path

import click
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "vaktaal"
LANGUAGES = ("nl",)
VAKTAAL_KEYWORDS = {"_": None, "N_": None, "n_": (1, 2)}
CLICK_KEYWORDS = {"_": None, "ngettext": (1, 2)}


def po_path(lang: str) -> Path:
    return PACKAGE / "locale" / lang / "LC_MESSAGES" / "vaktaal.po"


#: Fixed, so that running the script twice writes the same file.
CREATION_DATE = datetime(2026, 11, 30, tzinfo=timezone.utc)


def template() -> Catalog:
    """Every message the interface can show, from vaktaal's code and click's."""
    catalog = Catalog(project="vaktaal", version="0.1", fuzzy=False, creation_date=CREATION_DATE,
                      revision_date=CREATION_DATE, last_translator="vaktaal team",
                      language_team="Nederlands", copyright_holder="vaktaal")
    sources = ((PACKAGE, VAKTAAL_KEYWORDS, "vaktaal"), (Path(click.__file__).parent, CLICK_KEYWORDS, "click"))
    for folder, keywords, prefix in sources:
        for filename, lineno, message, comments, _context in extract_from_dir(
                str(folder), method_map=[("**.py", "python")], keywords=keywords, comment_tags=("Translators:",)):
            catalog.add(message, locations=[(f"{prefix}/{filename}", lineno)], auto_comments=comments)
        # Babel's extractor does not look inside f-strings (click writes f"{_('Usage:')} ").
        for path in sorted(folder.rglob("*.py")):
            for match in _IN_FSTRING.finditer(path.read_text(encoding="utf-8")):
                if match.group(2) not in catalog:
                    catalog.add(match.group(2), locations=[(f"{prefix}/{path.relative_to(folder)}", 0)])
    return catalog


_IN_FSTRING = re.compile(r"\{_\((['\"])(.+?)\1\)\}")


def updated(lang: str, source: Catalog) -> Catalog:
    path = po_path(lang)
    if path.exists():
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=lang)
    else:
        catalog = Catalog(locale=lang)
    catalog.update(source, no_fuzzy_matching=True, update_header_comment=True)
    for name in ("project", "version", "creation_date", "revision_date", "last_translator", "language_team",
                 "copyright_holder"):
        setattr(catalog, name, getattr(source, name))
    catalog.fuzzy = False
    catalog.obsolete.clear()
    return catalog


def _ours(message: object) -> bool:
    return any(path.startswith("vaktaal/") for path, _line in getattr(message, "locations", ()))


def read_catalogue(lang: str) -> Catalog:
    with po_path(lang).open("rb") as handle:
        return read_po(handle, locale=lang)


def problems(catalog: Catalog, *, include_click: bool = False) -> list[str]:
    """Messages a user would see in English inside a Dutch interface. click's own messages only
    count with ``include_click`` (a new click release may add some; they then show in English)."""
    found = []
    for message in catalog:
        if not message.id or not (include_click or _ours(message)):
            continue
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        if not all(strings):
            found.append(f"untranslated: {message.id!r}")
        elif message.fuzzy:
            found.append(f"fuzzy: {message.id!r}")
    return found


def po_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=100, omit_header=False, sort_output=True, include_lineno=False)
    return buffer.getvalue()


def mo_bytes(catalog: Catalog) -> bytes:
    buffer = io.BytesIO()
    write_mo(buffer, catalog)
    return buffer.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 when out of date")
    args = parser.parse_args()
    source = template()
    failed = False
    for lang in LANGUAGES:
        catalog = updated(lang, source)
        path, mo_path = po_path(lang), po_path(lang).with_suffix(".mo")
        missing = problems(catalog)
        if args.check:
            stale_mo = not mo_path.exists() or mo_path.read_bytes() != mo_bytes(read_catalogue(lang))
            for line in missing + (["vaktaal.mo is not compiled from vaktaal.po"] if stale_mo else []):
                print(f"{lang}: {line}")
            failed |= bool(missing or stale_mo)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(po_bytes(catalog))
        mo_path.write_bytes(mo_bytes(catalog))
        print(f"{path.relative_to(ROOT)}: {len(catalog)} messages, {len(missing)} of vaktaal's to translate, "
              f"{len(problems(catalog, include_click=True)) - len(missing)} of click's")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
