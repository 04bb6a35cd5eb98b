"""A stand-in for the AnkiConnect add-on on 127.0.0.1: the real JSON protocol (POST
``{"action", "version", "params"}`` -> ``{"result", "error"}``), answered from a real collection
opened with the anki library, the way the add-on's own code reads it."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any

from anki.collection import Collection

REVIEW_COLUMNS = ["id", "usn", "ease", "ivl", "lastIvl", "factor", "time", "type"]


@dataclass
class FakeAnkiConnect:
    col: Collection
    #: Answer this many requests with HTTP 503 first (a busy Anki).
    fail_first: int = 0
    #: action -> error text AnkiConnect would send back.
    errors: dict[str, str] = field(default_factory=dict)
    not_anki_connect: bool = False
    requests: list[dict[str, Any]] = field(default_factory=list)
    url: str = ""

    def _fields(self, note: Any) -> dict[str, dict[str, Any]]:
        model = note.note_type()
        return {f["name"]: {"value": note.fields[f["ord"]], "order": f["ord"]} for f in model["flds"]}

    def act(self, action: str, params: dict[str, Any]) -> Any:
        col = self.col
        if action == "version":
            return 6
        if action == "findNotes":
            return [int(n) for n in col.find_notes(params["query"])]
        if action == "notesInfo":
            result = []
            for nid in params["notes"]:
                note = col.get_note(nid)
                result.append({"noteId": note.id, "tags": note.tags, "fields": self._fields(note),
                               "modelName": note.note_type()["name"],
                               "cards": col.db.list("select id from cards where nid = ? order by ord", note.id)})
            return result
        if action == "cardsInfo":
            result = []
            for cid in params["cards"]:
                card = col.get_card(cid)
                result.append({"cardId": card.id, "note": card.nid, "ord": card.ord, "fieldOrder": card.ord,
                               "deckName": col.decks.name(card.did), "modelName": card.note_type()["name"],
                               "factor": card.factor, "interval": card.ivl, "type": card.type, "queue": card.queue,
                               "due": card.due, "reps": card.reps, "lapses": card.lapses, "left": card.left,
                               "mod": card.mod})
            return result
        if action == "getReviewsOfCards":
            query = f"select {', '.join(REVIEW_COLUMNS)} from revlog where cid = ?"
            return {cid: [dict(zip(REVIEW_COLUMNS, row, strict=True)) for row in col.db.all(query, cid)]
                    for cid in params["cards"]}
        raise ValueError("unsupported action")

    @contextmanager
    def serving(self) -> Iterator[FakeAnkiConnect]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append(body)
                if fake.fail_first > 0:
                    fake.fail_first -= 1
                    self.send_response(503)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if fake.not_anki_connect:
                    reply = b"<html>Hello</html>"
                else:
                    try:
                        assert body["version"] == 6, body
                        error = fake.errors.get(body["action"])
                        result = None if error else fake.act(body["action"], body.get("params") or {})
                    except Exception as exc:  # noqa: BLE001 - the add-on reports every error the same way
                        result, error = None, str(exc)
                    reply = json.dumps({"result": result, "error": error}).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

        server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{server.server_address[1]}"
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            server.shutdown()
            server.server_close()
            thread.join(timeout=5)
