"""The one exception tree of Study Planner.

Every failure meant for the user derives from :class:`PlannerError` and carries
a plain, one-line message. Each layer has its own subclass (storage, services,
catalog, calendar, command line); front ends catch ``PlannerError`` in one
place and show its text. Anything else that escapes is a bug: the front ends
log it with its traceback (see :mod:`planner.logs`) and show
:class:`InternalError`'s wording instead.
"""

from __future__ import annotations


class PlannerError(Exception):
    """A failure with a message meant for the user (one line, no traceback)."""


class InternalError(PlannerError):
    """A bug in Study Planner, not a problem with the user's input or files."""

    logged = False  # True once its traceback is in the log file

    def __init__(self, what: str, log_path: object | None = None) -> None:
        where = f" Details are in {log_path}." if log_path else ""
        super().__init__(
            f"Something went wrong inside Study Planner ({what}); nothing was saved.{where}"
        )


def short_reason(exc: BaseException, limit: int = 160) -> str:
    """The first line of what went wrong in ``exc``, short enough for a one-line message.

    For a SQLAlchemy database error that is SQLite's own words, without the SQL.
    """
    orig = getattr(exc, "orig", None)
    text = str(orig if isinstance(orig, BaseException) else exc).strip()
    first = text.splitlines()[0].strip() if text else ""
    if len(first) > limit:
        first = first[: limit - 1].rstrip() + "…"
    return first or type(exc).__name__
