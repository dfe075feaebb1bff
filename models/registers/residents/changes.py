"""Changes of the resident register (Fortschreibung) inside a transaction: the checks of each change against the
resident's current state, and appending it to the history.

A change is appended as the next history row with the actor's user name, the time and the reason, and applied to
the current state by the same function that replays a history (:func:`~.history.apply_change`). The operations
(:mod:`models.operations.resident_changes`) run these in a transaction of their own; a case's approval (e.g. a
residence registration, :mod:`models.services.residence`) runs them in the approval's transaction, so a refused
change stores nothing of the case either. Callers lock the resident first (:func:`locked_resident`); the
history's unique (resident, number) refuses a second change that was computed from the same state.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.actors import Actor
from models.audit import record
from models.din91379 import DataType, normalised
from models.errors import InvalidInput, NotFound
from models.german_format import today
from models.registers.residents.history import ChangeKind, ResidentChange, apply_change
from models.registers.residents.resident import AddressKind, Resident, Sex
from models.registers.residents.streets import Street
from models.storable_text import fitted

#: The oldest age the register believes (a date of birth further back is a typing error).
MAX_AGE_YEARS = 130
#: How far back a move may be recorded: later than that it is a correction, not a registration.
MOVE_DAYS_BACK = 365
#: §51(4) BMG: an information block lasts up to two years (and may be extended).
BLOCK_DAYS = 2 * 365 + 1
_HOUSE_NUMBER = re.compile(r"[1-9]\d{0,3}(?: ?[a-zA-Z])?(?:[-/][1-9]\d{0,3}(?: ?[a-zA-Z])?)?")
_COUNTRY = re.compile(r"[A-Z]{2}")


@dataclass(frozen=True)
class NewResident:
    family_name: str
    given_names: str
    sex: Sex
    born: dt.date | None
    nationalities: tuple[str, ...] = ("DE",)
    birth_name: str | None = None
    doctoral_degree: str | None = None
    birth_place: str | None = None


@dataclass(frozen=True)
class MoveIn:
    """An address in the town: a known street (with its postcode where a street has two), a house number."""

    street: str
    house_number: str
    moved_in: dt.date
    postcode: str | None = None
    kind: AddressKind = AddressKind.MAIN


def checked_name(value: str | None, field: str, *, required: bool = False) -> str | None:
    text = normalised(value, field) if value else ""
    if not text:
        if required:
            raise InvalidInput(field, "required")
        return None
    return fitted(getattr(Resident, field), text, field)


def checked_reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise InvalidInput("change_reason", "required")
    return fitted(ResidentChange.reason, normalised(text, "change_reason", DataType.ADDRESS), "change_reason")


def past_date(value: dt.date, field: str, *, days_back: int) -> str:
    """``value`` as ISO text if it lies neither in the future nor more than ``days_back`` days back."""
    if value > today():
        raise InvalidInput(field, "in_future")
    if value < today() - dt.timedelta(days=days_back):
        raise InvalidInput(field, "too_long_ago")
    return value.isoformat()


def _nationalities(codes: Iterable[str]) -> list[str]:
    checked = list(dict.fromkeys(code.strip().upper() for code in codes))
    if not all(_COUNTRY.fullmatch(code) for code in checked):
        raise InvalidInput("nationalities", "not_iso_code")
    return checked


def known_street(session: Session, move: MoveIn) -> Street:
    """The known street of ``move``; an unknown street (or a postcode it does not have) is refused."""
    return street_named(session, move.street, move.postcode)


def street_named(session: Session, street: str, postcode: str | None) -> Street:
    """The street of the directory called ``street`` (with ``postcode``, where given); an unknown street (or a
    postcode it does not have) is refused, and so is a street with two postcodes when none is given."""
    name = normalised(street, "street", DataType.ADDRESS)
    query = select(Street).where(Street.name == name)
    if postcode:
        query = query.where(Street.postcode == postcode.strip())
    streets = session.scalars(query).all()
    if not streets and postcode and session.scalar(select(Street.id).where(Street.name == name).limit(1)):
        raise InvalidInput("postcode", "not_of_street")
    if not streets:
        raise InvalidInput("street", "unknown")
    if len(streets) > 1:
        raise InvalidInput("postcode", "street_has_several")
    return streets[0]


def checked_house_number(text: str) -> str:
    """A house number as the register writes it ("4a", "12-14", "7 b"); anything else is refused."""
    house_number = " ".join(text.split())
    if not _HOUSE_NUMBER.fullmatch(house_number):
        raise InvalidInput("house_number", "invalid")
    return house_number


def house_key(number: str) -> str:
    """A house number to compare by: without spaces, case-folded ("4 A" and "4a" are one house)."""
    return number.replace(" ", "").casefold()


def moved_in_data(session: Session, resident: Resident | None, move: MoveIn) -> dict[str, Any]:
    """The recorded data of a move into the town or within it."""
    house_number = checked_house_number(move.house_number)
    moved_in = past_date(move.moved_in, "moved_in", days_back=MOVE_DAYS_BACK)
    if resident is not None:
        if resident.died_on is not None:
            raise InvalidInput("resident", "died")
        current = resident.main_address() if move.kind is AddressKind.MAIN else None
        if current is not None and move.moved_in < current.moved_in:
            raise InvalidInput("moved_in", "before_current_address")
    street = known_street(session, move)
    return {"street_id": street.id, "house_number": house_number, "kind": move.kind.value, "moved_in": moved_in}


def append_change(
    session: Session, actor: Actor, resident: Resident, kind: ChangeKind, data: dict[str, Any], reason: str
) -> ResidentChange:
    """The change as the next history row of ``resident``, applied to the current state."""
    change = ResidentChange(
        resident_id=resident.id,
        number=(resident.changes or 0) + 1,
        kind=kind,
        data=data,
        reason=reason,
        changed_by=actor.username,
    )
    session.add(change)
    apply_change(resident, kind, data)
    session.flush()
    record(session, actor, "resident.changed", "resident", resident.id, change=kind.value, number=change.number)
    return change


def locked_resident(session: Session, resident_id: int) -> Resident:
    """The resident with their addresses, locked for a change (PostgreSQL)."""
    resident = session.scalar(
        select(Resident)
        .where(Resident.id == resident_id)
        .options(selectinload(Resident.addresses))
        .with_for_update(of=Resident)
    )
    if resident is None:
        raise NotFound("resident", resident_id)
    return resident


def registration_data(person: NewResident) -> dict[str, Any]:
    """The checked data of a person's first history entry (registered)."""
    data: dict[str, Any] = {
        "family_name": checked_name(person.family_name, "family_name", required=True),
        "given_names": checked_name(person.given_names, "given_names") or "",
        "birth_name": checked_name(person.birth_name, "birth_name"),
        "doctoral_degree": checked_name(person.doctoral_degree, "doctoral_degree"),
        "birth_place": checked_name(person.birth_place, "birth_place"),
        "sex": Sex(person.sex).value,
        "nationalities": _nationalities(person.nationalities),
        "born": None,
    }
    if person.born is not None:
        data["born"] = past_date(person.born, "born", days_back=MAX_AGE_YEARS * 366)
    return data


