"""Asking for the text a step needs: the reason of a rejection, the missing documents, the reason of a reprint.

The dialog stays open while the step runs and after it fails, so nothing the clerk typed is lost; the caller
closes it on success (:meth:`CommentDialog.finish`) or hands it back for another try (:meth:`CommentDialog.retry`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from models.german_format import today as german_today
from models.operations.transitions import MAX_COMMENT_LENGTH


class CommentDialog(QDialog):
    submitted = Signal(str)  # the trimmed text; the dialog stays open until finish() or retry()

    def __init__(
        self,
        title: str,
        explanation: str,
        confirm_text: str,
        parent: QWidget | None = None,
        *,
        text: str = "",
        max_length: int = MAX_COMMENT_LENGTH,
        date_label: str | None = None,
        date: dt.date | None = None,
    ) -> None:
        """With ``date_label`` the dialog also asks for a date (e.g. the reply deadline), ``date`` preset."""
        super().__init__(parent)
        self._max_length = max_length
        self.setWindowTitle(title)
        self.setMinimumSize(520, 320)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        label = QLabel(explanation)
        label.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setObjectName("commentText")
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(text)
        label.setBuddy(self.editor)
        self.hint = QLabel()
        self.hint.setObjectName("commentHint")
        self.hint.setStyleSheet("color: #5a5a5a;")
        self.buttons = QDialogButtonBox()
        self.confirm_button: QPushButton = self.buttons.addButton(confirm_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.confirm_button.setObjectName("confirmComment")
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.editor.textChanged.connect(self._update_state)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):  # Return alone starts a new line in the text
            QShortcut(QKeySequence(keys), self, self._submit)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.hint)
        self.date_edit: QDateEdit | None = None
        if date_label is not None:
            self.date_edit = QDateEdit()
            self.date_edit.setObjectName("commentDate")
            self.date_edit.setCalendarPopup(True)
            self.date_edit.setDisplayFormat("dd.MM.yyyy")
            tomorrow = german_today() + dt.timedelta(days=1)
            self.date_edit.setMinimumDate(QDate(tomorrow.year, tomorrow.month, tomorrow.day))
            start = date or german_today() + dt.timedelta(days=14)
            self.date_edit.setDate(QDate(start.year, start.month, start.day))
            date_caption = QLabel(date_label)
            date_caption.setBuddy(self.date_edit)
            date_row = QHBoxLayout()
            date_row.addWidget(date_caption)
            date_row.addWidget(self.date_edit)
            date_row.addStretch(1)
            layout.addLayout(date_row)
        layout.addWidget(self.buttons)
        self._busy = False
        self._update_state()
        self.editor.setFocus()

    @property
    def text(self) -> str:
        return self.editor.toPlainText().strip()

    @property
    def date(self) -> dt.date | None:
        """The date asked for, or None when the dialog asks for none."""
        if self.date_edit is None:
            return None
        chosen = self.date_edit.date()
        return dt.date(chosen.year(), chosen.month(), chosen.day())

    def _update_state(self) -> None:
        length = len(self.text)
        if length == 0:
            self.hint.setText(self.tr("A text is required."))
        elif length > self._max_length:
            self.hint.setText(
                self.tr("Too long: {length} of at most {maximum} characters.").format(
                    length=length, maximum=self._max_length
                )
            )
        else:
            self.hint.setText(self.tr("{length} characters – Ctrl+Return confirms").format(length=length))
        self.confirm_button.setEnabled(not self._busy and 0 < length <= self._max_length)

    def _submit(self) -> None:
        if not self.text or len(self.text) > self._max_length or self._busy:
            self.editor.setFocus()
            return
        self._set_busy(True)
        self.submitted.emit(self.text)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.editor.setReadOnly(busy)
        if self.date_edit is not None:
            self.date_edit.setReadOnly(busy)
        self.cancel_button.setEnabled(not busy)
        self._update_state()

    def retry(self) -> None:
        """The step failed: the text stays, the clerk may change it and try again."""
        self._set_busy(False)
        self.editor.setFocus()

    def finish(self) -> None:
        self._set_busy(False)
        self.accept()

    def reject(self) -> None:
        if not self._busy:  # Escape while the step runs would leave its outcome unseen
            super().reject()
