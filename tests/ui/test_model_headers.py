"""Every item model's header shows its own column titles, as a view asks for them.

The titles come from one shared ``headerData`` (``planner.ui.models.base``); a view
asks through Qt, so the proxy here makes the call from C++, as a header view does.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QIdentityProxyModel, Qt

from planner.catalog import load_catalog
from planner.ui.dialogs.replan import MovesModel
from planner.ui.models.schedule import ScheduleModel
from planner.ui.models.this_week import ThisWeekModel
from planner.ui.models.wizard_courses import CourseListModel
from planner.ui.models.wizard_preview import WeekPreviewModel
from planner.ui.views.catalog import CatalogModel
from planner.ui.views.progress import CourseProgressModel

pytestmark = pytest.mark.gui

HORIZONTAL = Qt.Orientation.Horizontal


def _models(data_dir: Path) -> dict[str, QAbstractItemModel]:
    catalog = load_catalog(data_dir).catalog
    return {
        "schedule": ScheduleModel(),
        "this week": ThisWeekModel(),
        "moves": MovesModel(),
        "progress": CourseProgressModel(),
        "courses": CourseListModel(catalog),
        "preview": WeekPreviewModel(),
        "catalog": CatalogModel(catalog),
    }


TITLES = {
    "schedule": ["Week / item", "Hours", "Estimate"],
    "this week": ["When", "Module", "Hours", "Logged"],
    "moves": ["Item", "Was done by", "Now done by", "Shift"],
    "progress": ["Course", "Progress", "Hours"],
    "courses": ["Course and modules", "Hours"],
    "preview": ["Week", "Hours"],
    "catalog": ["Name", "Summary"],
}


@pytest.mark.parametrize("name", sorted(TITLES))
def test_header_shows_the_models_column_titles(qtbot, data_dir: Path, name: str) -> None:
    model = _models(data_dir)[name]
    proxy = QIdentityProxyModel()
    proxy.setSourceModel(model)
    columns = proxy.columnCount()
    assert [proxy.headerData(i, HORIZONTAL) for i in range(columns)] == TITLES[name]
    # only the horizontal header's text: no row numbers, nothing past the end, and no
    # tooltips — except where a narrow column cuts its title with "…" (What moves)
    tip = proxy.headerData(1, HORIZONTAL, Qt.ItemDataRole.ToolTipRole)
    assert tip == (TITLES[name][1] if name == "moves" else None)
    assert proxy.headerData(columns, HORIZONTAL) is None
    assert proxy.headerData(0, Qt.Orientation.Vertical) is None
