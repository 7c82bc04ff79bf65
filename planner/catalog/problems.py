"""Problems found while loading a catalog file, each printable as one line."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from enum import StrEnum

from planner.errors import PlannerError
from planner.messages import Message, english_of


class Severity(StrEnum):
    ERROR = "error"  # the file is not loaded
    WARNING = "warning"  # reported; the entry still loads (e.g. an unknown field)


@dataclass(frozen=True, slots=True)
class CatalogProblem:
    """One problem in one catalog file: where it is and what is wrong.

    ``entry`` reads like "course 'my-course'"; ``field`` is a dotted path such as
    ``modules[2].hours``; ``line`` is given where the file format lets us find it.
    ``message`` is English (scripts, tests); ``said`` the same as a translatable message
    where there is one, which ``str()`` shows in the user's language. Values quoted
    from the file and the file's own text stay as they are.
    """

    file: str
    message: str
    entry: str = ""
    field: str = ""
    line: int | None = None
    severity: Severity = Severity.ERROR
    said: Message | None = dataclasses.field(default=None, compare=False)

    @classmethod
    def of(
        cls,
        file: str,
        message: Message | str,
        entry: str = "",
        field: str = "",
        line: int | None = None,
        severity: Severity = Severity.ERROR,
    ) -> CatalogProblem:
        """A problem whose ``message`` may be a translatable message."""
        said = message if isinstance(message, Message) else None
        return cls(file, english_of(message), entry, field, line, severity, said)

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        parts = [where]
        if self.entry:
            entry = _entry_message(self.entry)
            parts.append(
                str(entry)
                if not self.field
                else str(
                    Message("error.catalog_entry_field", {"entry": entry, "field": self.field})
                )
            )
        elif self.field:
            parts.append(str(Message("error.catalog_field", {"field": self.field})))
        what = str(self.said) if self.said is not None else self.message
        return _visible(": ".join([*parts, what]))


# An entry is named "<kind> '<id>'" (English, as ``entry`` keeps it); shown translated.
_ENTRY = re.compile(r"^(certification|course|project|exam prep|path) '(.*)'$", re.DOTALL)


def _entry_message(entry: str) -> Message | str:
    match = _ENTRY.match(entry)
    if match is None:
        return entry
    kind = match.group(1).replace(" ", "_")
    return Message(f"error.catalog_entry.{kind}", {"id": match.group(2)})


def _visible(text: str) -> str:
    """Control characters from a file shown as escapes, so a message stays one safe line."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


class CatalogError(PlannerError):
    """The built-in catalog cannot be used at all (missing or broken installation)."""
