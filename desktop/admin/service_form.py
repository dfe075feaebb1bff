"""The edit form of one catalogue service (Extras → Leistungskatalog): fee rule and amounts, deadline, role,
department, offered or not. It holds what the admin typed; the service layer checks it when it is saved."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.core.labels import role_label
from desktop.core.plain_text import plain_label
from desktop.widgets.euro_box import cents, euro_box
from models.fees import Fee, FeeRule
from models.operations.catalogue import MAX_PROCESSING_DAYS, ServiceChange, ServiceEntry
from models.roles import Role

CASE_ROLES = (Role.CLERK, Role.REGISTRY_OFFICER)


class ServiceForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entry: ServiceEntry | None = None
        self.title = plain_label()
        self.title.setObjectName("serviceTitle")
        self.title.setWordWrap(True)
        self.identifier = plain_label()
        self.identifier.setObjectName("serviceIdentifier")
        self.identifier.setWordWrap(True)
        self.rule = QComboBox()
        self.rule.setObjectName("feeRule")
        for rule, label in (
            (FeeRule.FIXED, self.tr("Fixed amount")),
            (FeeRule.PER_COPY, self.tr("Per copy (further copies reduced)")),
            (FeeRule.TARIFF, self.tr("By tariff (the clerk sets the amount)")),
            (FeeRule.FREE, self.tr("Free of charge")),
        ):
            self.rule.addItem(label, rule.value)
        self.amount = euro_box("feeAmount")
        self.further_copy = euro_box("feeFurtherCopy")
        self.max_amount = euro_box("feeMax")
        self.basis = QLineEdit()
        self.basis.setObjectName("feeBasis")
        self.basis.setMaxLength(200)
        self.days = QSpinBox()
        self.days.setObjectName("processingDays")
        self.days.setRange(0, MAX_PROCESSING_DAYS + 1)  # the service layer refuses 0 and 251 in German
        self.days.setSuffix(self.tr(" working days"))
        self.role = QComboBox()
        self.role.setObjectName("handlingRole")
        for role in CASE_ROLES:
            self.role.addItem(role_label(role), role.value)
        self.department = QLineEdit()
        self.department.setObjectName("department")
        self.department.setMaxLength(120)  # longer than allowed: the service layer says so
        self.active = QCheckBox(self.tr("&Offered (cases can be created for it)"))
        self.active.setObjectName("serviceActive")

        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow form puts labels above
        layout.addRow(self.title)
        layout.addRow(self.identifier)
        layout.addRow(self.tr("Fee &rule:"), self.rule)
        layout.addRow(self.tr("&Amount (first copy, lowest amount):"), self.amount)
        layout.addRow(self.tr("Each further &copy:"), self.further_copy)
        layout.addRow(self.tr("&Highest amount (tariff):"), self.max_amount)
        layout.addRow(self.tr("Tariff reference or reason &free:"), self.basis)
        layout.addRow(self.tr("&Deadline:"), self.days)
        layout.addRow(self.tr("Handled &by:"), self.role)
        layout.addRow(self.tr("De&partment:"), self.department)
        layout.addRow(self.active)
        self.rule.currentIndexChanged.connect(self._rule_changed)
        for box in (self.amount, self.further_copy, self.max_amount):
            box.valueChanged.connect(self.edited)
        self.days.valueChanged.connect(self.edited)
        self.rule.currentIndexChanged.connect(self.edited)
        self.role.currentIndexChanged.connect(self.edited)
        self.basis.textEdited.connect(self.edited)
        self.department.textEdited.connect(self.edited)
        self.active.toggled.connect(self.edited)

    def show_service(self, entry: ServiceEntry) -> None:
        self._entry = entry
        widgets = (self.rule, self.amount, self.further_copy, self.max_amount, self.basis, self.days, self.role)
        for widget in (*widgets, self.department, self.active):
            widget.blockSignals(True)
        self.title.setText(entry.name)
        self.identifier.setText(
            (entry.leika_id or "–")
            + ("" if entry.identifier_confirmed else " " + self.tr("(local key, not a confirmed LeiKa id)"))
        )
        fee = entry.fee
        self.rule.setCurrentIndex(self.rule.findData(fee.rule.value))
        self.amount.setValue(fee.cents / 100)
        self.further_copy.setValue((fee.further_copy_cents or 0) / 100)
        self.max_amount.setValue((fee.max_cents or 0) / 100)
        self.basis.setText(fee.basis or "")
        self.days.setValue(entry.processing_days)
        self.role.setCurrentIndex(max(0, self.role.findData(entry.handling_role.value)))
        self.department.setText(entry.department)
        self.active.setChecked(entry.active)
        for widget in (*widgets, self.department, self.active):
            widget.blockSignals(False)
        self._rule_changed()

    def _rule_changed(self) -> None:
        rule = FeeRule(self.rule.currentData())
        self.amount.setEnabled(rule is not FeeRule.FREE)
        self.further_copy.setEnabled(rule is FeeRule.PER_COPY)
        self.max_amount.setEnabled(rule is FeeRule.TARIFF)
        self.basis.setEnabled(rule in (FeeRule.TARIFF, FeeRule.FREE))

    def fee(self) -> Fee:
        rule = FeeRule(self.rule.currentData())
        return Fee(
            rule,
            0 if rule is FeeRule.FREE else cents(self.amount),
            further_copy_cents=cents(self.further_copy) if rule is FeeRule.PER_COPY else None,
            max_cents=cents(self.max_amount) if rule is FeeRule.TARIFF else None,
            basis=self.basis.text().strip() or None if rule in (FeeRule.TARIFF, FeeRule.FREE) else None,
        )

    def change(self) -> ServiceChange | None:
        """What the form holds for the service shown (None when none is)."""
        if self._entry is None:
            return None
        return ServiceChange(
            key=self._entry.key,
            version=self._entry.version,
            fee=self.fee(),
            processing_days=self.days.value(),
            handling_role=Role(self.role.currentData()),
            department=self.department.text(),
            active=self.active.isChecked(),
        )
