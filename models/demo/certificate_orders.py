"""The demo's certificate orders, filled in as the portal sends them and answerable from the demo registers: a
resident of the demo town orders their own birth certificate (the child of a birth entry linked to them), and a
resident orders copies of the latest death certificate as a descendant, for the estate. The registry officer trying
the demo finds the entry, records the entitlement and prints."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select

from models.db import Database
from models.demo.register_forms import applicant_block
from models.german_format import today as german_today
from models.registers.civil_status.entries import CivilEntry, EntryPerson, PersonRole, RegisterKind
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress
from models.registers.residents.streets import Street

#: Applicant (the keyword arguments of an ApplicantInput) and form of one order.
Order = tuple[dict[str, Any], dict[str, Any]]


def applicant_of(row: Any) -> dict[str, Any]:
    return {
        "family_name": row.family_name,
        "given_names": row.given_names,
        "date_of_birth": row.born,
        "street": row.name,
        "house_number": row.house_number,
        "postcode": row.postcode,
        "city": row.town,
    }


def living_residents_query() -> Any:
    """Residents alive with a date of birth and a current main address: what an applicant block needs."""
    return (
        select(Resident.id, Resident.family_name, Resident.given_names, Resident.born, Street.name, Street.postcode)
        .add_columns(Street.town, ResidentAddress.house_number)
        .join(ResidentAddress, ResidentAddress.resident_id == Resident.id)
        .join(Street, Street.id == ResidentAddress.street_id)
        .where(
            ResidentAddress.kind == AddressKind.MAIN,
            ResidentAddress.moved_out.is_(None),
            Resident.died_on.is_(None),
            Resident.born.is_not(None),
        )
    )


def _common(person: dict[str, Any], copies: int, purpose: str) -> dict[str, Any]:
    return {
        "applicant": applicant_block(person),
        "certificateKind": "national",
        "copies": copies,
        "purpose": purpose,
        "delivery": "post",
    }


def birth_orders(db: Database, count: int) -> list[Order]:
    """Up to ``count`` residents' orders of their own birth certificate (two copies, for a passport)."""
    query = (
        living_residents_query()
        .add_columns(EntryPerson.family_name.label("entry_family"), EntryPerson.given_names.label("entry_given"))
        .add_columns(EntryPerson.born.label("entry_born"), CivilEntry.event_place)
        .join(EntryPerson, EntryPerson.resident_id == Resident.id)
        .join(CivilEntry, CivilEntry.id == EntryPerson.entry_id)
        .where(EntryPerson.role == PersonRole.CHILD, CivilEntry.kind == RegisterKind.BIRTH)
        .where(CivilEntry.restricted.is_(False), Resident.born <= _adult_born())
        .where(EntryPerson.born.is_not(None))
        .order_by(Resident.id)
        .limit(count)
    )
    with db.read() as session:
        rows = session.execute(query).all()
    orders = []
    for row in rows:
        person = applicant_of(row)
        form = _common(person, 2, "passport") | {
            "personConcerned": {
                "familyName": row.entry_family,
                "givenNames": row.entry_given,
                "dateOfBirth": row.entry_born.isoformat(),
                "placeOfBirth": row.event_place,
            },
            "relationship": "self",
        }
        orders.append((person, form))
    return orders


def death_order(db: Database) -> Order | None:
    """A resident's order of three copies of the latest death certificate, as a descendant, for the estate."""
    with db.read() as session:
        deceased = session.execute(
            select(EntryPerson.family_name, EntryPerson.given_names, EntryPerson.born, CivilEntry.event_date)
            .join(CivilEntry, CivilEntry.id == EntryPerson.entry_id)
            .where(EntryPerson.role == PersonRole.DECEASED, CivilEntry.restricted.is_(False))
            .order_by(CivilEntry.event_date.desc(), CivilEntry.id.desc())
            .limit(1)
        ).first()
        heir = session.execute(
            living_residents_query().where(Resident.born <= _adult_born()).order_by(Resident.id.desc()).limit(1)
        ).first()
    if deceased is None or heir is None:
        return None
    person = applicant_of(heir)
    concerned: dict[str, Any] = {"familyName": deceased.family_name, "givenNames": deceased.given_names}
    if deceased.born is not None:
        concerned["dateOfBirth"] = deceased.born.isoformat()
    form = _common(person, 3, "inheritance") | {
        "deceased": concerned,
        "dateOfDeath": deceased.event_date.isoformat(),
        "relationship": "descendant",
    }
    return person, form


def _adult_born() -> dt.date:
    """Born at least 18 years ago: an applicant who orders for themselves."""
    day = german_today()
    return day.replace(year=day.year - 18, day=min(day.day, 28))
