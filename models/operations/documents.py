"""Outgoing documents stored with their case: create, list, fetch the PDF."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, undefer

from models.cases import Case, EventKind
from models.db import Database
from models.documents import DocumentKind, OutgoingDocument
from models.errors import NotFound
from models.letters import LetterContent, RenderedDocument
from models.operations.actors import Actor
from models.operations.audit_trail import record
from models.operations.case_access import add_event, case_by_reference
from models.operations.mapping import document_row
from models.operations.rows import DocumentBlob
from models.permissions import Action

DOCUMENT_TITLES = {
    DocumentKind.CONFIRMATION_LETTER: "Bestätigungsschreiben",
    DocumentKind.REJECTION_LETTER: "Ablehnungsbescheid",
    DocumentKind.DOCUMENT_REQUEST: "Nachforderung von Unterlagen",
    DocumentKind.FEE_NOTICE: "Gebührenbescheid",
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


def document_pdf(db: Database, actor: Actor, document_id: int) -> DocumentBlob:
    """The stored PDF of one document (access is logged: a letter holds personal data)."""
    actor.require(Action.VIEW_CASES)
    with db.write() as session:
        document = session.get(OutgoingDocument, document_id, options=[undefer(OutgoingDocument.pdf)])
        if document is None:
            raise NotFound("document", document_id)
        case = session.get(Case, document.case_id)
        assert case is not None  # the foreign key guarantees it
        record(session, actor, "document.read", "document", document.id, reference=case.reference)
        return DocumentBlob(document_row(document, case.reference), document.pdf)


def latest_letter(db: Database, actor: Actor, reference: str) -> DocumentBlob:
    """The newest letter of a case, by reference (``amtsstube letter REFERENCE``)."""
    actor.require(Action.VIEW_CASES)
    with db.read() as session:
        case = case_by_reference(session, reference)
        document_id = session.scalar(
            select(OutgoingDocument.id)
            .where(OutgoingDocument.case_id == case.id)
            .order_by(OutgoingDocument.created_at.desc(), OutgoingDocument.id.desc())
            .limit(1)
        )
    if document_id is None:
        raise NotFound("letter of case", reference)
    return document_pdf(db, actor, document_id)
