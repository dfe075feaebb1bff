"""The read-only table every list in Amtsstube uses: whole rows selected, one at a time, keyboard friendly."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


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


class SharedColumns(QObject):
    """Columns of long texts (names, titles, reasons) share what the other columns leave of the table's width.

    The other columns fit their contents; the shared ones get the rest by weight, so the table never reaches past
    its right edge whatever the printer's name or the window's width. What does not fit is elided (the tooltip
    shows all of it).
    """

    def __init__(self, table: QTableView, weights: dict[int, int], *, minimum: int = 80) -> None:
        super().__init__(table)
        self._table = table
        self._weights = weights
        self._minimum = minimum
        self._applying = False
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in range(header.count()):
            mode = QHeaderView.ResizeMode.Fixed if column in weights else QHeaderView.ResizeMode.ResizeToContents
            header.setSectionResizeMode(column, mode)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        table.viewport().installEventFilter(self)
        header.sectionResized.connect(lambda column, _old, _new: None if column in weights else self.apply())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.apply()
        return False

    def apply(self) -> None:
        if self._applying:
            return
        header = self._table.horizontalHeader()
        fitted = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column not in self._weights and not header.isSectionHidden(column)
        )
        widths = shares(max(0, self._table.viewport().width() - fitted), self._weights, self._minimum)
        self._applying = True
        try:
            for column, width in widths.items():
                header.resizeSection(column, width)
        finally:
            self._applying = False


def shares(free: int, weights: dict[int, int], minimum: int) -> dict[int, int]:
    """``free`` pixels by weight, each at least ``minimum``: a column that would get less gets the minimum, and
    the others share what is left (so the sum stays within ``free`` as long as the minimums fit)."""
    widths: dict[int, int] = {}
    pending = dict(weights)
    while pending:
        total = sum(pending.values())
        small = [column for column, weight in pending.items() if free * weight // total < minimum]
        if not small:
            widths.update({column: free * weight // total for column, weight in pending.items()})
            break
        for column in small:
            widths[column] = minimum
            free = max(0, free - minimum)
            del pending[column]
    return widths
