"""A group of learners the coach works with at once: ``learners/groups/<group>.yaml``.

Each member has their own name (their files stay in ``learners/<learner>/``: plan, progress),
their language and, if it differs from the plan's, their profile. The file is written with a
Dutch header that says how to change it by hand; errors in it are reported with file, line and
column. Example::

    name: Lasgroep dinsdag
    members:
      - name: Amal K.
        lang: ti
        profile: alfa
      - name: Rania
        lang: ar
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import yaml

from vaktaal.coaching.coach_yaml import fail, read_coach_yaml
from vaktaal.coaching.learners import learner_slug
from vaktaal.content.format_rules import slugify
from vaktaal.content.languages import is_language_code, require_language_code
from vaktaal.errors import InputError
from vaktaal.files.atomic import atomic_write_text
from vaktaal.files.safe_write import file_lock
from vaktaal.files.yaml_reader import YamlDocument
from vaktaal.i18n import _
from vaktaal.recipes import PROFILES

#: The folder under the learners' folder that holds the groups (no learner can be called this).
GROUPS_FOLDER = "groups"
_FIELDS = ("name", "members")
_MEMBER_FIELDS = ("name", "lang", "profile")

_HEADER = """\
# Groep {name} (gemaakt met `vaktaal group add`).
#
# Onder 'members' staat elke cursist van de groep: naam, taal (ar, ti, fa, uk, ...) en,
# als het anders is dan het plan, profiel (alfa: luisteren en plaatjes; lezer: ook lezen).
# Elke cursist houdt een eigen plan en voortgang in learners/<naam>/.
# `vaktaal week <recept> --group {slug}` maakt voor elke cursist een eigen werkblad in de
# eigen taal, en één handleiding voor de hele groep.
"""


@dataclass(frozen=True)
class Member:
    name: str
    lang: str
    profile: str | None = None

    @property
    def slug(self) -> str:
        return learner_slug(self.name)


@dataclass(frozen=True)
class Group:
    slug: str
    name: str
    members: tuple[Member, ...] = ()

    def member(self, learner: str) -> Member | None:
        slug = learner_slug(learner)
        return next((m for m in self.members if m.slug == slug), None)


def group_slug(name: str) -> str:
    slug = slugify(name)
    if not slug:
        raise InputError(_("the group name has no letters or digits that can be used in a file name"),
                         field="group", value=name, hint=_("use a short name in Latin letters, e.g. lasgroep"))
    return slug


def group_path(learners_dir: Path, name: str) -> Path:
    return Path(learners_dir) / GROUPS_FOLDER / f"{group_slug(name)}.yaml"


def _check_learner(name: str) -> None:
    if learner_slug(name) == GROUPS_FOLDER:
        raise InputError(_("'{name}' cannot be a learner's name: the groups are kept under that name").format(
            name=name), field="learner", value=name, hint=_("add a letter or an initial, e.g. '{name} A.'").format(
            name=name))


def _member(doc: YamlDocument, index: int, item: Any) -> Member:
    where = ("members", index)
    if not isinstance(item, dict):
        raise fail(doc, where, _("a member is written as name, lang and profile lines"),
                   _("write it as\n  - name: Amal\n    lang: ti"))
    for key in item:
        if key not in _MEMBER_FIELDS:
            raise fail(doc, where + (key,), _("unknown field '{field}' for a member").format(field=key),
                       _("a member has name, lang and profile"), key=True)
    name, lang, profile = item.get("name"), item.get("lang"), item.get("profile")
    if not isinstance(name, str) or not name.strip():
        raise fail(doc, where, _("the member has no name"), _("add a line 'name: ...'"))
    try:
        _check_learner(name)
        learner_slug(name)
    except InputError as exc:
        raise fail(doc, where + ("name",), exc.message, exc.hint or "") from None
    if not isinstance(lang, str) or not is_language_code(lang):
        raise fail(doc, where + ("lang",), _("'{value}' is not a language code").format(value=lang),
                   _("use a two-letter code such as ar, ti, fa, uk"))
    if profile is not None and profile not in PROFILES:
        raise fail(doc, where + ("profile",), _("'{value}' is not a profile").format(value=profile),
                   _("use alfa or lezer, or leave the line out"))
    return Member(name.strip(), lang, profile)


def read_group(learners_dir: Path, name: str) -> Group:
    """The group ``name``; a missing file or a mistake in it is an error that says where."""
    path = group_path(learners_dir, name)
    if not path.is_file():
        raise InputError(_("there is no group '{group}' ({path})").format(group=name, path=path), field="group",
                         value=name, hint=_("add its learners first, each with their language"))
    doc = read_coach_yaml(path, "group")
    for key in doc.data:
        if key not in _FIELDS:
            raise fail(doc, (key,), _("unknown field '{field}' in the group").format(field=key),
                       _("a group has a name and its members"), key=True)
    members = doc.data.get("members") or []
    if not isinstance(members, list):
        raise fail(doc, ("members",), _("'members' must be a list"), _("write one member per '- name: ...' block"))
    result: list[Member] = []
    for index, item in enumerate(members):
        member = _member(doc, index, item)
        if any(m.slug == member.slug for m in result):
            raise fail(doc, ("members", index, "name"), _("{name} is in the group twice").format(name=member.name),
                       _("keep one of the two"))
        result.append(member)
    title = doc.data.get("name")
    return Group(path.stem, title.strip() if isinstance(title, str) and title.strip() else name, tuple(result))


def group_text(group: Group) -> str:
    members = [{"name": m.name, "lang": m.lang, **({"profile": m.profile} if m.profile else {})}
               for m in group.members]
    body = yaml.safe_dump({"name": group.name, "members": members}, allow_unicode=True, sort_keys=False,
                          default_flow_style=False)
    return _HEADER.format(name=group.name, slug=group.slug) + body


def _change(learners_dir: Path, name: str, change: Any) -> Group:
    path = group_path(learners_dir, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    with file_lock(path):
        group = read_group(learners_dir, name) if path.is_file() else Group(path.stem, name)
        group = change(group)
        atomic_write_text(path, group_text(group))
    return group


def add_member(learners_dir: Path, name: str, learner: str, *, lang: str, profile: str | None = None) -> Group:
    """Add ``learner`` to group ``name`` (made if new), or change their language and profile."""
    require_language_code(lang)
    if profile is not None and profile not in PROFILES:
        raise InputError(_("not a profile"), field="profile", value=profile, hint=_("use alfa or lezer"))
    _check_learner(learner)
    new = Member(learner.strip(), lang, profile)

    def change(group: Group) -> Group:
        members = list(group.members)
        for i, m in enumerate(members):
            if m.slug == new.slug:
                members[i] = new
                return replace(group, members=tuple(members))
        return replace(group, members=(*members, new))

    return _change(learners_dir, name, change)


def remove_member(learners_dir: Path, name: str, learner: str) -> Group:
    def change(group: Group) -> Group:
        if group.member(learner) is None:
            raise InputError(_("{learner} is not in group '{group}'").format(learner=learner, group=group.name),
                             field="learner", value=learner)
        return replace(group, members=tuple(m for m in group.members if m.slug != learner_slug(learner)))

    return _change(learners_dir, name, change)
