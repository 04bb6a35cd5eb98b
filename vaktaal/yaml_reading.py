"""Safe YAML reading that remembers where every value stood in the file.

PyYAML composes the file into nodes (never constructing objects from tags); we turn the nodes
into plain Python values ourselves so that each value keeps its line and column, duplicate keys
are caught, and anchors/aliases (the "billion laughs" bomb) are refused before they can expand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Union

import yaml

from vaktaal.problems import Problem

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 40

#: A place in the document: ("terms", 3, "translations", "ar").
YamlPath = tuple[Union[str, int], ...]

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}
_SEQ_TAG = "tag:yaml.org,2002:seq"
_MAP_TAG = "tag:yaml.org,2002:map"


@dataclass
class YamlDocument:
    """Plain data plus the (line, column) of every value and every mapping key, 1-based."""

    path: str
    data: Any
    value_at: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    key_at: dict[YamlPath, tuple[int, int]] = field(default_factory=dict)
    #: Plain scalars YAML read as a number or boolean, with their text (``nl: 112``).
    plain_text: dict[YamlPath, str] = field(default_factory=dict)

    def where(self, path: YamlPath, *, key: bool = False) -> tuple[int | None, int | None]:
        """Position of the value at ``path`` (or of its key), else of the nearest parent."""
        table = self.key_at if key else self.value_at
        probe = path
        while True:
            if probe in table:
                return table[probe]
            if key and probe in self.value_at:
                return self.value_at[probe]
            if not probe:
                return (None, None)
            probe = probe[:-1]


class YamlReadError(Exception):
    """The file cannot be read as YAML at all; carries the one problem that says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


