"""The main window: menus, toolbar, the plans sidebar, the central views, the status bar.

The window is built for a fast first paint: it starts with the sidebar and a calm
"Opening your plans…" page, and the views are made when the plans file is open
(:meth:`MainWindow.open_data`, or :meth:`MainWindow.adopt_opened` after a
background open). Dialogs and their Qt classes are imported when first used.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME, LICENSE_NAME, __version__
from planner.ui.actions import VIEW_ACTIONS, Act, ActionRegistry
from planner.ui.alerts import AlertStatus
from planner.ui.controller import OpenedPlans, PlanController
from planner.ui.sidebar import Sidebar

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QDialog

    from planner.services.clock import Clock
    from planner.storage.backups import BackupInfo
    from planner.ui.sync_status import SyncIndicator, SyncManager
    from planner.ui.views.schedule import ScheduleView
    from planner.ui.views.this_week import ThisWeekView

THIS_WEEK, SCHEDULE, PROGRESS, CATALOG, CALENDAR, READINESS = range(6)
SIDEBAR_WIDTH = 200  # the sidebar's first width; the user's is kept in window.ini


def _has_module(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


# --- small questions, as functions so tests can answer them ---------------------------
def confirm_delete(parent: QWidget, name: str) -> bool:
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent,
        parent.tr("Delete plan"),
        parent.tr(
            "Delete “{0}” and all its progress?\n\nA backup is taken first, so it can be "
            "restored from File › Restore a Backup."
        ).format(name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_plan_name(parent: QWidget, title: str, current: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(
        parent, title, parent.tr("Plan name:"), QLineEdit.EchoMode.Normal, current
    )
    return text if ok else None


def run_preferences_dialog(dialog: QDialog) -> int:
    return dialog.exec()


class EmptyState(QWidget):
    """What a new user sees: one sentence and one button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("empty-state")
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("Create your first study plan"), self)
        title.setObjectName("empty-state-title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body = QLabel(
            self.tr(
                "Pick the path that matches where you start — software engineer, data "
                "scientist or ML practitioner — and Study Planner turns it into a "
                "week-by-week schedule around your hours and your exam date."
            ),
            self,
        )
        body.setObjectName("empty-state-body")
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # A fixed size that fits the wrapped text: a centred word-wrapped label
        # otherwise gets too few lines' height and is cut off.
        body.setFixedWidth(480)
        body.setMinimumHeight(body.heightForWidth(480))
        self.button = QPushButton(self.tr("Create a study plan…"), self)
        self.button.setObjectName("empty-state-create")
        self.button.setDefault(True)
        self.button.setAccessibleName(self.tr("Create a study plan"))
        self.button.setToolTip(self.tr("Start the new-plan wizard (Ctrl+N)"))
        self.button.setMinimumHeight(36)
        self.notice = QLabel(self)
        self.notice.setObjectName("empty-state-notice")
        self.notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notice.setWordWrap(True)
        layout.addWidget(title)
        layout.addSpacing(8)
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addSpacing(16)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.notice)
        layout.addStretch(3)


