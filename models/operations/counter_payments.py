"""Taking fees at the counter (Kasse): one receipt per visit, cancellations as counter-bookings.

:func:`take_payment` books cash or girocard payments on one or more cases of the same visit and issues one receipt
(:mod:`models.cash`); :func:`cancel_receipt` cancels a receipt with a reason by a receipt of its own with the
negative amounts. Payments are taken by the staff who handle the cases' services — at the counter also on a case
another clerk holds (the citizen pays where they stand; the case's history names who took the money) — and only on
cases whose fee is still collected (open or approved), never beyond the fee still open. A day the workstation has
closed (:mod:`models.operations.cash_day`) takes no more bookings there.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import exc, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from models.actors import Actor
from models.base import utcnow
from models.cases import Case, EventKind, FeePayment
from models.cash import COUNTER_METHODS, CashDayClosing, Receipt, ReceiptCounter, ReceiptKind
from models.cash_records import ReceiptRow
from models.db import Database
from models.din91379 import normalised
from models.errors import (
    AmountBeyondOpenFee,
    CaseNotWorkable,
    CashDayClosed,
    InvalidInput,
    NotFound,
    ReceiptNumberTaken,
)
from models.german_format import format_euro, today
from models.operations.case_access import FEE_STATES, add_event, case_for_update
from models.operations.case_fees import tariff_fee_missing
from models.operations.cash_rows import receipt_row
from models.operations.reasons import checked_reason
from models.operations.rights import operation
from models.operations.visibility import visible_case, visible_cases
from models.payment_methods import METHOD_NAMES, PaymentMethod
from models.people import Person
from models.permissions import Action
from models.storable_text import fitted

MAX_PAYMENT_CENTS = 1_000_000  # 10,000 €: beyond any municipal fee, almost certainly a typing error
MAX_CASES_PER_RECEIPT = 20
MAX_REASON_LENGTH = 500


def checked_workstation(name: str) -> str:
    """The workstation's name as the cash book stores it (``InvalidInput("workstation", …)`` if unusable)."""
    name = " ".join(name.split())
    if not name:
        raise InvalidInput("workstation", "required")
    return fitted(Receipt.workstation, name, "workstation")


@dataclass(frozen=True)
class OpenFee:
    """A case of the visit whose fee is (partly) open, as the payment dialog lists it."""

    case_id: int
    reference: str
    service_name: str
    applicant_name: str
    fee_cents: int
    open_cents: int
    version: int
    fee_to_set: bool = False  # a fee by tariff the clerk has not set yet: not payable until it is


@dataclass(frozen=True)
class PaymentLine:
    """One case of the visit and the amount paid on it; ``expected_version`` as the clerk saw the case."""

    case_id: int
    amount_cents: int
    expected_version: int | None = None


def next_receipt_number(session: Session, year: int) -> str:
    """Take the next receipt number of ``year`` inside the booking's transaction (an upsert under a row lock)."""
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    statement = insert(ReceiptCounter).values(year=year, last_number=1)
    statement = statement.on_conflict_do_update(
        index_elements=[ReceiptCounter.year], set_={"last_number": ReceiptCounter.last_number + 1}
    )
    number = session.execute(statement.returning(ReceiptCounter.last_number)).scalar_one()
    return f"Q-{year}-{number:05d}"  # five digits: never read as a case reference (2026-000042)


def _refuse_closed_day(session: Session, workstation: str) -> None:
    day = today()
    closed = session.scalar(
        select(CashDayClosing.id).where(CashDayClosing.workstation == workstation, CashDayClosing.business_day == day)
    )
    if closed is not None:
        raise CashDayClosed(workstation, day.isoformat())


def _checked_lines(lines: Sequence[PaymentLine]) -> Sequence[PaymentLine]:
    if not lines:
        raise InvalidInput("cases", "required")
    if len(lines) > MAX_CASES_PER_RECEIPT:
        raise InvalidInput("cases", "too_many")
    if len({line.case_id for line in lines}) != len(lines):
        raise InvalidInput("cases", "twice")
    for line in lines:
        if line.amount_cents <= 0:
            raise InvalidInput("amount", "not_positive")
        if line.amount_cents > MAX_PAYMENT_CENTS:
            raise InvalidInput("amount", "too_large")
    return lines


