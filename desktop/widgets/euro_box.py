"""An amount in euros as the clerk types it (a spin box with two decimals and "€"), and its value in cents."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox

from models.operations.catalogue import MAX_FEE_CENTS


def euro_box(name: str, low_cents: int = 0, high_cents: int = MAX_FEE_CENTS) -> QDoubleSpinBox:
    """A spin box for amounts from ``low_cents`` to ``high_cents``, named ``name`` (for tests and styling)."""
    box = QDoubleSpinBox()
    box.setObjectName(name)
    box.setDecimals(2)
    box.setRange(low_cents / 100, high_cents / 100)
    box.setSuffix(" €")
    return box


def cents(box: QDoubleSpinBox) -> int:
    """The box's amount in whole cents (the float the box holds, rounded: 45.1 € is 4510, not 4509)."""
    return round(box.value() * 100)
