"""The wizard's live preview: the schedule week by week (week → work and milestones)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from planner.core.plan import MilestoneKind, Schedule
from planner.core.scheduler import format_hours

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument


def _h(value: float) -> str:
    return f"{format_hours(round(value, 2))} h"


class WeekPreviewModel(QAbstractItemModel):
    COLUMNS = ("Week", "Hours")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.schedule: Schedule | None = None
        self._rows: list[list[tuple[str, str, bool]]] = []  # per week: (text, hours, milestone)
        self._weeks: list[tuple[str, str]] = []

    def set_schedule(self, schedule: Schedule | None) -> None:
        self.beginResetModel()
        self.schedule = schedule
        self._weeks, self._rows = [], []
        if schedule is not None:
            titles = {it.key: f"{it.group_title} · {it.title}" for it in schedule.items}
            for n, week in enumerate(schedule.weeks, start=1):
                self._weeks.append(
                    (
                        self.tr("Week {0} · {1}").format(n, f"{week.start:%a %b} {week.start.day}"),
                        f"{_h(week.hours)} / {_h(week.capacity)}",
                    )
                )
                lines = [(titles[a.item_key], _h(a.hours), False) for a in week.allocations]
                for m in week.milestones:
                    prefix = "★ " if m.kind is MilestoneKind.EXAM else "» "
                    lines.append((f"{prefix}{m.title} · {m.day:%a %b} {m.day.day}", "", True))
                self._rows.append(lines)
        self.endResetModel()

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(child.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return len(self._weeks)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._rows[parent.row()])
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.tr(self.COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            text, hours = self._weeks[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return text if index.column() == 0 else hours
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        text, hours, milestone = self._rows[int(index.internalId()) - 1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text if index.column() == 0 else hours
        if role == Qt.ItemDataRole.FontRole and milestone:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return text
        return None
