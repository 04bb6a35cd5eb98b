"""`vaktaal users` and `vaktaal serve` from the command line (the accounts go into the project's
.vaktaal/web.sqlite3; here Django is configured once for the test session, so the commands use
the test database)."""

from __future__ import annotations

from click.testing import CliRunner
from django.contrib.auth import get_user_model

from vaktaal.cli.main import cli


def test_users_add_list_remove(db, project):
    runner = CliRunner()
    result = runner.invoke(cli, ["users", "add", "amina", "--role", "reviewer", "--lang", "so", "--lang", "ar",
                                 "--password-stdin", "--project", str(project)], input="een-lang-wachtwoord-42\n")
    assert result.exit_code == 0, result.output
    assert "Account 'amina' added (reviewer)." in result.output
    user = get_user_model().objects.get(username="amina")
    assert user.check_password("een-lang-wachtwoord-42") and user.account.language_list == ["so", "ar"]
    listed = runner.invoke(cli, ["users", "list", "--project", str(project)])
    assert "amina\treviewer\tso,ar" in listed.output
    removed = runner.invoke(cli, ["users", "remove", "amina", "--project", str(project)])
    assert removed.exit_code == 0 and not get_user_model().objects.filter(username="amina").exists()
    again = runner.invoke(cli, ["users", "remove", "amina", "--project", str(project)])
    assert again.exit_code == 2 and "there is no account 'amina'" in again.output


def test_users_add_asks_the_password_twice(db, project):
    result = CliRunner().invoke(cli, ["users", "add", "piet", "--role", "coach", "--project", str(project)],
                                input="een-lang-wachtwoord-42\neen-lang-wachtwoord-42\n")
    assert result.exit_code == 0, result.output
    assert result.output.count("Password") == 2
    assert "een-lang-wachtwoord-42" not in result.output  # not echoed


def test_users_add_refuses_what_the_app_would_refuse(db, project):
    runner = CliRunner()
    weak = runner.invoke(cli, ["users", "add", "a", "--role", "coach", "--password-stdin", "--project", str(project)],
                         input="123\n")
    assert weak.exit_code == 2 and "password" in weak.output.lower()
    no_slug = runner.invoke(cli, ["users", "add", "b", "--role", "employer", "--password-stdin",
                                  "--project", str(project)], input="een-lang-wachtwoord-42\n")
    assert no_slug.exit_code == 2 and "employer" in no_slug.output
    no_lang = runner.invoke(cli, ["users", "add", "c", "--role", "reviewer", "--password-stdin",
                                  "--project", str(project)], input="een-lang-wachtwoord-42\n")
    assert no_lang.exit_code == 2 and "language" in no_lang.output
    assert not get_user_model().objects.filter(username__in=["a", "b", "c"]).exists()


def test_serve_needs_a_project_folder(tmp_path):
    result = CliRunner().invoke(cli, ["serve", str(tmp_path)])
    assert result.exit_code == 2 and "sectors/" in result.output


def test_every_new_command_has_help():
    runner = CliRunner()
    for args in (["serve", "--help"], ["users", "--help"], ["users", "add", "--help"]):
        result = runner.invoke(cli, args)
        assert result.exit_code == 0 and "--" in result.output
