"""F1 opens Help: how to use the app, and the shortcuts the menus really have."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from planner.services.clock import FixedClock
from planner.ui.app import build_main_window
from planner.ui.dialogs.help import HelpDialog, plain_text
from planner.ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _window(qtbot: QtBot, data_dir: Path) -> MainWindow:
    from datetime import UTC, datetime

    window = build_main_window(data_dir, FixedClock(datetime(2026, 12, 7, 9, 0, tzinfo=UTC)))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    return window


def test_f1_opens_help_with_every_shortcut_of_the_menus(qtbot: QtBot, data_dir: Path) -> None:
    window = _window(qtbot, data_dir)
    assert window.findChild(HelpDialog) is None
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(HelpDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert "How to use Study Planner" in text
    assert "Keyboard shortcuts" in text
    listed = 0
    for action in window.actions_.all():
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        if keys:
            lines = text.splitlines()  # a table row reads: command, keys, what it does
            command = plain_text(action.text())
            assert command in lines, f"{command} is not in Help"
            line = lines[lines.index(command) + 1]
            assert keys in line, f"{action.objectName()} ({keys}) is not in Help"
            listed += 1
    assert listed >= 10
    assert "F1" in text and "Ctrl+N" in text and "Ctrl+Shift+Z" in text


def test_f1_again_brings_the_same_help_to_the_front(qtbot: QtBot, data_dir: Path) -> None:
    window = _window(qtbot, data_dir)
    window.actions_["help"].trigger()
    first = window.findChild(HelpDialog)
    assert first is not None
    first.close()
    window.actions_["help"].trigger()
    assert window.findChildren(HelpDialog) == [first]
    assert first.isVisible()


def test_help_is_in_the_help_menu(qtbot: QtBot, data_dir: Path) -> None:
    window = _window(qtbot, data_dir)
    menu = window.findChild(QMenu, "menu-help")
    assert menu is not None
    assert window.actions_["help"] in menu.actions()
