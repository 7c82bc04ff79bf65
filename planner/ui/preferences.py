"""The user's preferences (week start, default session time, theme) and their dialog.

:class:`AppPreferences` keeps them in ``<data dir>/window.ini`` (the same file as
the window state, so each data folder has its own) and emits ``changed`` after
any of them changes. :class:`PreferencesDialog` edits them and shows where the
data lives.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QObject,
    QSettings,
    Qt,
    QTime,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.reminders import ReminderSettings
from planner.messages import QT_TRANSLATE_NOOP
from planner.ui.dialogs.common import explain_buttons
from planner.ui.theme import THEMES

DEFAULT_SESSION_START = time(19, 0)
_P = "PreferencesDialog"
WEEKDAYS = (
    QT_TRANSLATE_NOOP("PreferencesDialog", "Monday"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "Tuesday"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "Wednesday"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "Thursday"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "Friday"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "Saturday"),
    QT_TRANSLATE_NOOP("PreferencesDialog", "Sunday"),
)
THEME_LABELS = {
    "system": QT_TRANSLATE_NOOP("PreferencesDialog", "Same as the system"),
    "light": QT_TRANSLATE_NOOP("PreferencesDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("PreferencesDialog", "Dark"),
}


def locale_week_start() -> int:
    """The first day of the week in the user's locale, Monday = 0."""
    return QLocale().firstDayOfWeek().value - 1


class AppPreferences(QObject):
    """Typed access to the preferences in ``<data dir>/window.ini``."""

    changed = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._settings = QSettings(str(data_dir / "window.ini"), QSettings.Format.IniFormat)

    def _get(self, key: str) -> str | None:
        value = self._settings.value(f"preferences/{key}")
        return None if value is None else str(value)

    def _set(self, key: str, value: str) -> None:
        if self._get(key) == value:
            return
        self._settings.setValue(f"preferences/{key}", value)
        self._settings.sync()
        self.changed.emit()

    @property
    def week_start(self) -> int:
        value = self._get("week_start")
        if value is not None and value.isdigit() and 0 <= int(value) <= 6:
            return int(value)
        return locale_week_start()

    @week_start.setter
    def week_start(self, day: int) -> None:
        if not 0 <= day <= 6:
            raise ValueError("the week starts on a weekday 0 (Monday) to 6 (Sunday)")
        self._set("week_start", str(day))

    @property
    def session_start(self) -> time:
        value = self._get("session_start")
        if value:
            try:
                return time.fromisoformat(value)
            except ValueError:
                pass
        return DEFAULT_SESSION_START

    @session_start.setter
    def session_start(self, value: time) -> None:
        self._set("session_start", value.strftime("%H:%M"))

    @property
    def theme(self) -> str:
        value = self._get("theme")
        return value if value in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"unknown theme {value!r} (use one of {', '.join(THEMES)})")
        self._set("theme", value)

    @property
    def language(self) -> str:
        """Preferences › Language: "system", "en" or "de" (used at the next start)."""
        from planner.ui.i18n import saved_choice

        return saved_choice(self.data_dir)

    @language.setter
    def language(self, value: str) -> None:
        from planner.ui.i18n import CHOICES

        if value not in CHOICES:
            raise ValueError(f"unknown language {value!r} (use one of {', '.join(CHOICES)})")
        self._set("language", value)

    # Reminders: the defaults are those of ReminderSettings (declared there, once).
    @property
    def reminders(self) -> ReminderSettings:
        default = ReminderSettings()

        def flag(key: str, fallback: bool) -> bool:
            value = self._get(key)
            return fallback if value not in ("true", "false") else value == "true"

        def number(key: str, fallback: float, low: float, high: float) -> float:
            try:
                value = float(self._get(key) or "")
            except ValueError:
                return fallback
            return value if low <= value <= high else fallback

        return ReminderSettings(
            sessions=flag("remind_sessions", default.sessions),
            lead_minutes=int(number("remind_minutes", default.lead_minutes, 0, 24 * 60)),
            behind=flag("remind_behind", default.behind),
            behind_hours=number("remind_behind_hours", default.behind_hours, 0.25, 1000),
        )

    @reminders.setter
    def reminders(self, value: ReminderSettings) -> None:
        self._set("remind_sessions", "true" if value.sessions else "false")
        self._set("remind_minutes", str(int(value.lead_minutes)))
        self._set("remind_behind", "true" if value.behind else "false")
        self._set("remind_behind_hours", f"{value.behind_hours:g}")