def _case_to_pay(session: Session, actor: Actor, line: PaymentLine) -> Case:
    case = case_for_update(session, actor, line.case_id, line.expected_version)
    actor.require_case_work(case.service)
    if case.status not in FEE_STATES:
        raise CaseNotWorkable(case.reference, case.status.value, "payment")
    if tariff_fee_missing(case):
        raise InvalidInput("fee", "tariff_amount_missing")  # the lowest amount it started with is no fee yet
    open_cents = case.open_fee_cents
    if line.amount_cents > open_cents:
        raise AmountBeyondOpenFee(line.amount_cents, open_cents)
    return case


def _stored(session: Session, receipt: Receipt) -> None:
    """Flush the booking; a receipt number another workstation took at the same moment stores nothing."""
    try:
        session.flush()
    except exc.IntegrityError as error:
        raise ReceiptNumberTaken(receipt.number) from error


@operation
def take_payment(
    db: Database,
    actor: Actor,
    lines: Sequence[PaymentLine],
    method: PaymentMethod,
    *,
    workstation: str,
    payer_name: str | None = None,
) -> ReceiptRow:
    """Book the visit's payments and issue one receipt; ``payer_name`` defaults to the first case's applicant."""
    actor.require(Action.TAKE_PAYMENTS)
    if method not in COUNTER_METHODS:
        raise InvalidInput("method", "not_at_counter")
    lines = _checked_lines(lines)
    workstation = checked_workstation(workstation)
    payer = " ".join((payer_name or "").split())
    if payer:
        payer = fitted(Receipt.payer_name, normalised(payer, "payer_name"), "payer_name")
    with db.write() as session:
        _refuse_closed_day(session, workstation)
        cases = [_case_to_pay(session, actor, line) for line in lines]
        day = today()
        receipt = Receipt(
            number=next_receipt_number(session, day.year),
            kind=ReceiptKind.PAYMENT,
            method=method,
            total_cents=sum(line.amount_cents for line in lines),
            payer_name=payer or cases[0].applicant.full_name,
            workstation=workstation,
            business_day=day,
            clerk_username=actor.username,
            clerk_name=actor.display_name,
        )
        session.add(receipt)
        for case, line in zip(cases, lines, strict=True):
            session.add(
                FeePayment(
                    case=case,
                    receipt=receipt,
                    amount_cents=line.amount_cents,
                    method=method,
                    reference=receipt.number,
                    recorded_by=actor.username,
                )
            )
            case.updated_at = utcnow()  # bumps the version: the case changed
        _stored(session, receipt)
        for case, line in zip(cases, lines, strict=True):
            comment = f"{format_euro(line.amount_cents)} {METHOD_NAMES[method]}, Quittung {receipt.number}"
            add_event(session, case, actor, EventKind.PAYMENT, comment=comment)
        session.flush()
        return receipt_row(session, receipt)


def _same_person(case: Case, other: Case) -> bool:
    """The same citizen by the DIN 91379 search form of the name and the date of birth (else the address)."""
    mine, theirs = case.applicant, other.applicant
    if mine.search_name != theirs.search_name:
        return False
    if mine.date_of_birth is not None and theirs.date_of_birth is not None:
        return mine.date_of_birth == theirs.date_of_birth
    return (mine.street, mine.house_number, mine.postcode) == (theirs.street, theirs.house_number, theirs.postcode)


def _open_fee(case: Case) -> OpenFee:
    return OpenFee(
        case.id,
        case.reference,
        case.service.name,
        case.applicant.full_name,
        case.fee_cents,
        case.open_fee_cents,
        case.version,
        tariff_fee_missing(case),
    )


