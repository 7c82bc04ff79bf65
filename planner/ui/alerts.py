"""What changed in the catalog under the current plan: a banner on This week and a
button in the status bar, each offering the fix (switch to the successor, or keep the
plan as it is). Both fixes are one operation, taken back by one Ctrl+Z.

The alerts are worked out once per change of the current plan, after the window has
painted (the catalog loads on first use), by :class:`AlertSource`; the banner and the
status-bar button only show what it found (:mod:`planner.services.alerts`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.controller import PlanController
from planner.ui.i18n import say

if TYPE_CHECKING:
    from planner.services.alerts import AlertReport, PlanAlert, SwitchPreview


def ask_switch(parent: QWidget, preview: SwitchPreview) -> bool:
    """Show what the switch moves and ask to go ahead (tests replace this function)."""
    answer = QMessageBox.question(
        parent,
        parent.tr("Switch exam"),
        switch_summary(preview),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def switch_summary(preview: SwitchPreview) -> str:
    """The preview in words: the exam, what leaves and joins the exam block, what moves."""
    to = preview.new_exam
    lines = [f"{preview.old_exam} → {to.name} ({to.exam_code})", ""]
    lines += [f"− {i.shown_title} ({i.hours:g} h)" for i in preview.removed]
    lines += [f"+ {i.shown_title} ({i.hours:g} h)" for i in preview.added]
    lines += [f"= {i.shown_title}: done, kept" for i in preview.kept_done]
    moved = [m for m in preview.replan.result.moves if m.days]
    if moved:
        lines += ["", f"{len(moved)} item(s) move; the exam date stays."]
    lines += ["", "Done work stays. Undo (Ctrl+Z) takes the switch back."]
    return "\n".join(lines)


class AlertSource(QObject):
    """The current plan's alerts, worked out after each change (once, for every view)."""

    updated = Signal()

    def __init__(self, controller: PlanController) -> None:
        super().__init__(controller)
        self.controller = controller
        self.report: AlertReport | None = None
        self._pending = False
        controller.changed.connect(self._schedule)
        self._schedule()

    @staticmethod
    def of(controller: PlanController) -> AlertSource:
        source = controller.findChild(AlertSource)
        return source if isinstance(source, AlertSource) else AlertSource(controller)

    def _schedule(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.update)

    def update(self) -> None:
        """Work the alerts out now (the timer does it after a change)."""
        self._pending = False
        self.report = self._read()
        self.updated.emit()

    def _read(self) -> AlertReport | None:
        view = self.controller.view
        if view is None or not view.snapshot.certification_id or not self.controller.is_open:
            return None
        from planner.services.alerts import plan_alerts

        found, _ = self.controller.attempt(
            lambda: plan_alerts(
                self.controller.service, view.snapshot, self.controller.catalog(), view.today
            )
        )
        return found

    @property
    def alerts(self) -> tuple[PlanAlert, ...]:
        return self.report.alerts if self.report is not None else ()

    # --- the fixes --------------------------------------------------------------------
    def switch(self, parent: QWidget, to: str | None = None) -> bool:
        """Preview the switch to ``to`` (default: the successor), ask, then apply."""
        from planner.services.alerts import switch_exam
        from planner.services.operations import ApplySchedule, OpKind

        c = self.controller
        if c.view is None:
            return False
        plan_id = c.view.snapshot.id
        preview, message = c.attempt(
            lambda: switch_exam(c.service, plan_id, c.catalog(), to, apply=False)
        )
        if preview is None:
            c.error.emit(message)
            return False
        diagnosis = preview.replan.schedule.diagnosis
        if diagnosis is not None:
            c.error.emit(
                parent.tr("After the switch the rest does not fit before the exam: {0}.").format(
                    say(diagnosis)
                )
            )
            return False
        if not ask_switch(parent, preview):
            return False
        op = ApplySchedule(
            plan_id, preview.replan.schedule, OpKind.SWITCH_EXAM, preview.label, preview.facts
        )
        if c.run(op) is None:
            return False
        c.notice.emit(
            parent.tr("Now planned for {0}; done work stays. Undo (Ctrl+Z) takes it back.").format(
                preview.new_exam.exam_code
            )
        )
        return True

    def keep(self) -> bool:
        """Keep the plan as it is: the alerts shown stop showing (undoable)."""
        from planner.services.alerts import facts_for
        from planner.services.operations import KeepAsIs

        c = self.controller
        if c.view is None or not self.alerts:
            return False
        snap = c.view.snapshot
        keys = tuple(a.key for a in self.alerts)
        facts, message = c.attempt(lambda: facts_for(c.service, snap).to_dict())
        if facts is None:
            c.error.emit(message)
            return False
        if c.run(KeepAsIs(snap.id, keys, facts)) is None:
            return False
        c.notice.emit(self.tr("The plan stays as it is. Undo (Ctrl+Z) brings the alert back."))
        return True


