"""A combo box of the clerks cases may go to: the pool first (or not), then the clerks by name; someone absent
today is shown so and cannot be chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QWidget

from desktop.core.translations import QT_TRANSLATE_NOOP, translate
from models.operations.reassignment import ClerkChoice

CONTEXT = "ClerkChoice"
POOL = QT_TRANSLATE_NOOP("ClerkChoice", "— back to the pool —")
ABSENT = QT_TRANSLATE_NOOP("ClerkChoice", "{name} (absent today)")


def fill_clerks(combo: QComboBox, clerks: tuple[ClerkChoice, ...], *, pool: bool, absent_allowed: bool) -> None:
    """``combo`` lists the pool (data None, when ``pool``) and the clerks (data: user name)."""
    combo.clear()
    if pool:
        combo.addItem(translate(CONTEXT, POOL), None)
    model = combo.model()
    for clerk in clerks:
        label = clerk.display_name
        if clerk.absent_today:
            label = translate(CONTEXT, ABSENT).format(name=clerk.display_name)
        combo.addItem(label, clerk.username)
        if clerk.absent_today and not absent_allowed and isinstance(model, QStandardItemModel):
            item = model.item(combo.count() - 1)
            if item is not None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)


def clerk_combo(name: str, parent: QWidget | None = None) -> QComboBox:
    combo = QComboBox(parent)
    combo.setObjectName(name)
    combo.setMinimumContentsLength(24)
    return combo
