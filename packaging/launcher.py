"""Entry script of the frozen bundle (PyInstaller's ``Analysis`` starts here).

Normally it is just ``study-planner``: the command line, or the app when no
command is given. With ``STUDY_PLANNER_SMOKE=1`` in the environment it starts
the app through its real start-up path (``planner.ui.app.main``), waits for the
main window to be shown, checks it, prints ``smoke ok`` and quits. Set
``STUDY_PLANNER_SMOKE_PLAN`` to a plan's name to also require that plan to be
listed, and ``STUDY_PLANNER_SMOKE_TIMEOUT`` to the seconds to wait for it (30).
``packaging/smoke_check.py`` drives this from the outside.

The same script runs from a checkout or an installed wheel
(``python packaging/launcher.py``), so the check is the same for every form.
"""

from __future__ import annotations

import os
import sys
import time

SMOKE_ENV = "STUDY_PLANNER_SMOKE"
SMOKE_PLAN_ENV = "STUDY_PLANNER_SMOKE_PLAN"
SMOKE_TIMEOUT_ENV = "STUDY_PLANNER_SMOKE_TIMEOUT"
SMOKE_TIMEOUT_S = 30.0


def _plan_rows(window: object) -> list[str] | None:
    """The texts of the window's plan list, or None if the window has no plan list."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractItemView, QWidget

    assert isinstance(window, QWidget)
    view = window.findChild(QAbstractItemView, "plans-list")
    if view is None or view.model() is None:
        return None
    model = view.model()
    return [
        str(model.data(model.index(row, 0), Qt.ItemDataRole.DisplayRole) or "")
        for row in range(model.rowCount())
    ]


def smoke() -> int:
    """Start the app, check its first window, and quit with 0 only if all is well."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    from planner import APP_ID, APP_NAME
    from planner.catalog.loader import builtin_catalog_files
    from planner.resources import resources_dir
    from planner.ui.app import ensure_app, main

    app = ensure_app()
    plan_name = os.environ.get(SMOKE_PLAN_ENV, "").strip()
    deadline = time.monotonic() + float(os.environ.get(SMOKE_TIMEOUT_ENV) or SMOKE_TIMEOUT_S)
    problems: list[str] = []

    def fail(message: str) -> None:
        problems.append(message)
        app.exit(1)

    def probe() -> None:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMainWindow) and w.isVisible()
        ]
        if not windows:
            if time.monotonic() > deadline:
                fail("no main window was shown")
            else:
                QTimer.singleShot(50, probe)
            return
        window = windows[0]
        rows = _plan_rows(window)
        if plan_name and rows is not None and not any(plan_name in r for r in rows):
            if time.monotonic() > deadline:
                fail(f"plan {plan_name!r} is not listed (the list shows {rows})")
            else:
                QTimer.singleShot(50, probe)
            return
        if APP_NAME not in window.windowTitle():
            fail(f"unexpected window title {window.windowTitle()!r}")
            return
        if app.desktopFileName() != APP_ID:
            fail(f"desktop file name is {app.desktopFileName()!r}, not {APP_ID!r}")
            return
        # A null pixmap means the SVG icon or Qt's SVG plugin is missing.
        if app.windowIcon().pixmap(64, 64).isNull():
            fail(f"the app icon cannot be drawn (resources: {resources_dir()})")
            return
        catalog = builtin_catalog_files()
        if not catalog:
            fail(f"no built-in catalog files in {resources_dir()}")
            return
        from PySide6.QtCore import QTranslator

        from planner.ui.i18n import compiled

        german = compiled("de")  # shipped in a bundle, compiled once from a wheel's .ts
        if german is None or not QTranslator().load(str(german)):
            fail(f"the German translation cannot be loaded (resources: {resources_dir()})")
            return
        listed = "not exposed by this window" if rows is None else f"{len(rows)} plan(s)"
        print(f"smoke: window {window.windowTitle()!r}; plan list: {listed}")
        print(f"smoke: resources {resources_dir()} ({len(catalog)} catalog files)")
        print(f"smoke: German translation {german}")
        app.exit(0)

    QTimer.singleShot(0, probe)
    status = main()
    for problem in problems:
        print(f"smoke failed: {problem}", file=sys.stderr)
    if status == 0 and not problems:
        print("smoke ok")
        return 0
    return status or 1


def run() -> int:
    if os.environ.get(SMOKE_ENV) == "1":
        return smoke()
    from planner.cli import main

    return main()


if __name__ == "__main__":
    sys.exit(run())
