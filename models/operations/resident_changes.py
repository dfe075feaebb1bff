"""Changes of the resident register (Fortschreibung des Melderegisters) by clerks of the Bürgerbüro
(``Action.CHANGE_RESIDENTS``): a new resident, moving in and out, a name change, blocks set and lifted, a death.

Each change is checked against the resident's current state, then appended to the history with the actor's user
name, the time and the reason, and applied to the current state by the same function that replays a history
(:func:`models.registers.residents.history.apply_change`), in one transaction: a refused change stores nothing.
The resident's row is locked for the change (PostgreSQL), and the history's unique (resident, number) refuses a
second change that was computed from the same state.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from models.actors import Actor
from models.db import Database
from models.din91379 import DataType, normalised
from models.errors import InvalidInput, NotFound
from models.german_format import today
from models.operations.audit_trail import record
from models.operations.residents import ChangeRow, change_row
from models.operations.rights import operation
from models.permissions import Action
from models.registers.residents.history import NAME_FIELDS, ChangeKind, ResidentChange, apply_change
from models.registers.residents.resident import AddressKind, Resident, Sex, TransmissionBlock
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


def _name(value: str | None, field: str, *, required: bool = False) -> str | None:
    text = normalised(value, field) if value else ""
    if not text:
        if required:
            raise InvalidInput(field, "required")
        return None
    return fitted(getattr(Resident, field), text, field)


def _reason(reason: str) -> str:
    text = " ".join(reason.split())
    if not text:
        raise InvalidInput("change_reason", "required")
    return fitted(ResidentChange.reason, normalised(text, "change_reason", DataType.ADDRESS), "change_reason")


def _past_date(value: dt.date, field: str, *, days_back: int) -> str:
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


def _street(session: Session, move: MoveIn) -> Street:
    """The known street of ``move``; an unknown street (or a postcode it does not have) is refused."""
    name = normalised(move.street, "street", DataType.ADDRESS)
    query = select(Street).where(Street.name == name)
    if move.postcode:
        query = query.where(Street.postcode == move.postcode.strip())
    streets = session.scalars(query).all()
    if not streets and move.postcode and session.scalar(select(Street.id).where(Street.name == name).limit(1)):
        raise InvalidInput("postcode", "not_of_street")
    if not streets:
        raise InvalidInput("street", "unknown")
    if len(streets) > 1:
        raise InvalidInput("postcode", "street_has_several")
    return streets[0]


def _moved_in(session: Session, resident: Resident | None, move: MoveIn) -> dict[str, Any]:
    """The recorded data of a move into the town or within it."""
    house_number = " ".join(move.house_number.split())
    if not _HOUSE_NUMBER.fullmatch(house_number):
        raise InvalidInput("house_number", "invalid")
    moved_in = _past_date(move.moved_in, "moved_in", days_back=MOVE_DAYS_BACK)
    if resident is not None:
        if resident.died_on is not None:
            raise InvalidInput("resident", "died")
        current = resident.main_address() if move.kind is AddressKind.MAIN else None
        if current is not None and move.moved_in < current.moved_in:
            raise InvalidInput("moved_in", "before_current_address")
    street = _street(session, move)
    return {"street_id": street.id, "house_number": house_number, "kind": move.kind.value, "moved_in": moved_in}


def _append(
    session: Session, actor: Actor, resident: Resident, kind: ChangeKind, data: dict[str, Any], reason: str
) -> ChangeRow:
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
    return change_row(change)


def _changed(
    db: Database,
    actor: Actor,
    resident_id: int,
    reason: str,
    change: Callable[[Session, Resident], tuple[ChangeKind, dict[str, Any]]],
) -> ChangeRow:
    """Lock the resident, let ``change`` check it and say what changes, and append that."""
    actor.require(Action.CHANGE_RESIDENTS)
    reason = _reason(reason)
    with db.write() as session:
        resident = session.scalar(
            select(Resident)
            .where(Resident.id == resident_id)
            .options(selectinload(Resident.addresses))
            .with_for_update(of=Resident)
        )
        if resident is None:
            raise NotFound("resident", resident_id)
        kind, data = change(session, resident)
        return _append(session, actor, resident, kind, data, reason)


@operation
def register_resident(db: Database, actor: Actor, person: NewResident, move: MoveIn, *, reason: str) -> ChangeRow:
    """A person new to the register, moving in at ``move``: two history entries (registered, moved in). Returns
    the second one (its ``resident_id`` is the new resident)."""
    actor.require(Action.CHANGE_RESIDENTS)
    reason = _reason(reason)
    data: dict[str, Any] = {
        "family_name": _name(person.family_name, "family_name", required=True),
        "given_names": _name(person.given_names, "given_names") or "",
        "birth_name": _name(person.birth_name, "birth_name"),
        "doctoral_degree": _name(person.doctoral_degree, "doctoral_degree"),
        "birth_place": _name(person.birth_place, "birth_place"),
        "sex": Sex(person.sex).value,
        "nationalities": _nationalities(person.nationalities),
        "born": None,
    }
    if person.born is not None:
        data["born"] = _past_date(person.born, "born", days_back=MAX_AGE_YEARS * 366)
    with db.write() as session:
        moved_in = _moved_in(session, None, move)
        if person.born is not None and move.moved_in < person.born:
            raise InvalidInput("moved_in", "before_birth")
        resident = Resident(addresses=[])
        apply_change(resident, ChangeKind.REGISTERED, data)
        resident.changes = 0  # counted again as the entry is appended
        session.add(resident)
        session.flush()
        _append(session, actor, resident, ChangeKind.REGISTERED, data, reason)
        return _append(session, actor, resident, ChangeKind.MOVED_IN, moved_in, reason)


@operation
def move_resident(db: Database, actor: Actor, resident_id: int, move: MoveIn, *, reason: str) -> ChangeRow:
    """A move in or within the town (Anmeldung, Ummeldung): a new main residence ends the one before."""
    return _changed(db, actor, resident_id, reason, lambda s, r: (ChangeKind.MOVED_IN, _moved_in(s, r, move)))


@operation
def move_out_resident(
    db: Database,
    actor: Actor,
    resident_id: int,
    moved_out: dt.date,
    *,
    reason: str,
    kind: AddressKind = AddressKind.MAIN,
) -> ChangeRow:
    """A move out of the town (Abmeldung) from the current address of ``kind``."""

    def change(_session: Session, resident: Resident) -> tuple[ChangeKind, dict[str, Any]]:
        current = [a for a in resident.addresses if a.kind is kind and a.moved_out is None]
        if not current:
            raise InvalidInput("address", "none_current")
        if any(moved_out < address.moved_in for address in current):
            raise InvalidInput("moved_out", "before_moved_in")
        day = _past_date(moved_out, "moved_out", days_back=MOVE_DAYS_BACK)
        return ChangeKind.MOVED_OUT, {"kind": kind.value, "moved_out": day}

    return _changed(db, actor, resident_id, reason, change)


@operation
def change_resident_name(
    db: Database, actor: Actor, resident_id: int, names: dict[str, str | None], *, reason: str
) -> ChangeRow:
    """New values of some of the name parts (``NAME_FIELDS``; None or "" clears an optional one)."""
    actor.require(Action.CHANGE_RESIDENTS)
    unknown = set(names) - set(NAME_FIELDS)
    if unknown:
        raise InvalidInput("names", "unknown_field")
    if not names:
        raise InvalidInput("names", "required")
    data = {field: _name(value, field, required=field == "family_name") for field, value in names.items()}
    if "given_names" in data:
        data["given_names"] = data["given_names"] or ""
    return _changed(db, actor, resident_id, reason, lambda s, r: (ChangeKind.NAME_CHANGED, data))


@operation
def set_information_block(db: Database, actor: Actor, resident_id: int, until: dt.date, *, reason: str) -> ChangeRow:
    """An information block (Auskunftssperre §51 BMG) until ``until`` (at most two years ahead), for ``reason``."""
    actor.require(Action.CHANGE_RESIDENTS)
    if until <= today():
        raise InvalidInput("block_until", "not_in_future")
    if until > today() + dt.timedelta(days=BLOCK_DAYS):
        raise InvalidInput("block_until", "beyond_two_years")
    checked = _reason(reason)
    data = {"until": until.isoformat(), "reason": checked}
    return _changed(db, actor, resident_id, reason, lambda s, r: (ChangeKind.INFORMATION_BLOCK_SET, data))


def _lifted(
    db: Database, actor: Actor, resident_id: int, reason: str, block: str, kind: ChangeKind, column: str
) -> ChangeRow:
    """Lift the block whose state is ``Resident.<column>``; refused when there is none."""

    def change(_session: Session, resident: Resident) -> tuple[ChangeKind, dict[str, Any]]:
        if getattr(resident, column) is None:
            raise InvalidInput(block, "not_set")
        return kind, {}

    return _changed(db, actor, resident_id, reason, change)


@operation
def lift_information_block(db: Database, actor: Actor, resident_id: int, *, reason: str) -> ChangeRow:
    return _lifted(
        db, actor, resident_id, reason, "information_block", ChangeKind.INFORMATION_BLOCK_LIFTED,
        "information_block_until",
    )  # fmt: skip


@operation
def set_conditional_block(db: Database, actor: Actor, resident_id: int, *, reason: str) -> ChangeRow:
    """A conditional block (bedingter Sperrvermerk §52 BMG), e.g. for a resident of a women's shelter."""
    actor.require(Action.CHANGE_RESIDENTS)
    data = {"reason": _reason(reason)}
    return _changed(db, actor, resident_id, reason, lambda s, r: (ChangeKind.CONDITIONAL_BLOCK_SET, data))


