"""The Readiness view: am I ready to book the exam?

One sentence first ("Ready to book: …" / "Not yet: …"), then one bar per exam domain
against its target (with the spread of the attempts around the estimate), the trend
of the overall score across attempts, the attempts themselves, and how a re-plan would
steer the remaining preparation toward the weak domains. The rule is
:mod:`planner.core.readiness`; the README's "Exam readiness" explains it.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QDoubleSpinBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from planner.core.catalog import ExamPolicy
from planner.core.logistics import Result, Sitting
from planner.core.readiness import (
    DEFAULT_MARGIN,
    DEFAULT_PASS_MARK,
    Attempt,
    ExamDomain,
    Readiness,
    Shift,
    pass_mark_of,
    plan_domains,
    readiness,
    reweight,
)
from planner.ui.charts import series_colours
from planner.ui.controller import PlanController
from planner.ui.dialogs.common import describe
from planner.ui.formatting import date_text, format_hours, short_date
from planner.ui.i18n import say
from planner.ui.models.base import ROOT, ColumnTitles, Index
from planner.ui.views.parts import FlowLayout, cell_tooltips


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0f} %"


def overall_of(attempt: Attempt) -> float | None:
    """The attempt's overall score, or the mean of its domain scores if it gave none."""
    if attempt.score is not None:
        return attempt.score
    if attempt.domains:
        return sum(d.score for d in attempt.domains) / len(attempt.domains)
    return None


