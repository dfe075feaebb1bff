"""The work queue (Arbeitsliste): filtered, sorted and paged in SQL."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased, contains_eager, defer

from models.actors import Actor
from models.case_status import CaseStatus
from models.cases import Case
from models.catalogue import PublicService
from models.db import Database
from models.german_format import today as german_today
from models.operations.audit_of_reads import record_read
from models.operations.deadline_filters import DeadlineFilter, deadline_condition
from models.operations.mapping import case_row
from models.operations.rights import operation
from models.operations.rows import QueuePage
from models.operations.text_search import matches_every_word
from models.operations.visibility import visible_cases
from models.people import Person
from models.permissions import Action
from models.users import User

MAX_PAGE_SIZE = 500


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


@dataclass(frozen=True)
class QueueSort:
    key: SortKey = SortKey.DUE_DATE
    descending: bool = False


@operation
def list_queue(
    db: Database,
    actor: Actor,
    queue_filter: QueueFilter = QueueFilter(),
    sort: QueueSort = QueueSort(),
    *,
    offset: int = 0,
    limit: int = 100,
    record_search: bool = True,
) -> QueuePage:
    """A page of the cases the actor sees. A search by text is recorded (term, hits) with its first page, unless
    ``record_search`` is False (the GUI refreshing a search it has already run)."""
    actor.require(Action.VIEW_CASES)
    limit = max(1, min(limit, MAX_PAGE_SIZE))
    offset = max(0, offset)
    with db.read() as session:
        ids_query = _filtered(visible_cases(actor, Case.id), actor, queue_filter, with_applicant=False)
        total = session.scalar(select(func.count()).select_from(ids_query.subquery())) or 0
        assignee = aliased(User)
        # The joins the filter and the sort need also fill the rows' service, applicant and assignee (instead of the
        # relationships' own second joins), and the form data — a row does not show it — is not read.
        ordered = (
            _filtered(visible_cases(actor), actor, queue_filter)
            .outerjoin(assignee, Case.assignee_id == assignee.id)
            .options(
                contains_eager(Case.service),
                contains_eager(Case.applicant),
                contains_eager(Case.assignee.of_type(assignee)),
                defer(Case.form_data),
            )
        )
        column = {
            SortKey.DUE_DATE: Case.due_date,
            SortKey.RECEIVED_AT: Case.received_at,
            SortKey.REFERENCE: Case.reference,
            SortKey.STATUS: Case.status,
            SortKey.SERVICE: PublicService.name,
            SortKey.APPLICANT: Person.family_name,
            SortKey.ASSIGNEE: assignee.display_name,
        }[sort.key]
        primary = column.desc() if sort.descending else column.asc()
        cases = session.scalars(ordered.order_by(primary, Case.id).offset(offset).limit(limit)).unique()
        page = QueuePage(rows=tuple(case_row(c) for c in cases), total=total, offset=offset)
    if record_search and offset == 0 and queue_filter.text and queue_filter.text.strip():
        record_read(db, actor, "queue.searched", "queue", "-", term=queue_filter.text.strip(), hits=total)
    return page


def _filtered(query: Select[Any], actor: Actor, f: QueueFilter, *, with_applicant: bool = True) -> Select[Any]:
    """``query`` (of :func:`visible_cases`) narrowed by the filter; joined with the applicant when the rows need it
    (``with_applicant``) or the search looks in the name (a count of cases needs no applicant otherwise)."""
    if with_applicant or (f.text and f.text.strip()):
        query = query.join(Person, Case.applicant_id == Person.id)
    if f.statuses is not None:
        query = query.where(Case.status.in_(f.statuses))
    if f.service_keys is not None:
        query = query.where(PublicService.key.in_(f.service_keys))
    if f.assignee == AssigneeFilter.MINE:
        query = query.where(Case.assignee_id == actor.user_id)
    elif f.assignee == AssigneeFilter.UNASSIGNED:
        query = query.where(Case.assignee_id.is_(None))
    elif f.assignee != AssigneeFilter.ANYONE:
        query = query.where(Case.assignee_id == select(User.id).where(User.username == f.assignee).scalar_subquery())
    if f.due_on_or_before is not None:
        query = query.where(Case.due_date <= f.due_on_or_before)
    if f.received_from is not None:
        query = query.where(Case.received_at >= f.received_from)
    if f.received_before is not None:
        query = query.where(Case.received_at < f.received_before)
    if f.deadline is not None:
        query = query.where(deadline_condition(f.deadline, german_today()))
    words = matches_every_word(f.text, Person.search_name, Case.reference)
    if words is not None:
        query = query.where(words)
    return query
