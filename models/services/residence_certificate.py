"""The residence certificate (Meldebescheinigung, § 18 BMG), printed from the register on approval.

The applicant is looked up in the register as a registration looks up a person (the DIN 91379 search form of
family and given names plus the date of birth, :func:`~models.services.residence.found_resident`). Found exactly
once, the approval's letter is the certificate with the register's current data: names (with birth name and
doctoral degree), date and place of birth, the current main residence and every current secondary residence with
the day of moving in, and the fee from the catalogue (the case's fee). Not found, found twice, or without a date
of birth, the approval is refused (``applicant``: ``not_in_register``, ``ambiguous``) and nothing is stored. The
look-up reads a resident's personal data, so it is an audit record (``resident.viewed``, with the case).

Its letter text ships as ``confirmation_letter.residence_certificate.txt``; it prints the register's data only where
the approval supplied them (``{% if meldedaten is defined %}``), so a confirmation drafted from the case's values
alone still reads right.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.actors import Actor
from models.audit import record
from models.cases import Case
from models.errors import InvalidInput
from models.german_format import format_date, format_euro
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress, address_line
from models.services import SpecialisedService
from models.services.residence import found_resident


def certificate_holder(session: Session, case: Case) -> Resident:
    """The one resident the case's applicant is (names and date of birth), with the addresses; else refused."""
    applicant = case.applicant
    family = " ".join(part for part in (applicant.name_prefix, applicant.family_name) if part)
    try:
        found = found_resident(session, family, applicant.given_names, applicant.date_of_birth)
    except InvalidInput:
        raise InvalidInput("applicant", "ambiguous") from None
    if found is None:
        raise InvalidInput("applicant", "not_in_register")
    resident = session.scalar(
        select(Resident)
        .where(Resident.id == found.id)
        .options(selectinload(Resident.addresses).selectinload(ResidentAddress.street))
    )
    assert resident is not None
    return resident


def _line(address: ResidentAddress) -> str:
    street = address.street
    return address_line(street.name, address.house_number, street.postcode, street.town)


def certificate_values(resident: Resident, case: Case) -> dict[str, Any]:
    """The placeholders of the certificate: the register's current data of ``resident``."""
    current = [a for a in resident.addresses if a.moved_out is None]
    main = next((a for a in current if a.kind is AddressKind.MAIN), None)
    return {
        "meldedaten": {
            "familienname": resident.family_name,
            "vornamen": resident.given_names,
            "geburtsname": resident.birth_name or "",
            "doktorgrad": resident.doctoral_degree or "",
            "geburtsdatum": format_date(resident.born) if resident.born else "",
            "geburtsort": resident.birth_place or "",
            "hauptwohnung": _line(main) if main else "",
            "hauptwohnung_seit": format_date(main.moved_in) if main else "",
        },
        "nebenwohnungen": [
            f"{_line(a)} (seit {format_date(a.moved_in)})" for a in current if a.kind is AddressKind.SECONDARY
        ],
        "gebuehr": format_euro(case.fee_cents),
    }


def planned_on_approval(session: Session, case: Case, today: dt.date) -> dict[str, Any]:
    return certificate_values(certificate_holder(session, case), case)


def on_approved(session: Session, case: Case, actor: Actor, today: dt.date) -> dict[str, Any]:
    resident = certificate_holder(session, case)
    record(session, actor, "resident.viewed", "resident", resident.id, case=case.reference, purpose="§ 18 BMG")
    return certificate_values(resident, case)


RESIDENCE_CERTIFICATE = SpecialisedService(
    key="residence_certificate",
    schema_file="residence_certificate.json",  # purpose and copies; the register gives the data
    on_approved=on_approved,
    planned_on_approval=planned_on_approval,
)