def _switch_text(report: AlertReport | None) -> str:
    return next((a.action_text for a in report.alerts if a.switch_to), "") if report else ""


class AlertBanner(QFrame):
    """This week's banner: what changed, and the two ways out."""

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("this-week-alert")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("What changed in the catalog"))
        # The theme's alternate background sets it apart from the week (a palette role,
        # not a style sheet, so it follows a change of theme).
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        self.source = AlertSource.of(controller)
        self.heading = QLabel(self)
        self.heading.setObjectName("this-week-alert-heading")
        self.heading.setAccessibleName(self.tr("Catalog changes"))
        self.message = QLabel(self)
        self.message.setObjectName("this-week-alert-message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("What changed"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.switch_button = QPushButton(self)
        self.switch_button.setObjectName("this-week-alert-switch")
        self.switch_button.setAccessibleName(self.tr("Switch to the new exam"))
        self.switch_button.setToolTip(
            self.tr("Re-plan the exam block for the new exam; done work stays (undoable)")
        )
        self.keep_button = QPushButton(self.tr("Keep as is"), self)
        self.keep_button.setObjectName("this-week-alert-keep")
        self.keep_button.setAccessibleName(self.tr("Keep the plan as it is"))
        self.keep_button.setToolTip(
            self.tr("Keep the plan as it is; these alerts stop showing (undoable)")
        )
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.switch_button)
        buttons.addWidget(self.keep_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.switch_button.clicked.connect(lambda: self.source.switch(self, self._target()))
        self.keep_button.clicked.connect(self.source.keep)
        self.source.updated.connect(self.refresh)
        self.refresh()

    def _target(self) -> str | None:
        return next((a.switch_to for a in self.source.alerts if a.switch_to), None)

    def refresh(self) -> None:
        alerts = self.source.alerts
        self.setVisible(bool(alerts))
        if not alerts:
            return
        self.heading.setText(
            "<b>" + self.tr("The catalog changed under this plan") + "</b>"
            if len(alerts) == 1
            else "<b>"
            + self.tr("The catalog changed under this plan (%n change(s))", "", len(alerts))
            + "</b>"
        )
        lines = [a.message_text for a in alerts]
        report = self.source.report
        note = str(report.note_said or report.note) if report else ""
        self.message.setText("\n".join(lines + ([note] if note else [])))
        text = _switch_text(self.source.report)
        self.switch_button.setText(text)
        self.switch_button.setVisible(bool(text))


class AlertStatus(QToolButton):
    """The status bar's word on catalog changes; a click offers the switch."""

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("status-alert")
        self.setAutoRaise(True)
        self.setAccessibleName(self.tr("Catalog alert"))
        self.source = AlertSource.of(controller)
        self.clicked.connect(self._clicked)
        self.source.updated.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        alerts = self.source.alerts
        self.setVisible(bool(alerts))
        if not alerts:
            self.setText("")
            self.setToolTip(self.tr("What changed in the catalog under this plan"))
            return
        first = alerts[0]
        short = {
            "exam-retires": self.tr("your exam ends before the exam date"),
            "successor": self.tr("your exam has a successor"),
            "domains-changed": self.tr("the exam's domain weights changed"),
            "course-hours": self.tr("a course's hours changed"),
            "exam-removed": self.tr("your exam left the catalog"),
        }.get(first.kind, first.kind)
        more = self.tr(" (+{0} more)").format(len(alerts) - 1) if len(alerts) > 1 else ""
        switch = _switch_text(self.source.report)
        text = "⚠ " + self.tr("Catalog: {0}{1}").format(short, more)
        self.setText(text + (f" — {switch}" if switch else ""))
        self.setToolTip("\n\n".join(f"{a.message_text}\n{a.fix_text}" for a in alerts))

    def _clicked(self) -> None:
        to = next((a.switch_to for a in self.source.alerts if a.switch_to), None)
        if to is not None:
            self.source.switch(self.window(), to)
            return
        show_view = getattr(self.window(), "show_view", None)
        if show_view is not None:
            show_view(0)  # This week, where the banner offers "Keep as is"
