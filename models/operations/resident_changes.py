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
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy.orm import Session

from models.actors import Actor
from models.db import Database
from models.errors import InvalidInput
from models.german_format import today
from models.operations.residents import ChangeRow, change_row
from models.operations.rights import operation
from models.permissions import Action
from models.registers.residents.changes import (
    BLOCK_DAYS,
    MOVE_DAYS_BACK,
    MoveIn,
    NewResident,
    append_change,
    append_registration,
    checked_name,
    checked_reason,
    locked_resident,
    moved_in_data,
    moved_out_data,
    past_date,
    registration_data,
)
from models.registers.residents.history import NAME_FIELDS, ChangeKind
from models.registers.residents.resident import AddressKind, Resident, TransmissionBlock

__all__ = ["MoveIn", "NewResident"]


def _changed(
    db: Database,
    actor: Actor,
    resident_id: int,
    reason: str,
    change: Callable[[Session, Resident], tuple[ChangeKind, dict[str, Any]]],
) -> ChangeRow:
    """Lock the resident, let ``change`` check it and say what changes, and append that."""
    actor.require(Action.CHANGE_RESIDENTS)
    reason = checked_reason(reason)
    with db.write() as session:
        resident = locked_resident(session, resident_id)
        kind, data = change(session, resident)
        return change_row(append_change(session, actor, resident, kind, data, reason))


@operation
def register_resident(db: Database, actor: Actor, person: NewResident, move: MoveIn, *, reason: str) -> ChangeRow:
    """A person new to the register, moving in at ``move``: two history entries (registered, moved in). Returns
    the second one (its ``resident_id`` is the new resident)."""
    actor.require(Action.CHANGE_RESIDENTS)
    reason = checked_reason(reason)
    registration_data(person)  # refused before a transaction starts
    with db.write() as session:
        return change_row(append_registration(session, actor, person, move, reason))


@operation
def move_resident(db: Database, actor: Actor, resident_id: int, move: MoveIn, *, reason: str) -> ChangeRow:
    """A move in or within the town (Anmeldung, Ummeldung): a new main residence ends the one before."""
    return _changed(db, actor, resident_id, reason, lambda s, r: (ChangeKind.MOVED_IN, moved_in_data(s, r, move)))


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
    return _changed(
        db, actor, resident_id, reason, lambda _s, r: (ChangeKind.MOVED_OUT, moved_out_data(r, moved_out, kind))
    )


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
    data = {field: checked_name(value, field, required=field == "family_name") for field, value in names.items()}
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
    checked = checked_reason(reason)
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
    data = {"reason": checked_reason(reason)}
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
        return ChangeKind.DIED, {"died_on": past_date(died_on, "died_on", days_back=MOVE_DAYS_BACK)}

    return _changed(db, actor, resident_id, reason, change)
