"""After a failed sitting: the offer to re-plan for the earliest allowed retake.

Shows when the exam may be sat again (or, at the vendor's attempt limit, from when),
the retake day (the earliest allowed, or a later one), how the renewed preparation's
hours follow the score report, and what moves. **Score report…** records the report's
figures as an attempt and the preview follows them. One click applies it as one
undoable operation (``OpKind.RETAKE``; a backup is taken first).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.ui.controller import PlanController
from planner.ui.date_field import DateField
from planner.ui.dialogs.common import describe, explain_buttons
from planner.ui.dialogs.replan import MovesModel, moves_table
from planner.ui.formatting import date_text, format_hours
from planner.ui.i18n import say
from planner.ui.models.base import ROOT, ColumnTitles, Index
from planner.ui.views.parts import cell_tooltips

if TYPE_CHECKING:
    from planner.core.catalog import ExamPolicy
    from planner.core.readiness import Shift
    from planner.services.retake import RetakePreview


class ShiftsModel(ColumnTitles, QAbstractTableModel):
    """Per exam domain: the hours by the exam weights, the hours steered, and why."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._shifts: list[Shift] = []
        self._headers = (
            self.tr("Domain"),
            self.tr("By weight"),
            self.tr("Planned"),
            self.tr("Score"),
        )

    def set_shifts(self, shifts: tuple[Shift, ...]) -> None:
        self.beginResetModel()
        self._shifts = list(shifts)
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._shifts)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shifts):
            return None
        s = self._shifts[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return s.name
            if col == 1:
                return self.tr("{0} h").format(format_hours(s.before))
            if col == 2:
                change = s.change
                text = self.tr("{0} h").format(format_hours(s.after))
                if abs(change) > 1e-9:
                    text += f" ({'+' if change > 0 else '−'}{format_hours(abs(change))})"
                return text
            if s.estimate is None:
                return self.tr("no score")
            return self.tr("{0:.0f} % (target {1:.0f} %)").format(s.estimate, s.target)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(s.reason_message)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class RetakeDialog(QDialog):
    def __init__(
        self,
        controller: PlanController,
        policy: ExamPolicy | None,
        catalog_mark: float | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog-retake")
        self.setWindowTitle(self.tr("Re-plan for the retake"))
        self.controller = controller
        self.policy = policy
        self.catalog_mark = catalog_mark
        self.preview: RetakePreview | None = None

        self.outlook = QLabel(self)
        self.outlook.setObjectName("retake-outlook")
        self.outlook.setWordWrap(True)
        font = self.outlook.font()
        font.setBold(True)
        self.outlook.setFont(font)
        intro = QLabel(
            self.tr(
                "Move the exam to the retake and prepare its domains again, more where your "
                "score report is weak. Done work stays; Ctrl+Z takes it back."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.day = describe(
            DateField(None, self),
            "retake-date",
            self.tr("The day you plan to sit the exam again (the earliest allowed, or later)"),
            self.tr("Retake day"),
        )
        self.day.setCalendarPopup(True)
        self.report = describe(
            QPushButton(self.tr("&Score report…"), self),
            "retake-report",
            self.tr("Enter the score report's figures per domain; the hours follow them"),
        )
        day_row = QHBoxLayout()
        day_row.addWidget(self.day)
        day_row.addStretch(1)
        day_row.addWidget(self.report)
        form = QFormLayout()
        label = QLabel(self.tr("Retake &day:"), self)
        label.setBuddy(self.day)
        form.addRow(label, day_row)
        self.summary = QLabel(self)
        self.summary.setObjectName("retake-summary")
        self.summary.setWordWrap(True)
        self.shifts = ShiftsModel(self)
        self.shift_table = cell_tooltips(QTableView(self))
        self.shift_table.setObjectName("retake-domains")
        self.shift_table.setAccessibleName(self.tr("Hours per exam domain"))
        self.shift_table.setModel(self.shifts)
        self.shift_table.verticalHeader().hide()
        self.shift_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.shift_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.shift_table.setWordWrap(False)
        header = self.shift_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.moves = MovesModel(self)
        self.move_table = moves_table(self, self.moves, "retake-moves")
        self.moves_label = QLabel(self.tr("What else moves:"), self)
        self.moves_label.setObjectName("retake-moves-label")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        self.apply_button = QPushButton(self.tr("&Re-plan for the retake"), self)
        self.apply_button.setObjectName("retake-apply")
        self.apply_button.setToolTip(
            self.tr("Move the exam and store the new plan (a backup is taken first)")
        )
        self.apply_button.setDefault(True)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        explain_buttons(self.buttons)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.outlook)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.shift_table)
        layout.addWidget(self.moves_label)
        layout.addWidget(self.move_table, 1)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self.resize(760, 460)

        # Without the vendor's rules the learner names the day: tomorrow to begin with.
        first = None if policy is not None else controller.today() + timedelta(days=1)
        self.update_preview(first)
        if self.preview is not None:
            earliest = self.preview.exam_date
            blocked = self.day.blockSignals(True)
            if policy is not None:
                self.day.setMinimumDate(earliest)
            self.day.setDate(earliest)
            self.day.blockSignals(blocked)
        else:
            self.day.setEnabled(False)
            self.report.setEnabled(False)
        self.day.dateChanged.connect(lambda _=None: self.update_preview(self.chosen_day()))
        self.report.clicked.connect(self.enter_report)

    def _fit_rows(self) -> None:
        """The domain table as tall as its rows: no empty space under them."""
        table = self.shift_table
        rows = table.verticalHeader().defaultSectionSize() * self.shifts.rowCount()
        height = rows + table.horizontalHeader().height() + 2 * table.frameWidth()
        table.setFixedHeight(height)

    def chosen_day(self) -> date:
        return self.day.day()

    def update_preview(self, day: date | None) -> None:
        from planner.services.retake import preview_retake

        view = self.controller.view
        if view is None:
            return
        svc, plan = self.controller.service, view.snapshot.id
        self.preview, problem = self.controller.attempt(
            lambda: preview_retake(svc, plan, self.policy, day, self.catalog_mark)
        )
        if self.preview is None:
            self.outlook.setText(problem)
            self.summary.clear()
            self.shifts.set_shifts(())
            self.moves.set_moves(())
            self.apply_button.setEnabled(False)
            return
        p = self.preview
        outlook = p.outlook
        if outlook is None:
            self.outlook.setText(
                self.tr("The catalog has no retake rules for this exam: choose the retake day.")
            )
        elif outlook.limit_reached:
            self.outlook.setText(
                self.tr(
                    "No retake is allowed now: {0} sittings within {1} days is the most the "
                    "vendor allows. The next attempt is possible from {2}."
                ).format(
                    outlook.attempts_in_window,
                    outlook.window_days,
                    date_text(outlook.earliest, weekday=True),
                )
            )
        else:
            self.outlook.setText(
                self.tr("The earliest allowed retake is {0}.").format(
                    date_text(outlook.earliest, weekday=True)
                )
            )
        self.shifts.set_shifts(p.shifts)
        self._fit_rows()
        # The renewed preparation is new (the table above); the rest is what moves.
        new = {i.key for i in p.items}
        moves = tuple(m for m in p.replan.result.moves if m.key not in new)
        self.moves.set_moves(moves)
        self.move_table.setVisible(bool(moves))
        stretch = self.layout()
        if isinstance(stretch, QVBoxLayout):  # the room goes to the table, or below it
            stretch.setStretch(stretch.count() - 2, 0 if moves else 1)
        self.moves_label.setText(
            self.tr("What else moves:") if moves else self.tr("Nothing else moves.")
        )
        diagnosis = p.replan.schedule.diagnosis
        self.apply_button.setEnabled(diagnosis is None)
        if diagnosis is not None:
            self.summary.setText(
                self.tr("The plan does not fit before {0}: {1}. Choose a later day.").format(
                    date_text(p.exam_date, weekday=True), say(diagnosis)
                )
            )
            return
        old = p.old_exam_date
        parts = [
            self.tr("Exam: {0} → {1}").format(
                date_text(old, weekday=True) if old else self.tr("none"),
                date_text(p.exam_date, weekday=True),
            )
        ]
        if p.items:
            parts.append(self.tr("{0} h of renewed preparation").format(format_hours(p.hours)))
        else:
            parts.append(self.tr("no study day left before it: only the exam moves"))
        if p.moved:
            parts.append(self.tr("more hours where the score report is weak"))
        elif p.items:
            parts.append(self.tr("no score below target yet: hours follow the exam weights"))
        self.summary.setText(" · ".join(parts))

    def enter_report(self) -> None:
        """Record the score report as an attempt, then follow it."""
        from planner.core.logistics import Result
        from planner.core.readiness import plan_domains
        from planner.services.attempts import list_sittings
        from planner.ui.dialogs import attempt

        view = self.controller.view
        if view is None:
            return
        svc, plan = self.controller.service, view.snapshot.id
        sittings, _ = self.controller.attempt(lambda: list_sittings(svc, plan))
        failed = [s for s in sittings or [] if s.result is Result.FAIL]
        day = failed[-1].day if failed else self.controller.today()
        domains = plan_domains(view.snapshot.items)
        if attempt.run_attempt_dialog(self, self.controller, domains, None, day):
            self.update_preview(self.chosen_day() if self.day.isEnabled() else None)

    def apply(self) -> None:
        from planner.services.retake import retake_operation

        if self.preview is None or self.preview.replan.schedule.diagnosis is not None:
            return
        if self.controller.run(retake_operation(self.preview)) is not None:
            self.accept()


def run_retake_dialog(
    parent: QWidget,
    controller: PlanController,
    policy: ExamPolicy | None,
    catalog_mark: float | None = None,
) -> bool:
    """Offer the retake re-plan modally; True if it was applied. Tests replace this."""
    dialog = RetakeDialog(controller, policy, catalog_mark, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
