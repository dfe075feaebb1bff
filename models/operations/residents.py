"""Finding and viewing residents in the resident register (Melderegister), for clerks of the Bürgerbüro and
supervisors (``Action.VIEW_RESIDENTS``, checked here, whatever the GUI shows).

The search matches like the counter's people search: every typed word must be the start of a word of the DIN 91379
search form of the given names, family name or birth name (``Resident.search_name``), so "weiss juergen" finds
Jürgen Weiß and "nguy" finds Nguyễn; a date of birth narrows the matches. It runs in SQL and returns at most
``limit`` matches. Every search and every view of a record is an audit record: a view also names the resident, a
search its term and the number of hits.

A resident with an information block (§51 BMG) is found and shown only to the roles that may view the register at
all; the matches and the record say so (``information_block``), so that nothing is handed on without care.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, select
from sqlalchemy.orm import selectinload

from models.actors import Actor
from models.db import Database
from models.errors import NotFound
from models.operations.audit_of_reads import record_read
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.operations.text_search import MAX_SEARCH_LENGTH, SearchTooLong, starts_a_word
from models.permissions import Action
from models.registers.residents.history import ChangeKind, ResidentChange
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress, Sex, address_line
from models.registers.residents.streets import Street
from models.search_form import search_terms

#: The most matches one search returns.
MAX_MATCHES = 200


@dataclass(frozen=True)
class ResidentMatch:
    """A resident found by name, with the current main address as one line (None: none in the town now)."""

    id: int
    family_name: str
    given_names: str
    born: dt.date | None
    address: str | None
    died_on: dt.date | None
    information_block: bool
    birth_name: str | None = None  # shown, so that a match by the birth name is understood


@dataclass(frozen=True)
class AddressRow:
    street: str
    house_number: str
    postcode: str
    town: str
    district: str
    kind: AddressKind
    moved_in: dt.date
    moved_out: dt.date | None

    @property
    def line(self) -> str:
        return address_line(self.street, self.house_number, self.postcode, self.town)


@dataclass(frozen=True)
class ChangeRow:
    """One entry of a resident's history: what (kind, data), why, who and when."""

    resident_id: int
    number: int
    kind: ChangeKind
    data: dict[str, Any]
    reason: str
    changed_by: str
    changed_at: dt.datetime


@dataclass(frozen=True)
class ResidentRecord:
    """A resident's current state with every address they had and the whole history."""

    id: int
    family_name: str
    given_names: str
    birth_name: str | None
    doctoral_degree: str | None
    born: dt.date | None
    birth_place: str | None
    sex: Sex
    nationalities: tuple[str, ...]
    information_block_until: dt.date | None
    information_block_reason: str | None
    conditional_block_reason: str | None
    transmission_blocks: tuple[str, ...]
    died_on: dt.date | None
    addresses: tuple[AddressRow, ...]
    history: tuple[ChangeRow, ...]

    @property
    def current_addresses(self) -> tuple[AddressRow, ...]:
        return tuple(address for address in self.addresses if address.moved_out is None)


def _current_main_address() -> ColumnElement[bool]:
    """The join condition of a resident's current main residence."""
    return and_(
        ResidentAddress.resident_id == Resident.id,
        ResidentAddress.kind == AddressKind.MAIN,
        ResidentAddress.moved_out.is_(None),
    )


@operation
def find_residents(
    db: Database, actor: Actor, name: str, *, born: dt.date | None = None, limit: int = 50
) -> tuple[ResidentMatch, ...]:
    """The residents whose names start with every word of ``name`` (search form), born on ``born`` if given,
    ordered by family and given names, at most ``limit``.

    Raises :class:`~models.operations.text_search.SearchTooLong` for a name beyond the search length.
    """
    actor.require(Action.VIEW_RESIDENTS)
    name = name.strip()
    if len(name) > MAX_SEARCH_LENGTH:
        raise SearchTooLong(len(name))
    terms = tuple(dict.fromkeys(search_terms(name)))
    if not terms:
        return ()
    limit = max(1, min(limit, MAX_MATCHES))
    conditions = [starts_a_word(Resident.search_name, term) for term in terms]
    if born is not None:
        conditions.append(Resident.born == born)
    query = (
        select(
            Resident.id,
            Resident.family_name,
            Resident.given_names,
            Resident.birth_name,
            Resident.born,
            Resident.died_on,
            Resident.information_block_until,
            Street.name,
            ResidentAddress.house_number,
            Street.postcode,
            Street.town,
        )
        .outerjoin(ResidentAddress, _current_main_address())
        .outerjoin(Street, Street.id == ResidentAddress.street_id)
        .where(*conditions)
        .order_by(Resident.search_family_name, Resident.search_name, Resident.id)
        .limit(limit)
    )
    with db.read() as session:
        matches = tuple(_match(row) for row in session.execute(query))
    searched_born = born.isoformat() if born else None
    record_read(db, actor, "residents.searched", "residents", "-", term=name, born=searched_born, hits=len(matches))
    return matches


def _match(row: Row[*tuple[Any, ...]]) -> ResidentMatch:
    street, number, postcode, town = row.name, row.house_number, row.postcode, row.town
    return ResidentMatch(
        id=row.id,
        family_name=row.family_name,
        given_names=row.given_names,
        born=row.born,
        address=address_line(street, number, postcode, town) if street else None,
        died_on=row.died_on,
        information_block=row.information_block_until is not None,
        birth_name=row.birth_name,
    )


@operation
def resident_record(db: Database, actor: Actor, resident_id: int) -> ResidentRecord:
    """A resident's full record with the history; the view is logged (``resident.viewed``)."""
    actor.require(Action.VIEW_RESIDENTS)
    with db.write() as session:
        resident = session.scalar(
            select(Resident)
            .where(Resident.id == resident_id)
            .options(selectinload(Resident.addresses).joinedload(ResidentAddress.street))
        )
        if resident is None:
            raise NotFound("resident", resident_id)
        changes = session.scalars(
            select(ResidentChange).where(ResidentChange.resident_id == resident_id).order_by(ResidentChange.number)
        ).all()
        record(session, actor, "resident.viewed", "resident", resident_id)
        return ResidentRecord(
            id=resident.id,
            family_name=resident.family_name,
            given_names=resident.given_names,
            birth_name=resident.birth_name,
            doctoral_degree=resident.doctoral_degree,
            born=resident.born,
            birth_place=resident.birth_place,
            sex=resident.sex,
            nationalities=tuple(resident.nationalities),
            information_block_until=resident.information_block_until,
            information_block_reason=resident.information_block_reason,
            conditional_block_reason=resident.conditional_block_reason,
            transmission_blocks=tuple(resident.transmission_blocks),
            died_on=resident.died_on,
            addresses=tuple(
                AddressRow(
                    street=a.street.name,
                    house_number=a.house_number,
                    postcode=a.street.postcode,
                    town=a.street.town,
                    district=a.street.district,
                    kind=a.kind,
                    moved_in=a.moved_in,
                    moved_out=a.moved_out,
                )
                for a in resident.addresses
            ),
            history=tuple(change_row(change) for change in changes),
        )


def change_row(change: ResidentChange) -> ChangeRow:
    return ChangeRow(
        resident_id=change.resident_id,
        number=change.number,
        kind=change.kind,
        data=dict(change.data),
        reason=change.reason,
        changed_by=change.changed_by,
        changed_at=change.changed_at,
    )
