"""The main window: first run, the plans sidebar, plan actions, status bar, hand-over."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenuBar, QPushButton, QWidget

from planner import __version__
from planner.core.plan import PlanSettings
from planner.core.scheduler import build_schedule
from planner.services.clock import FixedClock
from planner.storage import DB_FILENAME
from planner.storage.backups import list_backups
from planner.ui import main_window as main_window_module
from planner.ui.actions import SPECS
from planner.ui.app import build_main_window
from planner.ui.main_window import MainWindow
from planner.ui.single_instance import InstanceServer
from tests.plan_factory import items, schedule, service

pytestmark = pytest.mark.gui

TODAY = datetime(2026, 12, 8, 9, 0, tzinfo=UTC)


def _with_plans(qtbot, data_dir: Path, *names: str) -> MainWindow:
    for minutes, name in enumerate(names):  # the last one is the most recently used
        with service(data_dir, now=TODAY - timedelta(hours=1) + timedelta(minutes=minutes)) as svc:
            svc.create_plan(name=name, schedule=schedule(12))
    win = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    return win


def _names(win: MainWindow) -> list[str]:
    model = win.sidebar.model
    return [model.index(r).data() for r in range(model.rowCount())]


def test_first_run_shows_the_empty_state_with_one_clear_action(qtbot, data_dir: Path) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "Study Planner"
    assert not window.windowIcon().isNull()
    button = window.findChild(QPushButton, "empty-state-create")
    assert button is not None and button.isVisible()
    assert "first study plan" in window.empty_state.findChild(QWidget, "empty-state-title").text()
    body = window.empty_state.findChild(QWidget, "empty-state-body")
    assert body.height() >= body.heightForWidth(body.width()), "the explanation is cut off"
    menus = [a.text().replace("&", "") for a in window.findChild(QMenuBar).actions()]
    assert menus[:3] == ["File", "Edit", "View"] and menus[-1] == "Help"
    assert window.statusBar().currentMessage() == "No study plan yet"
    for name in ("export-calendar", "rebalance", "delete-plan", "undo", "redo"):
        assert not window.actions_[name].isEnabled(), name


def test_actions_have_stable_names_and_standard_shortcuts(qtbot, data_dir: Path) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    for name in ("new-plan", "export-calendar", "rebalance", "undo", "redo"):
        assert window.findChild(type(window.actions_[name]), f"action-{name}") is not None
    assert window.actions_["new-plan"].shortcut().toString() == "Ctrl+N"
    assert window.actions_["undo"].shortcut().toString() == "Ctrl+Z"
    assert window.actions_["export-calendar"].shortcut().toString() == "Ctrl+E"
    assert window.actions_["redo"].shortcut().toString() == "Ctrl+Shift+Z"
    shortcuts = [
        a.shortcut().toString() for a in window.actions_.all() if not a.shortcut().isEmpty()
    ]
    assert len(shortcuts) == len(set(shortcuts)), "two actions share a shortcut"
    for spec in SPECS:
        assert window.actions_[spec.name].toolTip(), spec.name


def test_every_control_of_the_plan_window_has_an_accessible_name_and_tooltip(
    qtbot, data_dir: Path
) -> None:
    window = _with_plans(qtbot, data_dir, "Google MLE")
    mine = (window.sidebar, window.this_week, window.schedule)
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QHeaderView

    for area in mine:
        for control in area.findChildren(QAbstractButton) + area.findChildren(QAbstractItemView):
            if control.objectName().startswith("qt_") or isinstance(control, QHeaderView):
                continue  # Qt's own parts of a view (corner button, headers)
            action = getattr(control, "defaultAction", lambda: None)()
            if action is not None:
                assert action.toolTip(), action.objectName()
                continue  # a button for a registry action: the action carries the text
            name = control.objectName()
            assert control.accessibleName(), name
            assert control.toolTip(), name
            assert control.focusPolicy() != Qt.FocusPolicy.NoFocus, name


def test_about_names_version_and_licence(qtbot, data_dir: Path) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    text = window.about_text()
    assert __version__ in text and "MIT" in text


def test_window_geometry_is_remembered(qtbot, data_dir: Path) -> None:
    window = build_main_window(data_dir)
    qtbot.addWidget(window)
    window.show()
    window.resize(780, 580)
    window.close()
    again = build_main_window(data_dir)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (780, 580)


def test_sidebar_lists_plans_and_switches_between_them(qtbot, data_dir: Path) -> None:
    window = _with_plans(qtbot, data_dir, "Google MLE", "AWS MLA")
    # Listed by name; the most recently used plan (the last created) is shown.
    assert _names(window) == ["AWS MLA", "Google MLE"]
    assert window.windowTitle() == "AWS MLA — Study Planner"
    assert window.sidebar.list.currentIndex().row() == 0
    window.sidebar.list.setCurrentIndex(window.sidebar.model.index(1))
    assert window.controller.view is not None
    assert window.controller.view.snapshot.name == "Google MLE"
    assert window.windowTitle() == "Google MLE — Study Planner"
    assert _names(window) == ["AWS MLA", "Google MLE"]


def test_status_bar_shows_the_plan_state_and_days_to_the_exam(qtbot, data_dir: Path) -> None:
    settings = PlanSettings(
        start=date(2026, 12, 1),
        hours_per_week=6,
        study_days=frozenset({0, 2, 5}),
        exam_date=date(2027, 2, 1),
    )
    with service(data_dir) as svc:
        plan_id = svc.create_plan(name="Exam plan", schedule=build_schedule(items(12), settings))
        svc.tick(plan_id, "course-0/m0")
    window = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(window)
    # Planned before Tue Dec 8: Wed 2, Sat 5, Mon 7 (6 h); done: module 0 (3 h).
    text = window.plan_state.text()
    assert text.startswith("Behind by 3 h")
    assert "55 days to the exam" in text and "33 h to go" in text


def test_rename_and_undo(qtbot, monkeypatch, data_dir: Path) -> None:
    window = _with_plans(qtbot, data_dir, "Google MLE")
    monkeypatch.setattr(main_window_module, "ask_plan_name", lambda *a: "Google PMLE 2027")
    window.actions_["rename-plan"].trigger()
    assert _names(window) == ["Google PMLE 2027"]
    assert window.actions_["undo"].text() == "&Undo Rename “Google MLE”"
    window.actions_["undo"].trigger()
    assert _names(window) == ["Google MLE"]


def test_an_empty_name_is_refused_with_a_message(qtbot, monkeypatch, data_dir: Path) -> None:
    window = _with_plans(qtbot, data_dir, "Google MLE")
    monkeypatch.setattr(main_window_module, "ask_plan_name", lambda *a: "\t\x07 ")
    window.actions_["rename-plan"].trigger()
    assert _names(window) == ["Google MLE"]


def test_duplicate_as_what_if_copies_progress(qtbot, monkeypatch, data_dir: Path) -> None:
    window = _with_plans(qtbot, data_dir, "Google MLE")
    window.controller.set_done("course-0/m0", True)
    monkeypatch.setattr(main_window_module, "ask_plan_name", lambda *a: "What-if 12 h")
    window.actions_["duplicate-plan"].trigger()
    assert sorted(_names(window)) == ["Google MLE", "What-if 12 h"]
    view = window.controller.view
    assert view is not None and view.snapshot.name == "What-if 12 h"
    assert view.snapshot.ledger.done == {"course-0/m0"}


def test_archive_hides_the_plan_and_undo_brings_it_back(qtbot, data_dir: Path) -> None:
    window = _with_plans(qtbot, data_dir, "Google MLE", "AWS MLA")
    window.actions_["archive-plan"].trigger()
    assert _names(window) == ["Google MLE"]
    assert "Undo" in window.statusBar().currentMessage()
    window.actions_["undo"].trigger()
    assert sorted(_names(window)) == ["AWS MLA", "Google MLE"]
    assert window.controller.view is not None
    assert window.controller.view.snapshot.name == "AWS MLA"


def test_delete_asks_first_and_keeps_a_backup(qtbot, monkeypatch, data_dir: Path) -> None:
    window = _with_plans(qtbot, data_dir, "Google MLE")
    asked: list[str] = []

    def refuse(parent: QWidget, name: str) -> bool:
        asked.append(name)
        return False

    monkeypatch.setattr(main_window_module, "confirm_delete", refuse)
    window.actions_["delete-plan"].trigger()
    assert asked == ["Google MLE"] and _names(window) == ["Google MLE"]

    monkeypatch.setattr(main_window_module, "confirm_delete", lambda *a: True)
    window.actions_["delete-plan"].trigger()
    assert _names(window) == []
    assert window.stack.currentWidget() is window.empty_state
    [backup] = [b for b in list_backups(data_dir) if b.reason == "before-delete"]
    assert backup.id in window.statusBar().currentMessage()
    # The backup still holds the deleted plan.
    check = data_dir.parent / "restored-check"
    check.mkdir()
    (check / DB_FILENAME).write_bytes(backup.path.read_bytes())
    with service(check) as svc:
        assert [p.name for p in svc.list_plans()] == ["Google MLE"]


def test_new_plan_runs_the_wizard_and_shows_the_created_plan(
    qtbot, monkeypatch, data_dir: Path
) -> None:
    from planner.ui import wizard

    window = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(window)
    seen: list[date] = []

    def fake_wizard(parent, svc, catalog, today):  # type: ignore[no-untyped-def]
        seen.append(today)
        assert catalog.paths, "the wizard gets the loaded catalog"
        return svc.create_plan(name="From the wizard", schedule=schedule(6))

    monkeypatch.setattr(wizard, "run_new_plan_wizard", fake_wizard)
    qtbot.mouseClick(window.empty_state.button, Qt.MouseButton.LeftButton)
    assert seen == [date(2026, 12, 8)]
    assert _names(window) == ["From the wizard"]
    assert window.views.currentWidget() is window.this_week


def test_view_shortcuts_switch_the_central_view(qtbot, data_dir: Path) -> None:
    window = _with_plans(qtbot, data_dir, "Google MLE")
    window.actions_["view-schedule"].trigger()
    assert window.views.currentWidget() is window.schedule
    assert window.sidebar.views.currentRow() == 1
    window.sidebar.views.setCurrentRow(0)
    assert window.views.currentWidget() is window.this_week


def test_plans_model_passes_qt_model_tester(qtmodeltester, qtbot, data_dir: Path) -> None:
    window = _with_plans(qtbot, data_dir, "Google MLE", "AWS MLA")
    qtmodeltester.check(window.sidebar.model, force_py=True)


def test_a_second_launch_brings_the_first_window_forward(qtbot, data_dir: Path) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    server = InstanceServer(data_dir, owner)
    assert server.listen()
    second = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QCoreApplication
        from planner.ui.single_instance import hand_over
        app = QCoreApplication([])
        sys.exit(0 if hand_over(Path({str(data_dir)!r}), 5000) else 3)
        """
    )
    with qtbot.waitSignal(server.activated, timeout=10000):
        process = subprocess.Popen([sys.executable, "-c", second])
    # The event loop ran while waiting, so the acknowledgement was sent.
    assert process.wait(timeout=10) == 0
    server.close()


