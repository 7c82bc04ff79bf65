"""Every view and dialog at 800×600 and at 1600×1000, light and dark: no cut text, no overlaps.

Measured with font metrics and geometry, not pixels. These fail the test:

- a label, button or check box narrower than its text, unless it ends the text with "…"
  and its tooltip carries the whole text;
- a cell of a table, tree or list narrower than its text, unless the view ends it with
  "…" (the app's tooltip then shows it whole) and the cell still shows its first ten
  characters — a column crushed to "S…" is cut, whatever the tooltip says;
- two widgets of one layout that cover each other, and content wider than the scroll
  area that shows it;
- a window that cannot be made as small as 800×600;
- a toolbar that hides actions in its overflow menu, and a sidebar that scrolls sideways.

The set of views and dialogs is the screenshot gallery's (``planner.ui.screenshots``):
every picture taken there is inspected here instead, so a new view or dialog added to
the gallery is checked too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLayout,
    QListView,
    QMainWindow,
    QMenu,
    QScrollArea,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionComboBox,
    QTableView,
    QToolBar,
    QToolButton,
    QTreeView,
    QWidget,
    QWizard,
)

from planner.services.clock import FixedClock
from planner.ui.app import build_main_window
from planner.ui.main_window import MainWindow
from planner.ui.sidebar import VIEW_ACTIONS
from planner.ui.theme import apply_theme
from planner.ui.views import parts
from planner.ui.views.parts import (
    ElidedCombo,
    ElidedLabel,
    cell_is_cut,
    cell_text_room,
    cell_tooltip,
)
from tests.plan_factory import schedule, service

pytestmark = pytest.mark.gui

TODAY = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)
SIZES = [(800, 600), (1600, 1000)]
SHOWN_AT_LEAST = 10  # characters a cut cell must still show before its "…"


def visible_widgets(root: QWidget) -> Iterator[QWidget]:
    for w in root.findChildren(QWidget):
        if w.isVisibleTo(root) and not w.isWindow() and w.width() > 0:
            yield w


def cut_text(w: QWidget) -> str | None:
    """What is wrong with ``w``'s text, if it is cut without an ellipsis."""
    if isinstance(w, ElidedLabel):
        if w.is_elided() and w.text() not in w.toolTip():
            return f"label {w.text()!r} is cut and its tooltip {w.toolTip()!r} lacks it"
        return None
    if isinstance(w, QComboBox) and not w.isEditable() and w.currentText():
        option = QStyleOptionComboBox()
        w.initStyleOption(option)
        field = QStyle.SubControl.SC_ComboBoxEditField
        room = w.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, field, w)
        need = QFontMetrics(w.font()).horizontalAdvance(w.currentText())
        if need <= room.width() + 1:
            return None
        if not isinstance(w, ElidedCombo) or w.currentText() not in w.toolTip():
            return f"combo box {w.currentText()!r} needs {need} px, has {room.width()}"
        return None
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
        if (
            isinstance(w, QToolButton)
            and w.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
            and not w.icon().isNull()
        ):
            return None  # its text is only a tooltip (e.g. a line edit's calendar button)
        need = w.minimumSizeHint().width()
        if w.width() + 1 < need:
            return f"{type(w).__name__} {w.text()!r} needs {need} px, has {w.width()}"
    return None


def paints_itself(view: QAbstractItemView, index: QModelIndex) -> bool:
    """A delegate that draws the cell its own way (a progress bar): measured in its own test."""
    delegate = view.itemDelegateForIndex(index)
    return (
        not isinstance(delegate, QStyledItemDelegate)
        or type(delegate).paint is not QStyledItemDelegate.paint
    )


