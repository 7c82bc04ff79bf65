"""Calendar sync in the app: Preferences › Calendar sync, background sync, the indicator.

Against a real Radicale server on 127.0.0.1, with a real plans file and the
in-memory keyring standing for the desktop's secret store. The "phone" edits
events on the server over plain HTTP, as another device would.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from planner.ical.export import session_uid
from planner.ical.tasks import task_uid
from planner.services.clock import FixedClock
from planner.services.plans import PlanService
from planner.ui import main_window as main_window_module
from planner.ui import sync_status
from planner.ui.app import build_main_window
from planner.ui.main_window import MainWindow
from planner.ui.preferences import PreferencesDialog, SyncPage
from planner.ui.sync_status import SyncState, local_time_text
from tests.keyring_backend import MemoryKeyring
from tests.plan_factory import calendar_plan
from tests.services.radicale_server import Phone, RadicaleServer

pytestmark = pytest.mark.gui

NOW = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # a Monday morning
WAIT = 30_000  # ms: a generous bound for a sync on a busy machine, never an expectation


@pytest.fixture(autouse=True)
def quick_timers(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sync soon after a change and retry soon while offline, so tests need not wait."""
    monkeypatch.setattr(sync_status, "DEBOUNCE_MS", 50)
    monkeypatch.setattr(sync_status, "START_MS", 0)
    monkeypatch.setattr(sync_status, "RETRY_MS", (100, 200))


@pytest.fixture
def plan_dir(data_dir: Path) -> Path:
    with PlanService(data_dir, clock=FixedClock(NOW)) as svc:
        calendar_plan(svc, "Sync me", 9)
    return data_dir


def open_window(qtbot, folder: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    window = build_main_window(folder, FixedClock(NOW))
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch, qtbot) -> list[PreferencesDialog]:  # type: ignore[no-untyped-def]
    """Preferences opened by the window are shown without blocking, and kept here."""
    shown: list[PreferencesDialog] = []

    def show(dialog: QDialog) -> int:
        assert isinstance(dialog, PreferencesDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        shown.append(dialog)
        return 0

    monkeypatch.setattr(main_window_module, "run_preferences_dialog", show)
    return shown


def sync_page(window: MainWindow, dialogs: list[PreferencesDialog]) -> SyncPage:
    window.show_preferences("sync")
    dialog = dialogs[-1]
    assert dialog.tabs.currentWidget() is dialog.sync_page
    return dialog.sync_page


def fill(page: SyncPage, url: str, password: str = "secret", create: bool = True) -> None:
    page.url.setText(url)
    page.username.setText("alice")
    page.password.setText(password)
    page.create_calendar.setChecked(create)


def wait_done(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until the sync that was started has finished."""
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT):
        pass


def first_session(window: MainWindow) -> tuple[str, list[str]]:
    """The name of the first session's event and the modules it holds."""
    view = window.controller.view
    assert view is not None
    snap = view.snapshot
    session = snap.baseline.sessions[0]
    keys = list(dict.fromkeys(a.item_key for a in session.allocations))
    return f"{session_uid(snap.uid, session.day)}.ics", keys


def set_up(qtbot, window: MainWindow, dialogs, url: str) -> SyncPage:  # type: ignore[no-untyped-def]
    page = sync_page(window, dialogs)
    fill(page, url)
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT):
        qtbot.mouseClick(page.set_up_button, Qt.MouseButton.LeftButton)
    return page


# --- setting up ------------------------------------------------------------------------
def test_setting_up_in_preferences_sends_the_plan_to_the_calendar(
    qtbot, plan_dir: Path, calendar_url: str, memory_keyring: MemoryKeyring, dialogs
) -> None:
    window = open_window(qtbot, plan_dir)
    assert not window.sync_status.isVisible(), "no indicator while the plan does not sync"
    page = sync_page(window, dialogs)
    assert page.remember.isEnabled() and page.remember.isChecked()
    assert not page.sync_button.isEnabled() and not page.stop_button.isEnabled()
    assert "Google" in page.findChild(type(page.message), "sync-where").text()
    fill(page, calendar_url)
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT):
        qtbot.mouseClick(page.set_up_button, Qt.MouseButton.LeftButton)
        assert page.message.text() == "Syncing…"
        assert not page.set_up_button.isEnabled(), "one sync at a time"

    names = Phone(calendar_url).names()
    view = window.controller.view
    assert view is not None
    sessions = view.snapshot.baseline.sessions
    assert {f"{session_uid(view.snapshot.uid, s.day)}.ics" for s in sessions} <= names
    assert page.message.text().startswith("Synced: Created the calendar, sent")
    assert str(len(names)) in page.message.text()
    assert page.last_sync.text() == local_time_text(NOW), "the time of this sync, as shown"
    assert page.last_result.text().startswith("Synced:")
    assert page.sync_button.isEnabled() and page.stop_button.isEnabled()
    assert list(memory_keyring.secrets.values()) == ["secret"]
    assert window.sync_status.isVisible()
    assert window.sync_status.text() == "Synced just now"
    assert calendar_url in window.sync_status.toolTip()


