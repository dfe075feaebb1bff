"""Parts of the FIT-Connect connection dialog: the key field that shows only key IDs, the colours of its messages."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.admin.key_files import KeyPurpose
from desktop.core.plain_text import plain_label

ERROR_STYLE = "color: #a4000f;"
RESULT_STYLES = {
    "ok": "background: #e6f4ea; color: #0b3d17; border: 1px solid #8cc59a; border-radius: 4px; padding: 6px;",
    "warning": "background: #fff4ce; color: #3b2f00; border: 1px solid #e0c96b; border-radius: 4px; padding: 6px;",
    "error": "background: #fde7e9; color: #6b0009; border: 1px solid #e3a0a6; border-radius: 4px; padding: 6px;",
    "info": "padding: 6px;",
}


class KeyFileField(QWidget):
    """Shows the key ID of the stored or newly chosen private key, never the key; a button chooses a JWK file."""

    def __init__(self, purpose: KeyPurpose, button_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.chosen: dict[str, Any] | None = None  # newly imported, saved with "Speichern"
        self.stored_kids: list[str] = []
        self.label = plain_label(object_name=f"{purpose.name.lower()}_kid")  # the key ID is read from a file
        self.label.setWordWrap(False)  # explicit lines: a wrapped label gets clipped in the form layout
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(button_text)
        self.button.setAutoDefault(False)  # Return in the dialog saves, it does not open a file chooser
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.refresh()

    def refresh(self) -> None:
        if self.chosen is not None:
            text = self.tr("Key ID {kid}\nnew, taken over when you save").format(kid=self.chosen["kid"])
        elif self.stored_kids:
            text = self.tr("Key ID {kid}\nstored").format(kid=self.stored_kids[0])
        else:
            text = self.tr("No key entered yet")
        older = len(self.stored_kids) - (0 if self.chosen is not None else 1)
        if self.purpose is KeyPurpose.DECRYPTION and older > 0:
            text += "\n" + self.tr("+ %n earlier key(s) for applications still on their way", "", older)
        self.label.setText(text)


def error_label(name: str) -> QLabel:
    """The line under a field that says what is wrong with it (hidden while nothing is)."""
    label = plain_label(object_name=f"{name}_error")  # may name a file or quote an entry
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.hide()
    return label
