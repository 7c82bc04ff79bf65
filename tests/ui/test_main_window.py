"""The main window a new user sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenuBar, QPushButton

from planner import __version__
from planner.ui.app import build_main_window

pytestmark = pytest.mark.gui


def test_first_run_shows_the_empty_state_with_one_clear_action(qtbot, data_dir: Path) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Study Planner"
    assert not window.windowIcon().isNull()
    button = window.findChild(QPushButton, "empty-state-create")
    assert button is not None and button.isVisible()
    assert (
        "first study plan"
        in window.empty_state.findChild(type(window.empty_state.notice), "empty-state-title").text()
    )
    menus = [a.text().replace("&", "") for a in window.findChild(QMenuBar).actions()]
    assert menus[:3] == ["File", "Edit", "View"] and menus[-1] == "Help"
    assert window.statusBar().currentMessage() == "No study plan yet"


def test_actions_have_stable_names_and_standard_shortcuts(qtbot, data_dir: Path) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    new_plan = window.findChild(type(window.actions_["new-plan"]), "action-new-plan")
    assert new_plan is not None
    assert new_plan.shortcut().toString() == "Ctrl+N"
    assert window.actions_["export-calendar"].shortcut().toString() == "Ctrl+E"
    assert window.actions_["redo"].shortcut().toString() == "Ctrl+Shift+Z"


def test_about_names_version_and_licence(qtbot, data_dir: Path) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    text = window.about_text()
    assert __version__ in text and "MIT" in text


def test_window_geometry_is_remembered(qtbot, data_dir: Path) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    window.resize(640, 470)
    window.close()
    again = build_main_window(data_dir)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (640, 470)
