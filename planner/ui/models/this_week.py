"""The rows of the "This week" view: one per module in each study session of a week."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt, Signal

from planner.ui.formatting import short_date, time_range
from planner.ui.models.base import ROOT, ColumnTitles, Index

if TYPE_CHECKING:
    from planner.core.plan import PlanItem, Schedule


@dataclass(frozen=True)
class SessionRow:
    day: date
    start: time
    end: time
    item_key: str
    title: str
    group_title: str
    hours: float  # planned in this session
    item_hours: float  # the item's whole estimate
    done: bool
    logged: float  # all hours logged on the item so far


def _plus(t: time, hours: float) -> time:
    moment = datetime.combine(date(2000, 1, 1), t) + timedelta(hours=hours)
    return moment.time()


def week_rows(
    schedule: Schedule,
    items: tuple[PlanItem, ...],
    done: frozenset[str],
    logged: dict[str, float],
    week_start: date,
) -> list[SessionRow]:
    """The week's sessions, split per item, with each item's part of the session time."""
    by_key = {item.key: item for item in items}
    end = week_start + timedelta(days=7)
    rows: list[SessionRow] = []
    for session in schedule.sessions:
        if not week_start <= session.day < end:
            continue
        at = session.start
        for a in session.allocations:
            item = by_key.get(a.item_key)
            finish = _plus(at, a.hours)
            rows.append(
                SessionRow(
                    day=session.day,
                    start=at,
                    end=finish,
                    item_key=a.item_key,
                    title=item.shown_title if item else a.item_key,
                    group_title=item.shown_group if item else "",
                    hours=a.hours,
                    item_hours=item.hours if item else a.hours,
                    done=a.item_key in done,
                    logged=logged.get(a.item_key, 0.0),
                )
            )
            at = finish
    return rows


class ThisWeekModel(ColumnTitles, QAbstractTableModel):
    """Day and time, module (checkable), planned hours, logged hours (editable).

    The model never changes the plan itself: a tick or an edit is a request
    (:attr:`doneRequested`, :attr:`loggedRequested`) that the controller carries
    out; the view then hands the refreshed rows back with :meth:`set_rows`.
    """

    DAY, MODULE, HOURS, LOGGED = range(4)
    KEY_ROLE = Qt.ItemDataRole.UserRole + 1

    doneRequested = Signal(str, bool)  # item key, done
    loggedRequested = Signal(str, float)  # item key, hours to add

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SessionRow] = []
        self._repeats: frozenset[int] = frozenset()  # rows of a module already shown above
        self._headers = (self.tr("When"), self.tr("Module"), self.tr("Hours"), self.tr("Logged"))

    def rows(self) -> list[SessionRow]:
        return list(self._rows)

    def set_rows(self, rows: list[SessionRow]) -> None:
        """Show ``rows``; rows for the same sessions update in place (selection stays)."""
        seen: set[str] = set()
        repeats: set[int] = set()
        for i, r in enumerate(rows):
            if r.item_key in seen:
                repeats.add(i)
            seen.add(r.item_key)
        self._repeats = frozenset(repeats)
        same_shape = [(r.day, r.item_key) for r in rows] == [
            (r.day, r.item_key) for r in self._rows
        ]
        if same_shape:
            changed = [
                i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new
            ]
            self._rows = list(rows)
            if changed:
                self.dataChanged.emit(
                    self.index(min(changed), 0), self.index(max(changed), self.columnCount() - 1)
                )
            return
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    # --- QAbstractItemModel ------------------------------------------------
    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.MODULE:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == self.LOGGED:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        from planner.ui.formatting import format_hours

        row = self._rows[index.row()]
        col = index.column()
        if role == self.KEY_ROLE:
            return row.item_key
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.DAY:
                when = short_date(row.day, weekday=True)
                return f"{when} · {time_range(row.start, row.end)}"
            if col == self.MODULE:
                return f"{row.group_title} · {row.title}"
            if col == self.HOURS:
                return f"{format_hours(row.hours)} h"
            if col == self.LOGGED:
                if index.row() in self._repeats:  # shown once, on the module's first row
                    return ""
                return f"{format_hours(row.logged)} h" if row.logged else "–"
        if role == Qt.ItemDataRole.EditRole and col == self.LOGGED:
            return row.logged
        if role == Qt.ItemDataRole.CheckStateRole and col == self.MODULE:
            return Qt.CheckState.Checked if row.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.MODULE:
                return self.tr("{0} · {1} · {2} h in all. Space ticks it off.").format(
                    row.group_title, row.title, format_hours(row.item_hours)
                )
            if col == self.LOGGED:
                return self.tr("Hours logged on this module. Edit to log more time today.")
        if role == Qt.ItemDataRole.AccessibleTextRole and col == self.MODULE:
            state = self.tr("done") if row.done else self.tr("not done")
            return f"{row.group_title}: {row.title}, {state}"
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.HOURS, self.LOGGED):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == self.MODULE:
            done = Qt.CheckState(value) == Qt.CheckState.Checked
            if done != row.done:
                self.doneRequested.emit(row.item_key, done)
            return True
        if role == Qt.ItemDataRole.EditRole and index.column() == self.LOGGED:
            try:
                total = float(value)
            except (TypeError, ValueError):
                return False
            added = round(total - row.logged, 2)
            if added != 0:
                self.loggedRequested.emit(row.item_key, added)
            return True
        return False