def append_registration(
    session: Session, actor: Actor, person: NewResident, move: MoveIn, reason: str
) -> ResidentChange:
    """A person new to the register moving in at ``move`` (two history entries: registered, moved in), inside the
    caller's transaction; ``reason`` as :func:`checked_reason` returns it. Returns the second entry."""
    data = registration_data(person)
    moved_in = moved_in_data(session, None, move)
    if person.born is not None and move.moved_in < person.born:
        raise InvalidInput("moved_in", "before_birth")
    resident = Resident(addresses=[])
    apply_change(resident, ChangeKind.REGISTERED, data)
    resident.changes = 0  # counted again as the entry is appended
    session.add(resident)
    session.flush()
    append_change(session, actor, resident, ChangeKind.REGISTERED, data, reason)
    return append_change(session, actor, resident, ChangeKind.MOVED_IN, moved_in, reason)


def append_move(session: Session, actor: Actor, resident: Resident, move: MoveIn, reason: str) -> ResidentChange:
    """A move in or within the town for a resident from :func:`locked_resident` (a new main residence ends the one
    before)."""
    return append_change(session, actor, resident, ChangeKind.MOVED_IN, moved_in_data(session, resident, move), reason)


def moved_out_data(resident: Resident, moved_out: dt.date, kind: AddressKind) -> dict[str, Any]:
    current = [a for a in resident.addresses if a.kind is kind and a.moved_out is None]
    if not current:
        raise InvalidInput("address", "none_current")
    if any(moved_out < address.moved_in for address in current):
        raise InvalidInput("moved_out", "before_moved_in")
    day = past_date(moved_out, "moved_out", days_back=MOVE_DAYS_BACK)
    return {"kind": kind.value, "moved_out": day}


def append_move_out(
    session: Session, actor: Actor, resident: Resident, moved_out: dt.date, reason: str, kind: AddressKind
) -> ResidentChange:
    """A move out of the town from the current address of ``kind``, for a resident from :func:`locked_resident`."""
    return append_change(
        session, actor, resident, ChangeKind.MOVED_OUT, moved_out_data(resident, moved_out, kind), reason
    )
