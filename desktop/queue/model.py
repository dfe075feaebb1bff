"""The work queue as a table model (Arbeitsliste): a thin adapter over frozen :class:`CaseRow` pages.

Filtering and sorting happen in SQL (:func:`models.operations.queue.list_queue`); the model only keeps the rows
loaded so far and fetches the next page when the view scrolls to the end (``canFetchMore``/``fetchMore``).
Loads run on the task runner; a result that arrives after the filter changed again is dropped. A change at another
workstation refreshes the rows loaded so far in place (:meth:`QueueModel.refresh`, :mod:`desktop.queue.row_merge`).
"""

from __future__ import annotations

import enum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QApplication, QStyle

from desktop.core.colours import OVERDUE_COLOUR
from desktop.core.labels import status_label
from desktop.core.plain_text import literal_tooltip
from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.core.workspace import Workspace
from desktop.queue import row_merge
from desktop.queue.operations import load_queue_page
from models.case_status import is_overdue
from models.german_format import format_date, format_moment
from models.german_format import today as german_today
from models.operations.queue import MAX_PAGE_SIZE, QueueFilter, QueueSort, SortKey
from models.operations.rows import CaseRow, QueuePage

PAGE_SIZE = 100

AnyIndex = QModelIndex | QPersistentModelIndex


class Column(enum.IntEnum):
    REFERENCE = 0
    SERVICE = 1
    APPLICANT = 2
    STATUS = 3
    ASSIGNEE = 4
    RECEIVED = 5
    DUE = 6


HEADERS = {
    Column.REFERENCE: QT_TRANSLATE_NOOP("QueueModel", "Reference"),
    Column.SERVICE: QT_TRANSLATE_NOOP("QueueModel", "Service"),
    Column.APPLICANT: QT_TRANSLATE_NOOP("QueueModel", "Applicant"),
    Column.STATUS: QT_TRANSLATE_NOOP("QueueModel", "Status"),
    Column.ASSIGNEE: QT_TRANSLATE_NOOP("QueueModel", "Assignee"),
    Column.RECEIVED: QT_TRANSLATE_NOOP("QueueModel", "Received"),
    Column.DUE: QT_TRANSLATE_NOOP("QueueModel", "Deadline"),
}

SORT_KEYS = {
    Column.REFERENCE: SortKey.REFERENCE,
    Column.SERVICE: SortKey.SERVICE,
    Column.APPLICANT: SortKey.APPLICANT,
    Column.STATUS: SortKey.STATUS,
    Column.ASSIGNEE: SortKey.ASSIGNEE,
    Column.RECEIVED: SortKey.RECEIVED_AT,
    Column.DUE: SortKey.DUE_DATE,
}

