"""Looking up an entry of the civil-status registers (Register → Personenstandseintrag suchen), for the registry
officer: search by name (and the day of the event), then open one entry as it stands — its persons with every
annotation applied, the annotations themselves, the retention, the § 63 block — and the certificates issued from
it. The search runs on the task runner a moment after the last keystroke; each search and each entry opened is an
audit record (the operations log them). The frame is :class:`desktop.registers.lookup_dialog.RegisterLookup`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.labels import certificate_kind_label
from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.registers.labels import sex_label
from desktop.registers.lookup_dialog import SEARCH_LIMIT, RegisterLookup
from desktop.registers.operations import EntryWithCertificates, load_civil_entry, search_civil_entries
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.errors import InvalidInput
from models.german_format import format_date
from models.operations.certificates import IssuedRow
from models.operations.civil_status import CivilEntryMatch, CivilEntryRecord
from models.operations.counter_cases import counter_birth_date
from models.registers.civil_status.entries import PersonRole, RegisterKind, StandingAnnotation, StandingPerson

CONTEXT = "CivilEntryDialog"
NONE = "–"

REGISTERS = {
    RegisterKind.BIRTH: QT_TRANSLATE_NOOP("CivilEntryDialog", "Birth register"),
    RegisterKind.MARRIAGE: QT_TRANSLATE_NOOP("CivilEntryDialog", "Marriage register"),
    RegisterKind.PARTNERSHIP: QT_TRANSLATE_NOOP("CivilEntryDialog", "Civil partnership register"),
    RegisterKind.DEATH: QT_TRANSLATE_NOOP("CivilEntryDialog", "Death register"),
}
ROLES = {
    PersonRole.CHILD: QT_TRANSLATE_NOOP("CivilEntryDialog", "Child"),
    PersonRole.MOTHER: QT_TRANSLATE_NOOP("CivilEntryDialog", "Mother"),
    PersonRole.FATHER: QT_TRANSLATE_NOOP("CivilEntryDialog", "Father"),
    PersonRole.PARENT: QT_TRANSLATE_NOOP("CivilEntryDialog", "Parent"),
    PersonRole.SPOUSE: QT_TRANSLATE_NOOP("CivilEntryDialog", "Spouse"),
    PersonRole.PARTNER: QT_TRANSLATE_NOOP("CivilEntryDialog", "Partner"),
    PersonRole.DECEASED: QT_TRANSLATE_NOOP("CivilEntryDialog", "Deceased"),
    PersonRole.INFORMANT: QT_TRANSLATE_NOOP("CivilEntryDialog", "Informant"),
}


def _day(day: dt.date | None) -> str:
    return format_date(day) if day is not None else NONE


def _register(kind: RegisterKind) -> str:
    return translate(CONTEXT, REGISTERS[kind])


MATCH_COLUMNS: tuple[TableColumn[CivilEntryMatch], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Register number"), lambda m: m.register_number),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Register"), lambda m: _register(m.kind)),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Persons"), lambda m: "; ".join(m.names)),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Event"), lambda m: f"{_day(m.event_date)}, {m.event_place}"),
    TableColumn(
        QT_TRANSLATE_NOOP("CivilEntryDialog", "§ 63"),
        lambda m: translate(CONTEXT, QT_TRANSLATE_NOOP("CivilEntryDialog", "blocked")) if m.restricted else "",
    ),
)
PERSON_COLUMNS: tuple[TableColumn[StandingPerson], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Role"), lambda p: translate(CONTEXT, ROLES[p.role])),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Family name"), lambda p: p.family_name),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Given names"), lambda p: p.given_names or NONE),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Birth name"), lambda p: p.birth_name or NONE),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Sex"), lambda p: sex_label(p.sex) if p.sex else NONE),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Born"), lambda p: _day(p.born)),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Place of birth"), lambda p: p.birth_place or NONE),
)
ANNOTATION_COLUMNS: tuple[TableColumn[StandingAnnotation], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "No."), lambda a: str(a.number), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Recorded"), lambda a: _day(a.recorded_on)),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Annotation"), lambda a: a.text),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Officer"), lambda a: a.officer_name),
)
CERTIFICATE_COLUMNS: tuple[TableColumn[IssuedRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Issued"), lambda c: _day(c.issued_on)),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Certificate"), lambda c: certificate_kind_label(c.kind)),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Verification code"), lambda c: c.verification_code),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryDialog", "Sheet"), lambda c: str(c.sheet_serial), numeric=True),
    TableColumn(
        QT_TRANSLATE_NOOP("CivilEntryDialog", "Status"),
        lambda c: (
            translate(CONTEXT, QT_TRANSLATE_NOOP("CivilEntryDialog", "revoked {day}")).format(day=_day(c.revoked_on))
            if c.revoked_on
            else translate(CONTEXT, QT_TRANSLATE_NOOP("CivilEntryDialog", "valid"))
        ),
    ),
)


def searched_names(text: str) -> tuple[str, str]:
    """ "Nowak Lena" → family name "Nowak", given names "Lena"; "von Bergen, Anna" → "von Bergen", "Anna"."""
    if "," in text:
        family, _comma, given = text.partition(",")
        return family.strip(), given.strip()
    words = text.split()
    return (words[0], " ".join(words[1:])) if words else ("", "")


class CivilEntryDialog(RegisterLookup):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__("civil_entry", CONTEXT, MATCH_COLUMNS, parent)
        self._workspace = workspace
        self.record: CivilEntryRecord | None = None
        self.show_button.setText(self.tr("S&how"))
        self.setWindowTitle(self.tr("Civil-status registers"))
        fit_on_screen(self, 1240, 800)

        self.search = QLineEdit()
        self.search.setObjectName("civilEntrySearch")
        self.search.setPlaceholderText(self.tr("Family name and given names, e.g. “nowak lena”"))
        self.search.setClearButtonEnabled(True)
        self.event_day = QLineEdit()
        self.event_day.setObjectName("civilEntryDay")
        self.event_day.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.event_day.setMaximumWidth(120)
        search_label = QLabel(self.tr("&Name:"))
        search_label.setBuddy(self.search)
        day_label = QLabel(self.tr("&Day of the event:"))
        day_label.setBuddy(self.event_day)
        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(day_label)
        search_row.addWidget(self.event_day)
        self.rule = plain_label(
            self.tr(
                "The first word is the family name as recorded (also a birth name), compared exactly in the DIN 91379 "
                "search form (“mueller” finds Müller); each further word starts a given name. A family name of "
                "several words ends with a comma: “von bergen, anna”."
            ),
            object_name="civilEntrySearchRule",
        )
        self.rule.setWordWrap(True)
        SharedColumns(self.table, {2: 3, 3: 2})

        facts_box, self.fact_labels = self.fact_rows(
            "civil_entry",
            (
                ("number", self.tr("Register number:")),
                ("event", self.tr("Event:")),
                ("recorded", self.tr("Recorded:")),
                ("block", self.tr("§ 63 PStG:")),
                ("retention", self.tr("Kept until:")),
            ),
        )
        facts_box.setTitle(self.tr("Entry as it stands"))
        self.persons = RowTableModel(CONTEXT, PERSON_COLUMNS, self)
        persons_table = record_table("civilEntryPersons", self.persons)
        SharedColumns(persons_table, {1: 2, 2: 2, 6: 2})
        persons_box = QGroupBox(self.tr("Persons"))
        QVBoxLayout(persons_box).addWidget(persons_table)
        self.annotations = RowTableModel(CONTEXT, ANNOTATION_COLUMNS, self)
        annotations_table = record_table("civilEntryAnnotations", self.annotations)
        SharedColumns(annotations_table, {2: 1})
        annotations_box = QGroupBox(self.tr("Annotations"))
        QVBoxLayout(annotations_box).addWidget(annotations_table)
        self.certificates = RowTableModel(CONTEXT, CERTIFICATE_COLUMNS, self)
        certificates_table = record_table("civilEntryCertificates", self.certificates)
        SharedColumns(certificates_table, {1: 2, 2: 2})
        certificates_box = QGroupBox(self.tr("Certificates issued"))
        QVBoxLayout(certificates_box).addWidget(certificates_table)
        record_layout = QVBoxLayout(self.record_pane)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addWidget(facts_box)
        record_layout.addWidget(persons_box, 2)
        record_layout.addWidget(annotations_box, 1)
        record_layout.addWidget(certificates_box, 1)
        self.arrange(search_row, self.rule, (self.search, self.event_day), record_share=0.6)

    # -- the search ------------------------------------------------------------------------------------------

    def run_search(self) -> None:
        self.search_timer.stop()
        self.problem.hide()
        try:
            day = counter_birth_date(self.event_day.text())
        except InvalidInput as error:
            self.show_problem(error)
            return
        typed = self.search.text()
        family, given = searched_names(typed)
        ws = self._workspace
        ws.runner.run(
            search_civil_entries(
                ws,
                family,
                given,
                day,
                limit=SEARCH_LIMIT,
                parent=self,
                on_success=lambda found: self._found(typed, found),
                on_failure=self.show_problem,
            )
        )

    def _found(self, typed: str, found: tuple[CivilEntryMatch, ...]) -> None:
        if typed != self.search.text():
            return  # typed on meanwhile: the newer search answers
        self.show_found(
            typed,
            found,
            lambda count: self.tr("Entries found: {count}").format(count=count),
            self.tr("The first {count} found: please search more precisely"),
        )

    # -- one entry -------------------------------------------------------------------------------------------

    def open_match(self, match: CivilEntryMatch) -> None:
        self.open_entry(match.id)

    def open_entry(self, entry_id: int) -> None:
        ws = self._workspace
        ws.runner.run(load_civil_entry(ws, entry_id, parent=self, on_success=self.show_record))

    def show_record(self, loaded: EntryWithCertificates) -> None:
        record = loaded.record
        self.record = record
        entry = record.entry
        values = {
            "number": f"{entry.register_number} ({_register(entry.kind)})",
            "event": f"{_day(entry.event_date)}, {entry.event_place}",
            "recorded": self.tr("{day} by {officer}").format(day=_day(entry.recorded_on), officer=entry.officer_name),
            "block": self.tr("certificates to the person concerned only") if entry.restricted else self.tr("none"),
            "retention": _day(entry.retention_ends),
        }
        for key, value in values.items():
            self.fact_labels[key].setText(value)
        self.persons.set_rows(entry.persons)
        self.annotations.set_rows(entry.annotations)
        self.certificates.set_rows(loaded.certificates)
        self.record_pane.setEnabled(True)
