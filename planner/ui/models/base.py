"""Plumbing the item models share: column titles, and a tree two levels deep.

:class:`ColumnTitles` answers ``headerData`` from the titles a model sets in
``_headers`` (translated once, in its ``__init__``). :class:`TwoLevelModel` is the
structure of every tree here (weeks → items, courses → modules, categories →
entries): a subclass says how many top rows there are and how many children
each has, and keeps its own rows however suits it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invisible root, as a default argument


class ColumnTitles:
    """``headerData``: the horizontal header shows ``_headers``; nothing else has a header.

    Mix in before the Qt base class: ``class M(ColumnTitles, QAbstractTableModel)``.
    """

    _headers: tuple[str, ...] = ()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None


class TwoLevelModel(ColumnTitles, QAbstractItemModel):
    """Top rows, each with child rows, nothing deeper; one column per title in ``_headers``.

    An index's internal id says where it sits: 0 for a top row, the parent's row + 1
    for a child. The id is a number rather than a pointer to a Python row object on
    purpose: a ``QModelIndex`` does not keep a Python object alive, and persistent
    indexes (selection, expansion) outlive the in-place updates some models make.
    Because a child's id follows its parent's row, adding, removing or moving top
    rows is a model reset. Flags are Qt's default (enabled, selectable) unless a
    subclass says more.
    """

    def top_count(self) -> int:
        """How many top rows there are."""
        raise NotImplementedError

    def child_count(self, top: int) -> int:
        """How many children top row ``top`` has."""
        raise NotImplementedError

    @staticmethod
    def parent_row(index: Index) -> int | None:
        """The row of ``index``'s parent, or None when ``index`` is a top row."""
        return int(index.internalId()) - 1 if index.internalId() != 0 else None

    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, child: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        row = self.parent_row(child) if child.isValid() else None
        return QModelIndex() if row is None else self.createIndex(row, 0, 0)

    def rowCount(self, parent: Index = ROOT) -> int:
        if not parent.isValid():
            return self.top_count()
        if parent.internalId() == 0 and parent.column() == 0:
            return self.child_count(parent.row())
        return 0

    def columnCount(self, parent: Index = ROOT) -> int:
        return len(self._headers)