class DomainBars(QWidget):
    """One bar per domain: the estimate, its spread, and the target as a line."""

    ROW = 28.0

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readiness-domain-bars")
        self.setAccessibleName(self.tr("Readiness per exam domain"))
        self.state: Readiness | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_state(self, state: Readiness | None) -> None:
        self.state = state
        self.setMinimumHeight(int(self.ROW * max(len(state.domains) if state else 1, 1) + 28))
        self.setAccessibleDescription(self.summary())
        self.setToolTip(self.summary())
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        rows = len(self.state.domains) if self.state else 1
        return QSize(560, int(self.ROW * rows + 28))

    def summary(self) -> str:
        if self.state is None:
            return ""
        return "\n".join(
            self.tr("{0}: {1} against {2}").format(d.label, _pct(d.estimate), _pct(d.target))
            for d in self.state.domains
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        state = self.state
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = series_colours(self.palette())
        if state is None:
            p.end()
            return
        fm = QFontMetricsF(p.font())
        label_w = min(max(self.width() * 0.42, 160.0), 340.0)
        value_w = fm.horizontalAdvance("100 %") + 12
        left = label_w + 8
        width = max(self.width() - left - value_w - 8, 40.0)
        # The 0–100 % axis at the bottom.
        p.setPen(colours["muted"])
        axis_y = self.ROW * len(state.domains) + 6
        for tick in (0, 25, 50, 75, 100):
            x = left + width * tick / 100
            p.drawText(QRectF(x - 20, axis_y, 40, 18), Qt.AlignmentFlag.AlignHCenter, f"{tick} %")
        for row, d in enumerate(state.domains):
            top = row * self.ROW
            mid = top + self.ROW / 2
            p.setPen(colours["text"])
            name = fm.elidedText(
                f"{d.label} ({format_hours(d.weight)}%)", Qt.TextElideMode.ElideRight, label_w
            )
            p.drawText(
                QRectF(0, top, label_w, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                name,
            )
            track = QRectF(left, mid - 7, width, 14)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colours["grid"])
            p.drawRoundedRect(track, 3, 3)
            if d.estimate is not None:
                good = d.estimate >= d.target
                p.setBrush(colours["done"] if good else colours["exam"])
                p.drawRoundedRect(QRectF(left, mid - 7, width * d.estimate / 100, 14), 3, 3)
                if d.spread:
                    low = max(d.estimate - d.spread, 0.0)
                    high = min(d.estimate + d.spread, 100.0)
                    p.setPen(QPen(colours["text"], 1.5))
                    y = mid + 10
                    p.drawLine(
                        QPointF(left + width * low / 100, y), QPointF(left + width * high / 100, y)
                    )
                    for edge in (low, high):
                        x = left + width * edge / 100
                        p.drawLine(QPointF(x, y - 3), QPointF(x, y + 3))
            x = left + width * d.target / 100
            p.setPen(QPen(colours["text"], 2))
            p.drawLine(QPointF(x, mid - 11), QPointF(x, mid + 11))
            p.setPen(colours["text"])
            p.drawText(
                QRectF(left + width + 8, top, value_w, self.ROW),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                _pct(d.estimate),
            )
        p.end()


class TrendChart(QWidget):
    """The overall score of each attempt, oldest first, against the target."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("readiness-trend")
        self.setAccessibleName(self.tr("Score trend across attempts"))
        self.points: list[tuple[str, float]] = []
        self.target = 0.0
        self.setMinimumSize(280, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_data(self, attempts: list[Attempt], target: float) -> None:
        self.points = [
            (short_date(a.taken_on), s) for a in attempts if (s := overall_of(a)) is not None
        ]
        self.target = target
        text = ", ".join(f"{day}: {s:.0f} %" for day, s in self.points)
        self.setAccessibleDescription(text)
        self.setToolTip(text or self.tr("No attempts yet"))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = series_colours(self.palette())
        title = p.font()
        title.setBold(True)
        p.setFont(title)
        p.setPen(colours["text"])
        p.drawText(QRectF(8, 2, self.width() - 16, 20), self.tr("Overall score by attempt"))
        title.setBold(False)
        p.setFont(title)
        plot = QRectF(44, 28, max(self.width() - 80, 10), max(self.height() - 56, 10))
        for tick in (0, 50, 100):
            y = plot.bottom() - plot.height() * tick / 100
            p.setPen(QPen(colours["grid"], 1))
            p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            p.setPen(colours["muted"])
            p.drawText(QRectF(0, y - 9, 38, 18), Qt.AlignmentFlag.AlignRight, f"{tick} %")
        if not self.points:
            p.setPen(colours["muted"])
            p.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No attempts yet"))
            p.end()
            return
        ty = plot.bottom() - plot.height() * self.target / 100
        pen = QPen(colours["exam"], 1.5, Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.drawLine(QPointF(plot.left(), ty), QPointF(plot.right(), ty))
        p.drawText(
            QRectF(plot.left() + 4, ty - 18, 160, 16),
            self.tr("target {0}").format(_pct(self.target)),
        )
        n = len(self.points)
        step = plot.width() / max(n - 1, 1)
        xy = [
            QPointF(
                plot.left() + (step * i if n > 1 else plot.width() / 2),
                plot.bottom() - plot.height() * s / 100,
            )
            for i, (_, s) in enumerate(self.points)
        ]
        p.setPen(QPen(colours["done"], 2))
        for a, b in pairwise(xy):
            p.drawLine(a, b)
        p.setBrush(colours["done"])
        for point, (day, _) in zip(xy, self.points, strict=True):
            p.drawEllipse(point, 3.5, 3.5)
            p.setPen(colours["muted"])
            p.drawText(
                QRectF(point.x() - 30, plot.bottom() + 4, 60, 18),
                Qt.AlignmentFlag.AlignHCenter,
                day,
            )
            p.setPen(QPen(colours["done"], 2))
        p.end()


class AttemptsModel(ColumnTitles, QAbstractTableModel):
    """The plan's attempts, newest first: date, overall score, domains scored, source."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.attempts: list[Attempt] = []
        self._headers = (self.tr("Date"), self.tr("Score"), self.tr("Domains"), self.tr("Source"))

    def set_attempts(self, attempts: list[Attempt]) -> None:
        self.beginResetModel()
        self.attempts = list(reversed(attempts))
        self.endResetModel()

    def rowCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self.attempts)

    def columnCount(self, parent: Index = ROOT) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.attempts):
            return None
        a = self.attempts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            col = index.column()
            if col == 0:
                return date_text(a.taken_on, weekday=True)
            if col == 1:
                return _pct(a.score)
            if col == 2:
                return self.tr("{0} scored").format(len(a.domains)) if a.domains else "—"
            return a.source
        if role == Qt.ItemDataRole.ToolTipRole and a.domains:
            return "\n".join(f"{d.domain}: {d.score:g} %" for d in a.domains)
        return None


