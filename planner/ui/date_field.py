"""A date field a user can type into: the whole date, in the form it shows, then Tab.

Why not ``QDateEdit``: it edits a date section by section, and with the locale's month
names in the pattern ("Mar 5, 2027", "5 Mar 2027") typing does not work the way people
type. Over a selected field the first key is refused (the text would not be a whole
date), so the day or month typed first is lost; a month name typed into its section does
not take, and a typed separator that differs from the pattern's moves the rest into the
wrong section ("Mar 5, 2027" became the year 5202). Offscreen and under X alike.

:class:`DateField` is a line edit instead. It shows the date in the app's form
(:func:`planner.ui.formatting.date_pattern`), and when editing ends (Tab, Enter, or
leaving the field) it reads what was typed: that form, the full month name, the ISO
form ``2027-03-05`` and the locale's short numeric form. A date outside the allowed
range is brought to its nearest end; text that is not a date is replaced by the date
the field holds. Either way :attr:`DateField.refused` says so (and a tooltip, where the
platform shows them). The arrow at the right (or
Alt+Down) opens a calendar; Up and Down step a day. It keeps the parts of the
``QDateEdit`` API the app uses (``date``, ``setDate``, ``dateChanged``, the range).

:func:`link_range` makes a "to" field follow its "from" field.
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFocusEvent,
    QGuiApplication,
    QIcon,
    QKeyEvent,
    QPainter,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QMenu,
    QToolTip,
    QWidget,
    QWidgetAction,
)

from planner.ui.formatting import date_pattern

_TWO_DIGIT_YEAR = re.compile(r"(?<!y)yy(?!y)")


def _qdate(day: QDate | dt.date) -> QDate:
    if isinstance(day, QDate):
        return day
    return QDate(day.year, day.month, day.day)


class DateField(QLineEdit):
    """A typed or picked date (see the module docstring)."""

    dateChanged = Signal(QDate)
    refused = Signal(str)  # why typed text was not taken as it was (for a message line)

    def __init__(self, day: QDate | dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pattern = date_pattern(locale=self.locale())
        self._min = QDate(1752, 9, 14)
        self._max = QDate(9999, 12, 31)
        self._date = _qdate(day) if day is not None else QDate.currentDate()
        self._calendar_action = QAction(self._arrow_icon(), self.tr("Pick a date"), self)
        self._calendar_action.setObjectName("date-field-calendar")
        self._calendar_action.triggered.connect(self.show_calendar)
        self.addAction(self._calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.editingFinished.connect(self.commit)
        self._show()
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.text() + "  MMMM") + 24)

    # --- the QDateEdit API the app uses ---------------------------------------------
    def date(self) -> QDate:
        return QDate(self._date)

    def day(self) -> dt.date:
        """The date shown, as a Python date (what the services take)."""
        return dt.date(self._date.year(), self._date.month(), self._date.day())

    def setDate(self, day: QDate | dt.date) -> None:
        wanted = self._bounded(_qdate(day))
        changed = wanted != self._date
        self._date = wanted
        self._show()
        if changed:
            self.dateChanged.emit(QDate(wanted))

    def minimumDate(self) -> QDate:
        return QDate(self._min)

    def maximumDate(self) -> QDate:
        return QDate(self._max)

    def setMinimumDate(self, day: QDate | dt.date) -> None:
        self._min = _qdate(day)
        self._max = max(self._max, self._min)
        self.setDate(self._date)

    def setMaximumDate(self, day: QDate | dt.date) -> None:
        self._max = _qdate(day)
        self._min = min(self._min, self._max)
        self.setDate(self._date)

    def setDateRange(self, first: QDate | dt.date, last: QDate | dt.date) -> None:
        self._min, self._max = _qdate(first), _qdate(last)
        self.setDate(self._date)

    def setDisplayFormat(self, pattern: str) -> None:
        self._pattern = pattern
        self._show()

    def displayFormat(self) -> str:
        return self._pattern

    def setCalendarPopup(self, enable: bool) -> None:
        self._calendar_action.setVisible(enable)

    # --- typing -----------------------------------------------------------------------
    def parse(self, text: str) -> QDate:
        """The date ``text`` names in one of the forms the field reads; invalid if none."""
        cleaned = " ".join(text.split())
        if not cleaned:
            return QDate()
        locale = self.locale()
        short = locale.dateFormat(locale.FormatType.ShortFormat)
        patterns = [
            self._pattern,
            self._pattern.replace("MMM", "MMMM"),
            "yyyy-MM-dd",
            "yyyy-M-d",
            short,
            _TWO_DIGIT_YEAR.sub("yyyy", short),
        ]
        for candidate in dict.fromkeys((cleaned, cleaned.title(), cleaned.lower())):
            for pattern in patterns:
                day = locale.toDate(candidate, pattern)
                if day.isValid():
                    if _TWO_DIGIT_YEAR.search(pattern) and day.year() < 1950:
                        day = day.addYears(100)
                    return day
        return QDate()

    def commit(self) -> None:
        """Read what was typed (when editing ends); see the module docstring."""
        if self.text() == self._text_of(self._date):
            return
        day = self.parse(self.text())
        if not day.isValid():
            shown = self._text_of(self._date)
            self._show()
            example = self._text_of(QDate(2027, 3, 5))
            self._say(self.tr("Not a date; type it like {0}. Kept {1}.").format(example, shown))
            return
        bounded = self._bounded(day)
        if bounded != day:
            text = (
                self.tr("{0} is before {1}, the earliest day here; {1} is used.")
                if day < self._min
                else self.tr("{0} is after {1}, the latest day here; {1} is used.")
            )
            self._say(text.format(self._text_of(day), self._text_of(bounded)))
        self.setDate(bounded)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not mods:
            self.commit()
            self.setDate(self._date.addDays(1 if key == Qt.Key.Key_Up else -1))
            self.selectAll()
            return
        super().keyPressEvent(event)  # Enter ends editing (commit), then reaches the dialog

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if event.reason() in (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        ):
            self.selectAll()  # Tab in, type the date: it replaces the old one

    # --- the calendar -------------------------------------------------------------------
    def show_calendar(self) -> None:
        self.commit()
        menu = QMenu(self)
        menu.setObjectName("date-field-popup")
        calendar = QCalendarWidget(menu)
        calendar.setObjectName("date-field-calendar-widget")
        calendar.setDateRange(self._min, self._max)
        calendar.setSelectedDate(self._date)
        calendar.setFirstDayOfWeek(self.locale().firstDayOfWeek())
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def picked(day: QDate) -> None:
            menu.close()
            self.setDate(day)
            self.setFocus(Qt.FocusReason.PopupFocusReason)

        calendar.clicked.connect(picked)
        calendar.activated.connect(picked)
        menu.aboutToHide.connect(menu.deleteLater)
        menu.popup(self.mapToGlobal(QPoint(0, self.height())))
        calendar.setFocus()

    # --- helpers ------------------------------------------------------------------------
    def _bounded(self, day: QDate) -> QDate:
        return min(max(day, self._min), self._max)

    def _text_of(self, day: QDate) -> str:
        return self.locale().toString(day, self._pattern)

    def _show(self) -> None:
        self.setText(self._text_of(self._date))
        self.setCursorPosition(0)

    def _say(self, message: str) -> None:
        self.refused.emit(message)
        if QGuiApplication.platformName() != "offscreen":  # no tooltip windows there
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), message, self)

    def _arrow_icon(self) -> QIcon:
        """A small down arrow in the text colour (light and dark themes alike)."""
        size = 16
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.palette().text())
        painter.drawPolygon(QPolygonF([QPoint(4, 6), QPoint(12, 6), QPoint(8, 11)]))
        painter.end()
        return QIcon(pixmap)


def link_range(first: DateField, last: DateField) -> None:
    """ "To" follows "from": it can never be before it, and when "from" moves past it, "to"
    moves to the same day (a one-day range, ready to be lengthened)."""
    last.setMinimumDate(first.date())
    first.dateChanged.connect(last.setMinimumDate)  # a "to" before it moves up to it
