"""One interface language at a time, chosen by the locale; Dutch complete for every message."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from vaktaal.cli.main import cli
from vaktaal.i18n import _, use_language

REPO = Path(__file__).resolve().parents[1]


def _catalogues_script():
    spec = importlib.util.spec_from_file_location("catalogues", REPO / "scripts" / "catalogues.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_message_in_the_code_has_a_dutch_translation() -> None:
    catalogues = _catalogues_script()
    missing = catalogues.problems(catalogues.updated("nl", catalogues.template()))
    assert not missing, "run `python scripts/catalogues.py` and translate:\n" + "\n".join(missing)


def test_the_shipped_mo_file_is_compiled_from_the_po_file() -> None:
    catalogues = _catalogues_script()
    mo = catalogues.po_path("nl").with_suffix(".mo")
    assert mo.read_bytes() == catalogues.mo_bytes(catalogues.read_catalogue("nl")), \
        "run `python scripts/catalogues.py`"


def test_the_check_catches_a_message_added_without_translation(tmp_path: Path, monkeypatch) -> None:
    catalogues = _catalogues_script()
    package = tmp_path / "vaktaal"
    package.mkdir()
    (package / "new.py").write_text('from vaktaal.i18n import _\nprint(_("a message nobody translated"))\n')
    monkeypatch.setattr(catalogues, "PACKAGE", package)
    template = catalogues.template()
    monkeypatch.setattr(catalogues, "PACKAGE", REPO / "vaktaal")
    assert "untranslated: 'a message nobody translated'" in catalogues.problems(catalogues.updated("nl", template))


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "error: there is no recipe at does-not-exist.yaml\n"
           "    hint: recipes live in decks/, for example decks/metaal.yaml"),
    ("nl", "fout: er is geen recept in does-not-exist.yaml\n"
           "    tip: recepten staan in decks/, bijvoorbeeld decks/metaal.yaml"),
])
def test_the_same_error_in_each_language(monkeypatch: pytest.MonkeyPatch, language: str, expected: str) -> None:
    monkeypatch.setenv("LANGUAGE", language)
    result = CliRunner().invoke(cli, ["build", "does-not-exist.yaml"])
    assert result.exit_code == 2
    assert expected in result.output


@pytest.mark.parametrize(("env", "expected"), [
    ({"LANG": "nl_NL.UTF-8"}, "Opties"),
    ({"LANG": "en_GB.UTF-8"}, "Options"),
    ({"LANG": "C"}, "Options"),
    ({"LANG": "en_GB.UTF-8", "LANGUAGE": "nl"}, "Opties"),
])
def test_the_locale_chooses_the_language_in_a_real_process(env: dict[str, str], expected: str) -> None:
    locale_names = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
    clean = {k: v for k, v in os.environ.items() if k not in locale_names}
    done = subprocess.run([sys.executable, "-m", "vaktaal", "--help"], env={**clean, **env},
                          capture_output=True, text=True, check=True)
    assert expected in done.stdout
    other = {"Opties": "Options", "Options": "Opties"}[expected]
    assert other not in done.stdout  # one language, not a mix


def test_use_language_overrides_the_locale() -> None:
    with use_language("nl"):
        assert _("Options") == "Opties"
    assert _("Options") == "Options"


def test_verbose_shows_the_librarys_log_on_stderr(tmp_path: Path) -> None:
    sector = REPO / "tests" / "sectors" / "valid" / "metaal-mini.yaml"
    quiet = subprocess.run([sys.executable, "-m", "vaktaal", "check", str(sector)], capture_output=True,
                           text=True, check=False, cwd=REPO, env={**os.environ, "LANGUAGE": "en"})
    loud = subprocess.run([sys.executable, "-m", "vaktaal", "-v", "check", str(sector)], capture_output=True,
                          text=True, check=False, cwd=REPO, env={**os.environ, "LANGUAGE": "en"})
    assert quiet.returncode == loud.returncode == 0
    assert "vaktaal.checking" not in quiet.stderr
    assert f"INFO vaktaal.checking: checked {sector}: 0 errors, 0 warnings" in loud.stderr
    assert loud.stdout == quiet.stdout  # the log never mixes into the result
