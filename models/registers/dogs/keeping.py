"""The register's lookups for the dog services: the keeper in the resident register, the household's dogs for the
tax, and the pool of tax tags.

These work inside the caller's transaction (a specialised service's approval) and never commit.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Any

from sqlalchemy import ColumnElement, func, or_, select, text
from sqlalchemy.orm import Session

from models.case_status import CaseStatus
from models.cases import Case, CaseEvent
from models.catalogue import PublicService
from models.errors import InvalidInput
from models.german_format import local_date
from models.people import Person
from models.registers.dogs.breeds import DogCategory
from models.registers.dogs.dog_tax import TaxedDog
from models.registers.dogs.register import Dog, TagIssue, TagStatus, TaxTag
from models.registers.residents.resident import AddressKind, Resident, ResidentAddress
from models.search_form import search_form

#: The id a dog not yet stored has in a household's tax computation; sorts after every stored dog's id.
NEW_DOG = "~new"
_TAG_LOCK_KEY = 5_008_016  # PostgreSQL advisory lock: one workstation takes tags from the pool at a time


def tax_id(dog_id: int) -> str:
    """A stored dog's id in the tax computation: zero-padded so that ids sort as numbers (ties of acquisition)."""
    return f"{dog_id:012d}"


def _date(value: object, field: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InvalidInput(field, "invalid_date")
    try:
        return dt.date.fromisoformat(value)
    except ValueError as error:
        raise InvalidInput(field, "invalid_date") from error


def form_date(form: dict[str, Any], key: str, field: str) -> dt.date | None:
    """The ISO date under ``key`` of a form object; ``InvalidInput(field, "invalid_date")`` for anything else."""
    return _date(form.get(key), field)


def find_keeper(session: Session, applicant: object) -> Resident:
    """The applicant in the resident register: family name and given names in the DIN 91379 search form (every
    given name of the form among the resident's), and the date of birth where the form gives one.

    ``InvalidInput("keeper", "not_found")`` when nobody living matches, ``("keeper", "ambiguous")`` for several.
    """
    if not isinstance(applicant, dict):
        raise InvalidInput("keeper", "not_found")
    family = search_form(str(applicant.get("familyName") or ""))
    given = search_form(str(applicant.get("givenNames") or "")).split()
    born = _date(applicant.get("dateOfBirth"), "keeper_born")
    if not family or not given:
        raise InvalidInput("keeper", "not_found")
    query = select(Resident).where(Resident.search_family_name == family, Resident.died_on.is_(None))
    if born is not None:
        query = query.where(Resident.born == born)
    found = [
        resident
        for resident in session.scalars(query.order_by(Resident.id).limit(50))
        if set(given) <= set(search_form(resident.given_names).split())
    ]
    if not found:
        raise InvalidInput("keeper", "not_found")
    if len(found) > 1:
        raise InvalidInput("keeper", "ambiguous")
    return found[0]


#: The order office's services whose approval records what a listed or a large dog needs (LHundG NRW).
PERMIT_SERVICE = "dangerous_dog_permit"  # Erlaubnis, §§ 4 and 10
REPORT_SERVICE = "large_dog_notification"  # Anzeige, § 11


def decided_for_keeper(session: Session, keeper: Resident, service_key: str) -> tuple[str, dt.date] | None:
    """The newest approved case of ``service_key`` the keeper applied for (names in the search form and the date of
    birth): its reference and the day of the approval. Reads no form data of that case."""
    query = (  # visible: only the reference and the day of approval, to record the permit with the dog
        select(Case.reference, CaseEvent.at, Person.given_names, Person.family_name)
        .join(PublicService, PublicService.id == Case.service_id)
        .join(Person, Person.id == Case.applicant_id)
        .join(CaseEvent, CaseEvent.case_id == Case.id)
        .where(
            PublicService.key == service_key,
            Person.date_of_birth == keeper.born,
            CaseEvent.to_status == CaseStatus.APPROVED,
            Case.status.in_((CaseStatus.APPROVED, CaseStatus.CLOSED)),
        )
        .order_by(CaseEvent.at.desc())
    )
    given = set(search_form(keeper.given_names).split())
    for reference, approved_at, given_names, family_name in session.execute(query):
        if search_form(family_name) == keeper.search_family_name and set(search_form(given_names).split()) <= given:
            return reference, local_date(approved_at)
    return None


def _taxed_in(year: int) -> ColumnElement[bool]:
    """A dog taxed in ``year`` at all: registered, or deregistered in that year or later."""
    return or_(Dog.deregistered_on.is_(None), Dog.deregistered_on >= dt.date(year, 1, 1))


#: A household: the current main residence's street id and house number, or ("keeper", id) for a keeper without one.
HouseholdKey = tuple[object, str]


def _main_residences(session: Session, condition: ColumnElement[bool]) -> dict[int, HouseholdKey]:
    """The current main residence of the residents ``condition`` selects."""
    query = select(ResidentAddress.resident_id, ResidentAddress.street_id, ResidentAddress.house_number).where(
        ResidentAddress.kind == AddressKind.MAIN, ResidentAddress.moved_out.is_(None), condition
    )
    return {resident: (street, house) for resident, street, house in session.execute(query)}


def household_dogs(session: Session, keeper_ids: Collection[int] | None, year: int) -> dict[int, list[Dog]]:
    """For each keeper of ``keeper_ids`` (None: every keeper), the dogs of their household taxed in ``year``, by id.

    **The household (Haushalt) of the statute** ("die von einem Haushalt gehaltenen Hunde"): the keeper and every
    resident registered with their *current main residence* (Hauptwohnung, not moved out) at the same address, i.e.
    the same street of the street directory and the same house number. The dogs of all of them are numbered
    together for the rate by position (first, second, third and more), whoever of them is the keeper. A keeper
    without a main residence in the town forms a household of their own. The resident register knows no flats, so
    the residents of one house number count as one household; a clerk who knows better (two flats, two households)
    decides on the notice. The household is taken as the register shows it now, also for a past year.
    """
    if keeper_ids is None:
        keeper_ids = set(session.scalars(select(Dog.keeper_id).where(_taxed_in(year)).distinct()))
    keys = _main_residences(session, ResidentAddress.resident_id.in_(keeper_ids))
    key_of = {keeper: keys.get(keeper, ("keeper", str(keeper))) for keeper in keeper_ids}
    addresses = {key for key in key_of.values() if key[0] != "keeper"}
    same_streets = _main_residences(session, ResidentAddress.street_id.in_({street for street, _ in addresses}))
    members = {resident: key for resident, key in same_streets.items() if key in addresses}
    members.update(key_of)
    by_household: dict[HouseholdKey, list[Dog]] = defaultdict(list)
    for dog in session.scalars(select(Dog).where(Dog.keeper_id.in_(members), _taxed_in(year)).order_by(Dog.id)):
        by_household[members[dog.keeper_id]].append(dog)
    return {keeper: by_household[key] for keeper, key in key_of.items()}


def keepers_dogs(session: Session, keeper_id: int, year: int) -> Sequence[Dog]:
    """The dogs of the keeper's household (see :func:`household_dogs`) taxed in ``year`` at all."""
    return household_dogs(session, [keeper_id], year)[keeper_id]


def taxed_dog(dog: Dog) -> TaxedDog:
    return TaxedDog(
        tax_id(dog.id), dog.acquired_on, dog.deregistered_on, DogCategory(dog.category).taxed_as_dangerous, dog.relief
    )


def chip_registered(session: Session, chip: str) -> bool:
    """Is a dog still registered with this chip number."""
    return session.scalar(select(Dog.id).where(Dog.chip == chip, Dog.deregistered_on.is_(None))) is not None


def _lock_pool(session: Session) -> None:
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _TAG_LOCK_KEY})


