"""argparse's own words — "usage:", "options:", its error messages — in the user's language.

argparse looks each of its words up at the moment it needs it, through the module
globals ``_`` and ``ngettext`` it imports from :mod:`gettext` (the same in Python 3.11
to 3.14). :func:`speak` replaces them with lookups in our catalog under the context
``argparse`` (the sources are in :data:`WORDS`, where ``pyside6-lupdate`` finds them),
or puts gettext's back for English. A word argparse gains in a later Python version
and :data:`WORDS` lacks stays English, nothing worse.

Only headings and sentences change: option names, metavariables and choices are what
the user types, so they stay as they are.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

from planner.messages import QT_TRANSLATE_NOOP, translate

CONTEXT = "argparse"

# Every word of argparse a user of this command can meet, exactly as argparse writes it.
WORDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP(
        "argparse",
        "invalid choice: %(value)r, maybe you meant %(closest)r? (choose from %(choices)s)",
    ),
)

_module: dict[str, Any] = vars(argparse)
# gettext's functions as argparse imported them (absent ones stay absent).
_ORIGINAL: dict[str, Callable[..., str]] = {
    name: _module[name] for name in ("_", "ngettext") if name in _module
}


def _gettext(message: str) -> str:
    return translate(CONTEXT, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    # English and German both have one form for 1 and one for everything else.
    return translate(CONTEXT, singular if n == 1 else plural)


def speak(translated: bool) -> None:
    """argparse's words through our catalog (``translated``) or gettext's, as shipped.

    Call it before building the parser: argparse fetches its headings and the help of
    ``-h`` when a parser is made, the rest when it is printed."""
    if translated:
        _module["_"] = _gettext
        _module["ngettext"] = _ngettext
    else:
        _module.update(_ORIGINAL)


def version_help() -> str:
    """The help of ``--version``: passed explicitly, as Python 3.11 does not translate it."""
    return translate(CONTEXT, "show program's version number and exit")
