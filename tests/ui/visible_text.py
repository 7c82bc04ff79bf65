"""Every text a person can see in a widget tree: labels, buttons, menus, tables, titles."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget is root or widget.isVisibleTo(root)


def _model_texts(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []

    def columns(parent: QModelIndex) -> int:
        try:
            return model.columnCount(parent)
        except TypeError:  # a list model: one column (its columnCount is private)
            return 1

    for section in range(columns(QModelIndex())):
        header = model.headerData(section, Qt.Orientation.Horizontal)
        if header:
            texts.append(str(header))

    def walk(parent: QModelIndex, depth: int) -> None:
        for row in range(min(model.rowCount(parent), 200)):
            for column in range(columns(parent)):
                index = model.index(row, column, parent)
                value = index.data(Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str) and value:
                    texts.append(value)
            first = model.index(row, 0, parent)
            if depth < 3 and model.rowCount(first) > 0:
                walk(first, depth + 1)

    walk(QModelIndex(), 0)
    return texts


def _actions(actions: list[QAction]) -> list[str]:
    texts = []
    for action in actions:
        if action.isSeparator() or not action.isVisible():
            continue
        if action.text():
            texts.append(action.text())
        menu = action.menu()
        if isinstance(menu, QMenu):
            texts += _actions(menu.actions())
    return texts


def visible_texts(root: QWidget) -> list[str]:
    """The texts shown in ``root`` and its visible children (HTML as plain text)."""
    texts: list[str] = []
    if root.windowTitle():
        texts.append(root.windowTitle())
    if isinstance(root, QMenu):
        texts += _actions(root.actions())
    if isinstance(root, QMainWindow) and root.menuBar() is not None:
        texts += _actions(root.menuBar().actions())
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        if not _shown(w, root):
            continue
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        elif isinstance(w, QGroupBox):
            texts.append(w.title())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
            if w.isReadOnly():
                texts.append(w.text())
        elif isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        elif isinstance(w, QSpinBox | QDoubleSpinBox):
            texts += [w.prefix(), w.suffix(), w.specialValueText()]
        elif isinstance(w, QAbstractSpinBox):
            texts.append(w.specialValueText())
        elif isinstance(w, QTextEdit):
            texts.append(w.toPlainText())
        elif isinstance(w, QAbstractItemView):
            texts += _model_texts(w)
        elif isinstance(w, QToolBar):
            texts += _actions(w.actions())
        if isinstance(w, QGroupBox) is False and w is not root and w.isWindow():
            texts.append(w.windowTitle())
    return [_plain(t).strip() for t in texts if t and _plain(t).strip()]
