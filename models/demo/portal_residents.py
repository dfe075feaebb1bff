"""Households of the demo town's resident register for the demo portal: a deregistration, a residence certificate,
a dog's keeper or the person a register information asks about must be someone the register has, or the clerk
trying the demo could approve none of them.

Read once when the demo portal sends its applications (the app's start on the embedded database): households
spread over the register (every so many houses), the members as the register has them, oldest first.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select

from models.db import Database
from models.german_format import today
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress, Sex
from models.registers.residents.streets import Street

HOUSEHOLDS = 60


@dataclass(frozen=True)
class RegisteredPerson:
    """A resident as a citizen of the town would type themselves into the portal."""

    given_names: str
    family_name: str
    born: dt.date
    sex: Sex
    birth_name: str | None
    street: str
    house_number: str
    postcode: str
    town: str
    district: str


def registered_households(db: Database, count: int = HOUSEHOLDS) -> tuple[tuple[RegisteredPerson, ...], ...]:
    """Up to ``count`` households (the residents living at one address), spread over the register, each with at
    least one adult; none in a register without residents."""
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(Resident)) or 0
        if total == 0:
            return ()
        step = max(1, total // (count * 3))
        rows = session.execute(
            select(Resident, ResidentAddress.house_number, Street)
            .join(ResidentAddress, ResidentAddress.resident_id == Resident.id)
            .join(Street, Street.id == ResidentAddress.street_id)
            .where(
                ResidentAddress.kind == AddressKind.MAIN,
                ResidentAddress.moved_out.is_(None),
                Resident.died_on.is_(None),
                Resident.born.is_not(None),
                Resident.information_block_until.is_(None),
                Resident.conditional_block_reason.is_(None),
                Resident.id % step == 0,
            )
            .order_by(Resident.id)
            .limit(count * 3)
        ).all()
        addresses = [(street.id, number) for _resident, number, street in rows]
        houses: dict[tuple[int, str], list[RegisteredPerson]] = defaultdict(list)
        members = session.execute(
            select(Resident, ResidentAddress.street_id, ResidentAddress.house_number, Street)
            .join(ResidentAddress, ResidentAddress.resident_id == Resident.id)
            .join(Street, Street.id == ResidentAddress.street_id)
            .where(
                ResidentAddress.kind == AddressKind.MAIN,
                ResidentAddress.moved_out.is_(None),
                Resident.died_on.is_(None),
                Resident.born.is_not(None),
                ResidentAddress.street_id.in_({street for street, _number in addresses}),
            )
            .order_by(Resident.born, Resident.id)
        ).all()
    wanted = set(addresses)
    for resident, street_id, number, street in members:
        if (street_id, number) in wanted and resident.born is not None:
            houses[(street_id, number)].append(
                RegisteredPerson(
                    given_names=resident.given_names,
                    family_name=resident.family_name,
                    born=resident.born,
                    sex=resident.sex,
                    birth_name=resident.birth_name,
                    street=street.name,
                    house_number=number,
                    postcode=street.postcode,
                    town=street.town,
                    district=street.district,
                )
            )
    adult = today() - dt.timedelta(days=18 * 366)
    households = [tuple(people[:4]) for key in dict.fromkeys(addresses) if (people := houses[key])]
    return tuple(household for household in households if household[0].born <= adult)[:count]
