"""``vaktaal group``: the learners a coach works with at once (``learners/groups/<group>.yaml``)."""

from __future__ import annotations

from pathlib import Path

import click

from vaktaal.cli.coach_options import learners_option
from vaktaal.cli.output import console
from vaktaal.cli.translated import TranslatedGroup
from vaktaal.coaching.groups import Group, add_member, group_path, read_group, remove_member
from vaktaal.coaching.make_week import language_in_messages
from vaktaal.i18n import N_, _, n_


def _show(group: Group, learners_dir: Path) -> None:
    console.print(n_("Group {group} ({path}): {count} learner", "Group {group} ({path}): {count} learners",
                     len(group.members)).format(group=group.name, path=group_path(learners_dir, group.slug),
                                                count=len(group.members)), markup=False, soft_wrap=True)
    for m in group.members:
        profile = f", {m.profile}" if m.profile else ""
        console.print(f"  {m.name} ({language_in_messages(m.lang)}{profile})", markup=False)


@click.group("group", cls=TranslatedGroup, help=N_(
    "The learners you coach together: each with their own language and profile. "
    "`vaktaal week RECIPE --group NAME` makes a pack for each and one coach guide for the group."))
def command() -> None:
    pass


@command.command("add", help=N_("Add LEARNER to group NAME (made if new), or change their language or profile."))
@click.argument("name")
@click.argument("learner")
@click.option("--lang", required=True, metavar="CODE",
              help=N_("The learner's language (en, ar, ti, fa, so, tr, uk, ...)."))
@click.option("--profile", type=click.Choice(["alfa", "lezer"]), default=None,
              help=N_("alfa: audio and pictures first, little text; lezer: reading exercises too "
                      "(default: the learner's plan)."))
@learners_option
def add(name: str, learner: str, lang: str, profile: str | None, learners_dir: Path) -> None:
    _show(add_member(learners_dir, name, learner, lang=lang, profile=profile), learners_dir)


@command.command("remove", help=N_("Take LEARNER out of group NAME (their plan and progress stay)."))
@click.argument("name")
@click.argument("learner")
@learners_option
def remove(name: str, learner: str, learners_dir: Path) -> None:
    _show(remove_member(learners_dir, name, learner), learners_dir)


@command.command("show", help=N_("List the learners of group NAME."))
@click.argument("name")
@learners_option
def show(name: str, learners_dir: Path) -> None:
    group = read_group(learners_dir, name)
    _show(group, learners_dir)
    console.print(_("Make their week with `vaktaal week RECIPE --week N --group {group}`.").format(
        group=group.slug), markup=False)
