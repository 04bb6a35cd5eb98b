"""`vaktaal progress import LEARNER --ankiconnect URL` against a fake AnkiConnect on loopback that
answers from a real collection, in the add-on's own JSON protocol."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
import yaml
from anki_reviews import LAPSED, STRONG, WEAK_EARLY, build_apkg, give_history, import_deck, open_collection
from click.testing import CliRunner
from coach_project import write_project
from fake_ankiconnect import FakeAnkiConnect

from vaktaal.anki.identity import note_guid
from vaktaal.cli.main import cli
from vaktaal.coaching import save_plan
from vaktaal.progress import ankiconnect
from vaktaal.recipes import load_recipe


@pytest.fixture
def anki(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(ankiconnect, "BACKOFF", 0.0)  # retries without waiting
    recipe = load_recipe(write_project(tmp_path))
    save_plan(recipe, learners_dir=tmp_path / "learners", learner="amal", weeks=4, per_week=3)
    col = open_collection(tmp_path / "anki")
    import_deck(col, build_apkg(recipe, "uk", tmp_path / "exports"))
    give_history(col, note_guid("proef", "laskap", "uk"), WEAK_EARLY)
    give_history(col, note_guid("proef", "zaag", "uk"), LAPSED)
    give_history(col, note_guid("proef", "hamer", "uk"), STRONG)
    yield tmp_path, FakeAnkiConnect(col)
    col.close()


def _run(root: Path, url: str) -> object:
    return CliRunner().invoke(cli, ["progress", "import", "amal", "--ankiconnect", url, "--learners",
                                    str(root / "learners"), "--decks", str(root / "decks")])


def test_reads_the_reviews_through_ankiconnect(anki) -> None:
    root, fake = anki
    with fake.serving():
        result = _run(root, fake.url)
    assert result.exit_code == 0, result.output
    stored = yaml.safe_load((root / "learners" / "amal" / "anki-progress.proef.yaml").read_text(encoding="utf-8"))
    assert stored["lang"] == "uk" and stored["source"] == fake.url
    status = {k: v["status"] for k, v in stored["words"].items()}
    assert (status["proef/laskap"], status["proef/zaag"], status["proef/hamer"]) == ("weak", "weak", "strong")
    assert stored["words"]["proef/zaag"]["lapses"] == 6
    assert list(status.values()).count("new") == 7
    actions = [r["action"] for r in fake.requests]
    assert actions[:3] == ["version", "findNotes", "notesInfo"]
    assert {"cardsInfo", "getReviewsOfCards"} <= set(actions)
    assert all(r["version"] == 6 and isinstance(r["params"], dict) for r in fake.requests)


def test_a_busy_anki_is_asked_again(anki) -> None:
    root, fake = anki
    fake.fail_first = 2
    with fake.serving():
        result = _run(root, fake.url)
    assert result.exit_code == 0, result.output
    assert [r["action"] for r in fake.requests[:3]] == ["version"] * 3


def test_nothing_listening_is_a_clear_error(anki) -> None:
    root, _fake = anki
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = _run(root, f"http://127.0.0.1:{port}")
    assert result.exit_code == 1
    assert f"error: --ankiconnect http://127.0.0.1:{port}: AnkiConnect does not answer at" in result.output
    assert "start Anki on that computer, with the AnkiConnect add-on installed" in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize(("setup", "expected"), [
    ({"errors": {"findNotes": "collection is not available"}},
     "AnkiConnect could not do 'findNotes': collection is not available"),
    ({"not_anki_connect": True}, "answered, but not as AnkiConnect does"),
])
def test_ankiconnect_errors_are_reported(anki, setup: dict, expected: str) -> None:
    root, fake = anki
    for name, value in setup.items():
        setattr(fake, name, value)
    with fake.serving():
        result = _run(root, fake.url)
    assert result.exit_code == 1
    assert expected in result.output


def test_an_anki_without_the_deck(tmp_path: Path) -> None:
    recipe = load_recipe(write_project(tmp_path))
    save_plan(recipe, learners_dir=tmp_path / "learners", learner="amal", weeks=4, per_week=3)
    col = open_collection(tmp_path / "anki")
    try:
        fake = FakeAnkiConnect(col)
        with fake.serving():
            result = _run(tmp_path, fake.url)
    finally:
        col.close()
    assert result.exit_code == 1
    assert "has no notes of the deck 'Vaktaal Proef'" in result.output


def test_not_a_web_address(anki) -> None:
    root, _fake = anki
    result = _run(root, "127.0.0.1:8765")
    assert result.exit_code == 1
    assert "error: --ankiconnect 127.0.0.1:8765: '127.0.0.1:8765' is not a web address" in result.output
