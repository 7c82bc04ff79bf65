"""Record a booked sitting of the real exam: day, start, online or at a test centre, and
the confirmation. Saving is one undoable operation."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from planner.ui.controller import PlanController
from planner.ui.date_field import DateField
from planner.ui.dialogs.common import describe
from planner.ui.dialogs.record_form import exec_modal, finish_form, intro_label, save_or_explain


class BookingDialog(QDialog):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog-booking")
        self.setWindowTitle(self.tr("Book the exam"))
        self.controller = controller
        view = controller.view
        exam = view.snapshot.baseline.exam_date if view else None
        day = exam or controller.today()
        intro = intro_label(
            self.tr(
                "Enter the sitting you booked with the test provider. Study Planner then "
                "shows until when you can reschedule it free of charge, and after a result "
                "the earliest retake or the renewal window."
            ),
            self,
        )
        self.date = describe(
            DateField(None, self),
            "booking-date",
            self.tr("The day of the exam"),
            self.tr("Exam day"),
        )
        self.date.setCalendarPopup(True)
        self.date.setDate(day)
        self.time = describe(
            QTimeEdit(self),
            "booking-time",
            self.tr("When the exam starts, local time"),
            self.tr("Start time"),
        )
        self.time.setDisplayFormat("HH:mm")
        self.time.setTime(QTime(9, 0))
        self.delivery = describe(
            QComboBox(self),
            "booking-delivery",
            self.tr("Online proctored, or at a test centre"),
            self.tr("Delivery"),
        )
        self.delivery.addItem(self.tr("Online"), "online")
        self.delivery.addItem(self.tr("At a test centre"), "test-centre")
        self.confirmation = describe(
            QLineEdit(self),
            "booking-confirmation",
            self.tr("The booking's confirmation number or text"),
            self.tr("Confirmation"),
        )
        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.date)
        form.addRow(self.tr("&Starts at:"), self.time)
        form.addRow(self.tr("D&elivery:"), self.delivery)
        form.addRow(self.tr("&Confirmation:"), self.confirmation)
        save = (self.tr("&Save booking"), self.tr("Record the booking (Ctrl+Z takes it back)"))
        self.message, self.buttons = finish_form(self, "booking", intro, form, save, self.save)
        self.setMinimumWidth(480)

    def save(self) -> None:
        from planner.services.operations import BookExam

        view = self.controller.view
        if view is None:
            return
        t = self.time.time()
        op = BookExam(
            view.snapshot.id,
            self.date.day(),
            str(self.delivery.currentData()),
            f"{time(t.hour(), t.minute()):%H:%M}",
            self.confirmation.text(),
        )
        not_saved = self.tr("The booking was not saved.")
        save_or_explain(self, self.controller, op, self.message, not_saved)


def run_booking_dialog(parent: QWidget, controller: PlanController) -> bool:
    """Show the dialog modally; True if a booking was saved. Tests replace this."""
    return exec_modal(BookingDialog(controller, parent))
