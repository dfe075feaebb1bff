"""Residence registration (Anmeldung, Ummeldung, Nebenwohnung; §§ 17, 19, 24 BMG): approval changes the register.

One case registers everyone who moves in together (the form's ``persons``: the applicant and family members).
Before anything changes, the form is checked as the law asks:

- the landlord's confirmation (Wohnungsgeberbestätigung, § 19 BMG) is there with the landlord's name and address,
  the move-in date and the flat's address, and it says what the registration says: the same street (known in the
  street directory), house number and postcode, the same move-in date; otherwise the approval is refused with
  the problem (``landlord_confirmation``: ``missing``, ``incomplete``, ``other_address``, ``other_move_in_date``);
- the move-in date lies neither in the future nor more than a year back (``move_in_date``: ``in_future``,
  ``too_long_ago``); a registration received more than two weeks after moving in (§ 17(1) BMG) is processed
  but flagged: the approval's entry in the case history says so (:func:`approval_notes`);
- the new address is in the street directory (``street``: ``unknown``).

Each person is then found in the register by the DIN 91379 search form of family and given names plus the date
of birth, or registered anew; someone found moves out of their main residence on the day before moving in
(Ummeldung within the town), and everyone moves in at the new address as main or secondary residence. The changes
go through the register's own rule (:mod:`models.registers.residents.changes`, the same as the clerk's register
operations) inside the approval's transaction: a refusal stores nothing, neither in the register nor in the case.

**One confirmation per person (Meldebestätigung, § 24(2) BMG, free).** The approval writes one letter, as every
approval does; its service text (``confirmation_letter.residence_registration.txt``) loops over ``personen`` and
prints one section per person: name, date of birth, new address, move-in date, kind of residence. We chose a loop
in the template over several documents because it needs no change to how an approval books its letter (one
draft, rendered before the transaction and compared under the locks), the household gets one envelope, and an
admin edits the wording in one place; each section is complete on its own, as the law asks of a confirmation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import Case
from models.errors import InvalidInput
from models.german_format import format_date, local_date
from models.registers.residents.changes import (
    MOVE_DAYS_BACK,
    MoveIn,
    NewResident,
    append_move,
    append_move_out,
    append_registration,
    checked_reason,
    house_key,
    known_street,
    locked_resident,
)
from models.registers.residents.resident import AddressKind, Resident, Sex, address_line
from models.registers.residents.streets import Street
from models.search_form import search_form
from models.services import SpecialisedService

#: § 17(1) BMG: register within two weeks after moving in.
DEADLINE_DAYS = 14

_SEX = {"male": Sex.MALE, "female": Sex.FEMALE, "diverse": Sex.DIVERSE, "unspecified": Sex.UNSPECIFIED}
_KIND_OF_DWELLING = {"sole": AddressKind.MAIN, "main": AddressKind.MAIN, "secondary": AddressKind.SECONDARY}
DWELLING_NAMES = {"sole": "alleinige Wohnung", "main": "Hauptwohnung", "secondary": "Nebenwohnung"}

#: Nationalities as the portal's form asks for them, to the register's ISO 3166-1 codes (a code is taken as it is).
NATIONALITY_CODES = {
    "deutsch": "DE", "türkisch": "TR", "polnisch": "PL", "ungarisch": "HU", "rumänisch": "RO", "vietnamesisch": "VN",
    "isländisch": "IS", "tschechisch": "CZ", "kroatisch": "HR", "französisch": "FR", "spanisch": "ES",
    "lettisch": "LV", "maltesisch": "MT", "dänisch": "DK", "nigerianisch": "NG", "pakistanisch": "PK",
    "indisch": "IN", "italienisch": "IT", "griechisch": "GR", "russisch": "RU", "ukrainisch": "UA",
    "syrisch": "SY", "niederländisch": "NL", "österreichisch": "AT", "portugiesisch": "PT", "bulgarisch": "BG",
    "serbisch": "RS", "bosnisch": "BA", "albanisch": "AL", "afghanisch": "AF", "irakisch": "IQ",
    "amerikanisch": "US", "britisch": "GB", "chinesisch": "CN",
}  # fmt: skip


def text_of(value: object) -> str:
    return " ".join(value.split()) if isinstance(value, str) else ""


def person_name(resident: Resident) -> str:
    """``Dr. Jürgen Weiß``: a resident's name as a letter prints it."""
    return " ".join(part for part in (resident.doctoral_degree, resident.given_names, resident.family_name) if part)