def shown_rows(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """The first column's index of every row at least partly in sight."""
    bottom = view.viewport().rect().bottom()
    index = view.indexAt(QPoint(1, 1))
    while index.isValid():
        index = index.sibling(index.row(), 0)
        if view.visualRect(index).top() > bottom:
            return
        yield index
        if isinstance(view, QTreeView):
            index = view.indexBelow(index)
        else:
            index = index.sibling(index.row() + 1, 0)


def cut_cells(view: QAbstractItemView) -> list[str]:
    """Cells whose text is cut without "…", or crushed to a few characters."""
    model = view.model()
    if model is None or not view.isVisible():
        return []
    header = (
        view.horizontalHeader()
        if isinstance(view, QTableView)
        else view.header()
        if isinstance(view, QTreeView)
        else None
    )
    columns = [view.modelColumn()] if isinstance(view, QListView) else range(model.columnCount())
    found = []
    for first in shown_rows(view):
        for column in columns:
            if header is not None and header.isSectionHidden(column):
                continue
            index = first.sibling(first.row(), column)
            if not index.isValid() or view.visualRect(index).width() <= 0:
                continue
            if paints_itself(view, index) or not cell_is_cut(view, index):
                continue
            text = str(index.data(Qt.ItemDataRole.DisplayRole))
            name = view.objectName() or type(view).__name__
            if view.textElideMode() == Qt.TextElideMode.ElideNone:
                found.append(f"{name}: cell {text!r} is cut without an ellipsis")
                continue
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(font if font is not None else view.font())
            line = text.split("\n")[0]
            least = metrics.horizontalAdvance(line[:SHOWN_AT_LEAST] + "…")
            room = cell_text_room(view, index)
            if room <= 0:
                found.append(f"{name}: cell {text!r} is out of sight (the view scrolls sideways)")
            elif room < least:
                found.append(f"{name}: cell {text!r} is crushed to {room} px")
            elif text not in cell_tooltip(view, index):
                found.append(f"{name}: cell {text!r} is cut and its tooltip lacks it")
            elif not parts.has_cell_tooltips(view):
                found.append(f"{name}: cell {text!r} is cut and its view shows no tooltips")
    return found


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


def problems_in(root: QWidget) -> list[str]:
    """Everything wrong with ``root`` as it is laid out now."""
    QApplication.processEvents()
    problems = [p for w in [root, *visible_widgets(root)] if (p := cut_text(w))]
    for view in root.findChildren(QAbstractItemView):
        if view.isVisibleTo(root) and not isinstance(view, QHeaderView):
            problems += cut_cells(view)
    problems += overlaps(root)
    for area in root.findChildren(QScrollArea):
        inner = area.widget()
        shown = area.viewport().width()
        if area.isVisibleTo(root) and inner is not None and 0 < shown < inner.width() - 1:
            problems.append(
                f"{area.objectName()}: its content is {inner.width()} px wide, {shown} px in sight"
            )
    for bar in root.findChildren(QToolBar):
        ext = bar.findChild(QToolButton, "qt_toolbar_ext_button")
        if ext is not None and ext.isVisible():
            problems.append(f"toolbar {bar.objectName()} hides actions")
    if isinstance(root, MainWindow):
        scroll = root.sidebar.list.horizontalScrollBar()
        if scroll.isVisible():
            problems.append("the sidebar scrolls sideways")
    return problems


def at_size(window: QWidget, size: tuple[int, int]) -> list[str]:
    """Resize ``window`` to ``size`` (a dialog: no larger than it wants) and inspect it."""
    wanted = QSize(*size)
    if not isinstance(window, QMainWindow):
        wanted = wanted.boundedTo(window.maximumSize())
    window.resize(wanted)
    QApplication.processEvents()
    problems = []
    if window.width() > size[0] or window.height() > size[1]:
        problems.append(f"it cannot be made smaller than {window.width()}×{window.height()}")
    return problems + problems_in(window)


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


def walk_gallery(language: str, sizes: list[tuple[int, int]]) -> tuple[list[str], list[str]]:
    """Every picture of the screenshot gallery in ``language``, light and dark: a window
    at each of ``sizes`` (or the size its name says), a part as it is shown. Returns the
    pictures seen and the problems found."""
    from planner.ui.screenshots import render_all

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    problems: list[str] = []
    seen: list[str] = []

    def inspect(name: str, widget: object) -> None:
        assert isinstance(widget, QWidget)
        seen.append(name)
        if isinstance(widget, QMenu):  # the tray menu: its items elide themselves
            return
        if not widget.isWindow():  # a part, such as the status bar: as it is shown
            problems.extend(f"{name}: {p}" for p in problems_in(widget))
            return
        sized = re.search(r"-(\d+)x(\d+)-", name)
        wanted = [(int(sized[1]), int(sized[2]))] if sized else sizes
        before = widget.size()
        for size in wanted:
            problems.extend(f"{name} at {size[0]}×{size[1]}: {p}" for p in at_size(widget, size))
        widget.resize(before)
        QApplication.processEvents()

    try:
        render_all(Path("unused"), ("light", "dark"), language, visit=inspect)
    finally:
        apply_theme(app, "light")
    # The gallery was really walked: each main view and each wizard page, in both schemes.
    suffix = "" if language == "en" else f"-{language}"
    for scheme in ("light", "dark"):
        for name in ("this-week", "schedule", "progress", "catalog", "week-calendar"):
            assert f"{name}-800x600{suffix}-{scheme}" in seen
        assert f"wizard-5-preview{suffix}-{scheme}" in seen
        assert f"dialog-replan{suffix}-{scheme}" in seen
        assert f"dialog-edit-plan{suffix}-{scheme}" in seen
    return seen, problems


def test_the_gallery_fits_at_800x600_and_1600x1000(qtbot) -> None:
    """Every picture of the screenshot gallery, light and dark, at both sizes."""
    _, problems = walk_gallery("en", SIZES)
    assert not problems, "\n".join(problems)


def test_the_german_gallery_fits_at_800x600(qtbot) -> None:
    """The same in German, whose words are longer ("15 h im Rückstand", "Die Prüfung auf
    18. März 2027 verschieben"): every window and dialog at 800×600, light and dark."""
    _, problems = walk_gallery("de", [(800, 600)])
    assert not problems, "\n".join(problems)


@pytest.fixture
def german_window(qtbot, plan_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[MainWindow]:
    """The main window in German (as ``STUDY_PLANNER_LANG=de`` starts it)."""
    from planner.ui.i18n import install

    monkeypatch.setenv("STUDY_PLANNER_LANG", "de")
    win = build_main_window(plan_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    yield win
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    install(app, "en")


def every_view_fits(window: MainWindow, size: tuple[int, int], scheme: str) -> list[str]:
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
        assert (window.width(), window.height()) == size
        problems += [f"{name}: {issue}" for issue in problems_in(window)]
    window.actions_["undo"].trigger()
    return problems


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", SIZES, ids=["800x600", "1600x1000"])
def test_long_titles_fit_every_view(window: MainWindow, size: tuple[int, int], scheme: str) -> None:
    problems = every_view_fits(window, size, scheme)
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_long_titles_fit_every_view_in_german_at_800x600(
    german_window: MainWindow, scheme: str
) -> None:
    assert german_window.menuBar().actions()[0].text() == "&Datei"
    problems = every_view_fits(german_window, (800, 600), scheme)
    assert not problems, "\n".join(problems)


def test_a_crushed_column_is_found(window: MainWindow) -> None:
    """The check itself: a course column narrowed to a few pixels is reported, whole
    columns are not."""
    from planner.ui.views.progress import ProgressView

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.resize(1600, 1000)
    window.show_view(VIEW_ACTIONS.index("view-progress"))
    app.processEvents()
    view = window.findChild(ProgressView)
    assert view is not None
    assert cut_cells(view.courses) == []
    header = view.courses.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    header.resizeSection(0, 40)
    app.processEvents()
    found = cut_cells(view.courses)
    assert found and all("crushed" in line for line in found)


def test_a_cut_cell_shows_its_whole_text_as_tooltip(window: MainWindow) -> None:
    """The catalog at 800 px: a name that does not fit ends with "…"; its tooltip has it."""
    from planner.ui.views.catalog import CatalogView

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.resize(800, 600)
    window.show_view(VIEW_ACTIONS.index("view-catalog"))
    app.processEvents()
    view = window.findChild(CatalogView)
    assert view is not None
    tree = view.tree
    name_width = tree.header().sectionSize(0)
    # Names get the room: the name column is the wider of the two.
    assert name_width > tree.header().sectionSize(1)
    cut = [
        index
        for first in shown_rows(tree)
        if cell_is_cut(tree, index := first.sibling(first.row(), 0))
    ]
    for index in cut:
        assert str(index.data()) in cell_tooltip(tree, index)
    assert tree.textElideMode() == Qt.TextElideMode.ElideRight


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
    index = win.sidebar.list.model().index(0, 0)
    assert cell_is_cut(win.sidebar.list, index)
    assert str(index.data()) in cell_tooltip(win.sidebar.list, index)
    win.close()

    again = build_main_window(plan_dir, FixedClock(TODAY))
    qtbot.addWidget(again)
    again.resize(1200, 800)
    again.show()
    assert again.sidebar.width() == 340


def test_the_plan_menu_button_shows_one_arrow(window: MainWindow) -> None:
    button = window.sidebar.more_button
    assert button.menu() is not None  # the style draws the arrow of a menu button
    assert button.text() == "Plan" and "▾" not in button.text()


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


def test_the_wizard_says_which_step_it_is_on(qtbot, plan_dir: Path) -> None:
    from planner.catalog import load_catalog
    from planner.ui.wizard import NewPlanWizard

    with service(plan_dir) as svc:
        wizard = NewPlanWizard(svc, load_catalog(plan_dir).catalog, TODAY.date())
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.start_page.buttons["software-engineer"].setChecked(True)
        titles = []
        for _ in range(5):
            page = wizard.currentPage()
            titles.append(page.title())
            wizard.next()
        assert [t.split(" · ")[0] for t in titles] == [f"Step {n} of 5" for n in range(1, 6)]
        assert titles[1] == "Step 2 of 5 · Target cloud and certification"
        # The header shows it: the modern style draws the page title at the top.
        assert wizard.wizardStyle() == QWizard.WizardStyle.ModernStyle
        wizard.reject()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_move_and_preferences_dialogs_fit(window: MainWindow, scheme: str) -> None:
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
        problems += [f"{dialog.objectName()}: {p}" for p in problems_in(dialog)]
        dialog.reject()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", ["en", "de"])
def test_what_moves_keeps_room_for_the_items_in_a_narrow_edit_plan(
    qtbot, plan_dir: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    """Edit Plan at 800×600 with many items moving: the day columns' long German titles
    ("Bisher fertig am") are cut with "…" rather than crushing the item column."""
    from planner.ui.dialogs.edit_plan import EditPlanDialog
    from planner.ui.i18n import install

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    monkeypatch.setenv("STUDY_PLANNER_LANG", language)
    win = build_main_window(plan_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    try:
        dialog = EditPlanDialog(win.controller, win)
        qtbot.addWidget(dialog)
        dialog.by_weeks.setChecked(True)
        dialog.hours.setValue(dialog.hours.value() + 4)
        dialog.show()
        problems = at_size(dialog, (800, 600))
        assert dialog.moves.rowCount() > 5
        assert not problems, "\n".join(problems)
        header = dialog.table.horizontalHeader()
        assert header.sectionSize(0) >= dialog.table.viewport().width() // 4
    finally:
        install(app, "en")
