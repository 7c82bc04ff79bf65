"""Re-plan: choose to keep the exam date or the hours, see what moves, then apply (undoable)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.progress import ItemMove, ReplanMode
from planner.ui.controller import PlanController
from planner.ui.dialogs.common import explain_buttons
from planner.ui.formatting import date_text, format_hours, short_date
from planner.ui.i18n import say
from planner.ui.models.base import ROOT, ColumnTitles, Index
from planner.ui.views.parts import cell_tooltips

if TYPE_CHECKING:
    from planner.services.plans import ReplanPreview


class MovesModel(ColumnTitles, QAbstractTableModel):
    """What moves: item, finish before, finish after, and by how many days."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._moves: list[ItemMove] = []
        self._courses: dict[str, str] = {}
        self._headers = (
            self.tr("Item"),
            self.tr("Was done by"),
            self.tr("Now done by"),
            self.tr("Shift"),
        )

    def set_moves(
        self, moves: tuple[ItemMove, ...], courses: Mapping[str, str] | None = None
    ) -> None:
        """Show ``moves``; ``courses`` maps an item's key to its course, shown before it."""
        self.beginResetModel()
        self._moves = list(moves)
        self._courses = dict(courses or {})
        self.endResetModel()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            role = Qt.ItemDataRole.DisplayRole  # a title cut with "…" in a narrow column
        return super().headerData(section, orientation, role)

    def item_text(self, move: ItemMove) -> str:
        """ "Course · Module": module titles like "Evaluation" repeat across courses."""
        course = self._courses.get(move.key, "")
        return f"{course} · {move.shown_title}" if course else move.shown_title

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._moves)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._moves):
            return None
        move = self._moves[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return self.item_text(move)
            if col == 1:
                return (
                    short_date(move.old_end, weekday=True)
                    if move.old_end
                    else self.tr("not scheduled")
                )
            if col == 2:
                return short_date(move.new_end, weekday=True)
            days = move.days
            if days == 0:
                return self.tr("same day")
            return ("+" if days > 0 else "-") + self.tr("%n day(s)", "", abs(days))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return self.item_text(move)
        return None


def moves_table(parent: QWidget, model: MovesModel, name: str) -> QTableView:
    """The read-only "What moves" table of the re-plan and edit-plan previews."""
    table = cell_tooltips(QTableView(parent))
    table.setObjectName(name)
    table.setAccessibleName(parent.tr("What moves"))
    table.setToolTip(parent.tr("The items whose finish day changes"))
    table.setModel(model)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in (1, 2, 3):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a title cut short says so
    FitDayColumns(table)
    return table


class FitDayColumns(QObject):
    """The item column of a "What moves" table keeps its room in a narrow dialog: the
    day and shift columns are as wide as their cells, and their titles ("Bisher fertig am")
    get at most a fifth of the table each — cut with "…" beyond that, whole as tooltip."""

    SHARE = 0.2

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        table.viewport().installEventFilter(self)
        table.model().modelReset.connect(self.fit)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        for col in (1, 2, 3):
            cells = self.table.sizeHintForColumn(col)  # -1 without rows
            title = header.sectionSizeHint(col)
            header.resizeSection(col, max(cells, min(title, int(room * self.SHARE))))


class ReplanDialog(QDialog):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog-replan")
        self.setWindowTitle(self.tr("Re-plan the remaining work"))
        self.controller = controller
        self.preview: ReplanPreview | None = None
        view = controller.view
        assert view is not None
        has_exam = view.snapshot.baseline.exam_date is not None

        intro = QLabel(
            self.tr(
                "Re-plan what is not done yet from today. Done work and past weeks stay "
                "as they are, and you can undo this with Ctrl+Z."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.keep_exam = QRadioButton(self.tr("Keep the &exam date (study more each week)"), self)
        self.keep_exam.setObjectName("replan-keep-exam")
        self.keep_exam.setToolTip(self.tr("Raise the hours per week if the exam date needs it"))
        self.keep_hours = QRadioButton(self.tr("Keep the &hours per week (move the exam)"), self)
        self.keep_hours.setObjectName("replan-keep-hours")
        self.keep_hours.setToolTip(self.tr("Keep your weekly hours; the exam moves if needed"))
        self.keep_exam.setEnabled(has_exam)
        (self.keep_exam if has_exam else self.keep_hours).setChecked(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("replan-summary")
        self.summary.setWordWrap(True)
        self.moves = MovesModel(self)
        self.table = moves_table(self, self.moves, "replan-moves")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.apply_button = QPushButton(self.tr("&Apply re-plan"), self)
        self.apply_button.setObjectName("replan-apply")
        self.apply_button.setToolTip(self.tr("Store the new plan (a backup is taken first)"))
        self.apply_button.setDefault(True)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        explain_buttons(self.buttons)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.keep_exam)
        layout.addWidget(self.keep_hours)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)

        self.keep_exam.toggled.connect(self.update_preview)
        self.update_preview()

    def mode(self) -> ReplanMode:
        return ReplanMode.KEEP_EXAM if self.keep_exam.isChecked() else ReplanMode.KEEP_HOURS

    def update_preview(self) -> None:
        # Runs on the UI thread: measured 2026-11-26 on a 300-item plan (2 cores), the
        # preview takes 6 ms median, 23 ms worst of 5 — far under the 200 ms at which
        # progress would be needed; the controller's wait cursor covers slow disks.
        mode = self.mode()
        self.preview, problem = self.controller.attempt(
            lambda: self.controller.preview_replan(mode)
        )
        if self.preview is None:
            self.summary.setText(problem)
            self.moves.set_moves(())
            self.apply_button.setEnabled(False)
            return
        result = self.preview.result
        items = self.preview.schedule.items
        self.moves.set_moves(result.moves, {it.key: it.shown_group for it in items})
        diagnosis = self.preview.schedule.diagnosis
        # A re-plan that still misses the exam is shown, never stored.
        self.apply_button.setEnabled(diagnosis is None)
        if diagnosis is not None:
            self.summary.setText(
                self.tr(
                    "The rest does not fit before the exam: {0}. Keep the hours per week "
                    "instead to move the exam."
                ).format(say(diagnosis))
            )
            return
        parts = [self.tr("{0} h per week").format(format_hours(result.hours_per_week))]
        if result.exam_date is not None:
            shift = result.exam_shift_days
            if shift:
                parts.append(
                    self.tr("exam moves to {0} ({1:+d} days)").format(
                        date_text(result.exam_date, weekday=True), shift
                    )
                )
            else:
                parts.append(
                    self.tr("exam stays on {0}").format(date_text(result.exam_date, weekday=True))
                )
        count = len(result.moves)
        parts.append(
            self.tr("nothing moves") if count == 0 else self.tr("%n item(s) move", "", count)
        )
        warnings = [say(w) for w in (result.schedule.warnings if result.schedule else ())]
        text = " · ".join(parts)
        if result.hours_per_week_needed is not None:
            text += "\n" + warnings[0] if warnings else ""
        self.summary.setText(text)

    def apply(self) -> None:
        if self.preview is None:
            return
        from planner.services.operations import OpKind
        from planner.services.plans import replan_label

        label = replan_label(self.mode())
        if self.controller.apply_schedule(self.preview.schedule, OpKind.REPLAN, label):
            self.accept()


def run_replan_dialog(parent: QWidget, controller: PlanController) -> bool:
    """Show the re-plan dialog; True if a re-plan was applied (tests replace this)."""
    dialog = ReplanDialog(controller, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
