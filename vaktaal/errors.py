"""The library's own exceptions. The CLI turns each into a message and an exit code."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from vaktaal.i18n import _, n_

if TYPE_CHECKING:
    from vaktaal.files.problems import Problem


class VaktaalError(Exception):
    """Base of every error vaktaal raises on purpose.

    ``message`` says what went wrong and ``hint`` how to fix it, both already in the interface
    language and free of command-line syntax. When the error is about one value the caller gave,
    ``field`` names it (``"lang"``, ``"profile"``, ``"weeks"`` …) and ``value`` holds it: the CLI
    turns the field into its option (``--lang``), the web app into its form field.
    """

    exit_code = 1

    def __init__(self, message: str, *, hint: str | None = None, field: str | None = None,
                 value: object = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.field = field
        self.value = value


class InputError(VaktaalError):
    """The user asked for something that cannot be done (a missing file, a bad option value)."""

    exit_code = 2


class SectorFileError(VaktaalError):
    """A sector (or overlay) file has errors; ``problems`` lists every one of them."""

    def __init__(self, path: str, problems: Sequence[Problem]) -> None:
        first = problems[0] if problems else None
        count = len(problems)
        if first is None:
            summary = n_("{path} has {count} error", "{path} has {count} errors", count).format(
                path=path, count=count)
        else:
            summary = n_("{path} has {count} error; the first: {location}: {message}",
                         "{path} has {count} errors; the first: {location}: {message}", count).format(
                path=path, count=count, location=first.location(), message=first.message)
        super().__init__(summary, hint=_("check the file and fix every error in it"))
        self.path = path
        self.problems = list(problems)


class RecipeError(VaktaalError):
    """A deck recipe cannot be read or refers to something that does not exist."""

    def __init__(self, message: str, *, hint: str | None = None, problem: Problem | None = None,
                 problems: Sequence[Problem] = ()) -> None:
        super().__init__(message, hint=hint)
        #: Every problem of the recipe, located, when that is known (for `vaktaal check`).
        self.problems = list(problems) or ([problem] if problem is not None else [])
        #: The first of them.
        self.problem = self.problems[0] if self.problems else None


class AudioError(VaktaalError):
    """Audio cannot be made at all (for example the cache folder cannot be written)."""


class PhotoError(InputError):
    """A photo cannot be used (missing, not a jpg/png, unreadable, too large)."""


class CoachFileError(VaktaalError):
    """A learner's plan or progress file (learners/<name>/) cannot be read or is inconsistent."""


class MissingFontError(VaktaalError):
    """A PDF would show empty boxes: no installed font has the glyphs of a script it needs."""
