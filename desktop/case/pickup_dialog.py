"""Abholtermin verlegen: move the booked pickup of an approved bulky-waste or e-waste case to another day.

Keyboard-first: the date field has the focus (type the day, or Alt+Down for the calendar), Tab to the reason,
Return moves. The dialog stays open while the move runs and after it fails (a day that is no pickup day of the
district or is full), so date and reason are not lost; the caller closes it on success (:meth:`finish`).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.core.plain_text import plain_label
from desktop.widgets.error_dialogs import show_error
from models.german_format import format_long_date
from models.operations.pickups import MAX_REASON_LENGTH
from models.operations.rows import CaseDetail


class MovePickupDialog(QDialog):
    submitted = Signal(object, str)  # the new pickup day (datetime.date), the reason

    def __init__(self, detail: CaseDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert detail.pickup_date is not None  # offered only for a booked pickup
        self.detail = detail
        self.setObjectName("dialog_move_pickup")
        self.setWindowTitle(self.tr("Move pickup – {reference}").format(reference=detail.case.reference))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        explanation = QLabel(
            self.tr("The pickup is booked for {date}. The citizen gets a new confirmation letter.").format(
                date=format_long_date(detail.pickup_date)
            )
        )
        explanation.setTextFormat(Qt.TextFormat.PlainText)
        explanation.setWordWrap(True)
        self.date = QDateEdit()
        self.date.setObjectName("pickupDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        booked = detail.pickup_date
        self.date.setDate(QDate(booked.year, booked.month, booked.day))
        self.reason = QLineEdit()
        self.reason.setObjectName("moveReason")
        self.reason.setMaxLength(MAX_REASON_LENGTH)
        self.reason.setPlaceholderText(self.tr("e.g. the citizen is away that week"))
        form = QFormLayout()
        date_label = QLabel(self.tr("New pickup &day:"))
        date_label.setBuddy(self.date)
        reason_label = QLabel(self.tr("&Reason:"))
        reason_label.setBuddy(self.reason)
        form.addRow(date_label, self.date)
        form.addRow(reason_label, self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save = self.buttons.addButton(self.tr("&Move pickup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save.setObjectName("movePickup")
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        self.status = plain_label(object_name="moveStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.save.setDefault(True)  # Return moves (set once the button is in the dialog)
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen_day(self) -> dt.date:
        value = self.date.date()
        return dt.date(value.year(), value.month(), value.day())

    def _submit(self) -> None:
        reason = " ".join(self.reason.text().split())
        if not reason:
            self.status.setText(self.tr("Please give the reason for moving the pickup."))
            self.reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.status.setText(self.tr("Saving…"))
        self.save.setEnabled(False)
        self.submitted.emit(self.chosen_day(), reason)

    def retry(self, error: Exception) -> None:
        """The move failed: date and reason stay as typed; the reason shows over the dialog."""
        self.save.setEnabled(True)
        self.status.setText("")
        self.date.setFocus(Qt.FocusReason.OtherFocusReason)
        show_error(self, error)

    def finish(self) -> None:
        self.accept()
