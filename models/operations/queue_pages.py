"""A page of the work queue as case ids: counted, ordered and cut in SQL, with only the joins the filter and the
order need (the rows themselves are read afterwards, for the page's ids only).

Three ways to the page, by the order asked for:

- a column of the case (due date, received, reference, status): its index, in either direction (the cases of one
  value by id, in the same direction);
- the service's or the applicant's name: when many cases match (:data:`WALK_FROM`), the database reads the services
  or applicants first, in the order of their name's index (:func:`visible_cases_walking`; SQLite would otherwise sort
  every matching case for a page of 100); when few match, sorting them is quicker;
- the clerk's name: a handful of clerks, so the cases are counted per clerk (which is also the total) and the page
  is cut from the one or two clerks' groups it falls into, each read in id order from the assignee's index.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.cases import Case
from models.catalogue import PublicService
from models.operations.queue_filters import QueueFilter, QueueSort, SortKey, filtered
from models.operations.visibility import visible_cases, visible_cases_walking
from models.people import Person
from models.users import User

#: From this many matching cases on, a page by service or applicant walks their names' index instead of sorting.
WALK_FROM = 5_000

_CASE_COLUMNS = {
    SortKey.DUE_DATE: Case.due_date,
    SortKey.RECEIVED_AT: Case.received_at,
    SortKey.REFERENCE: Case.reference,
    SortKey.STATUS: Case.status,
}
_NAMES = {SortKey.SERVICE: PublicService.name, SortKey.APPLICANT: Person.family_name}


def page_ids(
    session: Session, actor: Actor, f: QueueFilter, sort: QueueSort, *, offset: int, limit: int
) -> tuple[int, list[int]]:
    """The number of cases ``actor`` sees that match ``f``, and the ids of the page ``[offset, offset+limit)``."""
    if sort.key is SortKey.ASSIGNEE:
        return _by_assignee(session, actor, f, sort, offset=offset, limit=limit)
    total = session.scalar(select(func.count()).select_from(_matching(actor, f).subquery())) or 0
    if offset >= total:
        return total, []
    many = total >= WALK_FROM
    walking = sort.key if many and sort.key in _NAMES else None
    query = _matching(actor, f, applicant=sort.key is SortKey.APPLICANT, walking=walking, through_indexes=not many)
    column = _CASE_COLUMNS.get(sort.key) or _NAMES[sort.key]
    page = query.order_by(*_directed(sort, column, Case.id)).offset(offset).limit(limit)
    return total, list(session.scalars(page))


def _matching(
    actor: Actor,
    f: QueueFilter,
    *,
    applicant: bool = False,
    walking: SortKey | None = None,
    through_indexes: bool = True,
) -> Select[Any]:
    """The ids of the matching cases; read from the services or applicants first when ``walking`` by their name,
    the filter through its indexes unless not ``through_indexes`` (:func:`filtered`)."""
    if walking is SortKey.SERVICE:
        query = visible_cases_walking(actor, PublicService, Case.id)
    elif walking is SortKey.APPLICANT:
        query = visible_cases_walking(actor, Person, Case.id)
    else:
        query = visible_cases(actor, Case.id)
        if applicant:
            query = query.join(Person, Case.applicant_id == Person.id)
    return filtered(query, actor, f, applicant_joined=applicant, through_indexes=through_indexes)


def _directed(sort: QueueSort, *columns: Any) -> list[Any]:
    return [column.desc() if sort.descending else column.asc() for column in columns]


def _by_assignee(
    session: Session, actor: Actor, f: QueueFilter, sort: QueueSort, *, offset: int, limit: int
) -> tuple[int, list[int]]:
    """The page by the clerk's name (unassigned cases after every clerk's), cut from the groups it falls into."""
    counted = filtered(visible_cases(actor, Case.assignee_id, func.count()), actor, f, applicant_joined=False)
    counts = session.execute(counted.group_by(Case.assignee_id)).all()
    unassigned = sum(count for clerk, count in counts if clerk is None)
    per_clerk = {clerk: count for clerk, count in counts if clerk is not None}
    names = dict(session.execute(select(User.id, User.display_name).where(User.id.in_(per_clerk))).all())
    held: dict[str, list[int]] = {}  # a name's clerks (two clerks may share a name)
    for user_id in per_clerk:
        held.setdefault(names[user_id], []).append(user_id)
    groups: list[tuple[list[int] | None, int]] = [
        (clerks, sum(per_clerk[clerk] for clerk in clerks)) for _, clerks in sorted(held.items())
    ]
    groups.append((None, unassigned))
    if sort.descending:
        groups.reverse()
    ids: list[int] = []
    skip = offset
    for clerks, count in groups:
        if skip >= count:
            skip -= count
            continue
        query = _matching(actor, f).where(
            Case.assignee_id.is_(None) if clerks is None else Case.assignee_id.in_(clerks)
        )
        ids += session.scalars(query.order_by(*_directed(sort, Case.id)).offset(skip).limit(limit - len(ids)))
        skip = 0
        if len(ids) >= limit:
            break
    return sum(count for _, count in groups), ids
