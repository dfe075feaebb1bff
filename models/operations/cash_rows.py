"""What the cash book's operations return: plain, frozen rows (no ORM object leaves a transaction)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import FeePayment
from models.cash import Receipt, ReceiptKind
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


def receipt_row(session: Session, receipt: Receipt) -> ReceiptRow:
    payments = session.scalars(
        select(FeePayment).where(FeePayment.receipt_id == receipt.id).order_by(FeePayment.id)
    ).all()
    cancelled_by = session.scalar(select(Receipt.number).where(Receipt.cancels_id == receipt.id))
    return ReceiptRow(
        number=receipt.number,
        kind=receipt.kind,
        method=receipt.method,
        total_cents=receipt.total_cents,
        payer_name=receipt.payer_name,
        workstation=receipt.workstation,
        business_day=receipt.business_day,
        issued_at=receipt.issued_at,
        clerk_username=receipt.clerk_username,
        clerk_name=receipt.clerk_name,
        lines=tuple(
            ReceiptLine(payment.case.reference, payment.case.service.name, payment.amount_cents) for payment in payments
        ),
        cancels_number=receipt.cancels.number if receipt.cancels is not None else None,
        reason=receipt.reason,
        cancelled_by_number=cancelled_by,
    )


#: What a report shows instead of the payer and the cases of a booking in a department the reader does not see.
HIDDEN = "—"


def receipt_row_for(session: Session, actor: Actor, receipt: Receipt) -> ReceiptRow:
    """The receipt as ``actor`` may read it: a booking on cases of a service the actor does not see keeps its
    number, method and amounts (the drawer must add up) but shows neither the payer nor the cases."""
    row = receipt_row(session, receipt)
    payments = session.scalars(select(FeePayment).where(FeePayment.receipt_id == receipt.id)).all()
    if all(actor.sees_cases_of(payment.case.service) for payment in payments):
        return row
    lines = tuple(ReceiptLine(HIDDEN, HIDDEN, line.amount_cents) for line in row.lines)
    return replace(row, payer_name=HIDDEN, lines=lines, reason=HIDDEN if row.reason else None)
