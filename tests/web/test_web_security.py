"""CSRF, the login rate limit, upload limits, escaping, headers and cookies."""

from __future__ import annotations

import io

import pytest
from conftest import PASSWORD
from django.test import Client


def test_a_post_without_csrf_token_is_refused(people, project):
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["rev-ti"], backend="django.contrib.auth.backends.ModelBackend")
    response = client.post("/controle/antwoord/", {"key": "proef/laskap", "lang": "ti", "action": "goed"})
    assert response.status_code == 403
    assert "Formulier verlopen" in response.content.decode()
    assert "ti" not in (project / "sectors" / "proef.yaml").read_text().split("id: laskap")[1].split("reviewed:")[1] \
        .split("\n")[0]


def test_a_post_with_the_token_from_the_page_works(people, project):
    client = Client(enforce_csrf_checks=True)
    client.force_login(people["rev-ti"], backend="django.contrib.auth.backends.ModelBackend")
    page = client.get("/controle/").content.decode()
    token = page.split('name="csrfmiddlewaretoken" value="')[1].split('"')[0]
    response = client.post("/controle/antwoord/", {"csrfmiddlewaretoken": token, "key": "proef/laskap", "lang": "ti",
                                                   "action": "overslaan"})
    assert response.status_code == 302


def test_login_is_rate_limited_after_five_failures(people, project):
    client = Client()
    for _ in range(4):
        response = client.post("/inloggen/", {"username": "coach", "password": "fout"})
        assert response.status_code == 200 and "klopt niet" in response.content.decode()
    assert client.post("/inloggen/", {"username": "coach", "password": "fout"}).status_code == 429
    response = client.post("/inloggen/", {"username": "coach", "password": PASSWORD})  # even the right one
    assert response.status_code == 429
    assert "Te veel pogingen" in response.content.decode()
    other = Client(REMOTE_ADDR="10.1.2.3")  # the same name from another address is not blocked
    assert other.post("/inloggen/", {"username": "coach", "password": PASSWORD}).status_code == 302


def test_the_right_password_logs_in(people, project):
    client = Client()
    response = client.post("/inloggen/", {"username": "smit", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/", follow=True).redirect_chain[-1][0] == "/werkgever/smit/"


def _upload(name: str, size: int) -> io.BytesIO:
    data = io.BytesIO(b"x" * size)
    data.name = name
    return data


def test_a_sheet_over_5_mb_is_refused(as_user, project):
    client = as_user("smit")
    response = client.post("/werkgever/smit/lijst/", {"sector": "metaal", "sheet": _upload("big.xlsx", 5 * 2**20 + 1)})
    assert response.status_code == 200
    assert "te groot" in response.content.decode()
    assert not (project / ".vaktaal" / "uploads").exists()


def test_a_photo_over_10_mb_is_refused(as_user, project):
    client = as_user("smit")
    response = client.post("/werkgever/smit/toevoegen/", {
        "sector": "metaal", "nl": "mal", "pos": "noun", "article": "de", "level": "A2",
        "photo": _upload("foto.jpg", 10 * 2**20 + 1)})
    assert "te groot" in response.content.decode()
    assert "mal" not in (project / "employers" / "smit" / "metaal.yaml").read_text()


def test_a_request_over_12_mb_is_refused_before_it_is_read(as_user, project):
    client = as_user("smit")
    response = client.post("/werkgever/smit/lijst/", {"sector": "metaal", "sheet": _upload("big.xlsx", 13 * 2**20)})
    assert response.status_code == 413


def test_a_sheet_that_is_not_excel_is_refused(as_user, project):
    client = as_user("smit")
    response = client.post("/werkgever/smit/lijst/", {"sector": "metaal", "sheet": _upload("lijst.exe", 100)})
    assert "Upload een Excel-bestand" in response.content.decode()


def test_a_term_called_script_shows_as_text(as_user, project):
    overlay = project / "employers" / "smit" / "metaal.yaml"
    hostile = "ar: مكبس الثني للصفائح المعدنية الكبيرة <script>alert(1)</script>"  # Arabic letters, then HTML
    overlay.write_text(overlay.read_text().replace("ar: مكبس الثني", hostile))
    page = as_user("smit").get("/werkgever/smit/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    reviewer = as_user("rev-ar").get("/controle/").content.decode()
    assert "<script>alert" not in reviewer


def test_a_learner_name_is_shown_as_typed_and_escaped(as_user, project):
    client = as_user("coach")
    client.post("/coach/", {"name": "<b>Amal</b> ዓማል", "language": "ti", "profile": "alfa", "recipe": "proef"})
    page = client.get("/coach/").content.decode()
    assert "&lt;b&gt;Amal&lt;/b&gt; ዓማል" in page and "<b>Amal" not in page


def test_security_headers(as_user, project):
    response = as_user("coach").get("/coach/")
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self';" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    page = response.content.decode()
    assert "<script>" not in page and "style=" not in page and "http://" not in page and "https://" not in page


def test_session_cookie_is_httponly_and_lax(people, project):
    client = Client()
    client.post("/inloggen/", {"username": "coach", "password": PASSWORD})
    cookie = client.cookies["sessionid"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"


@pytest.mark.parametrize(("host", "allow_http", "secure"), [
    ("127.0.0.1", False, False), ("localhost", False, False), ("0.0.0.0", False, True), ("0.0.0.0", True, False),
    ("192.168.1.20", False, True)])
def test_cookies_are_secure_off_loopback(tmp_path, host, allow_http, secure):
    from vaktaal.web.settings import settings_for

    values = settings_for(tmp_path, host=host, allow_http=allow_http)
    assert values["SESSION_COOKIE_SECURE"] is secure and values["CSRF_COOKIE_SECURE"] is secure
    assert values["DEBUG"] is False


def test_the_secret_key_is_made_once_and_private(tmp_path):
    from vaktaal.web.settings import secret_key

    first = secret_key(tmp_path / ".vaktaal")
    assert secret_key(tmp_path / ".vaktaal") == first and len(first) > 40
    assert (tmp_path / ".vaktaal" / "secret_key").stat().st_mode & 0o777 == 0o600


def test_pack_files_cannot_leave_the_pack_folder(as_user, learner, project):
    (project / "secret.txt").write_text("geheim")
    client = as_user("coach")
    for name in ("../../../../secret.txt", "..%2F..%2F..%2F..%2Fsecret.txt", "/etc/passwd"):
        response = client.get(f"/coach/cursist/{learner.pk}/week/1/pakket/{name}")
        assert response.status_code == 404
