"""The ISO 639-1 codes vaktaal knows without loading pycountry's database (a startup cost)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pycountry

from vaktaal.content.languages import iso_639_1_codes


def test_the_written_out_codes_are_the_standards() -> None:
    assert iso_639_1_codes() == frozenset(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def test_checking_a_recipe_does_not_load_pycountry() -> None:
    code = ("import sys; from vaktaal.recipes import load_recipe; load_recipe('decks/metaal.yaml'); "
            "print('pycountry' in sys.modules)")
    repo = Path(__file__).resolve().parents[1]
    result = subprocess.run([sys.executable, "-c", code], cwd=repo, capture_output=True, text=True, check=True,
                            env={"PYTHONPATH": str(repo), "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip() == "False"
