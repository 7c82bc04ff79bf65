"""Charts drawn with QPainter: a burn-up line chart and weekly bars.

No Qt Charts (deprecated, 160 MB). Both charts take their colours from the
widget's palette, so they follow the light and dark themes; hovering (or the
left and right arrow keys once the chart has focus) picks a week and shows its
values in a label drawn on the chart, also exposed as ``hover_text`` and in the
accessible description.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from planner.ui.formatting import format_hours, short_date
from planner.ui.theme import is_dark

Point = tuple[date, float]


@dataclass(frozen=True)
class BurnUpData:
    """Cumulative hours over time. ``planned`` has one point per week (its last day)."""

    planned: tuple[Point, ...]
    logged: tuple[Point, ...] = ()  # cumulative hours logged, up to today
    done: tuple[Point, ...] = ()  # cumulative estimated hours of ticked items, by tick day
    done_today: Point | None = None  # estimated hours of the items ticked off, at today
    forecast: tuple[Point, ...] = ()  # from today to the projected finish
    total: float = 0.0
    exam: date | None = None
    today: date | None = None


@dataclass(frozen=True)
class WeekBar:
    start: date
    planned: float
    logged: float
    current: bool = False


def fmt_day(day: date) -> str:
    return short_date(day)


def nice_step(span: float, ticks: int = 5) -> float:
    """A round step (1, 2, 2.5 or 5 × 10^n) that divides ``span`` into about ``ticks`` parts."""
    if span <= 0:
        return 1.0
    raw = span / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    for m in (1.0, 2.0, 2.5, 5.0, 10.0):
        if raw <= m * power:
            return m * power
    return 10.0 * power


def series_colours(palette: QPalette) -> dict[str, QColor]:
    """Colours for the chart series, readable on the palette's window colour."""
    dark = is_dark(palette)
    text = palette.color(QPalette.ColorRole.WindowText)
    window = palette.color(QPalette.ColorRole.Window)

    def mix(a: QColor, b: QColor, t: float) -> QColor:
        return QColor.fromRgbF(
            a.redF() * (1 - t) + b.redF() * t,
            a.greenF() * (1 - t) + b.greenF() * t,
            a.blueF() * (1 - t) + b.blueF() * t,
        )

    return {
        "text": text,
        "muted": mix(text, window, 0.35),
        "grid": mix(text, window, 0.82),
        "planned": mix(text, window, 0.45),
        "done": palette.color(QPalette.ColorRole.Highlight),
        "logged": mix(palette.color(QPalette.ColorRole.Highlight), window, 0.5),
        "forecast": palette.color(QPalette.ColorRole.Highlight),
        "exam": QColor("#ffa657" if dark else "#b54708"),
        "label_bg": palette.color(QPalette.ColorRole.ToolTipBase),
        "label_text": palette.color(QPalette.ColorRole.ToolTipText),
        "background": palette.color(QPalette.ColorRole.Base),
    }


