"""The wizard's course list: the plan's courses and projects in order, with their modules.

Two levels: a course (or project) row, then its modules (or milestones). Column
1 holds hours; a module's hours are editable, and hours that are the catalog's
estimate are marked with ``*``. The model emits ``edited`` after every change
(order, additions, removals, hours).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from planner.core.catalog import Catalog, Module
from planner.ui.formatting import format_hours
from planner.ui.models.base import Index, TwoLevelModel

MAX_HOURS = 1000.0


def _hours(value: float, estimate: bool) -> str:
    return f"{format_hours(round(value, 2))} h{'*' if estimate else ''}"


class CourseListModel(TwoLevelModel):
    RefRole = Qt.ItemDataRole.UserRole + 1
    edited = Signal()

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = (self.tr("Course and modules"), self.tr("Hours"))
        self.catalog = catalog
        self.refs: list[str] = []
        self.optional: set[str] = set()
        self.overrides: dict[str, float] = {}  # "<ref>/<module id>" -> hours

    # --- content ---------------------------------------------------------
    def set_steps(self, refs: list[str], optional: set[str] | None = None) -> None:
        self.beginResetModel()
        self.refs = list(refs)
        self.optional = set(optional or ())
        self.overrides = {k: v for k, v in self.overrides.items() if k.split("/")[0] in refs}
        self.endResetModel()
        self.edited.emit()

    def title(self, ref: str) -> str:
        if ref in self.catalog.courses:
            return self.catalog.courses[ref].title
        if ref in self.catalog.projects:
            return self.catalog.projects[ref].title
        return ref

    def modules(self, ref: str) -> tuple[Module, ...]:
        if ref in self.catalog.courses:
            return self.catalog.courses[ref].modules
        if ref in self.catalog.projects:
            return self.catalog.projects[ref].milestones
        return ()

    def module_hours(self, ref: str, module: Module) -> tuple[float, bool]:
        key = f"{ref}/{module.id}"
        if key in self.overrides:
            return self.overrides[key], False
        return module.hours, module.hours_is_estimate

    def ref_hours(self, ref: str) -> tuple[float, bool]:
        pairs = [self.module_hours(ref, m) for m in self.modules(ref)]
        return sum(h for h, _ in pairs), any(e for _, e in pairs)

    def move(self, row: int, delta: int) -> int:
        """Move a course up (-1) or down (+1); returns its new row."""
        target = row + delta
        if not (0 <= row < len(self.refs) and 0 <= target < len(self.refs)):
            return row
        self.beginResetModel()
        self.refs[row], self.refs[target] = self.refs[target], self.refs[row]
        self.endResetModel()
        self.edited.emit()
        return target

    def remove(self, row: int) -> None:
        if not 0 <= row < len(self.refs):
            return
        self.beginResetModel()
        ref = self.refs.pop(row)
        self.endResetModel()
        self.overrides = {k: v for k, v in self.overrides.items() if k.split("/")[0] != ref}
        self.edited.emit()

    def add(self, ref: str) -> None:
        if ref in self.refs or ref not in self.catalog.courses:
            return
        # Reset rather than insert: children's internal ids follow their parent's row.
        self.beginResetModel()
        self.refs.append(ref)
        self.endResetModel()
        self.edited.emit()

    def item_overrides(self) -> dict[str, float]:
        """Hours the user changed, keyed like plan items (``<course>/<module>``)."""
        return dict(self.overrides)

    # --- structure -------------------------------------------------------
    def top_count(self) -> int:
        return len(self.refs)

    def child_count(self, top: int) -> int:
        return len(self.modules(self.refs[top]))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.parent_row(index) is not None and index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def _module(self, course: int, index: Index) -> tuple[str, Module]:
        ref = self.refs[course]
        return ref, self.modules(ref)[index.row()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = index.column()
        course = self.parent_row(index)
        if course is None:
            ref = self.refs[index.row()]
            if role == self.RefRole:
                return ref
            hours, estimate = self.ref_hours(ref)
            if role == Qt.ItemDataRole.DisplayRole:
                if column == 0:
                    extra = self.tr(" (optional)") if ref in self.optional else ""
                    kind = "" if ref in self.catalog.courses else self.tr("Project: ")
                    return f"{kind}{self.title(ref)}{extra}"
                return _hours(hours, estimate)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{0}: {1} modules, {2}").format(
                    self.title(ref), len(self.modules(ref)), _hours(hours, estimate)
                )
            return None
        ref, module = self._module(course, index)
        hours, estimate = self.module_hours(ref, module)
        if role == Qt.ItemDataRole.DisplayRole:
            return module.title if column == 0 else _hours(hours, estimate)
        if role == Qt.ItemDataRole.EditRole and column == 1:
            return hours
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 1:
                return (
                    self.tr("Our estimate; double-click to enter your own")
                    if estimate
                    else self.tr("Double-click to change the hours")
                )
            return module.title
        if role == self.RefRole:
            return f"{ref}/{module.id}"
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        course = self.parent_row(index)
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or course is None:
            return False
        if index.column() != 1:
            return False
        try:
            hours = round(float(value) * 4) / 4
        except (TypeError, ValueError):
            return False
        if not 0 < hours <= MAX_HOURS:
            return False
        ref, module = self._module(course, index)
        self.overrides[f"{ref}/{module.id}"] = hours
        parent = self.index(course, 1)
        self.dataChanged.emit(index, index)
        self.dataChanged.emit(parent, parent)
        self.edited.emit()
        return True
