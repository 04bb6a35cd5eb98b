"""The web app under test: Django configured once for the session (pytest-django makes the test
database), and per test a fresh small project (own sector files, recipe, employer overlays)."""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from coach_project import write_project
from employer_project import METAAL

from vaktaal.web.settings import configure, settings_for

_BASE = Path(tempfile.mkdtemp(prefix="vaktaal-web-tests-"))
(_BASE / "sectors").mkdir()
_SETTINGS = settings_for(_BASE)
# A file, not memory: the browser tests' server threads open their own connections to it.
_SETTINGS["DATABASES"]["default"]["TEST"] = {"NAME": str(_BASE / "test.sqlite3")}
configure(_BASE, overrides={
    "DATABASES": _SETTINGS["DATABASES"],
    # Tests log in hundreds of times: the slow, safe hasher is for real passwords only.
    "PASSWORD_HASHERS": ["django.contrib.auth.hashers.MD5PasswordHasher"],
})

PASSWORD = "een-lang-wachtwoord-42"

#: name -> (role, employer, languages)
PEOPLE: dict[str, tuple[str, str, list[str]]] = {
    "beheer": ("admin", "", []),
    "coach": ("coach", "", []),
    "coach2": ("coach", "", []),
    "smit": ("employer", "smit", []),
    "jansen": ("employer", "jansen", []),
    "rev-ar": ("reviewer", "", ["ar"]),
    "rev-ti": ("reviewer", "", ["ti"]),
}

OVERLAY = """\
employer: {slug}
employer_name: {name}
extends: metaal
themes:
  - id: werkplek
    name: Op de werkplek
terms:
  - id: kantbank
    nl: kantbank
    article: de
    plural: kantbanken
    pos: noun
    theme: werkplek
    level: B1
    safety: true
    translations: {{en: press brake, ar: مكبس الثني}}
    reviewed: []
"""


def make_web_project(root: Path) -> Path:
    """sectors/proef.yaml, werkvloer.yaml, metaal.yaml; decks/proef.yaml; overlays for smit and jansen."""
    write_project(root)
    (root / "sectors" / "metaal.yaml").write_text(METAAL, encoding="utf-8")
    for slug, name in (("smit", "Smit Metaal"), ("jansen", "Jansen Bouw")):
        folder = root / "employers" / slug
        folder.mkdir(parents=True)
        (folder / "metaal.yaml").write_text(OVERLAY.format(slug=slug, name=name), encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def project_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Built once; each test gets a copy (writing YAML and checking it costs more than copying)."""
    from vaktaal.coaching.learner_plan import save_plan
    from vaktaal.recipes import load_recipe

    root = make_web_project(tmp_path_factory.mktemp("template") / "project")
    save_plan(load_recipe(root / "decks" / "proef.yaml"), learners_dir=root / "learners", learner="amal",
              profile="alfa")
    return root


@pytest.fixture
def project(tmp_path: Path, settings: Any, monkeypatch: pytest.MonkeyPatch, project_template: Path) -> Path:
    root = tmp_path / "project"
    shutil.copytree(project_template, root)
    shutil.rmtree(root / "learners")  # amal's plan comes with the ``learner`` fixture
    settings.VAKTAAL_PROJECT = root
    monkeypatch.setenv("VAKTAAL_AUDIO_CACHE", str(tmp_path / "audio-cache"))
    return root


@pytest.fixture
def people(db: None) -> dict[str, Any]:
    from vaktaal.web.accounts import create_account

    return {name: create_account(name, PASSWORD, role=role, employer=employer, languages=langs)
            for name, (role, employer, langs) in PEOPLE.items()}


@pytest.fixture
def as_user(client: Any, people: dict[str, Any]) -> Any:
    """``as_user("coach")``: the test client logged in as that person."""
    def login(name: str) -> Any:
        client.logout()
        client.force_login(people[name], backend="django.contrib.auth.backends.ModelBackend")
        return client
    return login


@pytest.fixture
def security_log(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.WARNING, logger="vaktaal.web.security")
    return caplog


@pytest.fixture
def learner(project: Path, people: dict[str, Any], project_template: Path) -> Any:
    """Amal, a learner of 'coach' (Tigrinya, alfa), with a saved plan."""
    from vaktaal.web.models import Learner

    item = Learner.objects.create(name="Amal ዓማል", slug="amal", language="ti", profile="alfa", recipe="proef",
                                  coach=people["coach"])
    shutil.copytree(project_template / "learners", project / "learners")
    return item
