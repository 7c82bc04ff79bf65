"""Help (F1): how to use Study Planner in a few lines, and every keyboard shortcut.

The shortcut table is made from the action registry (:data:`planner.ui.actions.SPECS`)
with the key sequences of the platform the app runs on, so it lists exactly what
the menus offer. The dialog is not modal: it can stay open beside the window, and
pressing F1 again brings the same one to the front.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from planner import APP_NAME, __version__
from planner.ui.actions import SPECS, ActionSpec
from planner.ui.dialogs.common import explain_buttons

NATIVE = QKeySequence.SequenceFormat.NativeText


def shortcut_text(spec: ActionSpec) -> str:
    """The keys that trigger ``spec`` here, as the menus show them ("" if none)."""
    if isinstance(spec.shortcut, QKeySequence.StandardKey):
        # The first binding is the one the menu shows; the others are extra keys
        # (Alt+Backspace, a keyboard's own Undo key) that would only clutter the list.
        keys = QKeySequence.keyBindings(spec.shortcut)
        return keys[0].toString(NATIVE) if keys else ""
    return QKeySequence(spec.shortcut).toString(NATIVE) if spec.shortcut else ""


def plain_text(label: str) -> str:
    """A menu label without its mnemonic and trailing ellipsis: "&New Plan…" -> "New Plan"."""
    return label.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_rows(widget: QWidget) -> list[tuple[str, str, str]]:
    """(command, keys, what it does) for every registered action that has a shortcut."""
    rows = []
    for spec in SPECS:
        keys = shortcut_text(spec)
        if keys:
            text = QCoreApplication.translate("Actions", spec.text)
            rows.append((plain_text(text), keys, QCoreApplication.translate("Actions", spec.tip)))
    return rows


def readme_path() -> Path | None:
    """The README beside the app, where there is one (a source checkout)."""
    path = Path(__file__).resolve().parents[3] / "README.md"
    return path if path.is_file() else None


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialog-help")
        self.setWindowTitle(self.tr("{0} Help").format(APP_NAME))
        self.text = QTextBrowser(self)
        self.text.setObjectName("help-text")
        self.text.setAccessibleName(self.tr("Help text"))
        self.text.setOpenExternalLinks(True)
        self.text.setHtml(self.help_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        explain_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def help_html(self) -> str:
        steps = [
            self.tr(
                "<b>Make a plan.</b> New Plan asks where you start, which cloud your "
                "target employers use and how many hours a week you have, and shows the "
                "schedule before it is created."
            ),
            self.tr(
                "<b>Study from This week.</b> Each row is a module in one of this week's "
                "sessions. Space or a click ticks it off; type in <i>Logged</i> (or F2) "
                "the time you really spent. Alt+Left and Alt+Right change the week."
            ),
            self.tr(
                "<b>Move a session.</b> In the Week Calendar (Ctrl+5), drag a session to "
                "another day or time, or its lower edge to change its length; or select it "
                "and press Alt+arrows, Alt+Shift+Up/Down, or Enter for Move…. Only that "
                "session moves unless other work no longer fits, and then you see what first."
            ),
            self.tr(
                "<b>Changed your mind?</b> Undo takes back the last change: a tick, "
                "logged time, a re-plan, a rename."
            ),
            self.tr(
                "<b>Behind or ahead?</b> Progress compares planned and done hours and "
                "forecasts your finish. Re-plan spreads the remaining work from today, "
                "keeping either the exam date or your hours per week."
            ),
            self.tr(
                "<b>In your calendar.</b> Export to Calendar writes an .ics file; export "
                "again after a change and your calendar updates the same events."
            ),
            self.tr(
                "<b>Your data</b> stays on this computer. A backup is taken every day and "
                "before anything risky; File › Restore a Backup goes back to one."
            ),
        ]
        rows = "".join(
            "<tr><td>{}</td><td style='padding-left:16px'><b>{}</b></td>"
            "<td style='padding-left:16px'>{}</td></tr>".format(*map(html.escape, row))
            for row in shortcut_rows(self)
        )
        title = self.tr("How to use {0}").format(APP_NAME)
        keys = self.tr("Keyboard shortcuts")
        parts = [
            f"<h2>{html.escape(title)}</h2>",
            "<ol>" + "".join(f"<li style='margin-bottom:6px'>{s}</li>" for s in steps) + "</ol>",
            f"<h3>{html.escape(keys)}</h3>",
            f"<table cellspacing='0' cellpadding='3'>{rows}</table>",
        ]
        readme = readme_path()
        if readme is not None:
            link = QUrl.fromLocalFile(str(readme)).toString()
            parts.append(
                "<p>"
                + self.tr("The full guide: <a href='{0}'>{1}</a>").format(
                    html.escape(link), html.escape(str(readme))
                )
                + "</p>"
            )
        parts.append(f"<p>{html.escape(APP_NAME)} {html.escape(__version__)}</p>")
        return "".join(parts)


def show_help(parent: QWidget) -> HelpDialog:
    """Open Help beside ``parent`` (or bring the open one to the front)."""
    dialog = parent.findChild(HelpDialog)
    if dialog is None:
        dialog = HelpDialog(parent)
    if dialog.isVisible():
        dialog.raise_()
    dialog.show()
    dialog.activateWindow()
    return dialog
