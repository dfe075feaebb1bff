"""What the registers' look-up dialogs share (residents, dogs): a search run a moment after the last keystroke on the
task runner, the list of matches with its count, the problem line, "Show", the record beside the list, Close.

A record is opened only on request (Return in the list, a double click or "Show"), never by moving through the list:
each record shown is a read of personal data, and the operation behind :meth:`RegisterLookup.open_match` logs it.
The texts come translated from the subclass (its own translation context).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from desktop.messages.error_messages import describe_error
from desktop.widgets.record_table import record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn

SEARCH_DELAY_MS = 250
SEARCH_LIMIT = 50  # matches shown; more means the search is too broad
ERROR_STYLE = "color: #a4000f; font-weight: bold;"


class RegisterLookup(QDialog):
    """The frame of a look-up; the subclass builds the search fields and the record and calls :meth:`arrange`."""

    def __init__(
        self,
        name: str,
        context: str,
        columns: tuple[TableColumn[Any], ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Dialog")
        self.problem = plain_label(object_name=f"{name}Problem")
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.matches: RowTableModel[Any] = RowTableModel(context, columns, self)
        self.table = record_table(f"{name}Matches", self.matches)
        self.table.activated.connect(self._open_row)
        self.show_button = QPushButton()  # its text (with the mnemonic) from the subclass
        self.show_button.setObjectName(f"show{name[0].upper()}{name[1:]}")
        self.show_button.setAutoDefault(False)
        self.show_button.setEnabled(False)
        self.show_button.clicked.connect(self.open_current)
        self.count = plain_label(object_name=f"{name}Count")
        self.record_pane = QWidget()
        self.record_pane.setEnabled(False)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)

    def arrange(
        self, search: QLayout, rule: QWidget, fields: tuple[QLineEdit, ...], *, record_share: float = 0.5
    ) -> None:
        """The list under the search fields on the left, the record on the right (``record_share`` of the width);
        typing in ``fields`` searches, Return there goes to the list."""
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(search)
        left_layout.addWidget(rule)
        left_layout.addWidget(self.problem)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.show_button)
        left_layout.addLayout(bottom)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.record_pane)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        share = round(1000 * record_share)
        splitter.setSizes([1000 - share, share])  # scaled to the width when the dialog is laid out
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Return in a search field goes to the list; it does not close
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        for field in fields:
            field.textChanged.connect(lambda _text: self.search_timer.start())
            field.returnPressed.connect(self._to_list)
        fields[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def search_field(self, name: str, placeholder: str, rule: str) -> tuple[QLineEdit, QHBoxLayout, QLabel]:
        """A single search field ``{name}Search`` with its "Search:" label in a row, and the rule it follows
        (``{name}SearchRule``, wrapped) to show under it: what :meth:`arrange` takes."""
        search = QLineEdit()
        search.setObjectName(f"{name}Search")
        search.setPlaceholderText(placeholder)
        search.setClearButtonEnabled(True)
        search_label = QLabel(translate("RegisterLookup", QT_TRANSLATE_NOOP("RegisterLookup", "&Search:")))
        search_label.setBuddy(search)
        row = QHBoxLayout()
        row.addWidget(search_label)
        row.addWidget(search, 1)
        rule_label = plain_label(rule, object_name=f"{name}SearchRule")
        rule_label.setWordWrap(True)
        return search, row, rule_label

    def fact_rows(self, name: str, captions: tuple[tuple[str, str], ...]) -> tuple[QGroupBox, dict[str, QLabel]]:
        """The record's facts, one selectable label per (key, caption), in a box (the subclass titles it)."""
        facts = QFormLayout()
        labels: dict[str, QLabel] = {}
        for key, caption in captions:
            label = plain_label(object_name=f"{name}_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            labels[key] = label
            facts.addRow(caption, label)
        box = QGroupBox()
        box.setLayout(facts)
        return box, labels

    # -- the search (the subclass runs it) ---------------------------------------------------------------------

    def run_search(self) -> None:
        """Search for what is typed (the subclass: stop :attr:`search_timer`, hide the problem, run the operation)."""
        raise NotImplementedError

    def show_found(self, typed: str, found: tuple[Any, ...], counted: Callable[[int], str], too_many: str) -> None:
        """The matches of the search for ``typed``; ``counted`` says how many, ``too_many`` when the limit cut."""
        self.matches.set_rows(found)
        self.show_button.setEnabled(bool(found))
        if found:
            self.table.selectRow(0)
        if not typed.strip():
            self.count.setText("")
        elif len(found) >= SEARCH_LIMIT:
            self.count.setText(too_many.format(count=len(found)))
        else:
            self.count.setText(counted(len(found)))

    def show_problem(self, error: Exception) -> None:
        message = describe_error(error)
        self.problem.setText(message.text if message is not None else str(error))
        self.problem.show()

    def _to_list(self) -> None:
        self.run_search()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- one record --------------------------------------------------------------------------------------------

    def open_match(self, match: Any) -> None:
        raise NotImplementedError

    def _open_row(self, index: QModelIndex) -> None:
        match = self.matches.row_at(index.row())
        if match is not None:
            self.open_match(match)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index)
