"""Claiming work (Vorgang übernehmen): one clerk per case, never two.

On PostgreSQL the case row is locked while it is claimed; "next" skips rows other workstations are claiming at
that moment (``FOR UPDATE SKIP LOCKED``), so parallel clerks get different cases without waiting on each other.
On SQLite the write transaction itself is exclusive.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, false, select
from sqlalchemy import case as case_when
from sqlalchemy.orm import Session

from models.actors import Actor
from models.case_status import OPEN_STATES, CaseStatus
from models.cases import Case, EventKind
from models.catalogue import PublicService
from models.db import Database
from models.errors import (
    AlreadyClaimed,
    CaseNotWorkable,
    IllegalTransition,
    InvalidInput,
    NotFound,
    NothingToClaim,
    PermissionDenied,
)
from models.german_format import today as german_today
from models.operations.absences import absent_user_ids, is_absent
from models.operations.case_access import add_event, case_for_update, is_final
from models.operations.mapping import case_row
from models.operations.rights import operation
from models.operations.rows import CaseRow
from models.operations.visibility import visible_cases
from models.permissions import CASE_HANDLING_ROLES, Action
from models.users import User


@operation
def claim_case(db: Database, actor: Actor, case_id: int, *, expected_version: int | None = None) -> CaseRow:
    """Take over one case. A case someone else holds is refused with :class:`AlreadyClaimed`."""
    with db.write() as session:
        case = case_for_update(session, actor, case_id, expected_version)
        _assign(session, case, actor)
        session.flush()
        return case_row(case)


@operation
def claim_next(db: Database, actor: Actor, *, service_keys: frozenset[str] | None = None) -> CaseRow:
    """Take the most urgent unclaimed case the actor may handle (earliest due date first): first the cases kept for
    the actor ("keep one clerk": a citizen's new case goes to the clerk of their open one), then the others, and last
    those kept for another clerk who is here today."""
    _require_person(actor)
    with db.write() as session:
        query = (
            visible_cases(actor)
            .where(
                Case.status == CaseStatus.RECEIVED,
                Case.assignee_id.is_(None),
                PublicService.handling_role.in_(actor.roles & CASE_HANDLING_ROLES),
            )
            .order_by(
                _kept_for(actor, absent_user_ids(session, german_today())), Case.due_date, Case.received_at, Case.id
            )
            .limit(1)
            .with_for_update(skip_locked=True, of=Case)
        )
        if service_keys:
            query = query.where(PublicService.key.in_(service_keys))
        case = session.scalars(query).first()
        if case is None:
            raise NothingToClaim()
        _assign(session, case, actor)
        session.flush()
        return case_row(case)


@operation
def release_case(db: Database, actor: Actor, case_id: int, *, expected_version: int | None = None) -> CaseRow:
    """Give a case back to the queue (e.g. before a holiday). Supervisors may release anyone's case."""
    with db.write() as session:
        case = case_for_update(session, actor, case_id, expected_version)
        if case.assignee_id != actor.user_id and not actor.may(Action.ASSIGN_CASES):
            raise PermissionDenied(Action.ASSIGN_CASES, actor.username)
        if is_final(case.status):  # a closed case stays with whoever closed it
            raise CaseNotWorkable(case.reference, case.status.value, "release")
        if case.assignee_id is not None:
            case.assignee = None
            add_event(session, case, actor, EventKind.RELEASE)
        session.flush()
        return case_row(case)


@operation
def assign_case(
    db: Database, actor: Actor, case_id: int, username: str, *, expected_version: int | None = None
) -> CaseRow:
    """A supervisor hands a case to someone (redistribution when a clerk is absent)."""
    actor.require(Action.ASSIGN_CASES)
    with db.write() as session:
        case = case_for_update(session, actor, case_id, expected_version)
        user = session.scalars(select(User).where(User.username == username, User.active)).one_or_none()
        if user is None:
            raise NotFound("user", username)
        if case.service.handling_role not in user.roles:
            raise PermissionDenied(Action.WORK_CASE, user.username)
        if is_absent(session, user.id, german_today()):
            raise InvalidInput("assignee", "absent")
        _require_open(case, CaseStatus.IN_PROGRESS)
        case.assignee = user
        add_event(session, case, actor, EventKind.CLAIM, comment=f"zugewiesen an {user.display_name}")
        session.flush()
        return case_row(case)


def _kept_for(actor: Actor, absent: frozenset[int]) -> ColumnElement[int]:
    """0 for a case kept for the actor, 1 for one kept for nobody (or for someone absent), 2 for another's."""
    preferred = Case.preferred_assignee_id
    return case_when(
        (preferred == actor.user_id, 0),
        (preferred.is_(None), 1),
        (preferred.in_(absent) if absent else false(), 1),
        else_=2,
    )


def _require_open(case: Case, target: CaseStatus) -> None:
    if case.status not in OPEN_STATES:
        raise IllegalTransition(case.reference, case.status.value, target.value)


def _require_person(actor: Actor) -> None:
    """Only a member of staff can hold a case (not a headless process)."""
    if actor.user_id is None or not actor.may(Action.WORK_CASE):
        raise PermissionDenied(Action.WORK_CASE, actor.username)


def _assign(session: Session, case: Case, actor: Actor) -> None:
    _require_person(actor)
    actor.require_case_work(case.service)
    if case.assignee_id == actor.user_id:
        return
    if case.assignee is not None:
        raise AlreadyClaimed(case.reference, case.assignee.display_name)
    _require_open(case, CaseStatus.IN_PROGRESS)
    case.assignee = session.get(User, actor.user_id)
    add_event(session, case, actor, EventKind.CLAIM)
    if case.status == CaseStatus.RECEIVED:
        case.status = CaseStatus.IN_PROGRESS
        add_event(
            session,
            case,
            actor,
            EventKind.TRANSITION,
            from_status=CaseStatus.RECEIVED,
            to_status=CaseStatus.IN_PROGRESS,
        )
