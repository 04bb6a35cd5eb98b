"""The library functions the web app needed: a verdict that knows what the reviewer saw, the risk
order of the review queue, editing one employer term, moving one word of a plan."""

from __future__ import annotations

import threading

import pytest
import yaml

from vaktaal.coaching.learner_plan import move_word, save_plan
from vaktaal.content.sector_files import load_sector
from vaktaal.employers.editing import edit_term
from vaktaal.errors import InputError
from vaktaal.recipes import load_recipe
from vaktaal.review import ChangedMeanwhile, Seen, Verdict, by_risk, read_vocabulary, record_verdicts, unreviewed


def _terms(path):
    return {t["id"]: t for t in yaml.safe_load(path.read_text())["terms"]}


def test_a_verdict_on_what_changed_meanwhile_is_refused_and_writes_nothing(project):
    path = project / "sectors" / "proef.yaml"
    record_verdicts(path, [Verdict("zaag", "ti", translation="መጋዝ 2", seen=Seen("መጋዝ", False))])
    before = path.read_bytes()
    with pytest.raises(ChangedMeanwhile) as caught:
        record_verdicts(path, [Verdict("zaag", "ti", seen=Seen("መጋዝ", False))])
    assert caught.value.now == Seen("መጋዝ 2", True)
    assert path.read_bytes() == before
    record_verdicts(path, [Verdict("zaag", "ti", translation="መጋዝ 3", seen=caught.value.now)])
    assert _terms(path)["zaag"]["translations"]["ti"] == "መጋዝ 3"


def test_concurrent_verdicts_on_one_file_are_all_kept(project):
    path = project / "sectors" / "proef.yaml"
    ids = ["hamer", "zaag", "gereedschap", "boor", "werkbank", "noodstop", "brandblusser"]
    terms = _terms(path)
    threads = [threading.Thread(target=record_verdicts, args=(path, [Verdict(
        i, "ti", seen=Seen(terms[i]["translations"]["ti"], False))])) for i in ids]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    after = _terms(path)
    assert all("ti" in after[i]["reviewed"] for i in ids)


def test_the_queue_puts_safety_first_then_the_least_checked_language(project):
    files = read_vocabulary([project / "sectors" / "proef.yaml"])
    ordered = by_risk(unreviewed(files, ["ar", "ti"]), files)
    safety = [item.term.safety for item in ordered]
    assert safety == sorted(safety, reverse=True)
    first_plain = next(item for item in ordered if not item.term.safety)
    assert first_plain.lang == "ti"  # ar has two reviewed translations, ti none


def test_edit_term_keeps_comments_and_unmarks_a_changed_translation(project):
    path = project / "employers" / "smit" / "metaal.yaml"
    path.write_text("# Smit's own words\n" + path.read_text().replace("reviewed: []", "reviewed: [en, ar]"))
    base = load_sector(project / "sectors" / "metaal.yaml")
    term = edit_term(path, "kantbank", {"translations": {"ar": "آلة ثني", "en": "press brake"},
                                        "example": "Pas op bij de kantbank."}, base=base)
    assert term.translations["ar"] == "آلة ثني" and term.reviewed == ("en",)
    text = path.read_text()
    assert text.startswith("# Smit's own words") and text.index("example:") < text.index("translations:")
    with pytest.raises(InputError):
        edit_term(path, "kantbank", {"id": "x"}, base=base)
    with pytest.raises(Exception, match="error"):
        edit_term(path, "kantbank", {"level": "Z9"}, base=base)
    assert "Z9" not in path.read_text()


def test_move_word(project):
    recipe = load_recipe(project / "decks" / "proef.yaml")
    plan = save_plan(recipe, learners_dir=project / "learners", learner="sam").plan
    key = plan.weeks[0][0]
    moved = move_word(recipe, learners_dir=project / "learners", learner="sam", key=key, week=3)
    assert key in moved.weeks[2] and key not in moved.weeks[0]
    later = move_word(recipe, learners_dir=project / "learners", learner="sam", key=key, week=None)
    assert key in later.later
    with pytest.raises(InputError):
        move_word(recipe, learners_dir=project / "learners", learner="sam", key=key, week=99)
    with pytest.raises(InputError):
        move_word(recipe, learners_dir=project / "learners", learner="sam", key="proef/nope", week=1)
