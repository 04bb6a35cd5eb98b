"""A learner's phone for the web tests: the Tigrinya deck of the test project's recipe, reviewed
with the real ``anki`` library (one word never learned, one forgotten three times, one strong),
and exported as AnkiDroid does."""

from __future__ import annotations

from pathlib import Path

from anki_reviews import LAPSED, STRONG, WEAK_EARLY, build_apkg, export_apkg, export_colpkg, give_history, import_deck
from anki_reviews import open_collection as open_anki

from vaktaal.anki.identity import note_guid
from vaktaal.coaching.plan_file import read_plan
from vaktaal.recipes import load_recipe


def guid(key: str, lang: str) -> str:
    origin, term_id = key.split("/")
    return note_guid(origin, term_id, lang)


def make_phone(project_template: Path, root: Path) -> dict:
    """``files``: amal.colpkg, zonder-planning.apkg (no scheduling), twee-talen.colpkg (the Arabic
    deck too); ``words``: the plan's week-1 keys that are weak, lapsed and strong."""
    recipe = load_recipe(project_template / "decks" / "proef.yaml")
    week1 = read_plan(project_template / "learners" / "amal" / "plan.proef.yaml").new_words(1)
    words = {"weak": week1[0], "lapsed": week1[1], "strong": week1[2]}
    col = open_anki(root / "anki")
    import_deck(col, build_apkg(recipe, "ti", root / "decks"))
    give_history(col, guid(words["weak"], "ti"), WEAK_EARLY)
    give_history(col, guid(words["lapsed"], "ti"), LAPSED)
    give_history(col, guid(words["strong"], "ti"), STRONG)
    files = root / "files"
    files.mkdir()
    export_apkg(col, files / "zonder-planning.apkg", "Vaktaal::Proef", scheduling=False)
    export_colpkg(col, files / "amal.colpkg")
    both = open_anki(root / "both")
    import_deck(both, build_apkg(recipe, "ar", root / "decks"))
    import_deck(both, build_apkg(recipe, "ti", root / "decks"))
    give_history(both, guid(words["weak"], "ti"), WEAK_EARLY)
    export_colpkg(both, files / "twee-talen.colpkg")
    return {"files": files, "words": words}
