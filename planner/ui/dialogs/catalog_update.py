"""File › Update Catalog… and File › Roll Back Catalog.

``update_catalog_dialog(parent, data_dir)`` asks for a catalog bundle (a .zip file
or an https:// address), fetches and checks it on a worker thread
(:func:`planner.catalog.bundle.update_catalog`: size and time limits, no unsafe
paths, the catalog loader's own checks) and shows what changed. It returns True
when a new catalog was installed, so the caller reloads the catalog. A refused
bundle is explained in the dialog and nothing changes.

``rollback_catalog_dialog(parent, data_dir)`` asks before going back to the
catalog in use before the last update and says what changed; True when it did.

Tests drive :class:`CatalogUpdateDialog` directly; the two functions are the
entry points the main window calls.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from planner.catalog.bundle import UpdateResult


class _UpdateWorker(QThread):
    """Runs one update off the GUI thread; reports with ``succeeded`` or ``failed``."""

    succeeded = Signal(object)
    failed = Signal(str)

    def __init__(self, source: str, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.data_dir = data_dir
        self.cancel_requested = threading.Event()

    def run(self) -> None:
        from planner.catalog.bundle import update_catalog
        from planner.errors import PlannerError

        try:
            result = update_catalog(
                self.source, self.data_dir, cancelled=self.cancel_requested.is_set
            )
        except PlannerError as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(f"{exc.strerror or exc}; nothing was changed")
        else:
            self.succeeded.emit(result)


class CatalogUpdateDialog(QDialog):
    """Source field, Update button, progress and the outcome, all in one dialog."""

    finished_update = Signal(bool)  # True: a new catalog is installed

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.installed: UpdateResult | None = None
        self.worker: _UpdateWorker | None = None
        self.setObjectName("catalog-update-dialog")
        self.setWindowTitle(self.tr("Update Catalog"))
        self.setMinimumWidth(560)

        intro = QLabel(
            self.tr(
                "A catalog update is a .zip file with newer exam, course and path facts. "
                "Give a file or an https:// address; it is checked completely before it "
                "replaces the catalog in use, and the current catalog is kept so you can "
                "roll back."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.source = QLineEdit(self)
        self.source.setObjectName("catalog-update-source")
        self.source.setPlaceholderText(self.tr("https://… or a .zip file"))
        self.source.setAccessibleName(self.tr("Catalog update file or address"))
        self.source.setToolTip(self.tr("A .zip file on this computer or an https:// address"))
        self.source.textChanged.connect(self._source_changed)
        self.browse = QPushButton(self.tr("&Choose File…"), self)
        self.browse.setObjectName("catalog-update-browse")
        self.browse.setToolTip(self.tr("Pick a catalog .zip file"))
        self.browse.clicked.connect(self._choose_file)
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(self.browse)

        self.status = QLabel(self)
        self.status.setObjectName("catalog-update-status")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Update status"))
        self.changes = QTextBrowser(self)
        self.changes.setObjectName("catalog-update-changes")
        self.changes.setAccessibleName(self.tr("What the update changed"))
        self.changes.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.update_button = self.buttons.addButton(
            self.tr("&Update"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.update_button.setObjectName("catalog-update-start")
        self.update_button.setEnabled(False)
        self.update_button.setDefault(True)
        self.update_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self._cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.changes, 1)
        layout.addWidget(self.buttons)

    def _grow_for_changes(self) -> None:
        """Make room for the list of changes that was hidden until now: a few lines of
        it at least, and the wrapped intro and status at the dialog's width."""
        line = self.changes.fontMetrics().lineSpacing()
        self.changes.setMinimumHeight(line * 7)
        width = max(self.width(), self.minimumWidth())
        layout = self.layout()
        height = layout.totalHeightForWidth(width) if layout is not None else 0
        self.resize(width, max(self.height(), height))

    def _source_changed(self, text: str) -> None:
        self.update_button.setEnabled(bool(text.strip()) and self.worker is None)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Catalog update"), "", self.tr("Catalog bundle (*.zip)")
        )
        if name:
            self.source.setText(name)

    def start(self) -> None:
        """Fetch, check and install the bundle named in the source field."""
        source = self.source.text().strip()
        if not source or self.worker is not None:
            return
        self.status.setText(self.tr("Fetching and checking {0}…").format(source))
        self.changes.hide()
        self.source.setEnabled(False)
        self.browse.setEnabled(False)
        self.update_button.setEnabled(False)
        self.worker = _UpdateWorker(source, self.data_dir, self)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        self.worker.start()

    @property
    def busy(self) -> bool:
        return self.worker is not None

    def _done(self) -> None:
        if self.worker is not None:
            self.worker.wait()
            self.worker.deleteLater()
        self.worker = None
        self.source.setEnabled(True)
        self.browse.setEnabled(True)

    def _succeeded(self, result: UpdateResult) -> None:
        from html import escape

        from planner.core.catalog_changes import summarize_change_messages
        from planner.ui.formatting import date_text

        self._done()
        self.installed = result
        catalog = result.catalog
        checked = date_text(catalog.as_of) if catalog.as_of else self.tr("unknown")
        self.status.setText(
            self.tr("Catalog updated: version {0}, facts checked {1}.").format(
                catalog.version or "—", checked
            )
        )
        changes = summarize_change_messages(result.changes)
        lines = "".join(f"<li>{escape(str(line))}</li>" for line in changes)
        warnings = "".join(f"<li>{escape(w)}</li>" for w in result.warnings)
        heading = self.tr("Warnings")
        back = self.tr("File › Roll Back Catalog goes back to the previous one.")
        self.changes.setHtml(
            f"<ul>{lines}</ul>"
            + (f"<p>{heading}</p><ul>{warnings}</ul>" if warnings else "")
            + f"<p>{escape(back)}</p>"
        )
        self.changes.show()
        self._grow_for_changes()
        self.buttons.clear()
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        self.finished_update.emit(True)

    def _failed(self, message: str) -> None:
        self._done()
        self.status.setText(self.tr("Not updated: {0}").format(message))
        self.update_button.setEnabled(bool(self.source.text().strip()))
        self.finished_update.emit(False)

    def _cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel_requested.set()
            self.status.setText(self.tr("Cancelling…"))
            return
        self.reject()

    def done(self, result: int) -> None:
        if self.worker is not None:  # closing while it runs: stop it first
            self.worker.cancel_requested.set()
            self.worker.wait()
        super().done(result)


