"""Dutch quality of the shipped vocabulary: hunspell spell check and article/plural consistency.

Needs the `hunspell` program and the Dutch dictionary (Debian `hunspell-nl`); `.ci/run` installs
both. Genuine jargon the dictionary lacks is allowed per sector in tests/spelling/allowlist-*.txt.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import vaktaal

REPO = Path(__file__).resolve().parent.parent
SECTORS = sorted((REPO / "sectors").glob("*.yaml"))
SHIPPED = {"metaal", "zorg", "horeca", "werkvloer", "bouw", "schoonmaak", "productie-logistiek", "groen"}
SPELLING = Path(__file__).parent / "spelling"
CHECKED_FIELDS = ("nl", "plural", "example", "situation", "full_form")


def test_all_shipped_sectors_are_there() -> None:
    assert {p.stem for p in SECTORS} >= SHIPPED


def _allowlist(slug: str) -> set[str]:
    words: set[str] = set()
    for name in ("allowlist-common.txt", f"allowlist-{slug}.txt"):
        path = SPELLING / name
        if path.is_file():
            for line in path.read_text("utf-8").splitlines():
                word = line.split("#", 1)[0].strip()
                if word:
                    words.add(word)
    return words


def _unknown_words(lines: list[str]) -> list[list[str]]:
    """Per input line, the words hunspell's Dutch dictionary does not know."""
    assert shutil.which("hunspell"), "install hunspell and hunspell-nl (bash .ci/run does)"
    # Pipe mode (-a) answers every input line with one line per word and then an empty line;
    # the leading ^ keeps a line from being read as a command.
    done = subprocess.run(["hunspell", "-d", "nl_NL", "-a", "-i", "utf-8"],
                          input="".join(f"^{line}\n" for line in lines),
                          capture_output=True, text=True, check=True)
    answer = iter(done.stdout.splitlines()[1:])  # the first line is hunspell's banner
    result = []
    for _ in lines:
        unknown = []
        for entry in answer:
            if not entry:
                break
            if entry[0] in "&#":
                unknown.append(entry.split(" ")[1].rstrip("."))
        result.append(unknown)
    return result


@pytest.mark.parametrize("path", SECTORS, ids=lambda p: p.stem)
def test_dutch_spelling(path: Path) -> None:
    sector = vaktaal.load_sector(path)
    places, lines = [], []
    for term in sector.terms:
        for field in CHECKED_FIELDS:
            text = getattr(term, field)
            if text:
                places.append(f"{term.id}.{field}")
                lines.append(" ".join(text.split()))
    allowed = _allowlist(sector.slug)
    allowed_lower = {w.lower() for w in allowed}
    mistakes = [
        f"{place}: '{word}' in {line!r}"
        for place, line, words in zip(places, lines, _unknown_words(lines), strict=False)
        for word in words
        if word not in allowed and word.lower() not in allowed_lower
    ]
    assert not mistakes, (
        f"{len(mistakes)} words in {path.name} are unknown to the Dutch dictionary; fix the spelling, "
        f"or add genuine jargon to tests/spelling/allowlist-{sector.slug}.txt:\n" + "\n".join(mistakes)
    )


_DIMINUTIVE = re.compile(r"(tje|pje|etje|kje|je)$")
_PLURAL_ENDINGS = ("en", "s", "'s", "eren", "a", "i", "ën")


@pytest.mark.parametrize("path", SECTORS, ids=lambda p: p.stem)
def test_articles_and_plurals_are_consistent(path: Path) -> None:
    sector = vaktaal.load_sector(path)
    problems = []
    for term in sector.terms:
        if term.pos != "noun":
            continue
        words = term.nl.split()
        if words[0].lower() in ("de", "het", "een"):
            problems.append(f"{term.id}: nl starts with an article; put it in `article:`")
        head = words[-1].lower()
        if _DIMINUTIVE.search(head) and head.endswith("je") and term.article != "het" and len(head) > 4:
            problems.append(f"{term.id}: '{term.nl}' is a diminutive, so its article is het")
        if term.plural is not None:
            if term.plural == term.nl:
                problems.append(f"{term.id}: plural is the same as the word")
            if not term.plural.lower().endswith(_PLURAL_ENDINGS):
                problems.append(f"{term.id}: plural '{term.plural}' has no Dutch plural ending")
    assert not problems, "\n".join(problems)
