"""A damaged plans file, or going back to a backup: explain, and offer the newest good backup."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.services.clock import Clock
from planner.ui.dialogs.common import explain_buttons
from planner.ui.formatting import date_text, time_text
from planner.ui.views.parts import cell_tooltips

if TYPE_CHECKING:
    from planner.storage import DamagedDatabaseError
    from planner.storage.backups import BackupInfo
    from planner.ui.controller import PlanController
    from planner.ui.sync_status import SyncManager


def describe_backup(info: BackupInfo) -> str:
    from planner.storage.backups import kind_message

    reason = str(kind_message(info.reason))
    size = f"{info.size / 1024:.0f} KB"
    when = f"{date_text(info.created_at.date())} {time_text(info.created_at.time())}"
    return f"{when} UTC · {reason} · {size}"


class RecoveryDialog(QDialog):
    """Lists the good backups (newest first, preselected) and restores the chosen one.

    With ``damaged`` set it explains what happened to the file; "Start empty" then
    opens a fresh file (the damaged one was already moved aside, never deleted).
    """

    START_EMPTY = 2

    def __init__(
        self,
        data_dir: Path,
        clock: Clock,
        *,
        message: str,
        damaged: bool,
        around_restore: Callable[[Callable[[], None]], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        from planner.storage.backups import is_good, list_backups

        super().__init__(parent)
        self.setObjectName("dialog-recovery")
        self.data_dir = data_dir
        self.clock = clock
        self.restored: BackupInfo | None = None
        self._around = around_restore
        self.setWindowTitle(
            self.tr("Your plans file is damaged") if damaged else self.tr("Restore a backup")
        )
        text = QLabel(message, self)
        text.setObjectName("recovery-message")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backups = [b for b in list_backups(data_dir) if is_good(b.path)]
        self.list = cell_tooltips(QListWidget(self))
        self.list.setObjectName("recovery-backups")
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.setToolTip(self.tr("Verified backups, newest first"))
        for info in self.backups:
            item = QListWidgetItem(describe_backup(info), self.list)
            item.setToolTip(str(info.path))
        if self.backups:
            self.list.setCurrentRow(0)
        self.error = QLabel(self)
        self.error.setObjectName("recovery-error")
        self.error.setWordWrap(True)

        self.buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Restore selected backup"), self)
        self.restore_button.setObjectName("recovery-restore")
        self.restore_button.setToolTip(
            self.tr("Replace the plans file with this backup (the current file is kept)")
        )
        self.restore_button.setEnabled(bool(self.backups))
        self.restore_button.setDefault(True)
        self.buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        if damaged:
            self.empty_button = QPushButton(self.tr("Start &empty"), self)
            self.empty_button.setObjectName("recovery-start-empty")
            self.empty_button.setToolTip(self.tr("Open a new, empty plans file"))
            self.buttons.addButton(self.empty_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.empty_button.clicked.connect(lambda: self.done(self.START_EMPTY))
            quit_button = self.buttons.addButton(
                self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole
            )
            quit_button.setToolTip(
                self.tr("Close without restoring; the damaged file stays set aside")
            )
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        explain_buttons(self.buttons)
        self.buttons.accepted.connect(self.restore)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(text)
        if self.backups:
            layout.addWidget(QLabel(self.tr("Backups you can go back to:"), self))
        else:
            layout.addWidget(QLabel(self.tr("There is no good backup to go back to."), self))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(600, 380)

    def selected(self) -> BackupInfo | None:
        row = self.list.currentRow()
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def restore(self) -> None:
        from planner.storage import StorageError
        from planner.storage.backups import restore_backup

        chosen = self.selected()
        if chosen is None:
            return
        errors: list[str] = []

        def run() -> None:
            try:
                self.restored = restore_backup(self.data_dir, chosen.id, self.clock.now())
            except StorageError as exc:
                errors.append(str(exc))

        if self._around is not None:
            self._around(run)
        else:
            run()
        if errors:
            self.error.setText(errors[0])
            return
        self.accept()


def run_recovery_dialog(dialog: RecoveryDialog) -> int:
    """Run the dialog modally (tests replace this to answer it)."""
    return dialog.exec()


def handle_damaged_database(
    parent: QWidget, data_dir: Path, error: DamagedDatabaseError, clock: Clock
) -> bool:
    """Explain a damaged file and offer backups; True to try opening again."""
    from planner.storage.db import detail_message

    where = (
        parent.tr(" It was moved aside as {0}; nothing was deleted.").format(error.moved_to.name)
        if error.moved_to
        else ""
    )
    message = parent.tr(
        "Your plans file could not be read: {0}.{1} Restore a backup below (the newest good "
        "one is chosen), or start with an empty plans file."
    ).format(
        str(detail_message(error.detail)) if error.detail else parent.tr("it is damaged"), where
    )
    dialog = RecoveryDialog(data_dir, clock, message=message, damaged=True, parent=parent)
    result = run_recovery_dialog(dialog)
    return result in (QDialog.DialogCode.Accepted, RecoveryDialog.START_EMPTY)


def run_restore_dialog(
    parent: QWidget, controller: PlanController, sync: SyncManager | None = None
) -> bool:
    """File › Restore a Backup: close the file, restore the chosen backup, open it again.

    A background calendar sync (``sync``) is paused around the restore: one running is
    cut off and its thread has ended before the file is replaced, and sync resumes
    against the restored file, whose sync state is the one of the file it replaced
    (:func:`planner.storage.backups.restore_backup`).
    """
    message = parent.tr(
        "Going back to a backup replaces your plans with the plans as they were then. "
        "Your current file is backed up first, so this can be reversed."
    )

    def closed(run: Callable[[], None]) -> None:
        if sync is not None:
            from planner.ui.controller import busy_cursor

            with busy_cursor():  # a sync still opening its connection may take a while
                sync.pause()  # no sync may write into the file being replaced
        try:
            controller.close()  # the file must be closed while it is replaced
            try:
                run()
            finally:
                controller.open()
        finally:
            if sync is not None:
                sync.resume()

    dialog = RecoveryDialog(
        controller.data_dir,
        controller.clock,
        message=message,
        damaged=False,
        around_restore=closed,
        parent=parent,
    )
    return run_recovery_dialog(dialog) == QDialog.DialogCode.Accepted
