"""Bad input never crashes or hangs: a clear located message, a non-zero exit, no traceback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import vaktaal
from vaktaal.cli.main import cli

INVALID = Path(__file__).parent / "sectors" / "invalid"


def check(path: Path) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    return result.exit_code, result.output


def run_bounded(code: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """Run in a child with a 1 GiB address-space cap and a time limit, so a bomb cannot hurt."""
    script = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        {code}
    """)
    # The child imports vaktaal from this checkout, whatever an editable install points at.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parents[1]),
                                                       os.environ.get("PYTHONPATH", "")])}
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path, check=False, env=env)


def test_alias_bomb_is_refused_in_bounded_time_and_memory(tmp_path: Path) -> None:
    done = run_bounded(
        "from click.testing import CliRunner\n"
        "        from vaktaal.cli.main import cli\n"
        f"        r = CliRunner().invoke(cli, ['check', {str(INVALID / 'alias-bomb.yaml')!r}])\n"
        "        print(r.output); sys.exit(r.exit_code)",
        tmp_path,
    )
    assert done.returncode == 1, done.stderr
    assert "anchors and aliases (& and *) are not allowed" in done.stdout


def test_fifty_megabyte_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "groot.yaml"
    with big.open("wb") as f:
        f.write(b"sector: groot\nterms:\n")
        f.write(b"  - id: x\n    nl: x\n" * (50 * 1024 * 1024 // 20))
    code, output = check(big)
    assert code == 1
    assert f"{big}: error: the file is 50.0 MB; vaktaal files may be at most 5 MB" in output
    assert "hint: split the vocabulary into several sector files" in output


DEEP_FILES = {
    "flow": "a: " + "[" * 5000 + "]" * 5000 + "\n",
    "flow-mappings": "a: " + "{b: " * 3000 + "}" * 3000 + "\n",
    "block": "a:\n" + "".join(" " * i + "- \n" for i in range(1, 1500)),
}


@pytest.fixture(params=["libyaml default", "libyaml stops at 45", "libyaml unlimited"])
def libyaml_nest_limit(request: pytest.FixtureRequest) -> Iterator[None]:
    """vaktaal's refusal must not depend on where libyaml (if it has a limit at all) stops."""
    import yaml

    setter = getattr(getattr(yaml, "_yaml", None), "_set_max_nest_level", None)
    getter = getattr(getattr(yaml, "_yaml", None), "_get_max_nest_level", None)
    limit = {"libyaml default": None, "libyaml stops at 45": 45, "libyaml unlimited": 10**6}[request.param]
    if setter is None or getter is None or limit is None:
        yield
        return
    before = getter()
    setter(limit)
    try:
        yield
    finally:
        setter(before)


@pytest.mark.parametrize("shape", sorted(DEEP_FILES))
def test_deep_nesting_is_refused_with_vaktaals_own_message(tmp_path: Path, shape: str,
                                                            libyaml_nest_limit: None) -> None:
    deep = tmp_path / "diep.yaml"
    deep.write_text(DEEP_FILES[shape], encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--format", "json", str(deep)])
    assert result.exit_code == 1, result.output
    [problem] = json.loads(result.output)["problems"]
    assert problem["code"] == "too-deep"
    assert problem["line"] is not None and problem["column"] is not None
    code, output = check(deep)
    assert code == 1 and "error: the file is nested too deeply to be a vaktaal file" in output


def test_python_tag_never_runs(tmp_path: Path) -> None:
    marker = tmp_path / "hacked"
    evil = tmp_path / "kwaad.yaml"
    evil.write_text(f'sector: !!python/object/apply:os.system ["touch {marker}"]\n', encoding="utf-8")
    code, output = check(evil)
    assert code == 1
    assert "YAML tags like '!!python/object/apply:os.system' are not allowed" in output
    assert not marker.exists()


@pytest.mark.parametrize("tag", ["!custom", "!!binary", "!!set", "!!omap"])
def test_other_tags_are_refused(tmp_path: Path, tag: str) -> None:
    path = tmp_path / "tag.yaml"
    path.write_text(f"sector: {tag} abc\n", encoding="utf-8")
    code, output = check(path)
    assert code == 1
    assert "error: YAML tags like" in output


def test_merge_keys_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "merge.yaml"
    path.write_text("sector: x\nterms:\n  - <<: {id: a}\n", encoding="utf-8")
    code, output = check(path)
    assert code == 1
    assert f"{path}:3:5: error: YAML merge keys (<<) are not allowed in vaktaal files" in output


def test_control_character_is_located(tmp_path: Path) -> None:
    path = tmp_path / "nul.yaml"
    path.write_bytes(b"sector: a\nname: b\x00c\n")
    code, output = check(path)
    assert code == 1
    assert f"{path}:2:8: error: the file contains a character YAML does not allow (#x0000)" in output


def test_empty_file_and_whitespace_file(tmp_path: Path) -> None:
    for content in (b"", b"\n\n   \n"):
        path = tmp_path / "leeg.yaml"
        path.write_bytes(content)
        code, output = check(path)
        assert code == 1
        assert f"{path}:1:1: error: the file is empty" in output


def test_scalar_document(tmp_path: Path) -> None:
    path = tmp_path / "tekst.yaml"
    path.write_text("alleen een zin\n", encoding="utf-8")
    code, output = check(path)
    assert code == 1
    assert "a sector file must be a mapping (key: value lines), not 'alleen een zin'" in output


def test_unreadable_directory_given_as_file(tmp_path: Path) -> None:
    folder = tmp_path / "map.yaml"
    folder.mkdir()
    (folder / "x.yaml").write_text("", encoding="utf-8")
    code, output = check(folder)  # a folder is expanded, its empty file reported
    assert code == 1
    assert "the file is empty" in output


def test_load_sector_raises_with_every_problem() -> None:
    with pytest.raises(vaktaal.SectorFileError) as caught:
        vaktaal.load_sector(INVALID / "many-mistakes.yaml")
    error = caught.value
    assert len(error.problems) == 18
    assert "many-mistakes.yaml has 18 errors; the first: " in error.message
    # The library names no command (a web page shows it too); the CLI adds `vaktaal check` (test below).
    assert error.hint == "check the file and fix every error in it"


def test_load_sector_missing_file() -> None:
    with pytest.raises(vaktaal.InputError):
        vaktaal.load_sector("nergens.yaml")


def test_norwegian_language_code_stays_text() -> None:
    sector = vaktaal.load_sector(Path(__file__).parent / "sectors" / "valid" / "metaal-mini.yaml")
    assert sector.term("laskap").translations["no"] == "sveisehjelm"
    assert sector.term("112").nl == "112"
    assert sector.term("laskap").picture_path.name == "laskap.png"
