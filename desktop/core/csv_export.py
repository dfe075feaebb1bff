"""Saving an export (CSV, or a report as PDF): the file dialog every export uses, and the file written for the user
only."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from models.output_files import write_atomically


def write_csv(text: str, path: Path) -> Path:
    """With a byte-order mark, so spreadsheet programs on Windows read the umlauts right; readable by the user only
    (``0600``: names and addresses of citizens), written in one step."""
    return write_atomically(path, text.encode("utf-8-sig"))


def ask_csv_file(parent: QWidget, title: str, file_name: str, chosen: Callable[[Path], object]) -> QFileDialog:
    """Open (not modal to the application) a save dialog for a CSV file; ``chosen`` gets the path the user picked."""
    return _ask_save(
        parent, title, file_name, QCoreApplication.translate("CsvExport", "CSV files (*.csv)"), "csv", chosen
    )


def ask_pdf_file(parent: QWidget, title: str, file_name: str, chosen: Callable[[Path], object]) -> QFileDialog:
    """The same for a PDF file (a report to file or to print elsewhere)."""
    return _ask_save(
        parent, title, file_name, QCoreApplication.translate("CsvExport", "PDF files (*.pdf)"), "pdf", chosen
    )


def _ask_save(
    parent: QWidget, title: str, file_name: str, name_filter: str, suffix: str, chosen: Callable[[Path], object]
) -> QFileDialog:
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(file_name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    dialog.open()
    return dialog
