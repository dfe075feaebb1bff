"""The citizen behind a new case, recognised in the open cases: the same name in DIN 91379 search form
(``Person.search_name``, indexed) and the same date of birth or the same address (street, house number, postcode).

Two things follow on intake and at the counter (:func:`note_same_citizen`, called in the transaction that opens the
cases): "keep one clerk" — a new case of a citizen whose open case a clerk holds is kept for that clerk
(``Case.preferred_assignee_id``; "claim next" offers it to them first) unless they are inactive or absent today;
and a likely duplicate — an open case of the same service received within :data:`DUPLICATE_WINDOW_DAYS` — is linked
to the first of them (``Case.duplicate_of_id``, state ``suspected``) for the clerk to confirm or unlink. Each is a
line in the new case's history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence, Set

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from models.actors import Actor
from models.case_status import OPEN_STATES
from models.cases import Case, DuplicateState, EventKind
from models.german_format import local_date
from models.operations.absences import absent_user_ids
from models.operations.case_access import add_event
from models.people import Person
from models.users import User

#: A case of the same service from the same citizen within this many days is a likely duplicate.
DUPLICATE_WINDOW_DAYS = 30
MAX_COMPARED = 50  # open cases of one citizen looked at


def _same_person(person: Person, other: type[Person]) -> object:
    born = and_(other.date_of_birth.is_not(None), other.date_of_birth == person.date_of_birth)
    address = and_(
        other.street.is_not(None),
        func.lower(other.street) == (person.street or "").lower(),
        func.lower(func.coalesce(other.house_number, "")) == (person.house_number or "").lower(),
        func.coalesce(other.postcode, "") == (person.postcode or ""),
    )
    matches = []
    if person.date_of_birth is not None:
        matches.append(born)
    if person.street:
        matches.append(address)
    return and_(other.search_name == person.search_name, or_(*matches)) if matches else None


def open_cases_of(session: Session, case: Case) -> list[Case]:
    """The other open cases of ``case``'s applicant, oldest first."""
    applicant = aliased(Person)
    same = _same_person(case.applicant, applicant)
    if same is None or not case.applicant.search_name:
        return []
    query = (  # the intake's own check: only the link and the clerk are kept, nothing of the other cases is shown
        select(Case)  # visible: see above
        .join(applicant, Case.applicant_id == applicant.id)
        .where(same, Case.id != case.id, Case.status.in_(OPEN_STATES))  # type: ignore[arg-type]
        .order_by(Case.received_at, Case.id)
        .limit(MAX_COMPARED)
    )
    return list(session.scalars(query).unique())


def _duplicate_of(case: Case, others: Sequence[Case]) -> Case | None:
    received = local_date(case.received_at)
    for other in others:
        if other.service_id != case.service_id or other.duplicate_state is not None:
            continue  # another service, or itself a duplicate: the first case is the one to link to
        if abs((received - local_date(other.received_at)).days) <= DUPLICATE_WINDOW_DAYS:
            return other
    return None


def _kept_for(others: Sequence[Case], absent: Set[int]) -> User | None:
    for other in reversed(others):  # the clerk of the newest open case
        clerk = other.assignee
        if clerk is not None and clerk.active and clerk.id not in absent:
            return clerk
    return None


def note_same_citizen(session: Session, actor: Actor, cases: Sequence[Case], day: dt.date) -> None:
    """Link likely duplicates and keep new cases for the citizen's clerk (see the module's description). Today's
    absences are read once for the batch, when the first citizen with another open case comes."""
    absent: Set[int] | None = None
    for case in cases:
        others = open_cases_of(session, case)
        if not others:
            continue
        if absent is None:
            absent = absent_user_ids(session, day)
        first = _duplicate_of(case, others)
        if first is not None:
            case.duplicate_of_id = first.id
            case.duplicate_state = DuplicateState.SUSPECTED
            note = f"Mögliche Doppelung von Vorgang {first.reference} (gleiche Leistung, gleiche Person)."
            add_event(session, case, actor, EventKind.COMMENT, comment=note)
        clerk = _kept_for(others, absent)
        if clerk is not None and clerk.roles & {case.service.handling_role}:
            case.preferred_assignee_id = clerk.id
            note = f"Für {clerk.display_name} vorgemerkt: weiterer offener Vorgang derselben Person."
            add_event(session, case, actor, EventKind.COMMENT, comment=note)
