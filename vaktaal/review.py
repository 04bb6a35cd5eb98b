"""Reviewing translations: what nobody has checked yet, and recording a coach's verdict.

Works the same on shipped sector files and employer overlays. A verdict (accept, or correct and
accept) is written into the file with its comments and order kept, atomically and under the
file's lock, and only when the file still checks clean afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from vaktaal.content.languages import script_problem
from vaktaal.content.model import Term
from vaktaal.content.sector_files import SectorFileResult, find_sector_files
from vaktaal.content.value_checks import not_a_word, not_a_word_hint, script_hint, text_problem
from vaktaal.employers.overlays import read_vocabulary_file, refuse_invalid_text
from vaktaal.errors import InputError
from vaktaal.files.safe_write import edit_yaml
from vaktaal.i18n import _


@dataclass(frozen=True)
class ReviewItem:
    """One translation of one term that a person has not checked yet."""

    path: Path
    #: The sector slug, or ``<employer>/<sector>`` for an employer's term (as in recipes).
    origin: str
    term: Term
    lang: str

    @property
    def key(self) -> str:
        return f"{self.origin}/{self.term.id}"

    @property
    def translation(self) -> str | None:
        return self.term.translations.get(self.lang)

    @property
    def example_translation(self) -> str | None:
        return self.term.example_translations.get(self.lang)


@dataclass(frozen=True)
class Seen:
    """What a reviewer was shown: the translation and whether it was already reviewed."""

    translation: str | None
    reviewed: bool = False


@dataclass(frozen=True)
class Verdict:
    """A coach's decision on one translation: accept it, or replace it (and then accept).

    With ``seen``, the verdict is only written when the file still holds what the reviewer
    saw; otherwise :class:`ChangedMeanwhile` is raised (two reviewers answering the same
    translation never lose an answer silently)."""

    term_id: str
    lang: str
    translation: str | None = None
    example_translation: str | None = None
    seen: Seen | None = None


class ChangedMeanwhile(InputError):
    """Someone else changed or reviewed the translation after the reviewer saw it."""

    def __init__(self, term_id: str, lang: str, now: Seen) -> None:
        state = _("reviewed") if now.reviewed else _("not reviewed")
        super().__init__(_("the '{lang}' translation of '{term}' changed meanwhile: it is now '{text}' ({state})")
                         .format(lang=lang, term=term_id, text=now.translation or "", state=state),
                         hint=_("look at the new text and decide again"), field="translation",
                         value=now.translation)
        self.term_id, self.lang, self.now = term_id, lang, now


def read_vocabulary(paths: Iterable[str | Path]) -> list[SectorFileResult]:
    """Every sector file and overlay under ``paths``, checked (broken ones have no sector)."""
    return [read_vocabulary_file(path) for path in find_sector_files(paths)]


def _terms(files: Sequence[SectorFileResult]) -> Iterable[tuple[SectorFileResult, Term]]:
    for file in files:
        for term in file.sector.terms if file.sector else ():
            yield file, term


def unreviewed(files: Sequence[SectorFileResult], langs: Sequence[str] = ()) -> list[ReviewItem]:
    """Translations not in their term's ``reviewed`` list (only ``langs``, when given)."""
    return [ReviewItem(Path(file.path), file.origin or "", term, lang)
            for file, term in _terms(files) for lang in term.translations
            if (not langs or lang in langs) and not term.is_reviewed(lang)]


def by_risk(items: Sequence[ReviewItem], files: Sequence[SectorFileResult]) -> list[ReviewItem]:
    """The review queue: safety words first, then the languages least checked (share of the
    translations a person reviewed, over ``files``), then as the files list them."""
    translated: dict[str, int] = {}
    checked: dict[str, int] = {}
    for _file, term in _terms(files):
        for lang in term.translations:
            translated[lang] = translated.get(lang, 0) + 1
            checked[lang] = checked.get(lang, 0) + term.is_reviewed(lang)
    share = {lang: checked[lang] / translated[lang] for lang in translated}
    return sorted(items, key=lambda item: (not item.term.safety, share.get(item.lang, 0.0)))


