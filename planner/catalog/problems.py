"""Problems found while loading a catalog file, each printable as one line."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from planner.errors import PlannerError


class Severity(StrEnum):
    ERROR = "error"  # the file is not loaded
    WARNING = "warning"  # reported; the entry still loads (e.g. an unknown field)


@dataclass(frozen=True, slots=True)
class CatalogProblem:
    """One problem in one catalog file: where it is and what is wrong.

    ``entry`` reads like "course 'my-course'"; ``field`` is a dotted path such as
    ``modules[2].hours``; ``line`` is given where the file format lets us find it.
    """

    file: str
    message: str
    entry: str = ""
    field: str = ""
    line: int | None = None
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        if self.entry:
            parts.append(self.entry if not self.field else f"{self.entry}, field '{self.field}'")
        elif self.field:
            parts.append(f"field '{self.field}'")
        return _visible(": ".join([*parts, self.message]))


def _visible(text: str) -> str:
    """Control characters from a file shown as escapes, so a message stays one safe line."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


class CatalogError(PlannerError):
    """The built-in catalog cannot be used at all (missing or broken installation)."""
