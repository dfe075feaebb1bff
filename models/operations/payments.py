"""Recording fees paid at the counter or online (Gebühren vereinnahmen)."""

from __future__ import annotations

from models.base import utcnow
from models.cases import EventKind, FeePayment, PaymentMethod
from models.db import Database
from models.errors import InvalidInput
from models.german_format import format_euro
from models.operations.actors import Actor
from models.operations.case_access import add_event, case_for_update
from models.operations.mapping import payment_row
from models.operations.rows import PaymentRow

MAX_PAYMENT_CENTS = 1_000_000  # 10,000 €: beyond any municipal fee, almost certainly a typing error


def record_payment(
    db: Database,
    actor: Actor,
    case_id: int,
    amount_cents: int,
    method: PaymentMethod,
    *,
    reference: str | None = None,
    expected_version: int | None = None,
) -> PaymentRow:
    if amount_cents <= 0:
        raise InvalidInput("amount", "not_positive")
    if amount_cents > MAX_PAYMENT_CENTS:
        raise InvalidInput("amount", "too_large")
    reference = (reference or "").strip() or None
    if reference and len(reference) > 120:
        raise InvalidInput("reference", "too_long")
    with db.write() as session:
        case = case_for_update(session, case_id, expected_version)
        actor.require_case_work(case.service)
        payment = FeePayment(
            case=case,
            amount_cents=amount_cents,
            method=method,
            reference=reference,
            recorded_by=actor.username,
        )
        session.add(payment)
        case.updated_at = utcnow()  # bumps the version: the case changed
        add_event(session, case, actor, EventKind.PAYMENT, comment=f"{format_euro(amount_cents)} ({method.value})")
        session.flush()
        return payment_row(payment)