class PreferencesDialog(QDialog):
    """Edit the preferences; OK saves them (and emits ``prefs.changed``), Cancel keeps them."""

    def __init__(self, prefs: AppPreferences, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.prefs = prefs
        self.data_dir = data_dir
        self.setObjectName("preferences-dialog")
        self.setWindowTitle(self.tr("Preferences"))

        self.week_start = QComboBox(self)
        self.week_start.setObjectName("pref-week-start")
        for day in WEEKDAYS:
            self.week_start.addItem(self.tr(day))
        self.week_start.setCurrentIndex(prefs.week_start)
        self.week_start.setAccessibleName(self.tr("First day of the week"))
        self.week_start.setToolTip(
            self.tr("Weeks in new plans start on this day; a plan keeps the week it was made with")
        )

        self.session_start = QTimeEdit(self)
        self.session_start.setObjectName("pref-session-start")
        self.session_start.setDisplayFormat("HH:mm")
        start = prefs.session_start
        self.session_start.setTime(QTime(start.hour, start.minute))
        self.session_start.setAccessibleName(self.tr("Default session start time"))
        self.session_start.setToolTip(self.tr("New plans start their study sessions at this time"))

        self.theme = QComboBox(self)
        self.theme.setObjectName("pref-theme")
        for key in THEMES:
            self.theme.addItem(self.tr(THEME_LABELS[key]), key)
        self.theme.setCurrentIndex(THEMES.index(prefs.theme))
        self.theme.setAccessibleName(self.tr("Theme"))
        self.theme.setToolTip(self.tr("Follow the system's light or dark scheme, or pick one"))

        self.language = language_combo(self, prefs.language)

        folder = QLabel(str(data_dir), self)
        folder.setObjectName("pref-data-dir")
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder.setAccessibleName(self.tr("Data folder"))
        folder.setToolTip(self.tr("Your plans, backups and settings are kept here"))
        open_folder = QPushButton(self.tr("Open Folder"), self)
        open_folder.setObjectName("pref-open-data-dir")
        open_folder.setAccessibleName(self.tr("Open the data folder"))
        open_folder.setToolTip(self.tr("Show the data folder in the file manager"))
        open_folder.clicked.connect(self.open_data_dir)
        folder_row = QHBoxLayout()
        folder_row.addWidget(folder, 1)
        folder_row.addWidget(open_folder)

        form = QFormLayout()
        form.addRow(self.tr("First day of the &week:"), self.week_start)
        form.addRow(self.tr("Default &session start:"), self.session_start)
        form.addRow(self.tr("&Theme:"), self.theme)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Data folder:"), folder_row)

        reminders = self._reminders_box(prefs.reminders)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        explain_buttons(buttons)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(reminders)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def _reminders_box(self, current: ReminderSettings) -> QGroupBox:
        from PySide6.QtWidgets import QSystemTrayIcon

        box = QGroupBox(self.tr("Reminders"), self)
        box.setObjectName("pref-reminders")
        self.remind_sessions = QCheckBox(self.tr("Remind me before each &session"), box)
        self.remind_sessions.setObjectName("pref-remind-sessions")
        self.remind_sessions.setChecked(current.sessions)
        self.remind_sessions.setToolTip(self.tr("A notification before each study session"))
        self.remind_minutes = QSpinBox(box)
        self.remind_minutes.setObjectName("pref-remind-minutes")
        self.remind_minutes.setRange(0, 180)
        self.remind_minutes.setSingleStep(5)
        self.remind_minutes.setSuffix(self.tr(" min before"))
        self.remind_minutes.setValue(current.lead_minutes)
        self.remind_minutes.setAccessibleName(self.tr("Minutes before a session"))
        self.remind_minutes.setToolTip(self.tr("How long before a session the reminder comes"))
        self.remind_behind = QCheckBox(self.tr("Remind me when I fall &behind by more than"), box)
        self.remind_behind.setObjectName("pref-remind-behind")
        self.remind_behind.setChecked(current.behind)
        self.remind_behind.setToolTip(self.tr("At most once a day, not before 9:00"))
        self.remind_behind_hours = QDoubleSpinBox(box)
        self.remind_behind_hours.setObjectName("pref-remind-behind-hours")
        self.remind_behind_hours.setRange(0.25, 100)
        self.remind_behind_hours.setSingleStep(0.5)
        self.remind_behind_hours.setDecimals(2)
        self.remind_behind_hours.setSuffix(" h")
        self.remind_behind_hours.setValue(current.behind_hours)
        self.remind_behind_hours.setAccessibleName(self.tr("Hours behind before a reminder"))
        self.remind_behind_hours.setToolTip(
            self.tr("Remind only when the plan is behind by more than this")
        )
        self.remind_sessions.toggled.connect(self.remind_minutes.setEnabled)
        self.remind_behind.toggled.connect(self.remind_behind_hours.setEnabled)
        self.remind_minutes.setEnabled(current.sessions)
        self.remind_behind_hours.setEnabled(current.behind)
        tray = QSystemTrayIcon.isSystemTrayAvailable()
        note = QLabel(
            self.tr("Shown as desktop notifications while Study Planner runs.")
            if tray
            else self.tr(
                "This desktop has no system tray: reminders show in the window's status bar "
                "while Study Planner runs."
            ),
            box,
        )
        note.setObjectName("pref-reminders-note")
        note.setWordWrap(True)
        note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        grid = QFormLayout(box)
        grid.addRow(self.remind_sessions, self.remind_minutes)
        grid.addRow(self.remind_behind, self.remind_behind_hours)
        grid.addRow(note)
        return box

    def open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def accept(self) -> None:
        t = self.session_start.time()
        self.prefs.week_start = self.week_start.currentIndex()
        self.prefs.session_start = time(t.hour(), t.minute())
        self.prefs.theme = str(self.theme.currentData())
        self.prefs.language = str(self.language.currentData())
        self.prefs.reminders = ReminderSettings(
            sessions=self.remind_sessions.isChecked(),
            lead_minutes=self.remind_minutes.value(),
            behind=self.remind_behind.isChecked(),
            behind_hours=self.remind_behind_hours.value(),
        )
        super().accept()


def language_combo(dialog: QDialog, current: str) -> QComboBox:
    """Preferences › Language: the system's, or one with a catalog (by its own name)."""
    from planner.translations import LANGUAGES

    combo = QComboBox(dialog)
    combo.setObjectName("pref-language")
    combo.addItem(QCoreApplication.translate(_P, "Same as the system"), "system")
    for code, name in LANGUAGES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.setAccessibleName(QCoreApplication.translate(_P, "Language"))
    combo.setToolTip(
        QCoreApplication.translate(
            _P, "The language of the app; a new choice takes effect at the next start"
        )
    )
    return combo


def run_preferences_dialog(prefs: AppPreferences, data_dir: Path, parent: QWidget | None) -> bool:
    """Show the dialog; True if the user saved (tests monkeypatch this)."""
    dialog = PreferencesDialog(prefs, data_dir, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
