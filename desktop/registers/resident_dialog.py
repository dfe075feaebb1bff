"""Looking up a resident (Register → Einwohner suchen): search as you type, then open one record.

The search runs a moment after the last keystroke, on the task runner; the matching rule is shown above the list
(every typed word starts a part of the name in the DIN 91379 search form). A record is opened only on request
(Return, double click or "Anzeigen"), not by moving through the list: each record shown is a read of personal data
the law asks to log, and the operation logs it (the frame: :class:`desktop.registers.lookup_dialog.RegisterLookup`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.registers.labels import address_kind_label, change_label, sex_label, transmission_label
from desktop.registers.lookup_dialog import SEARCH_LIMIT, RegisterLookup
from desktop.registers.operations import load_resident, search_residents
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.errors import InvalidInput
from models.german_format import format_date
from models.operations.counter_cases import counter_birth_date
from models.operations.residents import AddressRow, ChangeRow, ResidentMatch, ResidentRecord

CONTEXT = "ResidentDialog"
BORN_AS = QT_TRANSLATE_NOOP("ResidentDialog", "{name} (born {birth_name})")


def _day(day: dt.date | None) -> str:
    return format_date(day) if day is not None else "–"


def _family_name(match: ResidentMatch) -> str:
    if match.birth_name and match.birth_name != match.family_name:
        return translate(CONTEXT, BORN_AS).format(name=match.family_name, birth_name=match.birth_name)
    return match.family_name


def _note(match: ResidentMatch) -> str:
    notes = []
    if match.died_on is not None:
        notes.append(QT_TRANSLATE_NOOP("ResidentDialog", "died {day}"))
    if match.information_block:
        notes.append(QT_TRANSLATE_NOOP("ResidentDialog", "information block"))
    return ", ".join(translate(CONTEXT, note).format(day=_day(match.died_on)) for note in notes)


MATCH_COLUMNS: tuple[TableColumn[ResidentMatch], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Family name"), _family_name),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Given names"), lambda m: m.given_names),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Born"), lambda m: _day(m.born)),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Main residence"), lambda m: m.address or "–"),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Note"), _note),
)
ADDRESS_COLUMNS: tuple[TableColumn[AddressRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Address"), lambda a: a.line),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "District"), lambda a: a.district),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Kind"), lambda a: address_kind_label(a.kind)),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Moved in"), lambda a: _day(a.moved_in)),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Moved out"), lambda a: _day(a.moved_out)),
)
CHANGE_COLUMNS: tuple[TableColumn[ChangeRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "No."), lambda c: str(c.number), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Change"), lambda c: change_label(c.kind)),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "Reason"), lambda c: c.reason),
    TableColumn(QT_TRANSLATE_NOOP("ResidentDialog", "By"), lambda c: c.changed_by),
    TableColumn(
        QT_TRANSLATE_NOOP("ResidentDialog", "When"),
        lambda c: c.changed_at.astimezone().strftime("%d.%m.%Y %H:%M"),
    ),
)


class ResidentDialog(RegisterLookup):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__("resident", CONTEXT, MATCH_COLUMNS, parent)
        self.show_button.setText(self.tr("&Show"))
        self._workspace = workspace
        self.record: ResidentRecord | None = None
        self.setWindowTitle(self.tr("Resident register"))
        fit_on_screen(self, 1200, 780)

        self.search = QLineEdit()
        self.search.setObjectName("residentSearch")
        self.search.setPlaceholderText(self.tr("Name, e.g. “weiss jürgen”"))
        self.search.setClearButtonEnabled(True)
        self.born = QLineEdit()
        self.born.setObjectName("residentBorn")
        self.born.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.born.setMaximumWidth(120)
        search_label = QLabel(self.tr("&Name:"))
        search_label.setBuddy(self.search)
        born_label = QLabel(self.tr("&Born on:"))
        born_label.setBuddy(self.born)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(born_label)
        search_row.addWidget(self.born)
        self.rule = plain_label(
            self.tr(
                "Each word you type must start a part of the name (given names, family name, birth name), compared "
                "in the DIN 91379 search form: “weiss” finds Weiß, “muller” does not find Müller but “mueller” does."
            ),
            object_name="residentSearchRule",
        )
        self.rule.setWordWrap(True)
        SharedColumns(self.table, {0: 2, 1: 2, 3: 4})

        facts_box, self.fact_labels = self.fact_rows(
            "resident",
            (
                ("name", self.tr("Name:")),
                ("birth_name", self.tr("Birth name:")),
                ("born", self.tr("Born:")),
                ("sex", self.tr("Sex:")),
                ("nationalities", self.tr("Nationalities:")),
                ("blocks", self.tr("Blocks:")),
                ("objections", self.tr("Objections:")),
                ("died", self.tr("Died:")),
            ),
        )
        facts_box.setTitle(self.tr("Entry"))
        self.addresses = RowTableModel(CONTEXT, ADDRESS_COLUMNS, self)
        addresses_table = record_table("residentAddresses", self.addresses)
        SharedColumns(addresses_table, {0: 1})
        addresses_box = QGroupBox(self.tr("Addresses"))
        QVBoxLayout(addresses_box).addWidget(addresses_table)
        self.history = RowTableModel(CONTEXT, CHANGE_COLUMNS, self)
        history_table = record_table("residentHistory", self.history)
        SharedColumns(history_table, {2: 1})
        history_box = QGroupBox(self.tr("History"))
        QVBoxLayout(history_box).addWidget(history_table)
        record_layout = QVBoxLayout(self.record_pane)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(facts_box)
        record_layout.addWidget(addresses_box, 1)
        record_layout.addWidget(history_box, 1)
        self.arrange(search_row, self.rule, (self.search, self.born))

    def look_for(self, name: str, born: dt.date | None = None) -> None:
        """Search for ``name`` (and the date of birth), as if typed."""
        self.born.setText(format_date(born) if born is not None else "")
        self.search.setText(name)
        self.run_search()

    # -- the search ------------------------------------------------------------------------------------------

    def run_search(self) -> None:
        self.search_timer.stop()
        self.problem.hide()
        try:
            born = counter_birth_date(self.born.text())
        except InvalidInput as error:
            self.show_problem(error)
            return
        name = self.search.text()
        ws = self._workspace
        ws.runner.run(
            search_residents(
                ws,
                name,
                born,
                limit=SEARCH_LIMIT,
                parent=self,
                on_success=lambda found: self._found(name, found),
                on_failure=self.show_problem,
            )
        )

    def _found(self, name: str, found: tuple[ResidentMatch, ...]) -> None:
        if name != self.search.text():
            return  # typed on meanwhile: the newer search answers
        self.show_found(
            name,
            found,
            lambda count: self.tr("Residents found: {count}").format(count=count),
            self.tr("The first {count} found: please search more precisely"),
        )

    # -- one record ------------------------------------------------------------------------------------------

    def open_match(self, match: ResidentMatch) -> None:
        self.open_resident(match.id)

    def open_resident(self, resident_id: int) -> None:
        ws = self._workspace
        ws.runner.run(load_resident(ws, resident_id, parent=self, on_success=self.show_record))

    def show_record(self, record: ResidentRecord) -> None:
        self.record = record
        name = " ".join(part for part in (record.doctoral_degree, record.given_names, record.family_name) if part)
        born = _day(record.born) + (f", {record.birth_place}" if record.birth_place else "")
        blocks = []
        if record.information_block_until is not None:
            blocks.append(
                self.tr("information block (§ 51 BMG) until {day}: {reason}").format(
                    day=_day(record.information_block_until), reason=record.information_block_reason or "–"
                )
            )
        if record.conditional_block_reason:
            conditional = self.tr("conditional block (§ 52 BMG): {reason}")
            blocks.append(conditional.format(reason=record.conditional_block_reason))
        values = {
            "name": name,
            "birth_name": record.birth_name or "–",
            "born": born,
            "sex": sex_label(record.sex),
            "nationalities": ", ".join(record.nationalities) or "–",
            "blocks": "\n".join(blocks) or self.tr("none"),
            "objections": ", ".join(transmission_label(b) for b in record.transmission_blocks) or self.tr("none"),
            "died": _day(record.died_on),
        }
        for key, value in values.items():
            self.fact_labels[key].setText(value)
        self.addresses.set_rows(record.addresses)
        self.history.set_rows(record.history)
        self.record_pane.setEnabled(True)
