"""Every error dialog of the app, and the hook that catches what nobody expected.

- :func:`show_error` shows an expected failure (a
  :class:`~planner.errors.PlannerError`'s one-line message) in the app's one error
  dialog. Use it wherever the UI reports a failure to the user.
- :func:`install` makes :func:`excepthook` the interpreter's ``sys.excepthook``;
  PySide6 hands it every exception that escapes a slot or an event handler. The
  hook logs the exception with its traceback (:func:`planner.logs.unexpected`)
  and shows a plain "Something went wrong" dialog with the reason, where the log
  file is, and **Copy details** (version, platform, Python and Qt versions, the
  traceback) for a bug report. An error inside the hook is only logged: the hook
  never calls itself.
- Every dialog is shown through :func:`run_dialog`, the one patchable entry point
  (tests replace it, so a modal dialog never blocks them).

Importing this module loads nothing that Qt's widgets do not load already (the
log file, ``platform`` and ``traceback`` only when something goes wrong), so the
app installs the hook before its first paint.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME, __version__
from planner.errors import short_reason

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]

_data_dir: Path | None = None
_in_hook = False
_previous_hook: Callable[..., object] = sys.__excepthook__


class ErrorDialog(QDialog):
    """The one look of every error: an icon, a heading, the message, Close.

    With ``details`` (an unexpected error) it also says where the log file is
    and offers **Copy details**, which puts ``details`` on the clipboard.
    """

    def __init__(
        self,
        heading: str,
        message: str,
        *,
        details: str = "",
        log_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("dialog-error")
        self.setWindowTitle(APP_NAME)
        self.setModal(True)
        self.details = details
        style = self.style()
        icon = QLabel(self)
        icon.setObjectName("error-icon")
        pixmap = (
            QStyle.StandardPixmap.SP_MessageBoxCritical
            if details
            else QStyle.StandardPixmap.SP_MessageBoxWarning
        )
        size = style.pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(style.standardIcon(pixmap, None, self).pixmap(size, size))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.heading = QLabel(heading, self)
        self.heading.setObjectName("error-heading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.message = QLabel(message, self)
        self.message.setObjectName("error-message")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text = QVBoxLayout()
        text.setSpacing(8)
        text.addWidget(self.heading)
        text.addWidget(self.message)
        self.where = QLabel(self)
        self.where.setObjectName("error-log-path")
        self.where.setWordWrap(True)
        self.where.setTextFormat(Qt.TextFormat.PlainText)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if details:
            self.where.setText(
                self.tr("The details are in the log file:\n{0}").format(log_path)
                if log_path
                else self.tr("The log file could not be written; Copy details keeps them.")
            )
            text.addWidget(self.where)
        else:
            self.where.hide()

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(text, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setToolTip(self.tr("Close this message"))
        close.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        self.copy: QPushButton | None = None
        if details:
            self.copy = QPushButton(self.tr("&Copy Details"), self)
            self.copy.setObjectName("error-copy-details")
            self.copy.setToolTip(
                self.tr("Put the version, platform and error details on the clipboard")
            )
            self.copy.setAutoDefault(False)
            self.buttons.addButton(self.copy, QDialogButtonBox.ButtonRole.ActionRole)
            self.copy.clicked.connect(self.copy_details)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 14)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.buttons)
        # Wide enough that the wrapped text gets the height it needs, no more.
        self.message.setMinimumWidth(400)
        self.where.setMinimumWidth(400)
        self.setMaximumWidth(640)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)
        if self.copy is not None:
            self.copy.setText(self.tr("Copied"))


def run_dialog(dialog: QDialog) -> None:
    """Show ``dialog`` and wait for the user to close it (tests replace this)."""
    dialog.exec()


def _parent_window(parent: QWidget | None) -> QWidget | None:
    if parent is not None:
        return parent.window()
    app = QApplication.instance()
    if isinstance(app, QApplication):
        active = app.activeWindow()
        if active is not None:
            return active
    return None


def show_error(parent: QWidget | None, message: str, heading: str = "") -> None:
    """Tell the user about an expected failure (a PlannerError's message), in the one error look."""
    window = _parent_window(parent)
    dialog = ErrorDialog(
        heading or QApplication.translate("ErrorDialog", "That did not work"),
        message,
        parent=window,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    run_dialog(dialog)


def details_text(exc_info: ExcInfo) -> str:
    """What Copy details puts on the clipboard: versions, platform, the traceback."""
    import platform
    import traceback

    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    return "\n".join(
        (
            f"{APP_NAME} {__version__}",
            f"Platform: {platform.platform()}",
            f"Python: {sys.version.split()[0]} ({platform.python_implementation()})",
            f"Qt: {qVersion()} · PySide6 {pyside_version}",
            "",
            "".join(traceback.format_exception(*exc_info)).rstrip(),
        )
    )


def unexpected_dialog(exc_info: ExcInfo, log_path: Path | None) -> ErrorDialog:
    """The "Something went wrong" dialog for an exception nobody expected."""
    exc = exc_info[1]
    message = QApplication.translate(
        "ErrorDialog",
        "Study Planner ran into a problem it did not expect ({0}). What you did last may "
        "not have been saved; your plans as saved before are safe. If it happens again, "
        "please report it with the details.",
    ).format(short_reason(exc))
    return ErrorDialog(
        QApplication.translate("ErrorDialog", "Something went wrong"),
        message,
        details=details_text(exc_info),
        log_path=log_path,
        parent=_parent_window(None),
    )


def report_unexpected(exc_info: ExcInfo) -> None:
    """Log an unexpected exception and show it; what :func:`excepthook` does."""
    from planner import logs

    if _data_dir is not None:
        logs.setup(_data_dir)  # at once if the bug came before the app set up its log
    log_path = logs.unexpected(exc_info[1], "running the app")
    dialog = unexpected_dialog(exc_info, log_path)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    run_dialog(dialog)


def excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """``sys.excepthook`` for the app: log, then one dialog; never recursive."""
    global _in_hook
    if issubclass(exc_type, KeyboardInterrupt) or QApplication.instance() is None:
        _previous_hook(exc_type, exc, tb)
        return
    if _in_hook:  # the dialog itself failed and Qt handed that error back to us
        _log_quietly(exc)
        return
    _in_hook = True
    try:
        from planner.errors import InternalError, PlannerError

        if isinstance(exc, PlannerError) and not isinstance(exc, InternalError):
            show_error(None, str(exc))  # expected, but no caller caught it: still one line
        else:
            report_unexpected((exc_type, exc, tb))
    except BaseException as inner:  # never let the hook fail loudly or call itself
        _log_quietly(inner)
    finally:
        _in_hook = False


def _log_quietly(exc: BaseException) -> None:
    try:
        from planner import logs

        logs.unexpected(exc, "showing an error")
    except BaseException:
        sys.__excepthook__(type(exc), exc, exc.__traceback__)


def install(data_dir: Path | None) -> None:
    """Make :func:`excepthook` the interpreter's hook; the log goes to ``data_dir``."""
    global _data_dir, _previous_hook
    _data_dir = data_dir
    if sys.excepthook is not excepthook:
        _previous_hook = sys.excepthook
        sys.excepthook = excepthook
