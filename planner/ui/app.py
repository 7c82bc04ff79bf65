"""Starts the desktop app: ``study-planner`` with no command, or ``study-planner-gui``.

Start-up order matters for how soon the window appears: the window is shown
first, and the plans file (SQLAlchemy, the services) is opened right after the
first paint (TECH-NOTES: importing the ORM before painting nearly triples the
start-up time).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_ID, APP_NAME, ORG_NAME, __version__
from planner.config import DataDirError, ensure_data_dir, resolve_data_dir
from planner.services.clock import Clock
from planner.ui.icons import app_icon
from planner.ui.main_window import MainWindow


def ensure_app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORG_NAME)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    return app


def apply_saved_theme(app: QApplication, folder: Path) -> None:
    """The theme chosen in Preferences (system, light or dark), once that module exists."""
    if importlib.util.find_spec("planner.ui.theme") is None:
        return
    if importlib.util.find_spec("planner.ui.preferences") is None:
        return
    from planner.ui.preferences import AppPreferences
    from planner.ui.theme import apply_theme

    prefs = AppPreferences(folder)
    apply_theme(app, prefs.theme)
    prefs.changed.connect(lambda *_: apply_theme(app, prefs.theme))
    # Keep the wrapper alive as long as the app so its signal stays connected.
    _KEEP.append(prefs)


_KEEP: list[object] = []


def create_window(data_dir: str | Path | None = None, clock: Clock | None = None) -> MainWindow:
    """The main window for ``data_dir`` (created if needed), with nothing opened yet."""
    app = ensure_app()
    folder = ensure_data_dir(resolve_data_dir(data_dir))
    apply_saved_theme(app, folder)
    return MainWindow(folder, clock)


def build_main_window(data_dir: str | Path | None = None, clock: Clock | None = None) -> MainWindow:
    """The ready main window for ``data_dir`` with its plans loaded; not yet shown."""
    window = create_window(data_dir, clock)
    window.open_data()
    return window


def main(data_dir: str | Path | None = None) -> int:
    from planner.storage.lock import InstanceLock, LockedError
    from planner.ui.single_instance import InstanceServer, hand_over

    app = ensure_app()
    try:
        folder = ensure_data_dir(resolve_data_dir(data_dir))
    except DataDirError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    if hand_over(folder):
        return 0  # the running window came to the front
    lock = InstanceLock(folder, "Study Planner app")
    try:
        lock.acquire()
    except LockedError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    try:
        server = InstanceServer(folder)
        server.listen()
        window = create_window(folder)
        server.activated.connect(window.bring_to_front)
        window.show()
        QTimer.singleShot(0, window.open_data)  # after the first paint
        return app.exec()
    finally:
        lock.release()


if __name__ == "__main__":
    sys.exit(main())
