"""*Extras → Urkundenpapier* (registry office): the security paper in this workstation's certificate printer.

Record a box of pre-numbered sheets as loaded (first and last serial), log a spoiled sheet with its reason before
the next one is printed, and read the stock: per range the sheets printed, spoiled and remaining, and the log of
spoiled sheets. The workstation is this computer's name in the settings (``workstation``), as for the cash desk.
Every change runs on the task runner and is an audit record; a refusal (an overlapping range, a serial not in the
stock, a missing reason) is shown under the fields, which keep what was typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.certificates.operations import (
    PaperAtWorkstation,
    load_paper_stock,
    record_loaded_paper,
    record_spoiled_sheet,
)
from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.messages.error_messages import describe_error
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_moment
from models.operations.security_paper import SpoiledSheetRow, StockRow

CONTEXT = "PaperDialog"

STOCK_COLUMNS: tuple[TableColumn[StockRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("PaperDialog", "First sheet"), lambda r: str(r.first_serial), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("PaperDialog", "Last sheet"), lambda r: str(r.last_serial), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("PaperDialog", "Printed"), lambda r: str(r.printed), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("PaperDialog", "Spoiled"), lambda r: str(r.spoiled), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("PaperDialog", "Remaining"), lambda r: str(r.remaining), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("PaperDialog", "Loaded by"), lambda r: r.loaded_by),
)
SPOILED_COLUMNS: tuple[TableColumn[SpoiledSheetRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("PaperDialog", "Sheet"), lambda r: str(r.serial), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("PaperDialog", "Reason"), lambda r: r.reason),
    TableColumn(QT_TRANSLATE_NOOP("PaperDialog", "Logged by"), lambda r: r.recorded_by),
    TableColumn(QT_TRANSLATE_NOOP("PaperDialog", "Logged at"), lambda r: format_moment(r.recorded_at)),
)


def _serial(field: QLineEdit) -> int | None:
    text = field.text().strip().replace(".", "")
    return int(text) if text.isdigit() else None


class PaperDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.workstation: str | None = None
        self.setObjectName("paperDialog")
        self.setWindowTitle(self.tr("Security paper"))
        fit_on_screen(self, 900, 640)
        self.heading = plain_label(object_name="paperWorkstation")

        self.first = QLineEdit()

        self.first.setObjectName("paperFirst")
        self.last = QLineEdit()
        self.last.setObjectName("paperLast")
        self.load_button = QPushButton(self.tr("Record as &loaded"))
        self.load_button.setObjectName("paperLoad")
        self.load_button.clicked.connect(self.load)
        load_box = QGroupBox(self.tr("Load a box of sheets"))
        load_form = QFormLayout(load_box)
        load_form.addRow(self.tr("&First sheet number:"), self.first)
        load_form.addRow(self.tr("La&st sheet number:"), self.last)
        load_form.addRow("", self.load_button)

        self.serial = QLineEdit()

        self.serial.setObjectName("spoiledSerial")
        self.reason = QLineEdit()
        self.reason.setObjectName("spoiledReason")
        self.reason.setPlaceholderText(self.tr("e.g. paper jam, misprint, torn"))
        self.spoil_button = QPushButton(self.tr("Log as s&poiled"))
        self.spoil_button.setObjectName("paperSpoil")
        self.spoil_button.clicked.connect(self.spoil)
        spoil_box = QGroupBox(self.tr("Log a spoiled sheet"))
        spoil_form = QFormLayout(spoil_box)
        spoil_form.addRow(self.tr("Sheet &number:"), self.serial)
        spoil_form.addRow(self.tr("&Reason:"), self.reason)
        spoil_form.addRow("", self.spoil_button)

        self.problem = plain_label(object_name="paperProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a00000")
        self.problem.hide()
        self.stock = RowTableModel(CONTEXT, STOCK_COLUMNS, self)
        stock_table = record_table("paperStock", self.stock)
        SharedColumns(stock_table, {5: 1})
        self.total = plain_label(object_name="paperTotal")
        stock_box = QGroupBox(self.tr("Stock"))
        stock_layout = QVBoxLayout(stock_box)
        stock_layout.addWidget(stock_table)
        stock_layout.addWidget(self.total)
        self.spoiled = RowTableModel(CONTEXT, SPOILED_COLUMNS, self)
        spoiled_table = record_table("paperSpoiled", self.spoiled)
        SharedColumns(spoiled_table, {1: 1})
        spoiled_box = QGroupBox(self.tr("Spoiled sheets"))
        QVBoxLayout(spoiled_box).addWidget(spoiled_table)

        forms = QHBoxLayout()
        forms.addWidget(load_box)
        forms.addWidget(spoil_box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(forms)
        layout.addWidget(self.problem)
        layout.addWidget(stock_box, 2)
        layout.addWidget(spoiled_box, 1)
        layout.addWidget(buttons)
        self.first.setFocus()
        self.reload()

    def reload(self) -> None:
        ws = self._workspace
        ws.runner.run(load_paper_stock(ws, parent=self, on_success=self.show_stock))

    def show_stock(self, paper: PaperAtWorkstation) -> None:
        self.workstation = paper.workstation
        self.heading.setText(self.tr("Certificate printer of the workstation “{name}”").format(name=paper.workstation))
        self.stock.set_rows(paper.stock.ranges)
        self.spoiled.set_rows(paper.stock.spoiled)
        self.total.setText(self.tr("Sheets remaining: {count}").format(count=paper.stock.remaining))

    def _problem(self, error: BaseException) -> None:
        message = describe_error(error)
        if message is None:
            raise error
        self.problem.setText(message.text)
        self.problem.show()

    def _done(self, _result: object, *fields: QLineEdit) -> None:
        self.problem.hide()
        for field in fields:
            field.clear()
        self.reload()

    def load(self) -> None:
        first, last = _serial(self.first), _serial(self.last)
        if first is None or last is None or self.workstation is None:
            self.problem.setText(self.tr("Please enter the first and the last sheet number (digits only)."))
            self.problem.show()
            return
        ws = self._workspace
        ws.runner.run(
            record_loaded_paper(
                ws,
                self.workstation,
                first,
                last,
                parent=self,
                on_success=lambda result: self._done(result, self.first, self.last),
                on_failure=self._problem,
            )
        )

    def spoil(self) -> None:
        serial = _serial(self.serial)
        if serial is None or self.workstation is None:
            self.problem.setText(self.tr("Please enter the number printed on the spoiled sheet (digits only)."))
            self.problem.show()
            return
        ws = self._workspace
        ws.runner.run(
            record_spoiled_sheet(
                ws,
                self.workstation,
                serial,
                self.reason.text(),
                parent=self,
                on_success=lambda result: self._done(result, self.serial, self.reason),
                on_failure=self._problem,
            )
        )
