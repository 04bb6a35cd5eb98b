"""``vaktaal users``: the web app's accounts (add, list, remove), from the terminal."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from vaktaal.cli.translated import TranslatedCommand, TranslatedGroup
from vaktaal.i18n import N_, _

ROLE_CHOICES = ("admin", "coach", "employer", "reviewer")
project_option = click.option("--project", "project_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
                              default=".", show_default=True, help=N_("The vaktaal project folder."))


def _prepare(project_dir: Path) -> None:
    from vaktaal.web.server import prepare

    prepare(project_dir)


@click.group("users", cls=TranslatedGroup, help=N_("Accounts of the web app (vaktaal serve)."))
def command() -> None:
    pass


@command.command("add", cls=TranslatedCommand,
                 help=N_("Add an account NAME with a role; asks for the password twice (or reads it from stdin)."))
@click.argument("name")
@click.option("--role", type=click.Choice(ROLE_CHOICES), required=True,
              help=N_("admin: accounts; coach: own learners; employer: own terms; reviewer: translations."))
@click.option("--employer", default="", metavar="SLUG", help=N_("For an employer: the folder under employers/."))
@click.option("--lang", "langs", multiple=True, metavar="CODE",
              help=N_("For a reviewer: a language to check (repeatable)."))
@click.option("--password-stdin", is_flag=True, help=N_("Read the password from standard input."))
@project_option
def add(name: str, role: str, employer: str, langs: tuple[str, ...], password_stdin: bool, project_dir: Path) -> None:
    if password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = click.prompt(_("Password"), hide_input=True, confirmation_prompt=_("Password (again)"))
    _prepare(project_dir)
    from vaktaal.web.accounts import create_account

    create_account(name, password, role=role, employer=employer, languages=langs)
    click.echo(_("Account '{name}' added ({role}).").format(name=name, role=role))


@command.command("list", cls=TranslatedCommand, help=N_("List the accounts and their roles."))
@project_option
def list_(project_dir: Path) -> None:
    _prepare(project_dir)
    from django.contrib.auth import get_user_model

    for user in get_user_model().objects.order_by("username").select_related("account"):
        account = getattr(user, "account", None)
        extra = (account.employer or account.languages) if account else ""
        click.echo(f"{user.get_username()}\t{account.role if account else '-'}\t{extra}".rstrip())


@command.command("remove", cls=TranslatedCommand, help=N_("Remove the account NAME."))
@click.argument("name")
@project_option
def remove(name: str, project_dir: Path) -> None:
    _prepare(project_dir)
    from django.contrib.auth import get_user_model

    deleted, _details = get_user_model().objects.filter(username=name).delete()
    if not deleted:
        raise click.UsageError(_("there is no account '{name}'").format(name=name))
    click.echo(_("Account '{name}' removed.").format(name=name))