class _Placeholder(QLabel):
    """A quiet line of text in the middle of a page that is still on its way."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)


class MainWindow(QMainWindow):
    dataOpened = Signal(bool)  # the plans file was opened (True) or could not be (False)

    def __init__(
        self, data_dir: Path, clock: Clock | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setObjectName("main-window")
        self.setWindowTitle(APP_NAME)
        self.actions_ = ActionRegistry(self)
        self.controller = PlanController(data_dir, clock, self)
        self._build_menus()
        self._build_toolbar()

        self.sidebar = Sidebar(self.controller, self.actions_, self)
        self.stack = QStackedWidget(self)
        # Until the plans file is open: a quiet page, so the first frame looks finished.
        self.opening = _Placeholder(self.tr("Opening your plans…"), self.stack)
        self.opening.setObjectName("opening-plans")
        self._opened = False  # True once an attempt to open the plans file has ended
        self._empty_state: EmptyState | None = None  # made when first shown
        self.views = QStackedWidget(self.stack)
        self.views.setObjectName("views")
        # This week and Schedule are made with the plans file (see build_views);
        # Progress and Catalog when first shown: they need the catalog and charts.
        self._this_week: ThisWeekView | None = None
        self._schedule: ScheduleView | None = None
        self.progress: QWidget | None = None
        self._progress_slot = _Placeholder(self.tr("Loading progress…"), self.views)
        self.catalog_view: QWidget | None = None
        self._catalog_slot = _Placeholder(self.tr("Loading the catalog…"), self.views)
        self.views.addWidget(self._progress_slot)
        self.views.addWidget(self._catalog_slot)
        self.calendar_view: QWidget | None = None  # the week calendar, made when first shown
        self._calendar_slot = _Placeholder(self.tr("Loading the calendar…"), self.views)
        self.views.addWidget(self._calendar_slot)
        self.stack.addWidget(self.opening)
        self.stack.addWidget(self.views)
        # The sidebar can be made wider or narrower; its width is kept with the window's.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([SIDEBAR_WIDTH, 1000 - SIDEBAR_WIDTH])
        self.setCentralWidget(self.splitter)

        from planner.ui.views.parts import ElidedLabel  # long states end with "…" at 800 px

        self.plan_state = ElidedLabel("", self)
        self.plan_state.setObjectName("status-plan-state")
        self.plan_state.setAccessibleName(self.tr("Plan status"))
        self.statusBar().addPermanentWidget(self.plan_state)
        self.alert_status = AlertStatus(self.controller, self)  # what changed in the catalog
        self.statusBar().addPermanentWidget(self.alert_status)
        self.timer_state = ElidedLabel("", self)  # the study timer (planner/ui/study_timer.py)
        self.timer_state.setObjectName("status-timer")
        self.timer_state.setAccessibleName(self.tr("Study timer"))
        self.statusBar().addPermanentWidget(self.timer_state)
        # Calendar sync (its indicator ends the status bar): made with the views, after
        # the first paint, or when first asked for (see the ``sync`` property).
        self._sync: SyncManager | None = None
        self._sync_status: SyncIndicator | None = None

        self._connect()
        self.resize(1000, 680)
        self._restore_geometry()
        self._plan_changed()

    @property
    def empty_state(self) -> EmptyState:
        """What a new user sees, made when first needed (not before the first paint)."""
        if self._empty_state is None:
            self._empty_state = EmptyState(self.stack)
            self._empty_state.button.clicked.connect(self.actions_[Act.NEW_PLAN].trigger)
            self.stack.addWidget(self._empty_state)
        return self._empty_state

    @property
    def sync(self) -> SyncManager:
        """Calendar sync in the background, made when the plans file is opened (or first
        asked for): its module is not needed for the first frame."""
        if self._sync is None:
            from planner.ui.sync_status import SyncIndicator, SyncManager

            self._sync = SyncManager(self.controller, self)
            self._sync_status = SyncIndicator(self._sync, self)
            self._sync_status.clicked.connect(lambda: self.show_preferences("sync"))
            self.statusBar().addPermanentWidget(self._sync_status)
            self._sync._plan_maybe_switched()  # a plan already open: read its sync setup
        return self._sync

    @property
    def sync_status(self) -> SyncIndicator:
        """The status bar's sync indicator (made with :attr:`sync`)."""
        self.sync  # noqa: B018 - made with the manager
        assert self._sync_status is not None
        return self._sync_status

    @property
    def this_week(self) -> ThisWeekView:
        return self.build_views()[0]

    @property
    def schedule(self) -> ScheduleView:
        return self.build_views()[1]

    def build_views(self) -> tuple[ThisWeekView, ScheduleView]:
        """This week and Schedule, made on first use (not before the first paint)."""
        if self._this_week is None or self._schedule is None:
            self.sync  # noqa: B018 - calendar sync starts with the views, after the first paint
            from planner.ui.views.schedule import ScheduleView
            from planner.ui.views.this_week import ThisWeekView

            self._this_week = ThisWeekView(self.controller, self.views)
            self._schedule = ScheduleView(self.controller, self.views)
            self.views.insertWidget(THIS_WEEK, self._this_week)
            self._this_week.timer.changed.connect(self.timer_state.setText)
            self._this_week.timer.refresh()
            self.views.insertWidget(SCHEDULE, self._schedule)
            self.views.setCurrentIndex(self.sidebar.views.currentRow())
        return self._this_week, self._schedule

    # --- construction -------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions_
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menu-file")
        for name in (Act.NEW_PLAN, Act.EXPORT_CALENDAR, Act.IMPORT_BUSY):
            file_menu.addAction(a[name])
        file_menu.addSeparator()
        file_menu.addAction(a[Act.RESTORE_BACKUP])
        file_menu.addAction(a[Act.UPDATE_CATALOG])
        file_menu.addAction(a[Act.ROLLBACK_CATALOG])
        file_menu.addAction(a[Act.PREFERENCES])
        file_menu.addSeparator()
        file_menu.addAction(a[Act.QUIT])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("menu-edit")
        edit_menu.addAction(a[Act.UNDO])
        edit_menu.addAction(a[Act.REDO])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("menu-view")
        for name in VIEW_ACTIONS:
            view_menu.addAction(a[name])
        self.view_menu = view_menu
        plan_menu = bar.addMenu(self.tr("&Plan"))
        plan_menu.setObjectName("menu-plan")
        plan_menu.addAction(a[Act.EDIT_PLAN])
        plan_menu.addAction(a[Act.REBALANCE])
        plan_menu.addAction(a[Act.DAYS_OFF])
        plan_menu.addSeparator()
        for name in (Act.RENAME_PLAN, Act.DUPLICATE_PLAN, Act.ARCHIVE_PLAN, Act.DELETE_PLAN):
            plan_menu.addAction(a[name])
        plan_menu.addSeparator()
        plan_menu.addAction(a[Act.SHOW_ARCHIVED])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu-help")
        help_menu.addAction(a[Act.HELP])
        help_menu.addAction(a[Act.ABOUT])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("toolbar-main")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in (Act.NEW_PLAN, Act.EXPORT_CALENDAR, Act.REBALANCE):
            toolbar.addAction(self.actions_[name])
        toolbar.addSeparator()
        toolbar.addAction(self.actions_[Act.UNDO])
        toolbar.addAction(self.actions_[Act.REDO])
        self.addToolBar(toolbar)

    def _connect(self) -> None:
        a, c = self.actions_, self.controller
        a[Act.NEW_PLAN].triggered.connect(self.new_plan)
        a[Act.ABOUT].triggered.connect(self.show_about)
        a[Act.HELP].triggered.connect(
            lambda: importlib.import_module("planner.ui.dialogs.help").show_help(self)
        )
        a[Act.QUIT].triggered.connect(self.close)
        a[Act.REBALANCE].triggered.connect(self.replan)
        a[Act.EDIT_PLAN].triggered.connect(self.edit_plan)
        a[Act.EXPORT_CALENDAR].triggered.connect(self.export_calendar)
        a[Act.IMPORT_BUSY].triggered.connect(self.import_busy)
        a[Act.RENAME_PLAN].triggered.connect(self.rename_plan)
        a[Act.DUPLICATE_PLAN].triggered.connect(self.duplicate_plan)
        a[Act.ARCHIVE_PLAN].triggered.connect(self.archive_plan)
        a[Act.DELETE_PLAN].triggered.connect(self.delete_plan)
        a[Act.SHOW_ARCHIVED].setCheckable(True)
        a[Act.SHOW_ARCHIVED].toggled.connect(c.set_show_archived)
        a[Act.DAYS_OFF].triggered.connect(lambda: self.schedule.edit_days_off())
        a[Act.RESTORE_BACKUP].triggered.connect(self.restore_backup)
        a[Act.UPDATE_CATALOG].triggered.connect(lambda: self.change_catalog("update"))
        a[Act.ROLLBACK_CATALOG].triggered.connect(lambda: self.change_catalog("rollback"))
        a[Act.PREFERENCES].triggered.connect(lambda: self.show_preferences())
        a[Act.PREFERENCES].setEnabled(_has_module("planner.ui.preferences"))
        for i, name in enumerate(VIEW_ACTIONS):
            a[name].triggered.connect(lambda _=False, i=i: self.show_view(i))
        self.sidebar.viewChosen.connect(self.show_view)

        a[Act.UNDO].triggered.connect(c.undo)
        a[Act.REDO].triggered.connect(c.redo)
        c.historyChanged.connect(self._history_changed)
        self._history_changed()

        c.changed.connect(self._plan_changed)
        c.error.connect(self.show_error)
        c.seriousError.connect(self.show_serious_error)
        c.notice.connect(lambda text: self.statusBar().showMessage(text, 20000))

    def _history_changed(self) -> None:
        """The Edit menu names what undo and redo would take back (from the plans file)."""
        c = self.controller
        undo, redo = self.actions_[Act.UNDO], self.actions_[Act.REDO]
        if c.next_undo is not None:
            undo_label = str(c.next_undo.said)
            undo.setText(self.tr("&Undo {0}").format(undo_label))
            undo.setToolTip(
                self.tr("Undo {0}").format(undo_label)
                if c.next_undo.possible
                else c.next_undo.reason
            )
        else:
            undo.setText(self.tr("&Undo"))
            undo.setToolTip(self.tr("Nothing to undo"))
        undo.setEnabled(c.next_undo is not None and c.next_undo.possible)
        if c.next_redo is not None:
            redo_label = str(c.next_redo.said)
            redo.setText(self.tr("&Redo {0}").format(redo_label))
            redo.setToolTip(self.tr("Redo {0}").format(redo_label))
        else:
            redo.setText(self.tr("&Redo"))
            redo.setToolTip(self.tr("Nothing to redo"))
        redo.setEnabled(c.next_redo is not None)
        # The toolbar stays short (the full text is in the Edit menu and the tooltip), so
        # a long module title never pushes Redo out of sight.
        undo.setIconText(self.tr("Undo"))
        redo.setIconText(self.tr("Redo"))

    # --- opening the data -----------------------------------------------
    def open_data(self) -> bool:
        """Open the plans file here and now, handling a damaged or newer file in a dialog.

        True if open. Emits :attr:`dataOpened` either way.
        """
        return self._open(None)

    def adopt_opened(self, result: OpenedPlans | BaseException) -> bool:
        """Show what a background open read (see ``planner.ui.app.start``), or handle its error.

        A storage error gets the same dialogs as :meth:`open_data`; anything else
        is a bug and is raised again here.
        """
        from planner.storage import StorageError

        if isinstance(result, StorageError):
            return self._open(result)
        if isinstance(result, BaseException):
            raise result
        self.build_views()
        self.controller.adopt(result)
        return self._opened_now(True)

    def _open(self, failure: BaseException | None) -> bool:
        """Open the plans file, starting from an error an earlier attempt ran into, if any."""
        from planner.storage import DamagedDatabaseError, StorageError
        from planner.ui.dialogs.recovery import handle_damaged_database

        self.build_views()
        for _attempt in range(3):
            if failure is None:
                try:
                    with self.busy(self.tr("Opening your plans…")):
                        self.controller.open()
                    return self._opened_now(True)
                except StorageError as exc:
                    failure = exc
            if isinstance(failure, DamagedDatabaseError):
                if not handle_damaged_database(self, self.data_dir, failure, self.controller.clock):
                    QTimer.singleShot(0, self.close)  # the dialog's Quit: leave the app
                    break
                failure = None
            else:
                self.show_error(str(failure), modal=True)
                break
        self.empty_state.notice.setText(
            self.tr("Your plans could not be opened. Restart Study Planner to try again.")
        )
        return self._opened_now(False)

    def _opened_now(self, ok: bool) -> bool:
        self._opened = True
        if self.statusBar().currentMessage() == self.tr("Opening your plans…"):
            self.statusBar().clearMessage()
        self._plan_changed()
        self.dataOpened.emit(ok)
        return ok

    # --- state ----------------------------------------------------------
    @contextmanager
    def busy(self, message: str) -> Iterator[None]:
        """A wait cursor and a status message around work that may take a moment."""
        self.statusBar().showMessage(message)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()
            if self.statusBar().currentMessage() == message:
                self.statusBar().clearMessage()

    def _point_to_archived(self) -> None:
        """With no plan showing, archived plans are easy to miss: say where they are."""
        plans = self.controller.service.list_plans(include_archived=True)
        archived = [p for p in plans if p.archived]
        if archived:
            self.empty_state.notice.setText(
                self.tr(
                    "You have %n archived plan(s): Plan › Show Archived Plans lists them.",
                    "",
                    len(archived),
                )
            )

    def _plan_changed(self) -> None:
        c = self.controller
        view = c.view
        has_plan = view is not None
        if not self._opened:
            self.stack.setCurrentWidget(self.opening)
            self.statusBar().showMessage(self.tr("Opening your plans…"))
        else:
            self.stack.setCurrentWidget(self.views if has_plan else self.empty_state)
            if not has_plan and c.is_open and not c.show_archived:
                self._point_to_archived()
        for name in (
            Act.EXPORT_CALENDAR,
            Act.REBALANCE,
            Act.EDIT_PLAN,
            Act.IMPORT_BUSY,
            Act.RENAME_PLAN,
            Act.DUPLICATE_PLAN,
            Act.ARCHIVE_PLAN,
            Act.DELETE_PLAN,
            Act.DAYS_OFF,
        ):
            self.actions_[name].setEnabled(has_plan)
        self.actions_[Act.NEW_PLAN].setEnabled(c.is_open)
        self.actions_[Act.RESTORE_BACKUP].setEnabled(c.is_open)
        if view is None:
            self.setWindowTitle(APP_NAME)
            self.plan_state.clear()
            if c.is_open:
                self.statusBar().showMessage(self.tr("No study plan yet"))
            elif self._opened:
                self.statusBar().clearMessage()
            self._update_progress()
            return
        self.setWindowTitle(f"{view.snapshot.name} — {APP_NAME}")
        archive = self.actions_[Act.ARCHIVE_PLAN]
        archive.setText(
            self.tr("Un&archive Plan") if view.snapshot.archived else self.tr("&Archive Plan")
        )
        self.plan_state.setText(self.status_text())
        self._update_progress()

    def _update_progress(self) -> None:
        set_plan = getattr(self.progress, "set_plan", None)
        if set_plan is not None:
            view = self.controller.view
            set_plan(view.snapshot if view else None, view.status if view else None)

    def _load_progress_view(self) -> None:
        if not _has_module("planner.ui.views.progress"):
            self._progress_slot.setText(self.tr("Progress charts are on their way."))
            return
        from planner.ui.views.progress import ProgressView

        view = ProgressView(self.views)
        self.views.insertWidget(PROGRESS, view)
        self.views.removeWidget(self._progress_slot)
        self._progress_slot.deleteLater()
        self.progress = view
        self._update_progress()

    def status_text(self) -> str:
        """ "On track · 105 days to the exam" for the status bar."""
        from planner.ui.formatting import format_hours, short_date

        view = self.controller.view
        if view is None:
            return ""
        status = view.status
        state = str(status.state_message)
        parts = [state[:1].upper() + state[1:]]
        if status.forecast.projected_finish is not None and status.hours_remaining > 0:
            parts.append(
                self.tr("forecast finish {0}").format(short_date(status.forecast.projected_finish))
            )
        days = status.days_to_exam
        if days is not None:
            if days > 1:
                parts.append(self.tr("%n day(s) to the exam", "", days))
            elif days == 1:
                parts.append(self.tr("the exam is tomorrow"))
            elif days == 0:
                parts.append(self.tr("the exam is today"))
            else:
                parts.append(self.tr("the exam was %n day(s) ago", "", -days))
        left = status.hours_remaining
        if left > 0:
            parts.append(self.tr("{0} h to go").format(format_hours(round(left, 2))))
        return " · ".join(parts)

    def show_serious_error(self, message: str) -> None:
        """A failure of the file or of the program, in the one error dialog (not blocking)."""
        from planner.ui.errors import ErrorDialog

        dialog = ErrorDialog(self.tr("That did not work"), message, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_error(self, message: str, modal: bool = False) -> None:
        self.statusBar().showMessage(message, 15000)
        if modal:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, APP_NAME, message)

    def show_view(self, index: int) -> None:
        self.build_views()
        if index == PROGRESS and self.progress is None:
            self._load_progress_view()
        if index == CATALOG and self.catalog_view is None:
            self._load_catalog_view()
        if index == CALENDAR and self.calendar_view is None:
            from planner.ui.views.week_calendar import WeekCalendarView

            self.calendar_view = WeekCalendarView(self.controller, self.views)
            self.views.insertWidget(CALENDAR, self.calendar_view)
            self.views.removeWidget(self._calendar_slot)
            self._calendar_slot.deleteLater()
        if index == READINESS and self.views.count() <= READINESS:  # made when first shown
            from planner.ui.views.readiness import ReadinessView

            self.views.insertWidget(READINESS, ReadinessView(self.controller, self.views))
        self.views.setCurrentIndex(index)
        if self.sidebar.views.currentRow() != index:
            self.sidebar.choose_view(index)
        self._focus_view(index)

    def _focus_view(self, index: int) -> None:
        """Put the keyboard where the work is: the week's table or the current week."""
        this_week, schedule = self.build_views()
        if index == SCHEDULE:
            schedule.scroll_to_current()
        elif index == CALENDAR and self.calendar_view is not None:
            self.calendar_view.setFocus()
        elif index == THIS_WEEK:
            table = this_week.table
            table.setFocus()
            if not table.currentIndex().isValid() and this_week.model.rowCount():
                table.setCurrentIndex(this_week.model.index(0, 1))

    def _load_catalog_view(self) -> None:
        if not _has_module("planner.ui.views.catalog"):
            self._catalog_slot.setText(self.tr("The catalog browser is on its way."))
            return
        from planner.ui.views.catalog import CatalogView

        with self.busy(self.tr("Loading the catalog…")):
            catalog = self.controller.catalog()
            view = CatalogView(catalog, self.views, today=self.controller.today())
        self.views.insertWidget(CATALOG, view)
        self.views.removeWidget(self._catalog_slot)
        self._catalog_slot.deleteLater()
        self.catalog_view = view

    # --- settings -----------------------------------------------------
    def settings(self) -> QSettings:
        """Window state is kept next to the data, so each data folder has its own."""
        return QSettings(str(self.data_dir / "window.ini"), QSettings.Format.IniFormat)

    def _restore_geometry(self) -> None:
        settings = self.settings()
        geometry = settings.value("main/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = settings.value("main/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)
        split = settings.value("main/splitter")
        if isinstance(split, QByteArray) and not split.isEmpty():
            self.splitter.restoreState(split)

    def save_window_state(self) -> None:
        settings = self.settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        if self._sync is not None:
            self._sync.shutdown()
        self.controller.close()
        super().closeEvent(event)

    def bring_to_front(self) -> None:
        """Called when a second launch hands over to this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # --- actions ------------------------------------------------------
    def new_plan(self) -> None:
        if not self.controller.is_open:
            return
        if not _has_module("planner.ui.wizard"):
            self.empty_state.notice.setText(
                self.tr(
                    "The new-plan wizard is coming soon. Until then, create plans with "
                    "'study-planner new' on the command line."
                )
            )
            return
        from planner.ui import wizard

        with self.busy(self.tr("Loading the catalog…")):
            catalog = self.controller.catalog()
        plan_id = wizard.run_new_plan_wizard(
            self, self.controller.service, catalog, self.controller.today()
        )
        if plan_id is not None:
            self.controller.plan_created(plan_id)
            self.show_view(THIS_WEEK)

    def replan(self) -> None:
        if self.controller.view is None:
            return
        from planner.ui.dialogs import replan

        replan.run_replan_dialog(self, self.controller)

    def edit_plan(self) -> None:
        if self.controller.view is None:
            return
        from planner.ui.dialogs import edit_plan

        edit_plan.run_edit_plan_dialog(self, self.controller)

    def export_calendar(self) -> None:
        if self.controller.view is None:
            return
        from planner.ui.dialogs import export

        export.run_export_dialog(self, self.controller)

    def import_busy(self) -> None:
        if self.controller.view is None:
            return
        from planner.ui.dialogs import export

        export.run_import_busy_dialog(self, self.controller)

    def rename_plan(self) -> None:
        view = self.controller.view
        if view is None:
            return
        name = ask_plan_name(self, self.tr("Rename plan"), view.snapshot.name)
        if name is not None and name.strip() and name != view.snapshot.name:
            self.controller.rename(view.snapshot.id, name)

    def duplicate_plan(self) -> None:
        view = self.controller.view
        if view is None:
            return
        name = ask_plan_name(
            self,
            self.tr("Duplicate as what-if"),
            self.tr("{0} (what-if)").format(view.snapshot.name),
        )
        if name is not None and name.strip():
            self.controller.duplicate(view.snapshot.id, name)

    def archive_plan(self) -> None:
        view = self.controller.view
        if view is None:
            return
        name = view.snapshot.name
        if view.snapshot.archived:
            self.controller.set_archived(view.snapshot.id, False)
            return
        if self.controller.set_archived(view.snapshot.id, True):
            self.statusBar().showMessage(
                self.tr("Archived “{0}”. Undo (Ctrl+Z) brings it back.").format(name), 10000
            )

    def delete_plan(self) -> None:
        view = self.controller.view
        if view is None:
            return
        name = view.snapshot.name
        if not confirm_delete(self, name):
            return
        backup: BackupInfo | None = self.controller.delete(view.snapshot.id)
        if backup is not None:
            self.statusBar().showMessage(
                self.tr("Deleted “{0}”. Backup {1} still holds it.").format(name, backup.id), 15000
            )

    def change_catalog(self, how: str) -> None:
        """File › Update Catalog… / Roll Back Catalog…, then show the catalog now in use."""
        from planner.ui.dialogs import catalog_update as dialogs

        run = dialogs.update_catalog_dialog if how == "update" else dialogs.rollback_catalog_dialog
        if run(self, self.controller.data_dir):
            self.controller._catalog = None  # reloaded on next use; plans keep their snapshot
            if self.catalog_view is not None:
                self.catalog_view.set_catalog(self.controller.catalog())  # type: ignore[attr-defined]

    def restore_backup(self) -> None:
        from planner.ui.dialogs.recovery import run_restore_dialog

        if run_restore_dialog(self, self.controller, self._sync):
            self.statusBar().showMessage(
                self.tr("Backup restored. Your plans as they were before are in a new backup."),
                20000,
            )

    def show_preferences(self, page: str = "general") -> None:
        """File › Preferences…, on ``page`` ("general" or "sync": Calendar sync)."""
        if not _has_module("planner.ui.preferences"):
            return
        from planner.ui.preferences import AppPreferences, PreferencesDialog

        prefs = AppPreferences(self.data_dir)
        if _has_module("planner.ui.theme"):
            from planner.ui.theme import apply_theme

            app = QApplication.instance()
            assert isinstance(app, QApplication)
            prefs.changed.connect(lambda *_: apply_theme(app, prefs.theme))
        run_preferences_dialog(PreferencesDialog(prefs, self.data_dir, self, self.sync, page))

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About {0}").format(APP_NAME), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<h3>{name} {version}</h3>"
            "<p>Plan, schedule and track your path to a machine-learning-engineer "
            "certification.</p>"
            "<p>Released under the {licence}.</p>"
            "<p>Your data: {folder}</p>"
        ).format(name=APP_NAME, version=__version__, licence=LICENSE_NAME, folder=self.data_dir)
