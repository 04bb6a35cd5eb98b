"""Ordinary failures of the file system are one clear line, never a traceback, and leave what the
user had as it was; temporary files of a killed run are cleared by the next (issue 16, items 8
and 9)."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner
from coach_project import write_project
from deck_project import BASE_TERMS, write_recipe, write_sector

from vaktaal.cli.main import cli
from vaktaal.files.atomic import atomic_write

REPO = Path(__file__).resolve().parents[1]
RECIPE = "name: Vaktaal Werkplaats\nsectors: [werkplaats]\nlanguages: [ar]\nprofile: lezer\n"
DAY_AGO = 24 * 3600


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAKTAAL_AUDIO_CACHE", str(tmp_path / "cache"))


@pytest.fixture
def project(tmp_path: Path) -> Path:
    write_sector(tmp_path)
    write_recipe(tmp_path, RECIPE)
    return tmp_path


def _run(*args: str):
    result = CliRunner().invoke(cli, list(args))
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


def _build(root: Path, out: Path | str):
    return _run("build", str(root / "decks" / "test.yaml"), "--lang", "ar", "--out", str(out), "--no-audio")


def _change_a_term(root: Path) -> None:
    terms = [dict(t) for t in BASE_TERMS]
    terms[0]["notes"] = "changed"
    write_sector(root, terms)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


def test_a_full_disk_is_one_line_and_the_old_package_stays(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = project / "exports"
    assert _build(project, out).exit_code == 0
    package = out / "test.ar.apkg"
    before = package.read_bytes()
    _change_a_term(project)  # the next build must write the package again

    def disk_full(self, *args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(zipfile.ZipFile, "writestr", disk_full)
    result = _build(project, out)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"error: cannot use {package}: the disk is full",
        "    hint: make room on the disk or write somewhere else, then run again; the files you had are unchanged"]
    assert package.read_bytes() == before
    assert _leftovers(out) == []  # no temporary file stays behind


def test_a_full_disk_on_standard_output_is_one_line(tmp_path: Path) -> None:
    """A real full device: /dev/full refuses every write with ENOSPC."""
    with open("/dev/full", "w") as full:
        done = subprocess.run([sys.executable, "-m", "vaktaal", "schema"], stdout=full, stderr=subprocess.PIPE,
                              text=True, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(REPO), "LANGUAGE": "en"},
                              timeout=60, check=False)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.splitlines()[0] == "error: a file cannot be read or written: the disk is full"


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """A folder nobody may change, for real: immutable for root (who ignores permissions), else
    without write permission."""
    if os.geteuid() == 0:
        subprocess.run(["chattr", "+i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
    try:
        yield
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        else:
            folder.chmod(0o755)


def test_a_read_only_folder_is_one_line_and_the_old_package_stays(project: Path) -> None:
    out = project / "exports"
    assert _build(project, out).exit_code == 0
    package = out / "test.ar.apkg"
    before = package.read_bytes()
    _change_a_term(project)
    with read_only(out):
        result = _build(project, out)
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"error: cannot use {out}: you are not allowed to change it",
        "    hint: write to a folder you may change, or ask whoever manages this computer"]
    assert package.read_bytes() == before


@pytest.mark.parametrize("command", [
    ["build", "decks/test.yaml", "--lang", "ar", "--no-audio"],
    ["export", "csv", "decks/test.yaml", "--lang", "ar", "--no-audio"],
])
def test_a_file_given_as_the_out_folder_is_one_line(project: Path, command: list[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    result = _run(*command, "--out", "/dev/null")
    assert result.exit_code == 1
    assert result.output.splitlines() == ["error: cannot use /dev/null: it exists and is not a folder",
                                          "    hint: give a folder, not a file"]


def test_week_out_dev_null_is_one_line(tmp_path: Path) -> None:
    recipe = write_project(tmp_path, work_floor=False)
    result = _run("week", str(recipe), "--week", "1", "--lang", "ar", "--no-audio",
                  "--learners", str(tmp_path / "learners"), "--out", "/dev/null")
    assert result.exit_code == 1
    assert result.output.splitlines()[0].startswith("error: cannot use /dev/null")
    assert len(result.output.splitlines()) == 2


def test_any_other_os_error_is_one_line_with_the_system_reason(project: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import vaktaal.recipes

    def broken(*args, **kwargs):
        raise OSError(errno.EMLINK, os.strerror(errno.EMLINK), "decks/test.yaml")

    monkeypatch.setattr(vaktaal.recipes, "read_yaml", broken)
    monkeypatch.chdir(project)
    result = _run("build", "decks/test.yaml", "--no-audio")
    assert result.exit_code == 1
    assert result.output == f"error: cannot use decks/test.yaml: {os.strerror(errno.EMLINK)}\n"


def test_a_csv_error_that_reaches_the_command_line_is_one_line(project: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    import csv

    import vaktaal.cli.import_cmd

    def too_long(*args, **kwargs):
        raise csv.Error("field larger than field limit (131072)")

    monkeypatch.setattr(vaktaal.cli.import_cmd, "read_term_inputs", too_long)
    monkeypatch.chdir(project)
    (project / "x.csv").write_text("woord\nhamer\n", encoding="utf-8")
    result = _run("import", str(project / "x.csv"), "--employer", "smit", "--sector", "werkplaats", "--dry-run")
    assert result.exit_code == 1
    assert result.output.splitlines()[0] == "error: a CSV file cannot be read: field larger than field limit (131072)"


def test_a_csv_cell_over_the_field_limit_is_no_traceback(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(project)
    sheet = project / "lang.csv"
    sheet.write_text("woord;en\nhamer;" + "x" * 200_000 + "\n", encoding="utf-8")
    result = _run("import", str(sheet), "--employer", "smit", "--sector", "werkplaats", "--dry-run")
    assert result.exit_code != 0
    assert result.output.startswith("error: ")


def test_library_writes_name_the_file_not_the_temporary_one(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "a.yaml"
    target.write_text("old", encoding="utf-8")

    def disk_full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", disk_full)
    from vaktaal.files.os_errors import FileAccessError

    with pytest.raises(FileAccessError) as caught:
        atomic_write(target, b"new")
    assert caught.value.message == f"cannot use {target}: the disk is full"
    assert target.read_text(encoding="utf-8") == "old" and _leftovers(tmp_path) == []


def _stale(path: Path, age: float = DAY_AGO) -> Path:
    path.write_bytes(b"half a package")
    old = path.stat().st_mtime - age
    os.utime(path, (old, old))
    return path


def test_a_killed_build_leaves_nothing_after_the_next_run(project: Path) -> None:
    out = project / "exports"
    assert _build(project, out).exit_code == 0
    stale = _stale(out / ".test.ar.apkg.k1ll3d_x.tmp")
    other = _stale(out / ".metaal.fa.apkg.abcd1234.tmp")
    fresh = _stale(out / ".test.ar.apkg.running.tmp", age=0)  # another run writing right now
    state = _stale(project / "decks" / ".test.state.json.zz99zz99.tmp")
    mine = out / "notes.tmp"  # not a temporary file of vaktaal's
    mine.write_text("keep", encoding="utf-8")
    result = _build(project, out)  # nothing changed: the package itself is not written again
    assert result.exit_code == 0
    assert not stale.exists() and not other.exists() and not state.exists()
    assert fresh.exists() and mine.exists()


def test_a_killed_week_leaves_nothing_after_the_next_run(tmp_path: Path) -> None:
    recipe = write_project(tmp_path, work_floor=False)
    args = ["week", str(recipe), "--week", "1", "--lang", "ar", "--no-audio", "--learners", str(tmp_path / "l"),
            "--out", str(tmp_path / "o")]
    assert _run(*args).exit_code == 0
    learner = tmp_path / "o" / "proef" / "groep" / "ar"  # packs are kept per language
    half = learner / ".week-01.new-99999"
    half.mkdir()
    _stale(half / "werkblad.pdf")
    old = half.stat().st_mtime - DAY_AGO
    os.utime(half, (old, old))
    swapped = learner / ".week-01.old-99999"
    swapped.mkdir()
    os.utime(swapped, (old, old))
    temp = _stale(learner / ".progress.yaml.abcdefgh.tmp")
    assert _run(*args).exit_code == 0
    assert _leftovers(learner) == [] and not temp.exists()
    assert (learner / "week-01" / "werkblad.pdf").is_file()


def test_clean_stale_temp_files_in_a_missing_folder_is_nothing(tmp_path: Path) -> None:
    from vaktaal.files.atomic import clean_stale_temp_files_in

    assert clean_stale_temp_files_in(tmp_path / "nope") == []


def test_a_file_given_as_the_out_folder_in_dutch(project: Path, monkeypatch: pytest.MonkeyPatch, dutch: None) -> None:
    monkeypatch.chdir(project)
    result = _run("build", "decks/test.yaml", "--lang", "ar", "--no-audio", "--out", "/dev/null")
    assert result.exit_code == 1
    assert result.output.splitlines() == ["fout: kan /dev/null niet gebruiken: het bestaat al en is geen map",
                                          "    tip: geef een map, geen bestand"]
