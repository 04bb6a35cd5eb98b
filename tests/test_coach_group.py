"""A group's week: `vaktaal group` keeps the learners a coach works with together, `vaktaal week
--group` makes every member's pack in their own language and profile and one coach guide."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from coach_project import write_project
from pdf_text import pdf_text, pdf_words

from vaktaal.cli.main import cli
from vaktaal.coaching import save_plan
from vaktaal.coaching.group_week import make_group_week
from vaktaal.coaching.groups import add_member, group_path, read_group, remove_member
from vaktaal.errors import CoachFileError, InputError
from vaktaal.recipes import load_recipe


def _group(learners: Path) -> None:
    add_member(learners, "Lasgroep dinsdag", "Amal K.", lang="ti", profile="alfa")
    add_member(learners, "Lasgroep dinsdag", "Yonas", lang="ti")
    add_member(learners, "Lasgroep dinsdag", "Rania", lang="ar")


def test_a_group_is_kept_in_one_file_the_coach_can_read(tmp_path: Path) -> None:
    learners = tmp_path / "learners"
    _group(learners)
    path = learners / "groups" / "lasgroep-dinsdag.yaml"
    assert group_path(learners, "Lasgroep dinsdag") == path
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Groep Lasgroep dinsdag (gemaakt met `vaktaal group add`).")
    assert yaml.safe_load(text) == {"name": "Lasgroep dinsdag", "members": [
        {"name": "Amal K.", "lang": "ti", "profile": "alfa"}, {"name": "Yonas", "lang": "ti"},
        {"name": "Rania", "lang": "ar"}]}
    # Adding a learner again changes them; removing keeps the others in order.
    add_member(learners, "lasgroep-dinsdag", "yonas", lang="ar", profile="lezer")
    group = remove_member(learners, "Lasgroep dinsdag", "Amal K.")
    assert [(m.name, m.lang, m.profile) for m in group.members] == [("yonas", "ar", "lezer"), ("Rania", "ar", None)]
    assert read_group(learners, "lasgroep-dinsdag") == group


@pytest.mark.parametrize(("members", "where", "message"), [
    ("  - name: Amal\n    lang: xx\n", ":4:11:", "'xx' is not a language code"),
    ("  - name: Amal\n    lang: ti\n  - name: amal\n    lang: ar\n", ":5:11:", "amal is in the group twice"),
    ("  - name: Amal\n    lang: ti\n    leeftijd: 30\n", ":5:5:", "unknown field 'leeftijd' for a member"),
    ("  - name: Amal\n    lang: ti\n    profile: lezen\n", ":5:14:", "'lezen' is not a profile"),
    ("  - name: ../../etc\n    lang: ti\n", ":3:11:", "a name cannot contain / or \\"),
])
def test_a_mistake_in_the_group_file_names_file_line_and_column(tmp_path: Path, members: str, where: str,
                                                                message: str) -> None:
    path = tmp_path / "groups" / "g.yaml"
    path.parent.mkdir()
    path.write_text(f"name: G\nmembers:\n{members}", encoding="utf-8")
    with pytest.raises(CoachFileError) as caught:
        read_group(tmp_path, "g")
    assert caught.value.message.startswith(f"{path}{where} {message}"), caught.value.message


def test_what_cannot_be_a_group_or_a_member_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no letters or digits") as caught:
        add_member(tmp_path, "!!!", "Amal", lang="ti")
    assert caught.value.field == "group"
    with pytest.raises(InputError, match="cannot be a learner's name"):
        add_member(tmp_path, "g", "Groups", lang="ti")
    with pytest.raises(InputError, match="not an ISO 639-1 language code"):
        add_member(tmp_path, "g", "Amal", lang="xx")
    with pytest.raises(InputError, match="there is no group 'h'"):
        read_group(tmp_path, "h")
    assert not (tmp_path / "groups").exists() or not list((tmp_path / "groups").iterdir())


def test_the_group_commands(tmp_path: Path) -> None:
    learners = ["--learners", str(tmp_path / "l")]
    runner = CliRunner()
    result = runner.invoke(cli, ["group", "add", "lasgroep", "Amal K.", "--lang", "ti", "--profile", "alfa", *learners])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["group", "add", "lasgroep", "Rania", "--lang", "ar", *learners])
    assert result.output.splitlines() == [f"Group lasgroep ({tmp_path / 'l' / 'groups' / 'lasgroep.yaml'}): 2 learners",
                                          "  Amal K. (Tigrinya, alfa)", "  Rania (Arabic)"]
    result = runner.invoke(cli, ["group", "show", "lasgroep", *learners])
    assert "Make their week with `vaktaal week RECIPE --week N --group lasgroep`." in result.output
    result = runner.invoke(cli, ["group", "add", "lasgroep", "Omar", "--lang", "xx", *learners])
    assert result.exit_code == 2 and "--lang xx: not an ISO 639-1 language code" in result.output
    result = runner.invoke(cli, ["group", "remove", "lasgroep", "Omar", *learners])
    assert result.exit_code == 2 and "Omar is not in group 'lasgroep'" in result.output


def test_the_group_commands_in_dutch(tmp_path: Path, dutch: None) -> None:
    result = CliRunner().invoke(cli, ["group", "add", "lasgroep", "Rania", "--lang", "ar",
                                      "--learners", str(tmp_path / "l")])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1:] == ["  Rania (Arabisch)"]
    assert result.output.startswith("Groep lasgroep (")


def test_a_groups_week_makes_each_pack_and_one_guide(tmp_path: Path) -> None:
    recipe = load_recipe(write_project(tmp_path))
    learners, out = tmp_path / "learners", tmp_path / "exports"
    _group(learners)
    # Yonas is a week ahead: in week 2 his week-1 words come back, and he did not know laskap.
    save_plan(recipe, learners_dir=learners, learner="Yonas", weeks=3, per_week=4)
    save_plan(recipe, learners_dir=learners, learner="Rania", weeks=3, per_week=4)
    (learners / "yonas" / "progress.yaml").write_text(
        "learner: yonas\nweeks:\n  1:\n    known: [proef/brandblusser, proef/pas-op, proef/noodstop]\n"
        "    not_yet: [proef/laskap]\n", encoding="utf-8")
    made = make_group_week(recipe, week=2, group="Lasgroep dinsdag", learners_dir=learners, out_dir=out)
    assert [m.name for m, _w in made.members] == ["Amal K.", "Yonas", "Rania"]
    folders = [w.files.folder for _m, w in made.members]
    assert folders == [out / "proef" / "amal-k" / "ti" / "week-02", out / "proef" / "yonas" / "ti" / "week-02",
                       out / "proef" / "rania" / "ar" / "week-02"]
    for folder in folders:  # each member: their worksheet and phone page, no guide of their own
        assert sorted(p.name for p in folder.iterdir() if p.is_file()) == ["index.html", "werkblad.pdf"]
    assert made.pdf_warnings == [] and all(w.files.pdf_warnings == [] for _m, w in made.members)
    assert "መዶሻ" in pdf_text(folders[1] / "werkblad.pdf") and "مطرقة" in pdf_text(folders[2] / "werkblad.pdf")
    alfa = pdf_words(folders[0] / "werkblad.pdf")
    assert "Knip de kaartjes uit" in alfa and "Vul in" not in alfa  # Amal's profile, not the group's

    assert made.guide == out / "proef" / "groups" / "lasgroep-dinsdag" / "week-02" / "handleiding.pdf"
    guide = pdf_words(made.guide)
    assert "Handleiding voor de taalcoach – groep Lasgroep dinsdag – week 2" in guide
    assert "Amal K. (Tigrinya, alfa) · Yonas (Tigrinya) · Rania (Arabisch)" in guide
    # Shared new words once, with the translation in each language of the group.
    assert guide.count("“Dit is de hamer.”") == 1 and "መዶሻ" in guide and "مطرقة" in guide
    # The words that come back, each with who reviews it; ★ marks the learner who did not know it.
    assert "★ Yonas" in guide
    # One checklist, a column per learner, and each learner's own command.
    assert "vaktaal progress record amal-k --week 2 --not-yet CODE,CODE" in guide
    assert "vaktaal progress record rania --week 2 --all-known" in guide
    # Each learner's answers (Yonas's review words differ from Rania's).
    assert all(f"Antwoorden – {name}" in guide for name in ("Amal K.", "Yonas", "Rania"))


def test_the_recipe_is_read_once_for_the_whole_group(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vaktaal.recipes

    recipe = load_recipe(write_project(tmp_path))
    learners = tmp_path / "learners"
    _group(learners)
    read: list[str] = []
    original = vaktaal.recipes.load_sector

    def counting(path: Path, *args: object, **kwargs: object) -> object:
        read.append(Path(path).name)
        return original(path, *args, **kwargs)

    monkeypatch.setattr(vaktaal.recipes, "load_sector", counting)
    make_group_week(recipe, week=1, group="Lasgroep dinsdag", learners_dir=learners, out_dir=tmp_path / "o")
    assert sorted(read) == ["proef.yaml", "werkvloer.yaml"]  # three packs, each file read once


def test_the_work_floor_phrases_are_read_only_when_a_week_needs_them(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import vaktaal.recipes

    phrases = [{"id": f"zin-{i}", "nl": f"Zin nummer {i}.", "pos": "phrase", "theme": "praten", "level": "A1",
                "situation": f"Situatie {i}.", "translations": {"en": f"Sentence {i}."}} for i in range(3)]
    recipe = load_recipe(write_project(tmp_path, terms=phrases))
    read: list[str] = []
    original = vaktaal.recipes.load_sector
    monkeypatch.setattr(vaktaal.recipes, "load_sector",
                        lambda path, *a, **k: read.append(Path(path).name) or original(path, *a, **k))
    from vaktaal.coaching import make_week

    made = make_week(recipe, week=1, lang="en", learners_dir=tmp_path / "l", out_dir=tmp_path / "o")
    assert len(made.pack.roleplay) == 3
    assert read == ["proef.yaml"]  # three phrases of its own: werkvloer.yaml not read


def test_week_with_a_group_on_the_command_line(tmp_path: Path) -> None:
    recipe = write_project(tmp_path)
    learners = tmp_path / "learners"
    _group(learners)
    args = ["week", str(recipe), "--week", "1", "--group", "Lasgroep dinsdag", "--no-audio",
            "--learners", str(learners), "--out", str(tmp_path / "o")]
    result = CliRunner().invoke(cli, args, terminal_width=300)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "Week 1 of group Lasgroep dinsdag: 3 learners"
    assert "  Amal K. (Tigrinya): 6 new words, 0 review words" in lines
    assert "  Rania (Arabic): 10 new words, 0 review words" in lines
    guide = tmp_path / "o" / "proef" / "groups" / "lasgroep-dinsdag" / "week-01" / "handleiding.pdf"
    assert f"Coach guide for the whole group: {guide}" in " ".join(lines)
    # Yonas and Rania have the same words and exercises this week: one block of answers for both.
    assert "Antwoorden – Yonas, Rania" in pdf_words(guide)
    result = CliRunner().invoke(cli, [*args, "--lang", "ar"])
    assert result.exit_code == 2 and "--group takes each learner's language and profile from the group" in result.output
    result = CliRunner().invoke(cli, ["week", str(recipe), "--week", "1", "--no-audio"])
    assert result.exit_code == 2 and "Missing option '--lang' (or '--group')." in result.output
