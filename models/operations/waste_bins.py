"""The waste-bin register for clerks: find a property, and one property's record with its bins and their history
(Behälterverzeichnis).

All need the right to view the resident register (:attr:`Action.VIEW_RESIDENTS`), as the dog register does: a
property's record names its owner and counts the residents the resident register has there. Each search and each
record viewed is an audit record (``properties.searched``, ``property.viewed``).

A search text is an address ("Amselweg 7", "Amselw 7": the start of a street name, a house number) or names (each
word starts a part of the owner's or manager's name, in the DIN 91379 search form).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import Case
from models.db import Database
from models.errors import NotFound
from models.german_format import today as german_today
from models.operations.audit_of_reads import record_read
from models.operations.audit_trail import record
from models.operations.rights import operation
from models.operations.text_search import MAX_SEARCH_LENGTH, SearchTooLong, starts_a_word
from models.operations.visibility import visible_cases
from models.permissions import Action
from models.registers.residents.changes import house_key
from models.registers.residents.resident import address_line
from models.registers.residents.streets import Street
from models.registers.waste_bins.properties import bins_on, line_of, residents_at
from models.registers.waste_bins.register import WasteBin, WasteProperty
from models.registers.waste_bins.statute import BinLine, town_waste_statute
from models.search_form import search_form, search_terms

MAX_MATCHES = 200
_ADDRESS = re.compile(r"^(?P<street>.*\D)\s+(?P<number>\d{1,4}\s?[a-zA-Z]?)$")


@dataclass(frozen=True)
class PropertyMatch:
    """A property found in the register (the list a clerk chooses from)."""

    id: int
    address: str  # one line
    owner_name: str
    manager_name: str | None


@dataclass(frozen=True)
class BinHistoryLine:
    """One line of bins as the register holds it: in force from ``valid_from`` to ``valid_to`` (None: open)."""

    line: BinLine
    valid_from: dt.date
    valid_to: dt.date | None
    case_reference: str | None  # the case whose approval added it (None: from the old register, or not visible)
    annual_fee_cents: int


@dataclass(frozen=True)
class PropertyRecord:
    """One property with its owner, its bins on ``day`` and every line it ever had."""

    match: PropertyMatch
    parcel: str | None
    owner_address: str | None
    registered_on: dt.date
    day: dt.date
    bins: tuple[BinHistoryLine, ...]  # in force on ``day``
    annual_fee_cents: int  # of the bins in force on ``day``
    residents: int  # the resident register's count at the address on ``day``
    minimum_litres_per_week: int  # the statute's minimum residual volume for them
    residual_litres_per_week: int  # what the bins in force hold
    history: tuple[BinHistoryLine, ...]  # every line, newest first (lines superseded before they began included)


def _address(prop: WasteProperty, street: Street) -> str:
    return address_line(street.name, prop.house_number, street.postcode, street.town)


def _street_ids(session: Session, start: str) -> list[int]:
    """The streets whose name (in the search form) starts with ``start`` (≈ 150 streets: compared here)."""
    wanted = search_form(start)
    return [street_id for street_id, name in session.execute(select(Street.id, Street.name))
            if search_form(name).startswith(wanted)]  # fmt: skip


def _condition(session: Session, text: str) -> ColumnElement[bool] | None:
    address = _ADDRESS.match(text)
    if address is not None:
        streets = _street_ids(session, address.group("street"))
        if streets:
            return and_(
                WasteProperty.street_id.in_(streets), WasteProperty.house_key == house_key(address.group("number"))
            )
    terms = tuple(dict.fromkeys(search_terms(text)))
    if not terms:
        return None
    by_name = and_(*(starts_a_word(WasteProperty.search_name, term) for term in terms))
    streets = _street_ids(session, text) if not any(char.isdigit() for char in text) else []
    return by_name if not streets else by_name | WasteProperty.street_id.in_(streets)


@operation
def find_properties(db: Database, actor: Actor, text: str, *, limit: int = 50) -> tuple[PropertyMatch, ...]:
    """The properties at the address ``text`` names (a street's start and a house number), or whose owner or
    manager the words name, or in the street it starts; by street and house, at most ``limit``. The search is
    logged (``properties.searched``).

    Raises :class:`~models.operations.text_search.SearchTooLong` for a text beyond the search length."""
    actor.require(Action.VIEW_RESIDENTS)
    text = " ".join(text.split())
    if len(text) > MAX_SEARCH_LENGTH:
        raise SearchTooLong(len(text))
    with db.read() as session:
        condition = _condition(session, text) if text else None
        if condition is None:
            return ()
        query = (
            select(WasteProperty, Street)
            .join(Street, Street.id == WasteProperty.street_id)
            .where(condition)
            .order_by(Street.name, WasteProperty.house_key, WasteProperty.id)
            .limit(max(1, min(limit, MAX_MATCHES)))
        )
        matches = tuple(
            PropertyMatch(prop.id, _address(prop, street), prop.owner_name, prop.manager_name)
            for prop, street in session.execute(query)
        )
    record_read(db, actor, "properties.searched", "waste_properties", "-", term=text, hits=len(matches))
    return matches


def _history_line(row: WasteBin, references: dict[int, str]) -> BinHistoryLine:
    line = line_of(row)
    reference = references.get(row.change_case_id) if row.change_case_id is not None else None
    return BinHistoryLine(line, row.valid_from, row.valid_to, reference, town_waste_statute().fee_per_year_cents(line))


@operation
def property_record(db: Database, actor: Actor, property_id: int, *, day: dt.date | None = None) -> PropertyRecord:
    """One property's record on ``day`` (default: today) with its whole history; the view is logged
    (``property.viewed``)."""
    actor.require(Action.VIEW_RESIDENTS)
    on = day or german_today()
    statute = town_waste_statute()
    with db.write() as session:
        prop = session.get(WasteProperty, property_id)
        if prop is None:
            raise NotFound("property", property_id)
        street = session.get(Street, prop.street_id)
        assert street is not None  # the foreign key
        rows = session.scalars(
            select(WasteBin).where(WasteBin.property_id == prop.id).order_by(WasteBin.valid_from.desc(), WasteBin.id)
        ).all()
        case_ids = {row.change_case_id for row in rows if row.change_case_id is not None}
        # the references of the cases the actor may see (a clerk of another department sees none of them)
        cases = session.execute(visible_cases(actor, Case.id, Case.reference).where(Case.id.in_(case_ids)))
        references = {case_id: reference for case_id, reference in cases}
        in_force = [_history_line(row, references) for row in bins_on(session, prop.id, on)]
        residents = residents_at(session, prop.street_id, prop.house_key, on)
        record(session, actor, "property.viewed", "waste_property", prop.id)
        lines = [entry.line for entry in in_force]
        residual = statute.residual_litres_per_week(lines)
        return PropertyRecord(
            match=PropertyMatch(prop.id, _address(prop, street), prop.owner_name, prop.manager_name),
            parcel=prop.parcel,
            owner_address=prop.owner_address,
            registered_on=prop.registered_on,
            day=on,
            bins=tuple(in_force),
            annual_fee_cents=sum(entry.annual_fee_cents for entry in in_force),
            residents=residents,
            minimum_litres_per_week=statute.minimum_residual_litres_per_week(residents),
            residual_litres_per_week=int(residual),
            history=tuple(_history_line(row, references) for row in rows),
        )
