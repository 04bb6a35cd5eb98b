"""The shipped JSON Schema equals the validator's rules; dumping and loading keeps a sector."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vaktaal
from vaktaal.content.format_rules import ARTICLES, LEVELS, PARTS_OF_SPEECH, REGISTERS
from vaktaal.content.languages import LANGUAGE_SCRIPTS, LEARNER_LANGUAGES, letter_scripts
from vaktaal.content.model import Sector, Term, Theme
from vaktaal.content.schema import schema_json, sector_schema, shipped_schema_json
from vaktaal.content.value_checks import not_a_word

CORPUS = Path(__file__).parent / "sectors"
#: Invalid files whose mistakes are about structure and values, which the schema also sees.
SCHEMA_VISIBLE = ["many-mistakes.yaml", "list-not-mapping.yaml", "terms-mapping.yaml"]


def test_shipped_schema_is_generated_from_the_rules() -> None:
    assert shipped_schema_json() == schema_json(), (
        "vaktaal/schema/sector.schema.json is stale: regenerate it with `python -m vaktaal.content.schema`"
    )
    jsonschema.Draft202012Validator.check_schema(json.loads(shipped_schema_json()))


@pytest.mark.parametrize("path", sorted((CORPUS / "valid").glob("*.yaml")), ids=lambda p: p.name)
def test_valid_files_pass_the_schema(path: Path) -> None:
    data = yaml.safe_load(path.read_text("utf-8-sig"))
    jsonschema.validate(data, sector_schema())


@pytest.mark.parametrize("name", SCHEMA_VISIBLE)
def test_invalid_files_fail_the_schema(name: str) -> None:
    data = yaml.safe_load((CORPUS / "invalid" / name).read_text("utf-8"))
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, sector_schema())


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"level": "C1"}, "is not one of"),
        ({"pos": "zelfstandig"}, "zelfstandig"),
        ({"register": "formal"}, "is not one of"),
        ({"article": "den"}, "is not one of"),
        ({"safety": "ja"}, "is not of type 'boolean'"),
        ({"nl": "  "}, "does not match"),
        ({"id": "Laskap"}, "does not match"),
        ({"translations": {"xx": "a"}}, "is not one of"),
        ({"reviewed": ["EN"]}, "is not one of"),
        ({"kleur": "rood"}, "Additional properties"),
        ({"pos": "verb"}, "should not be valid"),  # a verb with an article
    ],
)
def test_schema_and_validator_reject_the_same_term_mistakes(change: dict, message: str, tmp_path: Path) -> None:
    term = {"id": "laskap", "nl": "laskap", "article": "de", "plural": "laskappen", "pos": "noun",
            "theme": "veiligheid", "level": "A2", "translations": {"en": "welding helmet"}}
    term.update(change)
    data = {"sector": "s", "name": "S", "description": "S.", "themes": [{"id": "veiligheid", "name": "V"}],
            "terms": [term]}
    with pytest.raises(jsonschema.ValidationError, match=message):
        jsonschema.validate(data, sector_schema())
    path = tmp_path / "s.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert vaktaal.check([path]).errors, f"the validator accepts what the schema rejects: {change}"


def test_schema_lists_every_field_the_validator_knows() -> None:
    from vaktaal.content.format_rules import FILE_FIELDS, TERM_FIELDS, THEME_FIELDS

    schema = sector_schema()
    assert list(schema["properties"]) == [f.name for f in FILE_FIELDS]
    assert list(schema["$defs"]["term"]["properties"]) == [f.name for f in TERM_FIELDS]
    assert list(schema["$defs"]["theme"]["properties"]) == [f.name for f in THEME_FIELDS]
    assert schema["$defs"]["term"]["properties"]["level"]["enum"] == list(LEVELS)


# -- dump -> load gives the same sector -----------------------------------------------------------

_text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp", "Co")),
    min_size=1, max_size=20,
).map(str.strip).filter(bool)
_slug = st.from_regex(r"[a-z0-9]{1,8}(-[a-z0-9]{1,5})?", fullmatch=True)
_langs = st.sampled_from(LEARNER_LANGUAGES + ("pl", "no", "am"))
#: A word: not a formula, a web address or brackets (the validator refuses those in nl and plural).
_word = _text.filter(lambda text: not_a_word(text) is None)
#: Letters of each script, from the Unicode database (the first 0x3000 code points hold them all).
_SCRIPT_LETTERS = {script: "".join(c for c in map(chr, range(0x3000)) if set(letter_scripts(c)) == {script})
                   for script in set(LANGUAGE_SCRIPTS.values())}


def _translation(lang: str) -> st.SearchStrategy[str]:
    """Text in the language's script (a translation in another script is an error)."""
    script = LANGUAGE_SCRIPTS.get(lang)
    if script is None:
        return _text.filter(lambda text: not_a_word(text, translation=True) is None)
    letters = st.text(alphabet=st.sampled_from(_SCRIPT_LETTERS[script]), min_size=1, max_size=12)
    other = st.text(alphabet=st.sampled_from("0123456789 .,!?()'-"), max_size=4)
    return st.tuples(letters, other, letters).map("".join).map(str.strip).filter(
        lambda text: not_a_word(text, translation=True) is None)


def _translations(max_size: int) -> st.SearchStrategy[dict[str, str]]:
    return st.lists(_langs, unique=True, max_size=max_size).flatmap(
        lambda langs: st.fixed_dictionaries({lang: _translation(lang) for lang in langs}))


@st.composite
def sectors(draw: st.DrawFn) -> Sector:
    theme_ids = draw(st.lists(_slug, min_size=1, max_size=3, unique=True))
    themes = tuple(Theme(t, draw(_text), draw(st.none() | _text)) for t in theme_ids)
    term_ids = draw(st.lists(_slug, min_size=1, max_size=5, unique=True))
    terms = []
    for term_id in term_ids:
        pos = draw(st.sampled_from(PARTS_OF_SPEECH))
        noun_like = pos in ("noun", "abbreviation")
        translations = draw(_translations(4))
        terms.append(Term(
            id=term_id, nl=draw(_word), pos=pos, theme=draw(st.sampled_from(theme_ids)),
            level=draw(st.sampled_from(LEVELS)),
            article=draw(st.sampled_from(ARTICLES)) if pos == "noun" else (
                draw(st.none() | st.sampled_from(ARTICLES)) if noun_like else None),
            plural=draw(st.none() | _word) if noun_like else None,
            safety=draw(st.booleans()), register=draw(st.sampled_from(REGISTERS)),
            example=draw(st.none() | _text), translations=translations,
            example_translations=draw(_translations(2)),
            reviewed=tuple(sorted(draw(st.sets(st.sampled_from(sorted(translations)))))) if translations else (),
            full_form=draw(st.none() | _text), situation=draw(st.none() | _text),
            emoji=draw(st.none() | st.sampled_from(["🥽", "🧤", "⚠️"])), notes=draw(st.none() | _text),
            source=draw(st.none() | _text),
        ))
    return Sector(draw(_slug), draw(_text), draw(_text), themes, tuple(terms),
                  tuple(draw(st.lists(_text, max_size=2))))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sector=sectors())
def test_loading_what_was_dumped_gives_the_same_sector(sector: Sector,
                                                       tmp_path_factory: pytest.TempPathFactory) -> None:
    path = tmp_path_factory.mktemp("rt") / "sector.yaml"
    path.write_text(vaktaal.dump_sector(sector), encoding="utf-8")
    assert vaktaal.load_sector(path) == sector
