"""One date format in the app, from the user's locale: the helper and the views that use it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from planner.services.clock import FixedClock
from planner.ui.app import build_main_window
from planner.ui.formatting import (
    date_text,
    hours_text,
    short_date,
    time_range,
    week_range,
    weekday_name,
)
from tests.plan_factory import schedule, service

pytestmark = pytest.mark.gui

US, UK, DE = QLocale("en_US"), QLocale("en_GB"), QLocale("de_DE")
XMAS = date(2026, 12, 24)


@pytest.mark.parametrize(
    ("locale", "full", "weekday", "week", "times", "hours"),
    [
        (US, "Dec 24, 2026", "Thu Dec 24", "Nov 30 – Dec 6", "7:00\u202fPM–8:30\u202fPM", "1.5 h"),
        (UK, "24 Dec 2026", "Thu 24 Dec", "30 Nov – 6 Dec", "19:00–20:30", "1.5 h"),
        (DE, "24. Dez. 2026", "Do. 24. Dez.", "30. Nov. – 6. Dez.", "19:00–20:30", "1,5 h"),
    ],
)
def test_dates_weeks_times_and_hours_follow_the_locale(
    locale: QLocale, full: str, weekday: str, week: str, times: str, hours: str
) -> None:
    assert date_text(XMAS, locale=locale) == full
    assert short_date(XMAS, weekday=True, locale=locale) == weekday
    assert week_range(date(2026, 11, 30), locale=locale) == week
    assert time_range(time(19), time(20, 30), locale=locale) == times
    assert hours_text(1.5, locale=locale) == hours
    assert hours_text(8.0, locale=locale) == "8 h"
    # Never the ISO form the command line prints for machines.
    assert "2026-12-24" not in date_text(XMAS, locale=locale)


def test_the_weekday_name_is_the_locales() -> None:
    assert weekday_name(XMAS, locale=US) == "Thu"
    assert weekday_name(XMAS, locale=DE) == "Do."


@pytest.fixture
def german() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(DE)
    try:
        yield
    finally:
        QLocale.setDefault(before)


def test_every_view_writes_dates_the_same_way(qtbot, data_dir: Path, german: None) -> None:
    with service(data_dir) as svc:
        svc.create_plan(name="Plan", schedule=schedule(12))
    win = build_main_window(data_dir, FixedClock(datetime(2026, 12, 8, 9, 0, tzinfo=UTC)))
    qtbot.addWidget(win)
    win.show()
    assert win.this_week.title.text() == "This week · 7. Dez. – 13. Dez."
    day = win.this_week.model.index(0, 0).data()
    assert day == "Mo. 7. Dez. · 19:00–21:00"
    win.show_view(1)
    first_week = win.schedule.model.index(0, 0).data()
    assert first_week.startswith("Week of 30. Nov. – 6. Dez. 2026")
    win.show_view(4)
    assert win.calendar_view is not None
    assert win.calendar_view.title.full_text() == "This week · 7. Dez. – 13. Dez."  # type: ignore[attr-defined]