def test_no_running_instance_means_no_hand_over(data_dir: Path) -> None:
    from planner.ui.single_instance import hand_over

    assert hand_over(data_dir, 200) is False


def test_archived_plans_can_be_listed_opened_and_unarchived(qtbot, data_dir: Path) -> None:
    window = _with_plans(qtbot, data_dir, "Google MLE", "AWS MLA")
    window.actions_["archive-plan"].trigger()  # AWS MLA, the one shown
    assert _names(window) == ["Google MLE"]
    window.actions_["show-archived"].setChecked(True)
    assert _names(window) == ["AWS MLA (archived)", "Google MLE"]
    assert window.sidebar.model.index(0).data(Qt.ItemDataRole.FontRole).italic()
    window.sidebar.list.setCurrentIndex(window.sidebar.model.index(0))
    assert window.actions_["archive-plan"].text() == "Un&archive Plan"
    window.actions_["archive-plan"].trigger()
    assert _names(window) == ["AWS MLA", "Google MLE"]
    window.actions_["show-archived"].setChecked(False)
    assert _names(window) == ["AWS MLA", "Google MLE"]


def test_choosing_a_theme_in_preferences_applies_it(qtbot, monkeypatch, data_dir: Path) -> None:
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    from planner.ui.theme import apply_theme

    window = _with_plans(qtbot, data_dir, "Google MLE")

    def choose_dark(dialog) -> int:  # type: ignore[no-untyped-def]
        qtbot.addWidget(dialog)
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(main_window_module, "run_preferences_dialog", choose_dark)
    app = QApplication.instance()
    try:
        window.actions_["preferences"].trigger()
        window_colour = app.palette().color(QPalette.ColorRole.Window)
        assert window_colour.lightness() < 100
    finally:
        apply_theme(app, "system")


