"""Safe YAML reading that remembers where every value stood in the file.

PyYAML composes the file into nodes (never constructing objects from tags); we turn the nodes
into plain Python values ourselves so that each value keeps its line and column, duplicate keys
are caught, and anchors/aliases (the "billion laughs" bomb) are refused before they can expand.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from vaktaal.files.problems import Problem
from vaktaal.i18n import N_, _

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_DEPTH = 40

#: A place in the document: ("terms", 3, "translations", "ar").
YamlPath = tuple[str | int, ...]

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


    def problem(self, path: YamlPath, code: str, message: str, hint: str = "", *, key: bool = False,
                severity: str = "error") -> Problem:
        """A problem located at the value (or key) at ``path``."""
        line, col = self.where(path, key=key)
        return Problem(self.path, line, col, severity, code, message, hint)  # type: ignore[arg-type]


class YamlReadError(Exception):
    """The file cannot be read as YAML at all; carries the one problem that says why."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


# libyaml's event parser is a non-recursive state machine and about ten times faster than
# PyYAML's pure-Python one; we build the values from its events ourselves (PyYAML's own
# composer, in C, recurses and can crash on deeply nested input).
_EventLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
                _("the file is not UTF-8 text (byte 0x{byte:02x} cannot be read)").format(byte=raw[exc.start]),
                _("save the file as UTF-8 (in most editors: Save as… → Encoding: UTF-8)"),
            )
        ) from None


def _yaml_error_problem(path: str, exc: yaml.YAMLError, text: str) -> Problem:
    if isinstance(exc, yaml.reader.ReaderError):
        return _problem(
            path, text.count("\n", 0, exc.position) + 1, exc.position - text.rfind("\n", 0, exc.position),
            "yaml-syntax",
            _("the file contains a character YAML does not allow (#x{code:04x})").format(code=exc.character)
            if isinstance(exc.character, int)
            else _("the file contains a character YAML does not allow"),
            _("remove the invisible control character at this place"),
        )
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 1 if mark is not None else None
    col = mark.column + 1 if mark is not None else None
    reason = getattr(exc, "problem", None) or str(exc)
    context = getattr(exc, "context", None)
    context_mark = getattr(exc, "context_mark", None)
    # PyYAML's own words (``reason``, ``context``) come in English only.
    if context and context_mark is not None and mark is not None and context_mark.line != mark.line:
        message = _("YAML syntax error: {reason} ({context} that starts on line {line})").format(
            reason=reason, context=context, line=context_mark.line + 1)
    elif context:
        message = _("YAML syntax error: {reason} ({context})").format(reason=reason, context=context)
    else:
        message = _("YAML syntax error: {reason}").format(reason=reason)
    hint = _("check the indentation and punctuation on this line and the line before")
    offending = _char_at(text, mark.line, mark.column) if mark is not None else ""
    if offending == "\t" or "\\t" in reason or "tab" in reason.lower():
        message = _("YAML syntax error: a tab character is used for indentation")
        hint = _("indent with spaces, never tabs (most editors: convert indentation to spaces)")
    elif "mapping values are not allowed" in reason:
        hint = _("a text containing ': ' must be quoted, e.g. example: \"Let op: heet!\"")
    return _problem(path, line, col, "yaml-syntax", message, hint)


def _char_at(text: str, line: int, column: int) -> str:
    lines = text.split("\n", line + 1)
    return lines[line][column:column + 1] if line < len(lines) else ""


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
                    _("the file is {size:.1f} MB; vaktaal files may be at most {limit} MB").format(
                        size=size / 1024 / 1024, limit=MAX_FILE_BYTES // 1024 // 1024),
                    _("split the vocabulary into several sector files"),
                )
            )
        raw = file.read_bytes()
    except OSError as exc:
        raise YamlReadError(
            _problem(shown, None, None, "unreadable",
                     _("cannot read the file: {reason}").format(reason=exc.strerror or exc),
                     _("check that the file exists and that you may read it"))
        ) from None
    text = _decode(shown, raw)
    return parse_yaml(text, display_path=shown)


def parse_yaml(text: str, *, display_path: str) -> YamlDocument:
    """Parse YAML text; see :func:`read_yaml`."""
    doc = YamlDocument(display_path, None)
    try:
        doc.data = _build(text, doc)
    except _Refused as exc:
        mark = exc.mark
        raise YamlReadError(
            _problem(display_path, mark.line + 1, mark.column + 1, exc.code, exc.message, exc.hint)
        ) from None
    except yaml.YAMLError as exc:
        too_deep = _flow_too_deep(text, getattr(exc, "problem_mark", None))
        if too_deep is not None:
            line, col = too_deep
            raise YamlReadError(_problem(display_path, line, col, "too-deep", _(_TOO_DEEP),
                                         _(_TOO_DEEP_HINT))) from None
        raise YamlReadError(_yaml_error_problem(display_path, exc, text)) from None
    return doc


_TOO_DEEP = N_("the file is nested too deeply to be a vaktaal file")
_TOO_DEEP_HINT = N_("a sector file has only a few levels: sector → terms → translations")


def _flow_too_deep(text: str, mark: Any) -> tuple[int, int] | None:
    """Line and column where ``[``/``{`` nesting first reaches MAX_DEPTH before ``mark``, if it does.

    libyaml's scanner reads flow collections ahead of the events we check, and newer libyaml
    versions stop deep nesting there with their own message: this puts ours first, whatever
    libyaml's limit is. Brackets inside quoted text are counted too; no real file nests 40 deep.
    """
    end = mark.index + 1 if mark is not None else len(text)
    depth = line = col = 0
    for char in text[:end]:
        col += 1
        if char in "[{":
            depth += 1
            if depth >= MAX_DEPTH:
                return line + 1, col
        elif char in "]}":
            depth = max(depth - 1, 0)
        elif char == "\n":
            line, col = line + 1, 0
    return None


