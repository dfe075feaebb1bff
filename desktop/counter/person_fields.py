"""The citizen at the counter: name parts and address as DIN 91379 asks for them, filled from an earlier
application or typed anew. What the fields hold becomes an :class:`ApplicantInput`; the operation checks it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QWidget

from models.errors import InvalidInput
from models.operations.case_creation import ApplicantInput
from models.operations.counter_cases import counter_birth_date
from models.operations.people_search import PersonMatch

#: (attribute, object name), in the order of the form and of the tab chain.
_FIELDS = (
    ("title", "personTitle"),
    ("given_names", "personGivenNames"),
    ("name_prefix", "personNamePrefix"),
    ("family_name", "personFamilyName"),
    ("birth_name", "personBirthName"),
    ("date_of_birth", "personBirthDate"),
    ("street", "personStreet"),
    ("house_number", "personHouseNumber"),
    ("postcode", "personPostcode"),
    ("city", "personCity"),
    ("email", "personEmail"),
    ("phone", "personPhone"),
)

#: Where each field of the citizen stands in a service form's applicant block (the shipped schemas' names).
FORM_APPLICANT_PATHS: dict[str, tuple[str, ...]] = {
    "title": ("title",),
    "given_names": ("givenNames",),
    "name_prefix": ("namePrefix",),
    "family_name": ("familyName",),
    "birth_name": ("birthName",),
    "date_of_birth": ("dateOfBirth",),
    "street": ("address", "street"),
    "house_number": ("address", "houseNumber"),
    "postcode": ("address", "postcode"),
    "city": ("address", "city"),
    "email": ("email",),
    "phone": ("phone",),
}


class PersonFields(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        labels = {
            "title": self.tr("Degree:"),
            "given_names": self.tr("Given names:"),
            "name_prefix": self.tr("Name prefix:"),
            "family_name": self.tr("Family name: *"),
            "birth_name": self.tr("Birth name:"),
            "date_of_birth": self.tr("Date of birth:"),
            "street": self.tr("Street, number:"),
            "postcode": self.tr("Postcode, city:"),
            "email": self.tr("E-mail:"),
            "phone": self.tr("Phone:"),
        }
        for name, object_name in _FIELDS:
            edit = QLineEdit()
            edit.setObjectName(object_name)
            edit.textEdited.connect(lambda _text: self.changed.emit())
            self.edits[name] = edit
        self.edits["date_of_birth"].setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.edits["house_number"].setMaximumWidth(80)
        self.edits["postcode"].setMaximumWidth(80)
        for name in ("title", "given_names", "name_prefix", "family_name", "birth_name", "date_of_birth"):
            form.addRow(QLabel(labels[name]), self.edits[name])
        street_row = QHBoxLayout()
        street_row.addWidget(self.edits["street"], 1)
        street_row.addWidget(self.edits["house_number"])
        form.addRow(QLabel(labels["street"]), street_row)
        city_row = QHBoxLayout()
        city_row.addWidget(self.edits["postcode"])
        city_row.addWidget(self.edits["city"], 1)
        form.addRow(QLabel(labels["postcode"]), city_row)
        form.addRow(QLabel(labels["email"]), self.edits["email"])
        form.addRow(QLabel(labels["phone"]), self.edits["phone"])
        self.problem = QLabel()
        self.problem.setObjectName("personProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4000f;")
        self.problem.hide()
        form.addRow(self.problem)

    def chain(self) -> list[QWidget]:
        """The fields in tab order."""
        return [self.edits[name] for name, _object in _FIELDS]

    def fill(self, person: PersonMatch) -> None:
        for name, edit in self.edits.items():
            value = getattr(person, name)
            edit.setText(value.strftime("%d.%m.%Y") if name == "date_of_birth" and value else (value or ""))
        self.changed.emit()

    def applicant(self) -> ApplicantInput:
        """The person as typed; ``InvalidInput`` for a date of birth that is none (the rest the operation checks)."""
        texts = {name: edit.text().strip() or None for name, edit in self.edits.items()}
        birth = counter_birth_date(self.edits["date_of_birth"].text())
        return ApplicantInput(
            given_names=texts["given_names"] or "",
            family_name=texts["family_name"] or "",
            title=texts["title"],
            name_prefix=texts["name_prefix"],
            birth_name=texts["birth_name"],
            date_of_birth=birth,
            street=texts["street"],
            house_number=texts["house_number"],
            postcode=texts["postcode"],
            city=texts["city"],
            email=texts["email"],
            phone=texts["phone"],
        )

    def form_applicant(self) -> dict[tuple[str, ...], str | None]:
        """The citizen as a form's applicant block holds them: by path, the date of birth as ISO (empty while
        what is typed is no date; :meth:`applicant` names that problem)."""
        values: dict[tuple[str, ...], str | None] = {}
        for name, path in FORM_APPLICANT_PATHS.items():
            text = self.edits[name].text().strip() or None
            if name == "date_of_birth" and text is not None:
                try:
                    born = counter_birth_date(text)
                except InvalidInput:
                    born = None
                text = born.isoformat() if born is not None else None
            values[path] = text
        return values

    def to_draft(self) -> dict[str, Any]:
        return {name: edit.text() for name, edit in self.edits.items() if edit.text()}

    def from_draft(self, data: dict[str, Any]) -> None:
        for name, edit in self.edits.items():
            value = data.get(name)
            edit.setText(value if isinstance(value, str) else "")

    def show_problem(self, field: str | None, text: str | None) -> None:
        """A refused value: the message under the fields, the focus in the field it names."""
        if text is None:
            self.problem.hide()
            return
        self.problem.setText(text)
        self.problem.show()
        if field in self.edits:
            self.edits[field].setFocus()
