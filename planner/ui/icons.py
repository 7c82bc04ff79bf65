"""Icons drawn from the SVGs in ``resources/icons`` (crisp at any scale)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from planner.resources import resource_path


@cache
def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "study-planner.svg")))
