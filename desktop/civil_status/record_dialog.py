"""Recording a new entry (Beurkundung) in a civil-status register: the register, the days of recording and of the
event, the place, the certifying officer, the § 63 PStG block, and the persons of the register's roles — the child
and one or two parents (mother, father or parent); the two spouses; the two partners; the deceased and the
informant. Each register has its own page of persons, so switching the register loses nothing typed.

The dialog stays open while the operation runs and after it fails, so nothing typed is lost: the refusal (a name
outside DIN 91379, a missing person, a date after the recording) is shown as the German message over it. The
register number is allocated by the operation; :attr:`RecordDialog.recorded` carries it.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.civil_status.dates import NotADay, typed_day
from desktop.civil_status.labels import register_label, role_label, sex_label
from desktop.civil_status.operations import record_entry
from desktop.core.plain_text import plain_label
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import show_error
from models.german_format import format_date, today
from models.operations.civil_status import EntryRow, NewEntry, NewPerson
from models.registers.civil_status.entries import PersonRole, RegisterKind
from models.registers.residents.resident import Sex

PROBLEM_STYLE = "color: #a4000f; font-weight: bold;"
PARENT_ROLES = (PersonRole.MOTHER, PersonRole.FATHER, PersonRole.PARENT)


class DayProblem(Exception):
    """A day typed that is no ``TT.MM.JJJJ``: the message to show and the field to correct."""

    def __init__(self, message: str, field: QLineEdit) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


class PersonFields(QGroupBox):
    """The fields of one person of the entry: names, sex, date and place of birth; for a parent, also the role."""

    def __init__(
        self,
        title: str,
        role: PersonRole,
        *,
        required: bool,
        roles: tuple[PersonRole, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.required = required
        self._role = role
        self.role: QComboBox | None = None
        grid = QGridLayout(self)
        row = 0
        if roles:
            self.role = QComboBox()
            for choice in roles:
                self.role.addItem(role_label(choice), choice)
            self.role.setCurrentIndex(roles.index(role))
            self._add(grid, row, 0, self.tr("Role:"), self.role)
            row += 1
        self.family_name = QLineEdit()
        self.given_names = QLineEdit()
        self.birth_name = QLineEdit()
        self.sex = QComboBox()
        self.sex.addItem("–", None)
        for sex in Sex:
            self.sex.addItem(sex_label(sex), sex)
        self.born = QLineEdit()
        self.born.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.birth_place = QLineEdit()
        self._add(grid, row, 0, self.tr("Family name:"), self.family_name)
        self._add(grid, row, 2, self.tr("Given names:"), self.given_names)
        self._add(grid, row + 1, 0, self.tr("Birth name:"), self.birth_name)
        self._add(grid, row + 1, 2, self.tr("Sex:"), self.sex)
        self._add(grid, row + 2, 0, self.tr("Date of birth:"), self.born)
        self._add(grid, row + 2, 2, self.tr("Place of birth:"), self.birth_place)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

    @staticmethod
    def _add(grid: QGridLayout, row: int, column: int, caption: str, field: QWidget) -> None:
        label = QLabel(caption)
        label.setBuddy(field)
        grid.addWidget(label, row, column)
        grid.addWidget(field, row, column + 1)

    def is_empty(self) -> bool:
        fields = (self.family_name, self.given_names, self.birth_name, self.born, self.birth_place)
        return not any(field.text().strip() for field in fields) and self.sex.currentData() is None

    def new_person(self) -> NewPerson:
        """The person as typed (names as typed: the operation checks them against DIN 91379)."""
        try:
            born = typed_day(self.born.text())
        except NotADay:
            message = self.tr("Please enter the date of birth ({person}) as TT.MM.JJJJ, for example 23.08.1991.")
            raise DayProblem(message.format(person=self.title()), self.born) from None
        role = self.role.currentData() if self.role is not None else self._role
        return NewPerson(
            PersonRole(role),
            self.family_name.text(),
            self.given_names.text(),
            birth_name=self.birth_name.text() or None,
            sex=self.sex.currentData(),
            born=born,
            birth_place=self.birth_place.text() or None,
        )


class RecordDialog(QDialog):
    recorded = Signal(object)  # the EntryRow of the entry recorded

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.setObjectName("civilRecordDialog")
        self.setWindowTitle(self.tr("Record a civil-status entry"))
        fit_on_screen(self, 900, 760)

        self.kind = QComboBox()
        self.kind.setObjectName("civilRecordKind")
        for kind in RegisterKind:
            self.kind.addItem(register_label(kind), kind)
        self.recorded_on = QLineEdit(format_date(today()))
        self.recorded_on.setObjectName("civilRecordRecordedOn")
        self.recorded_on.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.event_date = QLineEdit()
        self.event_date.setObjectName("civilRecordEventDate")
        self.event_date.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.event_place = QLineEdit()
        self.event_place.setObjectName("civilRecordEventPlace")
        self.officer = QLineEdit(workspace.actor.display_name)
        self.officer.setObjectName("civilRecordOfficer")
        self.restricted = QCheckBox(self.tr("Blocking notice under § 63 PStG (adoption, change of the sex entry)"))
        self.restricted.setObjectName("civilRecordRestricted")
        form = QFormLayout()
        form.addRow(self.tr("Re&gister:"), self.kind)
        form.addRow(self.tr("Recorded &on:"), self.recorded_on)
        form.addRow(self.tr("Date of the &event:"), self.event_date)
        form.addRow(self.tr("&Place of the event:"), self.event_place)
        form.addRow(self.tr("Certifying o&fficer:"), self.officer)
        form.addRow("", self.restricted)

        self.pages: dict[RegisterKind, tuple[PersonFields, ...]] = {
            RegisterKind.BIRTH: (
                PersonFields(self.tr("Child"), PersonRole.CHILD, required=True),
                PersonFields(self.tr("First parent"), PersonRole.MOTHER, required=False, roles=PARENT_ROLES),
                PersonFields(self.tr("Second parent"), PersonRole.FATHER, required=False, roles=PARENT_ROLES),
            ),
            RegisterKind.MARRIAGE: (
                PersonFields(self.tr("First spouse"), PersonRole.SPOUSE, required=True),
                PersonFields(self.tr("Second spouse"), PersonRole.SPOUSE, required=True),
            ),
            RegisterKind.PARTNERSHIP: (
                PersonFields(self.tr("First partner"), PersonRole.PARTNER, required=True),
                PersonFields(self.tr("Second partner"), PersonRole.PARTNER, required=True),
            ),
            RegisterKind.DEATH: (
                PersonFields(self.tr("Deceased"), PersonRole.DECEASED, required=True),
                PersonFields(self.tr("Informant (optional)"), PersonRole.INFORMANT, required=False),
            ),
        }
        self.stack = QStackedWidget()
        for kind in RegisterKind:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            for person in self.pages[kind]:
                page_layout.addWidget(person)
            page_layout.addStretch(1)
            self.stack.addWidget(page)
        self.kind.currentIndexChanged.connect(self.stack.setCurrentIndex)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.stack)

        self.problem = plain_label(object_name="civilRecordProblem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = self.buttons.addButton(self.tr("&Record"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("civilRecordSave")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def persons(self) -> tuple[PersonFields, ...]:
        """The persons' fields of the register chosen."""
        return self.pages[RegisterKind(self.kind.currentData())]

    def _day(self, field: QLineEdit, message: str) -> dt.date:
        try:
            day = typed_day(field.text())
        except NotADay:
            day = None
        if day is None:
            raise DayProblem(message, field)
        return day

    def new_entry(self) -> NewEntry:
        """The entry as typed; :class:`DayProblem` for a day that is no ``TT.MM.JJJJ``. Persons of an optional role
        left empty are not recorded."""
        recorded_on = self._day(
            self.recorded_on, self.tr("Please enter the date of recording as TT.MM.JJJJ, for example 26.08.2026.")
        )
        event_date = self._day(
            self.event_date, self.tr("Please enter the date of the event as TT.MM.JJJJ, for example 23.08.2026.")
        )
        persons = tuple(person.new_person() for person in self.persons() if person.required or not person.is_empty())
        return NewEntry(
            RegisterKind(self.kind.currentData()),
            recorded_on,
            event_date,
            self.event_place.text(),
            self.officer.text(),
            persons,
            restricted=self.restricted.isChecked(),
        )

    def submit(self) -> None:
        self.problem.hide()
        try:
            entry = self.new_entry()
        except DayProblem as problem:
            self.problem.setText(problem.message)
            self.problem.show()
            problem.field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.save.setEnabled(False)
        ws = self._workspace
        ws.runner.run(record_entry(ws, entry, parent=self, on_success=self._recorded, on_failure=self._refused))

    def _recorded(self, row: EntryRow) -> None:
        self.recorded.emit(row)
        self.accept()

    def _refused(self, error: Exception) -> None:
        """Nothing was recorded: everything typed stays, the message says why."""
        self.save.setEnabled(True)
        show_error(self, error)
