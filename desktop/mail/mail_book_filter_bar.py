"""The filters of the outgoing-mail book: printed from/to, text, kind of letter, reprints only."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from desktop.core.labels import document_kind_label
from desktop.core.qt_dates import day_edit, from_qdate, to_qdate
from models.documents import DocumentKind
from models.german_format import today as german_today
from models.operations.mail_rows import MailBookFilter

TYPING_DELAY_MS = 350  # every load of the book is audit-logged: not one per keystroke
DEFAULT_DAYS = 30


class MailBookFilterBar(QWidget):
    filter_changed = Signal(object)  # MailBookFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = german_today()
        self.printed_from = day_edit("bookFrom", today - dt.timedelta(days=DEFAULT_DAYS))
        self.printed_to = day_edit("bookTo", today)
        self.text = QLineEdit()
        self.text.setObjectName("bookText")
        self.text.setClearButtonEnabled(True)
        self.text.setPlaceholderText(self.tr("Recipient, case or title"))
        self.kind = QComboBox()
        self.kind.setObjectName("bookKind")
        self.kind.addItem(self.tr("All letters"), None)
        for kind in DocumentKind:
            self.kind.addItem(document_kind_label(kind), kind.value)  # Qt keeps a StrEnum only as its str
        self.reprints_only = QCheckBox(self.tr("Reprints &only"))
        self.reprints_only.setObjectName("bookReprintsOnly")
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(TYPING_DELAY_MS)
        self._typing.timeout.connect(self._emit)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for caption, widget in (
            (self.tr("Printed &from:"), self.printed_from),
            (self.tr("&to:"), self.printed_to),
            (self.tr("Se&arch:"), self.text),
            (self.tr("&Kind:"), self.kind),
        ):
            label = QLabel(caption)
            label.setBuddy(widget)
            layout.addWidget(label)
            layout.addWidget(widget, 2 if widget is self.text else 0)
        layout.addWidget(self.reprints_only)
        self.printed_from.dateChanged.connect(self._emit)
        self.printed_to.dateChanged.connect(self._emit)
        self.kind.currentIndexChanged.connect(self._emit)
        self.reprints_only.toggled.connect(self._emit)
        self.text.textChanged.connect(lambda _text: self._typing.start())
        self.text.returnPressed.connect(self._emit)

    def set_period(self, first: dt.date, last: dt.date) -> None:
        for edit, day in ((self.printed_from, first), (self.printed_to, last)):
            edit.blockSignals(True)
            edit.setDate(to_qdate(day))
            edit.blockSignals(False)
        self._emit()

    def current(self) -> MailBookFilter:
        return MailBookFilter(
            printed_from=from_qdate(self.printed_from.date()),
            printed_to=from_qdate(self.printed_to.date()),
            text=self.text.text().strip(),
            kind=DocumentKind(self.kind.currentData()) if self.kind.currentData() else None,
            reprints_only=self.reprints_only.isChecked(),
        )

    def _emit(self) -> None:
        self._typing.stop()
        self.filter_changed.emit(self.current())
