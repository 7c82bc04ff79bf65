"""The Qt binding itself must be sound enough for a long session."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.gui


def test_calling_qt_methods_does_not_leak_references_to_none(qtbot) -> None:
    # PySide6 6.12.0 dropped a reference to None on each call of a method returning
    # nothing; before Python 3.12 a long session then dies with "none_dealloc".
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setFocus()
        widget.update()
    assert abs(sys.getrefcount(None) - before) < 50
