"""Berechtigung prüfen (§ 62 PStG): the registry officer matches a certificate order to its register entry and records
the applicant's relation to it, with the reason and the evidence seen.

The candidates are what the registers hold for the order (the rule that found them is shown above them, and each
candidate's own rule beside it); an entry with a § 63 block is marked. The relation and the age start from what
the order says. The rules decide (the operation, not this dialog): the history then says whether and by which
paragraph the applicant is entitled. No candidate means the officer asks the applicant for details: the request to
the applicant opens with what the registers need preset.

The dialog stays open while the save runs and after it fails, so nothing typed is lost; the caller closes it on
success (:meth:`EntitlementDialog.finish`).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core.plain_text import plain_label
from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from desktop.core.window_size import fit_on_screen
from desktop.widgets.error_dialogs import show_error
from desktop.widgets.record_table import SharedColumns, record_table
from desktop.widgets.row_table_model import RowTableModel, TableColumn
from models.german_format import format_date
from models.operations.certificate_orders import MAX_AGE, MAX_TEXT_LENGTH
from models.operations.rows import CaseDetail
from models.registers.civil_status.eligibility import Relation
from models.registers.civil_status.order_matching import Candidate, MatchResult

CONTEXT = "EntitlementDialog"
NO_AGE = -1  # the spin box's "not known" (an authority, or no date of birth)

_RELATIONS = {
    Relation.PERSON_CONCERNED: QT_TRANSLATE_NOOP("EntitlementDialog", "The person concerned"),
    Relation.SPOUSE_OR_PARTNER: QT_TRANSLATE_NOOP("EntitlementDialog", "Spouse or civil partner"),
    Relation.ANCESTOR: QT_TRANSLATE_NOOP("EntitlementDialog", "Ancestor (parent, grandparent)"),
    Relation.DESCENDANT: QT_TRANSLATE_NOOP("EntitlementDialog", "Descendant (child, grandchild)"),
    Relation.SIBLING: QT_TRANSLATE_NOOP("EntitlementDialog", "Sibling with a legitimate interest"),
    Relation.LEGAL_INTEREST: QT_TRANSLATE_NOOP("EntitlementDialog", "Another person with a legal interest"),
    Relation.AUTHORITY: QT_TRANSLATE_NOOP("EntitlementDialog", "An authority or court (§ 65 PStG)"),
}

CANDIDATE_COLUMNS: tuple[TableColumn[Candidate], ...] = (
    TableColumn(QT_TRANSLATE_NOOP("EntitlementDialog", "Register number"), lambda c: c.register_number),
    TableColumn(QT_TRANSLATE_NOOP("EntitlementDialog", "Persons"), lambda c: "; ".join(c.names)),
    TableColumn(QT_TRANSLATE_NOOP("EntitlementDialog", "Day of the event"), lambda c: format_date(c.event_date)),
    TableColumn(QT_TRANSLATE_NOOP("EntitlementDialog", "Place"), lambda c: c.event_place),
    TableColumn(
        QT_TRANSLATE_NOOP("EntitlementDialog", "Matched by"),
        lambda c: c.rule + (translate("EntitlementDialog", " – § 63 block") if c.restricted else ""),
    ),
)


@dataclass(frozen=True)
class Entitlement:
    """What the officer recorded."""

    entry_id: int
    relation: Relation
    applicant_age: int | None
    reason: str
    evidence: str


def details_for_the_registers() -> list[str]:
    """What the applicant is asked for when the registers hold no matching entry: one item per line of the letter."""
    return [translate(CONTEXT, text) for text in _DETAILS]


_DETAILS = (
    QT_TRANSLATE_NOOP("EntitlementDialog", "The register number and the registry office that recorded it, if known"),
    QT_TRANSLATE_NOOP("EntitlementDialog", "The full names at the time of the event, including the birth name"),
    QT_TRANSLATE_NOOP("EntitlementDialog", "The exact day and place of the event"),
    QT_TRANSLATE_NOOP("EntitlementDialog", "For a birth certificate: the names of the parents"),
)


class EntitlementDialog(QDialog):
    submitted = Signal(object)  # Entitlement
    details_wanted = Signal()  # no entry matched: ask the applicant for details

    def __init__(self, detail: CaseDetail, result: MatchResult, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail = detail
        self.match = result
        self.setObjectName("dialog_check_entitlement")
        self.setWindowTitle(self.tr("Check entitlement – {reference}").format(reference=detail.case.reference))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        fit_on_screen(self, 860, 560)

        found = (
            self.tr("Entries found: {count}. Search: {rule}").format(
                count=len(result.candidates), rule=result.rule_used
            )
            if result.candidates
            else self.tr(
                "No entry of the register matches the order (search: {rule}). Ask the applicant for details "
                "(Ask citizen), or reject the order."
            ).format(rule=result.rule_used)
        )
        self.found = plain_label(found, object_name="entitlementFound")
        self.found.setWordWrap(True)
        self.candidates = RowTableModel(CONTEXT, CANDIDATE_COLUMNS, self)
        self.candidates.set_rows(result.candidates)
        self.table = record_table("entitlementCandidates", self.candidates)
        SharedColumns(self.table, {1: 2, 4: 4})
        table_label = QLabel(self.tr("Register &entry:"))
        table_label.setBuddy(self.table)
        if result.candidates:
            self.table.selectRow(0)

        self.relation = QComboBox()
        self.relation.setObjectName("entitlementRelation")
        for relation, text in _RELATIONS.items():
            self.relation.addItem(translate(CONTEXT, text), relation)
        if result.form_relation is not None:
            self.relation.setCurrentIndex(self.relation.findData(Relation(result.form_relation)))
        self.age = QSpinBox()
        self.age.setObjectName("entitlementAge")
        self.age.setRange(NO_AGE, MAX_AGE)
        self.age.setSpecialValueText(self.tr("not known"))
        self.age.setValue(result.applicant_age if result.applicant_age is not None else NO_AGE)
        self.reason = QLineEdit()
        self.reason.setObjectName("entitlementReason")
        self.reason.setMaxLength(MAX_TEXT_LENGTH)
        self.reason.setPlaceholderText(self.tr("needed for a sibling, another person or an authority"))
        self.evidence = QLineEdit()
        self.evidence.setObjectName("entitlementEvidence")
        self.evidence.setMaxLength(MAX_TEXT_LENGTH)
        self.evidence.setPlaceholderText(self.tr("e.g. identity card seen, copy of the inheritance certificate"))
        form = QFormLayout()
        form.addRow(self.tr("&Relation to the entry:"), self.relation)
        form.addRow(self.tr("Applicant's &age:"), self.age)
        form.addRow(self.tr("Rea&son (interest):"), self.reason)
        form.addRow(self.tr("E&vidence seen:"), self.evidence)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = self.buttons.addButton(self.tr("&Record decision"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("saveEntitlement")
        self.save.setEnabled(bool(result.candidates))
        self.ask = self.buttons.addButton(self.tr("Ask for &more details…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.ask.setObjectName("askForDetails")
        self.ask.setAutoDefault(False)
        self.ask.setVisible(not result.candidates)
        self.ask.clicked.connect(self.details_wanted)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.status = plain_label(object_name="entitlementStatus")

        layout = QVBoxLayout(self)
        layout.addWidget(self.found)
        layout.addWidget(table_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.save.setDefault(True)
        (self.table if result.candidates else self.ask).setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> Candidate | None:
        rows = self.table.selectionModel().selectedRows()
        return self.candidates.row_at(rows[0].row()) if rows else None

    def _submit(self) -> None:
        candidate = self.chosen()
        if candidate is None:
            self.status.setText(self.tr("Please choose the register entry the order is about."))
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        age = self.age.value()
        self.status.setText(self.tr("Saving…"))
        self.save.setEnabled(False)
        self.submitted.emit(
            Entitlement(
                candidate.entry_id,
                self.relation.currentData(),
                None if age == NO_AGE else age,
                " ".join(self.reason.text().split()),
                " ".join(self.evidence.text().split()),
            )
        )

    def retry(self, error: Exception) -> None:
        """The save failed: everything stays as chosen and typed; the reason shows over the dialog."""
        self.save.setEnabled(True)
        self.status.setText("")
        show_error(self, error)

    def finish(self) -> None:
        self.accept()
