"""Redistributing work (Umverteilung), the supervisor's: chosen cases — or all open cases a clerk holds — go to
another clerk or back to the pool, each with the reason in its history; claims nobody has touched for some working
days are listed for release.

All or nothing: a case another workstation changed since it was shown (its version moved), a closed case, a target
who is inactive, absent today or does not handle a case's service — and the whole redistribution is refused, with
the case or the person named, and nothing is moved. Needs :attr:`Action.ASSIGN_CASES`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Subquery, func, select
from sqlalchemy.orm import Session

from models.actors import Actor
from models.case_status import OPEN_STATES
from models.cases import Case, CaseEvent, EventKind
from models.db import Database
from models.errors import ConcurrentChange, IllegalTransition, InvalidInput, NotFound
from models.german_format import BERLIN
from models.german_format import today as german_today
from models.operations.absences import absent_user_ids, is_absent
from models.operations.case_access import add_event
from models.operations.mapping import case_row
from models.operations.reasons import stated_reason
from models.operations.rights import operation
from models.operations.rows import CaseRow
from models.operations.visibility import visible_case, visible_cases
from models.permissions import CASE_HANDLING_ROLES, Action
from models.roles import Role
from models.users import User
from models.working_days import working_days_before

MAX_CASES = 5000  # one redistribution at most (all of a clerk's cases fit)
MAX_REASON_LENGTH = 500


@dataclass(frozen=True)
class ChosenCase:
    """A case as the supervisor saw it: its id and the version shown."""

    id: int
    version: int | None = None


@dataclass(frozen=True)
class StaleClaim:
    """An open case held by a clerk with no step in its history for some working days."""

    case: CaseRow
    last_activity: dt.datetime


@dataclass(frozen=True)
class ClerkChoice:
    """A member of staff who may get cases: active and handling cases of an office."""

    username: str
    display_name: str
    roles: frozenset[Role]
    absent_today: bool


@operation
def assignable_clerks(db: Database, actor: Actor, *, today: dt.date | None = None) -> tuple[ClerkChoice, ...]:
    """The active clerks and registry officers by name, with whether an absence covers today."""
    actor.require(Action.ASSIGN_CASES)
    day = today or german_today()
    with db.read() as session:
        absent = absent_user_ids(session, day)
        users = session.scalars(select(User).where(User.active).order_by(User.display_name, User.username))
        return tuple(
            ClerkChoice(user.username, user.display_name, user.roles & CASE_HANDLING_ROLES, user.id in absent)
            for user in users
            if user.roles & CASE_HANDLING_ROLES
        )


def _target(session: Session, username: str, day: dt.date) -> User:
    user = session.scalars(select(User).where(User.username == username)).one_or_none()
    if user is None:
        raise NotFound("user", username)
    if not user.active:
        raise InvalidInput("assignee", "inactive")
    if is_absent(session, user.id, day):
        raise InvalidInput("assignee", "absent")
    return user


def _move(session: Session, actor: Actor, case: Case, target: User | None, reason: str) -> None:
    if case.status not in OPEN_STATES:
        raise IllegalTransition(case.reference, case.status.value, "reassigned")
    if target is None:
        if case.assignee_id is not None:
            case.assignee = None
            add_event(session, case, actor, EventKind.RELEASE, comment=f"in den Pool zurückgegeben: {reason}")
        return
    if case.service.handling_role not in target.roles:
        raise InvalidInput("assignee", "cannot_handle")
    if case.assignee_id == target.id:
        return
    case.assignee = target
    add_event(session, case, actor, EventKind.CLAIM, comment=f"zugewiesen an {target.display_name}: {reason}")


@operation
def reassign_cases(
    db: Database,
    actor: Actor,
    cases: Sequence[ChosenCase],
    to: str | None,
    reason: str,
    *,
    today: dt.date | None = None,
) -> tuple[CaseRow, ...]:
    """Give ``cases`` to the clerk ``to`` (``None``: release them to the pool), the reason in each history."""
    actor.require(Action.ASSIGN_CASES)
    text = stated_reason(reason, "reassignment_reason", max_length=MAX_REASON_LENGTH)
    if not cases:
        raise InvalidInput("reassigned_cases", "none")
    if len(cases) > MAX_CASES:
        raise InvalidInput("reassigned_cases", "too_many")
    day = today or german_today()
    with db.write() as session:
        target = _target(session, to, day) if to is not None else None
        moved = []
        for chosen in sorted(set(cases), key=lambda c: c.id):  # one lock order for every workstation
            case = visible_case(session, actor, chosen.id, for_update=True)
            if chosen.version is not None and case.version != chosen.version:
                raise ConcurrentChange(case.reference)
            _move(session, actor, case, target, text)
            moved.append(case)
        session.flush()
        return tuple(case_row(case) for case in moved)


@operation
def reassign_all_of(
    db: Database, actor: Actor, holder: str, to: str | None, reason: str, *, today: dt.date | None = None
) -> tuple[CaseRow, ...]:
    """Give every open case ``holder`` holds to ``to`` (or back to the pool): "all of Anna's"."""
    actor.require(Action.ASSIGN_CASES)
    text = stated_reason(reason, "reassignment_reason", max_length=MAX_REASON_LENGTH)
    day = today or german_today()
    with db.write() as session:
        user = session.scalars(select(User).where(User.username == holder)).one_or_none()
        if user is None:
            raise NotFound("user", holder)
        target = _target(session, to, day) if to is not None else None
        if target is not None and target.id == user.id:
            raise InvalidInput("assignee", "same_clerk")
        query = (
            visible_cases(actor)
            .where(Case.assignee_id == user.id, Case.status.in_(OPEN_STATES))
            .order_by(Case.id)
            .limit(MAX_CASES + 1)
            .with_for_update(of=Case)
        )
        held = list(session.scalars(query).unique())
        if not held:
            raise InvalidInput("reassigned_cases", "none")
        if len(held) > MAX_CASES:
            raise InvalidInput("reassigned_cases", "too_many")
        for case in held:
            _move(session, actor, case, target, text)
        session.flush()
        return tuple(case_row(case) for case in held)


def _last_activity() -> Subquery:
    return (
        select(CaseEvent.case_id, func.max(CaseEvent.at).label("last_at"))  # visible: joined onto visible_cases
        .group_by(CaseEvent.case_id)
        .subquery("last_activity")
    )


@operation
def stale_claims(
    db: Database, actor: Actor, working_days: int = 5, *, today: dt.date | None = None
) -> tuple[StaleClaim, ...]:
    """Open cases held by a clerk whose history has no entry for ``working_days`` NRW working days (the oldest
    first), for the supervisor to release or redistribute."""
    actor.require(Action.ASSIGN_CASES)
    if isinstance(working_days, bool) or not isinstance(working_days, int) or not 1 <= working_days <= 250:
        raise InvalidInput("stale_working_days", "out_of_range")
    day = today or german_today()
    since = working_days_before(day, working_days)
    boundary = dt.datetime.combine(since + dt.timedelta(days=1), dt.time(), BERLIN).astimezone(dt.UTC)
    last = _last_activity()
    query = (
        visible_cases(actor)
        .add_columns(last.c.last_at)
        .join(last, last.c.case_id == Case.id)
        .where(Case.assignee_id.is_not(None), Case.status.in_(OPEN_STATES), last.c.last_at < boundary)
        .order_by(last.c.last_at, Case.id)
        .limit(MAX_CASES)
    )
    with db.read() as session:
        return tuple(StaleClaim(case_row(case), at) for case, at in session.execute(query).unique())