# --- start-up: the first frame, then the plans opened in the background ----------------
def test_the_first_frame_says_the_plans_are_opening_not_that_there_are_none(
    qtbot, data_dir: Path
) -> None:
    from planner.ui.app import create_window

    with service(data_dir) as svc:
        svc.create_plan(name="Google MLE", schedule=schedule(12))
    window = create_window(data_dir, FixedClock(TODAY))  # nothing opened yet
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.opening
    assert window.opening.isVisible() and window.opening.text() == "Opening your plans…"
    assert window.statusBar().currentMessage() == "Opening your plans…"
    assert not window.empty_state.isVisible()
    assert not window.actions_["new-plan"].isEnabled()  # nothing to add a plan to yet


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no window stack
def test_start_opens_the_plans_in_the_background_and_shows_the_last_used(
    qtbot, data_dir: Path
) -> None:
    from planner.storage.lock import InstanceLock, LockedError
    from planner.ui.app import create_window, release_kept, start
    from planner.ui.single_instance import may_be_running

    with service(data_dir) as svc:
        svc.create_plan(name="Google MLE", schedule=schedule(12))
    assert not may_be_running(data_dir)
    window = create_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(window)
    window.show()
    try:
        with qtbot.waitSignal(window.dataOpened, timeout=10000) as opened:
            start(window)
        assert opened.args == [True]
        assert window.stack.currentWidget() is window.views
        assert window.views.currentWidget() is window.this_week
        assert window.this_week.model.rowCount() > 0
        assert _names(window) == ["Google MLE"]
        assert window.windowTitle() == "Google MLE — Study Planner"
        assert window.statusBar().currentMessage() != "Opening your plans…"
        assert window.actions_["new-plan"].isEnabled()
        # This process holds the folder now, and later launches can find it.
        assert may_be_running(data_dir)
        with pytest.raises(LockedError):
            InstanceLock(data_dir).acquire()
        with qtbot.waitSignal(window.findChild(InstanceServer).activated, timeout=10000):
            process = subprocess.Popen(
                [
                    sys.executable,
                    "-c",
                    "import sys; from pathlib import Path;"
                    "from PySide6.QtCore import QCoreApplication;"
                    "from planner.ui.single_instance import hand_over;"
                    "app = QCoreApplication([]);"
                    f"sys.exit(0 if hand_over(Path({str(data_dir)!r}), 5000) else 3)",
                ]
            )
        assert process.wait(timeout=10) == 0
    finally:
        window.controller.close()
        release_kept()
    assert not may_be_running(data_dir)


