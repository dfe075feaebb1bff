"""Issued certificates (ausgestellte Urkunden): which certificate of which entry was printed on which sheet of
security paper, with which verification code, and whether a later one revoked it.

Issuing takes the workstation's next sheet (:func:`~models.registers.civil_status.security_paper.take_sheet`) and
a fresh verification code, has the caller render the certificate for both (the code and its QR code are printed on
it), and stores the content it was rendered from and the PDF itself, so the certificate can be written out again
exactly as issued. A reissue (after a correction of the entry) names the certificate it replaces; that one is
revoked from the day of the reissue. Only the revocation is ever written to an issued certificate.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Date, ForeignKey, Integer, LargeBinary, String, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, str_enum, utcnow
from models.errors import InvalidInput, NotFound
from models.registers.civil_status.entries import CivilEntry, RegisterKind, register_number
from models.registers.civil_status.security_paper import checked_workstation, take_sheet
from models.verification_code import checked_code, new_code

#: The most certificates one issue may print (one order: several kinds, several copies).
MAX_CERTIFICATES_PER_ISSUE = 30


class IssuedKind(enum.StrEnum):
    """What was issued: a certificate of §§ 57–60 PStG, or a certified register printout (§ 55)."""

    BIRTH = "birth"  # Geburtsurkunde
    MARRIAGE = "marriage"  # Eheurkunde
    PARTNERSHIP = "partnership"  # Lebenspartnerschaftsurkunde
    DEATH = "death"  # Sterbeurkunde
    REGISTER_PRINTOUT = "register_printout"  # beglaubigter Registerausdruck

    @property
    def register(self) -> RegisterKind | None:
        """The register a certificate of this kind is issued from (None: any, the printout)."""
        return None if self is IssuedKind.REGISTER_PRINTOUT else RegisterKind(self.value)

    def fits(self, register: RegisterKind) -> bool:
        """Whether a certificate of this kind can be issued from an entry of ``register``."""
        return self.register is None or self.register is register


class IssuedCertificate(Base):
    __tablename__ = "issued_certificates"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[IssuedKind] = mapped_column(str_enum(IssuedKind, 20))
    entry_id: Mapped[int] = mapped_column(ForeignKey("civil_entries.id"), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    register_number: Mapped[str] = mapped_column(String(20))  # as on the certificate, "G 123/2026"
    issued_on: Mapped[dt.date] = mapped_column(Date)
    issued_by: Mapped[str] = mapped_column(String(80))
    workstation: Mapped[str] = mapped_column(String(80))
    copy_number: Mapped[int] = mapped_column(Integer)  # 1, 2, … of the same certificate issued at the same time
    verification_code: Mapped[str] = mapped_column(String(14), unique=True)  # "K7QX-3M9P-2TBW"
    sheet_serial: Mapped[int] = mapped_column(Integer, unique=True)
    content: Mapped[dict[str, Any]]  # what the PDF was rendered from
    pdf: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    revoked_on: Mapped[dt.date | None] = mapped_column(Date)
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("issued_certificates.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


@dataclass(frozen=True)
class Sheet:
    """What the renderer is told: the certificate's code and the sheet it goes on."""

    kind: IssuedKind
    entry_id: int
    register_number: str
    verification_code: str
    sheet_serial: int
    copy_number: int
    issued_on: dt.date
    officer_name: str  # who signs it
    without_parents: bool = False  # a Geburtsurkunde without the parents (§ 59 Abs. 2 PStG)


#: Renders one certificate onto its sheet: the content it was rendered from (JSON) and the PDF.
Render = Callable[[Sheet], tuple[dict[str, Any], bytes]]


def _fresh_code(session: Session) -> str:
    while True:
        code = new_code()
        if session.scalar(select(IssuedCertificate.id).where(IssuedCertificate.verification_code == code)) is None:
            return code


def issue(
    session: Session,
    *,
    kind: IssuedKind,
    entry: CivilEntry,
    case_id: int | None,
    workstation: str,
    copy_number: int,
    issued_on: dt.date,
    issued_by: str,
    officer_name: str,
    render: Render,
    replaces: IssuedCertificate | None = None,
    without_parents: bool = False,
) -> IssuedCertificate:
    """Print one certificate of ``entry`` on the next sheet of ``workstation`` (see the module's description)."""
    if not kind.fits(entry.kind):
        raise InvalidInput("certificate_kind", "other_register")
    if without_parents and kind is not IssuedKind.BIRTH:
        raise InvalidInput("without_parents", "birth_certificate_only")
    if replaces is not None and (replaces.entry_id != entry.id or replaces.revoked_on is not None):
        raise InvalidInput("replaced_certificate", "not_replaceable")
    name = checked_workstation(workstation)
    serial = take_sheet(session, name, issued_by)
    sheet = Sheet(
        kind,
        entry.id,
        register_number(entry),
        _fresh_code(session),
        serial,
        copy_number,
        issued_on,
        officer_name,
        without_parents,
    )
    content, pdf = render(sheet)
    issued = IssuedCertificate(
        kind=kind,
        entry_id=entry.id,
        case_id=case_id,
        register_number=sheet.register_number,
        issued_on=issued_on,
        issued_by=issued_by,
        workstation=name,
        copy_number=copy_number,
        verification_code=sheet.verification_code,
        sheet_serial=serial,
        content=content,
        pdf=pdf,
    )
    session.add(issued)
    session.flush()
    if replaces is not None:
        replaces.revoked_on = issued_on
        replaces.replaced_by_id = issued.id
        session.flush()
    return issued


def by_code(session: Session, typed: str) -> IssuedCertificate:
    """The certificate with the typed verification code: a typo is refused by the check symbol before any query;
    an unknown code raises :class:`NotFound`."""
    code = checked_code(typed)
    found = session.scalar(select(IssuedCertificate).where(IssuedCertificate.verification_code == code))
    if found is None:
        raise NotFound("issued_certificate", code)
    return found


def valid_certificates_of_case(session: Session, case_id: int) -> tuple[IssuedCertificate, ...]:
    """The certificates issued for case ``case_id`` and not revoked, in the order they were printed."""
    query = (
        select(IssuedCertificate)
        .where(IssuedCertificate.case_id == case_id, IssuedCertificate.revoked_on.is_(None))
        .order_by(IssuedCertificate.id)
    )
    return tuple(session.scalars(query))
