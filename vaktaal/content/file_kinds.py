"""What kind of vaktaal file a YAML file is — a sector file, an employer overlay or a deck
recipe — decided in this one place, from the file's own keys (never from its name or folder)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from vaktaal.files.yaml_reader import YamlDocument, read_yaml

FileKind = Literal["sector", "overlay", "recipe"]


def file_kind(data: Any) -> FileKind:
    """Overlays say which sector they ``extends``; recipes name ``sectors`` and hold no terms;
    anything else is read (and checked) as a sector file."""
    if isinstance(data, dict):
        if "extends" in data:
            return "overlay"
        if "sectors" in data and "terms" not in data:
            return "recipe"
    return "sector"


@dataclass(frozen=True)
class VaktaalFile:
    path: Path
    kind: FileKind
    doc: YamlDocument


def read_vaktaal_file(path: str | Path) -> VaktaalFile:
    """Parse ``path`` once and say what it is; raises YamlReadError when it is not YAML at all."""
    file = Path(path)
    doc = read_yaml(file, display_path=str(path))
    return VaktaalFile(file, file_kind(doc.data), doc)
