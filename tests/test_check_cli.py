"""`vaktaal check` as a coach meets it: exact messages and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from vaktaal.cli.main import cli

VALID = Path(__file__).parent / "sectors" / "valid"


def run(*args: str) -> object:
    return CliRunner().invoke(cli, list(args))


def test_clean_file_exit_0_with_summary() -> None:
    result = run("check", str(VALID / "metaal-mini.yaml"))
    assert result.exit_code == 0, result.output
    assert result.output == "No errors in 1 file (4 terms); 0 warnings.\n"


def test_warnings_are_summarized_then_listed_on_request() -> None:
    path = str(VALID / "utf8-bom.yaml")
    result = run("check", path)
    assert result.exit_code == 0
    assert result.output == (
        f"{path}: 6 warnings: missing translation: ar 1, ti 1, fa 1, so 1, tr 1, uk 1\n"
        "No errors in 1 file (1 term); 6 warnings; list them with --warnings.\n"
    )
    listed = run("check", "--warnings", path)
    assert listed.exit_code == 0
    expected = f"{path}:16:5: warning: term 'pauze' has no 'ti' translation\n    hint: add it under translations:\n"
    assert expected in listed.output
    assert listed.output.count(": warning: ") == 6


def test_several_mistakes_all_reported_in_one_run(tmp_path: Path) -> None:
    sector = tmp_path / "proef.yaml"
    sector.write_text(
        "sector: proef\nname: Proef\ndescription: Proef.\n"
        "themes:\n  - id: algemeen\n    name: Algemeen\n"
        "terms:\n"
        "  - id: hamer\n    nl: hamer\n    pos: noun\n    theme: gereedschap\n    level: A1\n"
        "  - id: hamer\n    nl: zaag\n    article: de\n    pos: noun\n    theme: algemeen\n    level: A4\n",
        encoding="utf-8",
    )
    result = run("check", str(sector))
    assert result.exit_code == 1
    p = str(sector)
    assert result.output.splitlines()[:8] == [
        f"{p}:8:5: error: term 'hamer' is a noun but has no article",
        "    hint: add `article: de` or `article: het` — learners learn every noun with its article",
        f"{p}:11:12: error: theme 'gereedschap' is not one of the file's themes",
        "    hint: known themes: algemeen (or add it under themes:)",
        f"{p}:13:9: error: id 'hamer' is used twice (first on line 8)",
        "    hint: every term needs its own id; pick a new one for the new term "
        "(never rename the old one: learners' progress hangs on it)",
        f"{p}:18:12: error: 'A4' is not an allowed level",
        "    hint: allowed: A1, A2, B1, B2",
    ]
    assert result.output.splitlines()[-1] == "4 errors, 20 warnings in 1 file (0 terms)."  # 2 without picture


def test_json_format() -> None:
    result = run("check", "--format", "json", str(VALID))
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert report["ok"] is True
    assert report["summary"] == {"files": 2, "errors": 0, "warnings": 6}
    warning = report["problems"][0]
    assert set(warning) == {"path", "line", "column", "severity", "code", "message", "hint"}


def test_json_format_with_errors_exit_1() -> None:
    bad = Path(__file__).parent / "sectors" / "invalid" / "tabs.yaml"
    result = run("check", "--format", "json", str(bad))
    assert result.exit_code == 1
    report = json.loads(result.output)
    assert report["problems"][0]["line"] == 9
    assert report["problems"][0]["code"] == "yaml-syntax"


def test_missing_path_is_a_usage_error() -> None:
    result = run("check", "does-not-exist.yaml")
    assert result.exit_code == 2
    assert "Path 'does-not-exist.yaml' does not exist" in result.output


def test_default_is_the_sectors_folder() -> None:
    runner = CliRunner()
    with runner.isolated_filesystem():
        result = runner.invoke(cli, ["check"])
        assert result.exit_code == 2
        assert "there is no sectors/ folder here" in result.output
        shutil.copytree(VALID, "sectors")
        result = runner.invoke(cli, ["check"])
        assert result.exit_code == 0, result.output
        assert "No errors in 2 files (5 terms)" in result.output


def test_every_command_has_help_text() -> None:
    def walk(group: click.Group, prefix: str) -> list[tuple[str, click.Command]]:
        found = []
        context = click.Context(group)
        for name in group.list_commands(context):
            command = group.get_command(context, name)
            assert command is not None, f"`vaktaal {prefix}{name}` is listed but cannot be loaded"
            found.append((prefix + name, command))
            if isinstance(command, click.Group):
                found.extend(walk(command, prefix + name + " "))
        return found

    commands = walk(cli, "")
    assert {"check", "stats", "schema"} <= {name for name, _ in commands}
    readme = (Path(__file__).parent.parent / "README.md").read_text("utf-8")
    for name, command in commands:
        assert command.help, f"`vaktaal {name}` has no help text"
        top = name.split(" ")[0]
        assert f"vaktaal {top}" in readme, f"README.md does not document `vaktaal {top}`"


@pytest.mark.parametrize(("language", "title"), [("nl", "Woorden per sector en niveau"),
                                                ("en", "Terms per sector and level")])
def test_stats_tables(monkeypatch, language: str, title: str) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    monkeypatch.setenv("COLUMNS", "200")  # rich reads the width from here
    result = CliRunner().invoke(cli, ["stats", str(VALID / "metaal-mini.yaml")])
    assert result.exit_code == 0, result.output
    assert title in result.output
    assert "metaal-mini" in result.output
    # en: 4 of 4 translated, 1 of 4 reviewed
    assert "100 (25)" in result.output


def test_stats_skips_a_broken_file_with_exit_1() -> None:
    bad = Path(__file__).parent / "sectors" / "invalid" / "tabs.yaml"
    result = CliRunner().invoke(cli, ["stats", str(bad), str(VALID / "metaal-mini.yaml")])
    assert result.exit_code == 1
    assert f"skipped {bad}: it has 1 error (run `vaktaal check {bad}`)" in result.output


def test_python_m_vaktaal(tmp_path: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "vaktaal", "--version"], capture_output=True, text=True,
                          check=False)
    assert done.returncode == 0
    assert done.stdout.startswith("vaktaal, version ")


def test_check_recognizes_recipes(tmp_path: Path) -> None:
    (tmp_path / "sectors").mkdir()
    shutil.copy(VALID / "metaal-mini.yaml", tmp_path / "sectors" / "metaal-mini.yaml")
    shutil.copytree(VALID / "images", tmp_path / "sectors" / "images")
    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / "goed.yaml").write_text("name: Goed\nsectors: [metaal-mini]\nlanguages: [ar]\n", encoding="utf-8")
    (decks / "fout.yaml").write_text("name: Fout\nsectors:\n  - sector: metaal\nprofiel: alfa\n", encoding="utf-8")
    (decks / "weg.yaml").write_text("name: Weg\nsectors: [bestaat-niet]\n", encoding="utf-8")
    result = run("check", str(decks))
    assert result.exit_code == 1
    fout, weg = str(decks / "fout.yaml"), str(decks / "weg.yaml")
    # Every problem of a recipe at once (issue 10 #16), each with file:line:col.
    assert result.output.splitlines() == [
        f"{fout}:3:13: error: the recipe names sector 'metaal', but there is no {tmp_path / 'sectors' / 'metaal.yaml'}",
        f"    hint: check the spelling; the sector files are in {tmp_path / 'sectors'}",
        f"{fout}:4:1: error: unknown field 'profiel' in a recipe",
        "    hint: did you mean 'profile'? allowed fields: name, description, sectors, employers, languages, "
        "cards, profile, translation_audio",
        f"{weg}:2:11: error: the recipe names sector 'bestaat-niet', but there is no "
        f"{tmp_path / 'sectors' / 'bestaat-niet.yaml'}",
        f"    hint: check the spelling; the sector files are in {tmp_path / 'sectors'}",
        "3 errors, 0 warnings in 3 files (0 terms).",
    ]


def test_the_shipped_project_checks_clean(repo: Path, monkeypatch) -> None:
    monkeypatch.chdir(repo)
    result = run("check")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("No errors in ")
