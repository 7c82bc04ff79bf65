"""The app's one error dialog, and the hook that catches what nobody expected.

Real widgets offscreen and a real log file in the test's data folder; only the
entry point that would block on a modal dialog (``errors.run_dialog``) is replaced
by one that records the dialog.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from planner import __version__, logs
from planner.errors import PlannerError
from planner.ui import errors

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> list[errors.ErrorDialog]:
    """Dialogs the app showed, instead of waiting for a user to close them."""
    dialogs: list[errors.ErrorDialog] = []

    def record(dialog: QDialog) -> None:
        assert isinstance(dialog, errors.ErrorDialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        if dialog.parent() is None:
            qtbot.addWidget(dialog)
        dialog.show()
        dialogs.append(dialog)

    monkeypatch.setattr(errors, "run_dialog", record)
    return dialogs


@pytest.fixture
def log_file(data_dir: Path) -> Iterator[Path]:
    path = logs.setup(data_dir)
    assert path is not None
    yield path


def _raised(exc: BaseException) -> errors.ExcInfo:
    """``exc`` as the hook receives it: raised, with its traceback."""
    try:
        raise exc
    except BaseException as caught:
        return type(caught), caught, caught.__traceback__


def test_an_expected_error_is_its_message_in_the_one_error_look(
    qtbot: QtBot, shown: list[errors.ErrorDialog]
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    errors.show_error(parent, "Your disk is full; nothing was saved.")
    (dialog,) = shown
    assert dialog.objectName() == "dialog-error"
    assert dialog.parent() is parent
    assert dialog.message.text() == "Your disk is full; nothing was saved."
    assert dialog.heading.text() == "That did not work"
    assert dialog.copy is None and dialog.where.isHidden(), "no log talk for a plain failure"
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_bug_is_logged_and_explained_with_copy_details(
    qtbot: QtBot, shown: list[errors.ErrorDialog], log_file: Path
) -> None:
    def replay_ledger() -> None:
        raise KeyError("course-3/m7")

    try:
        replay_ledger()
    except KeyError as exc:
        errors.excepthook(type(exc), exc, exc.__traceback__)

    (dialog,) = shown
    assert dialog.heading.text() == "Something went wrong"
    assert "('course-3/m7')" in dialog.message.text()
    assert str(log_file) in dialog.where.text()
    text = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text
    assert "in replay_ledger" in text and "KeyError: 'course-3/m7'" in text

    assert dialog.copy is not None
    qtbot.mouseClick(dialog.copy, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert f"Study Planner {__version__}" in copied
    assert "Platform: " in copied and "Python: " in copied and "Qt: " in copied
    assert "in replay_ledger" in copied and "KeyError: 'course-3/m7'" in copied
    assert dialog.copy.text() == "Copied"


def test_an_uncaught_planner_error_is_shown_plainly_and_not_logged(
    shown: list[errors.ErrorDialog], log_file: Path
) -> None:
    errors.excepthook(*_raised(PlannerError("The calendar file is not an .ics file.")))
    (dialog,) = shown
    assert dialog.message.text() == "The calendar file is not an .ics file."
    assert dialog.copy is None
    assert not log_file.exists() or "Traceback" not in log_file.read_text(encoding="utf-8")


def test_an_error_inside_the_hook_is_only_logged_never_recursive(
    monkeypatch: pytest.MonkeyPatch, log_file: Path
) -> None:
    calls: list[QDialog] = []

    def broken_dialog(dialog: QDialog) -> None:
        calls.append(dialog)
        dialog.deleteLater()
        # A failure while showing the error reaches the hook again, as Qt would pass it.
        errors.excepthook(*_raised(RuntimeError("the dialog broke")))
        raise RuntimeError("and then it broke again")

    monkeypatch.setattr(errors, "run_dialog", broken_dialog)
    errors.excepthook(*_raised(ValueError("the first bug")))
    assert len(calls) == 1, "the hook did not show a dialog about its own failure"
    text = log_file.read_text(encoding="utf-8")
    assert "ValueError: the first bug" in text
    assert "RuntimeError: the dialog broke" in text
    assert "RuntimeError: and then it broke again" in text


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_reaches_the_installed_hook(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    shown: list[errors.ErrorDialog],
    data_dir: Path,
) -> None:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # all restored after the test
    monkeypatch.setattr(errors, "_data_dir", None)
    monkeypatch.setattr(errors, "_previous_hook", sys.__excepthook__)
    errors.install(data_dir)
    assert sys.excepthook is errors.excepthook
    button = QPushButton("Re-plan")
    qtbot.addWidget(button)

    def slot() -> None:
        raise ZeroDivisionError("no study days left")

    button.clicked.connect(slot)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (dialog,) = shown
    assert "(no study days left)" in dialog.message.text()
    log = (data_dir / logs.LOG_FILENAME).read_text(encoding="utf-8")
    assert "ZeroDivisionError: no study days left" in log


APP_WITH_A_BUG = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from planner.ui import app, errors

def record(dialog):
    print("DIALOG", dialog.message.text(), flush=True)
    print("WHERE", dialog.where.text().replace(chr(10), " "), flush=True)
    app.ensure_app().quit()

errors.run_dialog = record
def bug_in_a_slot():
    raise LookupError("week 53 of 2026")
def when_open(opened):
    QTimer.singleShot(0, bug_in_a_slot)
def watch():
    window = next(w for w in app.ensure_app().topLevelWidgets() if w.objectName() == "main-window")
    window.dataOpened.connect(when_open)
qt = app.ensure_app(icon=False)
QTimer.singleShot(0, watch)
status = app.main(Path(sys.argv[1]))
print("STATUS", status, flush=True)
os._exit(0)  # PySide6 may crash while Python tears down after a QApplication
"""


def test_the_app_as_started_shows_and_logs_a_bug_in_a_slot(data_dir: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(APP_WITH_A_BUG), str(data_dir)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert "(week 53 of 2026)" in lines.get("DIALOG", ""), result.stdout + result.stderr
    log = data_dir / logs.LOG_FILENAME
    assert str(log) in lines["WHERE"]
    assert "LookupError: week 53 of 2026" in log.read_text(encoding="utf-8")
    assert "Traceback" not in result.stderr


def test_importing_the_error_module_costs_nothing_before_the_first_paint() -> None:
    code = (
        "import json, sys\n"
        "import PySide6.QtWidgets\n"
        "before = set(sys.modules)\n"
        "import planner.ui.errors\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    ).stdout
    added = json.loads(out)
    assert [m for m in added if not m.startswith("planner")] == []
    assert "planner.logs" not in added
