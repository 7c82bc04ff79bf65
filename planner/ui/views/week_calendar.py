"""The week calendar (Ctrl+5): days as columns, hours as rows, study sessions as blocks.

Each session is a block split by module, in its course's colour, with a tick on
modules already done. Days off are hatched, busy time imported from a calendar
(the plan's ``day_limits`` and ``day_starts``) is greyed, days that are not study
days are shaded, and a line marks the current time today.

A block can be moved: drag it to another day or time, or drag its lower edge to
change its length. From the keyboard, select a block (Left/Right, or click) and
press Alt+Left/Right (a day earlier or later), Alt+Up/Down (15 minutes earlier or
later), Alt+Shift+Up/Down (15 minutes shorter or longer), or Enter for "Move…"
with a date, a time and a length. Each move is one undoable operation
(``MoveSession`` in planner/services/operations.py); when it moves other work too,
a small preview says what and asks first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, QRectF, Qt, QTime, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTimeEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from planner.ui.controller import PlanController
from planner.ui.date_field import DateField
from planner.ui.dialogs.common import explain_buttons
from planner.ui.formatting import (
    date_text,
    hours_text,
    short_date,
    time_range,
    time_text,
    week_range,
    weekday_name,
)
from planner.ui.theme import is_dark
from planner.ui.views.parts import view_title, week_buttons

if TYPE_CHECKING:
    from planner.core.move import MoveResult
    from planner.services.plans import PlanSnapshot

MIN_HOUR_HEIGHT = 40  # pixels per hour at the least; below it the grid scrolls
FIRST_HOUR = 6  # the grid shows from here unless a session starts earlier
STEP_MINUTES = 15
RESIZE_GRIP = 6  # pixels at a block's lower edge that resize instead of move

# Course colours: hues spread round the wheel, one tint per scheme. The text on them
# is the palette's text colour; the tests check every pair for WCAG AA (4.5:1).
COURSE_HUES = (210, 140, 30, 280, 0, 180, 50, 320)


def course_colour(index: int, dark: bool) -> QColor:
    """The fill of blocks of the ``index``-th course of the plan."""
    hue = COURSE_HUES[index % len(COURSE_HUES)]
    if dark:
        return QColor.fromHsl(hue, 90, 62)
    return QColor.fromHsl(hue, 150, 222)


def course_edge(index: int, dark: bool) -> QColor:
    """The left edge of a block: the same hue, strong enough to tell courses apart."""
    hue = COURSE_HUES[index % len(COURSE_HUES)]
    return QColor.fromHsl(hue, 160, 150 if dark else 105)


@dataclass(frozen=True)
class Part:
    """One module's share of a session."""

    key: str
    title: str
    course: str
    hours: float
    done: bool
    course_index: int


@dataclass(frozen=True)
class Block:
    day: date
    start: time
    end: time
    parts: tuple[Part, ...]

    @property
    def hours(self) -> float:
        return sum(p.hours for p in self.parts)

    def describe(self) -> str:
        """All a block says, for its tooltip and for screen readers."""
        lines = [f"{date_text(self.day, weekday=True)} · {time_range(self.start, self.end)}"]
        for p in self.parts:
            tick = "✓ " if p.done else ""
            lines.append(f"{tick}{p.title} · {p.course} · {hours_text(p.hours)}")
        return "\n".join(lines)


@dataclass(frozen=True)
class Shade:
    """Time a day cannot be used: a day off, busy time, or not a study day."""

    day: date
    kind: str  # "off", "busy", "rest"
    start: int = 0  # minutes after midnight
    end: int = 24 * 60


def _minutes(t: time) -> int:
    return t.hour * 60 + t.minute


