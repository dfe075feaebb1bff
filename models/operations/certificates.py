"""Issuing civil-status certificates on security paper, listing them, writing one out again, and verifying a
certificate by its code.

Issuing and reading are the registry officer's (:attr:`Action.ISSUE_CERTIFICATES`, :attr:`Action.VIEW_CIVIL_STATUS`),
checked here; each certificate issued, each list and each PDF read is an audit record (``certificate.issued``,
``certificates.listed``, ``certificate.read``). Verifying answers anyone who holds a certificate's code — an
authority, a court, the citizen — and says only whether it was issued, its kind, register number and day of issue,
and whether it was revoked: nothing about the persons. A mistyped code is refused by its check symbol before the
database is asked; each answered verification is an audit record (``certificate.verified``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import Case
from models.db import Database
from models.errors import InvalidInput, NotFound
from models.german_format import today as german_today
from models.operations.audit_of_reads import record_read
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.operations.visibility import visible_case
from models.permissions import Action
from models.print_jobs import Deliver, PrintItem
from models.registers.civil_status.certificate_content import TITLES as CERTIFICATE_TITLES
from models.registers.civil_status.entries import CivilEntry, StandingEntry, entry_as_it_stands
from models.registers.civil_status.issued import (
    MAX_CERTIFICATES_PER_ISSUE,
    IssuedCertificate,
    IssuedKind,
    Sheet,
    by_code,
    issue,
)
from models.registers.civil_status.recording import entry_annotations, entry_persons
from models.town_config import TownProfile, load_section
from models.verification_code import checked_code

__all__ = ["IssuedKind", "Sheet"]

#: The most copies of one certificate issued at the same time.
MAX_COPIES = 10
#: The most certificates one list names.
MAX_LISTED = 1000

#: Renders one certificate of the entry as it stands onto its sheet, with the town's data: the content (JSON) and
#: the PDF (:func:`printing.certificate_sheet.render_on_sheet`).
RenderCertificate = Callable[[Sheet, StandingEntry, TownProfile], tuple[dict[str, Any], bytes]]


@dataclass(frozen=True)
class CertificateRequest:
    """``copies`` of the certificate of ``kind`` from entry ``entry_id`` (for case ``case_id``, if any); a reissue
    names the verification code of the certificate it replaces (which is then revoked)."""

    kind: IssuedKind
    entry_id: int
    copies: int = 1
    case_id: int | None = None
    replaces_code: str | None = None
    without_parents: bool = False  # a Geburtsurkunde without the parents (§ 59 Abs. 2 PStG), on request


@dataclass(frozen=True)
class IssuedRow:
    id: int
    kind: IssuedKind
    register_number: str
    issued_on: dt.date
    verification_code: str
    sheet_serial: int
    copy_number: int
    workstation: str
    issued_by: str
    revoked_on: dt.date | None
    case_reference: str | None

    @property
    def revoked(self) -> bool:
        return self.revoked_on is not None


@dataclass(frozen=True)
class VerificationAnswer:
    """What a verification tells: nothing about the persons."""

    verification_code: str
    kind: IssuedKind
    register_number: str
    issued_on: dt.date
    revoked_on: dt.date | None

    @property
    def valid(self) -> bool:
        return self.revoked_on is None


def _row(issued: IssuedCertificate, case_reference: str | None) -> IssuedRow:
    return IssuedRow(
        issued.id,
        issued.kind,
        issued.register_number,
        issued.issued_on,
        issued.verification_code,
        issued.sheet_serial,
        issued.copy_number,
        issued.workstation,
        issued.issued_by,
        issued.revoked_on,
        case_reference,
    )


def _checked_requests(requests: Sequence[CertificateRequest]) -> None:
    if not requests:
        raise InvalidInput("certificates", "none")
    for request in requests:
        if isinstance(request.copies, bool) or not isinstance(request.copies, int):
            raise InvalidInput("certificate_copies", "out_of_range")
        if not 1 <= request.copies <= MAX_COPIES:
            raise InvalidInput("certificate_copies", "out_of_range")
    if sum(request.copies for request in requests) > MAX_CERTIFICATES_PER_ISSUE:
        raise InvalidInput("certificates", "too_many")


@operation
def issue_certificates(
    db: Database,
    actor: Actor,
    requests: Sequence[CertificateRequest],
    workstation: str,
    render: RenderCertificate,
    *,
    today: dt.date | None = None,
    deliver: Deliver | None = None,
) -> tuple[IssuedRow, ...]:
    """Print the requested certificates on the next sheets of ``workstation``'s security paper, in one transaction
    (all or none: a failed render leaves every sheet unused).

    With ``deliver`` (the certificate printer, :func:`printing.printer_adapter.printer_delivery`) the certificates
    go to the printer as one job before the transaction ends: a printer that is gone or refuses the job raises, and
    nothing is issued, no sheet is used."""
    with db.write() as session:
        return issue_in_session(session, actor, requests, workstation, render, today=today, deliver=deliver)


def issue_in_session(
    session: Session,
    actor: Actor,
    requests: Sequence[CertificateRequest],
    workstation: str,
    render: RenderCertificate,
    *,
    today: dt.date | None = None,
    deliver: Deliver | None = None,
) -> tuple[IssuedRow, ...]:
    """:func:`issue_certificates` inside the caller's write transaction (a certificate order's issue)."""
    actor.require(Action.ISSUE_CERTIFICATES)
    _checked_requests(requests)
    day = today or german_today()
    town = load_section(session, TownProfile)
    rows: list[IssuedRow] = []
    printed: list[PrintItem] = []
    for request in requests:
        entry = session.get(CivilEntry, request.entry_id)
        if entry is None:
            raise NotFound("civil_entry", request.entry_id)
        case_reference = None
        if request.case_id is not None:
            case_reference = visible_case(session, actor, request.case_id).reference
        standing = entry_as_it_stands(entry, entry_persons(session, entry.id), entry_annotations(session, entry.id))
        replaces = by_code(session, request.replaces_code) if request.replaces_code else None
        for copy in range(1, request.copies + 1):
            issued = issue(
                session,
                kind=request.kind,
                entry=entry,
                case_id=request.case_id,
                workstation=workstation,
                copy_number=copy,
                issued_on=day,
                issued_by=actor.username,
                officer_name=actor.display_name,
                render=lambda sheet, standing=standing: render(sheet, standing, town),  # type: ignore[misc]
                replaces=replaces if copy == 1 else None,
                without_parents=request.without_parents,
            )
            record(
                session,
                actor,
                "certificate.issued",
                "issued_certificate",
                issued.id,
                kind=issued.kind.value,
                register_number=issued.register_number,
                sheet_serial=issued.sheet_serial,
                verification_code=issued.verification_code,
                case=case_reference,
                replaces=request.replaces_code if copy == 1 else None,
            )
            rows.append(_row(issued, case_reference))
            pages = issued.content.get("pages", 1)
            title = f"{CERTIFICATE_TITLES[issued.kind]} {issued.register_number}"
            printed.append(PrintItem(issued.id, title, issued.pdf, pages if isinstance(pages, int) else 1))
    if deliver is not None:
        receipt = deliver(printed)
        record(
            session,
            actor,
            "certificates.printed",
            "issued_certificate",
            rows[0].id,
            printer=receipt.printer,
            job=receipt.job_id,
            sheets=[row.sheet_serial for row in rows],
        )
    return tuple(rows)


def _listing_query() -> Any:
    return select(IssuedCertificate, Case.reference).outerjoin(Case, Case.id == IssuedCertificate.case_id)


@operation
def issued_certificates(db: Database, actor: Actor, entry_id: int | None = None) -> tuple[IssuedRow, ...]:
    """The certificates issued (of entry ``entry_id``, or all), newest first, at most :data:`MAX_LISTED`."""
    actor.require(Action.VIEW_CIVIL_STATUS)
    query = _listing_query().order_by(IssuedCertificate.id.desc()).limit(MAX_LISTED)
    if entry_id is not None:
        query = query.where(IssuedCertificate.entry_id == entry_id)
    with db.read() as session:
        rows = tuple(_row(issued, reference) for issued, reference in session.execute(query))
    record_read(
        db, actor, "certificates.listed", "civil_entry", entry_id if entry_id is not None else "-", hits=len(rows)
    )
    return rows


@operation
def certificate_pdf(db: Database, actor: Actor, code: str) -> tuple[IssuedRow, bytes]:
    """The certificate with verification code ``code`` as issued (row and PDF)."""
    actor.require(Action.VIEW_CIVIL_STATUS)
    with db.read() as session:
        issued = by_code(session, code)
        listed = session.execute(_listing_query().where(IssuedCertificate.id == issued.id)).one()
        row, pdf = _row(*listed), issued.pdf
    record_read(db, actor, "certificate.read", "issued_certificate", row.id, verification_code=row.verification_code)
    return row, pdf


@operation
def verify_certificate(db: Database, actor: Actor, code: str) -> VerificationAnswer:
    """Was a certificate with this code issued, and is it still valid? Anyone may ask (see the module's
    description); raises ``InvalidInput("verification_code", …)`` for a mistyped code and :class:`NotFound` for a
    code never issued."""
    checked = checked_code(code)
    with db.read() as session:
        found = session.scalar(select(IssuedCertificate).where(IssuedCertificate.verification_code == checked))
        answer = (
            None
            if found is None
            else VerificationAnswer(
                found.verification_code, found.kind, found.register_number, found.issued_on, found.revoked_on
            )
        )
    record_read(
        db,
        actor,
        "certificate.verified",
        "issued_certificate",
        checked,
        found=answer is not None,
        valid=answer is not None and answer.valid,
    )
    if answer is None:
        raise NotFound("issued_certificate", checked)
    return answer
