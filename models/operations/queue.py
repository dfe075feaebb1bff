"""The work queue (Arbeitsliste): filtered, sorted and paged in SQL."""

from __future__ import annotations

from sqlalchemy.orm import Session, aliased, contains_eager, defer

from models.actors import Actor
from models.cases import Case
from models.db import Database
from models.operations.audit_of_reads import record_read
from models.operations.mapping import case_row
from models.operations.queue_filters import AssigneeFilter, QueueFilter, QueueSort, SortKey
from models.operations.queue_pages import page_ids
from models.operations.rights import operation
from models.operations.rows import CaseRow, QueuePage
from models.operations.visibility import visible_cases
from models.people import Person
from models.permissions import Action
from models.users import User

MAX_PAGE_SIZE = 500

__all__ = ["MAX_PAGE_SIZE", "AssigneeFilter", "QueueFilter", "QueueSort", "SortKey", "list_queue"]

EVERY_CASE = QueueFilter()
BY_DUE_DATE = QueueSort()


@operation
def list_queue(
    db: Database,
    actor: Actor,
    queue_filter: QueueFilter = EVERY_CASE,
    sort: QueueSort = BY_DUE_DATE,
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
        total, ids = page_ids(session, actor, queue_filter, sort, offset=offset, limit=limit)
        page = QueuePage(rows=_rows(session, actor, ids), total=total, offset=offset)
    if record_search and offset == 0 and queue_filter.text and queue_filter.searches:
        record_read(db, actor, "queue.searched", "queue", "-", term=queue_filter.text.strip(), hits=total)
    return page


def _rows(session: Session, actor: Actor, ids: list[int]) -> tuple[CaseRow, ...]:
    """The rows of the cases ``ids``, in that order: service, applicant and assignee from one join each, without the
    form data (a row does not show it)."""
    if not ids:
        return ()
    assignee = aliased(User)
    query = (
        visible_cases(actor)
        .join(Person, Case.applicant_id == Person.id)
        .outerjoin(assignee, Case.assignee_id == assignee.id)
        .options(
            contains_eager(Case.service),
            contains_eager(Case.applicant),
            contains_eager(Case.assignee.of_type(assignee)),
            defer(Case.form_data),
        )
        .where(Case.id.in_(ids))
    )
    by_id = {case.id: case for case in session.scalars(query).unique()}
    return tuple(case_row(by_id[case_id]) for case_id in ids if case_id in by_id)
