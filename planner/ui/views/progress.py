"""The Progress view: where the plan stands, the burn-up chart, hours per week, courses.

``ProgressView.set_plan(snapshot, status)`` shows a plan (``None`` shows an empty
state). The chart data comes from :func:`burn_up_data` and :func:`week_bars`,
plain functions of the snapshot and status, so they are easy to test.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QObject,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionProgressBar,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.ui.charts import BurnUpChart, BurnUpData, Point, WeekBar, WeeklyBarsChart, fmt_day
from planner.ui.formatting import format_hours
from planner.ui.models.base import ROOT, ColumnTitles, Index
from planner.ui.views.parts import cell_tooltips

if TYPE_CHECKING:  # type-only: importing the view must not load SQLAlchemy
    from planner.services.plans import PlanSnapshot
    from planner.services.status import GroupProgress, PlanStatus


class DayCount(QObject):
    """ "1 day", "3 days" in the app's language (lupdate needs tr() to see the plural)."""

    def text(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)


def days_text(n: int) -> str:
    return DayCount().text(n)


def burn_up_data(snapshot: PlanSnapshot, status: PlanStatus) -> BurnUpData:
    """Cumulative planned hours per week, done and logged hours by day, forecast and exam."""
    planned: list[Point] = []
    total = 0.0
    for week in snapshot.baseline.weeks:
        total += week.hours
        planned.append((week.start + timedelta(days=6), round(total, 4)))
    logged: list[Point] = []
    running = 0.0
    for entry in sorted(snapshot.ledger.logged, key=lambda x: x.day):
        running += entry.hours
        if logged and logged[-1][0] == entry.day:
            logged[-1] = (entry.day, running)
        else:
            logged.append((entry.day, running))
    today = status.today
    started = bool(planned) and today >= snapshot.baseline.settings.start
    if started and (not logged or logged[-1][0] < today):
        logged.append((today, running))
    hours = {item.key: item.hours for item in snapshot.items}
    done: list[Point] = []
    earned = 0.0
    for key, day in sorted(snapshot.ledger.done_on, key=lambda entry: entry[1]):
        earned += hours.get(key, 0.0)
        if done and done[-1][0] == day:
            done[-1] = (day, earned)
        else:
            done.append((day, earned))
    if started and done and done[-1][0] < today:
        done.append((today, done[-1][1]))
    forecast: tuple[Point, ...] = ()
    finish = status.forecast.projected_finish
    if finish is not None and started:
        forecast = ((today, status.hours_done), (finish, status.hours_total))
    return BurnUpData(
        planned=tuple(planned),
        logged=tuple(logged),
        done=tuple(done),
        done_today=(today, status.hours_done) if started else None,
        forecast=forecast,
        total=status.hours_total,
        exam=status.exam_date,
        today=today,
    )


def week_bars(snapshot: PlanSnapshot, today: date) -> list[WeekBar]:
    """One bar pair per week of the plan: planned hours and hours logged that week."""
    bars: list[WeekBar] = []
    for week in snapshot.baseline.weeks:
        end = week.start + timedelta(days=7)
        logged = sum(x.hours for x in snapshot.ledger.logged if week.start <= x.day < end)
        bars.append(WeekBar(week.start, week.hours, logged, current=week.start <= today < end))
    return bars


