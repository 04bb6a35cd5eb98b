"""The vocabulary as values: a sector, its themes and its terms."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Theme:
    id: str
    name: str
    description: str | None = None


@dataclass(frozen=True)
class Term:
    id: str
    nl: str
    pos: str
    theme: str
    level: str
    article: str | None = None
    plural: str | None = None
    safety: bool = False
    register: str = "standard"
    example: str | None = None
    translations: Mapping[str, str] = field(default_factory=dict)
    example_translations: Mapping[str, str] = field(default_factory=dict)
    reviewed: tuple[str, ...] = ()
    #: Language code -> why the drafted translation is uncertain (shown to reviewers first).
    translation_notes: Mapping[str, str] = field(default_factory=dict)
    #: Tells homonyms apart across files: "hijskraan" / "waterkraan" (see content.consistency).
    sense: str | None = None
    full_form: str | None = None
    situation: str | None = None
    emoji: str | None = None
    picture: str | None = None
    image: str | None = None
    #: Slot (``nl``, ``example`` or a language code) -> a person's recording, relative to the file.
    recordings: Mapping[str, str] = field(default_factory=dict)
    notes: str | None = None
    source: str | None = None
    #: ``picture`` (or the older ``image``) resolved: a library SVG or a file beside the vocabulary
    #: file (not part of the term's content).
    picture_path: Path | None = field(default=None, compare=False, repr=False)
    #: ``recordings`` resolved against the file they came from.
    recording_paths: Mapping[str, Path] = field(default_factory=dict, compare=False, repr=False)

    @property
    def is_phrase(self) -> bool:
        return self.pos == "phrase"

    @property
    def with_article(self) -> str:
        """The word as a learner should learn it: 'de laskap', 'het gereedschap'."""
        return f"{self.article} {self.nl}" if self.article else self.nl

    def is_reviewed(self, lang: str) -> bool:
        """True when a person has checked this term's translation into ``lang``."""
        return lang in self.reviewed


@dataclass(frozen=True)
class Sector:
    slug: str
    name: str
    description: str
    themes: tuple[Theme, ...]
    terms: tuple[Term, ...]
    sources: tuple[str, ...] = ()
    #: The file it was read from, if any (not part of the content).
    path: Path | None = field(default=None, compare=False, repr=False)

    def theme(self, theme_id: str) -> Theme:
        for theme in self.themes:
            if theme.id == theme_id:
                return theme
        raise KeyError(theme_id)

    def term(self, term_id: str) -> Term:
        for term in self.terms:
            if term.id == term_id:
                return term
        raise KeyError(term_id)
