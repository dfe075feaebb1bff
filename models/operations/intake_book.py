"""Recording online submissions exactly once (Eingangsbuch) — used by ``sync/intake.py``.

A submission becomes a case and its book entry in one transaction; the submission id is the primary key of the
book and unique on the case, so a re-delivery or a second workstation can never make a second case. The accept or
reject event is sent only after that commit, and the book remembers when the delivery service confirmed it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, exc, select, update
from sqlalchemy.orm import Session

from models.actors import Actor
from models.base import utcnow
from models.cases import Attachment, Case, EventKind, FeePayment, PaymentMethod
from models.db import Database
from models.errors import PermissionDenied
from models.intake import IntakeOutcome, PortalPayment, SubmissionFault, SubmissionIntake
from models.operations.audit_of_reads import record_read
from models.operations.audit_trail import record
from models.operations.case_access import add_event
from models.operations.case_creation import NewCase, add_cases
from models.operations.rights import operation
from models.permissions import Action
from models.storable_text import clipped, fitted


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


def known_submissions(db: Database, submission_ids: Sequence[str]) -> dict[str, IntakeRecord]:
    """Book entries of those of ``submission_ids`` that are already booked (one query for a whole listing)."""
    found: dict[str, IntakeRecord] = {}
    with db.read() as session:
        for start in range(0, len(submission_ids), 500):
            chunk = list(submission_ids[start : start + 500])
            for entry in session.scalars(select(SubmissionIntake).where(SubmissionIntake.submission_id.in_(chunk))):
                found[entry.submission_id] = _record(entry, _reference(session, entry))
    return found


def find_intake(db: Database, submission_id: str) -> IntakeRecord | None:
    with db.read() as session:
        entry = session.get(SubmissionIntake, submission_id)
        return _record(entry, _reference(session, entry)) if entry else None


def intake_book_is_empty(db: Database) -> bool:
    """Whether no online submission has been taken in yet (the demo's portal sends only into such a database)."""
    with db.read() as session:
        return session.scalar(select(SubmissionIntake.submission_id).limit(1)) is None


def _reference(session: Session, entry: SubmissionIntake) -> str | None:
    if entry.case_id is None:
        return None
    case = session.get(Case, entry.case_id)
    return case.reference if case else None


@dataclass(frozen=True)
class Acceptance:
    key: SubmissionKey
    new_case: NewCase
    authentication_tags: dict[str, Any]
    payment: PortalPaymentInput | None = None


@dataclass(frozen=True)
class Rejection:
    key: SubmissionKey
    problems: list[dict[str, Any]]


@operation
def book_submissions(db: Database, actor: Actor, decisions: Sequence[Acceptance | Rejection]) -> list[IntakeRecord]:
    """Book decisions in one transaction: a case and its entry per acceptance, an entry per rejection.

    A submission that already has an entry keeps it (a re-delivery, or another process was quicker), so this is
    safe to call again for the same submission; the sync pass books what is ready together. Only the headless
    intake books (a member of staff enters walk-in citizens at the counter instead).
    """
    if not actor.is_system:
        raise PermissionDenied("book_submissions", actor.username)
    ids = [decision.key.submission_id for decision in decisions]
    try:
        with db.write() as session:
            existing = {
                entry.submission_id: entry
                for entry in session.scalars(select(SubmissionIntake).where(SubmissionIntake.submission_id.in_(ids)))
            }
            fresh = [d for d in decisions if d.key.submission_id not in existing]
            acceptances = [d for d in fresh if isinstance(d, Acceptance)]
            cases = dict(
                zip(
                    (d.key.submission_id for d in acceptances),
                    add_cases(session, actor, [d.new_case for d in acceptances]),
                    strict=True,
                )
            )
            session.execute(delete(SubmissionFault).where(SubmissionFault.submission_id.in_(ids)))
            records = []
            for decision in decisions:
                known = existing.get(decision.key.submission_id)
                if known is not None:
                    records.append(_record(known, _reference(session, known)))
                elif isinstance(decision, Acceptance):
                    records.append(_accept(session, actor, decision, cases[decision.key.submission_id]))
                else:
                    records.append(_reject(session, actor, decision))
            return records
    except exc.IntegrityError:
        if len(decisions) > 1:  # someone else booked one of them meanwhile: book one by one
            return [record for decision in decisions for record in book_submissions(db, actor, [decision])]
        existing_record = find_intake(db, ids[0])
        if existing_record is None:
            raise
        return [existing_record]


def _accept(session: Session, actor: Actor, decision: Acceptance, case: Case) -> IntakeRecord:
    key = decision.key
    entry = _entry(key, IntakeOutcome.ACCEPTED, case_id=case.id, authentication_tags=decision.authentication_tags)
    session.add(entry)
    if decision.payment is not None:
        _add_payment(session, case, actor, decision.payment)
    record(session, actor, "submission.accepted", "submission", key.submission_id, reference=case.reference)
    return _record(entry, case.reference)


def _reject(session: Session, actor: Actor, decision: Rejection) -> IntakeRecord:
    key = decision.key
    entry = _entry(key, IntakeOutcome.REJECTED, problems=decision.problems)
    session.add(entry)
    problem_types = [p.get("type") for p in decision.problems]
    record(session, actor, "submission.rejected", "submission", key.submission_id, problems=problem_types)
    return _record(entry, None)


def _entry(
    key: SubmissionKey,
    outcome: IntakeOutcome,
    *,
    case_id: int | None = None,
    problems: list[dict[str, Any]] | None = None,
    authentication_tags: dict[str, Any] | None = None,
) -> SubmissionIntake:
    return SubmissionIntake(
        submission_id=key.submission_id,
        fitconnect_case_id=key.fitconnect_case_id,
        destination_id=key.destination_id,
        # the portal's labels are information, not evidence: a label too long for its column must not stop the
        # booking of the decision (a rejection above all), so it is cut instead of refused
        service_identifier=clipped(SubmissionIntake.service_identifier, key.service_identifier),
        service_name=clipped(SubmissionIntake.service_name, key.service_name),
        outcome=outcome,
        case_id=case_id,
        problems=problems or [],
        authentication_tags=authentication_tags or {},
        received_at=utcnow(),
    )


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


def check_storable(acceptance: Acceptance) -> None:
    """Refuse (``InvalidInput`` naming the field) what the columns of a booked submission cannot hold.

    Called before booking, so that PostgreSQL (which refuses an over-long value) and SQLite (which stores it)
    behave the same: the submission is rejected on both. The applicant is checked by ``checked_applicant``.
    """
    for index, attachment in enumerate(acceptance.new_case.attachments):
        fitted(Attachment.media_type, attachment.media_type, f"contentStructure/attachments/{index}/mimeType")
    payment = acceptance.payment
    if payment is not None:
        fitted(PortalPayment.transaction_id, payment.transaction_id, "paymentInformation/transactionId")
        if payment.transaction_reference is not None:
            fitted(
                PortalPayment.transaction_reference,
                payment.transaction_reference,
                "paymentInformation/transactionReference",
            )
        fitted(PortalPayment.payment_method, payment.payment_method, "paymentInformation/paymentMethod")
        fitted(PortalPayment.status, payment.status, "paymentInformation/status")


@dataclass(frozen=True)
class HeldSubmission:
    """A submission kept aside after a fault (``SubmissionFault``), as the admin sees it."""

    submission_id: str
    fitconnect_case_id: str
    service_name: str | None
    attempts: int
    error: str
    first_failed_at: dt.datetime
    last_failed_at: dt.datetime


MAX_FAULT_TEXT = 2000


def record_fault(db: Database, key: SubmissionKey, error: str) -> int:
    """Remember that taking in ``key`` failed once more; returns how many passes have failed on it so far."""
    now = utcnow()
    with db.write() as session:
        fault = session.get(SubmissionFault, key.submission_id)
        if fault is None:
            fault = SubmissionFault(
                submission_id=key.submission_id,
                fitconnect_case_id=key.fitconnect_case_id,
                destination_id=key.destination_id,
                service_name=clipped(SubmissionFault.service_name, key.service_name),
                attempts=0,
                first_failed_at=now,
            )
            session.add(fault)
        fault.attempts += 1
        fault.error = (clipped(SubmissionFault.error, error) or "")[:MAX_FAULT_TEXT]
        fault.last_failed_at = now
        return fault.attempts


@operation
def held_submissions(db: Database, actor: Actor) -> tuple[HeldSubmission, ...]:
    """What the admin should look at besides the rejections: submissions kept aside, oldest fault first."""
    actor.require(Action.VIEW_INTAKE)
    with db.read() as session:
        faults = session.scalars(select(SubmissionFault).order_by(SubmissionFault.first_failed_at))
        held = tuple(
            HeldSubmission(
                submission_id=f.submission_id,
                fitconnect_case_id=f.fitconnect_case_id,
                service_name=f.service_name,
                attempts=f.attempts,
                error=f.error,
                first_failed_at=f.first_failed_at,
                last_failed_at=f.last_failed_at,
            )
            for f in faults
        )
    record_read(db, actor, "intake.held_viewed", "intake", "-", rows=len(held))
    return held


def confirm_event(db: Database, submission_id: str) -> None:
    """The delivery service has our accept/reject event (204, or it already had it)."""
    confirm_events(db, [submission_id])


def confirm_events(db: Database, submission_ids: Sequence[str]) -> None:
    """Book several confirmations in one transaction (the sync pass collects them while it works)."""
    if not submission_ids:
        return
    with db.write() as session:
        session.execute(
            update(SubmissionIntake)
            .where(
                SubmissionIntake.submission_id.in_(list(submission_ids)),
                SubmissionIntake.event_confirmed_at.is_(None),
            )
            .values(event_confirmed_at=utcnow())
        )


def unconfirmed(db: Database) -> tuple[IntakeRecord, ...]:
    """Book entries whose event has not reached the delivery service yet (to be sent again)."""
    with db.read() as session:
        entries = session.scalars(select(SubmissionIntake).where(SubmissionIntake.event_confirmed_at.is_(None)))
        return tuple(_record(e, _reference(session, e)) for e in entries)


@operation
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
        rejected = tuple(_record(e, None) for e in entries)
    record_read(db, actor, "intake.rejected_viewed", "intake", "-", rows=len(rejected))
    return rejected
