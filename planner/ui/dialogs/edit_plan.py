"""Plan › Edit Plan…: change a saved plan's choices and see what moves before saving.

Every control starts at the plan's current choice. Each change previews the
edit (``planner/services/edit.py``: the rest re-planned from today, done work
kept): what changes, whether it still fits before the exam — with one button per
fix that works, smallest change first — and which items finish on other days.
Save stores it as one undoable step ("Edit plan"); nothing is stored before.
"""

from __future__ import annotations

import dataclasses
from datetime import date, time, timedelta

from PySide6.QtCore import QCoreApplication, Qt, QTime
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.fixes import Fix
from planner.core.plan import WEEKDAY_NAMES, DateRange
from planner.services.edit import EDIT_LABEL, EditChoices, EditPreview, choices_of, preview_edit
from planner.ui.controller import PlanController
from planner.ui.date_field import DateField
from planner.ui.dialogs.common import describe, explain_buttons
from planner.ui.dialogs.replan import MovesModel, moves_table
from planner.ui.formatting import weekday_name
from planner.ui.i18n import say
from planner.ui.views.parts import ElidedCombo, WrapButton, cell_tooltips

MAX_FIX_BUTTONS = 4
STEP_KEY = Qt.ItemDataRole.UserRole


def parse_days_off(text: str) -> tuple[DateRange, ...]:
    """``2026-12-24..2027-01-01, 2027-02-03`` as ranges; ValueError with a plain message."""
    ranges: list[DateRange] = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        first, sep, last = part.partition("..")
        try:
            start = date.fromisoformat(first.strip())
            end = date.fromisoformat(last.strip()) if sep else start
        except ValueError:
            message = QCoreApplication.translate(
                "EditPlanDialog", "“{0}” is not a date or a range (use YYYY-MM-DD..YYYY-MM-DD)"
            )
            raise ValueError(message.format(part)) from None
        if end < start:
            message = QCoreApplication.translate("EditPlanDialog", "“{0}” ends before it starts")
            raise ValueError(message.format(part))
        ranges.append(DateRange(start, end))
    return tuple(ranges)


def days_off_text(ranges: tuple[DateRange, ...]) -> str:
    return ", ".join(
        r.first.isoformat() if r.first == r.last else f"{r.first}..{r.last}" for r in ranges
    )