class CourseProgressModel(ColumnTitles, QAbstractTableModel):
    """One row per course, project or exam-preparation block: modules and hours done."""

    FractionRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Course"), self.tr("Progress"), self.tr("Hours"))
        self._groups: tuple[GroupProgress, ...] = ()

    def set_groups(self, groups: Sequence[GroupProgress]) -> None:
        self.beginResetModel()
        self._groups = tuple(groups)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._groups)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._groups):
            return None
        group = self._groups[index.row()]
        column = index.column()
        percent = round(group.fraction * 100)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return group.shown_title
            if column == 1:
                return self.tr("{0} of {1} done · {2}%").format(
                    group.items_done, group.items, percent
                )
            if column == 2:
                text = self.tr("{0} / {1} h").format(
                    format_hours(round(group.hours_done, 2)), format_hours(round(group.hours, 2))
                )
                if group.hours_logged:
                    text += self.tr("\n{0} h logged").format(
                        format_hours(round(group.hours_logged, 2))
                    )
                return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0}: {1} of {2} items done, {3} of {4} h").format(
                group.shown_title,
                group.items_done,
                group.items,
                format_hours(round(group.hours_done, 2)),
                format_hours(round(group.hours, 2)),
            ) + self.tr("; {0} h logged against {1} h estimated").format(
                format_hours(round(group.hours_logged, 2)), format_hours(round(group.hours, 2))
            )
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 1:
            return self.tr("{0} percent done").format(percent)
        if role == self.FractionRole:
            return group.fraction
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class ProgressBarDelegate(QStyledItemDelegate):
    """Draws the progress column as its text over a thin progress bar.

    The text is drawn beside the bar, not inside it, in the view's own text colour: inside
    a bar it would be half on the filled part and half on the empty part, and one colour
    is never legible on both in light and in dark.
    """

    BAR = 6  # the bar's height in pixels

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 8, max(hint.height() + self.BAR + 6, 32))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        fraction = index.data(CourseProgressModel.FractionRole)
        if fraction is None:
            super().paint(painter, option, index)
            return
        widget = option.widget
        style = widget.style() if widget else QApplication.style()
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        text = item.text
        item.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        rect: QRect = option.rect.adjusted(6, 3, -6, -3)
        metrics = option.fontMetrics
        text_rect = QRect(rect.left(), rect.top(), rect.width(), rect.height() - self.BAR - 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        style.drawItemText(
            painter,
            text_rect,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter),
            option.palette,
            True,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, text_rect.width()),
            role,
        )
        bar = QStyleOptionProgressBar()
        bar.rect = QRect(rect.left(), rect.bottom() - self.BAR, rect.width(), self.BAR)
        bar.minimum = 0
        bar.maximum = 1000
        bar.progress = round(float(fraction) * 1000)
        bar.textVisible = False
        bar.palette = option.palette
        bar.state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Horizontal
        style.drawControl(QStyle.ControlElement.CE_ProgressBar, bar, painter, widget)