def test_a_wrong_password_is_told_in_the_page_and_nothing_typed_is_lost(
    qtbot, plan_dir: Path, calendar_url: str, memory_keyring: MemoryKeyring, dialogs
) -> None:
    window = open_window(qtbot, plan_dir)
    page = sync_page(window, dialogs)
    fill(page, calendar_url, password="not-the-password")
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT):
        qtbot.mouseClick(page.set_up_button, Qt.MouseButton.LeftButton)
    assert page.message.text().startswith("Wrong user name or password.")
    assert "401" in page.message.text() or "refused" in page.message.text()
    assert (page.url.text(), page.username.text()) == (calendar_url, "alice")
    assert page.password.text() == "not-the-password"
    assert page.password.hasFocus() or not page.isActiveWindow()
    assert memory_keyring.secrets == {}, "a refused password is not stored"
    # Corrected, it works.
    page.password.setText("secret")
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT):
        qtbot.mouseClick(page.set_up_button, Qt.MouseButton.LeftButton)
    assert page.message.text().startswith("Synced:")
    assert Phone(calendar_url).names()


# --- background sync ------------------------------------------------------------------
def test_a_change_in_the_app_is_synced_in_the_background(
    qtbot, plan_dir: Path, calendar_url: str, memory_keyring: MemoryKeyring, dialogs
) -> None:
    window = open_window(qtbot, plan_dir)
    set_up(qtbot, window, dialogs, calendar_url)
    dialogs[-1].reject()
    name, keys = first_session(window)
    phone = Phone(calendar_url)
    assert "✓" not in phone.get(name)[1]
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT):
        for key in keys:
            assert window.controller.set_done(key, True)  # a tick in the app, nothing more
        assert window.sync.status.state is not SyncState.SYNCING, "it waits for more changes"
    assert window.sync.status.state is SyncState.SYNCED
    assert "✓" in phone.get(name)[1], "the phone shows the session done"


def test_a_session_marked_done_on_the_phone_is_ticked_and_undone_with_ctrl_z(
    qtbot, plan_dir: Path, calendar_url: str, memory_keyring: MemoryKeyring, dialogs, monkeypatch
) -> None:
    monkeypatch.setattr(sync_status, "INTERVAL_MS", 200)  # the quarter-hourly sync, sooner
    window = open_window(qtbot, plan_dir)
    set_up(qtbot, window, dialogs, calendar_url)
    dialogs[-1].reject()
    name, keys = first_session(window)
    Phone(calendar_url).mark_done(name, "done: ")

    def ticked() -> bool:
        view = window.controller.view
        return view is not None and set(keys) <= view.snapshot.ledger.done

    qtbot.waitUntil(ticked, timeout=WAIT)  # nothing done in the app: the regular sync did it
    assert "From your calendar: 1 module ticked." in window.statusBar().currentMessage()
    undo = window.actions_["undo"]
    assert undo.isEnabled() and "Tick" in undo.text()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    view = window.controller.view
    assert view is not None
    assert keys[-1] not in view.snapshot.ledger.done, "Ctrl+Z took the tick back"


def test_modules_sent_as_tasks_are_ticked_when_completed_on_the_phone(
    qtbot, plan_dir: Path, calendar_url: str, memory_keyring: MemoryKeyring, dialogs
) -> None:
    window = open_window(qtbot, plan_dir)
    page = sync_page(window, dialogs)
    fill(page, calendar_url)
    page.tasks.setChecked(True)
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT):
        qtbot.mouseClick(page.set_up_button, Qt.MouseButton.LeftButton)
    view = window.controller.view
    assert view is not None
    modules = view.snapshot.items
    assert len(modules) > 1
    assert f"sent {len(modules)} modules as tasks" in page.message.text()
    assert page.tasks.isChecked(), "the setup keeps the choice"
    dialogs[-1].reject()
    # On the phone: the last module's task is completed.
    key = modules[-1].key
    name = f"{task_uid(view.snapshot.uid, key)}.ics"
    phone = Phone(calendar_url)
    etag, text = phone.get(name)
    assert "STATUS:NEEDS-ACTION" in text
    assert phone.put(name, text.replace("STATUS:NEEDS-ACTION", "STATUS:COMPLETED"), etag) in (
        200,
        201,
        204,
    )
    window.sync.sync_now()
    wait_done(qtbot, window)
    view = window.controller.view
    assert view is not None and key in view.snapshot.ledger.done
    assert window.actions_["undo"].text() == f"&Undo Tick “{modules[-1].title}”"


