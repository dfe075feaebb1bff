"""The demo town's waste-bin register: every house where the resident register has someone living gets a property
with the bins its residents need (deterministic).

Written straight into the register, as the take-over from an old register would be: a house with up to six
residents belongs to one of its adult residents (the first registered there) and has a residual-waste bin of the
smallest size that meets the statute's minimum, emptied every two weeks, most also a bio bin and a paper bin; a
larger house belongs to a community of owners (Wohnungseigentümergemeinschaft) with a property manager and has
770 or 1,100 litre bins emptied weekly.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict

from sqlalchemy import insert, select, text
from sqlalchemy.orm import Session

from models.db import Database
from models.german_format import today as german_today
from models.registers.residents.changes import house_key
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress
from models.registers.residents.streets import Street
from models.registers.waste_bins.properties import residents_at
from models.registers.waste_bins.register import WasteBin, WasteProperty
from models.registers.waste_bins.statute import BinType, Interval, town_waste_statute

MANAGERS = (
    "Hausverwaltung Brandt GmbH",
    "Immobilienverwaltung Lindenbrück eG",
    "WEG-Verwaltung Öztürk & Partner",
    "Sauerland Immobilien Service GmbH",
)
SMALL_HOUSE = 6  # residents at most in a house of one owner
_WEEKS = {Interval.WEEKLY: 1, Interval.BIWEEKLY: 2}


def _residual(residents: int, sizes: tuple[int, ...], interval: Interval) -> tuple[int, int]:
    """The smallest bin (and how many of the largest, if none suffices) holding the residents' minimum."""
    needed = town_waste_statute().minimum_residual_litres_per_week(residents) * _WEEKS[interval]
    size = next((size for size in sizes if size >= needed), sizes[-1])
    count = max(1, -(-needed // size))
    return size, count


def seed_waste_bins(db: Database, *, seed: int = 2026, as_of: dt.date | None = None) -> int:
    """The properties of the houses with residents, and their bins; how many properties were written."""
    rng = random.Random(seed)
    today = as_of or german_today()
    with db.read() as session:
        rows = session.execute(
            select(
                ResidentAddress.street_id,
                ResidentAddress.house_number,
                Resident.id,
                Resident.given_names,
                Resident.family_name,
                Resident.born,
                Street.name,
            )
            .join(Resident, Resident.id == ResidentAddress.resident_id)
            .join(Street, Street.id == ResidentAddress.street_id)
            .where(
                ResidentAddress.kind == AddressKind.MAIN,
                ResidentAddress.moved_out.is_(None),
                Resident.died_on.is_(None),
            )
            .order_by(ResidentAddress.street_id, ResidentAddress.house_number, Resident.id)
        ).all()
    houses: dict[tuple[int, str], list[tuple[str, str, dt.date | None]]] = defaultdict(list)
    street_names: dict[int, str] = {}
    for street_id, house_number, _id, given, family, born, street_name in rows:
        houses[(street_id, house_key(house_number))].append((given, family, born))
        street_names[street_id] = street_name
    numbers = {(street_id, house_key(number)): number for street_id, number, *_rest in rows}
    adult = today - dt.timedelta(days=18 * 366)
    properties: list[dict[str, object]] = []
    bins: list[dict[str, object]] = []
    for index, ((street_id, key), people) in enumerate(sorted(houses.items())):
        number = numbers[(street_id, key)]
        if len(people) <= SMALL_HOUSE:
            owner = next((f"{g} {f}" for g, f, born in people if born is not None and born <= adult), None)
            owner = owner or f"{people[0][0]} {people[0][1]}"
            manager = None
            residual, interval = _residual(len(people), (60, 80, 120, 240), Interval.BIWEEKLY), Interval.BIWEEKLY
        else:
            owner = f"Wohnungseigentümergemeinschaft {street_names[street_id]} {number}"
            manager = MANAGERS[index % len(MANAGERS)]
            residual, interval = _residual(len(people), (770, 1100), Interval.WEEKLY), Interval.WEEKLY
        since = today - dt.timedelta(days=rng.randint(400, 6000))
        property_id = index + 1
        properties.append(
            {
                "id": property_id,
                "street_id": street_id,
                "house_number": number,
                "house_key": key,
                "owner_name": owner[:200],
                "manager_name": manager,
                "registered_on": since,
            }
        )
        size, count = residual
        lines = [(BinType.RESIDUAL, size, count, interval)]
        if manager or rng.random() < 0.7:
            lines.append((BinType.BIO, 240 if manager else 120, 1, Interval.BIWEEKLY))
        if manager or rng.random() < 0.8:
            lines.append((BinType.PAPER, 1100 if manager else 240, 1, Interval.FOURWEEKLY))
        bins.extend(
            {
                "property_id": property_id,
                "bin_type": bin_type,
                "size_litres": litres,
                "count": how_many,
                "interval": every,
                "valid_from": since,
            }
            for bin_type, litres, how_many, every in lines
        )
    if not properties:
        return 0
    with db.write() as session:
        session.execute(insert(WasteProperty), properties)
        session.execute(insert(WasteBin), bins)
        if session.get_bind().dialect.name == "postgresql":
            session.execute(
                text("SELECT setval(pg_get_serial_sequence('waste_properties', 'id'), :last)"),
                {"last": len(properties)},
            )
    return len(properties)


def _owner_living_there(
    session: Session, effective: dt.date
) -> tuple[WasteProperty, Street, WasteBin, str, str, int] | None:
    """The first house of one owner with a residual-waste bin below 240 l whose owner is a resident living there,
    with that resident's given and family names and how many live there on ``effective``."""
    query = (
        select(WasteProperty, Street, WasteBin)
        .join(Street, Street.id == WasteProperty.street_id)
        .join(WasteBin, WasteBin.property_id == WasteProperty.id)
        .where(
            WasteProperty.manager_name.is_(None),
            WasteBin.bin_type == BinType.RESIDUAL,
            WasteBin.size_litres < 240,
            WasteBin.valid_to.is_(None),
        )
        .order_by(WasteProperty.id)
        .limit(20)
    )
    for prop, street, residual in session.execute(query):
        people = session.execute(
            select(Resident.given_names, Resident.family_name)
            .join(ResidentAddress, ResidentAddress.resident_id == Resident.id)
            .where(ResidentAddress.street_id == prop.street_id, ResidentAddress.house_number == prop.house_number)
        ).all()
        owner = next(((given, family) for given, family in people if f"{given} {family}" == prop.owner_name), None)
        if owner is not None:
            living = residents_at(session, prop.street_id, prop.house_key, effective)
            return prop, street, residual, owner[0], owner[1], living
    return None


def demo_bin_orders(db: Database, *, as_of: dt.date | None = None) -> list[tuple[dict[str, str], dict[str, object]]]:
    """Two change orders of the demo's cases, each with its applicant: the owner of a house with residents
    exchanges the residual-waste bin for the next larger size, and the manager of a large house orders another
    paper bin; both from the first of next month."""
    today = as_of or german_today()
    effective = (today.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
    orders: list[tuple[dict[str, str], dict[str, object]]] = []
    with db.read() as session:
        small = _owner_living_there(session, effective)
        large = session.execute(
            select(WasteProperty, Street)
            .join(Street, Street.id == WasteProperty.street_id)
            .where(WasteProperty.manager_name.is_not(None))
            .order_by(WasteProperty.id)
            .limit(1)
        ).first()
    if small is not None:
        prop, street, residual, given, family, living = small
        address = {"street": street.name, "houseNumber": prop.house_number, "postcode": street.postcode,
                   "city": street.town}  # fmt: skip
        larger = {60: 80, 80: 120, 120: 240}[residual.size_litres]
        applicant = {"given_names": given, "family_name": family, "street": street.name,
                     "house_number": prop.house_number, "postcode": street.postcode, "city": street.town}  # fmt: skip
        form: dict[str, object] = {
            "applicant": {"givenNames": given, "familyName": family, "address": address},
            "applicantRole": "owner",
            "propertyAddress": address,
            "changes": [
                {
                    "action": "exchange",
                    "binType": "residual",
                    "sizeLitres": larger,
                    "count": 1,
                    "interval": residual.interval.value,
                    "previousSizeLitres": residual.size_litres,
                }
            ],
            "effectiveDate": effective.isoformat(),
            "residents": living,
        }
        orders.append((applicant, form))
    if large is not None:
        prop, street = large
        address = {"street": street.name, "houseNumber": prop.house_number, "postcode": street.postcode,
                   "city": street.town}  # fmt: skip
        applicant = {"given_names": "Jana", "family_name": "Brandt", "street": "Bahnhofstraße", "house_number": "1",
                     "postcode": street.postcode, "city": street.town}  # fmt: skip
        form = {
            "applicant": {
                "givenNames": "Jana",
                "familyName": "Brandt",
                "address": {
                    "street": "Bahnhofstraße",
                    "houseNumber": "1",
                    "postcode": street.postcode,
                    "city": street.town,
                },
            },
            "applicantRole": "manager",
            "managementCompany": prop.manager_name or "",
            "ownerName": prop.owner_name,
            "propertyAddress": address,
            "changes": [
                {"action": "order", "binType": "paper", "sizeLitres": 1100, "count": 1, "interval": "fourweekly"}
            ],
            "effectiveDate": effective.isoformat(),
            "residents": 8,
        }
        orders.append((applicant, form))
    return orders
