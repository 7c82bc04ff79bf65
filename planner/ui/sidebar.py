"""The sidebar: the list of plans, the plan actions, and the choice of view."""

from __future__ import annotations

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QMenu,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.ui.actions import VIEW_ACTIONS, ActionRegistry
from planner.ui.controller import PlanController
from planner.ui.models.plans import PlansModel
from planner.ui.views.parts import cell_tooltips


class FitWidthDelegate(QStyledItemDelegate):
    """Items no wider than the list: a long plan name ends with "…" (the tooltip has it)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        view = self.parent()
        if isinstance(view, QListView):
            hint.setWidth(min(hint.width(), view.viewport().width()))
        return hint


class Sidebar(QWidget):
    viewChosen = Signal(int)

    def __init__(
        self, controller: PlanController, actions: ActionRegistry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.controller = controller
        self.actions_ = actions
        heading = QLabel(self.tr("PLANS"), self)
        heading.setObjectName("sidebar-heading")
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        heading.setFont(font)
        self.model = PlansModel(self)
        self.list = cell_tooltips(QListView(self))
        self.list.setObjectName("plans-list")
        self.list.setAccessibleName(self.tr("Study plans"))
        self.list.setToolTip(self.tr("Your study plans; the menu key or right-click for more"))
        self.list.setModel(self.model)
        # Long names are cut with "…" (the tooltip has them whole), never scrolled sideways.
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setUniformItemSizes(True)
        # Items as wide as the list, laid out again on every resize: so they elide.
        self.list.setItemDelegate(FitWidthDelegate(self.list))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)

        self.new_button = QToolButton(self)
        self.new_button.setDefaultAction(actions["new-plan"])
        self.new_button.setObjectName("sidebar-new-plan")
        self.new_button.setText(self.tr("+ New"))
        self.more_button = QToolButton(self)
        self.more_button.setObjectName("sidebar-plan-menu")
        # The button draws its own menu arrow: no "▾" in the text, or it shows two.
        self.more_button.setText(self.tr("Plan"))
        self.more_button.setToolTip(self.tr("Rename, duplicate, archive or delete the plan"))
        self.more_button.setAccessibleName(self.tr("Plan actions"))
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.plan_menu = QMenu(self)
        for name in ("rename-plan", "duplicate-plan", "archive-plan", "delete-plan"):
            self.plan_menu.addAction(actions[name])
        self.more_button.setMenu(self.plan_menu)
        # F2 renames the plan only where the plans are: in the tables it edits a cell.
        rename = actions["rename-plan"]
        rename.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.list.addAction(rename)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.more_button)
        buttons.addStretch(1)

        views_heading = QLabel(self.tr("VIEW"), self)
        views_heading.setFont(font)
        self.views = cell_tooltips(QListWidget(self))
        self.views.setObjectName("views-list")
        self.views.setAccessibleName(self.tr("Views"))
        self.views.setToolTip(self.tr("Switch the view (Ctrl+1 … Ctrl+6)"))
        for name in VIEW_ACTIONS:
            self.views.addItem(actions[name].text().replace("&", ""))
        self.views.setCurrentRow(0)
        self.views.setMaximumHeight(self.views.sizeHintForRow(0) * len(VIEW_ACTIONS) + 8)
        self.views.currentRowChanged.connect(self.viewChosen.emit)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addWidget(views_heading)
        layout.addWidget(self.views)
        self.setMinimumWidth(170)
        self.setMaximumWidth(480)

        self.list.selectionModel().currentChanged.connect(self._current_changed)
        controller.plansChanged.connect(self._plans_changed)
        controller.changed.connect(self._sync_selection)
        self._plans_changed()

    def _plans_changed(self) -> None:
        self.model.set_plans(self.controller.plans)
        self._sync_selection()

    def _sync_selection(self) -> None:
        row = self.model.row_of(self.controller.plan_id)
        selection = self.list.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.model.index(row)
        if selection.currentIndex() != index:
            blocked = selection.blockSignals(True)
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            selection.blockSignals(blocked)
            self.list.viewport().update()

    def _current_changed(self) -> None:
        plan = self.model.plan_at(self.list.currentIndex().row())
        if plan is not None and plan.id != self.controller.plan_id:
            self.controller.select(plan.id)

    def _context_menu(self, pos: QPoint) -> None:
        if self.list.indexAt(pos).isValid():
            self.plan_menu.popup(self.list.viewport().mapToGlobal(pos))

    def choose_view(self, row: int) -> None:
        self.views.setCurrentRow(row)