class _RefusingLoader(yaml.SafeLoader):
    """SafeLoader that refuses anchors and aliases while composing, before any expansion."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # noqa: ANN401 - PyYAML API
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise _Refused(
                event.start_mark,
                "YAML anchors and aliases (& and *) are not allowed in vaktaal files",
                "write each value out in full; copying a term is clearer than referring to it",
                "alias",
            )
        return super().compose_node(parent, index)


class _Refused(Exception):
    def __init__(self, mark: Any, message: str, hint: str, code: str) -> None:
        super().__init__(message)
        self.mark, self.message, self.hint, self.code = mark, message, hint, code


def _problem(path: str, line: int | None, col: int | None, code: str, message: str, hint: str) -> Problem:
    return Problem(path, line, col, "error", code, message, hint)


def _decode(path: str, raw: bytes) -> str:
    try:
        # utf-8-sig accepts (and drops) the BOM that Windows editors like to write.
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise YamlReadError(
            _problem(
                path, line, col, "encoding",
                f"the file is not UTF-8 text (byte 0x{raw[exc.start]:02x} cannot be read)",
                "save the file as UTF-8 (in most editors: Save as… → Encoding: UTF-8)",
            )
        ) from None


def _yaml_error_problem(path: str, exc: yaml.YAMLError, text: str) -> Problem:
    if isinstance(exc, yaml.reader.ReaderError):
        line = text.count("\n", 0, exc.position) + 1
        col = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        return _problem(
            path, line, col, "yaml-syntax",
            f"the file contains a character YAML does not allow (#x{exc.character:04x})"
            if isinstance(exc.character, int)
            else "the file contains a character YAML does not allow",
            "remove the invisible control character at this place",
        )
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (None, None)
    reason = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    context_mark = getattr(exc, "context_mark", None)
    if context and context_mark is not None and mark is not None and context_mark.line != mark.line:
        context += f" that starts on line {context_mark.line + 1}"
    message = f"YAML syntax error: {reason}" + (f" ({context})" if context else "")
    hint = "check the indentation and punctuation on this line and the line before"
    if "\\t" in reason or "tab" in reason.lower():
        message = "YAML syntax error: a tab character is used for indentation"
        hint = "indent with spaces, never tabs (most editors: convert indentation to spaces)"
    elif "mapping values are not allowed" in reason:
        hint = "a text containing ': ' must be quoted, e.g. example: \"Let op: heet!\""
    return _problem(path, line, col, "yaml-syntax", message, hint)


def read_yaml(path: str | Path, *, display_path: str | None = None) -> YamlDocument:
    """Read one YAML file safely; raise :class:`YamlReadError` with a located problem."""
    shown = display_path or str(path)
    file = Path(path)
    try:
        size = file.stat().st_size
        if size > MAX_FILE_BYTES:
            raise YamlReadError(
                _problem(
                    shown, None, None, "too-large",
                    f"the file is {size / 1024 / 1024:.1f} MB; vaktaal files may be at most "
                    f"{MAX_FILE_BYTES // 1024 // 1024} MB",
                    "split the vocabulary into several sector files",
                )
            )
        raw = file.read_bytes()
    except OSError as exc:
        raise YamlReadError(
            _problem(shown, None, None, "unreadable", f"cannot read the file: {exc.strerror or exc}",
                     "check that the file exists and that you may read it")
        ) from None
    text = _decode(shown, raw)
    return parse_yaml(text, display_path=shown)


def parse_yaml(text: str, *, display_path: str) -> YamlDocument:
    """Parse YAML text; see :func:`read_yaml`."""
    shown = display_path
    try:
        root = yaml.compose(text, Loader=_RefusingLoader)
    except _Refused as exc:
        raise YamlReadError(
            _problem(shown, exc.mark.line + 1, exc.mark.column + 1, exc.code, exc.message, exc.hint)
        ) from None
    except yaml.composer.ComposerError as exc:
        if "expected a single document" in str(exc):
            mark = exc.problem_mark
            raise YamlReadError(
                _problem(shown, mark.line + 1, mark.column + 1, "yaml-syntax",
                         "the file holds more than one YAML document (a line with ---)",
                         "keep one sector per file and remove the extra ---")
            ) from None
        raise YamlReadError(_yaml_error_problem(shown, exc, text)) from None
    except yaml.YAMLError as exc:
        raise YamlReadError(_yaml_error_problem(shown, exc, text)) from None
    except RecursionError:
        raise YamlReadError(
            _problem(shown, None, None, "too-deep", "the file is nested too deeply to be a vaktaal file",
                     "a sector file has only a few levels: sector → terms → translations")
        ) from None
    if root is None:
        raise YamlReadError(
            _problem(shown, 1, 1, "empty", "the file is empty",
                     "start from the example in docs/sector-format.md")
        )
    doc = YamlDocument(shown, None)
    doc.data = _convert(root, (), doc, depth=0)
    return doc


def _convert(node: yaml.Node, path: YamlPath, doc: YamlDocument, depth: int) -> Any:
    doc.value_at[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    if depth > MAX_DEPTH:
        raise YamlReadError(
            _problem(doc.path, node.start_mark.line + 1, node.start_mark.column + 1, "too-deep",
                     "the file is nested too deeply to be a vaktaal file",
                     "a sector file has only a few levels: sector → terms → translations")
        )
    if isinstance(node, yaml.ScalarNode):
        if node.tag not in _SCALAR_TAGS:
            raise _tag_error(doc.path, node)
        if node.tag == "tag:yaml.org,2002:str":
            return node.value
        if node.tag == "tag:yaml.org,2002:timestamp":
            return node.value  # dates are only ever text in vaktaal files
        # Call the constructor function directly: construct_object would cache every node.
        value = _SCALAR_CONSTRUCTOR.yaml_constructors[node.tag](_SCALAR_CONSTRUCTOR, node)
        if value is not None and node.style is None:
            doc.plain_text[path] = node.value
        return value
    if isinstance(node, yaml.SequenceNode):
        if node.tag != _SEQ_TAG:
            raise _tag_error(doc.path, node)
        return [_convert(item, path + (i,), doc, depth + 1) for i, item in enumerate(node.value)]
    if node.tag != _MAP_TAG:
        raise _tag_error(doc.path, node)
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        line, col = key_node.start_mark.line + 1, key_node.start_mark.column + 1
        if not isinstance(key_node, yaml.ScalarNode):
            raise YamlReadError(
                _problem(doc.path, line, col, "yaml-syntax", "a key must be a plain word, not a list or mapping",
                         "write keys as `name: value`")
            )
        if key_node.tag == "tag:yaml.org,2002:merge":
            raise YamlReadError(
                _problem(doc.path, line, col, "alias", "YAML merge keys (<<) are not allowed in vaktaal files",
                         "write each field out in full")
            )
        if key_node.tag not in _SCALAR_TAGS:
            raise _tag_error(doc.path, key_node)
        # The raw text, so that a language code like `no` (Norwegian) never becomes False.
        key = key_node.value
        if key in result:
            first_line = doc.key_at[path + (key,)][0]
            raise YamlReadError(
                _problem(doc.path, line, col, "duplicate-key",
                         f"the key '{key}' appears twice in the same mapping (first on line {first_line})",
                         "remove one of them; YAML would silently keep only the last")
            )
        doc.key_at[path + (key,)] = (line, col)
        result[key] = _convert(value_node, path + (key,), doc, depth + 1)
    return result


def _tag_error(path: str, node: yaml.Node) -> YamlReadError:
    tag = node.tag.replace("tag:yaml.org,2002:", "!!")
    return YamlReadError(
        _problem(path, node.start_mark.line + 1, node.start_mark.column + 1, "yaml-tag",
                 f"YAML tags like '{tag}' are not allowed in vaktaal files",
                 "remove the tag (the word starting with !); vaktaal files hold only text, numbers, "
                 "true/false, lists and mappings")
    )


_SCALAR_CONSTRUCTOR = yaml.SafeLoader("")
