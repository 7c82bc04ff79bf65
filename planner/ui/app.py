"""Starts the desktop app: ``study-planner`` with no command, or ``study-planner-gui``."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from planner import APP_ID, APP_NAME, ORG_NAME, __version__
from planner.config import DataDirError, ensure_data_dir, resolve_data_dir
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


def build_main_window(data_dir: str | Path | None = None) -> MainWindow:
    """The ready main window for ``data_dir`` (created if needed); not yet shown."""
    ensure_app()
    folder = ensure_data_dir(resolve_data_dir(data_dir))
    return MainWindow(folder)


def main(data_dir: str | Path | None = None) -> int:
    app = ensure_app()
    try:
        window = build_main_window(data_dir)
    except DataDirError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
