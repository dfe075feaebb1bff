"""Recording online submissions exactly once (Eingangsbuch) — used by ``sync/intake.py``.

A submission becomes a case and its book entry in one transaction; the submission id is the primary key of the
book and unique on the case, so a re-delivery or a second workstation can never make a second case. The accept or
reject event is sent only after that commit, and the book remembers when the delivery service confirmed it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import exc, select
from sqlalchemy.orm import Session

from models.base import utcnow
from models.cases import Case, EventKind, FeePayment, PaymentMethod
from models.db import Database
from models.intake import IntakeOutcome, PortalPayment, SubmissionIntake
from models.operations.actors import Actor
from models.operations.audit_trail import record
from models.operations.case_access import add_event
from models.operations.case_creation import NewCase, add_case
from models.permissions import Action


@dataclass(frozen=True)
class SubmissionKey:
    submission_id: str
    fitconnect_case_id: str
    destination_id: str
    service_identifier: str | None
    service_name: str | None


@dataclass(frozen=True)
class PortalPaymentInput:
    transaction_id: str
    transaction_reference: str | None
    payment_method: str
    status: str  # INITIAL, BOOKED, FAILED, CANCELED
    gross_amount: float | None


@dataclass(frozen=True)
class IntakeRecord:
    submission_id: str
    fitconnect_case_id: str
    destination_id: str
    service_name: str | None
    outcome: IntakeOutcome
    case_id: int | None
    case_reference: str | None
    problems: tuple[dict[str, Any], ...]
    authentication_tags: dict[str, Any]
    received_at: dt.datetime
    event_confirmed_at: dt.datetime | None


def _record(entry: SubmissionIntake, case_reference: str | None) -> IntakeRecord:
    return IntakeRecord(
        submission_id=entry.submission_id,
        fitconnect_case_id=entry.fitconnect_case_id,
        destination_id=entry.destination_id,
        service_name=entry.service_name,
        outcome=entry.outcome,
        case_id=entry.case_id,
        case_reference=case_reference,
        problems=tuple(entry.problems),
        authentication_tags=dict(entry.authentication_tags),
        received_at=entry.received_at,
        event_confirmed_at=entry.event_confirmed_at,
    )


def find_intake(db: Database, submission_id: str) -> IntakeRecord | None:
    with db.read() as session:
        entry = session.get(SubmissionIntake, submission_id)
        return _record(entry, _reference(session, entry)) if entry else None


def _reference(session: Session, entry: SubmissionIntake) -> str | None:
    if entry.case_id is None:
        return None
    case = session.get(Case, entry.case_id)
    return case.reference if case else None


def accept_submission(
    db: Database,
    actor: Actor,
    key: SubmissionKey,
    new_case: NewCase,
    authentication_tags: dict[str, Any],
    payment: PortalPaymentInput | None = None,
) -> IntakeRecord:
    """Create the case and its book entry, or return the entry that already exists for this submission."""
    existing = find_intake(db, key.submission_id)
    if existing is not None:
        return existing
    try:
        with db.write() as session:
            case = add_case(session, actor, new_case)
            entry = SubmissionIntake(
                submission_id=key.submission_id,
                fitconnect_case_id=key.fitconnect_case_id,
                destination_id=key.destination_id,
                service_identifier=key.service_identifier,
                service_name=key.service_name,
                outcome=IntakeOutcome.ACCEPTED,
                case_id=case.id,
                problems=[],
                authentication_tags=authentication_tags,
            )
            session.add(entry)
            if payment is not None:
                _add_payment(session, case, actor, payment)
            record(session, actor, "submission.accepted", "submission", key.submission_id, reference=case.reference)
            session.flush()
            return _record(entry, case.reference)
    except exc.IntegrityError:
        # Another process recorded the same submission a moment earlier: theirs stands.
        existing = find_intake(db, key.submission_id)
        if existing is None:
            raise
        return existing


def _add_payment(session: Session, case: Case, actor: Actor, payment: PortalPaymentInput) -> None:
    session.add(
        PortalPayment(
            case_id=case.id,
            transaction_id=payment.transaction_id,
            transaction_reference=payment.transaction_reference,
            payment_method=payment.payment_method,
            status=payment.status,
            gross_amount=payment.gross_amount,
        )
    )
    if payment.status == "BOOKED" and payment.gross_amount:
        cents = round(payment.gross_amount * 100)
        session.add(
            FeePayment(
                case=case,
                amount_cents=cents,
                method=PaymentMethod.ONLINE,
                reference=payment.transaction_id,
                recorded_by=actor.username,
                recorded_at=utcnow(),
            )
        )
        add_event(session, case, actor, EventKind.PAYMENT, comment=f"ePayment {payment.payment_method}")


def reject_submission(
    db: Database, actor: Actor, key: SubmissionKey, problems: list[dict[str, Any]]
) -> IntakeRecord:
    """Book an invalid submission as rejected (no case), or return its existing entry."""
    existing = find_intake(db, key.submission_id)
    if existing is not None:
        return existing
    try:
        with db.write() as session:
            entry = SubmissionIntake(
                submission_id=key.submission_id,
                fitconnect_case_id=key.fitconnect_case_id,
                destination_id=key.destination_id,
                service_identifier=key.service_identifier,
                service_name=key.service_name,
                outcome=IntakeOutcome.REJECTED,
                problems=problems,
                authentication_tags={},
            )
            session.add(entry)
            record(
                session, actor, "submission.rejected", "submission", key.submission_id,
                problems=[p.get("type") for p in problems],
            )
            session.flush()
            return _record(entry, None)
    except exc.IntegrityError:
        existing = find_intake(db, key.submission_id)
        if existing is None:
            raise
        return existing


def confirm_event(db: Database, submission_id: str) -> None:
    """The delivery service has our accept/reject event (204, or it already had it)."""
    with db.write() as session:
        entry = session.get(SubmissionIntake, submission_id)
        if entry is not None and entry.event_confirmed_at is None:
            entry.event_confirmed_at = utcnow()


def unconfirmed(db: Database) -> tuple[IntakeRecord, ...]:
    """Book entries whose event has not reached the delivery service yet (to be sent again)."""
    with db.read() as session:
        entries = session.scalars(select(SubmissionIntake).where(SubmissionIntake.event_confirmed_at.is_(None)))
        return tuple(_record(e, _reference(session, e)) for e in entries)


def rejected_submissions(db: Database, actor: Actor, *, limit: int = 500) -> tuple[IntakeRecord, ...]:
    """What the admin should look at: submissions we had to reject, newest first."""
    actor.require(Action.VIEW_INTAKE)
    with db.read() as session:
        entries = session.scalars(
            select(SubmissionIntake)
            .where(SubmissionIntake.outcome == IntakeOutcome.REJECTED)
            .order_by(SubmissionIntake.received_at.desc())
            .limit(limit)
        )
        return tuple(_record(e, None) for e in entries)
