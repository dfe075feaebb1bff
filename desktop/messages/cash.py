"""The wording of the cash desk's refusals: a closed day, a receipt number taken twice, what a booking needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from desktop.core.catalogue import QT_TRANSLATE_NOOP, translate
from desktop.core.user_message import UserMessage
from models.errors import CashDayClosed, ReceiptNumberTaken
from models.german_format import format_date

#: Invalid inputs of counter payments, receipts and the day's closing, by (field, problem).
CASH_INVALID_INPUT = {
    ("cases", "required"): QT_TRANSLATE_NOOP("ErrorMessages", "Please choose at least one case to be paid."),
    ("cases", "too_many"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "At most 20 cases can be paid with one receipt. Please book the rest on a second receipt."
    ),
    ("cases", "twice"): QT_TRANSLATE_NOOP("ErrorMessages", "A case is in the list twice. Please remove one of them."),
    ("method", "not_at_counter"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "At the counter a fee is paid in cash or by girocard. Please choose one of them."
    ),
    ("workstation", "required"): QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This workstation has no name for the cash book. Please ask the IT to set one in the settings.",
    ),
    ("receipt", "is_cancellation"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "This is a cancellation receipt; it cannot be cancelled itself. Please book the fee anew."
    ),
    ("receipt", "already_cancelled"): QT_TRANSLATE_NOOP(
        "ErrorMessages", "This receipt has already been cancelled. Nothing was changed."
    ),
    ("day", "in_future"): QT_TRANSLATE_NOOP("ErrorMessages", "A day in the future cannot be closed."),
}


def _cash_day_closed(error: CashDayClosed) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Day closed"),
        translate(
            "ErrorMessages",
            "The cash day {day} of workstation “{workstation}” is closed; it takes no more bookings. Nothing was "
            "booked. Please book at another workstation or ask your supervisor.",
        ).format(day=format_date(dt.date.fromisoformat(error.day)), workstation=error.workstation),
    )


def _receipt_number_taken(error: ReceiptNumberTaken) -> UserMessage:
    return UserMessage(
        translate("ErrorMessages", "Please book again"),
        translate(
            "ErrorMessages",
            "Another workstation took the receipt number {number} at the same moment. Nothing was booked and "
            "nothing you entered is lost: please book again.",
        ).format(number=error.number),
    )


CASH_DESCRIBERS: tuple[tuple[type[Any], Callable[[Any], UserMessage]], ...] = (
    (CashDayClosed, _cash_day_closed),
    (ReceiptNumberTaken, _receipt_number_taken),
)
