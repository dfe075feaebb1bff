"""The history of the resident register (Fortschreibung): one append-only row per change, and how a change acts.

:func:`apply_change` is the only code that changes a resident's current state; the operations call it with the
change they append, and :func:`replayed` calls it for every stored change of a resident, in order, on a fresh
resident. Dates in the recorded data are ISO strings (JSON).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, str_enum, utcnow
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress, Sex, name_search_columns


class ChangeKind(enum.StrEnum):
    REGISTERED = "registered"  # first entry: names, birth, sex, nationalities
    MOVED_IN = "moved_in"  # Anmeldung / Ummeldung: a new address (a new main residence ends the old one)
    MOVED_OUT = "moved_out"  # Abmeldung: the current address of a kind ends
    NAME_CHANGED = "name_changed"  # marriage, divorce, a name declaration, a doctoral degree
    INFORMATION_BLOCK_SET = "information_block_set"  # §51 BMG, with end date and reason
    INFORMATION_BLOCK_LIFTED = "information_block_lifted"
    CONDITIONAL_BLOCK_SET = "conditional_block_set"  # §52 BMG
    CONDITIONAL_BLOCK_LIFTED = "conditional_block_lifted"
    TRANSMISSION_BLOCKS_SET = "transmission_blocks_set"  # the whole set of objections as it is now
    DIED = "died"


#: The name fields a name change may set (None clears an optional one).
NAME_FIELDS = ("family_name", "given_names", "birth_name", "doctoral_degree")


class ResidentChange(Base):
    """One change of one resident: number ``number`` of their history. Append-only (database triggers)."""

    __tablename__ = "resident_changes"
    __table_args__ = (UniqueConstraint("resident_id", "number", name="uq_resident_changes_resident_id_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"))
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, … per resident; a concurrent change collides here
    kind: Mapped[ChangeKind] = mapped_column(str_enum(ChangeKind))
    data: Mapped[dict[str, Any]]  # what changed: the new values
    reason: Mapped[str] = mapped_column(Text)  # why
    changed_by: Mapped[str] = mapped_column(String(120))  # who: the user name
    changed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)  # when


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def apply_change(resident: Resident, kind: ChangeKind, data: dict[str, Any]) -> None:
    """Change ``resident``'s current state as the change ``kind`` with ``data`` says."""
    if kind is ChangeKind.REGISTERED:
        resident.family_name = data["family_name"]
        resident.given_names = data["given_names"]
        resident.birth_name = data.get("birth_name")
        resident.doctoral_degree = data.get("doctoral_degree")
        resident.born = _date(data.get("born"))
        resident.birth_place = data.get("birth_place")
        resident.sex = Sex(data["sex"])
        resident.nationalities = list(data["nationalities"])
        resident.transmission_blocks = []
    elif kind is ChangeKind.MOVED_IN:
        address_kind = AddressKind(data["kind"])
        moved_in = _date(data["moved_in"])
        assert moved_in is not None
        if address_kind is AddressKind.MAIN:
            _end_current(resident, AddressKind.MAIN, moved_in)
        resident.addresses.append(
            ResidentAddress(
                street_id=data["street_id"], house_number=data["house_number"], kind=address_kind, moved_in=moved_in
            )
        )
    elif kind is ChangeKind.MOVED_OUT:
        moved_out = _date(data["moved_out"])
        assert moved_out is not None
        _end_current(resident, AddressKind(data["kind"]), moved_out)
    elif kind is ChangeKind.NAME_CHANGED:
        for field in NAME_FIELDS:
            if field in data:
                setattr(resident, field, data[field])
    elif kind is ChangeKind.INFORMATION_BLOCK_SET:
        resident.information_block_until = _date(data["until"])
        resident.information_block_reason = data["reason"]
    elif kind is ChangeKind.INFORMATION_BLOCK_LIFTED:
        resident.information_block_until = resident.information_block_reason = None
    elif kind is ChangeKind.CONDITIONAL_BLOCK_SET:
        resident.conditional_block_reason = data["reason"]
    elif kind is ChangeKind.CONDITIONAL_BLOCK_LIFTED:
        resident.conditional_block_reason = None
    elif kind is ChangeKind.TRANSMISSION_BLOCKS_SET:
        resident.transmission_blocks = list(data["blocks"])
    elif kind is ChangeKind.DIED:
        resident.died_on = _date(data["died_on"])
    for column, value in name_search_columns(resident.family_name, resident.given_names, resident.birth_name).items():
        setattr(resident, column, value)
    resident.changes = (resident.changes or 0) + 1


def _end_current(resident: Resident, kind: AddressKind, on: dt.date) -> None:
    for address in resident.addresses:
        if address.kind is kind and address.moved_out is None:
            address.moved_out = on


def replayed(changes: Iterable[ResidentChange]) -> Resident:
    """A fresh, unsaved resident with the state that ``changes`` (one resident's history, in order) give."""
    resident = Resident(addresses=[])
    for change in changes:
        apply_change(resident, change.kind, change.data)
    return resident