@operation
def lift_conditional_block(db: Database, actor: Actor, resident_id: int, *, reason: str) -> ChangeRow:
    return _lifted(
        db, actor, resident_id, reason, "conditional_block", ChangeKind.CONDITIONAL_BLOCK_LIFTED,
        "conditional_block_reason",
    )  # fmt: skip


@operation
def set_transmission_blocks(
    db: Database, actor: Actor, resident_id: int, blocks: Iterable[TransmissionBlock], *, reason: str
) -> ChangeRow:
    """The resident's objections to transmissions (Übermittlungssperren), as the whole set they have now."""
    actor.require(Action.CHANGE_RESIDENTS)
    data = {"blocks": sorted({TransmissionBlock(block).value for block in blocks})}
    return _changed(db, actor, resident_id, reason, lambda s, r: (ChangeKind.TRANSMISSION_BLOCKS_SET, data))


@operation
def record_death(db: Database, actor: Actor, resident_id: int, died_on: dt.date, *, reason: str) -> ChangeRow:
    """The fact of death (from the registry office's notice); the addresses stay as they were."""

    def change(_session: Session, resident: Resident) -> tuple[ChangeKind, dict[str, Any]]:
        if resident.died_on is not None:
            raise InvalidInput("died_on", "already_recorded")
        if resident.born is not None and died_on < resident.born:
            raise InvalidInput("died_on", "before_birth")
        return ChangeKind.DIED, {"died_on": _past_date(died_on, "died_on", days_back=MOVE_DAYS_BACK)}

    return _changed(db, actor, resident_id, reason, change)
