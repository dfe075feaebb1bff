"""A read-only table model over a tuple of frozen rows, described by its columns (header and cell text).

The print queue, the outgoing-mail book and the rejected applications are such tables: the operation returns frozen
rows, the window swaps them in whole.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.core.plain_text import literal_tooltip
from desktop.core.translations import translate

R = TypeVar("R")
AnyIndex = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1


@dataclass(frozen=True)
class TableColumn(Generic[R]):
    header: str  # marked with QT_TRANSLATE_NOOP in ``context``, translated when shown
    text: Callable[[R], str]
    numeric: bool = False  # right-aligned
    tooltip: Callable[[R], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[R]):
    def __init__(self, context: str, columns: tuple[TableColumn[R], ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._columns = columns
        self._rows: tuple[R, ...] = ()

    @property
    def rows(self) -> tuple[R, ...]:
        return self._rows

    def set_rows(self, rows: tuple[R, ...]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate(self._context, self._columns[section].header)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = self._columns[index.column()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return literal_tooltip((column.tooltip or column.text)(row))
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
