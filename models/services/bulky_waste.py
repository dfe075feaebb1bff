"""Bulky-waste and e-waste pickup (Sperrmüll- und Elektroschrottabholung).

Approval schedules the pickup on the first working day with free capacity (at least the configured lead time
ahead, not before the citizen's preferred date) and produces the confirmation letter with that date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import Case
from models.german_format import format_decimal, format_long_date
from models.pickups import BulkyWastePickup
from models.services import SpecialisedService
from models.town_config import PickupSettings, load_section
from models.working_days import add_working_days, is_working_day

DEFAULT_DISTRICT = "Stadtgebiet"
_SCHEDULE_LOCK_KEY = 5_008_001  # PostgreSQL advisory lock: one scheduler at a time across workstations


def schedule_pickup(session: Session, case: Case, today: dt.date) -> BulkyWastePickup:
    """Reserve the first date with free capacity and record it with the case."""
    existing = _existing_pickup(session, case)
    if existing is not None:
        return existing
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEDULE_LOCK_KEY})
    pickup = BulkyWastePickup(
        case_id=case.id, district=_district(case.form_data), pickup_date=_first_free_day(session, case, today)
    )
    session.add(pickup)
    return pickup


def _existing_pickup(session: Session, case: Case) -> BulkyWastePickup | None:
    return session.scalar(select(BulkyWastePickup).where(BulkyWastePickup.case_id == case.id))


def _first_free_day(session: Session, case: Case, today: dt.date) -> dt.date:
    settings = load_section(session, PickupSettings)
    earliest = add_working_days(today, settings.lead_working_days)
    preferred = _preferred_date(case.form_data)
    day = max(earliest, preferred) if preferred else earliest
    while not is_working_day(day) or _booked(session, day) >= settings.daily_capacity:
        day += dt.timedelta(days=1)
    return day


def _booked(session: Session, day: dt.date) -> int:
    count = session.scalar(select(func.count()).where(BulkyWastePickup.pickup_date == day))
    return int(count or 0)


def _preferred_date(form: dict[str, Any]) -> dt.date | None:
    raw = form.get("preferredDate")
    if not isinstance(raw, str):
        return None
    try:
        return dt.date.fromisoformat(raw)
    except ValueError:
        return None


def _district(form: dict[str, Any]) -> str:
    address = form.get("pickupAddress")
    district = address.get("district") if isinstance(address, dict) else None
    return str(district) if district else DEFAULT_DISTRICT


def _item_lines(items: object) -> list[str]:
    lines: list[str] = []
    if not isinstance(items, list):
        return lines
    for item in items:
        if not isinstance(item, dict):
            continue
        line = f"{item.get('quantity', 1)} × {item.get('description', '')}"
        volume = item.get("volumeM3")
        if isinstance(volume, int | float):
            line += f" (ca. {format_decimal(float(volume))} m³)"
        lines.append(line)
    return lines


def _pickup_address_line(form: dict[str, Any]) -> str:
    address = form.get("pickupAddress")
    if not isinstance(address, dict):
        return ""
    street = " ".join(str(address.get(k, "")) for k in ("street", "houseNumber")).strip()
    town = " ".join(str(address.get(k, "")) for k in ("postcode", "city")).strip()
    return ", ".join(part for part in (street, town) if part)


def confirmation_values(case: Case, pickup_date: dt.date) -> dict[str, Any]:
    """The bulky-waste placeholders of the confirmation letter (``confirmation_letter.bulky_waste_pickup``)."""
    form = case.form_data
    return {
        "abholtermin": format_long_date(pickup_date),
        "abholadresse": _pickup_address_line(form),
        "gegenstaende": _item_lines(form.get("items")),
        "elektrogeraete": _item_lines(form.get("eWaste")),
    }


def on_approved(session: Session, case: Case, actor: Actor, today: dt.date) -> dict[str, Any]:
    return confirmation_values(case, schedule_pickup(session, case, today).pickup_date)


def planned_on_approval(session: Session, case: Case, today: dt.date) -> dict[str, Any]:
    """The confirmation values with the date :func:`schedule_pickup` would reserve now (nothing is reserved)."""
    existing = _existing_pickup(session, case)
    day = existing.pickup_date if existing is not None else _first_free_day(session, case, today)
    return confirmation_values(case, day)


BULKY_WASTE_PICKUP = SpecialisedService(
    key="bulky_waste_pickup",
    schema_file="bulky_waste_pickup.json",
    on_approved=on_approved,
    planned_on_approval=planned_on_approval,
)
