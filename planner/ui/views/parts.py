"""Pieces the views share: the view title, the week-navigation buttons, a label that
elides, the hours editor, and tooltips with the whole text of a cell cut with "…".
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QStylePainter,
    QToolTip,
    QWidget,
)


class ElidedLabel(QLabel):
    """A one-line label that ends with "…" when it is too narrow; the tooltip has it whole.

    ``text()`` stays the whole text. Its minimum width is a few characters, so a long
    title never makes the window wider than the screen.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._own_tip = ""

    def setToolTip(self, tip: str) -> None:
        self._own_tip = tip
        self._update_tip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def is_elided(self) -> bool:
        return (
            QFontMetrics(self.font()).horizontalAdvance(self.text()) > self.contentsRect().width()
        )

    def shown_text(self) -> str:
        """The text as drawn: whole, or cut with "…" to the label's width."""
        metrics = QFontMetrics(self.font())
        return metrics.elidedText(
            self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width()
        )

    def _update_tip(self) -> None:
        tip = self._own_tip
        if self.is_elided():
            tip = f"{self.text()}\n{tip}" if tip else self.text()
        super().setToolTip(tip)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        metrics = QFontMetrics(self.font())
        return QSize(min(hint.width(), metrics.horizontalAdvance("M" * 6)), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            self.contentsRect(),
            int(self.alignment()),
            self.palette(),
            self.isEnabled(),
            self.shown_text(),
            self.foregroundRole(),
        )


class ElidedCombo(QComboBox):
    """A combo box as wide as ``chars`` characters, not as its longest entry: a long course
    title ends with "…" in the box (its list and tooltip show it whole) instead of widening
    the dialog past a small screen."""

    def __init__(self, parent: QWidget | None = None, chars: int = 24) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(chars)
        self._own_tip = ""
        self.currentIndexChanged.connect(self._update_tip)

    def setToolTip(self, tip: str) -> None:
        self._own_tip = tip
        self._update_tip()

    def is_elided(self) -> bool:
        metrics = QFontMetrics(self.font())
        return metrics.horizontalAdvance(self.currentText()) > self.text_room()

    def _update_tip(self) -> None:
        tip = self._own_tip
        if self.currentText() and self.is_elided():
            tip = f"{self.currentText()}\n{tip}" if tip else self.currentText()
        super().setToolTip(tip)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def text_room(self) -> int:
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        rect = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        return rect.width()

    def shown_text(self) -> str:
        metrics = QFontMetrics(self.font())
        return metrics.elidedText(self.currentText(), Qt.TextElideMode.ElideRight, self.text_room())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class FlowLayout(QLayout):
    """Widgets side by side, wrapping onto another line when the row is too narrow (a
    row of buttons whose German words need more room than a small window has)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def sizeHint(self) -> QSize:
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap * max(len(shown) - 1, 0)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        m = self.contentsMargins()
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), hint))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


class WrapButton(QPushButton):
    """A push button whose text wraps onto more lines when the button is narrow.

    It is as wide as its text on one line when there is room; in a narrow window it
    becomes taller rather than wider, so a long sentence ("Move the exam to …") never
    makes a dialog wider than a small screen. ``text()`` is the whole text.
    """

    LEAST_CHARS = 16  # the narrowest it gets: about this many characters a line

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Preferred)  # it may be narrower
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def _option(self) -> QStyleOptionButton:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        return option

    def _padding(self) -> QSize:
        """What the style adds around the text."""
        option = self._option()
        option.text = ""
        inner = QSize(0, QFontMetrics(self.font()).height())
        outer = self.style().sizeFromContents(
            QStyle.ContentsType.CT_PushButton, option, inner, self
        )
        return QSize(max(outer.width(), 16), outer.height() - inner.height())

    def _text_size(self, width: int) -> QSize:
        flags = int(
            Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        metrics = QFontMetrics(self.font())
        return metrics.boundingRect(QRect(0, 0, max(width, 1), 100_000), flags, self.text()).size()

    def sizeHint(self) -> QSize:
        pad = self._padding()
        one_line = self._text_size(100_000)
        width = one_line.width() + 2 + pad.width()  # 2: slack, so that it never wraps
        return QSize(width, one_line.height() + pad.height())

    def minimumSizeHint(self) -> QSize:
        pad = self._padding()
        least = QFontMetrics(self.font()).averageCharWidth() * self.LEAST_CHARS + pad.width()
        width = min(self.sizeHint().width(), least)
        return QSize(width, self.heightForWidth(width))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        pad = self._padding()
        return self._text_size(width - pad.width()).height() + pad.height()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = self._option()
        option.text = ""
        painter.drawControl(QStyle.ControlElement.CE_PushButton, option)
        pad = self._padding()
        room = self.rect().adjusted(pad.width() // 2, 0, -(pad.width() - pad.width() // 2), 0)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter)
        self.style().drawItemText(
            painter,
            room,
            flags,
            option.palette,
            self.isEnabled(),
            self.text(),
            QPalette.ColorRole.ButtonText,
        )


def view_title(parent: QWidget, text: str = "") -> QLabel:
    """The bold, slightly larger title at the top of a view; cut with "…" when narrow."""
    title = ElidedLabel(text, parent)
    font = title.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    title.setFont(font)
    return title


def week_buttons(
    parent: QWidget, name: str, keys: tuple[str, str, str], *, shortcuts: bool
) -> tuple[QPushButton, QPushButton, QPushButton]:
    """‹ Previous, This week and Next ›, as This week and the week calendar show them.

    Object names are ``{name}-previous``, ``{name}-today`` and ``{name}-next``; ``keys``
    name each button's key in its tooltip ("" for none) and, with ``shortcuts``, are the
    buttons' own shortcuts (a view that handles the keys itself passes False).
    """

    buttons = []
    for part, label, tip, accessible, key in zip(
        ("previous", "today", "next"),
        (
            QCoreApplication.translate("WeekButtons", "‹ Previous"),
            QCoreApplication.translate("WeekButtons", "This week"),
            QCoreApplication.translate("WeekButtons", "Next ›"),
        ),
        (
            QCoreApplication.translate("WeekButtons", "Show the previous week"),
            QCoreApplication.translate("WeekButtons", "Back to the week holding today"),
            QCoreApplication.translate("WeekButtons", "Show the next week"),
        ),
        (
            QCoreApplication.translate("WeekButtons", "Previous week"),
            QCoreApplication.translate("WeekButtons", "Back to this week"),
            QCoreApplication.translate("WeekButtons", "Next week"),
        ),
        keys,
        strict=True,
    ):
        button = QPushButton(label, parent)
        button.setObjectName(f"{name}-{part}")
        button.setToolTip(f"{tip} ({key})" if key else tip)
        button.setAccessibleName(accessible)
        if shortcuts and key:
            button.setShortcut(key)
        buttons.append(button)
    return buttons[0], buttons[1], buttons[2]


class HoursDelegate(QStyledItemDelegate):
    """Edits a number of hours with a spin box in quarter hours."""

    def __init__(self, minimum: float, maximum: float, accessible_name: str, parent: QWidget):
        super().__init__(parent)
        self._range = (minimum, maximum)
        self._accessible_name = accessible_name

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        box = QDoubleSpinBox(parent)
        box.setDecimals(2)
        box.setSingleStep(0.25)
        box.setRange(*self._range)
        box.setSuffix(" h")
        box.setAccessibleName(self._accessible_name)
        return box

    def updateEditorGeometry(
        self,
        editor: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """As wide as the spin box needs, growing leftwards over a narrow column."""
        rect = QRect(option.rect)
        width = max(rect.width(), editor.sizeHint().width())
        height = max(rect.height(), editor.sizeHint().height())
        top = rect.center().y() - height // 2
        editor.setGeometry(QRect(rect.right() + 1 - width, top, width, height))


def cell_text_room(view: QAbstractItemView, index: QModelIndex) -> int:
    """How wide the text of ``index`` may be drawn in ``view``, in pixels."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    # Only what is in sight counts: a list item may reach past the viewport's edge.
    option.rect = view.visualRect(index).intersected(view.viewport().rect())
    delegate = view.itemDelegateForIndex(index)
    if isinstance(delegate, QStyledItemDelegate):
        delegate.initStyleOption(option, index)
    style = view.style()
    rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, view) + 1
    return rect.width() - 2 * margin


