"""Pieces the views share: the view title, the week-navigation buttons and the hours editor."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)


def view_title(parent: QWidget, text: str = "") -> QLabel:
    """The bold, slightly larger title at the top of a view."""
    title = QLabel(text, parent)
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

    def tr(text: str) -> str:
        return QCoreApplication.translate("WeekButtons", text)

    buttons = []
    for part, label, tip, accessible, key in zip(
        ("previous", "today", "next"),
        (tr("‹ Previous"), tr("This week"), tr("Next ›")),
        (
            tr("Show the previous week"),
            tr("Back to the week holding today"),
            tr("Show the next week"),
        ),
        (tr("Previous week"), tr("Back to this week"), tr("Next week")),
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
