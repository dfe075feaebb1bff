"""The waste-bin register's look-ups and its one change: a property at an address, its bins on a day, the residents
the resident register has there, and recording a change order from its effective date.

These work inside the caller's transaction (a specialised service's approval) and never commit.
"""

from __future__ import annotations

import datetime as dt
import zlib
from collections import Counter

from sqlalchemy import distinct, func, or_, select, text
from sqlalchemy.orm import Session

from models.registers.residents.resident import Resident, ResidentAddress
from models.registers.waste_bins.register import WasteBin, WasteProperty
from models.registers.waste_bins.statute import BinLine

_LOCK_NAMESPACE = 5_018  # PostgreSQL advisory locks (namespace, key): one per address of the waste-bin register


def property_at(session: Session, street_id: int, house: str, *, lock: bool = False) -> WasteProperty | None:
    """The property at the street's house ``house`` (a :func:`~models.registers.residents.changes.house_key`).

    With ``lock`` (PostgreSQL) the address is locked first, for the rest of the transaction: two workstations
    approving orders for one address take turns, so the second sees the first's bins (and its new property, which a
    row lock could not cover, since it did not exist yet)."""
    if lock and session.get_bind().dialect.name == "postgresql":
        key = zlib.crc32(f"{street_id}/{house}".encode()) & 0x7FFFFFFF
        session.execute(
            text("SELECT pg_advisory_xact_lock(:namespace, :key)"), {"namespace": _LOCK_NAMESPACE, "key": key}
        )
    query = select(WasteProperty).where(WasteProperty.street_id == street_id, WasteProperty.house_key == house)
    return session.scalar(query)


def open_bins(session: Session, property_id: int) -> list[WasteBin]:
    """The lines not ended: the bins in force from the last change on."""
    query = select(WasteBin).where(WasteBin.property_id == property_id, WasteBin.valid_to.is_(None))
    return list(session.scalars(query.order_by(WasteBin.id)))


def bins_on(session: Session, property_id: int, day: dt.date) -> list[WasteBin]:
    """The lines in force on ``day``."""
    query = select(WasteBin).where(
        WasteBin.property_id == property_id,
        WasteBin.valid_from <= day,
        or_(WasteBin.valid_to.is_(None), WasteBin.valid_to >= day),
    )
    return list(session.scalars(query.order_by(WasteBin.id)))


def line_of(row: WasteBin) -> BinLine:
    return BinLine(row.bin_type, row.size_litres, row.count, row.interval)


def last_change(session: Session, property_id: int) -> dt.date | None:
    """The effective date of the property's latest change (the latest line's start)."""
    return session.scalar(select(func.max(WasteBin.valid_from)).where(WasteBin.property_id == property_id))


def residents_at(session: Session, street_id: int, house: str, day: dt.date) -> int:
    """How many people the resident register has living at the address on ``day`` (main or secondary residence,
    moved in by then and not moved out before, alive): the statute's minimum volume is per resident."""
    query = (
        select(func.count(distinct(ResidentAddress.resident_id)))
        .join(Resident, Resident.id == ResidentAddress.resident_id)
        .where(
            ResidentAddress.street_id == street_id,
            func.lower(func.replace(ResidentAddress.house_number, " ", "")) == house,
            ResidentAddress.moved_in <= day,
            or_(ResidentAddress.moved_out.is_(None), ResidentAddress.moved_out >= day),
            or_(Resident.died_on.is_(None), Resident.died_on > day),
        )
    )
    return session.scalar(query) or 0


def record_bins(
    session: Session, prop: WasteProperty, after: list[BinLine], effective: dt.date, case_id: int | None
) -> None:
    """Change the property's bins to ``after`` from ``effective`` on: lines that stay as they are stay open, the
    others end on the day before, and the new ones begin on ``effective``."""
    wanted: Counter[tuple[object, ...]] = Counter(
        {(line.bin_type, line.size_litres, line.interval): line.count for line in after}
    )
    for row in open_bins(session, prop.id):
        key = (row.bin_type, row.size_litres, row.interval)
        if wanted.get(key) == row.count:
            del wanted[key]
            continue
        row.valid_to = effective - dt.timedelta(days=1)
    for (bin_type, size, interval), count in wanted.items():
        session.add(
            WasteBin(
                property_id=prop.id,
                bin_type=bin_type,
                size_litres=size,
                count=count,
                interval=interval,
                valid_from=effective,
                valid_to=None,
                change_case_id=case_id,
            )
        )
    session.flush()
