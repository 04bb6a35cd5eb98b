"""The JSON Schema of the sector format, made from the same rules as the validator.

The shipped copy (``vaktaal/schema/sector.schema.json``) is what editors read; a test keeps it
equal to :func:`sector_schema`.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from vaktaal.content.format_rules import (
    FILE_FIELDS,
    NOUN_LIKE,
    RECORDING_EXAMPLE,
    SLUG_PATTERN,
    TERM_FIELDS,
    THEME_FIELDS,
    FieldRule,
)
from vaktaal.content.languages import iso_639_1_codes

SCHEMA_ID = "https://vaktaal.invalid/schema/sector.schema.json"


def _field_schema(rule: FieldRule) -> dict[str, Any]:
    # Not blank, no spaces around it; a plain number (`nl: 112`) is read as its text.
    text = {"type": ["string", "number"], "pattern": r"^\S(.*\S)?$"}
    lang = {"enum": sorted(iso_639_1_codes())}
    kinds: dict[str, dict[str, Any]] = {
        "slug": {"type": "string", "pattern": SLUG_PATTERN},
        "text": text,
        "bool": {"type": "boolean"},
        "choice": {"enum": list(rule.choices)},
        "lang_map": {"type": "object", "propertyNames": lang, "additionalProperties": text},
        "recording_map": {"type": "object", "propertyNames": {"enum": [RECORDING_EXAMPLE, *lang["enum"]]},
                          "additionalProperties": {"type": "string", "pattern": r"\.mp3$"}},
        "lang_list": {"type": "array", "items": lang},
        "text_list": {"type": "array", "items": text},
        "themes": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/theme"}},
        "terms": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/term"}},
    }
    schema = dict(kinds[rule.kind])
    if rule.nullable:
        schema = {"anyOf": [schema, {"type": "null"}]}
    return {"description": rule.description, **schema}


def _object(rules: tuple[FieldRule, ...]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": {rule.name: _field_schema(rule) for rule in rules},
        "required": [rule.name for rule in rules if rule.required],
        "additionalProperties": False,
    }


def sector_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) for a sector file."""
    term = _object(TERM_FIELDS)
    # Article and plural belong to nouns (and abbreviations); a noun needs its article.
    term["allOf"] = [
        {
            "if": {"properties": {"pos": {"const": "noun"}}, "required": ["pos"]},
            "then": {"required": ["article"]},
        },
        {
            "if": {"properties": {"pos": {"not": {"enum": list(NOUN_LIKE)}}}, "required": ["pos"]},
            "then": {"not": {"anyOf": [{"required": ["article"]}, {"required": ["plural"]}]}},
        },
    ]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "vaktaal sector file",
        "description": "One trade's Dutch work-floor vocabulary. See docs/sector-format.md.",
        **_object(FILE_FIELDS),
        "$defs": {"theme": _object(THEME_FIELDS), "term": term},
    }


def schema_json() -> str:
    return json.dumps(sector_schema(), ensure_ascii=False, indent=2) + "\n"


def shipped_schema_json() -> str:
    """The schema file inside the installed package."""
    return resources.files("vaktaal").joinpath("schema/sector.schema.json").read_text("utf-8")


if __name__ == "__main__":  # python -m vaktaal.content.schema: regenerate the shipped copy after a rule change
    from pathlib import Path

    Path(__file__).parents[1].joinpath("schema", "sector.schema.json").write_text(schema_json(), "utf-8")