class EditPlanDialog(QDialog):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog-edit-plan")
        self.setWindowTitle(self.tr("Edit plan"))
        self.controller = controller
        view = controller.view
        assert view is not None
        self.snapshot = view.snapshot
        self.before = choices_of(self.snapshot)
        self.preview: EditPreview | None = None
        self._loading = True
        today = controller.today()

        intro = QLabel(
            self.tr(
                "Change any of the plan's choices. The rest of the plan is re-planned from "
                "today; done work stays where it is. Save is one step that Ctrl+Z takes back."
            ),
            self,
        )
        intro.setWordWrap(True)

        b = self.before
        self.hours = describe(
            QDoubleSpinBox(self), "edit-hours", self.tr("Hours you can study each week")
        )
        self.hours.setRange(0, 100)
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" h/week"))
        self.hours.setValue(b.hours_per_week)
        days_row = QHBoxLayout()
        self.days: list[QCheckBox] = []
        for i, name in enumerate(WEEKDAY_NAMES):
            box = describe(
                QCheckBox(weekday_name(date(2024, 1, 1) + timedelta(days=i)), self),
                f"edit-day-{name}",
                self.tr("Study on this weekday"),
            )
            box.setChecked(i in b.study_days)
            self.days.append(box)
            days_row.addWidget(box)
        self.session = describe(QTimeEdit(self), "edit-session", self.tr("When sessions start"))
        self.session.setDisplayFormat("HH:mm")
        self.session.setTime(QTime(b.session_start.hour, b.session_start.minute))
        self.longest = describe(
            QDoubleSpinBox(self), "edit-longest", self.tr("Longest study session; 0: no limit")
        )
        self.longest.setRange(0, 12)
        self.longest.setSingleStep(0.25)
        self.longest.setSpecialValueText(self.tr("no limit"))
        self.longest.setSuffix(self.tr(" h"))
        self.longest.setValue(b.max_session_hours or 0)
        self.off = describe(
            QLineEdit(days_off_text(b.days_off), self),
            "edit-days-off",
            self.tr("Days with no study, e.g. 2026-12-24..2027-01-01, 2027-02-03"),
            self.tr("Days off"),
        )
        self.by_date = describe(
            QRadioButton(self.tr("Exam on"), self), "edit-exam-by-date", self.tr("A fixed date")
        )
        self.by_weeks = describe(
            QRadioButton(self.tr("Prepare for"), self),
            "edit-exam-by-weeks",
            self.tr("The exam right after this many weeks of preparation"),
        )
        self.exam = describe(
            DateField(parent=self), "edit-exam-date", self.tr("The exam date (type or pick)")
        )
        self.exam.setDate(b.exam_date or self.snapshot.baseline.exam_date or today)
        self.weeks = describe(QSpinBox(self), "edit-prep-weeks", self.tr("Weeks of preparation"))
        self.weeks.setRange(1, 52)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setValue(b.prep_weeks or 10)
        (self.by_date if b.exam_date is not None else self.by_weeks).setChecked(True)
        # A fixed date over a number of weeks: side by side they outgrow 800 px in German.
        exam_row = QGridLayout()
        exam_row.addWidget(self.by_date, 0, 0)
        exam_row.addWidget(self.exam, 0, 1)
        exam_row.addWidget(self.by_weeks, 1, 0)
        exam_row.addWidget(self.weeks, 1, 1)
        exam_row.setColumnStretch(2, 1)
        self.zone = describe(
            QLineEdit(b.timezone, self), "edit-timezone", self.tr("IANA time zone"), "Time zone"
        )

        self.steps = describe(
            cell_tooltips(QListWidget(self)),
            "edit-courses",
            self.tr("Courses and projects in order; untick one to drop it"),
            self.tr("Courses"),
        )
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        titles = {i.group: i.shown_group for i in self.snapshot.items}
        for ref in b.steps:
            self._add_step(ref, titles.get(ref, ref))
        self.up = describe(QPushButton(self.tr("Move &up"), self), "edit-up", self.tr("Earlier"))
        self.down = describe(
            QPushButton(self.tr("Move do&wn"), self), "edit-down", self.tr("Later")
        )
        self.add_combo = describe(
            ElidedCombo(self, 14),
            "edit-add-course",
            self.tr("A course from the catalog"),
            "Add course",
        )
        catalog = controller.catalog()
        for ref, course in sorted(catalog.courses.items(), key=lambda kv: kv[1].title):
            if ref not in b.steps:
                self.add_combo.addItem(course.title, ref)
        self.add_button = describe(
            QPushButton(self.tr("&Add"), self), "edit-add", self.tr("Add the course at the end")
        )
        step_buttons = QHBoxLayout()
        for button in (self.up, self.down):
            step_buttons.addWidget(button)
        step_buttons.addStretch(1)
        step_buttons.addWidget(self.add_combo, 1)
        step_buttons.addWidget(self.add_button)

        form = QFormLayout()
        # On a small screen a wide row puts its label above it rather than widen the dialog.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Hours per week"), self.hours)
        form.addRow(self.tr("Study days"), days_row)
        form.addRow(self.tr("&Sessions start"), self.session)
        form.addRow(self.tr("&Longest session"), self.longest)
        form.addRow(self.tr("Days o&ff"), self.off)
        form.addRow(self.tr("Exam"), exam_row)
        form.addRow(self.tr("&Time zone"), self.zone)
        from planner.ui.review_control import ReviewControl

        self.review = ReviewControl(self, "edit-review", b.review_share)
        self.review.changed.connect(self.update_preview)
        form.addRow(self.tr("Review"), self.review)

        self.summary = QLabel(self)
        self.summary.setObjectName("edit-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.fix_buttons: list[WrapButton] = []
        fixes_row = QVBoxLayout()  # one under another: side by side they outgrow 800 px
        for i in range(MAX_FIX_BUTTONS):
            button = describe(
                WrapButton(parent=self), f"edit-fix-{i}", self.tr("Change the plan this way")
            )
            button.hide()
            button.clicked.connect(lambda _=False, i=i: self.use_fix(i))
            self.fix_buttons.append(button)
            fixes_row.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        self.moves = MovesModel(self)
        self.table = moves_table(self, self.moves, "edit-moves")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.save = QPushButton(self.tr("&Save changes"), self)
        self.save.setObjectName("edit-save")
        self.save.setToolTip(self.tr("Store the edited plan (a backup is taken first)"))
        self.save.setDefault(True)
        self.buttons.addButton(self.save, QDialogButtonBox.ButtonRole.AcceptRole)
        explain_buttons(self.buttons)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Courses and projects (untick to drop)"), self))
        left.addWidget(self.steps, 1)
        left.addLayout(step_buttons)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addLayout(fixes_row)
        right.addWidget(QLabel(self.tr("What moves"), self))
        right.addWidget(self.table, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.resize(1040, 600)

        for signal in (
            self.hours.valueChanged,
            self.session.timeChanged,
            self.longest.valueChanged,
            self.off.textChanged,
            self.exam.dateChanged,
            self.weeks.valueChanged,
            self.by_date.toggled,
            self.zone.editingFinished,
            self.steps.itemChanged,
            self.steps.model().rowsMoved,
        ):
            signal.connect(self.update_preview)
        for box in self.days:
            box.toggled.connect(self.update_preview)
        self.up.clicked.connect(lambda: self._move(-1))
        self.down.clicked.connect(lambda: self._move(1))
        self.add_button.clicked.connect(self._add_course)
        self._loading = False
        self.update_preview()

    # --- courses ----------------------------------------------------------------
    def _add_step(self, ref: str, title: str) -> None:
        item = QListWidgetItem(title, self.steps)
        item.setData(STEP_KEY, ref)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked)

    def _move(self, by: int) -> None:
        row = self.steps.currentRow()
        to = row + by
        if row < 0 or not 0 <= to < self.steps.count():
            return
        item = self.steps.takeItem(row)
        self.steps.insertItem(to, item)
        self.steps.setCurrentRow(to)
        self.update_preview()

    def _add_course(self) -> None:
        ref = self.add_combo.currentData()
        if not ref:
            return
        self._add_step(str(ref), self.add_combo.currentText())
        self.add_combo.removeItem(self.add_combo.currentIndex())
        self.update_preview()

    # --- the edit -----------------------------------------------------------------
    def choices(self) -> EditChoices:
        """The choices the controls hold; ValueError with a message for a bad field."""
        t = self.session.time()
        steps = tuple(
            str(self.steps.item(i).data(STEP_KEY))
            for i in range(self.steps.count())
            if self.steps.item(i).checkState() == Qt.CheckState.Checked
        )
        by_date = self.by_date.isChecked()
        return dataclasses.replace(
            self.before,
            hours_per_week=self.hours.value(),
            study_days=frozenset(i for i, box in enumerate(self.days) if box.isChecked()),
            session_start=time(t.hour(), t.minute()),
            max_session_hours=self.longest.value() or None,
            days_off=parse_days_off(self.off.text()),
            exam_date=self.exam.day() if by_date else None,
            prep_weeks=None if by_date else self.weeks.value(),
            timezone=self.zone.text().strip() or self.before.timezone,
            steps=steps,
            review_share=self.review.share(),
        )

    def update_preview(self) -> None:
        if self._loading:
            return
        self.exam.setEnabled(self.by_date.isChecked())
        self.weeks.setEnabled(not self.by_date.isChecked())
        try:
            choices = self.choices()
        except ValueError as exc:
            self._show_problem(str(exc))
            return
        if choices.timezone != self.before.timezone:
            from planner.ical.zones import UnknownTimezoneError, load_zone

            try:
                load_zone(choices.timezone)
            except UnknownTimezoneError:
                self._show_problem(
                    self.tr("“{0}” is not a known time zone (e.g. Europe/Berlin)").format(
                        choices.timezone
                    )
                )
                return
        preview, problem = self.controller.attempt(
            lambda: preview_edit(
                self.controller.service, self.snapshot.id, choices, self.controller.catalog()
            )
        )
        self.preview = preview
        if preview is None:
            self._show_problem(problem)
            return
        items = (*self.snapshot.items, *(preview.schedule.items if preview.schedule else ()))
        self.moves.set_moves(preview.moves, {it.key: it.shown_group for it in items})
        self._show_fixes(preview.fixes)
        self.save.setEnabled(preview.can_apply)
        if preview.error:
            self.summary.setText(self.tr("Cannot make this plan: {0}.").format(preview.error))
            return
        lines = [str(m) for m in preview.change_messages] or [self.tr("Nothing changed yet.")]
        if preview.diagnosis is not None:
            lines.append(
                self.tr("Does not fit: {0}. Nothing is saved until it fits:").format(
                    say(preview.diagnosis)
                )
            )
        elif preview.schedule is not None and preview.changes:
            from planner.ui.formatting import date_text

            s = preview.schedule
            tail = []
            if s.exam_date:
                tail.append(self.tr("exam {0}").format(date_text(s.exam_date)))
            if s.end_date:
                tail.append(self.tr("last session {0}").format(date_text(s.end_date)))
            count = len(preview.moves)
            tail.append(
                self.tr("nothing moves") if count == 0 else self.tr("%n item(s) move", "", count)
            )
            lines.append(" · ".join(tail))
        self.summary.setText("\n".join(lines))

    def _show_problem(self, text: str) -> None:
        self.preview = None
        self.summary.setText(text)
        self.moves.set_moves(())
        self._show_fixes(())
        self.save.setEnabled(False)

    def _show_fixes(self, fixes: tuple[Fix, ...]) -> None:
        self._fixes = fixes[:MAX_FIX_BUTTONS]
        for i, button in enumerate(self.fix_buttons):
            if i < len(self._fixes):
                text = say(self._fixes[i])
                button.setText(text[:1].upper() + text[1:])
                button.show()
            else:
                button.hide()

    def use_fix(self, index: int) -> None:
        """One click: the controls take the fix's values, and the preview follows."""
        fix = self._fixes[index]
        self._loading = True
        if fix.hours_per_week is not None:
            self.hours.setValue(fix.hours_per_week)
        if fix.exam_date is not None:
            self.by_date.setChecked(True)
            self.exam.setDate(fix.exam_date)
        if fix.study_days is not None:
            for i, box in enumerate(self.days):
                box.setChecked(i in fix.study_days)
        for i in range(self.steps.count()):
            item = self.steps.item(i)
            if item.data(STEP_KEY) in fix.drop:
                item.setCheckState(Qt.CheckState.Unchecked)
        self._loading = False
        self.update_preview()

    def apply(self) -> None:
        if self.preview is None or not self.preview.can_apply or self.preview.schedule is None:
            return
        from planner.services.operations import OpKind

        if self.controller.apply_schedule(self.preview.schedule, OpKind.EDIT_SETTINGS, EDIT_LABEL):
            self.accept()


def run_edit_plan_dialog(parent: QWidget, controller: PlanController) -> bool:
    """Show Edit Plan; True if an edit was saved (tests replace this)."""
    dialog = EditPlanDialog(controller, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
