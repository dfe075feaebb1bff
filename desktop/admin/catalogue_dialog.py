"""The service catalogue for admins (Extras → Leistungskatalog): a table of every service, filtered as one types
(name, search word, department), and the form of the selected one. Saving changes fee, deadline, role,
department and whether the service is offered; the change is checked and audited by the service layer."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.admin.operations import list_catalogue, save_service
from desktop.admin.service_form import ServiceForm
from desktop.core.plain_text import plain_label
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.messages.error_messages import describe_error
from desktop.widgets.error_dialogs import show_error
from models.errors import InvalidInput, ServiceChangedMeanwhile
from models.fees import Fee, FeeRule
from models.german_format import format_euro
from models.operations.catalogue import ServiceEntry

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class CatalogueDialog(QDialog):
    loaded = Signal()
    saved = Signal(object)  # ServiceEntry
    failed = Signal(object)  # the exception of a save

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serviceCatalogue")
        self._sized = False
        self.setWindowTitle(self.tr("Service catalogue"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        fit_on_screen(self, 1300, 760)
        self._workspace = workspace
        self._entries: dict[str, ServiceEntry] = {}
        self._current: str | None = None

        self.filter = QLineEdit()
        self.filter.setObjectName("catalogueFilter")
        self.filter.setPlaceholderText(self.tr("Filter by name, search word or department (Ctrl+F)"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self._to_first_match)  # Return: on to the first service found
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("catalogueTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Department"), self.tr("Fee"), self.tr("Deadline")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(2, 230)  # "50,00 € bis 500,00 € nach Tarif" in one line
        self.table.itemSelectionChanged.connect(self._switch)
        self.form = ServiceForm()
        self.form.setEnabled(False)
        self.status = plain_label()
        self.status.setObjectName("catalogueStatus")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveService")
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.close)
        for button in buttons.buttons():  # Return in the filter goes to the table, it neither saves nor closes
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.table, 1)
        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(self.form)
        splitter.setStretchFactor(0, 2)  # the table gets two thirds of any width, the form one
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.filter.setFocus()
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        """At the first show, two thirds of the width for the table (the form's labels would take half)."""
        super().showEvent(event)
        if not self._sized:
            self._sized = True
            width = self.splitter.width()
            self.splitter.setSizes([width * 2 // 3, width - width * 2 // 3])

    # -- the table -----------------------------------------------------------------------------------------------

    def reload(self) -> None:
        self._workspace.runner.run(list_catalogue(self._workspace, parent=self, on_success=self._loaded))

    def _loaded(self, entries: tuple[ServiceEntry, ...]) -> None:
        self._entries = {entry.key: entry for entry in entries}
        wanted = self._current
        self.table.blockSignals(True)
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            name = entry.name if entry.active else self.tr("{name} (not offered)").format(name=entry.name)
            cells = (name, entry.department, self.fee_text(entry.fee), self.tr("%n day(s)", "", entry.processing_days))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY_ROLE, entry.key)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._apply_filter(self.filter.text())
        if wanted in self._entries:
            self.select_service(wanted)
        self.loaded.emit()

    def fee_text(self, fee: Fee) -> str:
        if fee.rule is FeeRule.FIXED:
            return format_euro(fee.cents) if fee.cents else self.tr("no fee")
        if fee.rule is FeeRule.PER_COPY:
            return self.tr("{first}, each further copy {further}").format(
                first=format_euro(fee.cents), further=format_euro(fee.further_copy_cents or 0)
            )
        if fee.rule is FeeRule.TARIFF:
            return self.tr("{low} to {high} by tariff").format(
                low=format_euro(fee.cents), high=format_euro(fee.max_cents or 0)
            )
        return self.tr("free ({reason})").format(reason=fee.basis or "")

    def _apply_filter(self, text: str) -> None:
        words = text.casefold().split()
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            entry = self._entries.get(item.data(KEY_ROLE)) if item is not None else None
            if entry is None:
                continue
            haystack = " ".join((entry.name, entry.department, entry.key, *entry.keywords)).casefold()
            self.table.setRowHidden(row, not all(word in haystack for word in words))

    def visible_keys(self) -> list[str]:
        return [
            self.table.item(row, 0).data(KEY_ROLE)  # type: ignore[union-attr]
            for row in range(self.table.rowCount())
            if not self.table.isRowHidden(row)
        ]

    def _to_first_match(self) -> None:
        keys = self.visible_keys()
        if keys:
            self.select_service(keys[0])
            self.table.setFocus()

    def select_service(self, key: str) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(KEY_ROLE) == key:
                self.table.selectRow(row)
                return

    def _switch(self) -> None:
        items = self.table.selectedItems()
        self._current = items[0].data(KEY_ROLE) if items else None
        entry = self._entries.get(self._current) if self._current else None
        self.form.setEnabled(entry is not None)
        self.save_button.setEnabled(entry is not None)
        if entry is not None:
            self.form.show_service(entry)
        self.status.clear()

    # -- saving --------------------------------------------------------------------------------------------------

    def save(self) -> None:
        change = self.form.change()
        if change is None:
            return
        self.status.clear()
        self._workspace.runner.run(
            save_service(self._workspace, change, parent=self, on_success=self._saved, on_failure=self._failed)
        )

    def _saved(self, entry: ServiceEntry) -> None:
        self.status.setText(self.tr("“{name}” has been saved.").format(name=entry.name))
        self.saved.emit(entry)
        self.reload()

    def _failed(self, error: Exception) -> None:
        if isinstance(error, InvalidInput):  # shown below the form; what was typed stays
            message = describe_error(error)
            self.status.setText(message.text if message is not None else str(error))
        else:
            show_error(self, error)
            if isinstance(error, ServiceChangedMeanwhile):
                self.reload()
        self.failed.emit(error)
