"""The one exception tree of Study Planner.

Every failure meant for the user derives from :class:`PlannerError` and carries
a one-line message: a :class:`~planner.core.messages.Message` (an identifier and
its arguments, translated when shown) or, from older code, a plain English
string. ``str(exc)`` is the sentence in the chosen language, ``exc.message`` the
message itself and :meth:`PlannerError.english` the English for logs and machine
output. Each layer has its own subclass (storage, services, catalog, calendar,
command line); front ends catch ``PlannerError`` in one place and show its text.
Anything else that escapes is a bug: the front ends log it with its traceback
(see :mod:`planner.logs`) and show :class:`InternalError`'s wording instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the messages load with the first message, not with this module
    from planner.core.messages import Message


class PlannerError(Exception):
    """A failure with a message meant for the user (one line, no traceback)."""

    message: Message | str

    def __init__(self, message: Message | str = "", *args: object) -> None:
        super().__init__(message, *args)
        self.message = message

    def __str__(self) -> str:
        return str(self.message)

    def english(self) -> str:
        """The message in English, whatever the chosen language (logs, machine output)."""
        from planner.core.messages import english_of

        return english_of(self.message)


class InternalError(PlannerError):
    """A bug in Study Planner, not a problem with the user's input or files."""

    logged = False  # True once its traceback is in the log file

    def __init__(self, what: str, log_path: object | None = None) -> None:
        from planner.core.messages import Message

        where = Message("error.details_in", {"path": str(log_path)}) if log_path else ""
        super().__init__(Message("error.internal", {"what": what, "where": where}))


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