class Stat(QFrame):
    """A figure with a caption: "105 days" over "to the exam"."""

    def __init__(self, name: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel(self)
        self.value.setObjectName(f"{name}-value")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.value.setFont(font)
        # "15 h im Rückstand" in a small window: two lines rather than a wider window.
        self.value.setWordWrap(True)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        self.caption.setForegroundRole(self.caption.foregroundRole())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set(self, value: str, caption: str | None = None) -> None:
        self.value.setText(value)
        if caption is not None:
            self.caption.setText(caption)
        self.setAccessibleDescription(f"{value} {self.caption.text()}")
        self.setToolTip(f"{value} — {self.caption.text()}")


class ProgressView(QWidget):
    """Charts and figures for one plan."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progress-view")
        self.snapshot: PlanSnapshot | None = None
        self.status: PlanStatus | None = None

        self.stack = QStackedWidget(self)
        self.empty = QLabel(self.tr("Select or create a plan to see its progress."), self)
        self.empty.setObjectName("progress-empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack.addWidget(self.empty)

        page = QWidget(self)
        self.state_stat = Stat("progress-state", self.tr("against the plan"), page)
        self.exam_stat = Stat("progress-exam", self.tr("to the exam"), page)
        self.done_stat = Stat("progress-done", self.tr("done"), page)
        self.pace_stat = Stat("progress-pace", self.tr("your pace"), page)
        self.finish_stat = Stat("progress-finish", self.tr("forecast finish"), page)
        stats = QHBoxLayout()
        for stat in (
            self.state_stat,
            self.exam_stat,
            self.done_stat,
            self.pace_stat,
            self.finish_stat,
        ):
            stats.addWidget(stat, 1)

        self.burn_up = BurnUpChart(page)
        self.weekly = WeeklyBarsChart(page)
        self.courses_model = CourseProgressModel(self)
        self.courses = cell_tooltips(QTableView(page))
        self.courses.setObjectName("progress-courses")
        self.courses.setAccessibleName(self.tr("Progress per course"))
        self.courses.setToolTip(self.tr("Modules and hours done per course"))
        self.courses.setModel(self.courses_model)
        self.courses.setItemDelegateForColumn(1, ProgressBarDelegate(self.courses))
        self.courses.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.courses.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.courses.verticalHeader().hide()
        self.courses.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.courses.setShowGrid(False)
        self.courses.setAlternatingRowColors(True)
        self.courses.verticalHeader().sectionResized.connect(lambda *_: self._fit_courses())
        self.courses.viewport().installEventFilter(self)  # rows wrap anew on every resize
        header = self.courses.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        # Course names wrap onto a second line, then end with "…" (the tooltip has them).
        self.courses.setWordWrap(True)
        self.courses.setTextElideMode(Qt.TextElideMode.ElideRight)

        # The charts side by side, the courses below across the whole width: a course
        # name has room even in the smallest window.
        charts = QHBoxLayout()
        charts.addWidget(self.burn_up, 3)
        charts.addWidget(self.weekly, 2)
        layout = QVBoxLayout(page)
        layout.addLayout(stats)
        layout.addLayout(charts, 5)
        layout.addWidget(self.courses, 4)
        self.page = page
        self.stack.addWidget(page)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def set_plan(self, snapshot: PlanSnapshot | None, status: PlanStatus | None) -> None:
        self.snapshot, self.status = snapshot, status
        if snapshot is None or status is None:
            self.stack.setCurrentWidget(self.empty)
            self.burn_up.set_data(BurnUpData(planned=()))
            self.weekly.set_data(())
            self.courses_model.set_groups(())
            return
        self.stack.setCurrentWidget(self.page)
        state = str(status.state_message)
        self.state_stat.set(state[:1].upper() + state[1:])
        days = status.days_to_exam
        if days is None or status.exam_date is None:
            self.exam_stat.set("—", self.tr("no exam date"))
        elif days >= 0:
            self.exam_stat.set(
                days_text(days),
                self.tr("to the exam on {0}").format(fmt_day(status.exam_date)),
            )
        else:
            self.exam_stat.set(
                self.tr("{0} ago").format(days_text(-days)),
                self.tr("since the exam on {0}").format(fmt_day(status.exam_date)),
            )
        total = status.hours_total
        percent = round(status.hours_done / total * 100) if total else 100
        self.done_stat.set(
            f"{percent}%",
            self.tr("done, {0} of {1} h").format(
                format_hours(round(status.hours_done, 2)), format_hours(round(total, 2))
            ),
        )
        pace = status.forecast.pace
        if pace is None:
            self.pace_stat.set("—", self.tr("pace: log hours to learn it"))
        else:
            self.pace_stat.set(
                self.tr("{0}×").format(QLocale().toString(float(pace), "f", 2)),
                self.tr("your pace against the estimates"),
            )
        finish = status.forecast.projected_finish
        if finish is None:
            self.finish_stat.set(self.tr("Done"), self.tr("everything is ticked off"))
        else:
            shift = status.forecast.finish_shift_days
            note = (
                self.tr("forecast finish, as planned")
                if shift == 0
                else self.tr("forecast finish, {0} late").format(days_text(shift))
                if shift > 0
                else self.tr("forecast finish, {0} early").format(days_text(-shift))
            )
            self.finish_stat.set(fmt_day(finish), note)
        self.burn_up.set_data(burn_up_data(snapshot, status))
        self.weekly.set_data(week_bars(snapshot, status.today))
        self.courses_model.set_groups(status.groups)
        self._fit_courses()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.courses.viewport() and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self._fit_courses)  # once the rows have their new heights
        return super().eventFilter(watched, event)

    def _fit_courses(self) -> None:
        """The course table no taller than its rows: the charts get the rest of a tall window."""
        table = self.courses
        rows = table.verticalHeader().length()  # rows wrap, so this follows the width
        frame = 2 * table.frameWidth()
        table.setMaximumHeight(table.horizontalHeader().sizeHint().height() + rows + frame + 2)