def test_offline_the_app_keeps_working_and_catches_up_when_the_server_is_back(
    qtbot, plan_dir: Path, tmp_path: Path, memory_keyring: MemoryKeyring, dialogs
) -> None:
    folder = tmp_path / "radicale"
    folder.mkdir()
    own = RadicaleServer(folder)
    own.start()
    try:
        url = f"{own.url}/alice/study/"
        window = open_window(qtbot, plan_dir)
        set_up(qtbot, window, dialogs, url)
        dialogs[-1].reject()
        own.stop()
        name, keys = first_session(window)
        for key in keys:
            window.controller.set_done(key, True)
        qtbot.waitUntil(lambda: window.sync.status.state is SyncState.OFFLINE, timeout=WAIT)
        assert window.sync_status.text() == "Offline — will sync when the server is back"
        assert "Cannot reach" in window.sync_status.toolTip()
        assert "Trying again in" in window.sync_status.toolTip()
        view = window.controller.view
        assert view is not None and set(keys) <= view.snapshot.ledger.done, "nothing lost"
        own.start()
        qtbot.waitUntil(lambda: window.sync.status.state is SyncState.SYNCED, timeout=WAIT)
        assert "✓" in Phone(url).get(name)[1], "the tick made offline reached the phone"
        assert window.sync_status.text().startswith("Synced")
    finally:
        own.stop()


# --- passwords ---------------------------------------------------------------------------
def test_a_refused_stored_password_says_so_and_the_indicator_opens_the_page(
    qtbot, plan_dir: Path, calendar_url: str, memory_keyring: MemoryKeyring, dialogs
) -> None:
    first = open_window(qtbot, plan_dir)
    set_up(qtbot, first, dialogs, calendar_url)
    dialogs[-1].reject()
    first.close()
    # The password was changed on the server since; the next run syncs on start.
    key = next(iter(memory_keyring.secrets))
    memory_keyring.secrets[key] = "the-old-password"
    window = open_window(qtbot, plan_dir)
    qtbot.waitUntil(lambda: window.sync.status.state is SyncState.AUTH, timeout=WAIT)
    assert window.sync_status.text() == "Sync failed: wrong password — open Calendar sync…"
    assert not window.sync.scheduled, "a refused password is not tried again on its own"
    _name, keys = first_session(window)
    assert window.controller.set_done(keys[0], True)
    assert not window.sync.scheduled and not window.sync.busy, "nor after a change"
    qtbot.mouseClick(window.sync_status, Qt.MouseButton.LeftButton)
    page = dialogs[-1].sync_page
    assert dialogs[-1].tabs.currentWidget() is page
    assert page.url.text() == calendar_url and page.sync_button.isEnabled()
    page.password.setText("secret")
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT):
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert window.sync.status.state is SyncState.SYNCED
    assert memory_keyring.secrets[key] == "secret", "the right password is remembered now"
    view = window.controller.view
    assert view is not None and keys[0] in view.snapshot.ledger.done


def test_without_a_keyring_the_password_is_asked_for_and_kept_in_memory_only(
    qtbot, plan_dir: Path, calendar_url: str, no_keyring: None, dialogs
) -> None:
    window = open_window(qtbot, plan_dir)
    page = sync_page(window, dialogs)
    assert not page.remember.isEnabled() and not page.remember.isChecked()
    assert page.keyring_note.isVisible() and "no system keyring" in page.keyring_note.text()
    fill(page, calendar_url)
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT):
        qtbot.mouseClick(page.set_up_button, Qt.MouseButton.LeftButton)
    assert page.message.text().startswith("Synced:")
    page.password.clear()
    dialogs[-1].reject()
    # A change later in this run: the password typed is still known.
    _name, keys = first_session(window)
    with qtbot.waitSignal(window.sync.jobFinished, timeout=WAIT):
        window.controller.set_done(keys[0], True)
    assert window.sync.status.state is SyncState.SYNCED
    window.close()

    # Next run: no password anywhere, so it is asked for, and nothing is lost meanwhile.
    again = open_window(qtbot, plan_dir)
    qtbot.waitUntil(lambda: again.sync.status.state is SyncState.PASSWORD, timeout=WAIT)
    assert again.sync_status.text() == "Sync paused: password needed — open Calendar sync…"
    qtbot.mouseClick(again.sync_status, Qt.MouseButton.LeftButton)
    page = dialogs[-1].sync_page
    assert "type it above" in page.message.text()
    assert page.password.text() == ""
    page.password.setText("secret")
    with qtbot.waitSignal(again.sync.jobFinished, timeout=WAIT):
        qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
    assert page.message.text().startswith("Synced")
    assert again.sync.status.state is SyncState.SYNCED


def test_stop_syncing_hides_the_indicator_and_leaves_the_events_there(
    qtbot, plan_dir: Path, calendar_url: str, memory_keyring: MemoryKeyring, dialogs
) -> None:
    window = open_window(qtbot, plan_dir)
    page = set_up(qtbot, window, dialogs, calendar_url)
    before = Phone(calendar_url).names()
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert "no longer syncs" in page.message.text()
    assert not window.sync_status.isVisible()
    assert not page.sync_button.isEnabled() and page.set_up_button.isEnabled()
    _name, keys = first_session(window)
    window.controller.set_done(keys[0], True)
    assert window.sync.status.state is SyncState.OFF, "no sync after a change any more"
    assert Phone(calendar_url).names() == before
