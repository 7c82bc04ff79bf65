"""The main window: menus, toolbar, the plans area and the status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from planner import APP_NAME, LICENSE_NAME, __version__
from planner.ui.actions import ActionRegistry
from planner.ui.icons import app_icon


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
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setMaximumWidth(520)
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


class MainWindow(QMainWindow):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setObjectName("main-window")
        self.setWindowTitle(APP_NAME)
        self.setWindowIcon(app_icon())
        self.actions_ = ActionRegistry(self)
        self._build_menus()
        self._build_toolbar()

        self.stack = QStackedWidget(self)
        self.empty_state = EmptyState(self.stack)
        self.empty_state.button.clicked.connect(self.actions_["new-plan"].trigger)
        self.stack.addWidget(self.empty_state)
        self.setCentralWidget(self.stack)

        self.actions_["new-plan"].triggered.connect(self.new_plan)
        self.actions_["about"].triggered.connect(self.show_about)
        self.actions_["quit"].triggered.connect(self.close)
        for name in ("export-calendar", "rebalance", "undo", "redo"):
            self.actions_[name].setEnabled(False)

        self.statusBar().showMessage(self.tr("No study plan yet"))
        self.resize(1000, 680)
        self._restore_geometry()

    # --- construction -------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menu-file")
        file_menu.addAction(self.actions_["new-plan"])
        file_menu.addAction(self.actions_["export-calendar"])
        file_menu.addSeparator()
        file_menu.addAction(self.actions_["quit"])
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("menu-edit")
        edit_menu.addAction(self.actions_["undo"])
        edit_menu.addAction(self.actions_["redo"])
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("menu-view")
        self.view_menu = view_menu
        plan_menu = bar.addMenu(self.tr("&Plan"))
        plan_menu.setObjectName("menu-plan")
        plan_menu.addAction(self.actions_["rebalance"])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menu-help")
        help_menu.addAction(self.actions_["about"])

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"), self)
        toolbar.setObjectName("toolbar-main")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.addAction(self.actions_["new-plan"])
        toolbar.addAction(self.actions_["export-calendar"])
        toolbar.addAction(self.actions_["rebalance"])
        self.addToolBar(toolbar)
        self.view_menu_toolbar = toolbar

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

    def save_window_state(self) -> None:
        settings = self.settings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/state", self.saveState())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_window_state()
        super().closeEvent(event)

    # --- actions ------------------------------------------------------
    def new_plan(self) -> None:
        self.empty_state.notice.setText(
            self.tr(
                "The new-plan wizard is coming soon. Until then, create plans with "
                "'study-planner new' on the command line."
            )
        )

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About {0}").format(APP_NAME), self.about_text())

    def about_text(self) -> str:
        return self.tr(
            "<h3>{name} {version}</h3>"
            "<p>Plan, schedule and track your path to a machine-learning-engineer "
            "certification.</p>"
            "<p>Released under the {licence}.</p>"
            "<p>Your data: {folder}</p>"
        ).format(name=APP_NAME, version=__version__, licence=LICENSE_NAME, folder=self.data_dir)