def test_start_tells_the_user_when_another_process_holds_the_folder(
    qtbot, monkeypatch, data_dir: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from planner.storage.lock import InstanceLock
    from planner.ui.app import create_window, start

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: told.append(text))
    window = create_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(window)
    with InstanceLock(data_dir, "the command line"):
        opener = start(window)
        with qtbot.waitSignal(opener.lockedOut, timeout=10000):
            pass
    assert len(told) == 1 and "already running" in told[0] and "the command line" in told[0]
    assert not window.controller.is_open


def test_a_damaged_file_found_in_the_background_gets_the_recovery_dialog(
    qtbot, monkeypatch, data_dir: Path
) -> None:
    from planner.storage import DB_FILENAME
    from planner.ui.app import create_window, release_kept, start
    from planner.ui.dialogs import recovery

    (data_dir / DB_FILENAME).write_bytes(b"this is not a database" * 100)
    asked: list[str] = []

    def start_empty(dialog) -> int:  # type: ignore[no-untyped-def]
        qtbot.addWidget(dialog)
        asked.append(dialog.windowTitle())
        return recovery.RecoveryDialog.START_EMPTY

    monkeypatch.setattr(recovery, "run_recovery_dialog", start_empty)
    window = create_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(window)
    try:
        with qtbot.waitSignal(window.dataOpened, timeout=10000) as opened:
            start(window)
        assert asked == ["Your plans file is damaged"]
        assert opened.args == [True]  # opened again, empty, after the user chose so
        assert window.stack.currentWidget() is window.empty_state
        assert window.statusBar().currentMessage() == "No study plan yet"
    finally:
        window.controller.close()
        release_kept()


