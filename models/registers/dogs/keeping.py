"""The register's lookups for the dog services: the keeper in the resident register, the household's dogs for the
tax, and the pool of tax tags.

These work inside the caller's transaction (a specialised service's approval) and never commit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select, text
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
from models.registers.residents.resident import Resident
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


def keepers_dogs(session: Session, keeper_id: int, year: int) -> Sequence[Dog]:
    """The keeper's dogs taxed in ``year`` at all: registered, or deregistered in that year or later."""
    return session.scalars(
        select(Dog)
        .where(
            Dog.keeper_id == keeper_id, or_(Dog.deregistered_on.is_(None), Dog.deregistered_on >= dt.date(year, 1, 1))
        )
        .order_by(Dog.id)
    ).all()


def taxed_dog(dog: Dog) -> TaxedDog:
    return TaxedDog(
        tax_id(dog.id), dog.acquired_on, dog.deregistered_on, DogCategory(dog.category).taxed_as_dangerous, None
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
