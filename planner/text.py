"""Showing text that came from outside (a calendar, a catalog, an argument) safely.

A terminal obeys escape sequences, and a right-to-left override can make a line read
differently from what it holds; such text is shown with its control characters
escaped (``\\x1b``, ``\\u202e``), never passed through raw.
"""

from __future__ import annotations

import unicodedata

# Format characters that reorder text (bidirectional overrides and isolates).
_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


def shown(text: object, limit: int | None = 200) -> str:
    """``text`` with control and bidi characters escaped, cut to ``limit`` characters."""
    value = str(text)
    if limit is not None and len(value) > limit:
        value = value[: max(limit - 1, 0)] + "…"
    out: list[str] = []
    for char in value:
        if char in _BIDI or unicodedata.category(char) in {"Cc", "Cs"}:
            code = ord(char)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(char)
    return "".join(out)
