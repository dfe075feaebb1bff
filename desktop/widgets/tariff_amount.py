"""Gebühr nach Tarif: the amount the clerk sets within a tariff's range, with the tariff reference beside it.

Used where a fee is set by tariff: the counter dialog for a new case, and *Gebühr festsetzen…* of a case.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.core.plain_text import plain_label
from desktop.widgets.euro_box import cents, euro_box
from models.fees import Fee
from models.german_format import format_euro


class TariffAmount(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tariffAmountField")
        self.caption = QLabel(self.tr("Fee by &tariff:"))
        self.amount = euro_box("tariffAmount")
        self.amount.setAccessibleName(self.tr("Fee by tariff"))
        self.caption.setBuddy(self.amount)
        self.range = plain_label(object_name="tariffRange")
        self.reference = plain_label(object_name="tariffReference")
        self.reference.setWordWrap(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption, 0, 0)
        layout.addWidget(self.amount, 0, 1)
        layout.addWidget(self.range, 0, 2)
        layout.addWidget(self.reference, 1, 1, 1, 2)
        layout.setColumnStretch(2, 1)

    def set_tariff(self, tariff: Fee, amount_cents: int | None = None) -> None:
        """Offer the range of ``tariff``, starting at ``amount_cents`` (else its lowest amount)."""
        high = tariff.max_cents if tariff.max_cents is not None else tariff.cents
        self.amount.setRange(tariff.cents / 100, high / 100)
        self.amount.setValue((tariff.cents if amount_cents is None else amount_cents) / 100)
        self.range.setText(
            self.tr("from {low} to {high}").format(low=format_euro(tariff.cents), high=format_euro(high))
        )
        self.reference.setText(tariff.basis or "")

    def cents(self) -> int:
        return cents(self.amount)