def next_free_tag(session: Session) -> int:
    """The number the next registration gets: the lowest free tag of the pool, else one after the highest."""
    free = session.scalar(select(func.min(TaxTag.number)).where(TaxTag.status == TagStatus.FREE))
    if free is not None:
        return int(free)
    return int(session.scalar(select(func.max(TaxTag.number))) or 0) + 1


def issue_tag(session: Session, dog: Dog, number: int, today: dt.date) -> TagIssue:
    """Hand tag ``number`` to ``dog``; ``InvalidInput("tax_tag", "already_issued")`` if it is out (or was returned).

    The partial unique index over the issues not returned holds even when two workstations race past this check.
    """
    _lock_pool(session)
    tag = session.get(TaxTag, number, with_for_update=True)
    if tag is None:
        tag = TaxTag(number=number, status=TagStatus.FREE)
        session.add(tag)
        session.flush()  # the tag before its issue (no relationship tells the unit of work the order)
    elif tag.status is not TagStatus.FREE:
        raise InvalidInput("tax_tag", "already_issued")
    tag.status = TagStatus.ISSUED
    issue = TagIssue(tag_number=number, dog_id=dog.id, issued_on=today)
    session.add(issue)
    session.flush()
    return issue


def tag_of(session: Session, dog_id: int) -> int | None:
    """The number of the tag the dog holds now."""
    return session.scalar(select(TagIssue.tag_number).where(TagIssue.dog_id == dog_id, TagIssue.returned_on.is_(None)))


def return_tag(session: Session, dog_id: int, today: dt.date) -> int | None:
    """The dog's tag back to the town (returned: it is not issued again); its number, None if it held none."""
    issue = session.scalar(select(TagIssue).where(TagIssue.dog_id == dog_id, TagIssue.returned_on.is_(None)))
    if issue is None:
        return None
    issue.returned_on = today
    tag = session.get(TaxTag, issue.tag_number)
    assert tag is not None  # the foreign key
    tag.status = TagStatus.RETURNED
    return issue.tag_number
