"""Reading the outgoing-mail book (Postausgangsbuch) and exporting it as CSV."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select

from models.actors import Actor
from models.db import Database
from models.german_format import format_moment, local_midnight
from models.mail_book import MailBookEntry, PostageClass
from models.operations.audit_trail import record
from models.operations.mail_rows import MailBookFilter, MailBookRow
from models.operations.rights import operation
from models.operations.text_search import matches_every_word
from models.operations.visibility import visible_mail_book
from models.permissions import Action
from models.spreadsheet_text import literal_csv

MAX_ROWS = 5000

POSTAGE_NAMES = {
    PostageClass.STANDARD: "Standardbrief",
    PostageClass.COMPACT: "Kompaktbrief",
    PostageClass.LARGE: "Großbrief",
}
CSV_HEADER = (
    "Datum",
    "Empfänger",
    "Schriftstück",
    "Aktenzeichen",
    "Seiten",
    "Blatt",
    "Versandart",
    "Gedruckt von",
    "Drucker",
    "Nachdruck-Grund",
)


def mail_book_row(entry: MailBookEntry) -> MailBookRow:
    return MailBookRow(
        id=entry.id,
        printed_at=entry.printed_at,
        document_id=entry.document_id,
        case_reference=entry.case_reference,
        recipient=tuple(entry.recipient.splitlines()),
        document_kind=entry.document_kind,
        document_title=entry.document_title,
        pages=entry.pages,
        sheets=entry.sheets,
        postage_class=entry.postage_class,
        printed_by=entry.printed_by,
        printed_by_name=entry.printed_by_name,
        printer=entry.printer,
        job_id=entry.job_id,
        reprint_reason=entry.reprint_reason,
    )


def _filtered(actor: Actor, f: MailBookFilter) -> Select[Any]:
    """The entries of the cases ``actor`` sees, narrowed by ``f``."""
    query = visible_mail_book(actor)
    if f.printed_from is not None:
        query = query.where(MailBookEntry.printed_at >= local_midnight(f.printed_from))
    if f.printed_to is not None:
        query = query.where(MailBookEntry.printed_at < local_midnight(f.printed_to + dt.timedelta(days=1)))
    if f.kind is not None:
        query = query.where(MailBookEntry.document_kind == f.kind)
    if f.printed_by:
        query = query.where(MailBookEntry.printed_by == f.printed_by)
    if f.reprints_only:
        query = query.where(MailBookEntry.reprint_reason.is_not(None))
    words = matches_every_word(f.text, MailBookEntry.search_text, MailBookEntry.case_reference)
    if words is not None:
        query = query.where(words)
    return query


@operation
def mail_book(db: Database, actor: Actor, f: MailBookFilter | None = None) -> tuple[MailBookRow, ...]:
    """Entries of the cases the actor sees matching ``f``, newest first, at most :data:`MAX_ROWS`. Reading it is
    logged (names, addresses)."""
    actor.require(Action.VIEW_MAIL_BOOK)
    f = f or MailBookFilter()
    with db.write() as session:
        entries = session.scalars(
            _filtered(actor, f).order_by(MailBookEntry.printed_at.desc(), MailBookEntry.id.desc()).limit(MAX_ROWS)
        ).all()
        record(session, actor, "mail_book.viewed", "mail_book", "-", filter=_describe(f), rows=len(entries))
        return tuple(mail_book_row(e) for e in entries)


def _describe(f: MailBookFilter) -> dict[str, str | bool | None]:
    return {
        "from": f.printed_from.isoformat() if f.printed_from else None,
        "to": f.printed_to.isoformat() if f.printed_to else None,
        "text": f.text or None,
        "kind": f.kind.value if f.kind else None,
        "printed_by": f.printed_by,
        "reprints_only": f.reprints_only,
    }


def mail_book_csv(rows: Iterable[MailBookRow]) -> str:
    """Semicolon-separated, as German spreadsheet programs open it; write it with ``utf-8-sig`` encoding. Cells
    that a spreadsheet would take as a formula are made literal (names and subjects come from outside)."""
    return literal_csv(
        CSV_HEADER,
        (
            (
                format_moment(row.printed_at),
                row.recipient_line,
                row.document_title,
                row.case_reference,
                row.pages,
                row.sheets,
                POSTAGE_NAMES[row.postage_class],
                row.printed_by_name,
                row.printer,
                row.reprint_reason or "",
            )
            for row in rows
        ),
    )


@operation
def export_mail_book(db: Database, actor: Actor, f: MailBookFilter | None = None) -> str:
    """The book as CSV; the export is logged like any export of personal data."""
    rows = mail_book(db, actor, f)
    with db.write() as session:
        record(session, actor, "mail_book.exported", "mail_book", "-", filter=_describe(f or MailBookFilter()))
    return mail_book_csv(rows)
