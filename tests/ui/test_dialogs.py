"""Re-plan, export and busy-day import, and the damaged-file and restore dialogs."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from planner.core.plan import PlanSettings
from planner.core.scheduler import build_schedule
from planner.services.clock import FixedClock
from planner.storage import DB_FILENAME
from planner.storage.backups import list_backups
from planner.ui import main_window as main_window_module
from planner.ui.app import build_main_window
from planner.ui.dialogs import export as export_dialog
from planner.ui.dialogs import recovery
from planner.ui.dialogs.export import ExportDialog, ImportBusyDialog
from planner.ui.dialogs.replan import ReplanDialog
from planner.ui.formatting import date_text
from planner.ui.main_window import MainWindow
from tests.plan_factory import items, service

pytestmark = pytest.mark.gui

# Three weeks into a plan that started Tue 2026-12-01 with nothing done: behind.
TODAY = datetime(2026, 12, 22, 9, 0, tzinfo=UTC)
EXAM = date(2027, 3, 1)


def _create(data_dir: Path, exam: date | None = EXAM) -> int:
    settings = PlanSettings(
        start=date(2026, 12, 1),
        hours_per_week=6,
        study_days=frozenset({0, 2, 5}),
        timezone="Europe/Berlin",
        exam_date=exam,
        exam_name="Google PMLE" if exam else "",
    )
    with service(data_dir, now=datetime(2026, 12, 1, 8, 0, tzinfo=UTC)) as svc:
        return svc.create_plan(name="Google MLE", schedule=build_schedule(items(18), settings))


@pytest.fixture
def window(qtbot, data_dir: Path) -> MainWindow:
    _create(data_dir)
    win = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    win.show()
    return win


def _snapshot(win: MainWindow):  # type: ignore[no-untyped-def]
    plan_id = win.controller.plan_id
    assert plan_id is not None
    return win.controller.service.load(plan_id)


# --- re-plan -------------------------------------------------------------------------
def test_replan_previews_what_moves_then_applies_and_undoes(qtbot, window: MainWindow) -> None:
    before = _snapshot(window)
    dialog = ReplanDialog(window.controller, window)
    qtbot.addWidget(dialog)
    assert dialog.keep_exam.isChecked()
    # Keeping the exam: the 18 h not studied in three weeks go on top of later weeks.
    assert dialog.moves.rowCount() > 0
    assert f"exam stays on {date_text(date(2027, 3, 1), weekday=True)}" in dialog.summary.text()
    moved_titles = {dialog.moves.index(r, 0).data() for r in range(dialog.moves.rowCount())}
    # Planned for the first week, not done; named with its course, as module titles repeat.
    assert "Course 0 · Module 0" in moved_titles

    dialog.keep_hours.setChecked(True)
    # Keeping 6 h a week, the 54 h still fit before the exam.
    assert dialog.summary.text().startswith(
        f"6 h per week · exam stays on {date_text(date(2027, 3, 1), weekday=True)}"
    )
    # Nothing is stored by a preview.
    assert _snapshot(window).baselines == before.baselines

    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    after = _snapshot(window)
    assert after.baselines == before.baselines + 1
    assert min(s.day for s in after.baseline.sessions if s.day >= date(2026, 12, 22)) >= date(
        2026, 12, 22
    )
    # The first remaining module is now planned from today on.
    first_future = next(s for s in after.baseline.sessions if s.day >= date(2026, 12, 22))
    assert first_future.allocations[0].item_key == "course-0/m0"
    assert window.actions_["undo"].text() == "&Undo Re-plan keeping the hours"

    window.actions_["undo"].trigger()
    undone = _snapshot(window)
    assert undone.baseline.sessions == before.baseline.sessions
    assert undone.settings == before.settings
    window.actions_["redo"].trigger()
    assert _snapshot(window).baseline.sessions == after.baseline.sessions


def test_replan_without_an_exam_date_can_only_keep_the_hours(qtbot, data_dir: Path) -> None:
    _create(data_dir, exam=None)
    win = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    dialog = ReplanDialog(win.controller, win)
    qtbot.addWidget(dialog)
    assert not dialog.keep_exam.isEnabled() and dialog.keep_hours.isChecked()
    assert dialog.apply_button.isEnabled()


def test_replan_action_opens_the_dialog(monkeypatch, window: MainWindow) -> None:
    from planner.ui.dialogs import replan

    opened: list[object] = []
    monkeypatch.setattr(replan, "run_replan_dialog", lambda parent, c: opened.append(c))
    window.actions_["rebalance"].trigger()
    assert opened == [window.controller]


def test_moves_model_passes_qt_model_tester(qtmodeltester, qtbot, window: MainWindow) -> None:
    dialog = ReplanDialog(window.controller, window)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.moves, force_py=True)


# --- export --------------------------------------------------------------------------
def _events(path: Path) -> list[icalendar.Event]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return list(calendar.walk("VEVENT"))


def test_export_writes_the_calendar_and_offers_the_folder(
    qtbot, monkeypatch, tmp_path: Path, window: MainWindow
) -> None:
    dialog = ExportDialog(window.controller, window)
    qtbot.addWidget(dialog)
    target = tmp_path / "out" / "plan.ics"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    dialog.show()
    assert not dialog.open_button.isVisible()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    events = _events(target)
    snap = _snapshot(window)
    timed = [e for e in events if isinstance(e.decoded("DTSTART"), datetime)]
    assert len(timed) == len(snap.baseline.sessions)
    all_day = [e for e in events if not isinstance(e.decoded("DTSTART"), datetime)]
    assert any(e.decoded("DTSTART") == EXAM for e in all_day)
    assert any(e.walk("VALARM") for e in all_day)
    assert f"Wrote {len(events)} events" in dialog.message.text()
    assert dialog.open_button.isVisible()

    opened: list[Path] = []
    monkeypatch.setattr(export_dialog, "open_folder", lambda folder: opened.append(folder))
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened == [target.parent]


def test_export_only_the_exam_without_reminders(qtbot, tmp_path: Path, window: MainWindow) -> None:
    dialog = ExportDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.sessions.setChecked(False)
    dialog.milestones.setChecked(False)
    dialog.alarms.setChecked(False)
    dialog.path_edit.setText(str(tmp_path / "exam.ics"))
    assert dialog.export()
    [event] = _events(tmp_path / "exam.ics")
    assert event.decoded("DTSTART") == EXAM and not event.walk("VALARM")


def test_export_explains_what_is_missing_or_wrong(
    qtbot, tmp_path: Path, window: MainWindow
) -> None:
    dialog = ExportDialog(window.controller, window)
    qtbot.addWidget(dialog)
    for box in (dialog.sessions, dialog.milestones, dialog.exam):
        box.setChecked(False)
    assert not dialog.export()
    assert "at least one" in dialog.message.text()
    dialog.exam.setChecked(True)
    dialog.path_edit.setText(str(tmp_path / "no-such-folder" / "plan.ics"))
    assert not dialog.export()
    assert dialog.message.text() and not dialog.open_button.isVisible()
    assert not (tmp_path / "no-such-folder").exists()


def test_export_action_opens_the_dialog(monkeypatch, window: MainWindow) -> None:
    opened: list[object] = []
    monkeypatch.setattr(export_dialog, "run_export_dialog", lambda parent, c: opened.append(c))
    window.actions_["export-calendar"].trigger()
    assert opened == [window.controller]


# --- busy days -----------------------------------------------------------------------
BUSY_ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//busy//EN\r
BEGIN:VEVENT\r
UID:trip@example.org\r
DTSTAMP:20261201T000000Z\r
SUMMARY:Trip\r
DTSTART;VALUE=DATE:20261228\r
DTEND;VALUE=DATE:20270104\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_import_busy_days_previews_then_replans_around_them(
    qtbot, tmp_path: Path, window: MainWindow
) -> None:
    source = tmp_path / "mine.ics"
    source.write_bytes(BUSY_ICS)
    before = _snapshot(window)
    dialog = ImportBusyDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(source))
    assert not dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert "3 study days get less time" in dialog.message.text()
    assert _snapshot(window).baselines == before.baselines  # a preview stores nothing
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    after = _snapshot(window)
    trip = [s for s in after.baseline.sessions if date(2026, 12, 28) <= s.day <= date(2027, 1, 3)]
    assert trip == []
    assert window.actions_["undo"].text() == "&Undo Import busy days"
    window.actions_["undo"].trigger()
    assert _snapshot(window).baseline.sessions == before.baseline.sessions


def test_switching_the_busy_import_mode_previews_again(
    qtbot, tmp_path: Path, window: MainWindow
) -> None:
    source = tmp_path / "mine.ics"
    source.write_bytes(BUSY_ICS)
    dialog = ImportBusyDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(source))
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    first = dialog.outcome
    assert first is not None and first.preview is not None
    assert dialog.keep_exam.isChecked(), "the plan has an exam date: keep it by default"
    dialog.keep_hours.setChecked(True)
    second = dialog.outcome
    assert second is not None and second.preview is not None
    assert second.preview.result.mode is not first.preview.result.mode
    assert dialog.apply_button.isEnabled() == (second.preview.schedule.diagnosis is None)


def test_import_busy_explains_an_unreadable_file(qtbot, tmp_path: Path, window: MainWindow) -> None:
    dialog = ImportBusyDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(tmp_path / "missing.ics"))
    assert not dialog.update_preview()
    assert "Cannot read" in dialog.message.text()
    (tmp_path / "junk.ics").write_bytes(b"this is not a calendar")
    dialog.path_edit.setText(str(tmp_path / "junk.ics"))
    assert not dialog.update_preview()
    assert "not changed" in dialog.message.text()
    assert not dialog.apply_button.isEnabled()


# --- damaged file and restore ----------------------------------------------------------
def _damage(data_dir: Path) -> None:
    path = data_dir / DB_FILENAME
    data = bytearray(path.read_bytes())
    data[:100] = b"\x00garbage" * 12 + b"\x00" * 4
    path.write_bytes(bytes(data))


def test_a_damaged_file_offers_the_newest_good_backup(qtbot, monkeypatch, data_dir: Path) -> None:
    _create(data_dir)  # its first open of the day took a backup holding the plan
    assert list_backups(data_dir)
    _damage(data_dir)
    shown: list[recovery.RecoveryDialog] = []

    def answer(dialog: recovery.RecoveryDialog) -> int:
        qtbot.addWidget(dialog)
        shown.append(dialog)
        assert dialog.list.currentRow() == 0  # the newest good backup is preselected
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(recovery, "run_recovery_dialog", answer)
    win = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    [dialog] = shown
    assert "damaged" in dialog.windowTitle()
    assert "moved" in dialog.findChild(type(dialog.error), "recovery-message").text()
    assert list(data_dir.glob(f"{DB_FILENAME}.damaged*")), "the damaged file is kept aside"
    assert win.controller.view is not None
    assert win.controller.view.snapshot.name == "Google MLE"


def test_a_damaged_file_can_start_empty_or_quit(qtbot, monkeypatch, data_dir: Path) -> None:
    _create(data_dir)
    _damage(data_dir)
    monkeypatch.setattr(
        recovery, "run_recovery_dialog", lambda d: recovery.RecoveryDialog.START_EMPTY
    )
    win = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(win)
    assert win.controller.is_open and win.controller.view is None
    assert win.stack.currentWidget() is win.empty_state
    win.close()

    _damage(data_dir)
    shown: list[str] = []

    def quit_(dialog: recovery.RecoveryDialog) -> int:
        shown.append(dialog.findChild(QLabel, "recovery-message").text())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(recovery, "run_recovery_dialog", quit_)
    again = build_main_window(data_dir, FixedClock(TODAY))
    qtbot.addWidget(again)
    assert not again.controller.is_open
    assert "could not be opened" in again.empty_state.notice.text()
    assert not again.actions_["new-plan"].isEnabled()
    # The message speaks to someone using the app, not the command line.
    assert "moved aside" in shown[0] and "study-planner restore" not in shown[0]
    again.show()
    qtbot.waitUntil(lambda: not again.isVisible())  # Quit leaves the app


def test_restore_a_backup_from_the_file_menu(qtbot, monkeypatch, window: MainWindow) -> None:
    monkeypatch.setattr(main_window_module, "confirm_delete", lambda *a: True)
    window.actions_["delete-plan"].trigger()
    assert window.controller.view is None

    def pick_the_delete_backup(dialog: recovery.RecoveryDialog) -> int:
        qtbot.addWidget(dialog)
        row = next(i for i, b in enumerate(dialog.backups) if b.reason == "before-delete")
        dialog.list.setCurrentRow(row)
        dialog.restore_button.click()
        return dialog.result()

    monkeypatch.setattr(recovery, "run_recovery_dialog", pick_the_delete_backup)
    window.actions_["restore-backup"].trigger()
    assert window.controller.view is not None
    assert window.controller.view.snapshot.name == "Google MLE"
    assert any(b.reason == "before-restore" for b in list_backups(window.data_dir))
