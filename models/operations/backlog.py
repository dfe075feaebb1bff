"""The backlog report (Rückstandsbericht): the supervisor's figures of the open cases, their deadlines, the weekly
flow, the clerks' work and the share of cases decided within the deadline.

Every figure is counted by the database (``COUNT`` over ``CASE`` expressions, grouped by service and clerk): the
bounds of the age buckets and weeks are computed in Python (:mod:`models.operations.backlog_periods`) and compared
with ``received_at`` and ``decided_at``, which are indexed. No case is loaded. Supervisors see the figures of every
case; clerks and registry officers those of the cases they may see (:func:`visible_cases`) and only their own row
of the clerk table. The report holds no personal data of citizens, so reading it is not logged.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, exists, func, or_, select, true
from sqlalchemy.orm import Session

from models.absences import Absence
from models.actors import Actor
from models.case_status import OPEN_STATES
from models.cases import Case
from models.catalogue import PublicService
from models.db import Database
from models.german_format import local_date
from models.german_format import today as german_today
from models.operations.backlog_periods import (
    AGE_BUCKETS,
    AGE_LABELS,
    RATE_WEEKS,
    WEEKS,
    bucket_bounds,
    local_date_sql,
    week_bounds,
    week_starts,
    working_days_in,
)
from models.operations.deadline_filters import DeadlineFilter, deadline_condition
from models.operations.rights import operation
from models.operations.visibility import visible_cases
from models.permissions import CASE_HANDLING_ROLES, Action
from models.users import User, UserRole

__all__ = [
    "AGE_BUCKETS",
    "AGE_LABELS",
    "WEEKS",
    "AgeRow",
    "BacklogReport",
    "ClerkRow",
    "DeadlineFigures",
    "DeadlineKpi",
    "WeekFlow",
    "age_bounds",
    "backlog_report",
]


@dataclass(frozen=True)
class AgeRow:
    """The open cases of one service by age (NRW working days since received, by the German calendar date)."""

    service_key: str
    service_name: str
    department: str
    counts: tuple[int, ...]  # one per AGE_BUCKETS

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class DeadlineFigures:
    overdue: int  # the deadline runs and ended before today
    due_soon: int  # the deadline runs, not overdue, ends within two working days
    paused: int  # waiting for the citizen: the deadline is paused


@dataclass(frozen=True)
class WeekFlow:
    week_start: dt.date  # a Monday
    inflow: int  # cases received that week
    outflow: int  # cases decided that week
    backlog_at_end: int  # open at the end of the week: received before it ended, not decided before it ended


@dataclass(frozen=True)
class ClerkRow:
    username: str
    display_name: str
    held: int  # open cases assigned to them
    done_this_week: int  # cases assigned to them decided this week
    oldest_held_since: dt.date | None  # received date of the oldest open case they hold
    absent: bool  # an absence covers today


@dataclass(frozen=True)
class DeadlineKpi:
    """Cases of one service decided in the last WEEKS weeks, and how many of them within the deadline (the German
    date of the decision on or before the due date)."""

    service_key: str
    service_name: str
    decided: int
    within_deadline: int

    @property
    def share(self) -> float | None:
        return self.within_deadline / self.decided if self.decided else None


@dataclass(frozen=True)
class BacklogReport:
    as_of: dt.date
    open_cases: int
    ages: tuple[AgeRow, ...]  # by department, then service name; only services with open cases
    deadlines: DeadlineFigures
    weeks: tuple[WeekFlow, ...]  # WEEKS of them, oldest first, the last is the current week
    trend: int  # backlog at the end of the last week minus that of the first
    forecast_working_days: float | None  # open cases / cases decided per working day in the last 4 full weeks
    clerks: tuple[ClerkRow, ...]  # by display name
    kpis: tuple[DeadlineKpi, ...]  # by department, then service name; only services with decided cases


def age_bounds(bucket: int, today: dt.date) -> tuple[dt.datetime | None, dt.datetime | None]:
    """``received_at`` range ``[from, before)`` (UTC; None: open) of age bucket ``bucket`` on ``today``: the work
    queue filtered by it (``QueueFilter(received_from=…, received_before=…, statuses=OPEN_STATES)``) lists exactly
    the cases the report counts in that bucket."""
    return bucket_bounds(bucket, today)


def deadline_period(today: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """``decided_at`` range ``[from, before)`` (UTC) of the deadline share on ``today``: the last ``WEEKS`` weeks,
    the current one included. The work queue filtered by it and a service (``QueueFilter(decided_from=…,
    decided_before=…, service_keys=…)``) lists exactly the cases a row of :class:`DeadlineKpi` counts."""
    bounds = week_bounds(today)
    return bounds[0], bounds[-1]


@operation
def backlog_report(db: Database, actor: Actor, *, today: dt.date | None = None) -> BacklogReport:
    """The backlog as it stands on ``today`` (default: today in Germany), of the cases the actor sees."""
    actor.require(Action.VIEW_CASES)
    day = today or german_today()
    with db.read() as session:
        services = _services(session)
        open_groups = _open_groups(session, actor, day, services)
        decided_groups = _decided_groups(session, actor, day, db.engine.dialect.name, services)
        inflow = _inflow(session, actor, day)
        backlog = _backlog_at_week_ends(session, actor, day)
        clerks = _clerks(session, actor, day, open_groups, decided_groups)
    mondays = week_starts(day)
    outflow = [sum(group.weeks[n] for group in decided_groups) for n in range(WEEKS)]
    weeks = tuple(WeekFlow(mondays[n], inflow[n], outflow[n], backlog[n]) for n in range(WEEKS))
    open_cases = sum(group.total for group in open_groups)
    return BacklogReport(
        as_of=day,
        open_cases=open_cases,
        ages=_ages(open_groups),
        deadlines=DeadlineFigures(
            overdue=sum(group.overdue for group in open_groups),
            due_soon=sum(group.due_soon for group in open_groups),
            paused=sum(group.paused for group in open_groups),
        ),
        weeks=weeks,
        trend=weeks[-1].backlog_at_end - weeks[0].backlog_at_end,
        forecast_working_days=_forecast(open_cases, weeks),
        clerks=clerks,
        kpis=_kpis(decided_groups),
    )


@dataclass(frozen=True)
class _Service:
    key: str
    name: str
    department: str

    @property
    def order(self) -> tuple[str, str, str]:
        return self.department, self.name, self.key


@dataclass(frozen=True)
class _OpenGroup:
    """Open cases of one service held by one clerk (or nobody)."""

    service: _Service
    assignee_id: int | None
    counts: tuple[int, ...]
    overdue: int
    due_soon: int
    paused: int
    oldest_received: dt.datetime | None

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class _DecidedGroup:
    """Cases of one service held by one clerk (or nobody) decided in the report's weeks."""

    service: _Service
    assignee_id: int | None
    weeks: tuple[int, ...]
    within_deadline: int


