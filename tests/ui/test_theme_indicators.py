"""Check boxes stay visible in both themes: their border reaches 3:1 (WCAG 1.4.11).

The border is measured on rendered pixels: an item view with one unchecked,
text-less check box (the This week and Schedule rows) and a plain check box
(the wizard's study days) are drawn offscreen, and the colour of the indicator's
outermost ring is compared with the background it sits on.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QCheckBox, QTableView, QTreeView, QWidget

from planner.ui.theme import apply_theme, contrast_ratio

pytestmark = pytest.mark.gui


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    original = qapp.palette()
    yield qapp
    qapp.setPalette(original)


def border_colour(image: QImage, background: QColor) -> QColor:
    """The most common colour on the edge of the box around everything not ``background``."""
    drawn = [
        (x, y)
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).rgb() != background.rgb()
    ]
    assert drawn, "nothing was drawn: no check box to measure"
    xs, ys = [x for x, _ in drawn], [y for _, y in drawn]
    left, right, top, bottom = min(xs), max(xs), min(ys), max(ys)
    assert right - left >= 8 and bottom - top >= 8, "the drawn shape is too small for a check box"
    ring = [
        image.pixelColor(x, y).name() for x, y in drawn if x in (left, right) or y in (top, bottom)
    ]
    return QColor(Counter(ring).most_common(1)[0][0])


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("view_class", [QTableView, QTreeView])
def test_unchecked_item_view_check_box_border_reaches_3_to_1(
    qtbot, app: QApplication, scheme: str, view_class: type[QTableView] | type[QTreeView]
) -> None:
    apply_theme(app, scheme)
    model = QStandardItemModel(1, 1)
    item = QStandardItem("")
    item.setCheckable(True)
    item.setCheckState(Qt.CheckState.Unchecked)
    model.setItem(0, 0, item)
    view = view_class()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no focus frame in the cell
    view.setCurrentIndex(QModelIndex())
    view.resize(240, 120)
    view.show()
    app.processEvents()

    cell = view.visualRect(model.index(0, 0))
    image = view.viewport().grab(cell).toImage()
    background = view.viewport().palette().color(view.viewport().backgroundRole())
    border = border_colour(image, background)
    ratio = contrast_ratio(border, background)
    assert ratio >= 3.0, f"{scheme}: border {border.name()} on {background.name()} is {ratio:.2f}:1"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_unchecked_check_box_border_reaches_3_to_1(qtbot, app: QApplication, scheme: str) -> None:
    apply_theme(app, scheme)
    page = QWidget()
    qtbot.addWidget(page)
    box = QCheckBox("", page)
    box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    page.resize(80, 40)
    page.show()
    app.processEvents()

    image = box.grab().toImage()
    background = page.palette().color(page.backgroundRole())
    border = border_colour(image, background)
    ratio = contrast_ratio(border, background)
    assert ratio >= 3.0, f"{scheme}: border {border.name()} on {background.name()} is {ratio:.2f}:1"
