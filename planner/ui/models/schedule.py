"""The week-by-week tree of the Schedule view: weeks, their items and milestones."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtCore import Signal as _Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from planner.ui.formatting import date_text, short_date
from planner.ui.models.base import Index, TwoLevelModel

if TYPE_CHECKING:
    from planner.core.plan import MilestoneKind, PlanItem, Schedule


@dataclass(frozen=True)
class ChildRow:
    title: str
    hours: float | None  # hours this week; None for a milestone
    item_key: str = ""  # "" for a milestone
    estimate: float | None = None  # the item's whole estimate
    is_estimate: bool = True
    done: bool = False
    milestone: MilestoneKind | None = None
    day: date | None = None
    course: str = ""  # the course, project or block the module belongs to

    @property
    def shown_title(self) -> str:
        """ "Course · Module": module titles like "Evaluation" repeat across courses."""
        return f"{self.course} · {self.title}" if self.course else self.title


@dataclass(frozen=True)
class WeekRow:
    start: date
    hours: float
    capacity: float
    current: bool
    children: tuple[ChildRow, ...] = field(default=())
    logged: float = 0.0  # hours logged on days of this week


def schedule_rows(
    schedule: Schedule,
    items: tuple[PlanItem, ...],
    done: frozenset[str],
    today: date,
    logged: Sequence[tuple[date, float]] = (),
) -> list[WeekRow]:
    """One row per week with its items and milestones; ``logged``: (day, hours) entries."""
    by_key = {item.key: item for item in items}
    rows: list[WeekRow] = []
    for week in schedule.weeks:
        children: list[ChildRow] = []
        for a in week.allocations:
            item = by_key.get(a.item_key)
            children.append(
                ChildRow(
                    title=item.shown_title if item else a.item_key,
                    hours=a.hours,
                    item_key=a.item_key,
                    estimate=item.hours if item else None,
                    is_estimate=item.hours_is_estimate if item else False,
                    done=a.item_key in done,
                    course=item.shown_group if item else "",
                )
            )
        for m in week.milestones:
            children.append(ChildRow(title=m.shown_title, hours=None, milestone=m.kind, day=m.day))
        end = week.start + timedelta(days=7)
        current = week.start <= today < end
        in_week = sum(h for day, h in logged if week.start <= day < end)
        rows.append(
            WeekRow(week.start, week.hours, week.capacity, current, tuple(children), in_week)
        )
    return rows


class ScheduleModel(TwoLevelModel):
    """Columns: week or item (items checkable), hours that week, the item's estimate.

    Top-level rows are weeks, their children the week's items and milestones. Edits
    are requests (:attr:`doneRequested`, :attr:`estimateRequested`) carried out by
    the controller, which then refreshes the rows.
    """

    TITLE, HOURS, ESTIMATE = range(3)
    KEY_ROLE = Qt.ItemDataRole.UserRole + 1

    doneRequested = _Signal(str, bool)
    estimateRequested = _Signal(str, float)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._weeks: list[WeekRow] = []
        self._headers = (self.tr("Week / item"), self.tr("Hours"), self.tr("Estimate"))

    def weeks(self) -> list[WeekRow]:
        return list(self._weeks)

    def current_week_index(self) -> QModelIndex:
        for i, week in enumerate(self._weeks):
            if week.current:
                return self.index(i, 0)
        return QModelIndex()

    def set_rows(self, weeks: list[WeekRow]) -> None:
        """Show ``weeks``; the same shape updates in place, so expansion and selection stay."""

        def shape(ws: list[WeekRow]) -> list[tuple[date, tuple[tuple[str, str], ...]]]:
            return [(w.start, tuple((c.item_key, c.title) for c in w.children)) for w in ws]

        if shape(weeks) == shape(self._weeks):
            old, self._weeks = self._weeks, list(weeks)
            for i, (a, b) in enumerate(zip(old, weeks, strict=True)):
                if a == b:
                    continue
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))
                parent = self.index(i, 0)
                if b.children:
                    self.dataChanged.emit(
                        self.index(0, 0, parent), self.index(len(b.children) - 1, last, parent)
                    )
            return
        self.beginResetModel()
        self._weeks = list(weeks)
        self.endResetModel()

    # --- structure ----------------------------------------------------------
    def top_count(self) -> int:
        return len(self._weeks)

    def child_count(self, top: int) -> int:
        return len(self._weeks[top].children)

    def _child(self, index: Index) -> ChildRow | None:
        week = self.parent_row(index)
        return None if week is None else self._weeks[week].children[index.row()]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        child = self._child(index)
        if child is not None and child.item_key:
            if index.column() == self.TITLE:
                flags |= Qt.ItemFlag.ItemIsUserCheckable
            if index.column() == self.ESTIMATE:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # --- data ---------------------------------------------------------------
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        child = self._child(index)
        if child is None:
            return self._week_data(self._weeks[index.row()], index.column(), role)
        return self._child_data(child, index.column(), role)

    def _week_data(self, week: WeekRow, col: int, role: int) -> Any:
        from planner.ui.formatting import format_hours

        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                end = week.start + timedelta(days=6)
                text = self.tr("Week of {0} – {1}").format(short_date(week.start), date_text(end))
                if week.current:
                    text += self.tr(" (this week)")
                if week.hours == 0 and not week.children:
                    # Days off, or the slack before exam preparation that ends at the exam.
                    text += (
                        self.tr(" · free: days off") if week.capacity == 0 else self.tr(" · free")
                    )
                return text
            if col == self.HOURS:
                if week.logged:
                    return self.tr("{0} h · {1} h logged").format(
                        format_hours(week.hours), format_hours(round(week.logged, 2))
                    )
                return f"{format_hours(week.hours)} h"
            return None
        if role == Qt.ItemDataRole.FontRole and week.current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and week.current:
            colour = QColor(QApplication.palette().color(QPalette.ColorRole.Highlight))
            colour.setAlpha(60)
            return colour
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TITLE and week.hours == 0:
            return self.tr(
                "Nothing is planned this week: it is all days off, or spare time before "
                "exam preparation, which is placed to end right before the exam."
            )
        if role == Qt.ItemDataRole.ToolTipRole and col == self.HOURS:
            return self.tr("{0} h planned of {1} h available").format(
                format_hours(week.hours), format_hours(week.capacity)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _child_data(self, child: ChildRow, col: int, role: int) -> Any:
        from planner.ui.formatting import format_hours

        if role == self.KEY_ROLE:
            return child.item_key
        if child.milestone is not None:
            if role == Qt.ItemDataRole.DisplayRole and col == self.TITLE:
                mark = "★" if child.milestone == "exam" else "◆"
                when = short_date(child.day, weekday=True) if child.day else ""
                return f"{mark} {child.title} · {when}"
            if role == Qt.ItemDataRole.FontRole and child.milestone == "exam":
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                return child.shown_title
            if col == self.HOURS:
                return f"{format_hours(child.hours or 0)} h"
            if col == self.ESTIMATE and child.estimate is not None:
                mark = self.tr(" (est.)") if child.is_estimate else ""
                return f"{format_hours(child.estimate)} h{mark}"
        if role == Qt.ItemDataRole.EditRole and col == self.ESTIMATE:
            return child.estimate
        if role == Qt.ItemDataRole.CheckStateRole and col == self.TITLE:
            return Qt.CheckState.Checked if child.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.ESTIMATE:
                source = self.tr("an estimate") if child.is_estimate else self.tr("the vendor's")
                return self.tr("The module's hours in all ({0}). F2 edits them.").format(source)
            if col == self.TITLE:
                return self.tr("{0}\nSpace ticks the module off").format(child.shown_title)
        if role == Qt.ItemDataRole.TextAlignmentRole and col != self.TITLE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        child = self._child(index)
        if child is None or not child.item_key:
            return False
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.TITLE:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if done != child.done:
                self.doneRequested.emit(child.item_key, done)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == self.ESTIMATE:
            try:
                hours = float(value)
            except (TypeError, ValueError):
                return False
            if child.estimate is None or abs(hours - child.estimate) > 1e-9:
                self.estimateRequested.emit(child.item_key, hours)
            return True
        return False