def test_the_first_frame_needs_neither_the_database_layer_nor_networking(data_dir: Path) -> None:
    # What makes the window appear quickly (bench/bench_gui.py measures it): SQLAlchemy,
    # the services and QtNetwork load after the first paint.
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from planner.ui.app import create_window, ensure_app, handed_over
        app = ensure_app(icon=False)
        folder = Path({str(data_dir)!r})
        assert not handed_over(folder)
        window = create_window(folder)
        window.show()
        app.processEvents()
        heavy = ("sqlalchemy", "planner.services.plans", "PySide6.QtNetwork", "icalendar")
        print(sorted(name for name in heavy if name in sys.modules))
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == "[]"


def test_a_view_chosen_while_the_plans_open_is_the_one_shown_after(qtbot, data_dir: Path) -> None:
    from planner.ui.app import create_window

    with service(data_dir) as svc:
        svc.create_plan(name="Google MLE", schedule=schedule(12))
    window = create_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(window)
    window.show()
    window.sidebar.views.setCurrentRow(1)  # Schedule, before anything is open
    assert window.stack.currentWidget() is window.opening
    assert window.open_data()
    assert window.stack.currentWidget() is window.views
    assert window.views.currentWidget() is window.schedule
    assert window.schedule.model.rowCount() > 0


def test_switching_views_puts_the_keyboard_on_the_work(qtbot, data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication

    window = _with_plans(qtbot, data_dir, "Google MLE")
    with qtbot.waitActive(window):
        window.activateWindow()
    window.actions_["view-schedule"].trigger()
    schedule = window.build_views()[1]
    assert QApplication.focusWidget() is schedule.tree
    assert schedule.tree.currentIndex().isValid(), "the current week is selected"
    window.actions_["view-this-week"].trigger()
    this_week = window.build_views()[0]
    assert QApplication.focusWidget() is this_week.table
    assert not this_week.table.tabKeyNavigation(), "Tab leaves the table for the week buttons"


def test_deleting_the_last_shown_plan_points_to_the_archived_ones(
    qtbot, monkeypatch, data_dir: Path
) -> None:
    window = _with_plans(qtbot, data_dir, "Old plan", "Current plan")
    old = next(p.id for p in window.controller.plans if p.name == "Old plan")
    window.controller.service.set_archived(old, True)
    window.controller.select(next(p.id for p in window.controller.plans if p.name != "Old plan"))
    monkeypatch.setattr(main_window_module, "confirm_delete", lambda *a: True)
    window.actions_["delete-plan"].trigger()
    assert window.stack.currentWidget() is window.empty_state
    assert "1 archived plan" in window.empty_state.notice.text()
    assert "Show Archived Plans" in window.empty_state.notice.text()
