"""A small client for AnkiConnect, the add-on that lets programs talk to a running desktop Anki.

The protocol: POST a JSON object ``{"action": …, "version": 6, "params": {…}}`` to the add-on's
address (``http://127.0.0.1:8765`` by default) and get ``{"result": …, "error": …}`` back. Only
reading actions are used (``version``, ``findNotes``, ``notesInfo``, ``cardsInfo``,
``getReviewsOfCards``), so a request that failed on the way may safely be sent again: connection
errors and 502/503/504 answers are retried with back-off by urllib3's ``Retry``.

AnkiConnect does not hand out note GUIDs, so a note's GUID is made again from its ``Key`` and
``Language`` fields, the very values vaktaal made the GUID from when it built the deck.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from vaktaal.anki.identity import NOTETYPE_NAME, note_guid
from vaktaal.errors import VaktaalError
from vaktaal.i18n import _
from vaktaal.progress.records import CardRecord, NoteRecord, Review

API_VERSION = 6
#: (connect, read) seconds: a phone-sized collection answers well within these.
TIMEOUT = (5.0, 60.0)
RETRIES = 3
#: Seconds of back-off; urllib3 waits 0, then BACKOFF * 2, BACKOFF * 4, ... between tries.
BACKOFF = 0.5
#: Card ids per cardsInfo / getReviewsOfCards request.
BATCH = 500


class AnkiConnectError(VaktaalError):
    """AnkiConnect cannot be reached, or answered something other than AnkiConnect would."""


class AnkiConnect:
    def __init__(self, url: str, *, timeout: tuple[float, float] | None = None, retries: int | None = None,
                 backoff: float | None = None) -> None:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise AnkiConnectError(_("'{url}' is not a web address").format(url=url),
                                   hint=_("give AnkiConnect's address, e.g. http://127.0.0.1:8765"),
                                   field="ankiconnect", value=url)
        self.url = url
        self.timeout = TIMEOUT if timeout is None else timeout
        retries = RETRIES if retries is None else retries
        backoff = BACKOFF if backoff is None else backoff
        self.session = requests.Session()
        retry = Retry(total=retries, connect=retries, read=retries, status=retries, backoff_factor=backoff,
                      status_forcelist=(502, 503, 504), allowed_methods=frozenset({"POST"}),
                      raise_on_status=False)
        adapter = HTTPAdapter(max_retries=retry)
        self.session.mount("http://", adapter)
        self.session.mount("https://", adapter)

    def close(self) -> None:
        self.session.close()

    def _unreachable(self, detail: str) -> AnkiConnectError:
        return AnkiConnectError(_("AnkiConnect does not answer at {url} ({detail})")
                                .format(url=self.url, detail=detail),
                                hint=_("start Anki on that computer, with the AnkiConnect add-on installed, "
                                       "and check the address"), field="ankiconnect", value=self.url)

    def call(self, action: str, **params: Any) -> Any:
        """One action; its ``result``, or an error with AnkiConnect's own message."""
        payload = {"action": action, "version": API_VERSION, "params": params}
        try:
            response = self.session.post(self.url, json=payload, timeout=self.timeout)
        except requests.RequestException as exc:
            raise self._unreachable(type(exc).__name__) from None
        if response.status_code != 200:
            raise self._unreachable(f"HTTP {response.status_code}")
        try:
            body = response.json()
        except ValueError:
            body = None
        if not isinstance(body, dict) or "result" not in body or "error" not in body:
            raise AnkiConnectError(_("{url} answered, but not as AnkiConnect does").format(url=self.url),
                                   hint=_("check the address: AnkiConnect listens on port 8765 by default"),
                                   field="ankiconnect", value=self.url)
        if body["error"]:
            raise AnkiConnectError(_("AnkiConnect could not do '{action}': {error}")
                                   .format(action=action, error=body["error"]), field="ankiconnect", value=self.url)
        return body["result"]

    def check_version(self) -> int:
        version = self.call("version")
        if not isinstance(version, int) or version < API_VERSION:
            raise AnkiConnectError(_("AnkiConnect at {url} speaks version {found}; vaktaal needs {needed} or newer")
                                   .format(url=self.url, found=version, needed=API_VERSION),
                                   hint=_("update the AnkiConnect add-on in Anki"), field="ankiconnect",
                                   value=self.url)
        return version

    def vaktaal_notes(self) -> list[dict[str, Any]]:
        """``notesInfo`` of every note of vaktaal's note type."""
        ids = self.call("findNotes", query=f'"note:{NOTETYPE_NAME}"')
        notes: list[dict[str, Any]] = []
        for start in range(0, len(ids or []), BATCH):
            notes += [n for n in self.call("notesInfo", notes=ids[start:start + BATCH]) or [] if n]
        return notes

    def cards(self, card_ids: Sequence[int]) -> tuple[list[dict[str, Any]], dict[int, list[dict[str, Any]]]]:
        """(``cardsInfo``, ``getReviewsOfCards`` by card id) for ``card_ids``."""
        info: list[dict[str, Any]] = []
        reviews: dict[int, list[dict[str, Any]]] = {}
        for start in range(0, len(card_ids), BATCH):
            batch = list(card_ids[start:start + BATCH])
            info += [c for c in self.call("cardsInfo", cards=batch) or [] if c]
            for cid, rows in (self.call("getReviewsOfCards", cards=batch) or {}).items():
                reviews[int(cid)] = rows or []
        return info, reviews


def note_identity(note: Mapping[str, Any]) -> tuple[str, str] | None:
    """(GUID, language) of a vaktaal note from ``notesInfo``, made from its Key and Language fields."""
    fields = note.get("fields") or {}
    key = str((fields.get("Key") or {}).get("value") or "").strip()
    lang = str((fields.get("Language") or {}).get("value") or "").strip()
    if "/" not in key or not lang:
        return None
    origin, term_id = key.rsplit("/", 1)
    return note_guid(origin, term_id, lang), lang


def read_notes(client: AnkiConnect, keys_by_guid: Mapping[str, str], notes: Sequence[Mapping[str, Any]]
               ) -> list[NoteRecord]:
    """The notes among ``notes`` whose GUID is in ``keys_by_guid``, with their cards and reviews."""
    chosen = [(n, keys_by_guid[ident[0]], ident[0]) for n in notes
              if (ident := note_identity(n)) is not None and ident[0] in keys_by_guid]
    card_ids = [int(cid) for n, _key, _guid in chosen for cid in n.get("cards") or []]
    info, reviews = client.cards(card_ids)
    by_id = {int(c["cardId"]): c for c in info if "cardId" in c}
    found = []
    for note, key, guid in chosen:
        cards = []
        for cid in sorted((int(c) for c in note.get("cards") or []), key=lambda c: by_id.get(c, {}).get("ord", 0)):
            card = by_id.get(cid, {})
            rows = sorted(reviews.get(cid, []), key=lambda r: int(r.get("id", 0)))
            cards.append(CardRecord(cid, int(card.get("ord", 0)), int(card.get("lapses", 0)), int(card.get("reps", 0)),
                                    tuple(Review(int(r["id"]), int(r.get("ease", 0)), int(r.get("type", 1)))
                                          for r in rows if "id" in r)))
        found.append(NoteRecord(key, guid, tuple(note.get("tags") or ()), tuple(cards)))
    return found
