"""Turning ORM objects into frozen rows (only ever inside an operation's transaction)."""

from __future__ import annotations

from models.cases import Case, CaseEvent, FeePayment
from models.documents import OutgoingDocument
from models.letters import postal_address
from models.operations.rows import ApplicantRow, CaseRow, DocumentRow, EventRow, PaymentRow
from models.people import Person


def case_row(case: Case) -> CaseRow:
    assignee = case.assignee
    return CaseRow(
        id=case.id,
        reference=case.reference,
        version=case.version,
        service_key=case.service.key,
        service_name=case.service.name,
        applicant_name=case.applicant.full_name,
        status=case.status,
        channel=case.channel,
        assignee_username=assignee.username if assignee else None,
        assignee_name=assignee.display_name if assignee else None,
        received_at=case.received_at,
        due_date=case.due_date,
        submission_id=case.submission_id,
    )


def person_address(person: Person) -> tuple[str, ...]:
    return postal_address(
        name=person.full_name,
        street=person.street,
        house_number=person.house_number,
        postcode=person.postcode,
        city=person.city,
        country=person.country,
        addition=person.address_addition,
    )


def applicant_row(person: Person) -> ApplicantRow:
    return ApplicantRow(
        full_name=person.full_name,
        address_lines=person_address(person),
        date_of_birth=person.date_of_birth,
        email=person.email,
        phone=person.phone,
    )


def event_row(event: CaseEvent) -> EventRow:
    return EventRow(
        at=event.at,
        kind=event.kind,
        actor_display=event.actor_display,
        from_status=event.from_status,
        to_status=event.to_status,
        comment=event.comment,
    )


def payment_row(payment: FeePayment) -> PaymentRow:
    return PaymentRow(
        amount_cents=payment.amount_cents,
        method=payment.method,
        reference=payment.reference,
        recorded_at=payment.recorded_at,
        recorded_by=payment.recorded_by,
    )


def document_row(document: OutgoingDocument, case_reference: str) -> DocumentRow:
    return DocumentRow(
        id=document.id,
        case_id=document.case_id,
        case_reference=case_reference,
        kind=document.kind,
        title=document.title,
        pages=document.pages,
        status=document.status,
        created_at=document.created_at,
        created_by=document.created_by,
    )
