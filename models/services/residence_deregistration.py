"""Deregistration (Abmeldung, § 17(2) BMG): moving abroad, to an unknown place, or giving up a secondary residence.

Approval ends the current address of the chosen kind on the move-out day for everyone the form names. Each person
must be in the register, found as in a registration (DIN 91379 search form of the names plus the date of birth,
:func:`~models.services.residence.found_resident`); someone not found, found twice or without such an address
refuses the approval and nothing is stored. The move-out date lies neither in the future nor more than a year
back. The confirmation (Abmeldebestätigung, free like the Meldebestätigung) prints one section per person with the
address given up, in the same way as the registration's (see :mod:`models.services.residence`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import Case
from models.errors import InvalidInput
from models.german_format import format_date
from models.registers.residents.changes import (
    append_move_out,
    checked_reason,
    locked_resident,
    moved_out_data,
)
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress, address_line
from models.services import SpecialisedService
from models.services.residence import form_date, found_resident, person_name, recent_date, text_of

_KIND = {"main": AddressKind.MAIN, "secondary": AddressKind.SECONDARY}
_DESTINATIONS = {"abroad": "ins Ausland", "unknown": "unbekannt", "main_kept": "Hauptwohnung bleibt bestehen"}


@dataclass(frozen=True)
class Leaving:
    """One person of the deregistration as the register has them, with the address they give up."""

    resident_id: int
    name: str
    born: dt.date | None
    address: ResidentAddress


def _current(resident: Resident, kind: AddressKind) -> ResidentAddress:
    address = next((a for a in resident.addresses if a.kind is kind and a.moved_out is None), None)
    if address is None:
        raise InvalidInput("address", "none_current")
    return address


def _destination(form: dict[str, Any]) -> str:
    destination = form.get("destination")
    target = destination if isinstance(destination, dict) else {}
    kind = text_of(target.get("kind"))
    if kind not in _DESTINATIONS:
        raise InvalidInput("destination", "unknown")
    if kind != "abroad":
        return _DESTINATIONS[kind]
    place = ", ".join(p for p in (text_of(target.get("city")), text_of(target.get("country"))) if p)
    return f"{_DESTINATIONS[kind]} ({place})" if place else _DESTINATIONS[kind]


def leaving_of(session: Session, case: Case, today: dt.date) -> tuple[dt.date, AddressKind, tuple[Leaving, ...]]:
    """The checked deregistration of ``case``: the move-out day, the kind of address, who leaves (nothing changed)."""
    form = case.form_data
    moved_out = recent_date(form.get("moveOutDate"), "move_out_date", today)
    kind = _KIND.get(text_of(form.get("dwelling")))
    if kind is None:
        raise InvalidInput("dwelling_status", "unknown")
    people = form.get("persons")
    leaving = []
    for entry in people if isinstance(people, list) else []:
        person = entry if isinstance(entry, dict) else {}
        family = " ".join(p for p in (text_of(person.get("namePrefix")), text_of(person.get("familyName"))) if p)
        born = form_date(person.get("dateOfBirth"), "person_date_of_birth")
        resident = found_resident(session, family, text_of(person.get("givenNames")), born)
        if resident is None:
            raise InvalidInput("person", "not_in_register")
        address = _current(resident, kind)
        moved_out_data(resident, moved_out, kind)  # refuses a day before the move into that address
        leaving.append(Leaving(resident.id, person_name(resident), resident.born, address))
    if not leaving:
        raise InvalidInput("persons", "required")
    return moved_out, kind, tuple(leaving)


def _values(form: dict[str, Any], moved_out: dt.date, leaving: tuple[Leaving, ...]) -> dict[str, Any]:
    destination = _destination(form)
    return {
        "auszugsdatum": format_date(moved_out),
        "personen": [
            {
                "name": person.name,
                "geburtsdatum": format_date(person.born) if person.born else "",
                "anschrift": address_line(
                    person.address.street.name, person.address.house_number, person.address.street.postcode,
                    person.address.street.town,
                ),
                "auszug": format_date(moved_out),
                "wohin": destination,
            }
            for person in leaving
        ],
    }  # fmt: skip


def planned_on_approval(session: Session, case: Case, today: dt.date) -> dict[str, Any]:
    moved_out, _kind, leaving = leaving_of(session, case, today)
    return _values(case.form_data, moved_out, leaving)


def on_approved(session: Session, case: Case, actor: Actor, today: dt.date) -> dict[str, Any]:
    moved_out, kind, leaving = leaving_of(session, case, today)
    values = _values(case.form_data, moved_out, leaving)
    reason = checked_reason(f"{case.service.name}, Vorgang {case.reference}")
    for person in leaving:
        append_move_out(session, actor, locked_resident(session, person.resident_id), moved_out, reason, kind)
    return values


RESIDENCE_DEREGISTRATION = SpecialisedService(
    key="residence_deregistration",
    schema_file="residence_deregistration.json",
    on_approved=on_approved,
    planned_on_approval=planned_on_approval,
)
