"""One entry of the civil-status registers as it stands: the register number, the recording (day and certifying
officer), the event, the persons by role with every annotation applied, the annotations numbered with their day and
text, the end of the retention, and the § 63 PStG block where there is one. Opening it is a read of personal data;
the operation logs it. A registry officer adds an annotation (Folgebeurkundung) from here, the entry itself is never
edited, and reissues a valid certificate of the list (Neu ausstellen: after a correction, or one lost).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.civil_status.labels import annotation_kind_label, register_label, role_label, sex_label
from desktop.civil_status.operations import EntryWithCertificates, load_entry
from desktop.core.labels import certificate_kind_label
from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from desktop.core.window_size import fit_on_screen
from desktop.core.workspace import Workspace
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_date
from models.operations.certificates import IssuedRow
from models.operations.civil_status import CivilEntryRecord
from models.permissions import Action
from models.registers.civil_status.entries import StandingAnnotation, StandingPerson

CONTEXT = "CivilEntryView"
NONE = "–"
BLOCK_STYLE = "color: #a4000f; font-weight: bold;"


def day_text(day: dt.date | None) -> str:
    """``TT.MM.JJJJ``, or a dash for a day not recorded."""
    return format_date(day) if day is not None else NONE


PERSON_COLUMNS: tuple[TableColumn[StandingPerson], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Role"), lambda p: role_label(p.role)),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Family name"), lambda p: p.family_name),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Given names"), lambda p: p.given_names or NONE),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Birth name"), lambda p: p.birth_name or NONE),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Sex"), lambda p: sex_label(p.sex) if p.sex else NONE),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Born"), lambda p: day_text(p.born)),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Place of birth"), lambda p: p.birth_place or NONE),
)
ANNOTATION_COLUMNS: tuple[TableColumn[StandingAnnotation], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "No."), lambda a: str(a.number), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Recorded on"), lambda a: day_text(a.recorded_on)),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Kind"), lambda a: annotation_kind_label(a.kind)),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Text"), lambda a: a.text, tooltip=lambda a: a.text),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Officer"), lambda a: a.officer_name),
)

CERTIFICATE_COLUMNS: tuple[TableColumn[IssuedRow], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Issued"), lambda c: day_text(c.issued_on)),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Certificate"), lambda c: certificate_kind_label(c.kind)),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Copy"), lambda c: str(c.copy_number), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Verification code"), lambda c: c.verification_code),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Sheet"), lambda c: str(c.sheet_serial), numeric=True),
    TableColumn(QT_TRANSLATE_NOOP("CivilEntryView", "Case"), lambda c: c.case_reference or NONE),
    TableColumn(
        QT_TRANSLATE_NOOP("CivilEntryView", "Status"),
        lambda c: (
            translate(CONTEXT, QT_TRANSLATE_NOOP("CivilEntryView", "revoked {day}")).format(day=day_text(c.revoked_on))
            if c.revoked_on
            else translate(CONTEXT, QT_TRANSLATE_NOOP("CivilEntryView", "valid"))
        ),
    ),
)


class EntryView(QDialog):
    """The entry ``entry_id``, loaded when the view opens; :attr:`annotate_requested` asks for an annotation."""

    annotate_requested = Signal(object)  # the CivilEntryRecord shown
    reissue_requested = Signal(object)  # the IssuedRow chosen in the list of certificates
    loaded = Signal(object)  # the CivilEntryRecord, each time it is (re)loaded

    def __init__(self, workspace: Workspace, entry_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self.entry_id = entry_id
        self.record: CivilEntryRecord | None = None
        self.setObjectName("civilEntryView")
        self.setWindowTitle(self.tr("Civil-status entry"))
        fit_on_screen(self, 1080, 700)

        facts = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        for key, caption in (
            ("number", self.tr("Register number:")),
            ("recorded", self.tr("Recorded on:")),
            ("officer", self.tr("Certifying officer:")),
            ("event_date", self.tr("Date of the event:")),
            ("event_place", self.tr("Place of the event:")),
            ("retention", self.tr("Kept until:")),
        ):
            label = plain_label(object_name=f"civilEntry_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts[key] = label
            facts.addRow(caption, label)
        self.block_note = plain_label(self.tr("Blocking notice under § 63 PStG"), object_name="civilEntryBlock")
        self.block_note.setStyleSheet(BLOCK_STYLE)
        self.block_note.setToolTip(self.tr("Certificates are issued to the person concerned only."))
        self.block_note.hide()
        facts_box = QGroupBox(self.tr("Entry as it stands"))
        facts_layout = QVBoxLayout(facts_box)
        facts_layout.addLayout(facts)
        facts_layout.addWidget(self.block_note)

        self.persons = RowTableModel(CONTEXT, PERSON_COLUMNS, self)
        self.persons_table = record_table("civilEntryPersons", self.persons)
        SharedColumns(self.persons_table, {1: 2, 2: 2, 3: 2, 6: 2})
        persons_box = QGroupBox(self.tr("&Persons"))
        QVBoxLayout(persons_box).addWidget(self.persons_table)
        self.annotations = RowTableModel(CONTEXT, ANNOTATION_COLUMNS, self)
        self.annotations_table = record_table("civilEntryAnnotations", self.annotations)
        SharedColumns(self.annotations_table, {3: 1})
        self.annotations_table.setWordWrap(True)  # the annotation's text is what the entry says: shown whole
        self.annotations_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        annotations_box = QGroupBox(self.tr("A&nnotations"))
        QVBoxLayout(annotations_box).addWidget(self.annotations_table)
        self.certificates = RowTableModel(CONTEXT, CERTIFICATE_COLUMNS, self)
        self.certificates_table = record_table("civilEntryCertificates", self.certificates)
        SharedColumns(self.certificates_table, {1: 2, 3: 2})
        certificates_box = QGroupBox(self.tr("&Certificates issued"))
        QVBoxLayout(certificates_box).addWidget(self.certificates_table)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.annotate_button = QPushButton(self.tr("A&dd annotation…"))
        self.annotate_button.setObjectName("annotateCivilEntry")
        self.annotate_button.setAutoDefault(False)
        self.annotate_button.setEnabled(False)
        self.annotate_button.setVisible(workspace.actor.may(Action.RECORD_CIVIL_STATUS))
        self.annotate_button.clicked.connect(self._annotate)
        buttons.addButton(self.annotate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reissue_button = QPushButton(self.tr("&Reissue…"))
        self.reissue_button.setObjectName("reissueCertificate")
        self.reissue_button.setAutoDefault(False)
        self.reissue_button.setEnabled(False)
        self.reissue_button.setToolTip(
            self.tr("Print the chosen certificate again from the entry as it stands; the old one is revoked")
        )
        self.reissue_button.setVisible(workspace.actor.may(Action.ISSUE_CERTIFICATES))
        self.reissue_button.clicked.connect(self._reissue)
        buttons.addButton(self.reissue_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.certificates_table.selectionModel().currentChanged.connect(self._certificate_chosen)
        self.certificates_table.doubleClicked.connect(self._reissue)

        layout = QVBoxLayout(self)
        layout.addWidget(facts_box)
        layout.addWidget(persons_box, 1)
        layout.addWidget(annotations_box, 1)
        layout.addWidget(certificates_box, 1)
        layout.addWidget(buttons)
        self.reload()

    def reload(self) -> None:
        """Load the entry as it stands (again: after an annotation)."""
        ws = self._workspace
        ws.runner.run(load_entry(ws, self.entry_id, parent=self, on_success=self.show_record))

    def show_record(self, loaded: EntryWithCertificates) -> None:
        record = loaded.record
        self.record = record
        entry = record.entry
        self.setWindowTitle(self.tr("Civil-status entry {number}").format(number=entry.register_number))
        values = {
            "number": f"{entry.register_number} ({register_label(entry.kind)})",
            "recorded": day_text(entry.recorded_on),
            "officer": entry.officer_name,
            "event_date": day_text(entry.event_date),
            "event_place": entry.event_place,
            "retention": day_text(entry.retention_ends),
        }
        for key, value in values.items():
            self.facts[key].setText(value)
        self.block_note.setVisible(entry.restricted)
        self.persons.set_rows(entry.persons)
        self.annotations.set_rows(entry.annotations)
        self.certificates.set_rows(loaded.certificates)
        self._certificate_chosen()
        self.annotate_button.setEnabled(True)
        self.persons_table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.loaded.emit(record)

    def chosen_certificate(self) -> IssuedRow | None:
        """The certificate selected in the list, if it is still valid (a revoked one is not reissued)."""
        index = self.certificates_table.currentIndex()
        row = self.certificates.row_at(index.row()) if index.isValid() else None
        return row if row is not None and not row.revoked else None

    def _certificate_chosen(self) -> None:
        self.reissue_button.setEnabled(self.chosen_certificate() is not None)

    def _reissue(self) -> None:
        chosen = self.chosen_certificate()
        if chosen is not None:
            self.reissue_requested.emit(chosen)

    def _annotate(self) -> None:
        if self.record is not None:
            self.annotate_requested.emit(self.record)
