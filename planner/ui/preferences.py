"""The user's preferences (week start, default session time, theme) and their dialog.

:class:`AppPreferences` keeps them in ``<data dir>/window.ini`` (the same file as
the window state, so each data folder has its own) and emits ``changed`` after
any of them changes. :class:`PreferencesDialog` edits them and shows where the
data lives; its Calendar sync page (:class:`SyncPage`) sets up two-way sync of the
current plan with a CalDAV calendar, whose buttons act at once (OK and Cancel are
about the other preferences).
"""

from __future__ import annotations

from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING

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
from PySide6.QtGui import QColor, QDesktopServices, QPalette
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
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from planner.core.reminders import ReminderSettings
from planner.messages import QT_TRANSLATE_NOOP
from planner.ui.dialogs.common import explain_buttons
from planner.ui.theme import THEMES

if TYPE_CHECKING:
    from planner.ui.sync_status import SyncManager

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
GENERAL_PAGE, SYNC_PAGE = "general", "sync"


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
            raise ValueError(self.tr("the week starts on a weekday 0 (Monday) to 6 (Sunday)"))
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
            message = self.tr("unknown theme {0} (use one of {1})")
            raise ValueError(message.format(repr(value), ", ".join(THEMES)))
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
            message = self.tr("unknown language {0} (use one of {1})")
            raise ValueError(message.format(repr(value), ", ".join(CHOICES)))
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

    def __init__(
        self,
        prefs: AppPreferences,
        data_dir: Path,
        parent: QWidget | None = None,
        sync: SyncManager | None = None,
        page: str = GENERAL_PAGE,
    ):
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

        general = QWidget(self)
        general.setObjectName("pref-general")
        general_layout = QVBoxLayout(general)
        general_layout.addLayout(form)
        general_layout.addWidget(reminders)
        general_layout.addStretch(1)
        self.sync_page = SyncPage(sync, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("pref-tabs")
        self.tabs.addTab(general, self.tr("&General"))
        self.tabs.addTab(self.sync_page, self.tr("&Calendar sync"))
        if page == SYNC_PAGE:
            self.tabs.setCurrentWidget(self.sync_page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)

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


class SyncPage(QWidget):
    """Preferences › Calendar sync: two-way sync of the current plan with a CalDAV calendar.

    Its buttons act at once and in the background (the page says what happened);
    nothing typed is cleared by a failure, and the password is stored only in the
    system keyring, when there is one and the user asks for it.
    """

    def __init__(self, manager: SyncManager | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from planner.services.passwords import keyring_available

        self.manager = manager
        self.setObjectName("pref-sync")
        plan = self._plan_name()
        intro = QLabel(
            self.tr(
                "Sync “{0}” with a calendar on your own server (Nextcloud, Radicale, "
                "Fastmail, mailbox.org…): its sessions, milestones and exam appear on your "
                "phone, and a session you mark ✓ or “done” there ticks its modules here."
            ).format(plan)
            if plan
            else self.tr("Open a study plan to sync it with a calendar on your phone."),
            self,
        )
        intro.setObjectName("sync-intro")
        intro.setWordWrap(True)

        self.url = QLineEdit(self)
        self.url.setObjectName("sync-url")
        self.url.setPlaceholderText("https://cloud.example.org/remote.php/dav/calendars/me/study/")
        self.url.setAccessibleName(self.tr("Calendar address"))
        self.url.setToolTip(self.tr("The CalDAV address of one calendar (see below)"))
        self.username = QLineEdit(self)
        self.username.setObjectName("sync-user")
        self.username.setAccessibleName(self.tr("User name"))
        self.username.setToolTip(self.tr("Your user name on that server"))
        self.password = QLineEdit(self)
        self.password.setObjectName("sync-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setToolTip(
            self.tr("Your password, or better an app password made for Study Planner")
        )
        self.remember = QCheckBox(self.tr("&Remember in the system keyring"), self)
        self.remember.setObjectName("sync-remember")
        self.keyring = keyring_available()
        self.remember.setChecked(self.keyring)
        self.remember.setEnabled(self.keyring)
        self.remember.setToolTip(
            self.tr("Kept by the desktop's secret store, never in Study Planner's files")
            if self.keyring
            else self.tr("This computer has no system keyring")
        )
        self.keyring_note = QLabel(
            ""
            if self.keyring
            else self.tr(
                "This computer has no system keyring (GNOME Keyring, KWallet, macOS "
                "Keychain, Windows Credential Locker): the password is kept in memory "
                "until you quit, and asked for again next time."
            ),
            self,
        )
        self.keyring_note.setObjectName("sync-keyring-note")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.keyring_note.setVisible(not self.keyring)
        self.create_calendar = QCheckBox(self.tr("Create the calendar if &missing"), self)
        self.create_calendar.setObjectName("sync-create")
        self.create_calendar.setToolTip(
            self.tr("Make a new calendar at that address if there is none yet")
        )
        self.tasks = QCheckBox(self.tr("Also send &modules as tasks"), self)
        self.tasks.setObjectName("sync-tasks")
        self.tasks.setToolTip(
            self.tr("Each module becomes a task with its due date; completing it ticks it here")
        )

        where = QLabel(
            self.tr(
                "<b>Nextcloud:</b> in Calendar, the calendar's ⋯ menu › Copy private link "
                "gives …/remote.php/dav/calendars/USER/CALENDAR/; use an app password "
                "(Settings › Security).<br>"
                "<b>Radicale:</b> http://HOST:5232/USER/CALENDAR/<br>"
                "<b>Google Calendar</b> needs an OAuth sign-in, which is not supported yet."
            ),
            self,
        )
        where.setObjectName("sync-where")
        where.setWordWrap(True)
        where.setTextFormat(Qt.TextFormat.RichText)
        where.setForegroundRole(QPalette.ColorRole.PlaceholderText)

        form = QFormLayout()
        form.addRow(self.tr("&Server address:"), self.url)
        form.addRow("", where)
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        form.addRow("", self.keyring_note)
        form.addRow("", self.create_calendar)
        form.addRow("", self.tasks)

        status = QGroupBox(self.tr("Status"), self)
        status.setObjectName("sync-status-box")
        self.calendar = QLabel(status)
        self.calendar.setObjectName("sync-calendar")
        self.calendar.setWordWrap(True)
        self.calendar.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.last_sync = QLabel(status)
        self.last_sync.setObjectName("sync-last")
        self.last_result = QLabel(status)
        self.last_result.setObjectName("sync-result")
        self.last_result.setWordWrap(True)
        self.last_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid = QFormLayout(status)
        grid.addRow(self.tr("Calendar:"), self.calendar)
        grid.addRow(self.tr("Last sync:"), self.last_sync)
        grid.addRow(self.tr("Result:"), self.last_result)
        self.message = QLabel(self)
        self.message.setObjectName("sync-message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Sync message"))

        self.set_up_button = QPushButton(self.tr("Set &up and sync now"), self)
        self.set_up_button.setObjectName("sync-set-up")
        self.set_up_button.setToolTip(
            self.tr("Check the address and password, then sync this plan with that calendar")
        )
        self.sync_button = QPushButton(self.tr("Sync &now"), self)
        self.sync_button.setObjectName("sync-now")
        self.sync_button.setToolTip(self.tr("Sync with the calendar set up for this plan"))
        self.stop_button = QPushButton(self.tr("S&top syncing"), self)
        self.stop_button.setObjectName("sync-stop")
        self.stop_button.setToolTip(
            self.tr("Stop syncing this plan; the events stay in that calendar")
        )
        self.set_up_button.clicked.connect(self.set_up)
        self.sync_button.clicked.connect(self.sync_now)
        self.stop_button.clicked.connect(self.stop)
        row = QHBoxLayout()
        row.addWidget(self.set_up_button)
        row.addWidget(self.sync_button)
        row.addStretch(1)
        row.addWidget(self.stop_button)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(status)
        layout.addStretch(1)

        # Word-wrapped labels in a form get too little height in a tab: give them
        # what they need at the narrowest width the page has (again whenever their text
        # changes: a sync's result or a German sentence may take two lines).
        self._wrapped = (
            (intro, 580),
            (where, 450),
            (self.keyring_note, 450),
            (self.calendar, 460),
            (self.last_result, 460),
            (self.message, 580),
        )
        self._fit_labels()
        for widget in (self.url, self.username, self.password):
            widget.textEdited.connect(self._update_buttons)
        if manager is not None:
            manager.statusChanged.connect(self._status_changed)
            manager.jobFinished.connect(self._job_finished)
        self._fill()
        self._status_changed()

    def _plan_name(self) -> str:
        manager = self.manager
        if manager is None or manager.controller.view is None:
            return ""
        return manager.controller.view.snapshot.name

    def _fit_labels(self) -> None:
        for label, width in self._wrapped:
            label.setMinimumHeight(max(0, label.heightForWidth(width)) if label.text() else 0)

    def _fill(self) -> None:
        setup = self.manager.setup() if self.manager is not None else None
        if setup is None:
            return
        self.url.setText(setup.url)
        self.username.setText(setup.username)
        self.tasks.setChecked(setup.tasks)

    # --- what the page shows ------------------------------------------------
    def _changed_from_setup(self) -> bool:
        setup = self.manager.setup() if self.manager is not None else None
        return setup is None or (
            self.url.text().strip().rstrip("/") != setup.url.rstrip("/")
            or self.username.text().strip() != setup.username
            or self.tasks.isChecked() != setup.tasks
        )

    def _update_buttons(self) -> None:
        manager = self.manager
        usable = manager is not None and manager.plan_id is not None and not manager.busy
        setup = manager.setup() if manager is not None else None
        self.set_up_button.setEnabled(usable and self._changed_from_setup())
        self.sync_button.setEnabled(usable and setup is not None)
        self.stop_button.setEnabled(usable and setup is not None)
        for widget in (self.url, self.username, self.password, self.create_calendar, self.tasks):
            widget.setEnabled(manager is not None and manager.plan_id is not None)

    def _status_changed(self) -> None:
        from planner.services.sync import shown_result
        from planner.ui.sync_status import SyncState, local_time_text

        self._update_buttons()
        manager = self.manager
        status = manager.status if manager is not None else None
        setup = status.setup if status is not None else None
        if setup is None:
            self.calendar.setText(self.tr("This plan does not sync with a calendar."))
            self.last_sync.setText("—")
            self.last_result.setText("—")
        else:
            self.calendar.setText(self.tr("{0} as {1}").format(setup.url, setup.username))
            self.last_sync.setText(
                local_time_text(setup.last_synced_at)
                if setup.last_synced_at is not None
                else self.tr("not yet")
            )
            self.last_result.setText(shown_result(setup) if setup.last_result else "—")
        self._fit_labels()
        if status is None:
            return
        if status.state is SyncState.SYNCING:
            self._say(self.tr("Syncing…"))
        elif status.state is SyncState.PASSWORD and not self.message.text():
            self._say(
                self.tr(
                    "The password for {0} is not in a keyring: type it above and choose "
                    "Sync now (it is kept in memory until you quit)."
                ).format(setup.username if setup else ""),
                error=True,
            )
            self.password.setFocus()

    def _job_finished(self, outcome: object, message: str, state: object) -> None:
        from planner.ui.sync_status import SyncState

        if message:
            heading = {
                SyncState.AUTH: self.tr("Wrong user name or password."),
                SyncState.OFFLINE: self.tr("The server cannot be reached."),
                SyncState.PASSWORD: self.tr("The password is needed."),
            }.get(state if isinstance(state, SyncState) else SyncState.FAILED, "")
            heading = heading or self.tr("The sync did not work.")
            self._say(f"{heading} {message}", error=True)
            if state in (SyncState.AUTH, SyncState.PASSWORD):
                self.password.setFocus()
                self.password.selectAll()
            return
        self._fill()
        self._say(self.outcome_text(outcome))
        self._update_buttons()

    def outcome_text(self, outcome: object) -> str:
        from planner.services.sync import SyncOutcome

        if not isinstance(outcome, SyncOutcome):
            return ""
        parts = []
        if outcome.created_calendar:
            parts.append(self.tr("created the calendar"))
        sent = outcome.sent_new + outcome.restored
        if sent:
            parts.append(self.tr("sent %n new event(s)", "", sent))
        if outcome.sent_changed:
            parts.append(self.tr("updated {0}").format(outcome.sent_changed))
        if outcome.deleted:
            parts.append(self.tr("removed {0}").format(outcome.deleted))
        if outcome.tasks_new:
            parts.append(self.tr("sent %n module(s) as tasks", "", outcome.tasks_new))
        if outcome.ticked:
            parts.append(self.tr("ticked %n module(s) done on the phone", "", len(outcome.ticked)))
        if outcome.unticked:
            parts.append(self.tr("unticked %n module(s) reopened there", "", len(outcome.unticked)))
        if not parts:
            text = self.tr("Synced: the calendar was already up to date.")
        else:
            joined = ", ".join(parts)
            text = self.tr("Synced: {0}.").format(joined[:1].upper() + joined[1:])
        if outcome.tasks_unsupported:
            text += " " + self.tr(
                "This calendar takes events only, so modules were not sent as tasks; "
                "make a calendar that holds tasks too to have them."
            )
        return text

    def _say(self, text: str, error: bool = False) -> None:
        from planner.ui.theme import is_dark

        self.message.setText(text)
        self._fit_labels()
        palette = self.palette()
        if error:  # a red that reads on the light and the dark background
            colour = "#ff7b72" if is_dark(palette) else "#b42318"
            palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        self.message.setPalette(palette)
        font = self.message.font()
        font.setBold(error)
        self.message.setFont(font)

    # --- the buttons --------------------------------------------------------
    def set_up(self) -> None:
        if self.manager is None:
            return
        url, user = self.url.text().strip(), self.username.text().strip()
        password = self.password.text()
        missing = [
            name
            for name, value in (
                (self.tr("the server address"), url),
                (self.tr("your user name"), user),
                (self.tr("the password"), password),
            )
            if not value
        ]
        if missing:
            self._say(self.tr("Fill in {0} first.").format(", ".join(missing)), error=True)
            return
        self.message.clear()
        self.manager.set_up(
            url,
            user,
            password,
            create=self.create_calendar.isChecked(),
            tasks=self.tasks.isChecked(),
            remember=self.keyring and self.remember.isChecked(),
        )

    def sync_now(self) -> None:
        manager = self.manager
        if manager is None:
            return
        self.message.clear()
        setup = manager.setup()
        password = self.password.text()
        if setup is not None and password and self.keyring and self.remember.isChecked():
            # A new password to remember (the old one was refused, or none was stored):
            # the same setup again, which stores it once the server has taken it.
            manager.set_up(
                setup.url, setup.username, password, create=False, tasks=setup.tasks, remember=True
            )
            return
        manager.sync_now(password or None)

    def stop(self) -> None:
        if self.manager is None:
            return
        count, message = self.manager.stop_sync()
        if message:
            self._say(message, error=True)
            return
        self.password.clear()
        self._say(
            self.tr(
                "This plan no longer syncs. The %n event(s) it sent stay in that calendar; "
                "delete the calendar there if you no longer want them.",
                "",
                count or 0,
            )
        )
        self._update_buttons()


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
