"""This week: the week's study sessions, a checkbox per module, time logged inline."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.ui.alerts import AlertBanner
from planner.ui.controller import PlanController
from planner.ui.formatting import date_text, short_date, week_range
from planner.ui.models.this_week import ThisWeekModel, week_rows
from planner.ui.views.parts import HoursDelegate, cell_tooltips, view_title, week_buttons


def week_label(first: date) -> str:
    return week_range(first)


class ThisWeekView(QWidget):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view-this-week")
        self.controller = controller
        self.week_start: date | None = None  # None: the week holding today

        self.title = view_title(self)
        self.title.setObjectName("this-week-title")
        self.prev_button, self.today_button, self.next_button = week_buttons(
            self, "this-week", ("Alt+Left", "Alt+Home", "Alt+Right"), shortcuts=True
        )
        from planner.ui.study_timer import StudyTimer

        self.timer = StudyTimer(controller, self)
        self.timer_button = QPushButton(self.tr("Start timer"), self)
        self.timer_button.setObjectName("this-week-timer")
        self.timer_button.setToolTip(
            self.tr("Start timing the selected session; Stop logs the time studied")
        )
        self.timer_button.setAccessibleName(self.tr("Study timer"))
        self.log_button = QPushButton(self.tr("Log time…"), self)
        self.log_button.setObjectName("this-week-log")
        self.log_button.setToolTip(self.tr("Log hours studied on any day up to today"))
        self.log_button.setAccessibleName(self.tr("Log time"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (
            self.timer_button,
            self.log_button,
            self.prev_button,
            self.today_button,
            self.next_button,
        ):
            buttons.addWidget(button)
        # The title beside the buttons when both fit, above them in a narrow window.
        header = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        header.addWidget(self.title, 1)
        header.addLayout(buttons)
        self.header = header

        self.model = ThisWeekModel(self)
        self.table = cell_tooltips(QTableView(self))
        self.table.setObjectName("this-week-table")
        self.table.setAccessibleName(self.tr("This week's study sessions"))
        self.table.setToolTip(
            self.tr("Space ticks a module off; F2 on Logged records time studied today")
        )
        self.table.setModel(self.model)
        # Tab leaves the table (arrows move between cells), so the week buttons are reachable.
        self.table.setTabKeyNavigation(False)
        self.table.setItemDelegateForColumn(
            ThisWeekModel.LOGGED, HoursDelegate(0.0, 10000.0, self.tr("Hours logged"), self.table)
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(ThisWeekModel.DAY, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(ThisWeekModel.MODULE, QHeaderView.ResizeMode.Stretch)
        hh.setSectionResizeMode(ThisWeekModel.HOURS, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(ThisWeekModel.LOGGED, QHeaderView.ResizeMode.ResizeToContents)

        self.empty = QLabel(self)
        self.empty.setObjectName("this-week-empty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.jump = QPushButton(self)  # to the next session, when this week holds none
        self.jump.setObjectName("this-week-jump")
        self.jump.setToolTip(self.tr("Show the week of the next study session"))
        self.jump.setAccessibleName(self.tr("Go to the next study session"))
        self.jump.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("this-week-summary")
        self.milestone = QLabel(self)
        self.milestone.setObjectName("this-week-milestone")
        self.exam = QLabel(self)
        self.exam.setObjectName("this-week-exam")
        for label in (self.summary, self.milestone, self.exam):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)  # a long module title wraps rather than widening the window

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        self.alert = AlertBanner(controller, self)  # what changed in the catalog, and the fix
        layout.addWidget(self.alert)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.jump, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.summary)
        layout.addWidget(self.milestone)
        layout.addWidget(self.exam)

        self.prev_button.clicked.connect(lambda: self.shift(-1))
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.today_button.clicked.connect(self.go_to_today)
        self.jump.clicked.connect(self.go_to_next_session)
        self.timer_button.clicked.connect(self.toggle_timer)
        self.log_button.clicked.connect(self.log_time)
        self.timer.changed.connect(self._timer_changed)
        self.model.doneRequested.connect(self.controller.set_done)
        self.model.loggedRequested.connect(self._log)
        self.controller.changed.connect(self.refresh)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place_title(event.size().width())
        super().resizeEvent(event)

    def _place_title(self, width: int) -> None:
        buttons = (
            self.timer_button,
            self.log_button,
            self.prev_button,
            self.today_button,
            self.next_button,
        )
        need = QFontMetrics(self.title.font()).horizontalAdvance(self.title.text())
        need += sum(b.sizeHint().width() + 6 for b in buttons) + 40
        wide = need <= width
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.header.direction() != direction:
            self.header.setDirection(direction)

    # --- navigation ---------------------------------------------------------
    def current_week(self) -> date:
        from planner.core.scheduler import week_start_of

        view = self.controller.view
        if view is None:
            return week_start_of(date.today(), 0)
        if self.week_start is not None:
            return self.week_start
        first_day = view.snapshot.settings.week_start
        week = week_start_of(view.today, first_day)
        sessions = view.snapshot.baseline.sessions
        if sessions and sessions[0].day > view.today:  # a plan not started: its first week
            week = max(week, week_start_of(sessions[0].day, first_day))
        return week

    def next_session_day(self) -> date | None:
        """The day of the first session after the week shown, if there is one."""
        view = self.controller.view
        if view is None:
            return None
        end = self.current_week() + timedelta(days=7)
        return next((s.day for s in view.snapshot.baseline.sessions if s.day >= end), None)

    def go_to_next_session(self) -> None:
        from planner.core.scheduler import week_start_of

        view, day = self.controller.view, self.next_session_day()
        if view is None or day is None:
            return
        self.week_start = week_start_of(day, view.snapshot.settings.week_start)
        self.refresh()

    def shift(self, weeks: int) -> None:
        self.week_start = self.current_week() + timedelta(weeks=weeks)
        self.refresh()

    def go_to_today(self) -> None:
        from planner.core.scheduler import week_start_of

        view = self.controller.view
        self.week_start = (
            week_start_of(view.today, view.snapshot.settings.week_start) if view else None
        )
        self.refresh()

    def selected_key(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(rows[0].data(ThisWeekModel.KEY_ROLE))

    def toggle_timer(self) -> None:
        """Stop the running timer (logging the time), or start one on the selected row."""
        view = self.controller.view
        if self.timer.current is not None:
            self.timer.stop()
            return
        key = self.selected_key() or next((r.item_key for r in self.model.rows()), None)
        if view is not None and key is not None:
            self.timer.start(view.snapshot.id, key)

    def _timer_changed(self, text: str) -> None:
        self.timer_button.setText(self.tr("Stop timer") if text else self.tr("Start timer"))

    def log_time(self) -> None:
        if self.controller.view is None:
            return
        from planner.ui.dialogs import log_time

        log_time.run_log_time_dialog(self, self.controller, self.selected_key())

    def _log(self, key: str, hours: float) -> None:
        if hours < 0:
            self.controller.error.emit(
                self.tr("Logged time cannot go down; to take an entry back, use Undo (Ctrl+Z).")
            )
            self.refresh()
            return
        self.controller.log_hours(key, hours)

    # --- drawing ------------------------------------------------------------
    def refresh(self) -> None:
        from planner.core.scheduler import week_start_of
        from planner.ui.formatting import format_hours

        view = self.controller.view
        if view is None:
            self.week_start = None
            self.model.set_rows([])
            self.title.setText(self.tr("This week"))
            for label in (self.summary, self.milestone, self.exam):
                label.clear()
            return
        snap, status = view.snapshot, view.status
        first = self.current_week()
        this_week = week_start_of(view.today, snap.settings.week_start)
        rows = week_rows(
            snap.baseline, snap.items, snap.ledger.done, snap.ledger.logged_by_item(), first
        )
        self.model.set_rows(rows)
        prefix = self.tr("This week") if first == this_week else self.tr("Week")
        self.title.setText(f"{prefix} · {week_label(first)}")
        self._place_title(self.width())
        self.today_button.setEnabled(first != this_week)
        has_rows = bool(rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if not has_rows:
            self.empty.setText(self.tr("No study sessions this week."))
        following = None if has_rows else self.next_session_day()
        self.jump.setVisible(following is not None)
        if following is not None:
            self.jump.setText(
                self.tr("Next session: {0} ›").format(short_date(following, weekday=True))
            )

        planned = sum(r.hours for r in rows)
        done = sum(r.hours for r in rows if r.done)
        end = first + timedelta(days=7)
        logged = sum(x.hours for x in snap.ledger.logged if first <= x.day < end)
        self.summary.setText(
            self.tr("{0} h planned · {1} h done · {2} h logged · {3}").format(
                format_hours(planned),
                format_hours(done),
                format_hours(round(logged, 2)),
                str(status.state_message),
            )
        )
        from planner.core.progress import next_milestone

        reached = next_milestone(
            snap.baseline.milestones, snap.items, snap.ledger.done, min(first, this_week)
        )
        upcoming = [reached] if reached else []  # never a course already finished
        self.milestone.setText(
            self.tr("Next milestone: {0} · {1}").format(
                upcoming[0].shown_title, short_date(upcoming[0].day)
            )
            if upcoming
            else ""
        )
        self.milestone.setVisible(bool(upcoming))
        if status.exam_date is not None:
            days = status.days_to_exam or 0
            name = status.exam_name or self.tr("Exam")
            if days == 0:
                when = self.tr("today")
            elif days == 1:
                when = self.tr("tomorrow")
            elif days > 0:
                when = self.tr("in %n day(s)", "", days)
            else:
                when = self.tr("%n day(s) ago", "", -days) if days < -1 else self.tr("yesterday")
            self.exam.setText(f"{name} · {date_text(status.exam_date)} · {when}")
        else:
            self.exam.setText(self.tr("No exam date set"))
