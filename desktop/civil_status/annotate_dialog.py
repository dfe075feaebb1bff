"""Adding an annotation (Folgebeurkundung) to an entry: its kind, the day, the text as it is to appear in the
register, and optionally one change of a person's field (a name change, a correction of the date of birth …),
chosen from the entry's persons and the fields an annotation may change. The entry itself is never edited; the
entry as it stands shows the change applied.

As with recording, the dialog stays open after a refusal with everything typed, and shows the German message.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.civil_status.dates import NotADay, typed_day
from desktop.civil_status.labels import annotation_kind_label, person_field_label, role_label, sex_label
from desktop.civil_status.operations import annotate_entry
from desktop.core.plain_text import plain_label
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.widgets.error_dialogs import show_error
from models.german_format import format_date, today
from models.operations.civil_status import AnnotationRow, CivilEntryRecord
from models.registers.civil_status.entries import PERSON_FIELDS, AnnotationKind
from models.registers.residents.resident import Sex

PROBLEM_STYLE = "color: #a4000f; font-weight: bold;"


def person_choices(record: CivilEntryRecord) -> list[tuple[str, dict[str, Any]]]:
    """The entry's persons as (label, where an annotation finds them): "Kind: Zoë Brand", role and position."""
    choices: list[tuple[str, dict[str, Any]]] = []
    positions: dict[str, int] = {}
    for person in record.entry.persons:
        positions[person.role.value] = positions.get(person.role.value, 0) + 1
        name = f"{person.given_names} {person.family_name}".strip()
        where = {"role": person.role.value, "position": positions[person.role.value]}
        choices.append((f"{role_label(person.role)}: {name}", where))
    return choices


class AnnotateDialog(QDialog):
    annotated = Signal(object)  # the AnnotationRow recorded

    def __init__(self, workspace: Workspace, record: CivilEntryRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.record = record
        self.setObjectName("civilAnnotateDialog")
        self.setWindowTitle(self.tr("Annotation to {number}").format(number=record.entry.register_number))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        fit_on_screen(self, 720, 520)

        self.kind = QComboBox()
        self.kind.setObjectName("civilAnnotationKind")
        for kind in AnnotationKind:
            self.kind.addItem(annotation_kind_label(kind), kind)
        self.recorded_on = QLineEdit(format_date(today()))
        self.recorded_on.setObjectName("civilAnnotationRecordedOn")
        self.recorded_on.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.text = QPlainTextEdit()
        self.text.setObjectName("civilAnnotationText")
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("As it is to appear in the register and on certified printouts"))
        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("Recorded &on:"), self.recorded_on)
        form.addRow(self.tr("&Text:"), self.text)

        self.person = QComboBox()
        self.person.setObjectName("civilAnnotationPerson")
        self.person.addItem(self.tr("no change of a person"), None)
        for label, where in person_choices(record):
            self.person.addItem(label, where)
        self.field = QComboBox()
        self.field.setObjectName("civilAnnotationField")
        for field in PERSON_FIELDS:
            self.field.addItem(person_field_label(field), field)
        self.value = QLineEdit()
        self.value.setObjectName("civilAnnotationValue")
        self.sex = QComboBox()
        self.sex.setObjectName("civilAnnotationSex")
        self.sex.addItem("–", None)
        for sex in Sex:
            self.sex.addItem(sex_label(sex), sex)
        self.value_stack = QStackedWidget()
        self.value_stack.addWidget(self.value)
        self.value_stack.addWidget(self.sex)
        self.value_stack.setFixedHeight(self.value.sizeHint().height())
        self.field.currentIndexChanged.connect(self._field_chosen)
        self.person.currentIndexChanged.connect(self._person_chosen)
        change_form = QFormLayout()
        change_form.addRow(self.tr("&Person:"), self.person)
        change_form.addRow(self.tr("&Field:"), self.field)
        change_form.addRow(self.tr("&New value:"), self.value_stack)
        change_box = QGroupBox(self.tr("Change (optional)"))
        change_box.setLayout(change_form)

        self.problem = plain_label(object_name="civilAnnotationProblem")
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = self.buttons.addButton(self.tr("&Record annotation"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("civilAnnotationSave")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(change_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._person_chosen()
        self.kind.setFocus(Qt.FocusReason.OtherFocusReason)

    def _person_chosen(self) -> None:
        changing = self.person.currentData() is not None
        self.field.setEnabled(changing)
        self.value_stack.setEnabled(changing)

    def _field_chosen(self) -> None:
        self.value_stack.setCurrentWidget(self.sex if self.field.currentData() == "sex" else self.value)

    def _problem(self, message: str, field: QWidget) -> None:
        self.problem.setText(message)
        self.problem.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)

    def changes(self) -> list[dict[str, Any]] | None:
        """The change chosen (none, or one) in the shape the operation takes; None when a date is no date."""
        where = self.person.currentData()
        if where is None:
            return []
        field = str(self.field.currentData())
        value: str | None
        if field == "sex":
            sex = self.sex.currentData()
            value = Sex(sex).value if sex is not None else None
        elif field == "born":
            try:
                born = typed_day(self.value.text())
            except NotADay:
                self._problem(self.tr("Please enter the new date of birth as TT.MM.JJJJ."), self.value)
                return None
            value = born.isoformat() if born is not None else None
        else:
            value = self.value.text() or None
        return [{**where, "field": field, "value": value}]

    def submit(self) -> None:
        self.problem.hide()
        try:
            recorded_on = typed_day(self.recorded_on.text())
        except NotADay:
            recorded_on = None
        if recorded_on is None:
            self._problem(self.tr("Please enter the date of the annotation as TT.MM.JJJJ."), self.recorded_on)
            return
        changes = self.changes()
        if changes is None:
            return
        self.save.setEnabled(False)
        ws = self._workspace
        ws.runner.run(
            annotate_entry(
                ws,
                self.record.entry.id,
                AnnotationKind(self.kind.currentData()),
                recorded_on,
                self.text.toPlainText(),
                changes,
                parent=self,
                on_success=self._annotated,
                on_failure=self._refused,
            )
        )

    def _annotated(self, row: AnnotationRow) -> None:
        self.annotated.emit(row)
        self.accept()

    def _refused(self, error: Exception) -> None:
        self.save.setEnabled(True)
        show_error(self, error)