def _counted(condition: ColumnElement[bool]) -> Any:
    """``COUNT(CASE WHEN condition THEN 1 END)``: the rows of the group that meet ``condition``."""
    return func.count(case((condition, 1)))


def _received_within(start: dt.datetime | None, end: dt.datetime | None) -> ColumnElement[bool]:
    conditions = []
    if start is not None:
        conditions.append(Case.received_at >= start)
    if end is not None:
        conditions.append(Case.received_at < end)
    return and_(*conditions) if conditions else true()


#: The groups of the counts: service and clerk (ids; the services' names are read once, not sorted per case).
_GROUP_COLUMNS = (Case.service_id, Case.assignee_id)


def _services(session: Session) -> dict[int, _Service]:
    rows = session.execute(select(PublicService.id, PublicService.key, PublicService.name, PublicService.department))
    return {row.id: _Service(row.key, row.name, row.department) for row in rows}


def _open_groups(session: Session, actor: Actor, today: dt.date, services: dict[int, _Service]) -> list[_OpenGroup]:
    buckets = [_counted(_received_within(*bucket_bounds(n, today))) for n in range(len(AGE_BUCKETS))]
    query = (
        visible_cases(
            actor,
            *_GROUP_COLUMNS,
            *buckets,
            _counted(deadline_condition(DeadlineFilter.OVERDUE, today)),
            _counted(deadline_condition(DeadlineFilter.DUE_SOON, today)),
            _counted(deadline_condition(DeadlineFilter.PAUSED, today)),
            func.min(Case.received_at),
        )
        .where(Case.status.in_(sorted(OPEN_STATES)))
        .group_by(*_GROUP_COLUMNS)
    )
    groups = []
    for row in session.execute(query):
        values = tuple(row)[len(_GROUP_COLUMNS) :]
        count = len(AGE_BUCKETS)
        groups.append(
            _OpenGroup(
                service=services[row.service_id],
                assignee_id=row.assignee_id,
                counts=tuple(int(v) for v in values[:count]),
                overdue=int(values[count]),
                due_soon=int(values[count + 1]),
                paused=int(values[count + 2]),
                oldest_received=values[count + 3],
            )
        )
    return groups


def _decided_groups(
    session: Session, actor: Actor, today: dt.date, dialect: str, services: dict[int, _Service]
) -> list[_DecidedGroup]:
    bounds = week_bounds(today)
    weeks = [_counted(and_(Case.decided_at >= bounds[n], Case.decided_at < bounds[n + 1])) for n in range(WEEKS)]
    first, end = deadline_period(today)
    decided_on = local_date_sql(Case.decided_at, dialect, first, end)
    query = (
        visible_cases(actor, *_GROUP_COLUMNS, *weeks, _counted(decided_on <= Case.due_date))
        .where(Case.decided_at >= first, Case.decided_at < end)
        .group_by(*_GROUP_COLUMNS)
    )
    groups = []
    for row in session.execute(query):
        values = tuple(row)[len(_GROUP_COLUMNS) :]
        groups.append(
            _DecidedGroup(
                service=services[row.service_id],
                assignee_id=row.assignee_id,
                weeks=tuple(int(v) for v in values[:WEEKS]),
                within_deadline=int(values[WEEKS]),
            )
        )
    return groups


