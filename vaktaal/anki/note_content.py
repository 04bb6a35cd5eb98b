"""What one term becomes in one learner language: field values, tags, subdeck, cards."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from vaktaal.anki.field_text import field_html
from vaktaal.anki.identity import note_guid
from vaktaal.anki.media import MediaSet
from vaktaal.anki.notetype import FIELD_INDEX, FIELDS
from vaktaal.audio.texts import sound_for, spoken_for
from vaktaal.audio.voices import ESPEAK, voice
from vaktaal.content.format_rules import RECORDING_EXAMPLE
from vaktaal.content.languages import text_direction
from vaktaal.content.model import Sector, Term
from vaktaal.content.pictures import picture_path
from vaktaal.recipes import Recipe, SelectedTerm

#: Not a danger sign: ⚠ already means danger on the same card. A pencil: a draft nobody checked.
UNCHECKED_MARK = "✎ nog niet gecontroleerd"
SAFETY_MARK = "⚠ veiligheid"
#: Template order in the note type; a card's ``ord`` is its position here.
CARD_ORDS = {"herkennen": 0, "zeggen": 1, "luisteren": 2, "zin": 3, "kijken": 4}
_SWITCH_FIELDS = {"herkennen": "Herkennen", "zeggen": "Zeggen", "luisteren": "Luisteren", "zin": "Zin",
                  "kijken": "Kijken"}
_MACHINE = '<span class="machine" title="computerstem">🤖</span>'  # marks machine speech


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
    #: What the learner sees and hears, independent of which voice recorded it (see _content_hash).
    content_hash: str

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


SAFETY_THEME = "veiligheid"


def subdecks(recipe: Recipe, entries: Sequence[SelectedTerm]) -> list[str]:
    """The subdeck of each entry (``entries`` in learning order).

    Anki's default options gather new cards subdeck by subdeck, in the order of their names, so
    the names carry a number in learning order: every safety term goes to the first subdeck (the
    sector's safety theme), the other themes follow in the order their first word is met. Then
    pressing Study on the top deck starts with the safety words.
    """
    several_sectors = len({choice.sector for choice in recipe.sectors}) > 1
    numbers: dict[tuple[str, str], int] = {}
    sector_numbers: dict[str, int] = {}
    names = []
    for entry in entries:
        sector_slug = entry.sector.slug
        sector_numbers.setdefault(sector_slug, len(sector_numbers) + 1)
        theme = SAFETY_THEME if entry.term.safety else entry.term.theme
        number = numbers.setdefault((sector_slug, theme), 1 + sum(1 for s, _t in numbers if s == sector_slug))
        parts = [deck_root(recipe)]
        if several_sectors:
            parts.append(f"{sector_numbers[sector_slug]:02d} {_deck_part(entry.sector.name)}")
        parts.append(f"{number:02d} {_deck_part(_theme_label(entry.sector, theme))}")
        names.append("::".join(parts))
    return names


def _theme_label(sector: Sector, theme_id: str) -> str:
    try:
        return sector.theme(theme_id).name
    except KeyError:
        return "Veiligheid" if theme_id == SAFETY_THEME else theme_id


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


def _sound(media: MediaSet, term: Term, slot: str, audio: Mapping[str, Path]) -> tuple[str, str]:
    """The sound field for ``slot`` and its identity in the change record: a person's recording
    is its file (the same on every machine), a synthetic one the text it speaks."""
    path = sound_for(term, slot, audio)
    if path is None:
        return "", ""
    field = f"[sound:{media.add(path)}]"
    return field, field if slot in term.recording_paths else f"voice:{spoken_for(term, slot)}"


def _translation_sound(media: MediaSet, term: Term, lang: str, translation_audio: Mapping[str, Path]
                       ) -> tuple[str, str]:
    """The translation spoken: a person's recording, else a machine voice (marked as such)."""
    path = sound_for(term, lang, translation_audio)
    if path is None:
        return "", ""
    field = f"[sound:{media.add(path)}]"
    if lang in term.recording_paths:
        return field, field
    # Counted only where an offline voice speaks the language: then every build, online or
    # not, has the sound, and the change record stays the same on every machine.
    return _MACHINE + field, f"voice:{lang}:{spoken_for(term, lang)}" if voice(lang, ESPEAK) else ""


def _situation_sound(media: MediaSet, term: Term, audio: Mapping[str, Path]) -> tuple[str, str]:
    path = audio.get(term.situation) if term.is_phrase and term.situation else None
    return (f"[sound:{media.add(path)}]", f"voice:{term.situation}") if path is not None else ("", "")


def plan_note(recipe: Recipe, entry: SelectedTerm, lang: str, due: int, *, deck: str, media: MediaSet,
              audio: Mapping[str, Path], translation_audio: Mapping[str, Path] | None = None) -> PlannedNote:
    """The note for ``entry`` in ``lang``. Media it uses are added to ``media``; ``audio`` maps
    Dutch text to a recording, ``translation_audio`` the translations into ``lang``."""
    term = entry.term
    translation = term.translations.get(lang)
    example_translation = term.example_translations.get(lang)
    unchecked = bool(translation or example_translation) and not term.is_reviewed(lang)
    picture = picture_path(term.picture_path, entry.sector.path)
    picture_html = f'<img src="{field_html(media.add(picture))}" alt="">' if picture else ""
    word_audio, word_identity = _sound(media, term, "nl", audio)
    example_audio, example_identity = _sound(media, term, RECORDING_EXAMPLE, audio)
    translation_sound, translation_identity = _translation_sound(media, term, lang, translation_audio or {})
    situation_audio, situation_identity = _situation_sound(media, term, audio)

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
    if "kijken" in wanted and (picture or term.emoji) and word_audio:
        cards.append("kijken")
    if not cards:  # Anki cannot hold a note without cards: listening, else recognising, always works.
        cards.append("luisteren" if word_audio else "herkennen")

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
        "TranslationAudio": translation_sound,
        "SituationAudio": situation_audio,
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
    fields = tuple(values.get(name, "") for name in FIELDS)
    return PlannedNote(
        guid=note_guid(entry.origin, term.id, lang),
        key=entry.key,
        fields=fields,
        tags=note_tags(entry),
        deck=deck,
        due=due,
        cards=tuple(sorted(CARD_ORDS[c] for c in cards)),
        content_hash=_content_hash(fields, note_tags(entry), {
            "WordAudio": word_identity, "ExampleAudio": example_identity,
            "TranslationAudio": translation_identity, "SituationAudio": situation_identity}),
    )


def _content_hash(fields: tuple[str, ...], tags: tuple[str, ...], sounds: Mapping[str, str]) -> str:
    """A note's content for the change record. A synthetic recording is counted as the text it
    speaks, not as its bytes: Google's voice, the offline voice or a newer engine give other
    files, and a coach's offline rebuild must not make every learner's note look changed."""
    parts = list(fields)
    for name, identity in sounds.items():
        parts[FIELD_INDEX[name]] = identity
    joined = "\x1f".join(parts) + "\x1e" + " ".join(tags)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:20]
