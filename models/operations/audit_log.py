"""Reading the audit log (Protokoll einsehen): for the data-protection officer only, by person, case, user and time.

Every reading and every export is itself recorded, with the filter it used, so that reading the log leaves a trace
like any other access to personal data.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, or_, select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.audit import AuditRecord
from models.cases import Case
from models.db import Database
from models.documents import OutgoingDocument
from models.errors import InvalidInput
from models.german_format import format_moment_seconds, local_midnight
from models.operations.audit_of_reads import record_read
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.operations.text_search import MAX_SEARCH_LENGTH, SearchTooLong, matches_every_word
from models.people import Person
from models.permissions import Action
from models.spreadsheet_text import literal_csv

#: Records one reading returns at most (newest first); narrow the filter for older ones.
MAX_RECORDS = 5000


@dataclass(frozen=True)
class AuditQuery:
    person: str | None = None  # words of a citizen's name: the records about that person's cases and letters
    case_reference: str | None = None
    username: str | None = None  # whose actions
    date_from: dt.date | None = None  # days in Germany, both inclusive
    date_to: dt.date | None = None

    def described(self) -> dict[str, str | None]:
        return {
            "person": self.person,
            "case": self.case_reference,
            "user": self.username,
            "from": self.date_from.isoformat() if self.date_from else None,
            "to": self.date_to.isoformat() if self.date_to else None,
        }


@dataclass(frozen=True)
class AuditRow:
    id: int
    seq: int
    at: dt.datetime
    actor: str
    action: str
    object_type: str
    object_id: str
    details: dict[str, Any]

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "seq": self.seq,
            "at": self.at.isoformat(),
            "actor": self.actor,
            "action": self.action,
            "object_type": self.object_type,
            "object_id": self.object_id,
            "details": self.details,
        }


@operation
def audit_records(db: Database, actor: Actor, query: AuditQuery | None = None) -> tuple[AuditRow, ...]:
    """The records matching ``query``, newest first, at most :data:`MAX_RECORDS`. The reading is recorded."""
    actor.require(Action.READ_AUDIT_LOG)
    query = query or AuditQuery()
    if query.date_from and query.date_to and query.date_from > query.date_to:
        raise InvalidInput("date_to", "before_date_from")
    for text in (query.person, query.case_reference, query.username):
        if text is not None and len(text) > MAX_SEARCH_LENGTH:  # the person's words are bounded the same way
            raise SearchTooLong(len(text))
    with db.write() as session:
        selection = _selection(session, query)
        rows = tuple(_row(r) for r in session.scalars(selection.order_by(AuditRecord.seq.desc()).limit(MAX_RECORDS)))
        record(session, actor, "audit.read", "audit_log", "-", filter=query.described(), rows=len(rows))
    return rows


@operation
def export_audit_records(db: Database, actor: Actor, query: AuditQuery | None = None) -> str:
    """The matching records as CSV (formulas neutralised, details as JSON); the export is recorded."""
    rows = audit_records(db, actor, query)
    record_read(db, actor, "audit.exported", "audit_log", "-", filter=(query or AuditQuery()).described())
    return literal_csv(
        ("Zeitpunkt", "Benutzer", "Aktion", "Objekt", "Kennung", "Einzelheiten", "Nr."),
        (
            (
                format_moment_seconds(r.at),
                r.actor,
                r.action,
                r.object_type,
                r.object_id,
                json.dumps(r.details, ensure_ascii=False, sort_keys=True),
                r.seq,
            )
            for r in rows
        ),
    )


def _selection(session: Session, query: AuditQuery) -> Select[AuditRecord]:
    selection = select(AuditRecord)
    if query.username:
        selection = selection.where(AuditRecord.actor == query.username.strip())
    if query.date_from:
        selection = selection.where(AuditRecord.at >= local_midnight(query.date_from))
    if query.date_to:
        selection = selection.where(AuditRecord.at < local_midnight(query.date_to + dt.timedelta(days=1)))
    cases: Select[int] | None = None
    if query.person and query.person.strip():
        words = matches_every_word(query.person, Person.search_name)
        cases = select(Case.id).join(Person, Case.applicant_id == Person.id)
        if words is not None:
            cases = cases.where(words)
    if query.case_reference and query.case_reference.strip():
        by_reference = select(Case.id).where(Case.reference == query.case_reference.strip())
        cases = by_reference if cases is None else cases.where(Case.id.in_(by_reference))
    if cases is not None:
        case_ids = [str(i) for i in session.scalars(cases)]
        document_ids = [
            str(i) for i in session.scalars(select(OutgoingDocument.id).where(OutgoingDocument.case_id.in_(cases)))
        ]
        selection = selection.where(
            or_(
                and_(AuditRecord.object_type == "case", AuditRecord.object_id.in_(case_ids)),
                and_(AuditRecord.object_type == "document", AuditRecord.object_id.in_(document_ids)),
            )
        )
    return selection


def _row(r: AuditRecord) -> AuditRow:
    return AuditRow(r.id, r.seq, r.at, r.actor, r.action, r.object_type, r.object_id, dict(r.details or {}))
