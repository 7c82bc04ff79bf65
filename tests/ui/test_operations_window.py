"""The operation layer seen from the window: the same stories as the services, and the app's
undo and redo leaving the plans file exactly as the command line's do."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from planner.cli import main
from planner.services.clock import FixedClock
from planner.ui.app import build_main_window
from planner.ui.dialogs.export import ImportBusyDialog
from planner.ui.dialogs.replan import ReplanDialog
from planner.ui.main_window import MainWindow
from planner.ui.views.progress import burn_up_data
from tests.plan_factory import NOW, schedule, service
from tests.services.test_operations import BUSY, MONDAY, NEXT_WEEK

pytestmark = pytest.mark.gui


def _open(qtbot, data_dir: Path, clock: FixedClock | None = None) -> MainWindow:  # type: ignore[no-untyped-def]
    win = build_main_window(data_dir, clock)
    qtbot.addWidget(win)
    win.show()
    return win


def _replan_keeping_hours(win: MainWindow) -> None:
    dialog = ReplanDialog(win.controller, win)
    dialog.keep_hours.setChecked(True)
    dialog.update_preview()
    dialog.apply()
    dialog.deleteLater()


def test_early_ticks_stay_visible_and_untickable_after_a_replan(qtbot, data_dir: Path) -> None:
    with service(data_dir) as svc:
        svc.create_plan(name="Early bird", schedule=schedule(9, 2.0, start=MONDAY))
    win = _open(qtbot, data_dir, FixedClock(NOW))
    snap = win.controller.view.snapshot  # type: ignore[union-attr]
    keys = [a.item_key for w in snap.baseline.weeks if w.start == NEXT_WEEK for a in w.allocations]
    for key in keys:
        assert win.controller.set_done(key, True)
    _replan_keeping_hours(win)
    assert win.actions_["undo"].text() == "&Undo Re-plan keeping the hours"

    model = win.this_week.model
    shown = {r.item_key: r for r in model.rows()}
    assert set(keys) <= set(shown), "This week shows the modules done today"
    assert all(shown[k].done for k in keys)
    row = next(i for i, r in enumerate(model.rows()) if r.item_key == keys[0])
    model.setData(
        model.index(row, model.MODULE),
        Qt.CheckState.Unchecked.value,
        Qt.ItemDataRole.CheckStateRole,
    )
    assert keys[0] not in win.controller.view.snapshot.ledger.done  # type: ignore[union-attr]
    win.actions_["undo"].trigger()  # tick it again

    view = win.controller.view
    assert view is not None
    data = burn_up_data(view.snapshot, view.status)
    total = sum(i.hours for i in view.snapshot.items)
    assert data.planned[-1][1] == pytest.approx(total), "the planned line ends at the total"
    done_by_today = sum(s.hours for s in view.snapshot.baseline.sessions if s.day <= view.today)
    assert done_by_today == pytest.approx(view.status.hours_done)


def test_busy_days_twice_then_replan_from_the_window(qtbot, data_dir: Path, tmp_path: Path) -> None:
    busy = tmp_path / "busy.ics"
    busy.write_bytes(BUSY)
    assert main(["--data-dir", str(data_dir), "new", "--path", "ml-practitioner", "--start",
                 "2026-12-07", "--prep-weeks", "8", "--hours-per-week", "6", "--days",
                 "mon,wed,sat", "--tz", "Europe/Berlin"]) == 0  # fmt: skip
    win = _open(qtbot, data_dir, FixedClock(NOW))
    errors: list[str] = []
    win.controller.error.connect(errors.append)
    for _ in range(2):
        dialog = ImportBusyDialog(win.controller, win)
        dialog.keep_hours.setChecked(True)
        dialog.path_edit.setText(str(busy))
        dialog.update_preview()
        if dialog.outcome is not None and dialog.outcome.preview is not None:
            dialog.apply()
        dialog.deleteLater()
        _replan_keeping_hours(win)
    assert errors == []
    assert win.actions_["undo"].text() == "&Undo Re-plan keeping the hours"


SEQUENCE = ("tick:0", "tick:1", "log:2", "undo", "replan", "undo", "redo", "untick:0", "undo",
            "rename", "undo", "redo")  # fmt: skip


def _via_cli(folder: Path, keys: list[str]) -> None:
    def cli(*args: str) -> None:
        assert main(["--data-dir", str(folder), *args]) == 0

    for step in SEQUENCE:
        verb, _, n = step.partition(":")
        if verb in ("tick", "untick"):
            cli(verb, keys[int(n)])
        elif verb == "log":
            cli("log", keys[int(n)], "1.5")
        elif verb == "replan":
            cli("rebalance", "--keep", "hours")
        elif verb == "rename":
            cli("rename", "1", "Renamed plan")
        else:
            cli(verb)


def _via_window(win: MainWindow, keys: list[str]) -> None:
    c = win.controller
    for step in SEQUENCE:
        verb, _, n = step.partition(":")
        if verb in ("tick", "untick"):
            assert c.set_done(keys[int(n)], verb == "tick")
        elif verb == "log":
            assert c.log_hours(keys[int(n)], 1.5)
        elif verb == "replan":
            _replan_keeping_hours(win)
        elif verb == "rename":
            assert c.rename(1, "Renamed plan")
        else:
            win.actions_[verb].trigger()


def test_the_app_and_the_command_line_leave_the_same_plan(
    qtbot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folders = [tmp_path / "cli", tmp_path / "app"]
    start = date.today().isoformat()
    for folder in folders:
        new = ["new", "--path", "software-engineer", "--start", start, "--prep-weeks", "8",
               "--hours-per-week", "8", "--days", "mon,tue,wed,thu,fri,sat,sun", "--tz", "UTC",
               "--name", "Same"]  # fmt: skip
        assert main(["--data-dir", str(folder), *new]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(folders[0]), "show", "--json"]) == 0
    keys = [i["key"] for i in json.loads(capsys.readouterr().out)["items"][:3]]

    _via_cli(folders[0], keys)
    win = _open(qtbot, folders[1])
    _via_window(win, keys)
    win.close()

    outputs = []
    for folder in folders:
        capsys.readouterr()
        assert main(["--data-dir", str(folder), "show", "--json"]) == 0
        assert main(["--data-dir", str(folder), "status", "--json"]) == 0
        assert main(["--data-dir", str(folder), "plans", "--json"]) == 0
        outputs.append(capsys.readouterr().out)
    assert outputs[0] == outputs[1]
    assert '"name": "Renamed plan"' in outputs[0] and '"done": 2\n' in outputs[0]


def test_a_full_disk_during_export_is_told_in_the_dialog(
    qtbot, monkeypatch, data_dir: Path, tmp_path: Path
) -> None:
    from planner.ui.dialogs.export import ExportDialog
    from tests.hostile.helpers import disk_full

    with service(data_dir) as svc:
        svc.create_plan(name="Full disk", schedule=schedule())
    disk_full(monkeypatch)
    win = _open(qtbot, data_dir, FixedClock(NOW))
    dialog = ExportDialog(win.controller, win)
    qtbot.addWidget(dialog)
    target = tmp_path / "plan.ics"
    dialog.path_edit.setText(str(target))
    assert not dialog.export()
    assert "disk is full" in dialog.message.text()
    assert not target.exists(), "no calendar without the record of what it holds"


def _busy_calendar(events: int) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//many//EN"]
    for n in range(events):
        day = date(2026, 12, 7).toordinal() + n % 120
        stamp = date.fromordinal(day).strftime("%Y%m%d")
        lines += [
            "BEGIN:VEVENT",
            f"UID:e{n}@example.org",
            "DTSTAMP:20261101T000000Z",
            f"DTSTART;TZID=Europe/Berlin:{stamp}T{8 + n % 10:02d}0000",
            f"DTEND;TZID=Europe/Berlin:{stamp}T{8 + n % 10:02d}3000",
            f"SUMMARY:Meeting {n}",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return ("\r\n".join(lines) + "\r\n").encode()


def test_a_long_busy_import_shows_progress_and_cancel_leaves_the_plan(
    qtbot, data_dir: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QProgressDialog, QPushButton

    busy = tmp_path / "busy.ics"
    busy.write_bytes(_busy_calendar(40_000))
    assert main(["--data-dir", str(data_dir), "new", "--path", "ml-practitioner", "--start",
                 "2026-12-07", "--prep-weeks", "8", "--hours-per-week", "6", "--days",
                 "mon,wed,sat", "--tz", "Europe/Berlin"]) == 0  # fmt: skip
    win = _open(qtbot, data_dir, FixedClock(NOW))
    before = win.controller.service.load(1)
    dialog = ImportBusyDialog(win.controller, win)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(busy))
    seen: list[str] = []

    def cancel_when_shown() -> None:
        progress = dialog.findChild(QProgressDialog, "progress-dialog")
        if progress is not None and progress.isVisible():
            seen.append(progress.labelText())
            button = next(b for b in progress.findChildren(QPushButton) if "Cancel" in b.text())
            button.click()
        else:
            QTimer.singleShot(50, cancel_when_shown)

    QTimer.singleShot(50, cancel_when_shown)
    assert not dialog.update_preview()
    assert seen == ["Reading busy.ics…"], "the progress dialog appears while the file is read"
    assert "cancelled" in dialog.message.text()
    assert win.controller.service.load(1).baseline == before.baseline


def test_a_tick_on_a_full_disk_is_told_in_the_error_dialog_and_changes_nothing(
    qtbot, monkeypatch, data_dir: Path
) -> None:
    from planner.ui.errors import ErrorDialog
    from tests.hostile.helpers import disk_full

    with service(data_dir) as svc:
        svc.create_plan(name="Full disk", schedule=schedule())
    disk_full(monkeypatch)
    win = _open(qtbot, data_dir, FixedClock(NOW))
    key = win.controller.view.snapshot.items[0].key  # type: ignore[union-attr]
    assert not win.controller.set_done(key, True)
    dialog = win.findChild(ErrorDialog, "dialog-error")
    assert dialog is not None and dialog.isVisible()
    assert "disk is full" in " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert key not in win.controller.service.load(1).ledger.done
    dialog.close()


def test_a_refused_request_is_told_in_the_status_bar_without_a_dialog(
    qtbot, data_dir: Path
) -> None:
    from planner.ui.errors import ErrorDialog

    with service(data_dir) as svc:
        svc.create_plan(name="Typo", schedule=schedule())
    win = _open(qtbot, data_dir, FixedClock(NOW))
    key = win.controller.view.snapshot.items[0].key  # type: ignore[union-attr]
    assert not win.controller.log_hours(key, 30)
    assert "at most 24" in win.statusBar().currentMessage()
    assert win.findChild(ErrorDialog, "dialog-error") is None


@pytest.mark.parametrize("replace", [False, True])
def test_the_app_asks_before_replacing_a_read_only_calendar(
    qtbot, monkeypatch, data_dir: Path, tmp_path: Path, replace: bool
) -> None:
    from planner.ui.dialogs import export as export_dialog

    with service(data_dir) as svc:
        svc.create_plan(name="Read-only", schedule=schedule())
    target = tmp_path / "plan.ics"
    target.write_text("an older calendar\n", encoding="utf-8")
    target.chmod(0o444)
    asked: list[Path] = []
    monkeypatch.setattr(
        export_dialog, "ask_replace_read_only", lambda _p, path: asked.append(path) or replace
    )
    win = _open(qtbot, data_dir, FixedClock(NOW))
    dialog = export_dialog.ExportDialog(win.controller, win)
    qtbot.addWidget(dialog)
    dialog.path_edit.setText(str(target))
    assert dialog.export() is replace
    assert asked == [target]
    text = target.read_text(encoding="utf-8")
    assert text.startswith("BEGIN:VCALENDAR") is replace
    assert target.stat().st_mode & 0o777 == 0o444, "it stays read-only either way"
    if not replace:
        assert "read-only" in dialog.message.text()
