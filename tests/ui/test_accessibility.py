"""Every control is reachable by keyboard, has an accessible name and a tooltip.

The real main window is opened on a demo plan (the screenshots' data), on each
view; then each dialog and each wizard page. Every interactive widget
(buttons, tool buttons, line edits, spin boxes, date/time edits, combo boxes,
check boxes, item views, sliders, charts that take focus) must

- take Tab focus: radio buttons of one exclusive group share a single Tab stop
  (the checked one; the arrow keys move within the group, as Qt and every
  desktop do), and toolbar buttons are reached through their action's menu
  entry or shortcut, as in every desktop app;
- have a non-empty accessible name as Qt exposes it to screen readers (its
  accessibleName, its visible text or its QLabel buddy's text);
- have a tooltip.

The Tab order of each dialog and wizard page follows reading order: going round
the Tab cycle moves down, or right along a row, except for the one jump back to
the top.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QHeaderView,
    QLineEdit,
    QMenu,
    QMenuBar,
    QRadioButton,
    QScrollBar,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
    QWizard,
)

from planner.services.clock import FixedClock
from planner.ui.app import build_main_window
from planner.ui.charts import BurnUpChart, WeeklyBarsChart
from planner.ui.main_window import MainWindow
from planner.ui.screenshots import DEMO_NOW, make_demo_data

pytestmark = pytest.mark.gui

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractItemView,
    QAbstractSlider,
    QTextEdit,
    BurnUpChart,
    WeeklyBarsChart,
)


# --- the checks ----------------------------------------------------------------------
def _inside(widget: QWidget, kinds: tuple[type, ...]) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parentWidget()
    return False


def interactive_widgets(root: QWidget) -> list[QWidget]:
    """The controls a user works with under ``root``, without Qt's internal parts."""
    found = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView | QScrollBar):
            continue
        if widget.objectName().startswith("qt_"):  # e.g. the toolbar's extension button
            continue
        # The line edit inside a spin box, a combo box's popup list, a line edit's clear button.
        if _inside(widget, (QAbstractSpinBox, QComboBox, QLineEdit, QMenuBar)):
            continue
        if not widget.isVisibleTo(root):
            continue
        found.append(widget)
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface.text(QAccessible.Text.Name).strip()


def _radio_group(button: QRadioButton) -> list[QAbstractButton]:
    group = button.group()
    if group is not None and group.exclusive():
        return group.buttons()
    parent = button.parentWidget()
    if button.autoExclusive() and parent is not None:
        return [
            b
            for b in parent.findChildren(QRadioButton)
            if b.autoExclusive() and b.group() is None and b.parentWidget() is parent
        ]
    return [button]


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def keyboard_problem(widget: QWidget) -> str | None:
    if _takes_tab(widget):
        return None
    if isinstance(widget, QRadioButton):
        if any(_takes_tab(b) for b in _radio_group(widget)):
            return None  # one Tab stop per group; the arrow keys move inside it
        return "no button of its radio group takes Tab focus"
    if isinstance(widget, QToolButton) and isinstance(widget.parentWidget(), QToolBar):
        action = widget.defaultAction()
        window = widget.window()
        in_menu = action is not None and any(
            action in menu.actions() for menu in window.findChildren(QMenu)
        )
        if action is not None and (not action.shortcut().isEmpty() or in_menu):
            return None
        return "a toolbar button whose action has no shortcut and no menu entry"
    if not widget.isEnabled():
        return None  # a disabled control is deliberately out of the Tab chain
    return "does not take Tab focus"


def problem_of(widget: QWidget) -> str:
    """What one control lacks, as one line ("" when nothing is missing)."""
    missing = []
    reason = keyboard_problem(widget)
    if reason:
        missing.append(reason)
    if not accessible_name(widget):
        missing.append("no accessible name")
    if not widget.toolTip().strip():
        missing.append("no tooltip")
    if not missing:
        return ""
    label = accessible_name(widget) or widget.objectName() or "?"
    return f"{type(widget).__name__} {label!r}: {', '.join(missing)}"


def problems(widgets: list[QWidget]) -> list[str]:
    assert widgets, "no controls found: the walk is looking in the wrong place"
    return [line for line in map(problem_of, widgets) if line]


def _rect(widget: QWidget, root: QWidget) -> QRect:
    return QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())


