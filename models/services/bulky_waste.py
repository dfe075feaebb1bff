"""Bulky-waste and e-waste pickups (Sperrmüll- und Elektroschrottabholung), one module for both services.

The pickup address's district (Abfuhrbezirk) is that of its street in the street directory; each district has its
own pickup weekdays and daily capacity (:class:`models.pickups.PickupDistrict`). Approval books the first pickup
day of that district with free capacity (at least the configured lead time ahead, not before the citizen's
preferred date) and produces the confirmation letter with that date. A pickup whose address is unknown, whose
items exceed the volume cap or whose single item is too heavy is refused (:class:`FormDataInvalid`, German text).

No day is ever overbooked: on PostgreSQL each candidate day of a district is locked (a transaction-level advisory
lock on a key of district and day) before its bookings are counted; on SQLite the write transaction serialises.
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import Case
from models.errors import FormDataInvalid, InvalidInput
from models.german_format import format_decimal, format_long_date
from models.pickups import BulkyWastePickup, PickupDistrict
from models.registers.residents.streets import Street
from models.services import SpecialisedService
from models.town_config import PickupSettings, load_section
from models.working_days import add_working_days, is_working_day

if TYPE_CHECKING:
    from models.form_problems import FieldProblem

BULKY_WASTE = "bulky_waste_pickup"
E_WASTE = "e_waste_pickup"
PICKUP_SERVICES = frozenset({BULKY_WASTE, E_WASTE})
_LOCK_NAMESPACE = 5_008  # PostgreSQL advisory locks (namespace, key): one per district and day
_SEARCH_DAYS = 366  # how far ahead a free pickup day is looked for


@dataclass(frozen=True)
class PickupItem:
    """One line of a pickup: ``quantity`` pieces, ``volume_litres`` the line's whole volume, weight per piece."""

    description: str
    quantity: int
    volume_litres: int
    weight_kg: float | None
    e_waste: bool
    path: tuple[str | int, ...]  # where the line is in the form data


def pickup_items(service_key: str, form: dict[str, Any]) -> list[PickupItem]:
    """The items of a bulky-waste form (``items``, ``eWaste``) or the devices of an e-waste form (``devices``)."""
    lists = (("devices", True),) if service_key == E_WASTE else (("items", False), ("eWaste", True))
    found: list[PickupItem] = []
    for key, e_waste in lists:
        entries = form.get(key)
        if not isinstance(entries, list):
            continue
        for index, entry in enumerate(entries):
            if not isinstance(entry, dict):
                continue
            quantity = entry.get("quantity", 1)
            volume, weight = _number(entry.get("volumeM3")), _number(entry.get("weightKg"))
            found.append(
                PickupItem(
                    description=str(entry.get("description", "")),
                    quantity=quantity if isinstance(quantity, int) and not isinstance(quantity, bool) else 1,
                    volume_litres=round(volume * 1000) if volume is not None else 0,
                    weight_kg=weight,
                    e_waste=e_waste,
                    path=(key, index),
                )
            )
    return found


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def pickup_address(form: dict[str, Any]) -> dict[str, str]:
    address = form.get("pickupAddress")
    if not isinstance(address, dict):
        return {}
    return {key: str(value).strip() for key, value in address.items() if isinstance(value, str | int)}


def district_of(session: Session, street: str, postcode: str) -> str | None:
    """The district of a street of the town's directory (street and postcode as the citizen wrote them)."""
    return session.scalar(select(Street.district).where(Street.name == street, Street.postcode == postcode))