def find_term(files: Sequence[SectorFileResult], wanted: str) -> tuple[SectorFileResult, Term]:
    """A term by ``id`` or by ``origin/id`` (``metaal/laskap``, ``smit-metaal/metaal/kantbank``)."""
    matches = [(file, term) for file, term in _terms(files)
               if wanted in (term.id, f"{file.origin}/{term.id}")]
    if not matches:
        raise InputError(_("no term '{term}' in the files given").format(term=wanted),
                         hint=_("use the id as the list of translations to review shows it"))
    if len(matches) > 1:
        raise InputError(_("'{term}' is a term in more than one file").format(term=wanted),
                         hint=_("say which one: {terms}").format(
                             terms=", ".join(f"{f.origin}/{t.id}" for f, t in matches)))
    return matches[0]


def record_verdicts(path: str | Path, verdicts: Sequence[Verdict]) -> None:
    """Write verdicts into one file: corrected texts replace the old ones, the languages are
    added to ``reviewed``. Comments and order stay; the write is locked, atomic, and refused
    when the file would no longer check clean."""
    target = Path(path)
    with edit_yaml(target, check=lambda text: refuse_invalid_text(text, target)) as data:
        terms = {term.get("id"): term for term in data.get("terms") or [] if isinstance(term, dict)}
        for verdict in verdicts:
            term = terms.get(verdict.term_id)
            if term is None:
                raise InputError(_("{path} has no term '{term}'").format(path=target, term=verdict.term_id),
                                 hint=_("it may have been renamed or removed meanwhile; list the terms again"))
            _apply(term, verdict, target)  # type: ignore[arg-type]  # ruamel gives CommentedMaps


def verdict_problem(verdict: Verdict) -> tuple[str, str] | None:
    """(what is wrong, how to fix it) with a corrected text, or None: a control character or
    '[sound:', something that is not a translation (a formula, a web address), or a text in another
    script than the language's (Arabic typed as Tigrinya)."""
    for text, example in ((verdict.translation, False), (verdict.example_translation, True)):
        if text is None or not text.strip():
            continue
        problem = text_problem(text.strip())
        if problem is not None:
            return problem
        wrong = None if example else not_a_word(text.strip(), translation=True)
        if wrong is not None:
            return wrong, not_a_word_hint()
        wrong = script_problem(verdict.lang, text.strip(), example=example)
        if wrong is not None:
            return wrong, script_hint()
    return None


def _apply(term: CommentedMap, verdict: Verdict, path: Path) -> None:
    if verdict.seen is not None:
        now = Seen((term.get("translations") or {}).get(verdict.lang),
                   verdict.lang in (term.get("reviewed") or []))
        if now != verdict.seen:
            raise ChangedMeanwhile(verdict.term_id, verdict.lang, now)
    problem = verdict_problem(verdict)
    if problem is not None:
        raise InputError(problem[0], hint=problem[1])
    for name, text, empty in (
            ("translations", verdict.translation, _("the new translation for '{term}' is empty")),
            ("example_translations", verdict.example_translation,
             _("the new example translation for '{term}' is empty"))):
        if text is not None:
            if not text.strip():
                raise InputError(empty.format(term=verdict.term_id), hint=_("type the text, or skip this one"))
            _mapping(term, name)[verdict.lang] = text.strip()
    if verdict.lang not in (term.get("translations") or {}):
        raise InputError(_("'{term}' in {path} has no '{lang}' translation to accept").format(
                             term=verdict.term_id, path=path, lang=verdict.lang),
                         hint=_("give it a '{lang}' translation (a corrected one is accepted at once)").format(
                             lang=verdict.lang))
    reviewed = term.get("reviewed")
    if not isinstance(reviewed, list):
        reviewed = CommentedSeq()
        reviewed.fa.set_flow_style()
        _insert_after(term, "reviewed", reviewed, after=("example_translations", "translations"))
    if not reviewed and hasattr(reviewed, "fa"):
        reviewed.fa.set_flow_style()  # `reviewed: []` grows into `reviewed: [en]`, as the files write it
    if verdict.lang not in reviewed:
        reviewed.append(verdict.lang)


def _mapping(term: CommentedMap, name: str) -> Any:
    if not isinstance(term.get(name), dict):
        _insert_after(term, name, CommentedMap(), after=("translations", "example"))
    return term[name]


def _insert_after(term: CommentedMap, key: str, value: Any, *, after: tuple[str, ...]) -> None:
    keys = list(term)
    if key in term:
        term[key] = value
        return
    for name in after:
        if name in keys:
            term.insert(keys.index(name) + 1, key, value)
            return
    term[key] = value