def cell_is_cut(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Whether the cell's text is wider than the room it has (lines measured one by one)."""
    text = index.data(Qt.ItemDataRole.DisplayRole)
    if text is None or str(text) == "":
        return False
    font = index.data(Qt.ItemDataRole.FontRole)
    metrics = QFontMetrics(font if font is not None else view.font())
    room = cell_text_room(view, index)
    lines = str(text).split("\n")
    need = max(metrics.horizontalAdvance(line) for line in lines)
    wraps = bool(getattr(view, "wordWrap", lambda: False)())
    if need <= room:
        return False
    if not wraps:
        return True
    # Wrapped: cut when the wrapped lines are taller than the row, or a word is too wide.
    height = view.visualRect(index).height()
    flags = int(Qt.TextFlag.TextWordWrap)
    bound = metrics.boundingRect(0, 0, max(room, 1), 100000, flags, str(text))
    return bound.height() > height or bound.width() > room


def cell_tooltip(view: QAbstractItemView, index: QModelIndex) -> str:
    """The tooltip a cell shows: its own, led by its whole text when the cell cuts it."""
    own = index.data(Qt.ItemDataRole.ToolTipRole)
    own = "" if own is None else str(own)
    if not cell_is_cut(view, index):
        return own
    text = str(index.data(Qt.ItemDataRole.DisplayRole))
    if text in own:
        return own
    return f"{text}\n{own}" if own else text


class CellTooltips(QObject):
    """Shows :func:`cell_tooltip` over every item view of the app: a cell cut with "…"
    shows its whole text when the pointer rests on it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        view = watched.parent() if isinstance(watched, QWidget) else None
        if not isinstance(view, QAbstractItemView) or view.viewport() is not watched:
            return False
        index = view.indexAt(event.pos())
        if not index.isValid():
            return False
        tip = cell_tooltip(view, index)
        if not tip:
            return False
        QToolTip.showText(event.globalPos(), tip, view.viewport(), view.visualRect(index))
        return True


_TOOLTIPS: list[CellTooltips] = []
_View = TypeVar("_View", bound=QAbstractItemView)


def cell_tooltips(view: _View) -> _View:
    """This view's cells cut with "…" show their whole text when the pointer rests on
    them. Watches only the view's viewport: an app-wide filter would run Python for every
    event of the app (and build Qt's large event-type enum before the first paint)."""
    if not _TOOLTIPS:
        app = QCoreApplication.instance()
        _TOOLTIPS.append(CellTooltips(app))
    # The viewport found by the name Qt gives it: PySide6's first ``viewport()`` call
    # builds some 60 enum types (about 10 ms before the first paint); later calls are cheap.
    direct = Qt.FindChildOption.FindDirectChildrenOnly
    viewport = view.findChild(QWidget, "qt_scrollarea_viewport", direct) or view.viewport()
    viewport.installEventFilter(_TOOLTIPS[0])
    view.setProperty("cellTooltips", True)
    return view


def has_cell_tooltips(view: QAbstractItemView) -> bool:
    """Whether :func:`cell_tooltips` was set up for this view."""
    return bool(view.property("cellTooltips"))
