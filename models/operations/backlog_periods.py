"""The periods of the backlog report as points in time: age buckets counted in NRW working days, the twelve
weeks, and the German calendar date of a stored moment in SQL.

Every bound is computed here in Python from the working-day calendar and handed to SQL as a UTC moment (the start
of a day in Germany), so the database only compares ``received_at`` and ``decided_at`` with constants and can use
their indexes.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, Date, case, cast, func
from sqlalchemy.orm import InstrumentedAttribute

from models.german_format import BERLIN, local_midnight
from models.working_days import is_working_day

#: Age buckets in working days since the case was received, both ends included (None: open-ended).
AGE_BUCKETS: tuple[tuple[int, int | None], ...] = ((0, 2), (3, 5), (6, 10), (11, 20), (21, None))
AGE_LABELS = ("0–2", "3–5", "6–10", "11–20", "> 20")
WEEKS = 12
#: The forecast's rate: cases decided per working day over this many full weeks before the current one.
RATE_WEEKS = 4


def working_day_back(today: dt.date, count: int) -> dt.date:
    """The ``count``-th working day counting back from ``today`` (today is the first if it is a working day).

    A case received on day ``r`` is at least ``count`` working days old on ``today`` exactly when ``r`` lies before
    this day (``working_days_between(r, today) >= count``).
    """
    if count < 1:
        raise ValueError("count starts at 1")
    day = today
    found = 1 if is_working_day(day) else 0
    while found < count:
        day -= dt.timedelta(days=1)
        if is_working_day(day):
            found += 1
    return day


def bucket_bounds(bucket: int, today: dt.date) -> tuple[dt.datetime | None, dt.datetime | None]:
    """``received_at`` range ``[from, before)`` in UTC of the open cases in age bucket ``bucket`` on ``today``."""
    low, high = AGE_BUCKETS[bucket]
    received_from = None if high is None else local_midnight(working_day_back(today, high + 1))
    received_before = None if low == 0 else local_midnight(working_day_back(today, low))
    return received_from, received_before


def week_starts(today: dt.date) -> tuple[dt.date, ...]:
    """The Mondays of the last :data:`WEEKS` weeks, oldest first; the last is the current week's."""
    monday = today - dt.timedelta(days=today.weekday())
    return tuple(monday - dt.timedelta(weeks=WEEKS - 1 - n) for n in range(WEEKS))


def week_bounds(today: dt.date) -> tuple[dt.datetime, ...]:
    """``WEEKS + 1`` moments (UTC): the start of each week in Germany and the end of the current one."""
    mondays = week_starts(today)
    return tuple(local_midnight(day) for day in (*mondays, mondays[-1] + dt.timedelta(weeks=1)))


def working_days_in(first: dt.date, days: int) -> int:
    return sum(1 for n in range(days) if is_working_day(first + dt.timedelta(days=n)))


def _offset_changes(start: dt.datetime, end: dt.datetime) -> list[tuple[dt.datetime, dt.timedelta]]:
    """Germany's UTC offset from ``start`` on, and each moment up to ``end`` at which it changes (summer time)."""

    def offset_at(moment: dt.datetime) -> dt.timedelta:
        return moment.astimezone(BERLIN).utcoffset() or dt.timedelta()

    moment = start.astimezone(dt.UTC).replace(minute=0, second=0, microsecond=0)
    changes = [(moment, offset_at(moment))]
    while moment < end:
        day_later = moment + dt.timedelta(days=1)
        if offset_at(day_later) != changes[-1][1]:  # the change (always on the hour) lies within this day
            hour = moment
            while offset_at(hour) == changes[-1][1]:
                hour += dt.timedelta(hours=1)
            changes.append((hour, offset_at(hour)))
        moment = day_later
    return changes


def local_date_sql(
    column: InstrumentedAttribute[dt.datetime | None], dialect: str, start: dt.datetime, end: dt.datetime
) -> ColumnElement[dt.date | None]:
    """The calendar date in Germany of a stored UTC moment ``column`` that lies between ``start`` and ``end``.

    PostgreSQL knows the time zone; SQLite stores the moment as naive UTC text, so the offset in force (one or two
    hours) is chosen by a CASE over the changes of summer time in that period.
    """
    if dialect == "postgresql":
        return cast(func.timezone("Europe/Berlin", column), Date)
    changes = _offset_changes(start, end)
    modifiers = [f"+{int(offset.total_seconds() // 60)} minutes" for _, offset in changes]
    if len(changes) == 1:
        return func.date(column, modifiers[0])
    shift = case(*((column < changes[n + 1][0], modifiers[n]) for n in range(len(changes) - 1)), else_=modifiers[-1])
    return func.date(column, shift)