def pickup_problems(session: Session, service_key: str, form: dict[str, Any]) -> list[FieldProblem]:
    """What keeps this pickup from being booked: an address outside the street directory or without pickup days,
    more volume than one pickup takes, a piece heavier than the crew carries. Each with its German message."""
    from models.form_problems import FieldProblem, german_number  # noqa: PLC0415 (it imports the service registry)

    problems: list[FieldProblem] = []
    address = pickup_address(form)
    street, postcode = address.get("street", ""), address.get("postcode", "")
    district = district_of(session, street, postcode)
    if district is None:
        problems.append(
            FieldProblem(
                ("pickupAddress", "street"),
                "unknown_street",
                f"Die Straße „{street}“ mit der Postleitzahl {postcode} steht nicht im Straßenverzeichnis der "
                "Stadt. Abgeholt wird nur an Adressen im Stadtgebiet; bitte Schreibweise und Postleitzahl prüfen.",
            )
        )
    elif session.get(PickupDistrict, district) is None:
        problems.append(
            FieldProblem(
                ("pickupAddress", "street"),
                "district_without_days",
                f"Für den Abfuhrbezirk „{district}“ sind keine Abholtage festgelegt.",
            )
        )
    settings = load_section(session, PickupSettings)
    items = pickup_items(service_key, form)
    total = sum(item.volume_litres for item in items)
    if total > round(settings.max_volume_m3 * 1000):
        problems.append(
            FieldProblem(
                (items[0].path[0],) if items else ("items",),
                "volume_cap",
                f"Die Gegenstände umfassen zusammen {format_decimal(total / 1000)} m³; je Abholung sind höchstens "
                f"{german_number(settings.max_volume_m3)} m³ möglich.",
            )
        )
    for item in items:
        limit = settings.max_device_weight_kg if item.e_waste else settings.max_item_weight_kg
        if item.weight_kg is not None and item.weight_kg > limit:
            problems.append(
                FieldProblem(
                    (*item.path, "weightKg"),
                    "item_weight",
                    f"„{item.description}“ wiegt ca. {german_number(item.weight_kg)} kg; ein einzelnes Stück darf "
                    f"höchstens {german_number(limit)} kg wiegen.",
                )
            )
    return problems


def check_pickup(session: Session, service_key: str, form: dict[str, Any]) -> None:
    problems = pickup_problems(session, service_key, form)
    if problems:
        raise FormDataInvalid(tuple(problems))


# -- booking -----------------------------------------------------------------------------------------------------


def lock_district_day(session: Session, district: str, day: dt.date) -> None:
    """Serialise the bookings of one district and day across workstations (held until the transaction ends)."""
    if session.get_bind().dialect.name != "postgresql":
        return  # SQLite: the write transaction already holds the database's one write lock
    key = zlib.crc32(f"{district}|{day.isoformat()}".encode()) - 2**31
    session.execute(text("SELECT pg_advisory_xact_lock(:namespace, :key)"), {"namespace": _LOCK_NAMESPACE, "key": key})


def has_room(session: Session, district: PickupDistrict, day: dt.date, volume_litres: int) -> bool:
    """Whether ``day`` of ``district`` takes one more pickup of ``volume_litres`` (lock the day first)."""
    count, volume = session.execute(
        select(func.count(), func.coalesce(func.sum(BulkyWastePickup.volume_litres), 0)).where(
            BulkyWastePickup.district == district.name, BulkyWastePickup.pickup_date == day
        )
    ).one()
    if int(count) >= district.daily_capacity:
        return False
    return district.daily_volume_litres is None or int(volume) + volume_litres <= district.daily_volume_litres


def is_pickup_day(district: PickupDistrict, day: dt.date) -> bool:
    return is_working_day(day) and day.isoweekday() in district.iso_weekdays


def schedule_pickup(session: Session, case: Case, today: dt.date) -> BulkyWastePickup:
    """Book the first pickup day of the address's district with room, and record it with the case."""
    existing = _existing_pickup(session, case)
    if existing is not None:
        return existing
    district, volume = _checked(session, case)
    pickup = BulkyWastePickup(
        case_id=case.id,
        district=district.name,
        pickup_date=_first_free_day(session, case, district, volume, today, lock=True),
        volume_litres=volume,
    )
    session.add(pickup)
    session.flush()
    return pickup


