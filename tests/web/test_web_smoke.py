from __future__ import annotations


def test_login_page_is_dutch(client, project, db):
    response = client.get("/inloggen/")
    assert response.status_code == 200
    assert "Inloggen" in response.content.decode()


def test_each_role_reaches_its_start_page(as_user, project):
    for name, expected in (("coach", "/coach/"), ("smit", "/werkgever/"), ("rev-ar", "/controle/"),
                           ("beheer", "/beheer/")):
        client = as_user(name)
        response = client.get("/", follow=True)
        assert response.status_code == 200, (name, response.content[:500])
        assert response.redirect_chain[-1][0].startswith(expected)
