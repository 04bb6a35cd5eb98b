"""One problem found in a data file, with where it is and how to fix it."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Literal

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


class SplitsProblems:
    """Mixin for anything with ``problems``: its errors and its warnings apart."""

    if TYPE_CHECKING:  # a field in some subclasses, a property in others

        @property
        def problems(self) -> tuple[Problem, ...]: ...

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "error")

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.severity == "warning")