def _inflow(session: Session, actor: Actor, today: dt.date) -> list[int]:
    bounds = week_bounds(today)
    counts = [_counted(_received_within(bounds[n], bounds[n + 1])) for n in range(WEEKS)]
    row = session.execute(visible_cases(actor, *counts).where(_received_within(bounds[0], bounds[-1]))).one()
    return [int(v) for v in row]


def _backlog_at_week_ends(session: Session, actor: Actor, today: dt.date) -> list[int]:
    """Open at the end of each week: received before the week ended and not decided before it ended.

    A case decided before the end of the first week counts in none, so only the undecided cases and those decided
    since are read — in two parts, so that each uses the index on ``decided_at`` (a condition on ``received_at`` in
    the WHERE clause would tempt SQLite to walk that index over every case; each count has its own).
    """
    ends = week_bounds(today)[1:]
    totals = [0] * WEEKS
    for part in (Case.decided_at.is_(None), Case.decided_at >= ends[0]):
        counts = [
            _counted(and_(Case.received_at < end, or_(Case.decided_at.is_(None), Case.decided_at >= end)))
            for end in ends
        ]
        row = session.execute(visible_cases(actor, *counts).where(part)).one()
        totals = [total + int(v) for total, v in zip(totals, row, strict=True)]
    return totals


def _clerks(
    session: Session,
    actor: Actor,
    today: dt.date,
    open_groups: Iterable[_OpenGroup],
    decided_groups: Iterable[_DecidedGroup],
) -> tuple[ClerkRow, ...]:
    held: dict[int, int] = defaultdict(int)
    oldest: dict[int, dt.datetime] = {}
    for group in open_groups:
        if group.assignee_id is None:
            continue
        held[group.assignee_id] += group.total
        if group.oldest_received is not None:
            previous = oldest.get(group.assignee_id)
            oldest[group.assignee_id] = min(group.oldest_received, previous or group.oldest_received)
    done: dict[int, int] = defaultdict(int)
    for decided in decided_groups:
        if decided.assignee_id is not None:
            done[decided.assignee_id] += decided.weeks[-1]
    case_roles = select(UserRole.user_id).where(UserRole.role.in_(sorted(CASE_HANDLING_ROLES)))
    absent = exists().where(Absence.user_id == User.id, Absence.starts_on <= today, Absence.ends_on >= today)
    query = select(User.id, User.username, User.display_name, absent).where(
        User.active.is_(True), or_(User.id.in_(case_roles), User.id.in_(sorted(held)))
    )
    if not actor.sees_all_cases:
        query = query.where(User.id == actor.user_id)
    rows = [
        ClerkRow(
            username=row.username,
            display_name=row.display_name,
            held=held.get(row.id, 0),
            done_this_week=done.get(row.id, 0),
            oldest_held_since=local_date(oldest[row.id]) if row.id in oldest else None,
            absent=bool(row[3]),
        )
        for row in session.execute(query)
    ]
    return tuple(sorted(rows, key=lambda r: (r.display_name.casefold(), r.username)))


def _ages(groups: Iterable[_OpenGroup]) -> tuple[AgeRow, ...]:
    counts: dict[_Service, list[int]] = {}
    for group in groups:
        row = counts.setdefault(group.service, [0] * len(AGE_BUCKETS))
        for n, count in enumerate(group.counts):
            row[n] += count
    return tuple(
        AgeRow(service.key, service.name, service.department, tuple(row))
        for service, row in sorted(counts.items(), key=lambda item: item[0].order)
    )


def _kpis(groups: Iterable[_DecidedGroup]) -> tuple[DeadlineKpi, ...]:
    decided: dict[_Service, list[int]] = {}
    for group in groups:
        figures = decided.setdefault(group.service, [0, 0])
        figures[0] += sum(group.weeks)
        figures[1] += group.within_deadline
    return tuple(
        DeadlineKpi(service.key, service.name, total, within)
        for service, (total, within) in sorted(decided.items(), key=lambda item: item[0].order)
    )


def _forecast(open_cases: int, weeks: tuple[WeekFlow, ...]) -> float | None:
    """Working days to clear the open cases at the rate of the last full weeks; None when nothing was decided."""
    recent = weeks[-1 - RATE_WEEKS : -1]
    decided = sum(week.outflow for week in recent)
    working_days = working_days_in(recent[0].week_start, 7 * RATE_WEEKS)
    if decided == 0 or working_days == 0:
        return None
    return open_cases / (decided / working_days)
