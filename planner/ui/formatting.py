"""One way to write dates, weeks, times and hours in the app: the user's locale (``QLocale``).

Every view and dialog formats through these functions, so a date reads the same
everywhere ("Dec 24, 2026" in the US, "24 Dec 2026" in Britain, "24. Dez. 2026" in
Germany). The patterns come from the locale's long date format with the weekday
dropped and the month shortened, so no pattern is written here for any one
language. ISO dates (2026-12-24) belong to the command line's machine output only.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QLocale, QTime

_WEEKDAY = re.compile(r"d{4}[,.]?\s*|\s*[,.]?\s*d{4}")
_YEAR = re.compile(r"\s*[,.]?\s*y+\s*年?|y+年\s*")


def _locale(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def _pattern(locale: QLocale, *, year: bool, weekday: bool) -> str:
    long = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = _WEEKDAY.sub("", long, count=1).strip(" ,")
    pattern = re.sub(r"M{4}", "MMM", pattern)
    if not year:
        pattern = _YEAR.sub("", pattern).strip(" ,")
    if weekday:
        pattern = f"ddd {pattern}"
    return pattern


def date_pattern(*, locale: QLocale | None = None) -> str:
    """The pattern of :func:`date_text`, for date editors (``QDateEdit.setDisplayFormat``)."""
    return _pattern(_locale(locale), year=True, weekday=False)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def date_text(
    day: date, *, year: bool = True, weekday: bool = False, locale: QLocale | None = None
) -> str:
    """ "Dec 24, 2026" (en_US), "24 Dec 2026" (en_GB); ``weekday``: "Thu Dec 24, 2026"."""
    loc = _locale(locale)
    return loc.toString(_qdate(day), _pattern(loc, year=year, weekday=weekday))


def short_date(day: date, *, weekday: bool = False, locale: QLocale | None = None) -> str:
    """A date without its year: "Dec 24" (en_US), "24 Dec" (en_GB), "Thu 24 Dec"."""
    return date_text(day, year=False, weekday=weekday, locale=locale)


def week_range(first: date, *, locale: QLocale | None = None) -> str:
    """The seven days from ``first``: "Nov 30 – Dec 6" (en_US), "7 Dec – 13 Dec" (en_GB)."""
    last = first + timedelta(days=6)
    return f"{short_date(first, locale=locale)} – {short_date(last, locale=locale)}"


def weekday_name(day: date, *, locale: QLocale | None = None) -> str:
    """The short weekday name: "Thu" (en), "Do." (de)."""
    return _locale(locale).dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)


def time_text(t: time, *, locale: QLocale | None = None) -> str:
    """ "7:00 PM" (en_US), "19:00" (en_GB, de)."""
    return _locale(locale).toString(QTime(t.hour, t.minute), QLocale.FormatType.ShortFormat)


def time_range(start: time, end: time, *, locale: QLocale | None = None) -> str:
    return f"{time_text(start, locale=locale)}–{time_text(end, locale=locale)}"


def number_text(value: float, *, locale: QLocale | None = None) -> str:
    """``8`` for 8.0, ``1.5`` (``1,5`` in German) for 1.5, at most two decimals."""
    rounded = round(value, 2)
    return _locale(locale).toString(rounded, "g", 12)


def hours_text(hours: float, *, locale: QLocale | None = None) -> str:
    """ "1.5 h" (en), "1,5 h" (de)."""
    return f"{number_text(hours, locale=locale)} h"


def format_hours(hours: float, *, locale: QLocale | None = None) -> str:
    """A number of hours without its unit in the user's locale: ``7.5`` (en), ``7,5`` (de),
    ``8`` for 8.0, no thousands separator (as ``planner.core.scheduler.format_hours``)."""
    loc = QLocale(_locale(locale))
    loc.setNumberOptions(loc.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    return loc.toString(float(round(hours, 2)), "g", 12)
