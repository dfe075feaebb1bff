"""One case with everything a clerk needs to decide it (Vorgangsansicht). Viewing is logged."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from models.actors import Actor
from models.case_status import ALLOWED_TRANSITIONS
from models.cases import Case
from models.db import Database
from models.documents import OutgoingDocument
from models.fees import FeeRule
from models.forms import labelled_fields
from models.operations.audit_trail import record
from models.operations.case_fees import tariff_fee_set
from models.operations.mapping import applicant_row, case_row, document_row, event_row, payment_row
from models.operations.rights import operation
from models.operations.rows import AttachmentRow, CaseDetail
from models.operations.visibility import visible_case, visible_documents
from models.permissions import Action
from models.pickups import BulkyWastePickup
from models.services.registry import schema_for


@operation
def case_detail(db: Database, actor: Actor, case_id: int) -> CaseDetail:
    actor.require(Action.VIEW_CASES)
    with db.write() as session:
        case = visible_case(
            session,
            actor,
            case_id,
            options=(selectinload(Case.attachments), selectinload(Case.events), selectinload(Case.payments)),
        )
        documents = [
            document
            for document, _case in session.execute(
                visible_documents(actor).where(OutgoingDocument.case_id == case.id).order_by(OutgoingDocument.id)
            )
        ]
        pickup = session.scalar(
            select(BulkyWastePickup.pickup_date).where(BulkyWastePickup.case_id == case.id)  # visible: of this case
        )
        record(session, actor, "case.viewed", "case", case.id, reference=case.reference)
        first = (
            session.scalar(select(Case.reference).where(Case.id == case.duplicate_of_id))  # visible: linked to this one
            if case.duplicate_of_id is not None
            else None
        )
        linked = select(Case.reference).where(Case.duplicate_of_id == case.id)  # visible: linked to this one
        duplicates = tuple(session.scalars(linked.order_by(Case.id)))
        service = case.service
        tariff = service.fee_rule is FeeRule.TARIFF
        return CaseDetail(
            case=case_row(case),
            applicant=applicant_row(case.applicant),
            form_fields=labelled_fields(schema_for(case.service.key, case.service.schema_uri), case.form_data),
            attachments=tuple(
                AttachmentRow(id=a.id, filename=a.filename, media_type=a.media_type, size=a.size)
                for a in case.attachments
            ),
            events=tuple(event_row(e) for e in case.events),
            documents=tuple(document_row(d, case.reference) for d in documents),
            payments=tuple(payment_row(p) for p in case.payments),
            fee_cents=case.fee_cents,
            paid_cents=sum(p.amount_cents for p in case.payments),
            pickup_date=pickup,
            allowed_targets=tuple(sorted(ALLOWED_TRANSITIONS[case.status])),
            fee_rule=service.fee_rule,
            tariff_min_cents=service.fee_cents if tariff else None,
            tariff_max_cents=service.fee_max_cents if tariff else None,
            tariff_basis=service.fee_basis if tariff else None,
            tariff_fee_set=tariff_fee_set(case),
            duplicate_of=first,
            duplicate_state=case.duplicate_state,
            duplicates=duplicates,
        )
