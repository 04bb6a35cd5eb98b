"""The example corpus: every valid file is clean; every invalid file gives exactly its expected errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from vaktaal.cli.main import cli

CORPUS = Path(__file__).parent / "sectors"
VALID = sorted((CORPUS / "valid").glob("*.yaml"))
INVALID = sorted((CORPUS / "invalid").glob("*.yaml"))


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_file_has_no_errors(path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 0, result.output
    assert ": error: " not in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_file_gives_its_expected_errors(path: Path) -> None:
    expected = path.with_suffix(".expected").read_text("utf-8").splitlines()
    assert expected, f"{path.name} needs a .expected file listing its errors"
    result = CliRunner().invoke(cli, ["check", str(path)])
    assert result.exit_code == 1, result.output
    prefix = f"{path}:"
    errors = [line[len(prefix):] for line in result.output.splitlines()
              if line.startswith(prefix) and ": error: " in line]
    assert errors == expected
    # every error comes with a hint on the next line
    lines = result.output.splitlines()
    for i, line in enumerate(lines):
        if ": error: " in line:
            assert lines[i + 1].startswith("    hint: "), line


def test_corpus_is_not_empty() -> None:
    assert len(VALID) >= 2 and len(INVALID) >= 10
