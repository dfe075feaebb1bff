"""The read-only table every list in Amtsstube uses: whole rows selected, one at a time, keyboard friendly."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget


def record_table(name: str, model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    """A table showing ``model``: single row selection, no editing, alternating rows, no row numbers; Tab leaves
    the table instead of walking its cells."""
    table = QTableView(parent)
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    return table
