"""Every main view at 800×600 and at 1600×1000, light and dark: no cut text, no overlaps.

Measured with font metrics and geometry, not pixels: a label, button or check box
narrower than its text (and not eliding it), two widgets of one layout that cover each
other, or a toolbar that hides actions in its overflow menu fail the test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLayout,
    QToolBar,
    QToolButton,
    QWidget,
)

from planner.services.clock import FixedClock
from planner.ui.app import build_main_window
from planner.ui.main_window import MainWindow
from planner.ui.sidebar import VIEW_ACTIONS
from planner.ui.theme import apply_theme
from tests.plan_factory import schedule, service

pytestmark = pytest.mark.gui

TODAY = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
SIZES = [(800, 600), (1600, 1000)]


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    for w in root.findChildren(QWidget):
        if w.isVisibleTo(root) and not w.isWindow() and w.width() > 0:
            yield w


def cut_text(w: QWidget) -> str | None:
    """What is wrong with ``w``'s text, if it is cut without an ellipsis."""
    if isinstance(w, QLabel):
        text = w.text()
        if not text or w.wordWrap() or w.textFormat() == w.textFormat().RichText or "<" in text:
            return None
        if w.pixmap() is not None and not w.pixmap().isNull():
            return None
        if w.buddy() is not None:
            text = re.sub(r"&(.)", r"\1", text)  # the mnemonic's "&" is not drawn
        need = max(QFontMetrics(w.font()).horizontalAdvance(line) for line in text.split("\n"))
        room = w.contentsRect().width() - 2 * w.margin() - 2 * max(w.indent(), 0)
        if need > room + 1:
            return f"label {text!r} needs {need} px, has {room}"
    elif isinstance(w, QAbstractButton) and w.text():
        if isinstance(w, QToolButton) and w.objectName() == "qt_toolbar_ext_button":
            return None
        need = w.minimumSizeHint().width()
        if w.width() + 1 < need:
            return f"{type(w).__name__} {w.text()!r} needs {need} px, has {w.width()}"
    return None


def layout_widgets(layout: QLayout) -> Iterator[QWidget]:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item is None:
            continue
        if item.widget() is not None:
            yield item.widget()
        elif item.layout() is not None:
            yield from layout_widgets(item.layout())


def overlaps(root: QWidget) -> list[str]:
    found = []
    for parent in [root, *root.findChildren(QWidget)]:
        layout = parent.layout()
        if layout is None or (not parent.isVisibleTo(root) and parent is not root):
            continue
        shown = [w for w in layout_widgets(layout) if w.isVisibleTo(root) and not w.isWindow()]
        for i, a in enumerate(shown):
            for b in shown[i + 1 :]:
                overlap: QRect = a.geometry().intersected(b.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    found.append(
                        f"{a.objectName() or type(a).__name__} overlaps "
                        f"{b.objectName() or type(b).__name__} in {parent.objectName()}"
                    )
    return found


@pytest.fixture(scope="module")
def plan_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("layout") / "data"
    folder.mkdir()
    plan = schedule(12)
    # Long titles, as real modules have: they reach the Edit menu, toolbar and views.
    long_items = tuple(
        replace(
            item, title=f"{item.title}: pick a problem, a metric and a baseline for the project"
        )
        for item in plan.items
    )
    with service(folder) as svc:
        svc.create_plan(
            name="Google Professional Machine Learning Engineer, with a long plan name",
            schedule=replace(plan, items=long_items),
        )
    return folder


@pytest.fixture
def window(qtbot, plan_dir: Path) -> Iterator[MainWindow]:
    win = build_main_window(plan_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    yield win
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", SIZES, ids=["800x600", "1600x1000"])
def test_every_view_fits_the_window(window: MainWindow, size: tuple[int, int], scheme: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, scheme)
    window.resize(*size)
    # Something long to undo: the toolbar must still show Undo and Redo in full.
    window.controller.set_done("course-0/m2", True)
    problems: list[str] = []
    for index, name in enumerate(VIEW_ACTIONS):
        window.show_view(index)
        app.processEvents()
        for w in visible_widgets(window):
            issue = cut_text(w)
            if issue:
                problems.append(f"{name}: {issue}")
        problems += [f"{name}: {issue}" for issue in overlaps(window)]
        for bar in window.findChildren(QToolBar):
            ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
            if ext is not None and ext.isVisible():
                problems.append(f"{name}: toolbar {bar.objectName()} hides actions")
    window.actions_["undo"].trigger()
    assert problems == []


def test_the_sidebar_can_be_resized_and_keeps_its_width(qtbot, plan_dir: Path) -> None:
    win = build_main_window(plan_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    assert win.sidebar.width() < 300
    win.splitter.setSizes([340, 860])
    assert win.sidebar.width() == 340
    # A long plan name is cut with "…" rather than scrolled sideways.
    assert not win.sidebar.list.horizontalScrollBar().isVisible()
    win.close()

    again = build_main_window(plan_dir, FixedClock(TODAY))
    qtbot.addWidget(again)
    again.resize(1200, 800)
    again.show()
    assert again.sidebar.width() == 340


def test_undo_and_redo_stay_short_on_the_toolbar(window: MainWindow) -> None:
    window.controller.set_done("course-0/m2", True)
    undo = window.actions_["undo"]
    assert undo.iconText() == "Undo"
    assert undo.text().startswith("&Undo Tick “Module 2: pick a problem")
    assert undo.toolTip().startswith("Undo Tick “Module 2: pick a problem")
    bar = window.findChild(QToolBar, "toolbar-main")
    assert bar is not None
    button = bar.widgetForAction(undo)
    assert isinstance(button, QToolButton) and button.text() == "Undo"
    window.actions_["undo"].trigger()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_move_and_preferences_dialogs_fit(
    window: MainWindow, scheme: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import date

    from planner.ui.preferences import AppPreferences, PreferencesDialog
    from planner.ui.views import week_calendar as wc

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, scheme)
    window.show_view(VIEW_ACTIONS.index("view-calendar"))
    view = window.calendar_view
    assert isinstance(view, wc.WeekCalendarView)
    block = view.grid.block_on(date(2026, 12, 9))
    assert block is not None
    dialogs = [
        wc.MoveDialog(block, date(2026, 12, 8), window),
        wc.MovePreviewDialog(
            ["It joins the session already on Sat 12 Dec 2026.", "Module 3 · 1 h: Sat → Mon"],
            window,
        ),
        PreferencesDialog(AppPreferences(window.data_dir), window.data_dir, window),
    ]
    problems: list[str] = []
    for dialog in dialogs:
        dialog.show()
        app.processEvents()
        problems += [
            f"{dialog.objectName()}: {p}" for w in visible_widgets(dialog) if (p := cut_text(w))
        ]
        problems += [f"{dialog.objectName()}: {p}" for p in overlaps(dialog)]
        dialog.reject()
        dialog.deleteLater()
    assert problems == []
