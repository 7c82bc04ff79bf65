"""Translatable messages: the public face of :mod:`planner.core.messages`.

The implementation lives in ``planner.core`` so that the pure domain can say what
happened as a :class:`Message` too (``planner.core`` imports only the standard library
and itself); every other layer imports it from here. See ``docs/architecture.md``,
"Messages and languages".
"""

from __future__ import annotations

from planner.core.messages import (
    CONTEXT,
    PLURAL_TEMPLATES,
    QT_TRANSLATE_NOOP,
    TEMPLATES,
    Backend,
    Message,
    english_of,
    plural,
    reason_of,
    set_backend,
    translate,
)

__all__ = [
    "CONTEXT",
    "PLURAL_TEMPLATES",
    "QT_TRANSLATE_NOOP",
    "TEMPLATES",
    "Backend",
    "Message",
    "english_of",
    "plural",
    "reason_of",
    "set_backend",
    "translate",
]
