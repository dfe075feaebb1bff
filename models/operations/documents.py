"""Outgoing documents stored with their case: create, list, fetch the PDF."""

from __future__ import annotations

from sqlalchemy.orm import Session, undefer

from models.actors import Actor
from models.cases import Case, EventKind
from models.db import Database
from models.documents import DocumentKind, OutgoingDocument
from models.errors import NotFound
from models.letters import LetterContent, RenderedDocument
from models.operations.audit_trail import record
from models.operations.case_access import add_event
from models.operations.mapping import document_row
from models.operations.rights import operation
from models.operations.rows import DocumentBlob
from models.operations.visibility import visible_case, visible_document, visible_documents
from models.permissions import Action

DOCUMENT_TITLES = {
    DocumentKind.CONFIRMATION_LETTER: "Bestätigungsschreiben",
    DocumentKind.REJECTION_LETTER: "Ablehnungsbescheid",
    DocumentKind.DOCUMENT_REQUEST: "Nachforderung von Unterlagen",
    DocumentKind.FEE_NOTICE: "Gebührenbescheid",
    DocumentKind.DUPLICATE_NOTICE: "Mitteilung zum Doppelantrag",
}


def store_letter(
    session: Session, case: Case, actor: Actor, content: LetterContent, rendered: RenderedDocument
) -> OutgoingDocument:
    """Keep a rendered letter with the case (inside the caller's transaction; rendered before it began)."""
    document = OutgoingDocument(
        case_id=case.id,
        kind=content.kind,
        title=content.subject,
        recipient="\n".join(content.recipient),
        pages=rendered.pages,
        created_by=actor.username,
        pdf=rendered.pdf,
    )
    session.add(document)
    add_event(session, case, actor, EventKind.DOCUMENT, comment=DOCUMENT_TITLES[content.kind])
    session.flush()
    return document


@operation
def document_pdf(db: Database, actor: Actor, document_id: int) -> DocumentBlob:
    """The stored PDF of one document of a case the actor sees (access is logged: a letter holds personal data)."""
    actor.require(Action.VIEW_CASES)
    with db.write() as session:
        document, case = visible_document(session, actor, document_id, with_pdf=True)
        record(session, actor, "document.read", "document", document.id, reference=case.reference)
        return DocumentBlob(document_row(document, case.reference), document.pdf)


@operation
def latest_letter(db: Database, actor: Actor, reference: str) -> DocumentBlob:
    """The newest letter of a case the actor sees, by reference (``amtsstube letter REFERENCE``)."""
    actor.require(Action.VIEW_CASES)
    with db.write() as session:
        case = visible_case(session, actor, reference=reference)
        newest = session.execute(
            visible_documents(actor)
            .where(OutgoingDocument.case_id == case.id)
            .options(undefer(OutgoingDocument.pdf))
            .order_by(OutgoingDocument.created_at.desc(), OutgoingDocument.id.desc())
            .limit(1)
        ).first()
        if newest is None:
            raise NotFound("letter of case", reference)
        document = newest[0]
        record(session, actor, "document.read", "document", document.id, reference=case.reference)
        return DocumentBlob(document_row(document, case.reference), document.pdf)
