"""The cash book as plain data: receipts and a day's report, as operations return them and printing renders them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.cash import ReceiptKind
from models.payment_methods import PaymentMethod


@dataclass(frozen=True)
class ReceiptLine:
    case_reference: str
    service_name: str
    amount_cents: int  # negative on a cancellation


@dataclass(frozen=True)
class ReceiptRow:
    number: str
    kind: ReceiptKind
    method: PaymentMethod
    total_cents: int
    payer_name: str
    workstation: str
    business_day: dt.date
    issued_at: dt.datetime
    clerk_username: str
    clerk_name: str
    lines: tuple[ReceiptLine, ...]
    cancels_number: str | None = None  # a cancellation: the receipt it cancels
    reason: str | None = None
    cancelled_by_number: str | None = None  # a payment: the cancellation that cancelled it
    visible: bool = True  # False: a booking of a department the reader does not see (no payer, no cases shown)


@dataclass(frozen=True)
class DayClosing:
    closed_at: dt.datetime
    closed_by: str


@dataclass(frozen=True)
class CashDayReport:
    workstation: str | None  # None: every workstation of the town hall
    day: dt.date
    receipts: tuple[ReceiptRow, ...]
    totals: dict[PaymentMethod, int]  # cents per method, cancellations subtracted
    cancellations: int
    cancelled_cents: int  # the sum of the cancellations (negative or 0)
    clerks: tuple[str, ...]  # who booked, by name
    closing: DayClosing | None

    @property
    def total_cents(self) -> int:
        return sum(self.totals.values())
