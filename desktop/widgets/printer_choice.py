"""Choosing the printer for letters (Druckerauswahl): the printers the system knows, both sides where possible.

Preselected is the printer this workstation last printed letters on (kept in the workstation's settings,
``printers.letters``), else the system's default printer. Asking the print system takes a moment (a network
printer may be slow to answer), so the list and the duplex check run on the task runner's network lane.
"""

from __future__ import annotations

import dataclasses
import logging

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop.core.tasks import Lane, Operation, while_alive
from desktop.core.workspace import Workspace
from models import settings
from models.errors import AmtsstubeError
from models.print_jobs import Deliver
from printing.errors import PrintingFailed
from printing.printer_adapter import AvailablePrinters, available_printers, printer_delivery, printer_supports_duplex

log = logging.getLogger(__name__)


def _configured_printer() -> str | None:
    try:
        return settings.load().printers.letters
    except (AmtsstubeError, OSError) as error:  # a broken settings file must not stop printing
        log.warning("printer setting not readable: %s", error)
        return None


def _printers_and_choice() -> tuple[AvailablePrinters, str | None]:
    printers = available_printers()
    return printers, _configured_printer() or printers.default


def remember_letter_printer(printer: str) -> None:
    """Keep ``printer`` as this workstation's letter printer (called on a worker after a successful print)."""
    try:
        current = settings.load()
        if current.printers.letters != printer:
            printers = dataclasses.replace(current.printers, letters=printer)
            settings.save(dataclasses.replace(current, printers=printers))
    except (AmtsstubeError, OSError) as error:
        log.warning("could not remember the letter printer %s: %s", printer, error)


def _duplex_capable(printer: str) -> bool:
    try:
        return printer_supports_duplex(printer)
    except PrintingFailed:
        return False  # an unknown printer: printing will say so


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
        self._workspace.runner.run(
            Operation(
                name="list printers",
                work=_printers_and_choice,
                on_success=while_alive(self, self._loaded),
                lane=Lane.NETWORK,
            )
        )

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
            Operation(
                name=f"duplex of {name}",
                work=lambda: _duplex_capable(name),
                on_success=while_alive(self, lambda capable: self._duplex_known(name, capable)),
                lane=Lane.NETWORK,
            )
        )

    def _duplex_known(self, name: str, capable: bool) -> None:
        if name != self.printer.currentText():
            return  # the user has chosen another printer meanwhile
        self.duplex.setEnabled(capable)
        self.duplex.setChecked(capable)
        self.duplex_checked.emit(capable)
