"""Finding a citizen among earlier applicants (counter dialog): by the DIN 91379 search form of the name.

Every typed word must be the start of a word of the stored search name (``Person.search_name``: given names, name
prefix, family name, birth name), so "weiss" finds "Weiß", "nguy" finds "Nguyễn" and "WEISS JÜRGEN" finds Jürgen
Weiß; a word typed as a date (TT.MM.JJJJ) narrows to that date of birth instead.

Each case keeps its own applicant row (what the citizen said then), so one citizen has as many rows as cases. A
match is one person — the same search name, date of birth and address (street, house number, postcode) — with the
data of the row of the newest case, the number of cases and the newest case's reference. Only the applicants of
cases the actor sees are found (:func:`models.operations.visibility.visible_cases`), and every search is recorded
as a read in the audit log, like the work queue's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select

from models.actors import Actor
from models.cases import Case
from models.db import Database
from models.errors import InvalidInput
from models.operations.audit_of_reads import record_read
from models.operations.rights import operation
from models.operations.text_search import MAX_SEARCH_LENGTH, SearchTooLong, starts_a_word
from models.operations.visibility import visible_cases
from models.people import Person
from models.permissions import Action
from models.search_form import search_terms

#: The most matches one search returns.
MAX_MATCHES = 100
_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")

#: What makes two applicant rows the same person.
_SAME_PERSON = (Person.search_name, Person.date_of_birth, Person.street, Person.house_number, Person.postcode)


@dataclass(frozen=True)
class PersonMatch:
    """An earlier applicant as the newest case has them, with how many cases (visible to the actor) they have."""

    person_id: int  # the applicant row of the newest case
    title: str | None
    given_names: str
    name_prefix: str | None
    family_name: str
    birth_name: str | None
    date_of_birth: dt.date | None
    street: str | None
    house_number: str | None
    address_addition: str | None
    postcode: str | None
    city: str | None
    country: str
    email: str | None
    phone: str | None
    cases: int
    latest_reference: str


def _birth_date(term: str) -> dt.date | None:
    """The date a search word spells as TT.MM.JJJJ; None for a word that is no date; refuses an impossible one."""
    found = _DATE.fullmatch(term)
    if found is None:
        return None
    day, month, year = (int(part) for part in found.groups())
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InvalidInput("search", "impossible_date") from None


def _conditions(text: str) -> list[ColumnElement[bool]]:
    """One condition per typed word (a date of birth or the start of a name word); empty for no words."""
    conditions: list[ColumnElement[bool]] = []
    for term in dict.fromkeys(search_terms(text)):
        born = _birth_date(term)
        conditions.append(Person.date_of_birth == born if born is not None else starts_a_word(Person.search_name, term))
    return conditions


@operation
def find_people(db: Database, actor: Actor, text: str, *, limit: int = 20) -> tuple[PersonMatch, ...]:
    """The earlier applicants (of cases ``actor`` sees) matching every word of ``text``, by name, at most ``limit``.

    Raises :class:`~models.operations.text_search.SearchTooLong` for a text beyond the search length and
    ``InvalidInput("search", "impossible_date")`` for a date of birth that does not exist ("31.02.1980").
    """
    actor.require(Action.VIEW_CASES)
    text = text.strip()
    if len(text) > MAX_SEARCH_LENGTH:
        raise SearchTooLong(len(text))
    conditions = _conditions(text)
    if not conditions:
        return ()
    limit = max(1, min(limit, MAX_MATCHES))
    with db.read() as session:
        # the matching people first (one pass over the search names), then their visible cases by the index
        matching = select(Person.id).where(*conditions)  # visible: narrows visible_cases below
        groups = session.execute(
            visible_cases(actor, func.max(Case.id), func.count(Case.id))
            .join(Person, Case.applicant_id == Person.id)
            .where(Case.applicant_id.in_(matching))
            .group_by(*_SAME_PERSON)
            .order_by(*_SAME_PERSON)
            .limit(limit)
        ).all()
        counts = {newest: count for newest, count in groups}
        newest = {
            case_id: (reference, person)
            for case_id, reference, person in session.execute(
                visible_cases(actor, Case.id, Case.reference, Person)
                .join(Person, Case.applicant_id == Person.id)
                .where(Case.id.in_(counts))
            )
        }
        matches = tuple(_match(*newest[case_id], counts[case_id]) for case_id in counts)
    record_read(db, actor, "people.searched", "people", "-", term=text, hits=len(matches))  # control codes dropped
    return matches


def _match(reference: str, person: Person, cases: int) -> PersonMatch:
    return PersonMatch(
        person_id=person.id,
        title=person.title,
        given_names=person.given_names,
        name_prefix=person.name_prefix,
        family_name=person.family_name,
        birth_name=person.birth_name,
        date_of_birth=person.date_of_birth,
        street=person.street,
        house_number=person.house_number,
        address_addition=person.address_addition,
        postcode=person.postcode,
        city=person.city,
        country=person.country,
        email=person.email,
        phone=person.phone,
        cases=cases,
        latest_reference=reference,
    )
