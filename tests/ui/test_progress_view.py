"""The Progress view: figures, burn-up and weekly charts with hover values, course bars."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from planner.catalog import load_catalog
from planner.services.clock import FixedClock
from planner.services.plans import PlanService, PlanSnapshot
from planner.services.status import PlanStatus, plan_status
from planner.ui.charts import BurnUpChart
from planner.ui.formatting import short_date
from planner.ui.models.wizard_plan import WizardChoices, build_preview
from planner.ui.theme import palette_for
from planner.ui.views.progress import (
    CourseProgressModel,
    ProgressView,
    burn_up_data,
    week_bars,
)

pytestmark = pytest.mark.gui

TODAY = date(2026, 11, 26)


@pytest.fixture
def plan(data_dir: Path) -> Iterator[tuple[PlanService, int]]:
    catalog = load_catalog(data_dir).catalog
    choices = WizardChoices(
        path_id="data-scientist",
        certification_id="gcp-pmle",
        steps=("production-ml-systems",),
        start=date(2026, 11, 2),
        hours_per_week=6,
        prep_weeks=8,
    )
    schedule = build_preview(catalog, choices).schedule
    service = PlanService(data_dir, FixedClock(datetime(2026, 11, 26, 12, tzinfo=UTC)))
    plan_id = service.create_plan(name="Demo", schedule=schedule, path_id="data-scientist")
    first, second = (item.key for item in schedule.items[:2])
    service.tick(plan_id, first)
    service.log_hours(plan_id, first, 2.5, date(2026, 11, 4))
    service.log_hours(plan_id, second, 1.0, date(2026, 11, 11))
    yield service, plan_id
    service.close()


def _load(plan: tuple[PlanService, int]) -> tuple[PlanSnapshot, PlanStatus]:
    service, plan_id = plan
    snapshot = service.load(plan_id)
    return snapshot, plan_status(snapshot, TODAY)


def test_progress_view_shows_state_countdown_and_courses(qtbot, plan) -> None:
    snapshot, status = _load(plan)
    view = ProgressView()
    qtbot.addWidget(view)
    view.resize(1000, 680)
    view.show()
    assert view.stack.currentWidget() is view.empty
    view.set_plan(snapshot, status)
    assert view.stack.currentWidget() is view.page
    state = view.state_stat.value.text()
    assert state.lower() == status.state and "behind" in state.lower()
    assert view.exam_stat.value.text() == f"{status.days_to_exam} days"
    assert view.courses_model.rowCount() == 2
    row = view.courses_model.index(0, 1).data()
    assert row.startswith("1 of ") and "%" in row
    view.set_plan(None, None)
    assert view.stack.currentWidget() is view.empty
    assert view.courses_model.rowCount() == 0


def test_chart_data_follows_the_ledger(plan) -> None:
    snapshot, status = _load(plan)
    data = burn_up_data(snapshot, status)
    assert data.planned[-1][1] == pytest.approx(status.hours_total)
    assert [v for _, v in data.logged] == [2.5, 3.5, 3.5]
    assert data.logged[-1][0] == TODAY
    assert data.done_today == (TODAY, status.hours_done)
    # The ticked module counts from the day it was ticked (the clock's day) on.
    first = snapshot.items[0]
    assert data.done == ((TODAY, first.hours),)
    assert data.forecast[-1] == (status.forecast.projected_finish, status.hours_total)
    bars = week_bars(snapshot, TODAY)
    assert [b.logged for b in bars[:3]] == [2.5, 1.0, 0.0]
    assert sum(b.current for b in bars) == 1
    assert next(b for b in bars if b.current).start <= TODAY


def test_hover_and_arrow_keys_show_a_weeks_values(qtbot, plan) -> None:
    snapshot, status = _load(plan)
    view = ProgressView()
    qtbot.addWidget(view)
    view.resize(1000, 680)
    view.show()
    view.set_plan(snapshot, status)
    chart = view.weekly
    x = chart.x_of_index(1) + 3
    point = QPointF(x, chart.height() / 2)
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        point,
        chart.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(chart, move)
    assert chart.hover_index == 1
    assert (
        "1 h logged" in chart.hover_text
        and f"Week of {short_date(date(2026, 11, 9))}" in chart.hover_text
    )
    assert chart.toolTip() == chart.hover_text

    burn = view.burn_up
    burn.setFocus()
    qtbot.keyClick(burn, Qt.Key.Key_Right)
    assert burn.hover_index == 0
    qtbot.keyClick(burn, Qt.Key.Key_Right)
    assert "3.5 h logged" in burn.hover_text
    assert "planned" in burn.accessibleDescription()


def _rendered(chart: BurnUpChart, scheme: str) -> QImage:
    chart.setPalette(palette_for(scheme))
    return chart.grab().toImage()


def test_charts_follow_the_palette(qtbot, plan) -> None:
    snapshot, status = _load(plan)
    chart = BurnUpChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_data(burn_up_data(snapshot, status))
    light, dark = _rendered(chart, "light"), _rendered(chart, "dark")

    def colours(image: QImage) -> set[str]:
        return {
            QColor(image.pixel(x, y)).name()
            for x in range(0, image.width(), 7)
            for y in range(0, image.height(), 7)
        }

    accent_light = palette_for("light").color(palette_for("light").ColorRole.Highlight).name()
    accent_dark = palette_for("dark").color(palette_for("dark").ColorRole.Highlight).name()
    assert accent_light in colours(light) and accent_light not in colours(dark)
    assert accent_dark in colours(dark)
    # the background is the palette's window colour, so dark mode is dark
    assert QColor(dark.pixel(2, 2)).lightnessF() < 0.3 < QColor(light.pixel(2, 2)).lightnessF()


def test_course_model_passes_the_model_tester(qtmodeltester, plan) -> None:
    _snapshot, status = _load(plan)
    model = CourseProgressModel()
    model.set_groups(status.groups)
    qtmodeltester.check(model)
    model.set_groups(())
    qtmodeltester.check(model)


def test_burn_up_starts_at_the_plans_first_week_even_before_it_begins(qtbot) -> None:
    from planner.ui.charts import BurnUpData

    chart = BurnUpChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    week_end = date(2027, 1, 10)
    chart.set_data(
        BurnUpData(planned=((week_end, 7.5), (date(2027, 1, 17), 15.0)), total=15, today=TODAY)
    )
    rect = chart.plot_rect()
    assert chart.x_of(date(2027, 1, 4)) == pytest.approx(rect.left())  # Monday of week 1
    assert chart.x_of(date(2027, 1, 17)) == pytest.approx(rect.right())


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_progress_text_reads_in_one_colour_beside_its_bar(qtbot, scheme: str) -> None:
    """Half done: the text is all in the palette's text colour, over neither part of the bar.

    Inside a bar, the text over the filled half and over the empty half needs two colours,
    and one of them is always hard to read in light or in dark.
    """
    from PySide6.QtWidgets import QTableView

    from planner.services.status import GroupProgress
    from planner.ui.views.progress import ProgressBarDelegate

    palette = palette_for(scheme)
    model = CourseProgressModel()
    model.set_groups([GroupProgress("c", "Course", 2, 4, 10.0, 20.0)])
    table = QTableView()
    qtbot.addWidget(table)
    table.setPalette(palette)
    table.setModel(model)
    table.setItemDelegateForColumn(1, ProgressBarDelegate(table))
    table.setColumnWidth(1, 220)
    table.resize(500, 120)
    table.show()
    table.resizeRowsToContents()
    image = table.viewport().grab().toImage()
    index = model.index(0, 1)
    cell = table.visualRect(index)
    text = str(index.data())
    width = table.fontMetrics().horizontalAdvance(text)
    left = cell.center().x() - width // 2
    text_colour = palette.color(palette.ColorRole.Text)
    # Where the text is drawn: above the bar, centred in the cell.
    text_band = range(cell.top() + 2, cell.bottom() - ProgressBarDelegate.BAR - 2)

    def inked(x0: int, x1: int) -> int:
        """Pixels in [x0, x1) of the text's band drawn in (nearly) the text colour."""
        count = 0
        for x in range(x0, x1):
            for y in text_band:
                c = QColor(image.pixel(x, y))
                if (
                    abs(c.red() - text_colour.red())
                    + abs(c.green() - text_colour.green())
                    + abs(c.blue() - text_colour.blue())
                ) < 90:
                    count += 1
        return count

    # Both halves of the text are written in the text colour: none of it is on the bar.
    assert inked(left, left + width // 2) > 10
    assert inked(left + width // 2, left + width) > 10
    # The bar is there, below the text: filled in its first half, empty in its second.
    bar_y = cell.bottom() - ProgressBarDelegate.BAR // 2 - 3
    quarter = cell.width() // 4
    filled = QColor(image.pixel(cell.left() + quarter, bar_y))
    empty = QColor(image.pixel(cell.right() - quarter, bar_y))
    assert abs(filled.lightness() - empty.lightness()) > 30