class _Chart(QWidget):
    """Shared plumbing: margins, focus, hover index, the value label."""

    MARGIN_LEFT = 48.0
    MARGIN_RIGHT = 16.0
    MARGIN_TOP = 30.0
    MARGIN_BOTTOM = 30.0

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.hover_index: int | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(240, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(title)
        # The context by name: self.tr() would take the subclass's (docs/decisions.md,
        # "Translations").
        self.help_text = QCoreApplication.translate(
            "_Chart", "Hover, or focus and use the arrow keys, to see each week's figures"
        )
        self.setToolTip(self.help_text)

    def sizeHint(self) -> QSize:
        return QSize(560, 260)

    # --- to implement --------------------------------------------------
    def count(self) -> int:
        raise NotImplementedError

    def x_of_index(self, index: int) -> float:
        raise NotImplementedError

    def text_for(self, index: int) -> str:
        raise NotImplementedError

    def summary(self) -> str:
        raise NotImplementedError

    # --- shared ----------------------------------------------------------
    def legend_labels(self) -> tuple[str, ...]:
        """The legend's labels, left to right."""
        return ()

    LEGEND_KEY = 30.0  # the room a legend entry takes besides its label
    LEGEND_LINE = 20.0  # the height of a line of the legend

    def legend_places(self) -> list[QPointF]:
        """Where each legend entry starts (its key's left end, the middle of its line).

        On the title's line, right-aligned, when there is room; otherwise on lines of
        their own under the title, left-aligned, wrapping as a narrow chart needs.
        """
        fm = QFontMetricsF(self.font())
        widths = [fm.horizontalAdvance(label) + self.LEGEND_KEY for label in self.legend_labels()]
        bold = QFont(self.font())
        bold.setBold(True)
        title = QFontMetricsF(bold).horizontalAdvance(self.title)
        right = self.width() - self.MARGIN_RIGHT
        if 8 + title + 16 + sum(widths) <= right:
            x = right - sum(widths)
            places = []
            for width in widths:
                places.append(QPointF(x, 14.0))
                x += width
            return places
        places, x, y = [], 8.0, 14.0 + self.LEGEND_LINE
        for width in widths:
            if x > 8.0 and x + width > right:
                x, y = 8.0, y + self.LEGEND_LINE
            places.append(QPointF(x, y))
            x += width
        return places

    def legend_lines(self) -> int:
        """How many lines under the title the legend takes (0: it shares the title's)."""
        places = self.legend_places()
        return round((places[-1].y() - 14.0) / self.LEGEND_LINE) if places else 0

    def plot_rect(self) -> QRectF:
        top = self.MARGIN_TOP + self.LEGEND_LINE * self.legend_lines()
        return QRectF(
            self.MARGIN_LEFT,
            top,
            max(self.width() - self.MARGIN_LEFT - self.MARGIN_RIGHT, 1.0),
            max(self.height() - top - self.MARGIN_BOTTOM, 1.0),
        )

    @property
    def hover_text(self) -> str:
        return "" if self.hover_index is None else self.text_for(self.hover_index)

    def set_hover(self, index: int | None) -> None:
        if index is not None and not 0 <= index < self.count():
            index = None
        if index != self.hover_index:
            self.hover_index = index
            self.setToolTip(self.hover_text or self.help_text)
            self.setAccessibleDescription(self.hover_text or self.summary())
            self.update()

    def index_at(self, x: float) -> int | None:
        if self.count() == 0:
            return None
        return min(range(self.count()), key=lambda i: abs(self.x_of_index(i) - x))

    def _data_changed(self) -> None:
        self.hover_index = None
        self.setToolTip(self.help_text)
        self.setAccessibleDescription(self.summary())
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self.set_hover(self.index_at(event.position().x()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self.set_hover(None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.count() and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            step = -1 if event.key() == Qt.Key.Key_Left else 1
            current = self.hover_index
            if current is None:
                current = self.count() - 1 if step < 0 else 0
            else:
                current = max(0, min(self.count() - 1, current + step))
            self.set_hover(current)
            event.accept()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.set_hover(None)
        super().focusOutEvent(event)

    def _draw_frame(self, p: QPainter, colours: dict[str, QColor], y_max: float) -> None:
        """Title, horizontal grid lines with hour labels."""
        rect = self.plot_rect()
        title_font = p.font()
        title_font.setBold(True)
        p.setFont(title_font)
        p.setPen(colours["text"])
        p.drawText(QRectF(8, 4, self.width() - 16, 22), Qt.AlignmentFlag.AlignLeft, self.title)
        title_font.setBold(False)
        p.setFont(title_font)
        step = nice_step(y_max)
        value = 0.0
        while value <= y_max + 1e-9:
            y = rect.bottom() - value / y_max * rect.height()
            p.setPen(QPen(colours["grid"], 1))
            p.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            p.setPen(colours["muted"])
            p.drawText(
                QRectF(0, y - 9, self.MARGIN_LEFT - 6, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                f"{format_hours(value)} h",
            )
            value += step

    def _draw_label(self, p: QPainter, colours: dict[str, QColor], x: float) -> None:
        """The hover label near ``x``, kept inside the plot."""
        text = self.hover_text
        if not text:
            return
        rect = self.plot_rect()
        fm = QFontMetricsF(p.font())
        lines = text.split("\n")
        width = max(fm.horizontalAdvance(line) for line in lines) + 16
        height = fm.height() * len(lines) + 10
        left = x + 10 if x + 10 + width <= rect.right() else x - 10 - width
        left = max(rect.left(), left)
        box = QRectF(left, rect.top() + 4, width, height)
        p.setPen(QPen(colours["grid"], 1))
        p.setBrush(colours["label_bg"])
        p.drawRoundedRect(box, 4, 4)
        p.setPen(colours["label_text"])
        p.drawText(box.adjusted(8, 5, -8, -5), Qt.AlignmentFlag.AlignLeft, text)

    def _draw_empty(self, p: QPainter, colours: dict[str, QColor], message: str) -> None:
        p.setPen(colours["muted"])
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, message)


class BurnUpChart(_Chart):
    """Planned against done hours over time, with the forecast and the exam date."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hours over time"), parent)
        self.setObjectName("chart-burn-up")
        self.data = BurnUpData(planned=())
        self._data_changed()

    def set_data(self, data: BurnUpData) -> None:
        self.data = data
        self._data_changed()

    def count(self) -> int:
        return len(self.data.planned)

    def _range(self) -> tuple[int, int]:
        days = [self.origin(), *(d for d, _ in self.data.planned)]
        days += [d for d, _ in self.data.forecast] + [d for d, _ in self.data.logged]
        days += [d for d, _ in self.data.done]
        days += [d for d in (self.data.exam,) if d is not None]
        first = min(days).toordinal()
        last = max(days).toordinal()
        return first, max(last, first + 1)

    def origin(self) -> date:
        """The day the chart starts: the first day of the plan's first week."""
        return self.data.planned[0][0] - timedelta(days=6)

    def _y_max(self) -> float:
        values = [v for _, v in self.data.planned] + [v for _, v in self.data.logged]
        values += [v for _, v in self.data.done]
        values += [v for _, v in self.data.forecast] + [self.data.total]
        return max([*values, 1.0]) * 1.05

    def x_of(self, day: date) -> float:
        first, last = self._range()
        rect = self.plot_rect()
        return rect.left() + (day.toordinal() - first) / (last - first) * rect.width()

    def y_of(self, value: float) -> float:
        rect = self.plot_rect()
        return rect.bottom() - value / self._y_max() * rect.height()

    def x_of_index(self, index: int) -> float:
        return self.x_of(self.data.planned[index][0])

    def _value_on(self, series: Sequence[Point], day: date) -> float | None:
        """The cumulative value of a series on ``day`` (its last point on or before it)."""
        if not series or day < series[0][0]:
            return None
        value = None
        for d, v in series:
            if d > day:
                break
            value = v
        return value

    def text_for(self, index: int) -> str:
        day, planned = self.data.planned[index]
        lines = [self.tr("Until {0}: {1} h planned").format(fmt_day(day), format_hours(planned))]
        if self.data.today is None or day <= self.data.today:
            done = self._value_on(self.data.done, day)
            lines.append(self.tr("{0} h done").format(format_hours(round(done or 0.0, 2))))
            logged = self._value_on(self.data.logged, day)
            lines.append(self.tr("{0} h logged").format(format_hours(round(logged or 0.0, 2))))
        return "\n".join(lines)

    def summary(self) -> str:
        d = self.data
        if not d.planned:
            return self.tr("No plan to chart")
        parts = [self.tr("{0} h planned in total").format(format_hours(d.total))]
        if d.done_today is not None:
            parts.append(self.tr("{0} h done").format(format_hours(d.done_today[1])))
        if d.forecast:
            parts.append(self.tr("forecast finish {0}").format(fmt_day(d.forecast[-1][0])))
        if d.exam is not None:
            parts.append(self.tr("exam {0}").format(fmt_day(d.exam)))
        return ", ".join(parts)

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = series_colours(self.palette())
        d = self.data
        if not d.planned:
            self._draw_empty(p, colours, self.tr("No plan to chart yet"))
            return
        rect = self.plot_rect()
        self._draw_frame(p, colours, self._y_max())
        # x labels: about one every 90 px
        first, last = self._range()
        every = max(1, math.ceil(len(d.planned) / max(rect.width() / 90, 1)))
        p.setPen(colours["muted"])
        for i in range(0, len(d.planned), every):
            x = min(self.x_of_index(i), self.width() - 40.0)
            p.drawText(
                QRectF(x - 40, rect.bottom() + 4, 80, 20),
                Qt.AlignmentFlag.AlignHCenter,
                fmt_day(d.planned[i][0]),
            )
        # today and exam markers
        if d.today is not None and first < d.today.toordinal() <= last:
            x = self.x_of(d.today)
            p.setPen(QPen(colours["muted"], 1, Qt.PenStyle.DotLine))
            p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
        if d.exam is not None:
            x = self.x_of(d.exam)
            p.setPen(QPen(colours["exam"], 2, Qt.PenStyle.DashLine))
            p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            p.setPen(colours["exam"])
            p.drawText(
                QRectF(x - 124, rect.bottom() - 22, 118, 18),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.tr("Exam {0}").format(fmt_day(d.exam)),
            )
        start = self.origin()
        self._polyline(p, [(start, 0.0), *d.planned], QPen(colours["planned"], 2))
        if d.logged:
            self._polyline(p, [(start, 0.0), *d.logged], QPen(colours["logged"], 1.5), step=True)
        if d.done:
            self._polyline(p, [(start, 0.0), *d.done], QPen(colours["done"], 2.5), step=True)
        if d.forecast:
            self._polyline(p, list(d.forecast), QPen(colours["forecast"], 2, Qt.PenStyle.DashLine))
        if d.done_today is not None:
            p.setPen(QPen(colours["background"], 2))
            p.setBrush(colours["done"])
            centre = QPointF(self.x_of(d.done_today[0]), self.y_of(d.done_today[1]))
            p.drawEllipse(centre, 5, 5)
        self._legend(p, colours)
        if self.hover_index is not None:
            x = self.x_of_index(self.hover_index)
            p.setPen(QPen(colours["muted"], 1))
            p.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))
            p.setPen(QPen(colours["background"], 2))
            p.setBrush(colours["planned"])
            p.drawEllipse(QPointF(x, self.y_of(d.planned[self.hover_index][1])), 4, 4)
            self._draw_label(p, colours, x)

    def _polyline(self, p: QPainter, points: list[Point], pen: QPen, step: bool = False) -> None:
        path = QPainterPath()
        for i, (day, value) in enumerate(points):
            point = QPointF(self.x_of(day), self.y_of(value))
            if i == 0:
                path.moveTo(point)
            else:
                if step:
                    path.lineTo(QPointF(point.x(), path.currentPosition().y()))
                path.lineTo(point)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)

    def legend_labels(self) -> tuple[str, ...]:
        return (self.tr("Planned"), self.tr("Done"), self.tr("Logged"), self.tr("Forecast"))

    def _legend(self, p: QPainter, colours: dict[str, QColor]) -> None:
        pens = [
            QPen(colours["planned"], 2),
            QPen(colours["done"], 2.5),
            QPen(colours["logged"], 1.5),
            QPen(colours["forecast"], 2, Qt.PenStyle.DashLine),
        ]
        fm = QFontMetricsF(p.font())
        entries = zip(self.legend_labels(), pens, self.legend_places(), strict=True)
        for label, pen, place in entries:
            x, y = place.x(), place.y()
            p.setPen(pen)
            p.drawLine(QPointF(x, y), QPointF(x + 18, y))
            p.setPen(colours["text"])
            p.drawText(QPointF(x + 22, y + fm.ascent() / 2 - 1), label)


class WeeklyBarsChart(_Chart):
    """Planned against logged hours, one pair of bars per week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Hours per week"), parent)
        self.setObjectName("chart-weekly")
        self.bars: tuple[WeekBar, ...] = ()
        self._data_changed()

    def set_data(self, bars: Sequence[WeekBar]) -> None:
        self.bars = tuple(bars)
        self._data_changed()

    def count(self) -> int:
        return len(self.bars)

    def legend_labels(self) -> tuple[str, ...]:
        return (self.tr("Planned"), self.tr("Logged"))

    def _slot(self) -> float:
        return self.plot_rect().width() / max(len(self.bars), 1)

    def x_of_index(self, index: int) -> float:
        return self.plot_rect().left() + (index + 0.5) * self._slot()

    def text_for(self, index: int) -> str:
        bar = self.bars[index]
        return self.tr("Week of {0}\n{1} h planned · {2} h logged").format(
            fmt_day(bar.start), format_hours(bar.planned), format_hours(round(bar.logged, 2))
        )

    def summary(self) -> str:
        if not self.bars:
            return self.tr("No weeks to chart")
        planned = sum(b.planned for b in self.bars)
        logged = sum(b.logged for b in self.bars)
        return self.tr("{0} weeks, {1} h planned, {2} h logged").format(
            len(self.bars), format_hours(planned), format_hours(round(logged, 2))
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = series_colours(self.palette())
        if not self.bars:
            self._draw_empty(p, colours, self.tr("No weeks to chart yet"))
            return
        y_max = max([*(max(b.planned, b.logged) for b in self.bars), 1.0]) * 1.1
        self._draw_frame(p, colours, y_max)
        rect = self.plot_rect()
        slot = self._slot()
        bar_w = max(min(slot * 0.36, 18.0), 1.0)
        every = max(1, math.ceil(len(self.bars) / max(rect.width() / 70, 1)))
        for i, bar in enumerate(self.bars):
            centre = self.x_of_index(i)
            if i == self.hover_index or bar.current:
                p.setPen(Qt.PenStyle.NoPen)
                highlight = QColor(colours["done"])
                highlight.setAlphaF(0.12 if bar.current else 0.2)
                p.setBrush(highlight)
                p.drawRect(QRectF(centre - slot / 2, rect.top(), slot, rect.height()))
            for value, colour, offset in (
                (bar.planned, colours["planned"], -bar_w),
                (bar.logged, colours["done"], 0.0),
            ):
                height = value / y_max * rect.height()
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colour)
                p.drawRect(QRectF(centre + offset, rect.bottom() - height, bar_w, height))
            if i % every == 0:
                p.setPen(colours["muted"])
                p.drawText(
                    QRectF(centre - 40, rect.bottom() + 4, 80, 20),
                    Qt.AlignmentFlag.AlignHCenter,
                    fmt_day(bar.start),
                )
        fm = QFontMetricsF(p.font())
        entries = zip(
            self.legend_labels(),
            (colours["planned"], colours["done"]),
            self.legend_places(),
            strict=True,
        )
        for label, colour, place in entries:
            x, y = place.x(), place.y()
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRect(QRectF(x, y - 5, 12, 10))
            p.setPen(colours["text"])
            p.drawText(QPointF(x + 17, y + fm.ascent() / 2 - 1), label)
        if self.hover_index is not None:
            self._draw_label(p, colours, self.x_of_index(self.hover_index))
