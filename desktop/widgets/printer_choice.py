"""Choosing the printer for letters (Druckerauswahl): the printers the system knows, both sides where possible.

Preselected is the printer this workstation last printed letters on (kept in the workstation's settings,
``printers.letters``), else the system's default printer. Asking the print system takes a moment (a network
printer may be slow to answer), so the list and the duplex check run on the task runner's network lane.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop.core.workspace import Workspace
from desktop.widgets.operations import check_duplex, list_printers
from models.print_jobs import Deliver
from printing.printer_adapter import AvailablePrinters, printer_delivery


class PrinterChoice(QWidget):
    """Printer combo box and the "both sides" check box, in one row."""

    loaded = Signal()  # the list of printers is filled
    duplex_checked = Signal(bool)  # whether the chosen printer prints on both sides

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.printer = QComboBox()
        self.printer.setObjectName("printerChoice")
        self.printer.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.printer.setMinimumContentsLength(16)
        self.printer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        label = QLabel(self.tr("&Printer:"))
        label.setBuddy(self.printer)
        self.duplex = QCheckBox(self.tr("Print on &both sides"))
        self.duplex.setObjectName("duplex")
        self.duplex.setEnabled(False)
        self.duplex.setToolTip(self.tr("Only available if the printer can print on both sides"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.printer, 1)
        layout.addWidget(self.duplex)
        self.printer.currentTextChanged.connect(self._check_duplex)
        self._load()

    @property
    def printer_name(self) -> str | None:
        return self.printer.currentText() or None

    def set_printer(self, name: str) -> None:
        """Choose ``name``; a name the print system does not list is added (printing will tell if it is gone)."""
        if self.printer.findText(name) < 0:
            self.printer.addItem(name)
        self.printer.setCurrentText(name)

    def deliver(self) -> Deliver:
        """Hands a batch to the chosen printer (call only with a printer chosen)."""
        name = self.printer_name
        assert name is not None
        return printer_delivery(name, duplex=self.duplex.isEnabled() and self.duplex.isChecked())

    def _load(self) -> None:
        self._workspace.runner.run(list_printers(parent=self, on_success=self._loaded))

    def _loaded(self, result: tuple[AvailablePrinters, str | None]) -> None:
        printers, chosen = result
        self.printer.blockSignals(True)
        self.printer.clear()
        self.printer.addItems(list(printers.names))
        self.printer.blockSignals(False)
        if chosen:
            self.set_printer(chosen)
        elif printers.names:
            self.printer.setCurrentIndex(0)
        self._check_duplex(self.printer.currentText())
        self.loaded.emit()

    def _check_duplex(self, name: str) -> None:
        self.duplex.setEnabled(False)
        if not name:
            return
        self._workspace.runner.run(
            check_duplex(name, parent=self, on_success=lambda capable: self._duplex_known(name, capable))
        )

    def _duplex_known(self, name: str, capable: bool) -> None:
        if name != self.printer.currentText():
            return  # the user has chosen another printer meanwhile
        self.duplex.setEnabled(capable)
        self.duplex.setChecked(capable)
        self.duplex_checked.emit(capable)
