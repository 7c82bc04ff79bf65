"""Starts the desktop app: ``study-planner`` with no command, or ``study-planner-gui``.

Start-up order matters for how soon the window appears:

1. Before the first paint only what the first frame needs is imported and
   built: the menus, the toolbar, the sidebar and a calm "Opening your plans…"
   page. A second launch hands over to a running window, but QtNetwork is only
   loaded when a running instance may exist (its lock file holds a note).
2. After the first paint (:func:`start`) a worker thread takes the data folder's
   lock and opens the plans file — importing SQLAlchemy and the services,
   reading the last used plan and its status (docs/decisions.md, "Start-up": importing the ORM
   before painting nearly triples the start-up time). The window stays
   responsive meanwhile, and the main thread makes the views and the app icon.
   The worker hands back plain data through a queued signal; the window then
   shows the plan (:meth:`MainWindow.adopt_opened`).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QApplication

from planner import APP_ID, APP_NAME, ORG_NAME, __version__
from planner.config import DataDirError, ensure_data_dir, resolve_data_dir
from planner.ui.controller import OpenedPlans, read_plans
from planner.ui.main_window import MainWindow

if TYPE_CHECKING:
    from planner.services.clock import Clock


def ensure_app(icon: bool = True) -> QApplication:
    """The application object, named; with its icon unless ``icon`` is False (set it later)."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORG_NAME)
    app.setDesktopFileName(APP_ID)
    if icon:
        set_app_icon(app)
    return app


def set_app_icon(app: QApplication) -> None:
    from planner.ui.icons import app_icon

    app.setWindowIcon(app_icon())


def apply_saved_theme(app: QApplication, folder: Path) -> None:
    """The theme chosen in Preferences (system, light or dark).

    Read straight from the settings file that ``planner.ui.preferences.AppPreferences``
    writes: that module (with its dialog's Qt classes) is not needed for the
    first paint. Preferences applies a newly chosen theme itself.
    """
    from planner.ui.theme import THEMES, apply_theme

    settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
    theme = settings.value("preferences/theme")
    apply_theme(app, theme if theme in THEMES else "system")


def apply_saved_language(app: QApplication, folder: Path) -> None:
    """The language from ``STUDY_PLANNER_LANG``, Preferences › Language or the system
    (``planner.ui.i18n``), installed before the first widget is made."""
    from planner.ui.i18n import install_for

    install_for(app, folder)


_KEEP: list[object] = []


def create_window(data_dir: str | Path | None = None, clock: Clock | None = None) -> MainWindow:
    """The main window for ``data_dir`` (created if needed), with nothing opened yet."""
    app = ensure_app(icon=False)
    folder = ensure_data_dir(resolve_data_dir(data_dir))
    apply_saved_theme(app, folder)
    apply_saved_language(app, folder)
    window = MainWindow(folder, clock)
    window.dataOpened.connect(lambda ok: _start_reminders(window) if ok else None)
    return window


def _start_reminders(window: MainWindow) -> None:
    """Reminders start once the plans are open (not before the first paint)."""
    from planner.ui.reminders import attach

    attach(window)


def build_main_window(data_dir: str | Path | None = None, clock: Clock | None = None) -> MainWindow:
    """The ready main window for ``data_dir`` with its plans loaded; not yet shown."""
    window = create_window(data_dir, clock)
    set_app_icon(ensure_app(icon=False))
    window.open_data()
    return window


def handed_over(folder: Path) -> bool:
    """True if a window already running for ``folder`` came to the front (then quit)."""
    from planner.ui.single_instance import hand_over, may_be_running

    return may_be_running(folder) and hand_over(folder)


class Opener(QObject):
    """Takes the data folder's lock and opens the plans file on a worker thread.

    The worker touches no widget: it hands the lock and then the opened plans
    (or the exception raised) back through queued signals, which run on the
    main thread.
    """

    lockedOut = Signal()  # another process holds the folder; the user has been told
    _lockDone = Signal(object)  # the held InstanceLock, or the exception from taking it
    _readDone = Signal(object)  # OpenedPlans, or the exception from opening the file

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.folder = window.data_dir
        self.clock = window.controller.clock
        queued = Qt.ConnectionType.QueuedConnection
        self._lockDone.connect(self._lock_done, queued)
        self._readDone.connect(self._read_done, queued)
        self._thread = threading.Thread(target=self._work, name="open-plans", daemon=True)

    def start(self) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
        self._thread.start()

    def _work(self) -> None:  # on the worker thread
        from planner.storage.lock import InstanceLock

        lock = InstanceLock(self.folder, "Study Planner app")
        try:
            lock.acquire()
        except BaseException as exc:  # LockedError, or the lock file cannot be opened
            self._hand_back(self._lockDone, exc)
            return
        if not self._hand_back(self._lockDone, lock):
            lock.release()
            return
        try:
            result: object = read_plans(self.folder, self.clock)
        except BaseException as exc:  # handed to the window, which explains or re-raises
            result = exc
        if not self._hand_back(self._readDone, result) and isinstance(result, OpenedPlans):
            result.service.close()

    @staticmethod
    def _hand_back(signal: SignalInstance, value: object) -> bool:
        """Emit ``value`` to the main thread; False if the window has gone meanwhile."""
        try:
            signal.emit(value)
        except RuntimeError:  # the opener was deleted with its window
            return False
        return True

    def _lock_done(self, result: object) -> None:
        from planner.storage.lock import InstanceLock, LockedError
        from planner.ui.single_instance import InstanceServer

        if isinstance(result, BaseException):
            QApplication.restoreOverrideCursor()
            if not isinstance(result, LockedError | OSError):
                raise result
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(self.window, APP_NAME, str(result))
            self.lockedOut.emit()
            return
        assert isinstance(result, InstanceLock)
        lock = result
        _KEEP.append(lock)
        self.window.destroyed.connect(lambda *_: lock.release())
        server = InstanceServer(self.folder, self.window)
        server.listen()  # only while holding the lock: it clears a dead instance's socket
        server.activated.connect(self.window.bring_to_front)

    def _read_done(self, result: object) -> None:
        QApplication.restoreOverrideCursor()
        assert isinstance(result, OpenedPlans | BaseException)
        self.window.adopt_opened(result)


def start(window: MainWindow) -> Opener:
    """After the first paint: open the plans file in the background (see the module doc).

    The window emits ``dataOpened`` when the plans are shown (or could not be
    opened); the returned opener emits ``lockedOut`` if another process holds
    the data folder.
    """
    opener = Opener(window)
    opener.start()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        set_app_icon(app)
    window.build_views()  # while the worker reads, so the plan shows as soon as it is read
    return opener


def main(data_dir: str | Path | None = None) -> int:
    app = ensure_app(icon=False)
    try:
        folder = ensure_data_dir(resolve_data_dir(data_dir))
    except DataDirError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    if handed_over(folder):
        return 0  # the running window came to the front
    from planner.ui import errors

    errors.install(folder)  # from here on a bug is logged and explained, never silent
    window = create_window(folder)
    window.show()

    def after_first_paint() -> None:
        from planner.logs import setup

        setup(folder)
        start(window).lockedOut.connect(lambda: app.exit(1))

    QTimer.singleShot(0, after_first_paint)
    try:
        return app.exec()
    finally:
        release_kept()


def release_kept() -> None:
    """Release the data folder's lock (and anything else kept), so the next launch is quick."""
    for kept in _KEEP:
        release = getattr(kept, "release", None)
        if release is not None:
            release()


if __name__ == "__main__":
    sys.exit(main())
