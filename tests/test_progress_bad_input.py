"""Files a coach may be handed that are not what `vaktaal progress import` needs: each gets a
clear message, exit code 1 and no traceback."""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

import pytest
from anki_reviews import WEAK_EARLY, build_apkg, export_colpkg, give_history, import_deck, open_collection
from click.testing import CliRunner
from coach_project import write_project

from vaktaal.anki.identity import note_guid
from vaktaal.cli.main import cli
from vaktaal.coaching import save_plan
from vaktaal.recipes import load_recipe


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("bad")
    recipe = load_recipe(write_project(root))
    save_plan(recipe, learners_dir=root / "learners", learner="amal", weeks=4, per_week=3)
    col = open_collection(root / "anki")
    import_deck(col, build_apkg(recipe, "ar", root / "exports"))
    give_history(col, note_guid("proef", "laskap", "ar"), WEAK_EARLY)
    good = export_colpkg(col, root / "good.colpkg")
    legacy = export_colpkg(open_collection(root / "anki"), root / "legacy.colpkg", legacy=True)
    other = open_collection(root / "other")
    note = other.new_note(other.models.by_name("Basic"))
    note["Front"], note["Back"] = "bonjour", "hallo"
    other.add_note(note, other.decks.id_for_name("Frans"))
    no_vaktaal = export_colpkg(other, root / "frans.colpkg")
    empty = export_colpkg(open_collection(root / "empty"), root / "empty.colpkg")
    return {"root": root, "good": good, "legacy": legacy, "no_vaktaal": no_vaktaal, "empty": empty}


def _with_schema(legacy: Path, out: Path, version: int) -> Path:
    """The legacy package with its collection's schema version set to ``version``."""
    work = out.with_suffix(".anki21")
    with zipfile.ZipFile(legacy) as source:
        work.write_bytes(source.read("collection.anki21"))
        meta = source.read("meta")
    with sqlite3.connect(work) as db:
        db.execute("update col set ver = ?", (version,))
    db.close()
    with zipfile.ZipFile(out, "w") as target:
        target.writestr("meta", meta)
        target.write(work, "collection.anki21")
        target.writestr("media", "{}")
    return out


