"""What one term becomes in one learner language: field values, tags, subdeck, cards."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from vaktaal.anki.field_text import field_html
from vaktaal.anki.identity import note_guid
from vaktaal.anki.media import MediaSet
from vaktaal.anki.notetype import FIELD_INDEX, FIELDS
from vaktaal.content.languages import text_direction
from vaktaal.content.pictures import picture_path
from vaktaal.recipes import Recipe, SelectedTerm

UNCHECKED_MARK = "⚠ vertaling niet gecontroleerd"
SAFETY_MARK = "⚠ veiligheid"
#: Template order in the note type; a card's ``ord`` is its position here.
CARD_ORDS = {"herkennen": 0, "zeggen": 1, "luisteren": 2, "zin": 3}
_SWITCH_FIELDS = {"herkennen": "Herkennen", "zeggen": "Zeggen", "luisteren": "Luisteren", "zin": "Zin"}


@dataclass(frozen=True)
class PlannedNote:
    guid: str
    key: str
    fields: tuple[str, ...]
    tags: tuple[str, ...]
    deck: str
    #: Position among new cards (learning order), so the learner meets safety words first.
    due: int
    cards: tuple[int, ...]

    @property
    def content_hash(self) -> str:
        joined = "\x1f".join(self.fields) + "\x1e" + " ".join(self.tags)
        return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]

    def field(self, name: str) -> str:
        return self.fields[FIELD_INDEX[name]]


def _deck_part(name: str) -> str:
    # "::" separates subdecks in Anki; a name must not open a level of its own.
    return " ".join(name.replace("::", ":").split())


def deck_root(recipe: Recipe) -> str:
    name = recipe.name
    if name.lower().startswith("vaktaal "):
        name = name[len("vaktaal "):]
    return "Vaktaal::" + _deck_part(name)


def subdeck(recipe: Recipe, entry: SelectedTerm) -> str:
    theme = _theme_name(entry)
    parts = [deck_root(recipe)]
    if len({choice.sector for choice in recipe.sectors}) > 1:
        parts.append(_deck_part(entry.sector.name))
    parts.append(_deck_part(theme))
    return "::".join(parts)


def _tag(text: str) -> str:
    return "_".join(text.split())


def note_tags(entry: SelectedTerm) -> tuple[str, ...]:
    term = entry.term
    tags = ["vaktaal", f"sector::{_tag(entry.sector.slug)}", f"thema::{_tag(term.theme)}",
            f"niveau::{term.level}"]
    if term.safety:
        tags.append("veiligheid")
    if entry.employer:
        tags.append(f"werkgever::{_tag(entry.employer)}")
    return tuple(tags)


def _theme_name(entry: SelectedTerm) -> str:
    try:
        return entry.sector.theme(entry.term.theme).name
    except KeyError:
        return entry.term.theme


def _sound(media: MediaSet, audio: Mapping[str, Path], text: str | None) -> str:
    path = audio.get(text) if text else None
    return f"[sound:{media.add(path)}]" if path is not None else ""


def plan_note(recipe: Recipe, entry: SelectedTerm, lang: str, due: int, *, media: MediaSet,
              audio: Mapping[str, Path]) -> PlannedNote:
    """The note for ``entry`` in ``lang``. Media it uses are added to ``media``."""
    term = entry.term
    translation = term.translations.get(lang)
    example_translation = term.example_translations.get(lang)
    unchecked = bool(translation or example_translation) and not term.is_reviewed(lang)
    picture = picture_path(term.image_path, entry.sector.path)
    picture_html = f'<img src="{field_html(media.add(picture))}" alt="">' if picture else ""
    word_audio = _sound(media, audio, term.with_article)
    example_audio = _sound(media, audio, term.example)

    wanted = set(recipe.cards)
    cards = []
    if "herkennen" in wanted:
        cards.append("herkennen")
    phrase_card = term.is_phrase and bool(term.situation)
    if "zeggen" in wanted and not phrase_card and (translation or picture or term.emoji):
        cards.append("zeggen")
    if "luisteren" in wanted and word_audio:
        cards.append("luisteren")
    if phrase_card:
        cards.append("zin")
    if not cards:  # Anki cannot hold a note without cards; recognising is always possible.
        cards.append("herkennen")

    values = {
        "Word": field_html(term.nl),
        "Article": field_html(term.article),
        "Plural": field_html(term.plural),
        "FullForm": field_html(term.full_form),
        "Translation": field_html(translation),
        "TranslationStatus": UNCHECKED_MARK if unchecked else "",
        "Example": field_html(term.example),
        "ExampleTranslation": field_html(example_translation),
        "WordAudio": word_audio,
        "ExampleAudio": example_audio,
        "Picture": picture_html,
        "Emoji": field_html(term.emoji),
        "Situation": field_html(term.situation),
        "Level": term.level,
        "Theme": field_html(_theme_name(entry)),
        "Safety": SAFETY_MARK if term.safety else "",
        "Notes": field_html(term.notes),
        "Language": field_html(lang),
        "Direction": text_direction(lang),
        "Sector": field_html(entry.sector.name),
        "Source": field_html(term.source),
        "Key": field_html(entry.key),
    }
    for card, field_name in _SWITCH_FIELDS.items():
        values[field_name] = "1" if card in cards else ""
    values["Reader"] = "1" if recipe.profile == "lezer" else ""
    return PlannedNote(
        guid=note_guid(entry.origin, term.id, lang),
        key=entry.key,
        fields=tuple(values.get(name, "") for name in FIELDS),
        tags=note_tags(entry),
        deck=subdeck(recipe, entry),
        due=due,
        cards=tuple(sorted(CARD_ORDS[c] for c in cards)),
    )
