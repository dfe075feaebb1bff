"""Reading the §40 BMG disclosure log (Protokoll der Melderegisterauskünfte): for the data-protection role only.

The log itself is written by the register information service (:mod:`models.services.register_information`)
with each answer; here it is read and exported. Every reading and every export is an audit record with its
filter, like a reading of the audit log. There is no operation that changes or deletes a row: the log is kept at
least twelve months (§40(4) BMG, :data:`~models.registers.residents.disclosures.RETENTION_MONTHS`).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from models.actors import Actor
from models.db import Database
from models.errors import InvalidInput
from models.german_format import format_moment_seconds, local_midnight
from models.operations.audit_of_reads import record_read
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.permissions import Action
from models.registers.residents.disclosures import DisclosureLogEntry, DisclosureOutcome
from models.spreadsheet_text import literal_csv

#: Rows one reading returns at most (newest first); narrow the dates for older ones.
MAX_ENTRIES = 5000

#: How the export names the outcomes.
OUTCOME_TEXTS = {
    DisclosureOutcome.ANSWERED: "Auskunft erteilt",
    DisclosureOutcome.NO_MATCH: "Standardantwort: keine Person gefunden",
    DisclosureOutcome.NOT_UNAMBIGUOUS: "Standardantwort: nicht eindeutig",
    DisclosureOutcome.INFORMATION_BLOCK: "Standardantwort: Auskunftssperre (§ 51 BMG)",
    DisclosureOutcome.REFUSED: "Abgelehnt",
}


@dataclass(frozen=True)
class DisclosureRow:
    id: int
    at: dt.datetime
    case_reference: str
    service_key: str
    outcome: DisclosureOutcome
    recipient: str
    purpose: str
    data_given: dict[str, Any]
    resident_id: int | None
    clerk: str

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": self.at.isoformat(),
            "case_reference": self.case_reference,
            "service": self.service_key,
            "outcome": self.outcome.value,
            "recipient": self.recipient,
            "purpose": self.purpose,
            "data_given": self.data_given,
            "resident_id": self.resident_id,
            "clerk": self.clerk,
        }


def _described(date_from: dt.date | None, date_to: dt.date | None) -> dict[str, str | None]:
    return {
        "from": date_from.isoformat() if date_from else None,
        "to": date_to.isoformat() if date_to else None,
    }


@operation
def disclosure_log(
    db: Database, actor: Actor, *, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> tuple[DisclosureRow, ...]:
    """The answers given between ``date_from`` and ``date_to`` (days in Germany, both inclusive), newest first, at
    most :data:`MAX_ENTRIES`. The reading is recorded."""
    actor.require(Action.READ_DISCLOSURE_LOG)
    if date_from and date_to and date_from > date_to:
        raise InvalidInput("date_to", "before_date_from")
    selection = select(DisclosureLogEntry)
    if date_from:
        selection = selection.where(DisclosureLogEntry.at >= local_midnight(date_from))
    if date_to:
        selection = selection.where(DisclosureLogEntry.at < local_midnight(date_to + dt.timedelta(days=1)))
    selection = selection.order_by(DisclosureLogEntry.id.desc()).limit(MAX_ENTRIES)
    with db.write() as session:
        rows = tuple(_row(entry) for entry in session.scalars(selection))
        record(session, actor, "disclosures.read", "disclosure_log", "-", filter=_described(date_from, date_to),
               rows=len(rows))  # fmt: skip
    return rows


@operation
def export_disclosure_log(
    db: Database, actor: Actor, *, date_from: dt.date | None = None, date_to: dt.date | None = None
) -> str:
    """The answers as CSV (formulas neutralised, the data given as JSON); the export is recorded."""
    rows = disclosure_log(db, actor, date_from=date_from, date_to=date_to)
    record_read(db, actor, "disclosures.exported", "disclosure_log", "-", filter=_described(date_from, date_to))
    return literal_csv(
        ("Zeitpunkt", "Aktenzeichen", "Ergebnis", "Empfänger", "Zweck", "Übermittelte Daten", "Sachbearbeitung"),
        (
            (
                format_moment_seconds(r.at),
                r.case_reference,
                OUTCOME_TEXTS[r.outcome],
                r.recipient,
                r.purpose,
                json.dumps(r.data_given, ensure_ascii=False, sort_keys=True),
                r.clerk,
            )
            for r in rows
        ),
    )


def _row(entry: DisclosureLogEntry) -> DisclosureRow:
    return DisclosureRow(
        id=entry.id,
        at=entry.at,
        case_reference=entry.case_reference,
        service_key=entry.service_key,
        outcome=entry.outcome,
        recipient=entry.recipient,
        purpose=entry.purpose,
        data_given=dict(entry.data_given or {}),
        resident_id=entry.resident_id,
        clerk=entry.clerk,
    )
