"""Pieces This week and Schedule share: the view title and the hours editor."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLabel,
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
