"""The wizard's live preview: the schedule week by week (week → work and milestones)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from planner.core.plan import MilestoneKind, Schedule
from planner.ui.formatting import format_hours, short_date
from planner.ui.models.base import Index, TwoLevelModel


def _h(value: float) -> str:
    return f"{format_hours(round(value, 2))} h"


class WeekPreviewModel(TwoLevelModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Week"), self.tr("Hours"))
        self.schedule: Schedule | None = None
        self._rows: list[list[tuple[str, str, bool]]] = []  # per week: (text, hours, milestone)
        self._weeks: list[tuple[str, str]] = []

    def set_schedule(self, schedule: Schedule | None) -> None:
        self.beginResetModel()
        self.schedule = schedule
        self._weeks, self._rows = [], []
        if schedule is not None:
            titles = {it.key: f"{it.shown_group} · {it.shown_title}" for it in schedule.items}
            for n, week in enumerate(schedule.weeks, start=1):
                self._weeks.append(
                    (
                        self.tr("Week {0} · {1}").format(n, short_date(week.start, weekday=True)),
                        f"{_h(week.hours)} / {_h(week.capacity)}",
                    )
                )
                lines = [(titles[a.item_key], _h(a.hours), False) for a in week.allocations]
                for m in week.milestones:
                    prefix = "★ " if m.kind is MilestoneKind.EXAM else "» "
                    lines.append(
                        (f"{prefix}{m.shown_title} · {short_date(m.day, weekday=True)}", "", True)
                    )
                self._rows.append(lines)
        self.endResetModel()

    def top_count(self) -> int:
        return len(self._weeks)

    def child_count(self, top: int) -> int:
        return len(self._rows[top])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        week = self.parent_row(index)
        if week is None:
            text, hours = self._weeks[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return text if index.column() == 0 else hours
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        text, hours, milestone = self._rows[week][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text if index.column() == 0 else hours
        if role == Qt.ItemDataRole.FontRole and milestone:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        return None