def _object(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def form_date(value: object, field: str) -> dt.date:
    """An ISO date of the form; anything else is refused for ``field``."""
    try:
        if isinstance(value, str):
            return dt.date.fromisoformat(value)
    except ValueError:
        pass
    raise InvalidInput(field, "not_a_date")


def recent_date(value: object, field: str, today: dt.date) -> dt.date:
    """A date of the form that lies neither after ``today`` nor more than a year back (a move's date)."""
    day = form_date(value, field)
    if day > today:
        raise InvalidInput(field, "in_future")
    if day < today - dt.timedelta(days=MOVE_DAYS_BACK):
        raise InvalidInput(field, "too_long_ago")
    return day


def _nationalities(values: object) -> tuple[str, ...]:
    codes = []
    for value in values if isinstance(values, list) else []:
        text = text_of(value)
        code = NATIONALITY_CODES.get(text.casefold(), text.upper() if len(text) == 2 else "")
        if not code:
            raise InvalidInput("nationality", "unknown")
        codes.append(code)
    return tuple(codes) or ("DE",)


def _family_name(person: dict[str, Any]) -> str:
    return " ".join(part for part in (text_of(person.get("namePrefix")), text_of(person.get("familyName"))) if part)


def new_resident(person: dict[str, Any]) -> NewResident:
    """A person of the form as the register records them."""
    return NewResident(
        family_name=_family_name(person),
        given_names=text_of(person.get("givenNames")),
        sex=_SEX.get(text_of(person.get("sex")), Sex.UNSPECIFIED),
        born=form_date(person.get("dateOfBirth"), "person_date_of_birth"),
        nationalities=_nationalities(person.get("nationalities")),
        birth_name=text_of(person.get("birthName")) or None,
        doctoral_degree=text_of(person.get("title")) or None,
        birth_place=text_of(person.get("placeOfBirth")) or None,
    )


def found_resident(session: Session, family_name: str, given_names: str, born: dt.date | None) -> Resident | None:
    """The one resident with these names (DIN 91379 search form) and date of birth; None if there is none.

    Two or more such residents are refused (``person``: ``ambiguous``): the clerk has to decide.
    """
    if born is None:
        return None
    rows = session.scalars(
        select(Resident).where(Resident.search_family_name == search_form(family_name), Resident.born == born)
    ).all()
    matches = [row for row in rows if search_form(row.given_names) == search_form(given_names)]
    if len(matches) > 1:
        raise InvalidInput("person", "ambiguous")
    return matches[0] if matches else None


@dataclass(frozen=True)
class Registration:
    """A registration as its form says it, checked: who moves in, where, when, as which kind of residence."""

    persons: tuple[NewResident, ...]
    move: MoveIn
    street: Street
    dwelling: str  # sole, main, secondary
    late_by_days: int  # received that many days after the two weeks; 0 when in time


def _same_address(confirmed: dict[str, Any], move: MoveIn) -> bool:
    return (
        search_form(text_of(confirmed.get("street"))) == search_form(move.street)
        and house_key(text_of(confirmed.get("houseNumber"))) == house_key(move.house_number)
        and text_of(confirmed.get("postcode")) == (move.postcode or "")
    )


def check_landlord_confirmation(form: dict[str, Any], move: MoveIn) -> None:
    """The Wohnungsgeberbestätigung (§ 19 BMG) is there, complete, and for this flat and this move-in date."""
    confirmation = _object(form.get("landlordConfirmation"))
    if confirmation.get("present") is not True:
        raise InvalidInput("landlord_confirmation", "missing")
    landlord_address = _object(confirmation.get("landlordAddress"))
    flat = _object(confirmation.get("flatAddress"))
    complete = (
        text_of(confirmation.get("landlordName"))
        and text_of(landlord_address.get("street"))
        and text_of(landlord_address.get("city"))
        and flat
        and confirmation.get("moveInDate")
    )
    if not complete:
        raise InvalidInput("landlord_confirmation", "incomplete")
    if not _same_address(flat, move):
        raise InvalidInput("landlord_confirmation", "other_address")
    if form_date(confirmation.get("moveInDate"), "landlord_confirmation") != move.moved_in:
        raise InvalidInput("landlord_confirmation", "other_move_in_date")


def registration_of(session: Session, case: Case, today: dt.date) -> Registration:
    """The checked registration of ``case`` (refused with :class:`InvalidInput`); nothing is changed."""
    form = case.form_data
    moved_in = recent_date(form.get("moveInDate"), "move_in_date", today)
    dwelling = text_of(form.get("dwellingStatus"))
    if dwelling not in _KIND_OF_DWELLING:
        raise InvalidInput("dwelling_status", "unknown")
    address = _object(form.get("newAddress"))
    move = MoveIn(
        street=text_of(address.get("street")),
        house_number=text_of(address.get("houseNumber")),
        moved_in=moved_in,
        postcode=text_of(address.get("postcode")) or None,
        kind=_KIND_OF_DWELLING[dwelling],
    )
    if not move.street:
        raise InvalidInput("street", "unknown")
    street = known_street(session, move)
    check_landlord_confirmation(form, move)
    people = form.get("persons")
    persons = tuple(new_resident(_object(person)) for person in (people if isinstance(people, list) else []))
    if not persons:
        raise InvalidInput("persons", "required")
    received = local_date(case.received_at)
    late = (received - moved_in).days - DEADLINE_DAYS
    return Registration(persons, move, street, dwelling, max(late, 0))


def _address_line(registration: Registration) -> str:
    street = registration.street
    return address_line(street.name, registration.move.house_number, street.postcode, street.town)


def confirmation_values(registration: Registration) -> dict[str, Any]:
    """The placeholders of the Meldebestätigung: one entry of ``personen`` per person."""
    address = _address_line(registration)
    moved_in = format_date(registration.move.moved_in)
    kind = DWELLING_NAMES[registration.dwelling]
    return {
        "neue_anschrift": address,
        "einzugsdatum": moved_in,
        "wohnungsart": kind,
        "personen": [
            {
                "name": " ".join(p for p in (person.doctoral_degree, person.given_names, person.family_name) if p),
                "geburtsdatum": format_date(person.born) if person.born else "",
                "anschrift": address,
                "einzug": moved_in,
                "wohnung": kind,
            }
            for person in registration.persons
        ],
    }


def register_movers(session: Session, case: Case, actor: Actor, registration: Registration) -> None:
    """Everyone of the registration into the register, in the caller's transaction."""
    reason = checked_reason(f"{case.service.name}, Vorgang {case.reference}")
    move = registration.move
    for person in registration.persons:
        resident = found_resident(session, person.family_name, person.given_names, person.born)
        if resident is None:
            append_registration(session, actor, person, move, reason)
            continue
        resident = locked_resident(session, resident.id)
        if move.kind is AddressKind.MAIN and resident.main_address() is not None:
            day_before = move.moved_in - dt.timedelta(days=1)
            append_move_out(session, actor, resident, day_before, reason, AddressKind.MAIN)
        append_move(session, actor, resident, move, reason)


def on_approved(session: Session, case: Case, actor: Actor, today: dt.date) -> dict[str, Any]:
    registration = registration_of(session, case, today)
    register_movers(session, case, actor, registration)
    return confirmation_values(registration)


def planned_on_approval(session: Session, case: Case, today: dt.date) -> dict[str, Any]:
    return confirmation_values(registration_of(session, case, today))


def approval_notes(session: Session, case: Case, today: dt.date) -> tuple[str, ...]:
    """What the approval's history entry says besides the decision: a registration after the deadline."""
    registration = registration_of(session, case, today)
    if not registration.late_by_days:
        return ()
    deadline = registration.move.moved_in + dt.timedelta(days=DEADLINE_DAYS)
    return (
        f"Verspätete Anmeldung: Einzug am {format_date(registration.move.moved_in)}, Frist nach § 17 BMG bis "
        f"{format_date(deadline)}, eingegangen am {format_date(local_date(case.received_at))} "
        f"({registration.late_by_days} Tage zu spät).",
    )


RESIDENCE_REGISTRATION = SpecialisedService(
    key="residence_registration",
    schema_file="residence_registration.json",
    on_approved=on_approved,
    planned_on_approval=planned_on_approval,
    approval_notes=approval_notes,
)
#: A move within the town (Ummeldung): the same form and rule; whoever is found moves from their old address.
RESIDENCE_CHANGE = SpecialisedService(
    key="residence_change",
    schema_file="residence_registration.json",
    on_approved=on_approved,
    planned_on_approval=planned_on_approval,
    approval_notes=approval_notes,
)
#: A secondary residence (Nebenwohnung): the same form with the dwelling status "secondary".
SECONDARY_RESIDENCE = SpecialisedService(
    key="secondary_residence",
    schema_file="residence_registration.json",
    on_approved=on_approved,
    planned_on_approval=planned_on_approval,
    approval_notes=approval_notes,
)