class ReadinessView(QWidget):
    """Readiness for the current plan, refreshed whenever the plan or its attempts change."""

    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view-readiness")
        self.controller = controller
        self.attempts: list[Attempt] = []
        self.domains: tuple[ExamDomain, ...] = ()
        self.state: Readiness | None = None
        self.shifts: tuple[Shift, ...] = ()

        self.sentence = QLabel(self)
        self.sentence.setObjectName("readiness-sentence")
        self.sentence.setWordWrap(True)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.sentence.setFont(font)
        self.details = QLabel(self)
        self.details.setObjectName("readiness-details")
        self.details.setWordWrap(True)
        self.record = describe(
            QPushButton(self.tr("&Record attempt…"), self),
            "readiness-record",
            self.tr("Record a practice-exam score (date, overall, per domain)"),
        )
        self.record.setDefault(True)
        self.margin = describe(
            QDoubleSpinBox(self),
            "readiness-margin",
            self.tr("Percentage points above the pass mark you want to reach"),
            self.tr("Margin above the pass mark"),
        )
        self.margin.setRange(0, 30)
        self.margin.setDecimals(0)
        self.margin.setSuffix(self.tr(" points"))
        self.margin.setValue(DEFAULT_MARGIN)
        margin_label = QLabel(self.tr("&Margin:"), self)
        margin_label.setBuddy(self.margin)
        self.book = describe(
            QPushButton(self.tr("&Book exam…"), self),
            "readiness-book",
            self.tr("Record the sitting you booked: day, time, online or test centre"),
        )
        self.passed = describe(
            QPushButton(self.tr("&Passed"), self),
            "readiness-passed",
            self.tr("Record that you passed the latest sitting (undoable)"),
        )
        self.failed = describe(
            QPushButton(self.tr("&Failed"), self),
            "readiness-failed",
            self.tr("Record that you did not pass the latest sitting (undoable)"),
        )
        self.retake = describe(
            QPushButton(self.tr("Re-pla&n for retake…"), self),
            "readiness-retake",
            self.tr("After a failed sitting: move the exam to the earliest allowed retake"),
        )
        self.logistics = QLabel(self)
        self.logistics.setObjectName("readiness-logistics")
        self.logistics.setWordWrap(True)
        self.sittings: list[Sitting] = []
        self.saved_margin: float | None = None
        self.saved_mark: float | None = None
        actions = FlowLayout()  # the buttons wrap onto a second line in a narrow window
        actions.addWidget(self.record)
        actions.addWidget(self.book)
        actions.addWidget(self.passed)
        actions.addWidget(self.failed)
        actions.addWidget(self.retake)
        margin_row = QHBoxLayout()
        margin_row.addWidget(margin_label)
        margin_row.addWidget(self.margin)
        margin_row.addStretch(1)
        # The margin beside the buttons on a wide window, under them on a narrow one.
        top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.addLayout(actions, 1)
        top.addLayout(margin_row)
        self.top_row = top
        self.action_rows = (actions, margin_row)

        self.bars = DomainBars(self)
        self.trend = TrendChart(self)
        self.model = AttemptsModel(self)
        self.table = cell_tooltips(QTableView(self))
        self.table.setObjectName("readiness-attempts")
        self.table.setAccessibleName(self.tr("Recorded attempts"))
        self.table.setToolTip(self.tr("Your attempts, newest first; double-click to edit"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        for col in (0, 1, 2):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        hh.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.edit = describe(
            QPushButton(self.tr("&Edit…"), self), "readiness-edit", self.tr("Change this attempt")
        )
        self.delete = describe(
            QPushButton(self.tr("De&lete"), self),
            "readiness-delete",
            self.tr("Delete this attempt (Ctrl+Z brings it back)"),
        )
        row_buttons = QVBoxLayout()
        row_buttons.addWidget(self.edit)
        row_buttons.addWidget(self.delete)
        row_buttons.addStretch(1)
        attempts = QHBoxLayout()
        attempts.addWidget(self.table, 1)
        attempts.addLayout(row_buttons)
        # Side by side on a wide window; the attempts under the chart on a narrow one.
        lower = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        lower.addWidget(self.trend, 2)
        lower.addLayout(attempts, 3)
        self.lower_row = lower
        self.steer = QLabel(self)
        self.steer.setObjectName("readiness-steer")
        self.steer.setWordWrap(True)
        self.steer_button = describe(
            QPushButton(self.tr("Re-plan &toward weak domains…"), self),
            "readiness-steer-replan",
            self.tr("Move remaining preparation hours toward the domains below target (undoable)"),
        )
        steer_row = QHBoxLayout()
        steer_row.addWidget(self.steer, 1)
        steer_row.addWidget(self.steer_button, 0, Qt.AlignmentFlag.AlignTop)

        # On a short window the view scrolls as a whole rather than squeezing its parts.
        body = QWidget(self)
        body.setObjectName("readiness-body")
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("readiness-scroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.sentence)
        layout.addWidget(self.details)
        layout.addWidget(self.logistics)
        layout.addLayout(top)
        layout.addWidget(self.bars)
        layout.addLayout(lower, 1)
        layout.addLayout(steer_row)
        self.scroller.setWidget(body)

        self.record.clicked.connect(self.record_attempt)
        self.edit.clicked.connect(self.edit_attempt)
        self.delete.clicked.connect(self.delete_attempt)
        self.steer_button.clicked.connect(self.steer_replan)
        self.book.clicked.connect(self.book_exam)
        self.passed.clicked.connect(lambda: self.record_result("pass"))
        self.failed.clicked.connect(lambda: self.record_result("fail"))
        self.retake.clicked.connect(self.offer_retake)
        self.table.doubleClicked.connect(lambda _=None: self.edit_attempt())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.margin.valueChanged.connect(lambda _=0.0: self.refresh(keep_margin=True))
        self.margin.editingFinished.connect(self.save_margin)
        controller.changed.connect(self.refresh)
        self.refresh()

    # --- reading ----------------------------------------------------------------
    def pass_mark(self) -> tuple[float, bool]:
        """The catalog's pass mark for the plan's exam, or 70 % (and False) if none."""
        view = self.controller.view
        if view is None:
            return DEFAULT_PASS_MARK, False
        cert_id = view.snapshot.certification_id
        catalog, _ = self.controller.attempt(self.controller.catalog)
        cert = catalog.certifications.get(cert_id) if catalog is not None else None
        mark = pass_mark_of(cert.passing_score) if cert is not None else None
        return (DEFAULT_PASS_MARK, False) if mark is None else (mark, True)

    def refresh(self, keep_margin: bool = False) -> None:
        """Re-read the plan; the margin box shows the plan's saved margin unless the
        user is changing it (``keep_margin``)."""
        from planner.services.attempts import list_attempts, list_sittings, saved_target

        view = self.controller.view
        if view is None or not self.controller.is_open:
            self.attempts, self.domains, self.state = [], (), None
        else:
            snap = view.snapshot
            svc = self.controller.service
            attempts, _ = self.controller.attempt(lambda: list_attempts(svc, snap.id))
            self.attempts = attempts or []
            sittings, _ = self.controller.attempt(lambda: list_sittings(svc, snap.id))
            self.sittings = sittings or []
            target, _ = self.controller.attempt(lambda: saved_target(svc, snap.id))
            self.saved_margin, self.saved_mark = target or (None, None)
            if not keep_margin:
                blocked = self.margin.blockSignals(True)
                self.margin.setValue(
                    DEFAULT_MARGIN if self.saved_margin is None else self.saved_margin
                )
                self.margin.blockSignals(blocked)
            self.domains = plan_domains(snap.items)
            mark, published = self.pass_mark()
            if self.saved_mark is not None:
                mark, published = self.saved_mark, True
            self.state = readiness(
                self.attempts, self.domains, view.today, mark, self.margin.value()
            )
            remaining = {
                d.key: snap.item(d.key).hours
                for d in self.domains
                if d.key and d.key not in snap.ledger.done
            }
            self.shifts = reweight(remaining, self.state)
            self._show(published)
        if self.state is None:
            self.sentence.setText(self.tr("Choose a plan to see how ready you are."))
            self.details.clear()
            self.steer.clear()
            self.sittings = []
            self.logistics.clear()
        open_sitting = self.open_sitting()
        self.book.setEnabled(self.state is not None)
        self.passed.setEnabled(open_sitting is not None)
        self.failed.setEnabled(open_sitting is not None)
        results = [s for s in self.sittings if s.result is not None]
        self.retake.setEnabled(bool(results) and results[-1].result is Result.FAIL)
        self.bars.set_state(self.state)
        self.trend.set_data(self.attempts, self.state.target if self.state else 0.0)
        self.model.set_attempts(self.attempts)
        self.record.setEnabled(self.state is not None)
        self.steer_button.setEnabled(
            self.state is not None and any(abs(s.change) > 1e-9 for s in self.shifts)
        )
        self._selection_changed()

    def open_sitting(self) -> Sitting | None:
        """The latest sitting that has taken place and has no result yet."""
        view = self.controller.view
        if view is None:
            return None
        waiting = [s for s in self.sittings if s.result is None and s.day <= view.today]
        return waiting[-1] if waiting else None

    def policy(self) -> ExamPolicy | None:
        view = self.controller.view
        if view is None:
            return None
        catalog, _ = self.controller.attempt(self.controller.catalog)
        cert = (
            catalog.certifications.get(view.snapshot.certification_id)
            if catalog is not None
            else None
        )
        return cert.policy if cert is not None else None

    def _show(self, published: bool) -> None:
        from planner.core.logistics import logistics_messages

        state = self.state
        assert state is not None
        lines = [str(m) for m in logistics_messages(self.policy(), self.sittings)]
        self.logistics.setText("\n".join(lines) if lines else self.tr("No exam booked yet."))
        self.sentence.setText(str(state.message) + ".")
        mark = (
            self.tr("pass mark {0}").format(_pct(state.pass_mark))
            if published
            else self.tr("pass mark {0} assumed (not published)").format(_pct(state.pass_mark))
        )
        self.details.setText(
            self.tr(
                "Target {0} ({1} + {2:g} points) · overall {3} · %n attempt(s). Recent "
                "attempts count more: each one's weight halves every 14 days.",
                "",
                state.attempts,
            ).format(_pct(state.target), mark, state.margin, _pct(state.overall))
        )
        moved = sorted((s for s in self.shifts if abs(s.change) > 1e-9), key=lambda s: -s.change)
        if moved:
            self.steer.setText(
                self.tr("Re-weighting the remaining preparation toward the weak domains:")
                + "\n"
                + "\n".join(f"• {s.reason_message}" for s in moved)
            )
        else:
            self.steer.setText(
                self.tr("Once an attempt shows a domain below its target, this says how many")
                + self.tr(" hours re-planning would move toward it.")
            )

    def _selection_changed(self, *_: object) -> None:
        has = self.selected() is not None
        self.edit.setEnabled(has)
        self.delete.setEnabled(has)

    def selected(self) -> Attempt | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        row = rows[0].row()
        return self.model.attempts[row] if 0 <= row < len(self.model.attempts) else None

    # --- actions ----------------------------------------------------------------
    NARROW = 760  # below this width the rows stack: attempts under the chart, and so on

    def resizeEvent(self, event: QResizeEvent) -> None:
        # Wide only if the buttons and the margin fit side by side (German needs more room).
        actions, margin_row = self.action_rows
        beside = actions.sizeHint().width() + margin_row.sizeHint().width() + 40
        wide = event.size().width() >= max(self.NARROW, beside)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        for row in (self.top_row, self.lower_row):
            if row.direction() != direction:
                row.setDirection(direction)
        super().resizeEvent(event)

    def record_attempt(self) -> None:
        from planner.ui.dialogs import attempt

        if self.controller.view is not None:
            attempt.run_attempt_dialog(self, self.controller, self.domains)

    def edit_attempt(self) -> None:
        from planner.ui.dialogs import attempt

        chosen = self.selected()
        if chosen is not None:
            attempt.run_attempt_dialog(self, self.controller, self.domains, chosen)

    def steer_replan(self) -> None:
        """Preview the re-weighted re-plan, say why, and apply it if the user agrees."""
        from planner.core.progress import ReplanMode
        from planner.services.operations import SteerPrep
        from planner.services.steer import preview_steer

        view = self.controller.view
        if view is None or self.state is None:
            return
        snap = view.snapshot
        mode = ReplanMode.KEEP_EXAM if snap.settings.exam_date else ReplanMode.KEEP_HOURS
        svc = self.controller.service
        mark, margin = self.state.pass_mark, self.state.margin
        preview, problem = self.controller.attempt(
            lambda: preview_steer(svc, snap.id, mode, mark, margin)
        )
        if preview is None:
            self.controller.error.emit(problem)
            return
        diagnosis = preview.replan.schedule.diagnosis
        if diagnosis is not None:
            self.controller.error.emit(
                self.tr("Re-weighted, the rest does not fit before the exam: {0}.").format(
                    say(diagnosis)
                )
            )
            return
        result = preview.replan.result
        lines = [f"• {s.reason_message}" for s in preview.moved]
        if result.exam_date is not None:
            lines.append(
                self.tr("Exam on {0} · {1} h per week.").format(
                    date_text(result.exam_date, weekday=True), format_hours(result.hours_per_week)
                )
            )
        text = self.tr("Re-plan the remaining preparation toward your weak domains?") + "\n\n"
        if not confirm_steer(self, text + "\n".join(lines)):
            return
        hours = tuple((s.key, s.after) for s in preview.shifts)
        self.controller.run(SteerPrep(snap.id, preview.replan.schedule, hours))

    def save_margin(self) -> None:
        """Keep the margin the user typed as the plan's own (one undoable step)."""
        from planner.services.operations import SetReadinessTarget

        view = self.controller.view
        value = self.margin.value()
        current = DEFAULT_MARGIN if self.saved_margin is None else self.saved_margin
        if view is not None and abs(value - current) > 1e-9:
            self.controller.run(SetReadinessTarget(view.snapshot.id, value, self.saved_mark))

    def book_exam(self) -> None:
        from planner.ui.dialogs import booking

        if self.controller.view is not None:
            booking.run_booking_dialog(self, self.controller)

    def record_result(self, result: str) -> None:
        from planner.services.operations import RecordResult

        sitting = self.open_sitting()
        view = self.controller.view
        if sitting is None or view is None:
            return
        if self.controller.run(RecordResult(view.snapshot.id, sitting.id, result)) is None:
            return
        if result == "fail":
            self.offer_retake()

    def offer_retake(self) -> None:
        """Offer the re-plan to the earliest allowed retake (a dialog with its preview)."""
        from planner.ui.dialogs import retake

        if self.controller.view is None:
            return
        mark, published = self.pass_mark()
        retake.run_retake_dialog(self, self.controller, self.policy(), mark if published else None)

    def delete_attempt(self) -> None:
        from planner.services.operations import DeleteAttempt

        chosen = self.selected()
        view = self.controller.view
        if chosen is not None and view is not None:
            self.controller.run(DeleteAttempt(view.snapshot.id, chosen.id))


def confirm_steer(parent: QWidget, text: str) -> bool:
    """Ask before re-weighting (a re-plan: a backup is taken, Ctrl+Z undoes it). Tests
    replace this."""
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        parent.tr("Re-plan toward weak domains"),
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes
