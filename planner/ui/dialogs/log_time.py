"""Log time…: hours studied on a module on any day up to today (one undoable step).

The date field accepts typing (``yyyy-MM-dd``) as well as the calendar popup and
stops at today; the service refuses what cannot be right (a day years before the
plan) with its message through the app's one error route, and nothing is stored.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from planner.ui.controller import PlanController
from planner.ui.date_field import DateField
from planner.ui.dialogs.common import describe, explain_buttons
from planner.ui.views.parts import ElidedCombo


class LogTimeDialog(QDialog):
    def __init__(
        self, controller: PlanController, key: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog-log-time")
        self.setWindowTitle(self.tr("Log time"))
        self.controller = controller
        view = controller.view
        assert view is not None
        self.plan_id = view.snapshot.id
        today = controller.today()

        self.item = describe(
            ElidedCombo(self, 36),
            "log-item",
            self.tr("The module you studied"),
            self.tr("Module"),
        )
        for item in view.snapshot.items:
            self.item.addItem(f"{item.shown_group} · {item.shown_title}", item.key)
        if key is not None:
            self.item.setCurrentIndex(max(self.item.findData(key), 0))
        self.day = describe(
            DateField(parent=self), "log-date", self.tr("The day you studied (type or pick)"), "Day"
        )
        self.day.setMaximumDate(today)
        self.day.setDate(today)
        self.hours = describe(
            QDoubleSpinBox(self), "log-hours", self.tr("Hours studied"), self.tr("Hours")
        )
        self.hours.setRange(0.25, 24)
        self.hours.setSingleStep(0.25)
        self.hours.setSuffix(self.tr(" h"))
        self.hours.setValue(1.0)

        form = QFormLayout()
        form.addRow(self.tr("&Module"), self.item)
        form.addRow(self.tr("&Day"), self.day)
        form.addRow(self.tr("&Hours"), self.hours)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        explain_buttons(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        """Log it through the one error route: a refusal is shown, nothing is stored."""
        from planner.services.operations import LogHours

        self.day.commit()  # what is typed counts, even before the field is left
        on = self.day.day()
        key = str(self.item.currentData())
        if self.controller.run(LogHours(self.plan_id, key, self.hours.value(), on)) is not None:
            self.accept()


def run_log_time_dialog(parent: QWidget, controller: PlanController, key: str | None) -> bool:
    """Show Log time; True if time was logged (tests replace this)."""
    return LogTimeDialog(controller, key, parent).exec() == QDialog.DialogCode.Accepted
