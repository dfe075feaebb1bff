"""The deadline figures of the backlog (overdue, due soon, paused) as SQL conditions on a case, so that the
dashboard's counts and the work queue it opens on a click select exactly the same cases."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ColumnElement, and_

from models.case_status import DEADLINE_RUNS, CaseStatus
from models.cases import Case
from models.working_days import add_working_days

#: "Due soon": the deadline ends within this many working days from today (today included).
DUE_SOON_WORKING_DAYS = 2


class DeadlineFilter(enum.StrEnum):
    OVERDUE = "overdue"  # the deadline runs and ended before today
    DUE_SOON = "due_soon"  # the deadline runs and ends today or within two working days
    PAUSED = "paused"  # waiting for the citizen: the deadline is paused


def due_soon_until(today: dt.date) -> dt.date:
    """The last day of a deadline that counts as due soon on ``today``."""
    return add_working_days(today, DUE_SOON_WORKING_DAYS)


def deadline_condition(kind: DeadlineFilter, today: dt.date) -> ColumnElement[bool]:
    """The SQL condition on ``Case`` of the cases ``kind`` counts on ``today``."""
    running = Case.status.in_(sorted(DEADLINE_RUNS))
    if kind == DeadlineFilter.OVERDUE:
        return and_(running, Case.due_date < today)
    if kind == DeadlineFilter.DUE_SOON:
        return and_(running, Case.due_date >= today, Case.due_date <= due_soon_until(today))
    return Case.status == CaseStatus.WAITING_FOR_CITIZEN
