"""Best-effort line numbers for entries and fields in catalog files.

``tomllib`` and ``json`` give line numbers only for syntax errors, so for problems
in well-formed files we look for the entry and the field in the text. TOML entries
are found by their ``[[kind]]`` headers, JSON entries by their ``"id"``. When the
text does not let us find a place (e.g. inline tables), we give the entry's line or
none at all rather than a wrong one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOML_HEADER = re.compile(r"^\s*\[\[?\s*([A-Za-z0-9_.\-]+)\s*\]\]?\s*(#.*)?$")


@dataclass(frozen=True, slots=True)
class Where:
    """An entry in a file: its kind (``courses``), position, and optionally a sub-entry."""

    kind: str
    index: int
    entry_id: str = ""
    sub: str = ""  # e.g. "modules"
    sub_index: int = -1
    sub_id: str = ""


class LineFinder:
    def __init__(self, text: str, fmt: str) -> None:
        self._lines = text.splitlines()
        self._fmt = fmt
        self._headers: list[tuple[int, str]] = []
        if fmt == "toml":
            for number, line in enumerate(self._lines, start=1):
                match = _TOML_HEADER.match(line)
                if match:
                    self._headers.append((number, match.group(1)))

    def line(self, where: Where, field: str = "") -> int | None:
        if self._fmt == "toml":
            return self._toml_line(where, field)
        return self._json_line(where, field)

    # TOML: headers delimit entries.
    def _span(self, name: str, index: int, start: int, end: int) -> tuple[int, int] | None:
        seen = -1
        for pos, (number, header) in enumerate(self._headers):
            if number < start or number > end or header != name:
                continue
            seen += 1
            if seen == index:
                stop = end
                for later_number, later in self._headers[pos + 1 :]:
                    if later_number > end:
                        break
                    if not later.startswith(name + "."):
                        stop = later_number - 1
                        break
                return number, stop
        return None

    def _field_in(self, span: tuple[int, int], field: str, skip_subtables: bool) -> int | None:
        pattern = re.compile(rf"^\s*\"?{re.escape(field)}\"?\s*=")
        for number in range(span[0] + 1, span[1] + 1):
            line = self._lines[number - 1]
            if skip_subtables and _TOML_HEADER.match(line):
                return None
            if pattern.match(line):
                return number
        return None

    def _toml_line(self, where: Where, field: str) -> int | None:
        span = self._span(where.kind, where.index, 1, len(self._lines))
        if span is None:
            return None
        if where.sub and where.sub_index >= 0:
            sub_span = self._span(f"{where.kind}.{where.sub}", where.sub_index, span[0], span[1])
            if sub_span is None:
                return self._field_in(span, where.sub, True) or span[0]
            if not field:
                return sub_span[0]
            return self._field_in(sub_span, field, True) or sub_span[0]
        if not field:
            return span[0]
        top = field.split(".")[0].split("[")[0]
        return self._field_in(span, top, True) or self._field_in(span, top, False) or span[0]

    # JSON: find the entry by its id, then the field after it.
    def _find(self, pattern: re.Pattern[str], start: int) -> int | None:
        for number in range(start, len(self._lines) + 1):
            if pattern.search(self._lines[number - 1]):
                return number
        return None

    def _json_line(self, where: Where, field: str) -> int | None:
        if not where.entry_id:
            return None
        entry = self._find(re.compile(rf"\"id\"\s*:\s*\"{re.escape(where.entry_id)}\""), 1)
        if entry is None:
            return None
        start = entry
        if where.sub and where.sub_id:
            sub = self._find(re.compile(rf"\"id\"\s*:\s*\"{re.escape(where.sub_id)}\""), entry)
            if sub is None:
                return entry
            start = sub
        if not field:
            return start
        top = field.split(".")[0].split("[")[0]
        return self._find(re.compile(rf"\"{re.escape(top)}\"\s*:"), start) or start