CASE_ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class QueueModel(QAbstractTableModel):
    reloaded = Signal()  # the first page of a new filter/sort is in
    page_loaded = Signal()  # any page, including the first
    total_changed = Signal(int)
    load_failed = Signal(object)  # the exception
    refreshed = Signal()  # the loaded rows were read again and changed in place (refresh)

    def __init__(
        self,
        workspace: Workspace,
        parent: QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
        queue_filter: QueueFilter | None = None,
    ):
        super().__init__(parent)
        self._workspace = workspace
        self._page_size = page_size
        self._rows: list[CaseRow] = []
        self._total = 0
        self._filter = queue_filter or QueueFilter()
        self._sort = QueueSort()
        self._generation = 0  # bumped by every reload; older results are stale
        self._recorded_search: str | None = None  # the search text last recorded in the audit log
        self._loading = False
        self._refreshing = False
        self._refresh_due: tuple[int | None] | None = None  # a refresh asked for while loading: (row to keep,)

    # -- Qt model interface ------------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("QueueModel", HEADERS[Column(section)])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == CASE_ROW_ROLE:
            return row
        if column == Column.DUE and is_overdue(row.status, row.due_date, german_today()):
            return self._overdue_decoration(role)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.REFERENCE:
            return literal_tooltip(
                self.tr("Case {reference}: {service}").format(reference=row.reference, service=row.service_name)
            )
        return None

    def _display(self, row: CaseRow, column: Column) -> str:
        match column:
            case Column.REFERENCE:
                return row.reference
            case Column.SERVICE:
                return row.service_name
            case Column.APPLICANT:
                return row.applicant_name
            case Column.STATUS:
                return status_label(row.status)
            case Column.ASSIGNEE:
                return row.assignee_name or "–"
            case Column.RECEIVED:
                return format_moment(row.received_at)
            case Column.DUE:
                return format_date(row.due_date)

    def _overdue_decoration(self, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OVERDUE_COLOUR)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole:
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Deadline exceeded")
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return  # -1: "unsorted" – the queue always has an order
        sort = QueueSort(SORT_KEYS[Column(column)], descending=order == Qt.SortOrder.DescendingOrder)
        if sort != self._sort:
            self._sort = sort
            self.reload()

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(offset=len(self._rows))

    # -- the queue ---------------------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def queue_filter(self) -> QueueFilter:
        return self._filter

    @property
    def queue_sort(self) -> QueueSort:
        return self._sort

    def set_filter(self, queue_filter: QueueFilter) -> None:
        if queue_filter != self._filter:
            self._filter = queue_filter
            self.reload()

    def reload(self) -> None:
        """Start over at the first page (a new filter or sort order, or F5)."""
        self._generation += 1
        self._load(offset=0)

    def row_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of_case(self, case_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == case_id:
                return number
        return None

    def update_case(self, case: CaseRow) -> None:
        """Show a changed case in place (it stays in the list until the next reload, even if the filter
        would now exclude it: rows do not vanish under the clerk's cursor)."""
        number = self.row_of_case(case.id)
        if number is not None and self._rows[number] != case:
            self._rows[number] = case
            self.dataChanged.emit(self.index(number, 0), self.index(number, len(Column) - 1))

    def _load(self, offset: int) -> None:
        self._loading = True
        generation = self._generation
        workspace = self._workspace
        queue_filter, sort, limit = self._filter, self._sort, self._page_size
        # A search is recorded once when it is run, not again with each refresh of the same search.
        record_search = offset == 0 and queue_filter.text != self._recorded_search
        if record_search:
            self._recorded_search = queue_filter.text
        workspace.runner.run(
            load_queue_page(
                workspace,
                queue_filter,
                sort,
                offset=offset,
                limit=limit,
                record_search=record_search,
                on_success=lambda page: self._loaded(generation, page),
                on_failure=lambda error: self._failed(generation, error),
            )
        )

    def refresh(self, keep: int | None = None) -> None:
        """Read the rows loaded so far again and change them in place: selection, current row and scroll position
        stay (no reset). The case ``keep`` (the clerk's current one) stays even if the filter now excludes it."""
        if self._loading or self._refreshing:
            self._refresh_due = (keep,)  # after the load under way
            return
        self._refreshing = True
        generation = self._generation
        limit = min(max(len(self._rows), self._page_size), MAX_PAGE_SIZE)
        self._workspace.runner.run(
            load_queue_page(
                self._workspace,
                self._filter,
                self._sort,
                offset=0,
                limit=limit,
                record_search=False,  # the clerk ran the search once; a refresh is not a search
                on_success=lambda page: self._refreshed(generation, page, keep),
                on_failure=lambda error: self._refresh_failed(generation, error),
            )
        )

    def _refreshed(self, generation: int, page: QueuePage, keep: int | None) -> None:
        self._refreshing = False
        if generation == self._generation:
            fresh = {row.id for row in page.rows}
            beyond = [row for row in self._rows[len(page.rows) :] if row.id not in fresh]  # loaded past the limit
            self._swap_rows(row_merge.with_kept(self._rows, [*page.rows, *beyond], keep))
            if page.total != self._total:
                self._total = page.total
                self.total_changed.emit(page.total)
            self.refreshed.emit()
        self._refresh_if_due()

    def _refresh_failed(self, generation: int, error: Exception) -> None:
        self._refreshing = False
        if generation == self._generation:
            self.load_failed.emit(error)
        self._refresh_if_due()

    def _refresh_if_due(self) -> None:
        due, self._refresh_due = self._refresh_due, None
        if due is not None:
            self.refresh(*due)

    def _swap_rows(self, rows: list[CaseRow]) -> None:
        """Turn the rows shown into ``rows`` by removals, one move, insertions and changed cells (see row_merge)."""
        root = QModelIndex()
        new_ids = [row.id for row in rows]
        for block in row_merge.removed_blocks([row.id for row in self._rows], new_ids):
            self.beginRemoveRows(root, block.first, block.last)
            del self._rows[block.first : block.last + 1]
            self.endRemoveRows()
        kept_ids = {row.id for row in self._rows}
        order = {case_id: position for position, case_id in enumerate(i for i in new_ids if i in kept_ids)}
        if [row.id for row in self._rows] != sorted(kept_ids, key=order.__getitem__):
            self.layoutAboutToBeChanged.emit()
            persistent = self.persistentIndexList()
            moved = [self.index(order[self._rows[index.row()].id], index.column()) for index in persistent]
            self._rows.sort(key=lambda row: order[row.id])
            self.changePersistentIndexList(persistent, moved)
            self.layoutChanged.emit()
        by_id = {row.id: row for row in rows}
        for block in row_merge.inserted_blocks(list(kept_ids), new_ids):
            self.beginInsertRows(root, block.first, block.last)
            self._rows[block.first : block.first] = [by_id[i] for i in new_ids[block.first : block.last + 1]]
            self.endInsertRows()
        for number, row in enumerate(rows):
            if self._rows[number] != row:
                self._rows[number] = row
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(Column) - 1))

    def _loaded(self, generation: int, page: QueuePage) -> None:
        if generation != self._generation:
            return  # a newer reload is under way
        self._loading = False
        if page.offset == 0:
            self.beginResetModel()
            self._rows = list(page.rows)
            self._total = page.total
            self.endResetModel()
            self.total_changed.emit(page.total)
            self.reloaded.emit()
        elif page.offset == len(self._rows) and page.rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page.rows) - 1)
            self._rows.extend(page.rows)
            self.endInsertRows()
            if page.total != self._total:
                self._total = page.total
                self.total_changed.emit(page.total)
        self.page_loaded.emit()
        self._refresh_if_due()

    def _failed(self, generation: int, error: Exception) -> None:
        if generation == self._generation:
            self._loading = False
        self.load_failed.emit(error)
        self._refresh_if_due()
