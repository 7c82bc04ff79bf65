"""Small helpers the dialogs and the wizard share: naming controls, explaining buttons."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

W = TypeVar("W", bound=QWidget)

Std = QDialogButtonBox.StandardButton


def describe(widget: W, name: str, tip: str, accessible: str = "") -> W:
    """Give a control its object name, tooltip and (if its text is not enough) accessible name."""
    widget.setObjectName(name)
    widget.setToolTip(tip)
    if accessible:
        widget.setAccessibleName(accessible)
    return widget


def _tr(text: str) -> str:
    return QCoreApplication.translate("DialogButtons", text)


def explain_buttons(box: QDialogButtonBox) -> None:
    """Tooltips for the standard buttons of ``box`` that have none yet."""
    tips = {
        Std.Ok: _tr("Save the changes and close"),
        Std.Cancel: _tr("Close without changing anything"),
        Std.Close: _tr("Close this window"),
    }
    for standard, tip in tips.items():
        button = box.button(standard)
        if button is not None and not button.toolTip():
            button.setToolTip(tip)
