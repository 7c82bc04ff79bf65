"""The plans listed in the sidebar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from planner.ui.formatting import date_text

if TYPE_CHECKING:
    from planner.services.plans import PlanSummary

Index = QModelIndex | QPersistentModelIndex


class PlansModel(QAbstractListModel):
    ID_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._plans: list[PlanSummary] = []

    def set_plans(self, plans: list[PlanSummary]) -> None:
        if [p.id for p in plans] == [p.id for p in self._plans]:
            self._plans = list(plans)
            if plans:
                self.dataChanged.emit(self.index(0), self.index(len(plans) - 1))
            return
        self.beginResetModel()
        self._plans = list(plans)
        self.endResetModel()

    def row_of(self, plan_id: int | None) -> int:
        for i, plan in enumerate(self._plans):
            if plan.id == plan_id:
                return i
        return -1

    def plan_at(self, row: int) -> PlanSummary | None:
        return self._plans[row] if 0 <= row < len(self._plans) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._plans)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._plans):
            return None
        plan = self._plans[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return plan.name + (self.tr(" (archived)") if plan.archived else "")
        if role == Qt.ItemDataRole.FontRole and plan.archived:
            font = QFont()
            font.setItalic(True)
            return font
        if role == self.ID_ROLE:
            return plan.id
        if role == Qt.ItemDataRole.ToolTipRole:
            exam = (
                self.tr("exam {0}").format(date_text(plan.exam_date))
                if plan.exam_date
                else self.tr("no exam date")
            )
            return self.tr("{0}: {1} of {2} items done, {3}").format(
                plan.name, plan.done, plan.items, exam
            )
        return None
