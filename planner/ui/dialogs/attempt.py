"""Record (or edit) a practice-exam attempt: date, overall score, score per domain, source.

Checked as the user types: a score is a percentage from 0 to 100 or left empty, the
date is not in the future, and at least one score is given. Saving is one undoable
operation; a failure the services report is shown here, in the dialog.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from planner.ui.controller import PlanController
from planner.ui.date_field import DateField
from planner.ui.dialogs.common import describe
from planner.ui.dialogs.record_form import exec_modal, finish_form, intro_label, save_or_explain
from planner.ui.formatting import date_text

if TYPE_CHECKING:
    from planner.core.readiness import Attempt, ExamDomain
    from planner.services.operations import AttemptEntry


class AttemptDialog(QDialog):
    def __init__(
        self,
        controller: PlanController,
        domains: tuple[ExamDomain, ...],
        attempt: Attempt | None = None,
        parent: QWidget | None = None,
        report_day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog-attempt")
        self.controller = controller
        self.domains = domains
        self.attempt = attempt
        self.setWindowTitle(
            self.tr("Edit attempt")
            if attempt
            else self.tr("Enter the score report")
            if report_day
            else self.tr("Record a practice-exam attempt")
        )
        today = controller.today()
        self.today = today
        intro = intro_label(
            self.tr(
                "Enter what your score report says: the overall score if it gives one, and "
                "the figure per exam domain. It counts like an attempt of that day."
            )
            if report_day
            else self.tr(
                "Enter what your practice test reported: the overall score and, if it gives "
                "them, the score per exam domain. Leave a domain empty if it has no figure."
            ),
            self,
        )
        self.date = describe(
            DateField(None, self),
            "attempt-date",
            self.tr("The day you sat the test"),
            self.tr("Date"),
        )
        self.date.setCalendarPopup(True)
        self.date.setMaximumDate(today)
        self.date.setDate(attempt.taken_on if attempt else report_day or today)
        self.score = describe(
            QLineEdit(self),
            "attempt-score",
            self.tr("Overall score in percent, e.g. 72"),
            self.tr("Overall score in percent"),
        )
        self.score.setPlaceholderText(self.tr("e.g. 72"))
        self.source = describe(
            QLineEdit(self),
            "attempt-source",
            self.tr("Where the test comes from, e.g. the official practice exam"),
            self.tr("Source"),
        )
        self.source.setPlaceholderText(self.tr("e.g. Official practice exam"))
        form = QFormLayout()
        form.addRow(self.tr("&Date:"), self.date)
        form.addRow(self.tr("&Overall score (%):"), self.score)
        form.addRow(self.tr("&Source:"), self.source)
        self.domain_edits: list[QLineEdit] = []
        given = {d.domain: d.score for d in attempt.domains} if attempt else {}
        for n, domain in enumerate(domains, start=1):
            edit = describe(
                QLineEdit(self),
                f"attempt-domain-{n}",
                self.tr("Score for “{0}” in percent; empty if not given").format(domain.name),
                domain.name,
            )
            edit.setPlaceholderText(self.tr("—"))
            if domain.name in given:
                edit.setText(f"{given[domain.name]:g}")
            label = QLabel(self.tr("{0}. {1} ({2:g}%):").format(n, domain.name, domain.weight))
            label.setBuddy(edit)
            form.addRow(label, edit)
            self.domain_edits.append(edit)
        if attempt:
            self.score.setText("" if attempt.score is None else f"{attempt.score:g}")
            self.source.setText(attempt.source)
        elif report_day:
            self.source.setText(
                self.tr("Score report of the exam on {0}").format(date_text(report_day))
            )
        save = (self.tr("&Save attempt"), self.tr("Record the attempt (Ctrl+Z takes it back)"))
        self.message, self.buttons = finish_form(self, "attempt", intro, form, save, self.save)
        for edit in (self.score, *self.domain_edits):
            edit.textChanged.connect(self.check)
        self.date.dateChanged.connect(self.check)
        self.setMinimumWidth(640)
        self.check()

    def _number(self, edit: QLineEdit, what: str) -> tuple[float | None, str]:
        text = edit.text().strip().rstrip("%").strip().replace(",", ".")
        if not text:
            return None, ""
        try:
            value = float(text)
        except ValueError:
            return None, self.tr("{0}: “{1}” is not a number.").format(what, edit.text().strip())
        if not 0 <= value <= 100:
            return None, self.tr("{0}: a percentage runs from 0 to 100.").format(what)
        return value, ""

    def entry(self) -> tuple[AttemptEntry | None, str]:
        """The attempt as entered, or None and what to fix."""
        from planner.services.operations import AttemptEntry

        score, problem = self._number(self.score, self.tr("Overall score"))
        if problem:
            return None, problem
        domains: list[tuple[str, float]] = []
        for n, (domain, edit) in enumerate(zip(self.domains, self.domain_edits, strict=True), 1):
            value, problem = self._number(edit, domain.name)
            if problem:
                return None, problem
            if value is not None:
                domains.append((str(n), value))
        if score is None and not domains:
            return None, self.tr("Enter the overall score or at least one domain's score.")
        return AttemptEntry(self.date.day(), score, tuple(domains), self.source.text()), ""

    def check(self) -> None:
        entry, problem = self.entry()
        self.message.setText(problem)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(entry is not None)

    def save(self) -> None:
        from planner.services.operations import EditAttempt, RecordAttempts

        entry, problem = self.entry()
        if entry is None:
            self.message.setText(problem)
            return
        view = self.controller.view
        if view is None:
            return
        plan = view.snapshot.id
        op = (
            EditAttempt(plan, self.attempt.id, entry)
            if self.attempt
            else RecordAttempts(plan, (entry,))
        )
        not_saved = self.tr("The attempt was not saved.")
        save_or_explain(self, self.controller, op, self.message, not_saved)


def run_attempt_dialog(
    parent: QWidget,
    controller: PlanController,
    domains: tuple[ExamDomain, ...],
    attempt: Attempt | None = None,
    report_day: date | None = None,
) -> bool:
    """Show the dialog modally; True if an attempt was saved (``report_day``: the score
    report of the sitting on that day). Tests replace this."""
    return exec_modal(AttemptDialog(controller, domains, attempt, parent, report_day))
