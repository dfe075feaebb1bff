"""A new case at the counter (Vorgang → Neuer Vorgang am Schalter, Ctrl+Shift+N), keyboard first.

Find the service by typing, find the citizen among earlier applicants or type a new one, fill the service's form
(built from its schema; a generic form for services without one), add scanned documents, save. "Sofort erledigen"
approves at once, takes the whole fee and prints the confirmation and the receipt for the citizen to take home.

Nothing typed is lost: a refused save keeps the form and says what to correct, and the form is kept as the
clerk's draft a moment after each change, so a crash or a closed window offers it again on the next start.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.core.plain_text import plain_label
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.counter.operations import (
    complete_case,
    discard_draft,
    load_services,
    print_for_the_citizen,
    read_documents,
    reread_draft_documents,
    save_case,
    save_draft,
    search_people,
)
from desktop.counter.person_fields import FORM_APPLICANT_PATHS, PersonFields
from desktop.counter.pickers import PersonPicker, ServicePicker
from desktop.counter.scanned_documents import RereadDocuments, ScannedDocument
from desktop.messages.error_messages import describe_error
from desktop.widgets.error_dialogs import show_crash
from desktop.widgets.printer_choice import PrinterChoice
from desktop.widgets.schema_form.form import SchemaForm
from desktop.widgets.tariff_amount import TariffAmount
from models.cases import Channel
from models.errors import InvalidInput
from models.operations.case_creation import NewCase
from models.operations.counter_cases import CompletedAtCounter
from models.operations.people_search import PersonMatch
from models.operations.rows import CaseRow
from models.payment_methods import PaymentMethod
from models.service_search import ServiceChoice
from models.services.registry import form_schema_for
from models.upload_files import MAX_UPLOADS, check_upload_count

DRAFT_DELAY_MS = 2000
ERROR_STYLE = "color: #a4000f; font-weight: bold;"


class CounterCaseDialog(QDialog):
    saved = Signal(object)  # CaseRow of the new case
    completed = Signal(object)  # CompletedAtCounter

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, *, draft: dict[str, Any] | None = None
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._draft = draft
        self.service: ServiceChoice | None = None
        self.form: SchemaForm | None = None
        self.documents: list[ScannedDocument] = []
        self.file_dialog: QFileDialog | None = None
        self.setObjectName("counterCaseDialog")
        self.setWindowTitle(self.tr("New case at the counter"))
        fit_on_screen(self, 1200, 820)

        self.service_picker = ServicePicker()
        self.service_label = plain_label(object_name="counterService")
        self.tariff = TariffAmount()  # only for a service whose fee the clerk sets by tariff
        self.tariff.hide()
        self._tariff_touched = False  # "Save" sets the fee only when the clerk has entered an amount
        service_box = QGroupBox(self.tr("1. Service"))
        service_layout = QVBoxLayout(service_box)
        service_layout.addWidget(self.service_picker)
        service_layout.addWidget(self.service_label)
        service_layout.addWidget(self.tariff)

        self.person_picker = PersonPicker(self._search_people)
        self.person = PersonFields()
        person_box = QGroupBox(self.tr("2. Citizen"))
        person_layout = QVBoxLayout(person_box)
        person_layout.addWidget(self.person_picker)
        person_layout.addWidget(self.person)

        self.form_area = QScrollArea()
        self.form_area.setWidgetResizable(True)
        self.form_area.setWidget(QLabel(self.tr("Please choose the service first.")))
        form_box = QGroupBox(self.tr("3. Details"))
        QVBoxLayout(form_box).addWidget(self.form_area)

        self.document_list = QListWidget()
        self.document_list.setObjectName("counterDocuments")
        self.document_list.setMaximumHeight(110)
        self.add_document_button = QPushButton(self.tr("Add &document…"))
        self.add_document_button.setObjectName("addDocument")
        self.remove_document_button = QPushButton(self.tr("Re&move"))
        documents_box = QGroupBox(self.tr("4. Scanned documents (PDF, JPEG, PNG)"))
        documents_layout = QVBoxLayout(documents_box)
        documents_layout.addWidget(self.document_list)
        document_buttons = QHBoxLayout()
        document_buttons.addWidget(self.add_document_button)
        document_buttons.addWidget(self.remove_document_button)
        document_buttons.addStretch(1)
        documents_layout.addLayout(document_buttons)

        self.method = QComboBox()
        self.method.setObjectName("counterMethod")
        self.method.addItem(self.tr("cash"), PaymentMethod.CASH)
        self.method.addItem(self.tr("girocard"), PaymentMethod.CARD)
        method_label = QLabel(self.tr("Pa&yment:"))
        method_label.setBuddy(self.method)
        self.printers = PrinterChoice(workspace)

        self.problem = plain_label(object_name="counterProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.hide()
        self.status = plain_label(object_name="counterStatus")

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("saveCounterCase")
        self.complete_button = QPushButton(self.tr("Complete &now"))
        self.complete_button.setObjectName("completeCounterCase")
        self.complete_button.setToolTip(
            self.tr("Approve at once, take the whole fee and print the confirmation and the receipt")
        )
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        for button in (self.save_button, self.complete_button):
            button.setEnabled(False)
        # Return picks in the lists and moves on in the form; it never presses a button (Ctrl+S saves).
        for button in (
            self.save_button,
            self.complete_button,
            self.add_document_button,
            self.remove_document_button,
            self.cancel_button,
        ):
            button.setAutoDefault(False)
            button.setDefault(False)

        left = QVBoxLayout()
        left.addWidget(service_box)
        left.addWidget(person_box, 1)
        right = QVBoxLayout()
        right.addWidget(form_box, 1)
        right.addWidget(documents_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        bottom = QHBoxLayout()
        bottom.addWidget(method_label)
        bottom.addWidget(self.method)
        bottom.addWidget(self.printers, 1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.complete_button)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addLayout(bottom)

        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self._keep_draft)
        self._touched = False
        self._done = False

        self.service_picker.chosen.connect(self.choose_service)
        self.person_picker.picked.connect(self._person_picked)
        self.person.changed.connect(self._changed)
        self.person.changed.connect(self._mirror_person)
        self.tariff.amount.valueChanged.connect(self._tariff_entered)
        self.tariff.amount.lineEdit().textEdited.connect(self._tariff_entered)
        self.add_document_button.clicked.connect(self._ask_documents)
        self.remove_document_button.clicked.connect(self._remove_document)
        self.save_button.clicked.connect(lambda: self._save(complete=False))
        self.complete_button.clicked.connect(lambda: self._save(complete=True))
        self.cancel_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+S"), self, lambda: self._save(complete=False))
        self.service_picker.search.setFocus(Qt.FocusReason.OtherFocusReason)
        workspace.runner.run(load_services(workspace, parent=self, on_success=self._services_loaded))

    # -- service, person, form -------------------------------------------------------------------------------

    def _services_loaded(self, services: tuple[ServiceChoice, ...]) -> None:
        self.service_picker.set_services(services)
        draft = self._draft
        if draft is not None:
            self._draft = None
            self._restore(draft, services)

    def choose_service(self, service: ServiceChoice) -> None:
        previous = self.form.value() if self.form is not None else {}
        self.service = service
        fee = self.service_picker.label(service)
        self.service_label.setText(self.tr("Chosen: {service}").format(service=fee))
        self.form = SchemaForm(form_schema_for(service.key, service.schema_uri))
        self.form.setObjectName("counterForm")
        self.form.changed.connect(self._changed)
        if previous:
            with contextlib.suppress(KeyError, TypeError, ValueError):  # another service's fields: a fresh form
                self.form.set_value(previous)
        self._mirror_person()
        self.form_area.setWidget(self.form)
        self._show_tariff(service)
        for button in (self.save_button, self.complete_button):
            button.setEnabled(True)
        self.person_picker.search.setFocus(Qt.FocusReason.OtherFocusReason)
        self._changed()

    def _show_tariff(self, service: ServiceChoice, amount_cents: int | None = None) -> None:
        """The amount field, for a service charged by tariff only (starting at the lowest amount)."""
        self.tariff.setVisible(service.tariff is not None)
        if service.tariff is not None:
            self.tariff.amount.blockSignals(True)
            self.tariff.set_tariff(service.tariff, amount_cents)
            self.tariff.amount.blockSignals(False)
        self._tariff_touched = amount_cents is not None

    def _tariff_entered(self, *_args: object) -> None:
        self._tariff_touched = True
        self._changed()

    def tariff_cents(self, *, complete: bool) -> int | None:
        """The fee by tariff to set: on "Complete now" the amount shown (it is charged), on "Save" only one the
        clerk entered; None for a service with another fee rule."""
        if self.service is None or self.service.tariff is None:
            return None
        self.tariff.amount.interpretText()
        return self.tariff.cents() if complete or self._tariff_touched else None

    def _search_people(self, text: str) -> None:
        ws = self._workspace
        ws.runner.run(
            search_people(ws, text, parent=self, on_success=lambda found: self.person_picker.show_matches(text, found))
        )

    def _person_picked(self, person: PersonMatch) -> None:
        self.person.fill(person)
        inputs = self.form.findChildren(QLineEdit) if self.form is not None else []
        typed = [edit for edit in inputs if edit.focusPolicy() & Qt.FocusPolicy.TabFocus]
        target = typed[0] if typed else self.person.edits["family_name"]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mirror_person(self) -> None:
        """A service form with an applicant block of its own shows the citizen typed above in it, read-only:
        nobody types the same person twice, and the form sent is the one the portal would send. The block is
        hidden when it holds nothing else to type."""
        form = self.form
        block = form.field_widget(("applicant",)) if form is not None else None
        if form is None or block is None:
            return
        for path, value in self.person.form_applicant().items():
            form.mirror(("applicant", *path), value)
        block.setToolTip(self.tr("Filled in from the citizen's details above; change them there."))
        form.hide_when_mirrored(("applicant",))  # nothing to type there: the service's own fields come first

    # -- documents -------------------------------------------------------------------------------------------

    def _ask_documents(self) -> None:
        dialog = QFileDialog(self, self.tr("Add scanned documents"))
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setNameFilter(self.tr("Scanned documents (*.pdf *.jpg *.jpeg *.png)"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.filesSelected.connect(lambda names: self.add_documents([Path(name) for name in names]))
        self.file_dialog = dialog
        dialog.open()

    def add_documents(self, paths: list[Path]) -> None:
        ws = self._workspace
        ws.runner.run(read_documents(paths, parent=self, on_success=self._documents_read, on_failure=self._refused))

    def _documents_read(self, documents: tuple[ScannedDocument, ...]) -> None:
        try:
            check_upload_count(len(self.documents) + len(documents))
        except InvalidInput as error:
            self._refused(error)
            return
        self.documents.extend(documents)
        self._show_documents()
        self.problem.hide()
        self._changed()

    def _remove_document(self) -> None:
        row = self.document_list.currentRow()
        if 0 <= row < len(self.documents):
            del self.documents[row]
            self._show_documents()
            self._changed()

    def _show_documents(self) -> None:
        self.document_list.clear()
        for scanned in self.documents:
            document = scanned.attachment
            size = max(len(document.content) // 1024, 1)
            self.document_list.addItem(f"{document.filename} ({document.media_type}, {size} KB)")

    # -- saving ----------------------------------------------------------------------------------------------

    def new_case(self) -> NewCase | None:
        """The case as entered; problems are shown at their fields and give ``None``."""
        if self.service is None or self.form is None:
            self._show_problem(self.tr("Please choose the service first."))
            self.service_picker.search.setFocus()
            return None
        try:
            applicant = self.person.applicant()
        except InvalidInput as error:
            self._refused(error)
            return None
        if not applicant.family_name:
            self.person.show_problem("family_name", self.tr("Please enter the citizen's family name."))
            return None
        problems = self.form.validate()
        if problems:
            self._show_problem(self.tr("Please correct the marked details."))
            mirrored: dict[tuple[str | int, ...], str] = {
                ("applicant", *path): name for name, path in FORM_APPLICANT_PATHS.items()
            }
            first = problems[0]
            if first.path in mirrored:  # shown in the form, corrected in the citizen's fields
                self.person.show_problem(mirrored[first.path], first.message_de)
            return None
        return NewCase(
            service_key=self.service.key,
            applicant=applicant,
            form_data=self.form.value(),
            channel=Channel.COUNTER,
            attachments=tuple(scanned.attachment for scanned in self.documents),
        )

    def _save(self, *, complete: bool) -> None:
        self.problem.hide()
        self.person.show_problem(None, None)
        new = self.new_case()
        if new is None:
            return
        self._set_busy(True)
        ws = self._workspace
        tariff = self.tariff_cents(complete=complete)
        if complete:
            method = self.method.currentData()
            ws.runner.run(
                complete_case(
                    ws,
                    new,
                    method,
                    tariff_cents=tariff,
                    parent=self,
                    on_success=self._completed,
                    on_failure=self._refused,
                )
            )
        else:
            ws.runner.run(
                save_case(ws, new, tariff_cents=tariff, parent=self, on_success=self._saved, on_failure=self._refused)
            )

    def _set_busy(self, busy: bool) -> None:
        for button in (self.save_button, self.complete_button, self.add_document_button):
            button.setEnabled(not busy)
        self.status.setText(self.tr("Saving…") if busy else "")

    def _refused(self, error: Exception) -> None:
        self._set_busy(False)
        message = describe_error(error)
        if message is None:
            show_crash(self, error)
            return
        field = getattr(error, "field", None)
        if isinstance(field, str) and field in self.person.edits:
            self.person.show_problem(field, message.text)
        self._show_problem(message.text)  # everything entered stays

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _saved(self, row: CaseRow) -> None:
        self._finish()
        self.saved.emit(row)
        self.accept()

    def _completed(self, done: CompletedAtCounter) -> None:
        self._finish()
        self.completed.emit(done)
        self.status.setText(self.tr("Case {reference} approved.").format(reference=done.case.reference))
        printer = self.printers.printer_name
        if printer is None:
            self.accept()
            return
        ws = self._workspace
        ws.runner.run(
            print_for_the_citizen(
                ws, done, printer, parent=self, on_success=lambda _none: self.accept(), on_failure=self._not_printed
            )
        )

    def _not_printed(self, error: Exception) -> None:
        message = describe_error(error)
        self._show_problem(
            self.tr("The case is saved and approved, but its papers were not printed. {problem}").format(
                problem=message.text if message is not None else ""
            )
        )
        self.cancel_button.setText(self.tr("&Close"))

    def _finish(self) -> None:
        """Saved: the draft goes, and nothing more is kept."""
        self._done = True
        self._draft_timer.stop()
        ws = self._workspace
        ws.runner.run(discard_draft(ws, parent=self))

    # -- the draft -------------------------------------------------------------------------------------------

    def _changed(self) -> None:
        if not self._done:
            self._touched = True
            self._draft_timer.start()

    def draft_data(self) -> dict[str, Any]:
        return {
            "service": self.service.key if self.service is not None else None,
            "person": self.person.to_draft(),
            "form": self.form.value() if self.form is not None else {},
            "documents": [scanned.to_draft() for scanned in self.documents],
            "tariff_cents": self.tariff_cents(complete=False),
        }

    def _keep_draft(self) -> None:
        if self._touched and not self._done:
            ws = self._workspace
            ws.runner.run(save_draft(ws, self.draft_data(), parent=self))

    def _restore(self, draft: dict[str, Any], services: tuple[ServiceChoice, ...]) -> None:
        by_key = {service.key: service for service in services}
        person = draft.get("person")
        if isinstance(person, dict):
            self.person.from_draft(person)
        service = by_key.get(str(draft.get("service")))
        if service is not None:
            self.choose_service(service)
            tariff = draft.get("tariff_cents")
            if isinstance(tariff, int) and not isinstance(tariff, bool):
                self._show_tariff(service, tariff)
            form = draft.get("form")
            if isinstance(form, dict) and self.form is not None:
                try:
                    self.form.set_value(form)
                except (KeyError, TypeError, ValueError):
                    self._show_problem(self.tr("The draft's details no longer fit the service's form."))
                self._mirror_person()  # the citizen's fields are the applicant, whatever the draft's form held
        entries = draft.get("documents")
        if isinstance(entries, list) and entries:
            ws = self._workspace
            ws.runner.run(reread_draft_documents(entries, parent=self, on_success=self._draft_documents_read))

    def _draft_documents_read(self, reread: RereadDocuments) -> None:
        """The draft's documents are back where their files are unchanged; the others are named to add again."""
        room = max(MAX_UPLOADS - len(self.documents), 0)
        self.documents.extend(reread.found[:room])
        self._show_documents()
        if reread.lost:
            self._show_problem(
                self.tr(
                    "Some documents of the draft have gone or changed since; please add them again: {names}"
                ).format(names=", ".join(reread.lost))
            )

    def done(self, result: int) -> None:  # Qt's name: every way of closing the dialog
        if not self._done and self._touched:
            self._keep_draft()  # closed unsaved: kept, and offered on the next start
        self._draft_timer.stop()
        super().done(result)