def update_catalog_dialog(parent: QWidget, data_dir: Path) -> bool:
    """Show the update dialog; True when a new catalog was installed."""
    dialog = CatalogUpdateDialog(data_dir, parent)
    dialog.exec()
    installed = dialog.installed is not None
    dialog.deleteLater()
    return installed


def rollback_catalog_dialog(parent: QWidget, data_dir: Path) -> bool:
    """Ask, then go back to the catalog in use before the last update; True when done."""
    from html import escape

    from planner.catalog.bundle import (
        CatalogUpdateError,
        installed_catalog,
        previous_catalog,
        rollback_catalog,
    )
    from planner.core.catalog_changes import summarize_change_messages

    title = parent.tr("Roll Back Catalog")
    current = installed_catalog(data_dir)
    if current is None:
        QMessageBox.information(
            parent,
            title,
            parent.tr("The built-in catalog is in use; there is no update to roll back."),
        )
        return False
    previous = previous_catalog(data_dir)
    target = previous.source if previous is not None else parent.tr("the built-in catalog")
    answer = QMessageBox.question(
        parent,
        title,
        parent.tr("Go back from the catalog of {0} to {1}?").format(current.source, target),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        result = rollback_catalog(data_dir)
    except CatalogUpdateError as exc:
        QMessageBox.warning(parent, title, str(exc))
        return False
    changes = summarize_change_messages(result.changes)
    lines = "".join(f"<li>{escape(str(line))}</li>" for line in changes)
    QMessageBox.information(
        parent,
        title,
        parent.tr("The catalog was rolled back to {0}.").format(escape(target))
        + f"<ul>{lines}</ul>",
    )
    return True
