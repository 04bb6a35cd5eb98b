"""One problem found in a data file, with where it is and how to fix it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Problem:
    path: str
    line: int | None
    column: int | None
    severity: Severity
    code: str
    message: str
    hint: str = ""

    def location(self) -> str:
        """``path:line:col`` as editors and terminals understand it."""
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}:{self.column or 1}"

    def to_dict(self) -> dict[str, object]:
        return asdict(self)
