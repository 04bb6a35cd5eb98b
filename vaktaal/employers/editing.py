"""Changing one of an employer's own terms in their overlay.

The same guarantees as adding (``adding``): the overlay is edited round-trip (comments and order
kept), under its lock, atomically, and only written when it still checks clean against its
sector. A translation that changes loses its reviewed mark: a person has not read the new text.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from vaktaal.content.format_rules import TERM_FIELDS
from vaktaal.content.model import Sector, Term
from vaktaal.employers.overlays import load_overlay, refuse_invalid_text
from vaktaal.errors import InputError
from vaktaal.files.safe_write import edit_yaml
from vaktaal.i18n import _

#: Fields an employer may change; the id, source and reviewed marks stay the library's.
EDITABLE = ("nl", "article", "plural", "pos", "theme", "level", "safety", "register", "example",
            "translations", "example_translations", "full_form", "situation", "notes")
_MAPS = ("translations", "example_translations")


def edit_term(path: str | Path, term_id: str, changes: Mapping[str, Any], *, base: Sector) -> Term:
    """Apply ``changes`` (field -> new value; ``None`` or '' removes an optional field; for the
    translation maps, language -> text, '' removes that language) to term ``term_id``."""
    target = Path(path)
    unknown = sorted(set(changes) - set(EDITABLE))
    if unknown:
        raise InputError(_("'{field}' cannot be changed here").format(field=unknown[0]),
                         hint=_("editable: {fields}").format(fields=", ".join(EDITABLE)), field=unknown[0])
    with edit_yaml(target, check=lambda text: refuse_invalid_text(text, target, base=base)) as data:
        term = next((t for t in data.get("terms") or [] if isinstance(t, dict) and t.get("id") == term_id), None)
        if term is None:
            raise InputError(_("{path} has no term '{term}'").format(path=target, term=term_id),
                             hint=_("it may have been removed meanwhile"), field="term", value=term_id)
        for name, value in changes.items():
            if name in _MAPS:
                _edit_map(term, name, value or {})
            elif name == "plural":
                _set_in_order(term, name, value.strip() if isinstance(value, str) and value.strip() else None)
            elif value is None or value == "":
                term.pop(name, None)
            elif name == "safety" and value is False:
                term.pop(name, None)  # false is the default; the files leave it out
            else:
                _set_in_order(term, name, value.strip() if isinstance(value, str) else value)
    return load_overlay(target, base).term(term_id)


def _edit_map(term: Any, name: str, given: Mapping[str, str]) -> None:
    current = term.get(name)
    if not isinstance(current, dict):
        current = CommentedMap()
    for lang, text in given.items():
        new = (text or "").strip()
        if new == (current.get(lang) or ""):
            continue
        if new:
            current[lang] = new
        else:
            current.pop(lang, None)
        reviewed = term.get("reviewed")
        if name == "translations" and isinstance(reviewed, list) and lang in reviewed:
            reviewed.remove(lang)
    if current:
        _set_in_order(term, name, current)
    else:
        term.pop(name, None)
    if isinstance(term.get("reviewed"), list) and not isinstance(term["reviewed"], CommentedSeq):
        term["reviewed"] = CommentedSeq(term["reviewed"])


def _set_in_order(term: Any, name: str, value: Any) -> None:
    """Set a field; a new one goes where the sector format lists it, not at the end."""
    if name in term:
        term[name] = value
        return
    order = [rule.name for rule in TERM_FIELDS]
    before = [key for key in term if key in order and order.index(key) < order.index(name)]
    position = list(term).index(before[-1]) + 1 if before else 0
    term.insert(position, name, value)
