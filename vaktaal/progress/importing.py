"""From a learner's Anki export (or AnkiConnect) to their progress per word, for one recipe.

The recipe's terms give the GUIDs to look for: vaktaal made each note's GUID from the term's
origin, id and the learner's language, so the same calculation finds them again (for every
language the recipe or its terms have, when the caller does not say which one the learner
reads). Notes of other decks never match.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from vaktaal.anki.identity import note_guid
from vaktaal.content.languages import require_language_code
from vaktaal.i18n import _
from vaktaal.progress.anki_file import AnkiFileError, open_collection
from vaktaal.progress.ankiconnect import AnkiConnect, AnkiConnectError, note_identity
from vaktaal.progress.ankiconnect import read_notes as read_connect_notes
from vaktaal.progress.collection_db import collection_stats
from vaktaal.progress.collection_db import read_notes as read_db_notes
from vaktaal.progress.memory import word_memory
from vaktaal.progress.records import NoteRecord
from vaktaal.progress.store import AnkiProgress
from vaktaal.recipes import Recipe, SelectedTerm, recipe_entries


@dataclass(frozen=True)
class Imported:
    progress: AnkiProgress
    #: vaktaal notes found, and all notes in what was read (other decks included).
    found: int
    total: int
    #: Other languages of this recipe that also had notes (the learner reviews two decks).
    other_languages: tuple[str, ...] = ()

    @property
    def reviewed(self) -> int:
        return sum(1 for w in self.progress.words.values() if w.reviews)


def guid_map(entries: Sequence[SelectedTerm], lang: str) -> dict[str, str]:
    """GUID -> term key, for the recipe's notes in ``lang``."""
    return {note_guid(e.origin, e.term.id, lang): e.key for e in entries}


def candidate_languages(recipe: Recipe, entries: Sequence[SelectedTerm]) -> list[str]:
    """The recipe's languages first, then every other language its terms are translated into."""
    others = sorted({lang for e in entries for lang in e.term.translations} - set(recipe.languages))
    return [*recipe.languages, *others]


def _choose_language(guids: set[str], entries: Sequence[SelectedTerm], languages: Iterable[str]
                     ) -> tuple[str | None, dict[str, str], tuple[str, ...]]:
    counts: list[tuple[int, str, dict[str, str]]] = []
    for lang in languages:
        mapping = guid_map(entries, lang)
        found = len(guids & mapping.keys())
        if found:
            counts.append((found, lang, mapping))
    if not counts:
        return None, {}, ()
    counts.sort(key=lambda c: -c[0])
    return counts[0][1], counts[0][2], tuple(c[1] for c in counts[1:])


def _no_vaktaal_notes(recipe: Recipe, source: str, total: int) -> AnkiFileError:
    hint = (_("this collection is empty: ask the learner to export the collection from the phone or computer "
              "on which they review") if total == 0 else
            _("check that the learner imported this recipe's deck and exported the collection (or that deck) "
              "from the phone or computer on which they review"))
    return AnkiFileError(_("{source} has no notes of the deck '{recipe}'").format(source=source, recipe=recipe.name),
                         hint=hint, field="file", value=source)


def _progress(recipe: Recipe, entries: Sequence[SelectedTerm], notes: Sequence[NoteRecord], *, learner: str,
              lang: str, source: str, now: datetime) -> AnkiProgress:
    by_key = {n.key: n for n in notes}
    labels = {e.key: e.term.with_article for e in entries}
    words = {key: word_memory(by_key[key], now, labels.get(key, key)) for key in labels if key in by_key}
    return AnkiProgress(learner, recipe.slug, lang, source, now, words)


def _now(now: datetime | None) -> datetime:
    now = now or datetime.now(timezone.utc)
    return now if now.tzinfo else now.replace(tzinfo=timezone.utc)


def import_file(recipe: Recipe, path: Path, *, learner: str, lang: str | None = None,
                now: datetime | None = None) -> Imported:
    """Read the learner's export (a temporary copy of it) and estimate every word's memory at ``now``."""
    if lang:
        require_language_code(lang)
    entries = recipe_entries(recipe)
    path = Path(path)
    with open_collection(path) as db:
        total, _reviews = collection_stats(db)
        guids = {row[0] for row in db.execute("select guid from notes")}
        chosen, mapping, others = _choose_language(guids, entries, [lang] if lang else
                                                   candidate_languages(recipe, entries))
        if chosen is None:
            raise _no_vaktaal_notes(recipe, path.name, total)
        notes = read_db_notes(db, mapping)
    progress = _progress(recipe, entries, notes, learner=learner, lang=chosen, source=path.name, now=_now(now))
    return Imported(progress, len(notes), total, others)


def import_ankiconnect(recipe: Recipe, url: str, *, learner: str, lang: str | None = None,
                       now: datetime | None = None, client: AnkiConnect | None = None) -> Imported:
    """The same, from a desktop Anki running AnkiConnect at ``url``."""
    if lang:
        require_language_code(lang)
    entries = recipe_entries(recipe)
    own = client is None
    client = client or AnkiConnect(url)
    try:
        client.check_version()
        notes = client.vaktaal_notes()
        identities = {ident[0] for n in notes if (ident := note_identity(n)) is not None}
        chosen, mapping, others = _choose_language(identities, entries, [lang] if lang else
                                                   candidate_languages(recipe, entries))
        if chosen is None:
            raise AnkiConnectError(_("the Anki at {url} has no notes of the deck '{recipe}'")
                                   .format(url=url, recipe=recipe.name),
                                   hint=_("check that this is the learner's Anki profile and that the deck "
                                          "was imported there"), field="ankiconnect", value=url)
        records = read_connect_notes(client, mapping, notes)
    finally:
        if own:
            client.close()
    progress = _progress(recipe, entries, records, learner=learner, lang=chosen, source=url, now=_now(now))
    return Imported(progress, len(records), len(notes), others)

