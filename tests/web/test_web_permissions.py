"""Every role against every other role's pages and actions (read and write): refused with 403
and logged with user, action and resource. Also the same role on someone else's resource
(another coach's learner, another employer's terms, a language not assigned), and no login."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth import get_user_model

#: role -> (method, path, data) of that role's pages and actions; {L} is coach's learner, {U} an account.
ACTIONS: dict[str, list[tuple[str, str, dict[str, Any]]]] = {
    "coach": [
        ("get", "/coach/", {}),
        ("post", "/coach/", {"name": "X", "language": "ar", "profile": "alfa", "recipe": "proef"}),
        ("get", "/coach/cursist/{L}/", {}),
        ("post", "/coach/cursist/{L}/plan/maken/", {}),
        ("post", "/coach/cursist/{L}/plan/verplaats/", {"key": "proef/hamer", "week": "3"}),
        ("get", "/coach/cursist/{L}/week/1/", {}),
        ("post", "/coach/cursist/{L}/week/1/maken/", {}),
        ("get", "/coach/cursist/{L}/week/1/afvinken/", {}),
        ("post", "/coach/cursist/{L}/week/1/afvinken/", {"w-proef/hamer": "known"}),
        ("get", "/coach/cursist/{L}/week/1/telefoon.zip", {}),
        ("get", "/coach/cursist/{L}/week/1/pakket/werkblad.pdf", {}),
        ("get", "/coach/cursist/{L}/deck/", {}),
        ("post", "/coach/cursist/{L}/deck/", {}),
        ("get", "/coach/cursist/{L}/voortgang/", {}),
        ("post", "/coach/cursist/{L}/voortgang/anki/", {"export": "PK"}),
        ("get", "/coach/cursist/{L}/plaatje/proef/laskap", {}),
    ],
    "employer": [
        ("get", "/werkgever/", {}),
        ("get", "/werkgever/smit/", {}),
        ("get", "/werkgever/smit/toevoegen/", {}),
        ("post", "/werkgever/smit/toevoegen/", {"sector": "metaal", "nl": "mal", "pos": "noun", "article": "de",
                                                "level": "A2"}),
        ("get", "/werkgever/smit/woord/metaal/kantbank/", {}),
        ("post", "/werkgever/smit/woord/metaal/kantbank/", {"nl": "kantbank", "pos": "noun", "article": "het",
                                                            "level": "B1"}),
        ("get", "/werkgever/smit/foto/metaal/kantbank/", {}),
        ("get", "/werkgever/smit/lijst/", {}),
        ("post", "/werkgever/smit/lijst/", {"sector": "metaal"}),
        ("post", "/werkgever/smit/lijst/bevestigen/", {}),
        ("get", "/werkgever/smit/sjabloon.xlsx", {}),
    ],
    "reviewer": [
        ("get", "/controle/", {}),
        ("get", "/controle/?taal=ti", {}),
        ("post", "/controle/antwoord/", {"key": "proef/laskap", "lang": "ti", "action": "goed",
                                         "seen_translation": "ናይ ብየዳ ቆብዕ", "seen_reviewed": "0"}),
        ("post", "/controle/antwoord/", {"key": "proef/laskap", "lang": "ti", "action": "corrigeren",
                                         "translation": "x", "seen_translation": "ናይ ብየዳ ቆብዕ"}),
        ("post", "/controle/opname/", {"key": "proef/laskap", "lang": "ti"}),
        ("get", "/controle/geluid/ti/nl/proef/laskap", {}),
        ("get", "/controle/plaatje/ti/proef/laskap", {}),
    ],
    "admin": [
        ("get", "/beheer/", {}),
        ("post", "/beheer/", {"username": "nieuw", "password": "een-lang-wachtwoord-42", "role": "admin"}),
        ("get", "/beheer/account/{U}/", {}),
        ("post", "/beheer/account/{U}/", {"role": "admin"}),
        ("post", "/beheer/account/{U}/wachtwoord/", {"password": "nog-een-lang-wachtwoord"}),
        ("post", "/beheer/account/{U}/verwijderen/", {}),
        ("get", "/beheer/cursisten/", {}),
        ("post", "/beheer/cursisten/", {"learner": "{L}", "coach": ""}),
    ],
}
#: The person who acts for each role.
PERSON = {"coach": "coach", "employer": "smit", "reviewer": "rev-ti", "admin": "beheer"}

PAIRS = [(who, owner) for owner in ACTIONS for who in PERSON if who != owner]


def _fill(value: Any, learner: Any, people: dict[str, Any]) -> Any:
    if isinstance(value, str):
        return value.replace("{L}", str(learner.pk)).replace("{U}", str(people["coach2"].pk))
    if isinstance(value, dict):
        return {k: _fill(v, learner, people) for k, v in value.items()}
    return value


def _refused(response: Any, security_log: pytest.LogCaptureFixture, name: str, what: str) -> None:
    assert response.status_code == 403, (what, response.status_code, response.content[:300])
    assert "Dit mag je niet" in response.content.decode(), what
    records = [r.getMessage() for r in security_log.records if r.name == "vaktaal.web.security"]
    assert len(records) == 1 and f"user={name} " in records[0] and "refused" in records[0], (what, records)
    security_log.clear()


@pytest.mark.parametrize(("who", "owner"), PAIRS, ids=[f"{w}-on-{o}" for w, o in PAIRS])
def test_every_role_is_refused_the_other_roles_pages(as_user, learner, people, security_log, project, who, owner):
    files_before = {p: p.read_bytes() for p in project.rglob("*") if p.is_file()}
    accounts_before = sorted(get_user_model().objects.values_list("username", "password"))
    client = as_user(PERSON[who])
    for method, path, data in ACTIONS[owner]:
        response = getattr(client, method)(_fill(path, learner, people), _fill(data, learner, people))
        _refused(response, security_log, PERSON[who], f"{method} {path}")
    # Refused means nothing happened: no file, account or learner changed.
    assert {p: p.read_bytes() for p in project.rglob("*") if p.is_file()} == files_before
    assert sorted(get_user_model().objects.values_list("username", "password")) == accounts_before
    learner.refresh_from_db()
    assert learner.coach == people["coach"]


#: (person, method, path, data): the same role, someone else's resource.
OTHERS = [
    ("coach2", "get", "/coach/cursist/{L}/", {}),
    ("coach2", "post", "/coach/cursist/{L}/plan/verplaats/", {"key": "proef/hamer", "week": "3"}),
    ("coach2", "post", "/coach/cursist/{L}/week/1/afvinken/", {"w-proef/hamer": "known"}),
    ("coach2", "get", "/coach/cursist/{L}/deck/", {}),
    ("coach2", "get", "/coach/cursist/{L}/voortgang/", {}),
    ("coach2", "post", "/coach/cursist/{L}/voortgang/anki/", {"export": "PK"}),
    ("coach2", "get", "/coach/cursist/{L}/plaatje/proef/laskap", {}),
    ("jansen", "get", "/werkgever/smit/", {}),
    ("jansen", "post", "/werkgever/smit/woord/metaal/kantbank/", {"nl": "kantbank", "pos": "noun", "level": "B1"}),
    ("jansen", "get", "/werkgever/smit/foto/metaal/kantbank/", {}),
    ("jansen", "post", "/werkgever/smit/lijst/bevestigen/", {}),
    ("rev-ar", "get", "/controle/?taal=ti", {}),
    ("rev-ar", "post", "/controle/antwoord/", {"key": "proef/laskap", "lang": "ti", "action": "goed"}),
    ("rev-ar", "post", "/controle/opname/", {"key": "proef/laskap", "lang": "ti"}),
    ("rev-ar", "get", "/controle/geluid/ti/nl/proef/laskap", {}),
]


def test_the_same_role_is_refused_someone_elses_resource(as_user, learner, people, security_log, project):
    for who, method, path, data in OTHERS:
        client = as_user(who)
        response = getattr(client, method)(_fill(path, learner, people), _fill(data, learner, people))
        _refused(response, security_log, who, f"{who} {method} {path}")


@pytest.mark.parametrize("path", ["/", "/coach/", "/werkgever/smit/", "/controle/", "/beheer/"])
def test_without_login_every_page_goes_to_the_login(client, project, db, path):
    response = client.get(path)
    assert response.status_code == 302 and response.url.startswith("/inloggen/")


def test_the_permission_function_decides_alone(learner, people):
    from vaktaal.web.permissions import allowed

    assert allowed(people["coach"], "learner.view", learner)
    assert not allowed(people["coach2"], "learner.view", learner)
    assert not allowed(people["beheer"], "learner.view", learner)  # an admin is not every coach
    assert allowed(people["coach"], "progress.view", learner) and allowed(people["coach"], "progress.import", learner)
    assert not allowed(people["coach2"], "progress.import", learner)
    assert not allowed(people["beheer"], "progress.view", learner)
    assert not allowed(people["coach"], "progress.view")  # about no learner: nothing
    assert allowed(people["smit"], "employer.edit", "smit") and not allowed(people["smit"], "employer.edit", "jansen")
    assert allowed(people["rev-ti"], "review.answer", "ti") and not allowed(people["rev-ti"], "review.answer", "ar")
    assert not allowed(people["beheer"], "review.answer", "ti")
    assert allowed(people["beheer"], "accounts.manage") and not allowed(people["coach"], "accounts.manage")
