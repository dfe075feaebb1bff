"""Looking up a property in the waste-bin register (Register → Grundstück suchen): by its address or its owner's or
manager's name, then one property's record with its owner, its manager, the residents the resident register has
there against the statute's minimum volume, the bins in force with their annual fee, and every line it ever had.

As in the other registers (the frame: :class:`desktop.registers.lookup_dialog.RegisterLookup`), the search runs a
moment after the last keystroke on the task runner, and a record is opened only on request (Return, double click or
"Anzeigen"): the record names the owner and counts the residents, and the operation logs each one shown
(``property.viewed``).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.registers.labels import bin_type_label, interval_label
from desktop.registers.lookup_dialog import SEARCH_LIMIT, RegisterLookup
from desktop.registers.operations import load_property, search_properties
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_date, format_euro
from models.operations.waste_bins import BinHistoryLine, PropertyMatch, PropertyRecord

CONTEXT = "PropertyDialog"
NONE = "–"


def _day(day: dt.date | None) -> str:
    return format_date(day) if day is not None else NONE


def _size(line: BinHistoryLine) -> str:
    return f"{line.line.size_litres} l"


def _until(line: BinHistoryLine) -> str:
    if line.valid_to is None:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("PropertyDialog", "open"))
    if line.valid_to < line.valid_from:
        return translate(CONTEXT, QT_TRANSLATE_NOOP("PropertyDialog", "superseded before it began"))
    return format_date(line.valid_to)


MATCH_COLUMNS: tuple[TableColumn[PropertyMatch], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "Address"), lambda m: m.address),
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "Owner"), lambda m: m.owner_name),
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "Property manager"), lambda m: m.manager_name or NONE),
)

BIN_COLUMNS: tuple[TableColumn[BinHistoryLine], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "Kind of waste"), lambda b: bin_type_label(b.line.bin_type)),
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "Size"), _size, numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "Count"), lambda b: str(b.line.count), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "Interval"), lambda b: interval_label(b.line.interval)),
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "Since"), lambda b: format_date(b.valid_from)),
    TableColumn(
        QT_TRANSLATE_NOOP("PropertyDialog", "Annual fee"), lambda b: format_euro(b.annual_fee_cents), numeric=True
    ),
)

HISTORY_COLUMNS: tuple[TableColumn[BinHistoryLine], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "Kind of waste"), lambda b: bin_type_label(b.line.bin_type)),
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "Size"), _size, numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "Count"), lambda b: str(b.line.count), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "Interval"), lambda b: interval_label(b.line.interval)),
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "From"), lambda b: format_date(b.valid_from)),
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "To"), _until),
    TableColumn(QT_TRANSLATE_NOOP("PropertyDialog", "Case reference"), lambda b: b.case_reference or NONE),
)


class PropertyDialog(RegisterLookup):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__("property", CONTEXT, MATCH_COLUMNS, parent)
        self._workspace = workspace
        self.record: PropertyRecord | None = None
        self._open_if_one: str | None = None  # the search whose single match opens at once (asked for by the clerk)
        self.show_button.setText(self.tr("S&how"))
        self.setWindowTitle(self.tr("Waste-bin register"))
        fit_on_screen(self, 1200, 780)

        self.search, search_row, self.rule = self.search_field(
            "property",
            self.tr("Street and house number, or the owner's or manager's name"),
            self.tr(
                "The start of a street's name and a house number is an address (Amselw 7); anything else is "
                "names: each word starts a part of the owner's or the property manager's name (DIN 91379 search "
                "form), and the start of a street's name lists its properties too."
            ),
        )
        SharedColumns(self.table, {0: 3, 1: 3, 2: 2})

        facts_box, self.fact_labels = self.fact_rows(
            "property",
            (
                ("address", self.tr("Address:")),
                ("parcel", self.tr("Parcel:")),
                ("owner", self.tr("Owner:")),
                ("manager", self.tr("Property manager:")),
                ("registered", self.tr("In the register since:")),
                ("residents", self.tr("Residents:")),
            ),
        )
        facts_box.setTitle(self.tr("Property"))

        self.bins = RowTableModel(CONTEXT, BIN_COLUMNS, self)
        bins_table = record_table("propertyBins", self.bins)
        SharedColumns(bins_table, {0: 1})
        self.fee_total = plain_label(object_name="propertyFeeTotal")
        self.bins_box = QGroupBox(self.tr("Bins"))
        bins_layout = QVBoxLayout(self.bins_box)
        bins_layout.addWidget(bins_table, 1)
        bins_layout.addWidget(self.fee_total)

        self.history = RowTableModel(CONTEXT, HISTORY_COLUMNS, self)
        history_table = record_table("propertyHistory", self.history)
        SharedColumns(history_table, {6: 1})
        history_box = QGroupBox(self.tr("History of the bins"))
        QVBoxLayout(history_box).addWidget(history_table)

        record_layout = QVBoxLayout(self.record_pane)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(facts_box)
        record_layout.addWidget(self.bins_box, 1)
        record_layout.addWidget(history_box, 1)
        self.arrange(search_row, self.rule, (self.search,))

    def look_for(self, text: str, *, open_if_one: bool = False) -> None:
        """Search for ``text``, as if typed; with ``open_if_one`` (the clerk asked for the record of the property
        ``text`` names), a single match is opened at once."""
        self.search.setText(text)
        self._open_if_one = text if open_if_one else None
        self.run_search()

    # -- the search ------------------------------------------------------------------------------------------

    def run_search(self) -> None:
        self.search_timer.stop()
        self.problem.hide()
        text = self.search.text()
        ws = self._workspace
        ws.runner.run(
            search_properties(
                ws,
                text,
                limit=SEARCH_LIMIT,
                parent=self,
                on_success=lambda found: self._found(text, found),
                on_failure=self.show_problem,
            )
        )

    def _found(self, text: str, found: tuple[PropertyMatch, ...]) -> None:
        if text != self.search.text():
            return  # typed on meanwhile: the newer search answers
        self.show_found(
            text,
            found,
            lambda count: self.tr("Properties found: {count}").format(count=count),
            self.tr("The first {count} found: please search more precisely"),
        )
        if self._open_if_one == text:
            self._open_if_one = None
            if len(found) == 1:
                self.open_match(found[0])

    # -- one record ------------------------------------------------------------------------------------------

    def open_match(self, match: PropertyMatch) -> None:
        self.open_property(match.id)

    def open_property(self, property_id: int) -> None:
        ws = self._workspace
        ws.runner.run(load_property(ws, property_id, parent=self, on_success=self.show_record))

    def show_record(self, record: PropertyRecord) -> None:
        self.record = record
        match = record.match
        owner = match.owner_name + (f", {record.owner_address}" if record.owner_address else "")
        residents = self.tr(
            "{count} registered on {day}: at least {minimum} l of residual waste a week, "
            "the bins hold {litres} l a week"
        ).format(
            count=record.residents,
            day=_day(record.day),
            minimum=record.minimum_litres_per_week,
            litres=record.residual_litres_per_week,
        )
        if record.residual_litres_per_week < record.minimum_litres_per_week:
            residents += self.tr(" (below the statute's minimum)")
        values = {
            "address": match.address,
            "parcel": record.parcel or NONE,
            "owner": owner,
            "manager": match.manager_name or NONE,
            "registered": _day(record.registered_on),
            "residents": residents,
        }
        for key, value in values.items():
            self.fact_labels[key].setText(value)
        self.bins_box.setTitle(self.tr("Bins on {day}").format(day=_day(record.day)))
        self.bins.set_rows(record.bins)
        self.fee_total.setText(
            self.tr("Annual fee: {amount}").format(amount=format_euro(record.annual_fee_cents))
            if record.bins
            else self.tr("No bins in force on this day")
        )
        self.history.set_rows(record.history)
        self.record_pane.setEnabled(True)
