"""Recording fees paid at the counter or online (Gebühren vereinnahmen).

The same rule as for decisions: only the clerk holding the case books a payment, only while fees are collected
(open or approved cases), and an amount beyond the fee still open only with a reason.
"""

from __future__ import annotations

from models.actors import Actor
from models.base import utcnow
from models.cases import EventKind, FeePayment, PaymentMethod
from models.db import Database
from models.errors import AmountBeyondOpenFee, InvalidInput
from models.german_format import format_euro
from models.operations.case_access import FEE_STATES, add_event, case_for_work
from models.operations.mapping import payment_row
from models.operations.reasons import checked_reason
from models.operations.rights import operation
from models.operations.rows import PaymentRow

MAX_PAYMENT_CENTS = 1_000_000  # 10,000 €: beyond any municipal fee, almost certainly a typing error
MAX_REASON_LENGTH = 500


@operation
def record_payment(
    db: Database,
    actor: Actor,
    case_id: int,
    amount_cents: int,
    method: PaymentMethod,
    *,
    reference: str | None = None,
    expected_version: int | None = None,
    excess_reason: str | None = None,
) -> PaymentRow:
    """Book a payment on the case; more than the fee still open needs ``excess_reason`` (a sentence)."""
    if amount_cents <= 0:
        raise InvalidInput("amount", "not_positive")
    if amount_cents > MAX_PAYMENT_CENTS:
        raise InvalidInput("amount", "too_large")
    reference = (reference or "").strip() or None
    if reference and len(reference) > 120:
        raise InvalidInput("reference", "too_long")
    with db.write() as session:
        case = case_for_work(session, actor, case_id, expected_version, step="payment", states=FEE_STATES)
        open_cents = case.open_fee_cents
        reason = None
        if amount_cents > open_cents:
            if not (excess_reason or "").strip():
                raise AmountBeyondOpenFee(amount_cents, open_cents)
            reason = checked_reason(excess_reason, "excess_reason", max_length=MAX_REASON_LENGTH)
        payment = FeePayment(
            case=case,
            amount_cents=amount_cents,
            method=method,
            reference=reference,
            recorded_by=actor.username,
        )
        session.add(payment)
        case.updated_at = utcnow()  # bumps the version: the case changed
        comment = f"{format_euro(amount_cents)} ({method.value})"
        if reason:
            comment += f"; mehr als die offene Gebühr von {format_euro(open_cents)}: {reason}"
        add_event(session, case, actor, EventKind.PAYMENT, comment=comment)
        session.flush()
        return payment_row(payment)
