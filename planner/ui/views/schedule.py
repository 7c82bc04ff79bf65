"""Schedule: the plan week by week, the current week highlighted, hours editable."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner.ui.controller import PlanController
from planner.ui.date_field import DateField, link_range
from planner.ui.dialogs.common import explain_buttons
from planner.ui.formatting import date_text
from planner.ui.models.schedule import ScheduleModel, schedule_rows
from planner.ui.views.parts import HoursDelegate, cell_tooltips, view_title

if TYPE_CHECKING:
    from planner.core.plan import DateRange


class DaysOffDialog(QDialog):
    """Edit the plan's days off (holidays, trips); the plan is re-planned from today."""

    def __init__(self, ranges: tuple[DateRange, ...], today: date, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog-days-off")
        self.setWindowTitle(self.tr("Days off"))
        self.ranges = list(ranges)
        self.list = cell_tooltips(QListWidget(self))
        self.list.setObjectName("days-off-list")
        self.list.setAccessibleName(self.tr("Days off"))
        self.list.setToolTip(self.tr("Days with no study; select one and press Remove"))
        self.first = DateField(today, self)
        self.first.setObjectName("days-off-first")
        self.last = DateField(today, self)
        self.last.setObjectName("days-off-last")
        for edit, name in (
            (self.first, self.tr("First day off")),
            (self.last, self.tr("Last day off")),
        ):
            edit.setAccessibleName(name)
            edit.setToolTip(self.tr("{0} (type or pick)").format(name))
        link_range(self.first, self.last)  # "to" follows "from"
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setObjectName("days-off-add")
        self.add_button.setToolTip(self.tr("Add these days off"))
        self.remove_button = QPushButton(self.tr("&Remove"), self)
        self.remove_button.setObjectName("days-off-remove")
        self.remove_button.setToolTip(self.tr("Remove the selected days off"))
        self.message = QLabel(self)
        self.message.setObjectName("days-off-message")
        self.first.refused.connect(self.message.setText)
        self.last.refused.connect(self.message.setText)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("From"), self))
        row.addWidget(self.first)
        row.addWidget(QLabel(self.tr("to"), self))
        row.addWidget(self.last)
        row.addWidget(self.add_button)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Re-plan with these"))
        ok.setToolTip(self.tr("Save the days off and re-plan from today"))
        explain_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("No study happens on these days. Saving re-plans from today."), self)
        )
        layout.addWidget(self.list)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.add_range)
        self.remove_button.clicked.connect(self.remove_selected)
        # Tab follows reading order: the list and its Remove, the new range, then the buttons.
        order = [self.list, self.remove_button, self.first, self.last, self.add_button]
        order += [ok, buttons.button(QDialogButtonBox.StandardButton.Cancel)]
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)
        self._fill()

    def _fill(self) -> None:
        self.list.clear()
        for r in sorted(self.ranges, key=lambda r: r.first):
            text = (
                date_text(r.first)
                if r.first == r.last
                else f"{date_text(r.first)} – {date_text(r.last)}"
            )
            self.list.addItem(text)
        self.ranges.sort(key=lambda r: r.first)

    def add_range(self) -> None:
        from planner.core.plan import DateRange

        self.first.commit()  # what is typed counts, even before the field is left
        self.last.commit()
        first = self.first.day()
        last = self.last.day()
        assert isinstance(first, date) and isinstance(last, date)
        if last < first:
            self.message.setText(self.tr("The last day off comes before the first."))
            return
        self.message.clear()
        self.ranges.append(DateRange(first, last))
        self._fill()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.ranges):
            del self.ranges[row]
            self._fill()


def run_days_off_dialog(
    parent: QWidget, ranges: tuple[DateRange, ...], today: date
) -> tuple[DateRange, ...] | None:
    """The edited days off, or None if cancelled (tests replace this function)."""
    dialog = DaysOffDialog(ranges, today, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return tuple(dialog.ranges)
    return None


class ScheduleView(QWidget):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view-schedule")
        self.controller = controller
        self.title = view_title(self, self.tr("Schedule"))
        self.summary = QLabel(self)
        self.summary.setObjectName("schedule-summary")
        self.days_off_button = QPushButton(self.tr("Days off…"), self)
        self.days_off_button.setObjectName("schedule-days-off")
        self.days_off_button.setToolTip(self.tr("Holidays and trips with no study"))
        self.days_off_button.setAccessibleName(self.tr("Edit days off"))
        self.current_button = QPushButton(self.tr("Go to this week"), self)
        self.current_button.setObjectName("schedule-this-week")
        self.current_button.setToolTip(self.tr("Scroll to the week holding today"))
        self.current_button.setAccessibleName(self.tr("Go to this week"))
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addWidget(self.summary, 1)
        header.addWidget(self.current_button)
        header.addWidget(self.days_off_button)

        self.model = ScheduleModel(self)
        self.tree = cell_tooltips(QTreeView(self))
        self.tree.setObjectName("schedule-tree")
        self.tree.setAccessibleName(self.tr("Week-by-week schedule"))
        self.tree.setToolTip(self.tr("Space ticks a module off; F2 on Estimate edits its hours"))
        self.tree.setModel(self.model)
        self.tree.setItemDelegateForColumn(
            ScheduleModel.ESTIMATE, HoursDelegate(0.25, 1000.0, self.tr("Module hours"), self.tree)
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        hh = self.tree.header()
        hh.setStretchLastSection(False)
        hh.setSectionResizeMode(ScheduleModel.TITLE, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(ScheduleModel.HOURS, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(ScheduleModel.ESTIMATE, QHeaderView.ResizeMode.ResizeToContents)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tree, 1)

        self.model.doneRequested.connect(self.controller.set_done)
        self.model.estimateRequested.connect(self.controller.set_estimate)
        self.model.modelReset.connect(self._expand_current)
        self.current_button.clicked.connect(self.scroll_to_current)
        self.days_off_button.clicked.connect(self.edit_days_off)
        self.controller.changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        from planner.ui.formatting import format_hours

        view = self.controller.view
        self.days_off_button.setEnabled(view is not None)
        self.current_button.setEnabled(view is not None)
        if view is None:
            self.model.set_rows([])
            self.summary.clear()
            return
        snap = view.snapshot
        logged = tuple((x.day, x.hours) for x in snap.ledger.logged)
        rows = schedule_rows(snap.baseline, snap.items, snap.ledger.done, view.today, logged)
        self.model.set_rows(rows)
        total = sum(i.hours for i in snap.items)
        exam = snap.baseline.exam_date
        text = self.tr("%n week(s) · {0} h", "", len(rows)).format(format_hours(total))
        if exam is not None:
            text += self.tr(" · exam {0}").format(date_text(exam))
        self.summary.setText(text)

    def _expand_current(self) -> None:
        index = self.model.current_week_index()
        if index.isValid():
            self.tree.expand(index)
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
        elif self.model.rowCount() > 0:
            self.tree.expand(self.model.index(0, 0))

    def scroll_to_current(self) -> None:
        self._expand_current()
        index = self.model.current_week_index()
        if index.isValid():
            self.tree.setCurrentIndex(index)
        self.tree.setFocus()

    def edit_days_off(self) -> None:
        view = self.controller.view
        if view is None:
            return
        ranges = run_days_off_dialog(self, view.snapshot.settings.days_off, view.today)
        if ranges is None or ranges == view.snapshot.settings.days_off:
            return
        self.controller.change_days_off(ranges)
