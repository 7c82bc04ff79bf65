"""The frame the dialogs that record one thing share (the exam booking, a practice-exam
attempt): an introduction above a form, a line that says what is wrong, and Save/Cancel.
Saving runs one operation; if it fails, the dialog stays open and shows why.

The texts come from the dialogs themselves, so each stays a literal ``self.tr(...)`` in
its own class (and its translation context) there.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from planner.ui.dialogs.common import explain_buttons

if TYPE_CHECKING:
    from planner.services.operations import Operation
    from planner.ui.controller import PlanController

Std = QDialogButtonBox.StandardButton


def intro_label(text: str, parent: QWidget) -> QLabel:
    """The wrapped paragraph at the top that says what the dialog is for."""
    intro = QLabel(text, parent)
    intro.setWordWrap(True)
    return intro


def finish_form(
    dialog: QDialog,
    name: str,
    intro: QLabel,
    form: QFormLayout,
    save: tuple[str, str],
    on_save: Callable[[], None],
) -> tuple[QLabel, QDialogButtonBox]:
    """Lay out ``intro``, ``form``, the message line and Save/Cancel in ``dialog``.

    ``name`` prefixes the object names (``<name>-message``, ``<name>-save``); ``save`` is
    the Save button's text and tooltip; Save calls ``on_save``, Cancel rejects. Returns
    the message line and the button box.
    """
    message = QLabel(dialog)
    message.setObjectName(f"{name}-message")
    message.setWordWrap(True)
    buttons = QDialogButtonBox(Std.Save | Std.Cancel, dialog)
    button = buttons.button(Std.Save)
    button.setObjectName(f"{name}-save")
    button.setText(save[0])
    button.setToolTip(save[1])
    explain_buttons(buttons)
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(intro)
    layout.addLayout(form)
    layout.addWidget(message)
    layout.addWidget(buttons)
    return message, buttons


def save_or_explain(
    dialog: QDialog,
    controller: PlanController,
    op: Operation,
    message: QLabel,
    not_saved: str,
) -> bool:
    """Run ``op``; close ``dialog`` (accepted) if it was done, else keep it open and show
    the error the controller reported in ``message`` (``not_saved`` if it reported none).
    True if it was done."""
    errors: list[str] = []
    controller.error.connect(errors.append)
    try:
        done = controller.run(op) is not None
    finally:
        controller.error.disconnect(errors.append)
    if done:
        dialog.accept()
    else:
        message.setText(errors[0] if errors else not_saved)
    return done


def exec_modal(dialog: QDialog) -> bool:
    """Show ``dialog`` modally and delete it afterwards; True if it was accepted."""
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