def _goes_back(a: QRect, b: QRect) -> bool:
    """True when ``b`` comes before ``a`` in reading order (above it, or left on its row)."""
    if b.bottom() < a.top() + 2:
        return True
    same_row = b.top() < a.bottom() - 2 and a.top() < b.bottom() - 2
    return same_row and b.right() < a.left() + 2


def tab_cycle(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits under ``root``, in order, starting at the first one."""
    controls = set(interactive_widgets(root))
    cycle = []
    widget = root.nextInFocusChain()
    while widget is not root and len(cycle) < 500:
        if (
            widget in controls
            and widget.isEnabled()
            and _takes_tab(widget)
            and widget.isVisibleTo(root)
        ):
            cycle.append(widget)
        widget = widget.nextInFocusChain()
    return cycle


def tab_order_problems(root: QWidget) -> list[str]:
    cycle = tab_cycle(root)
    if len(cycle) < 2:
        return []
    jumps = []
    for i, a in enumerate(cycle):
        b = cycle[(i + 1) % len(cycle)]
        if _goes_back(_rect(a, root), _rect(b, root)):
            jumps.append(f"{accessible_name(a)!r} → {accessible_name(b)!r}")
    # A cycle in reading order jumps back exactly once: from the last control to the first.
    return [] if len(jumps) <= 1 else jumps


# --- fixtures ---------------------------------------------------------------------------
@pytest.fixture
def demo(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    make_demo_data(folder)
    return folder


@pytest.fixture
def window(qtbot, demo: Path) -> Iterator[MainWindow]:
    app = QApplication.instance()
    palette = app.palette()
    win = build_main_window(demo, FixedClock(DEMO_NOW))
    qtbot.addWidget(win)
    win.show()
    yield win
    app.setPalette(palette)


def _view(window: MainWindow, index: int) -> QWidget:
    window.show_view(index)
    QApplication.processEvents()
    page = window.views.currentWidget()
    assert page is not None
    return page


# --- the main window -------------------------------------------------------------------
def test_first_run_window(qtbot, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    win = build_main_window(empty, FixedClock(DEMO_NOW))
    qtbot.addWidget(win)
    win.show()
    assert problems(interactive_widgets(win)) == []


def test_window_toolbar_and_sidebar(window: MainWindow) -> None:
    chrome = [w for w in interactive_widgets(window) if not window.views.isAncestorOf(w)]
    assert problems(chrome) == []


VIEWS = [
    pytest.param(0, id="this-week"),
    pytest.param(1, id="schedule"),
    pytest.param(2, id="progress"),
    pytest.param(3, id="catalog"),
    pytest.param(4, id="readiness"),
]


@pytest.mark.parametrize("index", VIEWS)
def test_each_view(window: MainWindow, index: int) -> None:
    page = _view(window, index)
    assert problems(interactive_widgets(page)) == []


# --- dialogs ---------------------------------------------------------------------------
def _replan(window: MainWindow, folder: Path) -> QDialog:
    from planner.ui.dialogs.replan import ReplanDialog

    return ReplanDialog(window.controller, window)


def _export(window: MainWindow, folder: Path) -> QDialog:
    from planner.ui.dialogs.export import ExportDialog

    dialog = ExportDialog(window.controller, window)
    dialog.path_edit.setText(str(folder.parent / "plan.ics"))
    assert dialog.export()  # after writing, "Open folder" is shown too
    return dialog


def _import_busy(window: MainWindow, folder: Path) -> QDialog:
    from planner.ui.dialogs.export import ImportBusyDialog

    return ImportBusyDialog(window.controller, window)


def _recovery(window: MainWindow, folder: Path) -> QDialog:
    from planner.ui.dialogs.recovery import RecoveryDialog

    window.controller.service.backup("manual")  # a backup to list
    return RecoveryDialog(
        folder, FixedClock(DEMO_NOW), message="The file is damaged.", damaged=True, parent=window
    )


def _restore(window: MainWindow, folder: Path) -> QDialog:
    from planner.ui.dialogs.recovery import RecoveryDialog

    return RecoveryDialog(
        folder, FixedClock(DEMO_NOW), message="Go back to a backup.", damaged=False, parent=window
    )


def _preferences(window: MainWindow, folder: Path) -> QDialog:
    from planner.ui.preferences import AppPreferences, PreferencesDialog

    return PreferencesDialog(AppPreferences(folder), folder, window)


def _days_off(window: MainWindow, folder: Path) -> QDialog:
    from planner.ui.views.schedule import DaysOffDialog

    view = window.controller.view
    assert view is not None
    return DaysOffDialog(view.snapshot.baseline.settings.days_off, DEMO_NOW.date(), window)


def _attempt(window: MainWindow, folder: Path) -> QDialog:
    from planner.core.readiness import plan_domains
    from planner.ui.dialogs.attempt import AttemptDialog

    view = window.controller.view
    assert view is not None
    return AttemptDialog(window.controller, plan_domains(view.snapshot.items), None, window)


def _booking(window: MainWindow, folder: Path) -> QDialog:
    from planner.ui.dialogs.booking import BookingDialog

    return BookingDialog(window.controller, window)


DIALOGS = [
    pytest.param(_replan, id="replan"),
    pytest.param(_export, id="export"),
    pytest.param(_import_busy, id="import-busy"),
    pytest.param(_recovery, id="recovery"),
    pytest.param(_restore, id="restore"),
    pytest.param(_preferences, id="preferences"),
    pytest.param(_days_off, id="days-off"),
    pytest.param(_attempt, id="attempt"),
    pytest.param(_booking, id="booking"),
]


@pytest.fixture
def open_dialog(qtbot, window: MainWindow, demo: Path):  # type: ignore[no-untyped-def]
    def make(factory) -> QDialog:  # type: ignore[no-untyped-def]
        dialog = factory(window, demo)
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        return dialog

    return make


@pytest.mark.parametrize("factory", DIALOGS)
def test_each_dialog(open_dialog, factory) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(factory)
    assert problems(interactive_widgets(dialog)) == []


@pytest.mark.parametrize("factory", DIALOGS)
def test_dialog_tab_order_follows_reading_order(open_dialog, factory) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(factory)
    assert len(tab_cycle(dialog)) >= 2
    assert tab_order_problems(dialog) == []


# --- the wizard ------------------------------------------------------------------------
@pytest.fixture
def wizard(qtbot, window: MainWindow, demo: Path):  # type: ignore[no-untyped-def]
    from planner.catalog import load_catalog
    from planner.ui.wizard import NewPlanWizard

    catalog = load_catalog(demo).catalog
    wiz = NewPlanWizard(
        window.controller.service, catalog, DEMO_NOW.date(), window, timezone="Europe/Berlin"
    )
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


PAGES = ["start", "exam", "courses", "time", "preview"]


def _on_page(wizard: QWizard, name: str) -> QWidget:
    for _ in range(PAGES.index(name)):
        wizard.next()
    QApplication.processEvents()
    page = wizard.currentPage()
    assert page.objectName() == f"page-{name}"
    return page


@pytest.mark.parametrize("name", PAGES)
def test_each_wizard_page(wizard: QWizard, name: str) -> None:
    page = _on_page(wizard, name)
    buttons = [wizard.button(b) for b in QWizard.WizardButton if b.value < 8]
    shown = [b for b in buttons if b is not None and b.isVisibleTo(wizard)]
    assert problems(interactive_widgets(page) + shown) == []


@pytest.mark.parametrize("name", PAGES)
def test_wizard_tab_order_follows_reading_order(wizard: QWizard, name: str) -> None:
    _on_page(wizard, name)
    assert len(tab_cycle(wizard)) >= 2
    assert tab_order_problems(wizard) == []


# --- the checks themselves --------------------------------------------------------------
def test_the_checks_catch_a_control_without_name_tooltip_or_tab_focus(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QSpinBox, QVBoxLayout

    dialog = QDialog()
    qtbot.addWidget(dialog)
    spin = QSpinBox(dialog)
    mouse_only = QPushButton("Go", dialog)
    mouse_only.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    mouse_only.setToolTip("Go somewhere")
    layout = QVBoxLayout(dialog)
    layout.addWidget(mouse_only)
    layout.addWidget(spin)
    dialog.show()
    assert problems(interactive_widgets(dialog)) == [
        "QSpinBox '?': no accessible name, no tooltip",
        "QPushButton 'Go': does not take Tab focus",
    ]
    # Tab order top → bottom → middle → top jumps back twice: not reading order.
    mouse_only.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    second = QPushButton("Below", dialog)
    layout.addWidget(second)
    QApplication.processEvents()
    QWidget.setTabOrder(mouse_only, second)
    QWidget.setTabOrder(second, spin)
    assert len(tab_order_problems(dialog)) == 2
    QWidget.setTabOrder(mouse_only, spin)
    QWidget.setTabOrder(spin, second)
    assert tab_order_problems(dialog) == []
