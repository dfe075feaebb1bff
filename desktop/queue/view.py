"""The upper half of the main window: filter bar, queue-wide buttons and the queue table."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from desktop.core.plain_text import plain_label
from desktop.core.workspace import Workspace
from desktop.queue.filter_bar import QueueFilterBar
from desktop.queue.model import CASE_ROW_ROLE, Column, QueueModel
from desktop.widgets.action_button import ActionButton
from desktop.widgets.record_table import record_table
from models.operations.queue import QueueFilter
from models.operations.rows import CaseRow
from models.permissions import Action

# Sample contents that size each column so nothing a clerk needs is cut off.
_COLUMN_SAMPLES = {
    Column.REFERENCE: "2026-000000 ",
    Column.APPLICANT: "Dr. Łukasz Öztürk-Nguyễn ",
    Column.STATUS: "Wartet auf Bürger/in ",
    Column.ASSIGNEE: "Anna Schmitz-Müller ",
    Column.RECEIVED: "00.00.0000 00:00 ",
    Column.DUE: "00.00.0000 ",
}


class QueueView(QWidget):
    selected_case_changed = Signal(object)  # case id or None

    def __init__(self, workspace: Workspace, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_bar = QueueFilterBar()
        self.model = QueueModel(workspace, self, queue_filter=self.filter_bar.current_filter())
        self.table = record_table("queueTable", self.model)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.SERVICE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        metrics = self.table.fontMetrics()
        for column, sample in _COLUMN_SAMPLES.items():
            # room for the sort arrow and, in the deadline column, the warning icon
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 36)
        # The indicator first: enabling sorting applies it, and the model already sorts by deadline.
        header.setSortIndicator(Column.DUE, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        if workspace.actor.may(Action.ASSIGN_CASES):  # a supervisor chooses several cases to assign them
            self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        top = QHBoxLayout()
        top.addWidget(self.filter_bar, 1)
        self.action_buttons = [ActionButton(action) for action in actions]
        for button in self.action_buttons:
            top.addWidget(button)
        # A filter from elsewhere (the dashboard's figures) that the filter bar cannot show: named, and removable.
        self.shown_filter = QFrame()
        self.shown_filter.setObjectName("shownFilter")
        self.shown_filter.setStyleSheet(
            "#shownFilter { background: #e8f0fb; border: 1px solid #9db7dd; border-radius: 4px; }"
        )
        self.shown_filter_text = plain_label(object_name="shownFilterText")
        # A link, reached with Tab and followed with Enter: the window has no mnemonic letter left for a button.
        remove = self.tr("Remove the filter")
        self.clear_filter_link = QLabel(f'<a href="clear">{escape(remove)}</a>')
        self.clear_filter_link.setObjectName("clearShownFilter")
        self.clear_filter_link.setTextFormat(Qt.TextFormat.RichText)
        self.clear_filter_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.clear_filter_link.linkActivated.connect(lambda _link: self.clear_shown_filter())
        shown = QHBoxLayout(self.shown_filter)
        shown.setContentsMargins(8, 2, 4, 2)
        shown.addWidget(self.shown_filter_text, 1)
        shown.addWidget(self.clear_filter_link)
        self.shown_filter.hide()
        self.filter_bar.filter_changed.connect(lambda _filter: self.shown_filter.hide())  # the bar's filter applies
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.shown_filter)
        layout.addWidget(self.table, 1)

    def show_filter(self, queue_filter: QueueFilter, caption: str) -> None:
        """List the cases of ``queue_filter`` (e.g. a figure of the dashboard), named by ``caption`` over the queue
        until the filter is removed or a filter of the bar is chosen."""
        self.shown_filter_text.setText(self.tr("Filtered: {caption}").format(caption=caption))
        self.shown_filter.show()
        if self.model.queue_filter == queue_filter:
            self.model.reload()
        else:
            self.model.set_filter(queue_filter)

    def clear_shown_filter(self) -> None:
        """Back to the filter bar's filter."""
        self.shown_filter.hide()
        self.model.set_filter(self.filter_bar.current_filter())
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.selected_case_changed.emit(self.case_id_at(current))

    def case_id_at(self, index: QModelIndex) -> int | None:
        row: CaseRow | None = self.model.data(index, CASE_ROW_ROLE) if index.isValid() else None
        return row.id if row is not None else None

    def chosen_rows(self) -> tuple[CaseRow, ...]:
        """The cases chosen (selected rows), in the queue's order."""
        rows = (self.model.data(index, CASE_ROW_ROLE) for index in self.table.selectionModel().selectedRows())
        chosen = [row for row in rows if isinstance(row, CaseRow)]
        order = {row.id: self.model.row_of_case(row.id) or 0 for row in chosen}
        return tuple(sorted(chosen, key=lambda row: order[row.id]))

    def selected_case_id(self) -> int | None:
        return self.case_id_at(self.table.currentIndex())

    def refresh_visible(self) -> None:
        """Another workstation changed cases: the loaded rows are read again in place, the current case stays."""
        self.model.refresh(keep=self.selected_case_id())

    def select_case(self, case_id: int) -> bool:
        """Make the case the current row if it is loaded; returns whether it is."""
        number = self.model.row_of_case(case_id)
        selection = self.table.selectionModel()
        if number is None:
            selection.clear()
            return False
        if self.table.currentIndex().row() != number:
            index = self.model.index(number, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        return True