@operation
def fees_of_the_visit(db: Database, actor: Actor, case_id: int) -> tuple[OpenFee, ...]:
    """The case and the citizen's other cases whose fee is open and which the actor may take money for: one visit
    may pay them all with one receipt. The chosen case comes first, even when nothing of its fee is open."""
    actor.require(Action.TAKE_PAYMENTS)
    with db.read() as session:
        case = visible_case(session, actor, case_id)
        actor.require_case_work(case.service)
        candidates = session.scalars(
            visible_cases(actor)
            .join(Case.applicant)
            .where(
                Case.id != case.id,
                Case.status.in_(FEE_STATES),
                Case.fee_cents > 0,
                Person.search_name == case.applicant.search_name,
            )
            .order_by(Case.reference)
            .limit(MAX_CASES_PER_RECEIPT)
        ).all()
        others = [
            other
            for other in candidates
            if _same_person(case, other) and actor.may_work_on(other.service) and other.open_fee_cents > 0
        ]
        return (_open_fee(case), *(_open_fee(other) for other in others))


@operation
def cancel_receipt(db: Database, actor: Actor, number: str, reason: str, *, workstation: str) -> ReceiptRow:
    """Cancel a receipt by a cancellation receipt with the negative amounts; the receipt itself stays as it was."""
    actor.require(Action.TAKE_PAYMENTS)
    reason = checked_reason(reason, "reason", max_length=MAX_REASON_LENGTH)
    workstation = checked_workstation(workstation)
    with db.write() as session:
        original = session.scalar(select(Receipt).where(Receipt.number == number.strip()).with_for_update())
        if original is None:
            raise NotFound("receipt", number)
        if original.kind is not ReceiptKind.PAYMENT:
            raise InvalidInput("receipt", "is_cancellation")
        if session.scalar(select(Receipt.id).where(Receipt.cancels_id == original.id)) is not None:
            raise InvalidInput("receipt", "already_cancelled")
        _refuse_closed_day(session, workstation)
        payments = session.scalars(
            select(FeePayment).where(FeePayment.receipt_id == original.id)  # visible: case_for_update below
        ).all()
        for payment in payments:
            case = case_for_update(session, actor, payment.case_id, None)
            actor.require_case_work(case.service)
            case.updated_at = utcnow()
        day = today()
        cancellation = Receipt(
            number=next_receipt_number(session, day.year),
            kind=ReceiptKind.CANCELLATION,
            method=original.method,
            total_cents=-original.total_cents,
            payer_name=original.payer_name,
            workstation=workstation,
            business_day=day,
            clerk_username=actor.username,
            clerk_name=actor.display_name,
            cancels=original,
            reason=reason,
        )
        session.add(cancellation)
        for payment in payments:
            session.add(
                FeePayment(
                    case=payment.case,
                    receipt=cancellation,
                    amount_cents=-payment.amount_cents,
                    method=payment.method,
                    reference=cancellation.number,
                    recorded_by=actor.username,
                    cancels_payment_id=payment.id,
                )
            )
        _stored(session, cancellation)
        for payment in payments:
            comment = (
                f"Storno {cancellation.number} zu Quittung {original.number}: "
                f"{format_euro(-payment.amount_cents)}; Grund: {reason}"
            )
            add_event(session, payment.case, actor, EventKind.PAYMENT, comment=comment)
        session.flush()
        return receipt_row(session, cancellation)


@operation
def receipt_by_number(db: Database, actor: Actor, number: str) -> ReceiptRow:
    """A receipt for reprinting (Quittung erneut drucken)."""
    actor.require(Action.TAKE_PAYMENTS)
    with db.read() as session:
        receipt = session.scalar(select(Receipt).where(Receipt.number == number.strip()))
        if receipt is None:
            raise NotFound("receipt", number)
        payments = session.scalars(
            select(FeePayment).where(FeePayment.receipt_id == receipt.id)  # visible: require_case_work below
        ).all()
        for payment in payments:
            actor.require_case_work(payment.case.service)  # a receipt names the payer and the cases
        return receipt_row(session, receipt)
