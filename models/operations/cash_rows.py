"""The cash book's ORM objects as the plain rows of :mod:`models.cash_records` (no ORM object leaves a transaction)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import FeePayment
from models.cash import Receipt
from models.cash_records import ReceiptLine, ReceiptRow


def receipt_row(session: Session, receipt: Receipt) -> ReceiptRow:
    payments = session.scalars(
        select(FeePayment)  # visible: callers check the reader (receipt_row_for, receipt_by_number)
        .where(FeePayment.receipt_id == receipt.id)
        .order_by(FeePayment.id)
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
    payments = session.scalars(
        select(FeePayment).where(FeePayment.receipt_id == receipt.id)  # visible: only to decide what is hidden
    ).all()
    if all(actor.sees_cases_of(payment.case.service) for payment in payments):
        return row
    lines = tuple(ReceiptLine(HIDDEN, HIDDEN, line.amount_cents) for line in row.lines)
    return replace(row, payer_name=HIDDEN, lines=lines, reason=HIDDEN if row.reason else None, visible=False)