def _checked(session: Session, case: Case) -> tuple[PickupDistrict, int]:
    check_pickup(session, case.service.key, case.form_data)
    address = pickup_address(case.form_data)
    name = district_of(session, address.get("street", ""), address.get("postcode", ""))
    district = session.get(PickupDistrict, name) if name is not None else None
    assert district is not None  # check_pickup refused an address without one
    return district, sum(item.volume_litres for item in pickup_items(case.service.key, case.form_data))


def _existing_pickup(session: Session, case: Case) -> BulkyWastePickup | None:
    return session.scalar(select(BulkyWastePickup).where(BulkyWastePickup.case_id == case.id))


def _first_free_day(
    session: Session, case: Case, district: PickupDistrict, volume: int, today: dt.date, *, lock: bool
) -> dt.date:
    settings = load_section(session, PickupSettings)
    earliest = add_working_days(today, settings.lead_working_days)
    preferred = _preferred_date(case.form_data)
    day = max(earliest, preferred) if preferred else earliest
    for _ in range(_SEARCH_DAYS):
        if is_pickup_day(district, day):
            if lock:
                lock_district_day(session, district.name, day)
            if has_room(session, district, day, volume):
                return day
        day += dt.timedelta(days=1)
    raise InvalidInput("pickup_date", "no_free_day")


def _preferred_date(form: dict[str, Any]) -> dt.date | None:
    raw = form.get("preferredDate")
    if not isinstance(raw, str):
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        return None


# -- the confirmation letter -------------------------------------------------------------------------------------


def item_line(item: PickupItem) -> str:
    line = f"{item.quantity} × {item.description}"
    if item.volume_litres:
        line += f" (ca. {format_decimal(item.volume_litres / 1000)} m³)"
    return line


def pickup_address_line(form: dict[str, Any]) -> str:
    address = pickup_address(form)
    street = " ".join(address.get(k, "") for k in ("street", "houseNumber")).strip()
    town = " ".join(address.get(k, "") for k in ("postcode", "city")).strip()
    return ", ".join(part for part in (street, town) if part)


def confirmation_values(case: Case, pickup_date: dt.date) -> dict[str, Any]:
    """The pickup placeholders of the confirmation letter (``confirmation_letter.bulky_waste_pickup``)."""
    items = pickup_items(case.service.key, case.form_data)
    e_waste_apart = case.service.key != E_WASTE  # an e-waste pickup lists its devices as its items
    return {
        "abholtermin": format_long_date(pickup_date),
        "abholadresse": pickup_address_line(case.form_data),
        "gegenstaende": [item_line(item) for item in items if not (e_waste_apart and item.e_waste)],
        "elektrogeraete": [item_line(item) for item in items if e_waste_apart and item.e_waste],
    }


def on_approved(session: Session, case: Case, actor: Actor, today: dt.date) -> dict[str, Any]:
    return confirmation_values(case, schedule_pickup(session, case, today).pickup_date)


def planned_on_approval(session: Session, case: Case, today: dt.date) -> dict[str, Any]:
    """The confirmation values with the date :func:`schedule_pickup` would book now (nothing is booked).

    Refuses as the approval would (:class:`FormDataInvalid`), so a refused approval renders no letter."""
    existing = _existing_pickup(session, case)
    if existing is not None:
        return confirmation_values(case, existing.pickup_date)
    district, volume = _checked(session, case)
    return confirmation_values(case, _first_free_day(session, case, district, volume, today, lock=False))


def _pickup_service(key: str, schema_file: str) -> SpecialisedService:
    def problems(session: Session, form: dict[str, Any]) -> list[FieldProblem]:
        return pickup_problems(session, key, form)

    return SpecialisedService(
        key=key,
        schema_file=schema_file,
        on_approved=on_approved,
        planned_on_approval=planned_on_approval,
        form_check=problems,
    )


BULKY_WASTE_PICKUP = _pickup_service(BULKY_WASTE, "bulky_waste_pickup.json")
E_WASTE_PICKUP = _pickup_service(E_WASTE, "e_waste_pickup.json")