def _bad_file(kind: str, exports: dict[str, Path], folder: Path) -> Path:
    good = exports["good"].read_bytes()
    if kind == "text":
        path = folder / "woorden.txt"
        path.write_text("hamer\nlaskap\n", encoding="utf-8")
    elif kind == "zip-without-collection":
        path = folder / "fotos.apkg"
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("foto.jpg", b"\xff\xd8\xff")
    elif kind == "cut-off":
        path = folder / "collection.colpkg"
        path.write_bytes(good[: len(good) // 2])
    elif kind == "bad-crc":
        path = folder / "collection.colpkg"
        with zipfile.ZipFile(exports["good"]) as archive:
            info = archive.getinfo("collection.anki21b")
        data = bytearray(good)
        start = info.header_offset + 30 + len(info.filename) + len(info.extra)
        for i in range(start + 100, start + 120):
            data[i] ^= 0xFF
        path.write_bytes(bytes(data))
    elif kind == "no-vaktaal-notes":
        path = exports["no_vaktaal"]
    elif kind == "empty-collection":
        path = exports["empty"]
    elif kind == "newer-schema":
        path = _with_schema(exports["legacy"], folder / "nieuw.colpkg", 19)
    elif kind == "older-schema":
        path = _with_schema(exports["legacy"], folder / "oud.colpkg", 10)
    elif kind == "newer-package":
        path = folder / "nieuwer.colpkg"
        with zipfile.ZipFile(exports["good"]) as source, zipfile.ZipFile(path, "w") as target:
            for info in source.infolist():
                target.writestr(info, b"\x08\x04" if info.filename == "meta" else source.read(info))
    elif kind == "sqlite-not-anki":
        path = folder / "collection.anki2"
        with sqlite3.connect(path) as db:
            db.execute("create table boodschappen (naam text)")
        db.close()
    else:
        raise AssertionError(kind)
    return path


@pytest.mark.parametrize(("kind", "message", "hint"), [
    ("text", "woorden.txt is not an Anki export", "export the collection as an Anki collection package"),
    ("zip-without-collection", "fotos.apkg is not an Anki export", "(.apkg) with scheduling information"),
    ("cut-off", "collection.colpkg is damaged and cannot be read", "is sometimes cut off"),
    ("bad-crc", "collection.colpkg is damaged and cannot be read (Bad CRC-32", "export it again"),
    ("no-vaktaal-notes", "frans.colpkg has no notes of the deck 'Vaktaal Proef'",
     "check that the learner imported this recipe's deck"),
    ("empty-collection", "empty.colpkg has no notes of the deck 'Vaktaal Proef'", "this collection is empty"),
    ("newer-schema", "nieuw.colpkg was made by a newer Anki version than vaktaal can read (collection schema 19; "
                     "vaktaal reads 11 to 18)", "'Support older Anki versions' ticked"),
    ("older-schema", "oud.colpkg was made by an Anki version too old for vaktaal (collection schema 10; "
                     "vaktaal reads 11 to 18)", "open it in a current Anki or AnkiDroid"),
    ("newer-package", "nieuwer.colpkg was made by a newer Anki version than vaktaal can read (package version 4)",
     "'Support older Anki versions' ticked"),
    ("sqlite-not-anki", "collection.anki2 is not an Anki export", "Anki collection package (.colpkg)"),
])
def test_bad_input_gets_a_clear_message_and_exit_code_1(exports: dict[str, Path], tmp_path: Path, kind: str,
                                                        message: str, hint: str) -> None:
    path = _bad_file(kind, exports, tmp_path)
    before = path.read_bytes()
    root = exports["root"]
    result = CliRunner().invoke(cli, ["progress", "import", "amal", str(path), "--learners", str(tmp_path / "l"),
                                      "--recipe", "proef", "--decks", str(root / "decks")])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)  # a message, not a traceback
    assert result.output.startswith("error: " + message), result.output
    assert "hint: " in result.output and hint in " ".join(result.output.split())
    assert path.read_bytes() == before
    assert not (tmp_path / "l" / "amal" / "anki-progress.proef.yaml").exists()


def test_a_missing_file(exports: dict[str, Path], tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["progress", "import", "amal", str(tmp_path / "weg.colpkg"), "--recipe",
                                      "proef", "--decks", str(exports["root"] / "decks"), "--learners",
                                      str(tmp_path)])
    assert result.exit_code == 1
    assert "weg.colpkg does not exist" in result.output


def test_file_and_ankiconnect_together_or_neither(exports: dict[str, Path], tmp_path: Path) -> None:
    base = ["progress", "import", "amal", "--recipe", "proef", "--decks", str(exports["root"] / "decks"),
            "--learners", str(tmp_path)]
    for extra in ([], [str(exports["good"]), "--ankiconnect", "http://127.0.0.1:8765"]):
        result = CliRunner().invoke(cli, base + extra)
        assert result.exit_code == 2
        assert "give either the learner's Anki export or the address of AnkiConnect" in result.output


def test_the_message_in_dutch(exports: dict[str, Path], tmp_path: Path, dutch: None) -> None:
    path = _bad_file("newer-schema", exports, tmp_path)
    result = CliRunner().invoke(cli, ["progress", "import", "amal", str(path), "--recipe", "proef", "--decks",
                                      str(exports["root"] / "decks"), "--learners", str(tmp_path)])
    assert result.exit_code == 1
    # ("fout:"/"tip:" come with the catalogue's words for error and hint, translated elsewhere)
    assert (": nieuw.colpkg is gemaakt met een nieuwere Anki-versie dan vaktaal kan lezen (verzamelingsschema 19; "
            "vaktaal leest 11 tot en met 18)\n") in result.output
    assert ": exporteer opnieuw met 'Oudere Anki-versies ondersteunen' aangevinkt\n" in result.output
