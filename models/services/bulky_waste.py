"""Bulky-waste and e-waste pickup (Sperrmüll- und Elektroschrottabholung).

Approval schedules the pickup on the first working day with free capacity (at least the configured lead time
ahead, not before the citizen's preferred date) and produces the confirmation letter with that date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from models.cases import Case
from models.documents import DocumentKind
from models.german_format import format_date, format_decimal, format_long_date, local_date
from models.letters import InfoBlock, LetterContent
from models.operations.actors import Actor
from models.operations.mapping import person_address
from models.pickups import BulkyWastePickup
from models.services import SpecialisedService
from models.town_config import PickupSettings, TownProfile, load_section
from models.working_days import add_working_days, is_working_day

DEFAULT_DISTRICT = "Stadtgebiet"
_SCHEDULE_LOCK_KEY = 5_008_001  # PostgreSQL advisory lock: one scheduler at a time across workstations


def schedule_pickup(session: Session, case: Case, today: dt.date) -> BulkyWastePickup:
    """Reserve the first date with free capacity and record it with the case."""
    existing = session.scalar(select(BulkyWastePickup).where(BulkyWastePickup.case_id == case.id))
    if existing is not None:
        return existing
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SCHEDULE_LOCK_KEY})
    settings = load_section(session, PickupSettings)
    earliest = add_working_days(today, settings.lead_working_days)
    preferred = _preferred_date(case.form_data)
    day = max(earliest, preferred) if preferred else earliest
    while not is_working_day(day) or _booked(session, day) >= settings.daily_capacity:
        day += dt.timedelta(days=1)
    pickup = BulkyWastePickup(case_id=case.id, district=_district(case.form_data), pickup_date=day)
    session.add(pickup)
    return pickup


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


def confirmation_letter(
    case: Case, pickup: BulkyWastePickup, actor: Actor, town: TownProfile, today: dt.date
) -> LetterContent:
    person = case.applicant
    form = case.form_data
    paragraphs = [
        f"wir haben Ihre Anmeldung zur Sperrmüllabholung vom {format_date(local_date(case.received_at))} "
        "erhalten und bestätigen Ihnen folgenden Abholtermin:",
        f"Abholtermin: {format_long_date(pickup.pickup_date)}\nAbholadresse: {_pickup_address_line(form)}",
        "Bitte stellen Sie die angemeldeten Gegenstände am Abholtag bis 6:00 Uhr gut sichtbar am Straßenrand "
        "bereit, ohne Gehweg und Fahrbahn zu versperren. Abgeholt wird nur, was angemeldet ist:",
        "\n".join(f"– {line}" for line in _item_lines(form.get("items"))),
    ]
    e_waste = _item_lines(form.get("eWaste"))
    if e_waste:
        paragraphs.append(
            "Elektrogeräte werden getrennt abgeholt. Bitte stellen Sie sie neben den Sperrmüll:\n"
            + "\n".join(f"– {line}" for line in e_waste)
        )
    paragraphs.append(
        "Können Sie den Termin nicht wahrnehmen, melden Sie sich bitte spätestens zwei Werktage vorher "
        f"unter {town.phone} oder {town.email}."
    )
    return LetterContent(
        kind=DocumentKind.CONFIRMATION_LETTER,
        town=town,
        recipient=person_address(person),
        info=InfoBlock(
            our_reference=f"{town.department} / {actor.username}",
            case_reference=case.reference,
            date=today,
            clerk=actor.display_name,
            phone=actor.phone or town.phone,
            email=actor.email or town.email,
        ),
        subject=f"Sperrmüllabholung am {format_long_date(pickup.pickup_date)}",
        salutation=f"Guten Tag {person.given_names} {person.family_name},",
        paragraphs=tuple(p for p in paragraphs if p),
        signature=actor.display_name,
    )


def on_approved(session: Session, case: Case, actor: Actor) -> LetterContent:
    today = dt.date.today()
    pickup = schedule_pickup(session, case, today)
    return confirmation_letter(case, pickup, actor, load_section(session, TownProfile), today)


BULKY_WASTE_PICKUP = SpecialisedService(
    key="bulky_waste_pickup", schema_file="bulky_waste_pickup.json", on_approved=on_approved
)
