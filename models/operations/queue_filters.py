"""What the work queue is asked for: the filter, the sort, and the filter as SQL conditions."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, false, or_, select
from sqlalchemy.orm import InstrumentedAttribute, aliased

from models.actors import Actor
from models.case_status import CaseStatus
from models.cases import Case
from models.catalogue import PublicService
from models.german_format import today as german_today
from models.operations.deadline_filters import DeadlineFilter, deadline_condition
from models.operations.text_search import contains, every_word
from models.people import Person
from models.query_plans import unindexed
from models.references import REFERENCE_CHARACTERS
from models.users import User


class AssigneeFilter(enum.StrEnum):
    ANYONE = "anyone"
    MINE = "mine"
    UNASSIGNED = "unassigned"


class SortKey(enum.StrEnum):
    DUE_DATE = "due_date"
    RECEIVED_AT = "received_at"
    REFERENCE = "reference"
    STATUS = "status"
    SERVICE = "service"
    APPLICANT = "applicant"
    ASSIGNEE = "assignee"


@dataclass(frozen=True)
class QueueFilter:
    statuses: frozenset[CaseStatus] | None = None  # None: every status
    service_keys: frozenset[str] | None = None
    assignee: AssigneeFilter | str = AssigneeFilter.ANYONE  # or a user name
    due_on_or_before: dt.date | None = None
    text: str | None = None  # words of the reference or applicant's name, in DIN 91379 search form
    #: Received in ``[received_from, received_before)`` (UTC): an age bucket of the backlog report (``age_bounds``).
    received_from: dt.datetime | None = None
    received_before: dt.datetime | None = None
    deadline: DeadlineFilter | None = None  # overdue, due soon or paused, as the backlog report counts them
    #: Decided in ``[decided_from, decided_before)`` (UTC): the cases of the backlog report's deadline share
    #: (``deadline_period``).
    decided_from: dt.datetime | None = None
    decided_before: dt.datetime | None = None

    @property
    def searches(self) -> bool:
        return bool(self.text and self.text.strip())


@dataclass(frozen=True)
class QueueSort:
    """The order of the queue. Descending is the ascending order read backwards: cases of the same value by their
    id, newest first (so an index serves both directions); unassigned cases come after every clerk's."""

    key: SortKey = SortKey.DUE_DATE
    descending: bool = False


def filtered(
    query: Select[Any], actor: Actor, f: QueueFilter, *, applicant_joined: bool, through_indexes: bool = True
) -> Select[Any]:
    """``query`` (of :func:`visible_cases`) narrowed by the filter. ``applicant_joined``: its FROM has the
    applicant already (the order is their name).

    The status, the clerk and a search are read through their indexes unless ``through_indexes`` is False: for a
    page of a filter that matches so many cases that walking the order's index and checking each case on the way
    is quicker than collecting every match and sorting them (:func:`unindexed`); a search is then checked on the
    case's applicant and reference themselves (the applicant joined if need be)."""
    column = _plain if through_indexes else unindexed
    if f.statuses is not None:
        query = query.where(column(Case.status).in_(f.statuses))
    if f.service_keys is not None:
        query = query.where(PublicService.key.in_(f.service_keys))
    if f.assignee == AssigneeFilter.MINE:
        query = query.where(column(Case.assignee_id) == actor.user_id)
    elif f.assignee == AssigneeFilter.UNASSIGNED:
        query = query.where(column(Case.assignee_id).is_(None))
    elif f.assignee != AssigneeFilter.ANYONE:
        clerk = select(User.id).where(User.username == f.assignee).scalar_subquery()
        query = query.where(column(Case.assignee_id) == clerk)
    if f.due_on_or_before is not None:
        query = query.where(Case.due_date <= f.due_on_or_before)
    if f.received_from is not None:
        query = query.where(Case.received_at >= f.received_from)
    if f.received_before is not None:
        query = query.where(Case.received_at < f.received_before)
    if f.decided_from is not None:
        query = query.where(Case.decided_at >= f.decided_from)
    if f.decided_before is not None:
        query = query.where(Case.decided_at < f.decided_before)
    if f.deadline is not None:
        query = query.where(deadline_condition(f.deadline, german_today()))
    if through_indexes:
        words = every_word(f.text, _in_name_or_reference)
    else:
        words = every_word(f.text, _name_or_reference_holds)
        if words is not None and not applicant_joined:
            query = query.join(Person, Case.applicant_id == Person.id)
    if words is not None:
        query = query.where(words)
    return query


def _plain(column: InstrumentedAttribute[Any]) -> ColumnElement[Any]:
    return column.expression


def _in_name_or_reference(term: str) -> ColumnElement[bool]:
    """The word in the applicant's search name or in the reference, whichever can hold it (:func:`_places`), each
    looked up as a list of ids read from the index of the names or references (a scan of the index, not of every
    case joined with its applicant)."""
    in_name, in_reference = _places(term)
    places = []
    if in_name:
        named = select(Person.id).where(contains(Person.search_name, term))  # visible: narrows visible cases
        places.append(Case.applicant_id.in_(named))
    if in_reference:
        other = aliased(Case)
        places.append(Case.id.in_(select(other.id).where(contains(other.reference, term))))
    return or_(*places) if places else false()


def _name_or_reference_holds(term: str) -> ColumnElement[bool]:
    """The word in the joined applicant's search name or in the case's reference, whichever can hold it."""
    in_name, in_reference = _places(term)
    places = [contains(Person.search_name, term)] if in_name else []
    if in_reference:
        places.append(contains(Case.reference, term))
    return or_(*places) if places else false()


def _places(term: str) -> tuple[bool, bool]:
    """Whether a word can be in a name, and in a reference: names hold no digits (DIN 91379), references nothing but
    digits and dashes."""
    return not any(char.isdigit() for char in term), set(term) <= REFERENCE_CHARACTERS
