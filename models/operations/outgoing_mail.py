"""The print queue and printing: queued letters go to the printer as one job and into the outgoing-mail book.

Printing happens inside the write transaction that marks the letters printed: if the printer fails, nothing
changes and every letter stays queued; two workstations printing at once never print the same letter twice
(the rows are locked, ``FOR UPDATE`` on PostgreSQL, an exclusive write transaction on SQLite). The PDF that
is printed is the one stored with the case when the letter was written: that stored copy is the archive.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from sqlalchemy.orm import Session, undefer

from models.actors import Actor
from models.base import utcnow
from models.cases import Case, EventKind
from models.db import Database
from models.documents import DocumentStatus, OutgoingDocument
from models.errors import InvalidInput
from models.mail_book import MailBookEntry, postage_class_for, sheets_for
from models.operations.audit_of_reads import record_read
from models.operations.audit_trail import record
from models.operations.case_access import add_event
from models.operations.mail_book import mail_book_row
from models.operations.mail_rows import PrintBatchResult, QueuedDocument
from models.operations.reasons import checked_reason
from models.operations.rights import operation
from models.operations.visibility import visible_document, visible_documents
from models.permissions import Action
from models.print_jobs import Deliver, PrintItem, PrintReceipt

MAX_REASON_LENGTH = 1000


@operation
def print_queue(db: Database, actor: Actor) -> tuple[QueuedDocument, ...]:
    """Letters ready to print and post, oldest first."""
    actor.require(Action.PRINT_MAIL)
    query = visible_documents(actor).where(OutgoingDocument.status == DocumentStatus.QUEUED)
    with db.read() as session:
        rows = session.execute(query.order_by(OutgoingDocument.created_at, OutgoingDocument.id)).all()
        queued = tuple(
            QueuedDocument(
                id=document.id,
                case_reference=case.reference,
                kind=document.kind,
                title=document.title,
                recipient=tuple(document.recipient.splitlines()),
                pages=document.pages,
                created_at=document.created_at,
                created_by=document.created_by,
            )
            for document, case in rows
        )
    record_read(db, actor, "print_queue.viewed", "print_queue", "-", rows=len(queued))  # recipients' addresses
    return queued


@operation
def print_documents(
    db: Database, actor: Actor, deliver: Deliver, document_ids: Sequence[int] | None = None
) -> PrintBatchResult:
    """Print the queued letters ``document_ids`` (all visible queued letters when ``None``) as one job.

    Letters printed meanwhile by someone else are skipped; an empty batch raises ``InvalidInput``. A failing
    ``deliver`` raises its error and leaves every letter queued.
    """
    actor.require(Action.PRINT_MAIL)
    query = visible_documents(actor).where(OutgoingDocument.status == DocumentStatus.QUEUED)
    if document_ids is not None:
        query = query.where(OutgoingDocument.id.in_(list(document_ids)))
    query = query.order_by(OutgoingDocument.created_at, OutgoingDocument.id)
    with db.write() as session:
        rows = session.execute(query.options(undefer(OutgoingDocument.pdf)).with_for_update(of=OutgoingDocument)).all()
        if not rows:
            raise InvalidInput("print_queue", "nothing_to_print")
        receipt = deliver([PrintItem(d.id, d.title, d.pdf, d.pages) for d, _ in rows])
        entries = []
        for document, case in rows:
            document.status = DocumentStatus.PRINTED
            document.printed_at = utcnow()
            document.printed_by = actor.username
            entries.append(_book(session, actor, document, case, receipt, reprint_reason=None))
        session.flush()
        record(
            session,
            actor,
            "mail.printed",
            "print_job",
            receipt.job_id or "-",
            printer=receipt.printer,
            documents=[document.id for document, _ in rows],
        )
        return PrintBatchResult(entries=tuple(mail_book_row(e) for e in entries), receipt=receipt)


@operation
def reprint_document(db: Database, actor: Actor, document_id: int, reason: str, deliver: Deliver) -> PrintBatchResult:
    """Print an already printed letter again; only with a reason (a sentence), which goes into the book and the
    audit log."""
    actor.require(Action.PRINT_MAIL)
    reason = checked_reason(reason, "reprint_reason", max_length=MAX_REASON_LENGTH)
    with db.write() as session:
        document, case = visible_document(session, actor, document_id, with_pdf=True, action=Action.PRINT_MAIL)
        if document.status != DocumentStatus.PRINTED:
            raise InvalidInput("document", "not_printed_yet")
        receipt = deliver([PrintItem(document.id, document.title, document.pdf, document.pages)])
        entry = _book(session, actor, document, case, receipt, reprint_reason=reason)
        session.flush()
        record(session, actor, "document.reprinted", "document", document.id, reference=case.reference, reason=reason)
        return PrintBatchResult(entries=(mail_book_row(entry),), receipt=receipt)


def _book(
    session: Session,
    actor: Actor,
    document: OutgoingDocument,
    case: Case,
    receipt: PrintReceipt,
    *,
    reprint_reason: str | None,
) -> MailBookEntry:
    sheets = sheets_for(document.pages, duplex=receipt.duplex)
    entry = MailBookEntry(
        document_id=document.id,
        case_id=case.id,
        case_reference=case.reference,
        recipient=document.recipient,
        document_kind=document.kind,
        document_title=document.title,
        pages=document.pages,
        sheets=sheets,
        postage_class=postage_class_for(sheets),
        printed_by=actor.username,
        printed_by_name=actor.display_name,
        printer=receipt.printer,
        job_id=receipt.job_id,
        pdf_sha256=hashlib.sha256(document.pdf).hexdigest(),
        reprint_reason=reprint_reason,
    )
    session.add(entry)
    comment = f"{document.title} ({'Nachdruck: ' + reprint_reason if reprint_reason else 'gedruckt'})"
    add_event(session, case, actor, EventKind.DOCUMENT, comment=comment)
    return entry
