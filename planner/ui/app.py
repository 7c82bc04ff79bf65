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
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_ID, APP_NAME, ORG_NAME, __version__
from planner.config import DataDirError, ensure_data_dir, resolve_data_dir
from planner.ui.icons import app_icon
from planner.ui.main_window import MainWindow

if TYPE_CHECKING:
    from planner.services.clock import Clock


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


def start(window: MainWindow) -> bool:
    """After the first paint: take the data folder's lock, listen for later launches, open.

    Returns False (after telling the user) when another process holds the folder.
    The lock module lives in the storage package, which imports SQLAlchemy, so
    this runs after the window is on screen.
    """
    from planner.storage.lock import InstanceLock, LockedError
    from planner.ui.single_instance import InstanceServer

    lock = InstanceLock(window.data_dir, "Study Planner app")
    try:
        lock.acquire()
    except LockedError as exc:
        QMessageBox.critical(window, APP_NAME, str(exc))
        return False
    window.destroyed.connect(lambda *_: lock.release())
    server = InstanceServer(window.data_dir, window)
    server.listen()  # only while holding the lock: it clears a dead instance's socket
    server.activated.connect(window.bring_to_front)
    _KEEP.append(lock)
    window.open_data()
    return True


def main(data_dir: str | Path | None = None) -> int:
    from planner.ui.single_instance import hand_over

    app = ensure_app()
    try:
        folder = ensure_data_dir(resolve_data_dir(data_dir))
    except DataDirError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    if hand_over(folder):
        return 0  # the running window came to the front
    window = create_window(folder)
    window.show()

    def after_first_paint() -> None:
        if not start(window):
            app.exit(1)

    QTimer.singleShot(0, after_first_paint)
    try:
        return app.exec()
    finally:
        for kept in _KEEP:
            release = getattr(kept, "release", None)
            if release is not None:
                release()


if __name__ == "__main__":
    sys.exit(main())