class _Frame:
    """An open mapping or sequence while its events arrive."""

    __slots__ = ("key", "key_mark", "path", "value")

    def __init__(self, value: Any, path: YamlPath) -> None:
        self.value = value
        self.path = path
        self.key: str | None = None
        self.key_mark: Any = None


def _build(text: str, doc: YamlDocument) -> Any:
    loader = _EventLoader(text)
    stack: list[_Frame] = []
    root: Any = None
    documents = 0
    try:
        while loader.check_event():
            event = loader.get_event()
            kind = type(event)
            if kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _Refused(event.start_mark,
                                   _("the file holds more than one YAML document (a line with ---)"),
                                   _("keep one sector per file and remove the extra ---"), "yaml-syntax")
                continue
            if kind in (yaml.StreamStartEvent, yaml.StreamEndEvent, yaml.DocumentEndEvent):
                continue
            if kind is yaml.AliasEvent or getattr(event, "anchor", None):
                raise _Refused(event.start_mark,
                               _("YAML anchors and aliases (& and *) are not allowed in vaktaal files"),
                               _("write each value out in full; copying a term is clearer than referring to it"),
                               "alias")
            if kind in (yaml.MappingEndEvent, yaml.SequenceEndEvent):
                frame = stack.pop()
                if not stack:
                    root = frame.value
                else:
                    _place(stack[-1], frame.value)
                continue
            parent = stack[-1] if stack else None
            if parent is not None and isinstance(parent.value, dict) and parent.key is None:
                _take_key(parent, event, doc)
                continue
            path = _child_path(parent)
            doc.value_at[path] = (event.start_mark.line + 1, event.start_mark.column + 1)
            if kind is yaml.ScalarEvent:
                value = _scalar(loader, event, path, doc)
                if parent is None:
                    root = value
                else:
                    _place(parent, value)
                continue
            is_map = kind is yaml.MappingStartEvent
            if event.tag is not None and not event.implicit and event.tag != (_MAP_TAG if is_map else _SEQ_TAG):
                raise _tag_refusal(event)
            if len(stack) >= MAX_DEPTH:
                raise _Refused(event.start_mark, _(_TOO_DEEP), _(_TOO_DEEP_HINT), "too-deep")
            stack.append(_Frame({} if is_map else [], path))
    finally:
        loader.dispose()
    if root is None and documents <= 1 and not doc.value_at:
        start = yaml.Mark(doc.path, 0, 0, 0, None, None)  # type: ignore[arg-type]  # no text to quote
        raise _Refused(start, _("the file is empty"),
                       _("start from the example in docs/sector-format.md"), "empty")
    return root


def _child_path(parent: _Frame | None) -> YamlPath:
    if parent is None:
        return ()
    if isinstance(parent.value, dict):
        return parent.path + (parent.key,)  # type: ignore[operator]
    return parent.path + (len(parent.value),)


def _place(parent: _Frame, value: Any) -> None:
    if isinstance(parent.value, dict):
        parent.value[parent.key] = value
        parent.key = None
    else:
        parent.value.append(value)


def _take_key(frame: _Frame, event: Any, doc: YamlDocument) -> None:
    mark = event.start_mark
    if type(event) is not yaml.ScalarEvent:
        raise _Refused(mark, _("a key must be a plain word, not a list or mapping"),
                       _("write keys as `name: value`"), "yaml-syntax")
    tag = event.tag
    if tag is None and event.implicit[0] and event.value == "<<":
        raise _Refused(mark, _("YAML merge keys (<<) are not allowed in vaktaal files"),
                       _("write each field out in full"), "alias")
    if tag is not None and tag not in _SCALAR_TAGS and tag != "!":
        raise _tag_refusal(event)
    # The raw text, so that a language code like `no` (Norwegian) never becomes False.
    key = event.value
    if key in frame.value:
        first_line = doc.key_at[frame.path + (key,)][0]
        raise _Refused(mark, _("the key '{key}' appears twice in the same mapping (first on line {line})").format(
                           key=key, line=first_line),
                       _("remove one of them; YAML would silently keep only the last"), "duplicate-key")
    doc.key_at[frame.path + (key,)] = (mark.line + 1, mark.column + 1)
    frame.key = key


def _scalar(loader: Any, event: Any, path: YamlPath, doc: YamlDocument) -> Any:
    tag = event.tag
    if tag is None or tag == "!":
        tag = loader.resolve(yaml.ScalarNode, event.value, event.implicit)
    elif tag not in _SCALAR_TAGS:
        raise _tag_refusal(event)
    if tag in ("tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"):
        return event.value  # dates are only ever text in vaktaal files
    node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
    value = _SCALAR_CONSTRUCTOR.yaml_constructors[tag](_SCALAR_CONSTRUCTOR, node)
    if value is not None and event.style is None:
        doc.plain_text[path] = event.value
    return value


def _tag_refusal(event: Any) -> _Refused:
    tag = event.tag.replace("tag:yaml.org,2002:", "!!")
    return _Refused(event.start_mark, _("YAML tags like '{tag}' are not allowed in vaktaal files").format(tag=tag),
                    _("remove the tag (the word starting with !); vaktaal files hold only text, numbers, "
                      "true/false, lists and mappings"), "yaml-tag")


_SCALAR_CONSTRUCTOR = yaml.SafeLoader("")