def _time(minutes: int) -> time:
    minutes = max(0, min(minutes, 23 * 60 + 59))
    return time(minutes // 60, minutes % 60)


def week_blocks(snap: PlanSnapshot, first: date) -> list[Block]:
    """The sessions of the seven days from ``first`` as blocks."""
    items = {i.key: i for i in snap.items}
    courses = list(dict.fromkeys(i.group for i in snap.items))
    done = snap.ledger.done
    blocks = []
    for s in snap.baseline.sessions:
        if not first <= s.day < first + timedelta(days=7):
            continue
        parts = []
        for a in s.allocations:
            item = items.get(a.item_key)
            title = item.shown_title if item else a.item_key
            group = item.group if item else ""
            parts.append(
                Part(
                    key=a.item_key,
                    title=title,
                    course=item.shown_group if item else "",
                    hours=a.hours,
                    done=a.item_key in done,
                    course_index=courses.index(group) if group in courses else 0,
                )
            )
        blocks.append(Block(s.day, s.start, s.end, tuple(parts)))
    return blocks


def week_shades(snap: PlanSnapshot, first: date) -> list[Shade]:
    """Days off, busy time and non-study days of the week from ``first``."""
    s = snap.settings
    limits = dict(s.day_limits)
    starts = dict(s.day_starts)
    shades: list[Shade] = []
    for offset in range(7):
        day = first + timedelta(days=offset)
        if any(day in r for r in s.days_off):
            shades.append(Shade(day, "off"))
            continue
        if day.weekday() not in s.study_days:
            shades.append(Shade(day, "rest"))
            continue
        begin = _minutes(starts.get(day, s.session_start))
        if day in starts and begin > _minutes(s.session_start):
            shades.append(Shade(day, "busy", _minutes(s.session_start), begin))
        if day in limits:
            hours = limits[day]
            if hours <= 0:
                shades.append(Shade(day, "busy"))
            else:
                shades.append(Shade(day, "busy", begin + round(hours * 60), 24 * 60))
    return shades


@dataclass
class _Drag:
    block: Block
    resize: bool
    grab_minutes: int  # where in the block it was taken, minutes from its start
    origin: QPoint
    day: date
    start: int  # minutes
    length: int  # minutes
    moved: bool = False


class WeekGrid(QWidget):
    """The painted grid. Emits :attr:`moveRequested` when a block is dropped or keyed."""

    moveRequested = Signal(object, object, object, object)  # day, new day, new start, hours|None
    editRequested = Signal(object)  # day: open "Move…" for the session on that day
    weekShift = Signal(int)
    selectionChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week-calendar-grid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Week calendar"))
        self.setMouseTracking(True)
        self.first = date(2026, 1, 5)
        self.blocks: list[Block] = []
        self.shades: list[Shade] = []
        self.now: datetime | None = None  # local wall time in the plan's zone
        self.first_hour = FIRST_HOUR
        self.selected: date | None = None
        self._drag: _Drag | None = None

    # --- data ---------------------------------------------------------------
    def set_week(
        self, first: date, blocks: list[Block], shades: list[Shade], now: datetime | None
    ) -> None:
        self.first, self.blocks, self.shades, self.now = first, blocks, shades, now
        earliest = min((b.start.hour for b in blocks), default=FIRST_HOUR)
        self.first_hour = min(FIRST_HOUR, earliest)
        if self.selected not in {b.day for b in blocks}:
            today = now.date() if now else first
            ahead = [b.day for b in blocks if b.day >= today]
            self.selected = ahead[0] if ahead else (blocks[-1].day if blocks else None)
        self._drag = None
        self.setMinimumHeight(self.grid_top() + MIN_HOUR_HEIGHT * self.hours_shown())
        self._announce()
        self.update()

    def block_on(self, day: date | None) -> Block | None:
        return next((b for b in self.blocks if b.day == day), None)

    def select(self, day: date | None) -> None:
        if day != self.selected:
            self.selected = day
            self._announce()
            self.update()
            self.selectionChanged.emit()

    def _announce(self) -> None:
        block = self.block_on(self.selected)
        self.setAccessibleDescription(block.describe() if block else self.tr("No session"))

    # --- geometry -------------------------------------------------------------
    def hours_shown(self) -> int:
        return 24 - self.first_hour

    def header_height(self) -> int:
        return QFontMetrics(self.font()).height() * 2 + 10

    def gutter(self) -> int:
        fm = QFontMetrics(self.font())
        widest = max(fm.horizontalAdvance(time_text(time(h, 0))) for h in (0, 10, 12, 23))
        return widest + 12

    def column_width(self) -> float:
        return max((self.width() - self.gutter() - 1) / 7, 1.0)

    def hour_height(self) -> float:
        return max((self.height() - self.grid_top() - 1) / self.hours_shown(), 1.0)

    def grid_top(self) -> int:
        """Where the first hour's line is: below the day names, with room for its label."""
        return self.header_height() + QFontMetrics(self.font()).height() // 2 + 2

    def y_of(self, minutes: float) -> float:
        return self.grid_top() + (minutes - self.first_hour * 60) / 60 * self.hour_height()

    def x_of(self, day: date) -> float:
        return self.gutter() + (day - self.first).days * self.column_width()

    def day_at(self, x: float) -> date:
        col = int((x - self.gutter()) // self.column_width())
        return self.first + timedelta(days=max(0, min(col, 6)))

    def minutes_at(self, y: float) -> int:
        raw = self.first_hour * 60 + (y - self.grid_top()) / self.hour_height() * 60
        return int(round(raw / STEP_MINUTES) * STEP_MINUTES)

    def block_rect(self, day: date, start: int, length: int) -> QRectF:
        x = self.x_of(day) + 2
        top = self.y_of(start)
        bottom = self.y_of(start + length)
        return QRectF(x, top, self.column_width() - 5, max(bottom - top, 4.0))

    def rect_of(self, block: Block) -> QRectF:
        start = _minutes(block.start)
        return self.block_rect(block.day, start, round(block.hours * 60))

    def block_at(self, pos: QPoint) -> Block | None:
        if pos.y() < self.header_top() + self.header_height():
            return None  # the day names cover what is scrolled under them
        for block in self.blocks:
            if self.rect_of(block).contains(pos.toPointF()):
                return block
        return None

    # --- painting ---------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pal = self.palette()
        dark = is_dark(pal)
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        self._paint_shades(painter, pal)
        self._paint_grid(painter, pal)
        for block in self.blocks:
            dragged = self._drag is not None and self._drag.moved and self._drag.block == block
            self._paint_block(painter, pal, block, dark, faded=dragged)
        if self._drag is not None and self._drag.moved:
            d = self._drag
            ghost = self.block_rect(d.day, d.start, d.length)
            painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(ghost, 4, 4)
            label = time_range(_time(d.start), _time(d.start + d.length))
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(
                ghost.adjusted(4, 2, -4, 0),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                QFontMetrics(self.font()).elidedText(
                    label, Qt.TextElideMode.ElideRight, int(ghost.width()) - 8
                ),
            )
        self._paint_now(painter, pal)
        self._paint_header(painter, pal)
        painter.end()

    def _paint_shades(self, painter: QPainter, pal: QPalette) -> None:
        fm = QFontMetrics(self.font())
        cw = self.column_width()
        bottom = self.y_of(24 * 60)
        mid = pal.color(QPalette.ColorRole.Mid)
        for shade in self.shades:
            x = self.x_of(shade.day)
            top = max(self.y_of(shade.start), float(self.header_height()))
            end = min(self.y_of(shade.end), bottom)
            area = QRectF(x, top, cw, max(end - top, 0.0))
            if shade.kind == "rest":
                painter.fillRect(area, pal.color(QPalette.ColorRole.AlternateBase))
                continue
            painter.fillRect(area, pal.color(QPalette.ColorRole.AlternateBase))
            pattern = (
                Qt.BrushStyle.BDiagPattern if shade.kind == "off" else Qt.BrushStyle.Dense6Pattern
            )
            painter.fillRect(area, QBrush(mid, pattern))
            text = self.tr("Day off") if shade.kind == "off" else self.tr("Busy")
            label = fm.elidedText(text, Qt.TextElideMode.ElideRight, int(cw) - 8)
            # The label sits at the top of the part of the shade that is scrolled into view.
            visible = max(top, float(self.header_top() + self.header_height()))
            box = QRectF(x + 4, visible + 2, fm.horizontalAdvance(label) + 6, fm.height() + 2)
            if box.bottom() <= end:
                painter.fillRect(box, pal.color(QPalette.ColorRole.Base))
                painter.setPen(pal.color(QPalette.ColorRole.Text))
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)

    def _paint_grid(self, painter: QPainter, pal: QPalette) -> None:
        fm = QFontMetrics(self.font())
        line = pal.color(
            QPalette.ColorRole.Midlight if not is_dark(pal) else QPalette.ColorRole.Mid
        )
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        gutter, cw, hh = self.gutter(), self.column_width(), self.header_height()
        painter.setPen(QPen(line, 1))
        for h in range(self.first_hour, 25):
            y = self.y_of(h * 60)
            painter.setPen(QPen(line, 1))
            painter.drawLine(int(gutter), int(y), self.width(), int(y))
            if h < 24 and y + fm.height() / 2 < self.height():
                painter.setPen(muted)
                painter.drawText(
                    QRectF(0, y - fm.height() / 2, gutter - 6, fm.height()),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    time_text(time(h, 0)),
                )
        for i in range(7):
            x = gutter + i * cw
            painter.drawLine(int(x), hh, int(x), self.height())

    def header_top(self) -> int:
        """Where the day names are drawn: the top of the part scrolled into view."""
        return max(0, -self.y())

    def _paint_header(self, painter: QPainter, pal: QPalette) -> None:
        """Day names and dates, kept at the top of the view however far it scrolls."""
        fm = QFontMetrics(self.font())
        line = pal.color(
            QPalette.ColorRole.Midlight if not is_dark(pal) else QPalette.ColorRole.Mid
        )
        text = pal.color(QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        gutter, cw, hh = self.gutter(), self.column_width(), self.header_height()
        top = self.header_top()
        painter.fillRect(QRectF(0, top, self.width(), hh), pal.color(QPalette.ColorRole.Base))
        today = self.now.date() if self.now else None
        bold = QFont(self.font())
        bold.setBold(True)
        for i in range(7):
            day = self.first + timedelta(days=i)
            x = gutter + i * cw
            painter.setPen(QPen(line, 1))
            painter.drawLine(int(x), top, int(x), top + hh)
            is_today = day == today
            colour = pal.color(QPalette.ColorRole.Link) if is_today else text
            painter.setPen(colour)
            painter.setFont(bold)
            bfm = QFontMetrics(bold)
            name = bfm.elidedText(weekday_name(day), Qt.TextElideMode.ElideRight, int(cw) - 6)
            painter.drawText(
                QRectF(x, top + 4, cw, fm.height()), Qt.AlignmentFlag.AlignHCenter, name
            )
            painter.setFont(self.font())
            painter.setPen(colour if is_today else muted)
            when = fm.elidedText(short_date(day), Qt.TextElideMode.ElideRight, int(cw) - 6)
            painter.drawText(
                QRectF(x, top + 4 + fm.height(), cw, fm.height()),
                Qt.AlignmentFlag.AlignHCenter,
                when,
            )
        painter.setPen(QPen(line, 1))
        painter.drawLine(0, top + hh - 1, self.width(), top + hh - 1)

    def _paint_block(
        self, painter: QPainter, pal: QPalette, block: Block, dark: bool, faded: bool
    ) -> None:
        fm = QFontMetrics(self.font())
        rect = self.rect_of(block)
        text = pal.color(QPalette.ColorRole.Text)
        painter.save()
        if faded:
            painter.setOpacity(0.45)
        top = rect.top()
        total = block.hours or 1.0
        for n, part in enumerate(block.parts):
            height = rect.height() * part.hours / total
            area = QRectF(rect.left(), top, rect.width(), height)
            painter.fillRect(area, course_colour(part.course_index, dark))
            painter.fillRect(
                QRectF(area.left(), area.top(), 4, area.height()),
                course_edge(part.course_index, dark),
            )
            if n:
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Base), 1))
                painter.drawLine(area.topLeft(), area.topRight())
            painter.setPen(text)
            inner = area.adjusted(8, 2, -4, -1)
            width = int(inner.width())
            lines = [("✓ " if part.done else "") + part.title]
            lines.append(f"{part.course} · {hours_text(part.hours)}" if part.course else "")
            y = inner.top()
            for line in lines:
                if not line or y + fm.height() > inner.bottom() + 1:
                    break
                painter.drawText(
                    QRectF(inner.left(), y, width, fm.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    fm.elidedText(line, Qt.TextElideMode.ElideRight, width),
                )
                y += fm.height()
            top += height
        if block.day == self.selected:
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), 3 if self.hasFocus() else 2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()

    def _paint_now(self, painter: QPainter, pal: QPalette) -> None:
        if self.now is None:
            return
        day = self.now.date()
        if not self.first <= day < self.first + timedelta(days=7):
            return
        minutes = self.now.hour * 60 + self.now.minute
        if minutes < self.first_hour * 60:
            return
        y = self.y_of(minutes)
        x = self.x_of(day)
        colour = pal.color(QPalette.ColorRole.BrightText)
        painter.setPen(QPen(colour, 2))
        painter.drawLine(int(x), int(y), int(x + self.column_width()), int(y))
        painter.setBrush(colour)
        painter.drawEllipse(QRectF(x - 4, y - 4, 8, 8))

    # --- tooltips ---------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            block = self.block_at(event.pos())
            if block is not None:
                QToolTip.showText(event.globalPos(), block.describe(), self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    # --- mouse ------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position().toPoint()
        block = self.block_at(pos)
        if block is None:
            return
        self.select(block.day)
        rect = self.rect_of(block)
        resize = rect.bottom() - pos.y() <= RESIZE_GRIP
        start = _minutes(block.start)
        self._drag = _Drag(
            block=block,
            resize=resize,
            grab_minutes=self.minutes_at(pos.y()) - start,
            origin=pos,
            day=block.day,
            start=start,
            length=round(block.hours * 60),
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        d = self._drag
        if d is None:
            block = self.block_at(pos)
            near_edge = block is not None and self.rect_of(block).bottom() - pos.y() <= RESIZE_GRIP
            self.setCursor(
                Qt.CursorShape.SizeVerCursor
                if near_edge
                else Qt.CursorShape.OpenHandCursor
                if block
                else Qt.CursorShape.ArrowCursor
            )
            return
        if not d.moved and (pos - d.origin).manhattanLength() < 4:
            return
        d.moved = True
        if d.resize:
            start = _minutes(d.block.start)
            d.length = max(self.minutes_at(pos.y()) - start, STEP_MINUTES)
            d.length = min(d.length, 24 * 60 - 1 - start) // STEP_MINUTES * STEP_MINUTES
        else:
            d.day = self.day_at(pos.x())
            start = self.minutes_at(pos.y()) - d.grab_minutes
            start = start // STEP_MINUTES * STEP_MINUTES
            d.start = max(0, min(start, 24 * 60 - d.length))
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        d, self._drag = self._drag, None
        self.update()
        if d is None or not d.moved:
            return
        block = d.block
        if d.resize:
            hours = d.length / 60
            if abs(hours - block.hours) > 1e-9:
                self.moveRequested.emit(block.day, block.day, block.start, hours)
        elif d.day != block.day or d.start != _minutes(block.start):
            self.moveRequested.emit(block.day, d.day, _time(d.start), None)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        block = self.block_at(event.position().toPoint())
        if block is not None:
            self.editRequested.emit(block.day)

    # --- keyboard ---------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        Key = Qt.Key
        block = self.block_on(self.selected)
        if key == Key.Key_PageUp:
            self.weekShift.emit(-1)
        elif key == Key.Key_PageDown:
            self.weekShift.emit(1)
        elif key in (Key.Key_Left, Key.Key_Right) and not alt:
            days = sorted(b.day for b in self.blocks)
            if days:
                if self.selected in days:
                    i = days.index(self.selected) + (1 if key == Key.Key_Right else -1)
                else:
                    i = 0
                self.select(days[max(0, min(i, len(days) - 1))])
        elif block is None:
            super().keyPressEvent(event)
        elif key in (Key.Key_Return, Key.Key_Enter, Key.Key_F2):
            self.editRequested.emit(block.day)
        elif alt and key in (Key.Key_Left, Key.Key_Right):
            step = 1 if key == Key.Key_Right else -1
            self.moveRequested.emit(block.day, block.day + timedelta(days=step), block.start, None)
        elif alt and shift and key in (Key.Key_Up, Key.Key_Down):
            step = STEP_MINUTES if key == Key.Key_Down else -STEP_MINUTES
            hours = block.hours + step / 60
            if hours >= STEP_MINUTES / 60:
                self.moveRequested.emit(block.day, block.day, block.start, hours)
        elif alt and key in (Key.Key_Up, Key.Key_Down):
            step = STEP_MINUTES if key == Key.Key_Down else -STEP_MINUTES
            start = _minutes(block.start) + step
            if start >= 0:
                self.moveRequested.emit(block.day, block.day, _time(start), None)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()


class MoveDialog(QDialog):
    """Move… : a session's day, start time and length, from the keyboard."""

    def __init__(self, block: Block, first_day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("move-session-dialog")
        self.setWindowTitle(self.tr("Move session"))
        self.block = block
        intro = QLabel(block.describe(), self)
        intro.setObjectName("move-session-what")
        intro.setWordWrap(True)
        self.day = DateField(block.day, self)
        self.day.setObjectName("move-session-day")
        self.day.setCalendarPopup(True)
        self.day.setMinimumDate(QDate(first_day.year, first_day.month, first_day.day))
        self.day.setAccessibleName(self.tr("Day"))
        self.day.setToolTip(self.tr("The day the session moves to"))
        self.start = QTimeEdit(QTime(block.start.hour, block.start.minute), self)
        self.start.setObjectName("move-session-start")
        self.start.setAccessibleName(self.tr("Start time"))
        self.start.setToolTip(self.tr("When the session starts, in 15-minute steps"))
        self.hours = QDoubleSpinBox(self)
        self.hours.setObjectName("move-session-hours")
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.25)
        self.hours.setRange(0.25, 23.75)
        self.hours.setSuffix(" h")
        self.hours.setValue(block.hours)
        self.hours.setAccessibleName(self.tr("Length in hours"))
        self.hours.setToolTip(self.tr("A longer session takes work from the next one"))
        form = QFormLayout()
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("&Start:"), self.start)
        form.addRow(self.tr("&Length:"), self.hours)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        explain_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(380)

    def choice(self) -> tuple[date, time, float | None]:
        t = self.start.time()
        hours = round(self.hours.value() * 4) / 4
        length = None if abs(hours - self.block.hours) < 1e-9 else hours
        return self.day.day(), time(t.hour(), t.minute()), length


class MovePreviewDialog(QDialog):
    """What else a move changes, before it is made."""

    def __init__(self, lines: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("move-preview-dialog")
        self.setWindowTitle(self.tr("Move session"))
        head = QLabel(self.tr("This move changes other sessions too:"), self)
        body = QLabel("\n".join(f"• {line}" for line in lines), self)
        body.setObjectName("move-preview-lines")
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tail = QLabel(self.tr("Undo (Ctrl+Z) takes the whole move back."), self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Move"))
        ok.setToolTip(self.tr("Move the session and the work listed"))
        explain_buttons(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(body)
        layout.addWidget(tail)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.lines = lines


def run_dialog(dialog: QDialog) -> int:
    """Show a dialog of this view (tests replace this to answer it)."""
    return dialog.exec()


def preview_lines(snap: PlanSnapshot, result: MoveResult, new_day: date) -> list[str]:
    """The other work a move changes, in words."""
    titles = {i.key: f"{i.shown_group} · {i.shown_title}" for i in snap.items}
    lines = []
    if result.joined:
        lines.append(
            QCoreApplication.translate(
                "WeekCalendarView", "It joins the session already on {0}."
            ).format(date_text(new_day, weekday=True))
        )
    for shift in result.shifts:
        lines.append(
            f"{titles.get(shift.item_key, shift.item_key)} · {hours_text(shift.hours)}: "
            f"{short_date(shift.from_day, weekday=True)} → {short_date(shift.to_day, weekday=True)}"
        )
    return lines


class ElidedTitle(QLabel):
    """A view title that ends in "…" when the window is too narrow (the tooltip has it all)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        model = view_title(parent)
        self.setFont(model.font())
        model.deleteLater()
        self._full = ""
        self.setMinimumWidth(60)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._fit()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.contentsRect().width()
        text = QFontMetrics(self.font()).elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(width, 0)
        )
        if text != self.text():
            self.setText(text)


class WeekCalendarView(QWidget):
    def __init__(self, controller: PlanController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("view-week-calendar")
        self.controller = controller
        self.week_start: date | None = None  # None: the week holding today

        self.title = ElidedTitle(self)
        self.title.setObjectName("calendar-title")
        self.prev_button, self.today_button, self.next_button = week_buttons(
            self, "calendar", ("Page Up", "", "Page Down"), shortcuts=False
        )
        self.move_button = QPushButton(self.tr("Move…"), self)
        self.move_button.setObjectName("calendar-move")
        self.move_button.setToolTip(
            self.tr("Move the selected session to another day, time or length (Enter)")
        )
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.move_button)
        header.addSpacing(12)
        header.addWidget(self.prev_button)
        header.addWidget(self.today_button)
        header.addWidget(self.next_button)

        self.grid = WeekGrid(self)
        self.setFocusProxy(self.grid)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("week-calendar-scroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroller.setFrameShape(QScrollArea.Shape.StyledPanel)
        self.scroller.setWidget(self.grid)
        self.scroller.verticalScrollBar().valueChanged.connect(lambda _v: self.grid.update())
        self.hint = QLabel(
            self.tr(
                "Drag a session to move it, or its lower edge to change its length. "
                "Keys: Alt+arrows move, Alt+Shift+Up/Down change the length, Enter: Move…"
            ),
            self,
        )
        self.hint.setObjectName("calendar-hint")
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.hint)

        self.prev_button.clicked.connect(lambda: self.shift(-1))
        self.next_button.clicked.connect(lambda: self.shift(1))
        self.today_button.clicked.connect(self.go_to_today)
        self.move_button.clicked.connect(lambda: self.edit(self.grid.selected))
        self.grid.weekShift.connect(self.shift)
        self.grid.moveRequested.connect(self.request_move)
        self.grid.editRequested.connect(self.edit)
        self.grid.selectionChanged.connect(self._update_buttons)
        self.controller.changed.connect(self.refresh)
        self.refresh()

    # --- navigation -------------------------------------------------------------
    def current_week(self) -> date:
        from planner.core.scheduler import week_start_of

        view = self.controller.view
        if view is None:
            return week_start_of(date.today(), 0)
        return self.week_start or week_start_of(view.today, view.snapshot.settings.week_start)

    def shift(self, weeks: int) -> None:
        self.week_start = self.current_week() + timedelta(weeks=weeks)
        self.refresh()

    def go_to_today(self) -> None:
        self.week_start = None
        self.refresh()

    def _now(self) -> datetime | None:
        view = self.controller.view
        if view is None:
            return None
        zone = ZoneInfo(view.snapshot.settings.timezone)
        return self.controller.clock.now().astimezone(zone).replace(tzinfo=None)

    def refresh(self) -> None:
        from planner.core.scheduler import week_start_of

        view = self.controller.view
        if view is None:
            self.week_start = None
            self.title.set_full_text(self.tr("Week"))
            self.grid.set_week(self.current_week(), [], [], None)
            self._update_buttons()
            return
        first = self.current_week()
        this_week = week_start_of(view.today, view.snapshot.settings.week_start)
        prefix = self.tr("This week") if first == this_week else self.tr("Week")
        text = f"{prefix} · {week_range(first)}"
        self.title.set_full_text(text)
        self.today_button.setEnabled(first != this_week)
        self.grid.set_week(
            first, week_blocks(view.snapshot, first), week_shades(view.snapshot, first), self._now()
        )
        self._update_buttons()
        self.scroll_to_sessions()

    def scroll_to_sessions(self) -> None:
        """Show the hours where the week's sessions are (an hour before the first)."""
        starts = [_minutes(b.start) for b in self.grid.blocks]
        first = (min(starts) if starts else 18 * 60) - 60
        self.grid.resize(self.scroller.viewport().width(), self.grid.minimumHeight())
        self.scroller.verticalScrollBar().setValue(int(self.grid.y_of(first)) - 4)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.scroll_to_sessions()

    def _update_buttons(self) -> None:
        block = self.grid.block_on(self.grid.selected)
        view = self.controller.view
        movable = block is not None and view is not None and block.day >= view.today
        self.move_button.setEnabled(movable)

    # --- moving -------------------------------------------------------------------
    def edit(self, day: date | None) -> None:
        block = self.grid.block_on(day)
        view = self.controller.view
        if block is None or view is None:
            return
        dialog = MoveDialog(block, view.today, self)
        if run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        new_day, start, hours = dialog.choice()
        if new_day == block.day and start == block.start and hours is None:
            return
        self.request_move(block.day, new_day, start, hours)

    def request_move(
        self, day: date, new_day: date, new_start: time, new_hours: float | None
    ) -> bool:
        """Move the session on ``day``; asks first when other work would move too."""
        from planner.services.operations import MoveSession, preview_move

        view = self.controller.view
        if view is None:
            return False
        op = MoveSession(view.snapshot.id, day, new_day, new_start, new_hours)
        result, message = self.controller.attempt(lambda: preview_move(self.controller.service, op))
        if result is None:
            self.controller.error.emit(message)
            self.grid.update()
            return False
        if result.shifts or result.joined:
            dialog = MovePreviewDialog(preview_lines(view.snapshot, result, new_day), self)
            if run_dialog(dialog) != QDialog.DialogCode.Accepted:
                return False
        if self.controller.run(op) is None:
            return False
        self.grid.select(new_day)
        return True
