"""The backlog report (issue 14, item 1) on a generated data set, on SQLite and PostgreSQL: every figure equals the
same figure counted in plain Python over the generated rows; clerks see their own part; each age bucket and
deadline figure opens the work queue on exactly the cases it counts."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select, update

from models.case_status import OPEN_STATES, CaseStatus
from models.cases import Case
from models.catalogue import PublicService
from models.db import Database
from models.errors import PermissionDenied
from models.german_format import BERLIN, local_date, today
from models.operations.backlog import (
    AGE_BUCKETS,
    AGE_LABELS,
    WEEKS,
    BacklogReport,
    age_bounds,
    backlog_report,
    deadline_period,
)
from models.operations.deadline_filters import DeadlineFilter
from models.operations.queue import QueueFilter, list_queue
from models.operations.users import create_user
from models.roles import Role
from models.working_days import working_days_between
from tests.conftest import PASSWORD, Staff
from tests.support.backlog_cases import (
    CLERK_SERVICES,
    REGISTRY_SERVICES,
    GeneratedCase,
    add_absence,
    bucket_of,
    deactivate,
    deadline_kinds,
    expected_report,
    generate,
    is_open,
)

HOLDERS = {Role.CLERK: ("anna", "ben", "gerd"), Role.REGISTRY_OFFICER: ("clara",)}


def _world(db: Database, staff: Staff, day: dt.date) -> list[GeneratedCase]:
    create_user(db, staff.system, "gerd", "Gerd Alt", frozenset({Role.CLERK}), password=PASSWORD)
    cases = generate(db, day, HOLDERS)
    deactivate(db, "gerd")  # left the town hall, still holding cases: not in the clerk table
    add_absence(db, "ben", day - dt.timedelta(days=1), day + dt.timedelta(days=3))
    add_absence(db, "anna", day - dt.timedelta(days=20), day - dt.timedelta(days=1))  # over yesterday
    return cases


def _assert_figures(report: BacklogReport, cases: list[GeneratedCase], day: dt.date) -> None:
    expected = expected_report(cases, day)
    assert report.as_of == day
    assert report.open_cases == expected["open_cases"]
    assert {row.service_key: row.counts for row in report.ages} == expected["ages"]
    assert all(row.total == sum(row.counts) > 0 for row in report.ages)
    assert [(row.department, row.service_name) for row in report.ages] == sorted(
        (row.department, row.service_name) for row in report.ages
    )
    deadlines = report.deadlines
    assert (deadlines.overdue, deadlines.due_soon, deadlines.paused) == expected["deadlines"]
    assert len(report.weeks) == WEEKS
    assert [(w.week_start, w.inflow, w.outflow, w.backlog_at_end) for w in report.weeks] == expected["weeks"]
    assert all(week.week_start.weekday() == 0 for week in report.weeks)
    assert report.weeks[-1].week_start <= day < report.weeks[-1].week_start + dt.timedelta(weeks=1)
    assert report.trend == expected["trend"]
    if expected["forecast"] is None:
        assert report.forecast_working_days is None
    else:
        assert report.forecast_working_days == pytest.approx(expected["forecast"])
    assert {k.service_key: (k.decided, k.within_deadline) for k in report.kpis} == expected["kpis"]
    for kpi in report.kpis:
        assert kpi.share == pytest.approx(kpi.within_deadline / kpi.decided)


@pytest.mark.parametrize(
    "day",
    [
        None,  # today
        dt.date(2026, 4, 8),  # after Easter (Good Friday, Easter Monday) and the start of summer time (29 March)
        dt.date(2026, 11, 4),  # after the end of summer time (25 October)
    ],
    ids=["today", "easter", "autumn"],
)
def test_every_figure_equals_the_count_in_python(db: Database, staff: Staff, day: dt.date | None) -> None:
    as_of = day or today()
    cases = _world(db, staff, as_of)
    assert sum(is_open(c) for c in cases) > 50
    assert sum(c.decided_at is not None for c in cases) > 100

    report = backlog_report(db, staff.supervisor, today=day)

    _assert_figures(report, cases, as_of)
    expected = expected_report(cases, as_of)["clerks"]
    assert [row.username for row in report.clerks] == ["anna", "ben", "clara"]  # by name; gerd is inactive
    for row in report.clerks:
        figures = expected.get(row.username, {"held": 0, "done_this_week": 0, "oldest_held_since": None})
        assert (row.held, row.done_this_week, row.oldest_held_since) == (
            figures["held"],
            figures["done_this_week"],
            figures["oldest_held_since"],
        )
    assert {row.username: row.absent for row in report.clerks} == {"anna": False, "ben": True, "clara": False}


def test_a_clerk_sees_the_figures_of_the_cases_they_may_see_and_only_their_own_row(db: Database, staff: Staff) -> None:
    day = today()
    cases = _world(db, staff, day)

    for actor, services, username in (
        (staff.clerk, CLERK_SERVICES, "anna"),
        (staff.registry, REGISTRY_SERVICES, "clara"),
    ):
        own = [c for c in cases if c.service_key in services]
        report = backlog_report(db, actor)
        _assert_figures(report, own, day)
        assert {row.service_key for row in report.ages} <= set(services)
        (row,) = report.clerks
        assert row.username == username
        figures = expected_report(own, day)["clerks"][username]
        assert (row.held, row.done_this_week, row.oldest_held_since) == (
            figures["held"],
            figures["done_this_week"],
            figures["oldest_held_since"],
        )


def test_each_age_bucket_and_deadline_figure_opens_the_queue_on_exactly_its_cases(db: Database, staff: Staff) -> None:
    day = today()
    cases = _world(db, staff, day)
    report = backlog_report(db, staff.supervisor)

    def queue_ids(queue_filter: QueueFilter) -> set[int]:
        page = list_queue(db, staff.supervisor, queue_filter, limit=500)
        assert page.total == len(page.rows)
        return {row.id for row in page.rows}

    for bucket in range(len(AGE_BUCKETS)):
        received_from, received_before = age_bounds(bucket, day)
        listed = queue_ids(
            QueueFilter(statuses=OPEN_STATES, received_from=received_from, received_before=received_before)
        )
        assert listed == {c.id for c in cases if is_open(c) and bucket_of(c, day) == bucket}, AGE_LABELS[bucket]
        assert len(listed) == sum(row.counts[bucket] for row in report.ages)
    figures = {
        DeadlineFilter.OVERDUE: report.deadlines.overdue,
        DeadlineFilter.DUE_SOON: report.deadlines.due_soon,
        DeadlineFilter.PAUSED: report.deadlines.paused,
    }
    for kind, figure in figures.items():
        listed = queue_ids(QueueFilter(deadline=kind))
        assert listed == {c.id for c in cases if is_open(c) and kind.value in deadline_kinds(c, day)}, kind
        assert len(listed) == figure
    one_service = report.ages[0]
    first_from, first_before = age_bounds(0, day)
    narrowed = queue_ids(
        QueueFilter(
            statuses=OPEN_STATES,
            service_keys=frozenset({one_service.service_key}),
            received_from=first_from,
            received_before=first_before,
        )
    )
    assert len(narrowed) == one_service.counts[0]
    monday = day - dt.timedelta(days=day.weekday())  # the deadline share's weeks, counted here in Python
    start = dt.datetime.combine(monday - dt.timedelta(weeks=WEEKS - 1), dt.time(), tzinfo=BERLIN)
    end = dt.datetime.combine(monday + dt.timedelta(weeks=1), dt.time(), tzinfo=BERLIN)
    assert deadline_period(day) == (start.astimezone(dt.UTC), end.astimezone(dt.UTC))
    assert report.kpis
    for kpi in report.kpis:
        decided_from, decided_before = deadline_period(day)
        listed = queue_ids(
            QueueFilter(
                service_keys=frozenset({kpi.service_key}), decided_from=decided_from, decided_before=decided_before
            )
        )
        assert listed == {
            c.id
            for c in cases
            if c.service_key == kpi.service_key and c.decided_at is not None and start <= c.decided_at < end
        }, kpi.service_key
        assert len(listed) == kpi.decided


def test_an_empty_town_hall_has_no_figures_and_no_forecast(db: Database, staff: Staff) -> None:
    report = backlog_report(db, staff.supervisor)

    assert (report.open_cases, report.ages, report.kpis, report.trend) == (0, (), (), 0)
    assert report.forecast_working_days is None
    assert all((w.inflow, w.outflow, w.backlog_at_end) == (0, 0, 0) for w in report.weeks)
    assert [row.username for row in report.clerks] == ["anna", "ben", "clara"]


@pytest.mark.parametrize("role", ["admin", "data_protection"])
def test_roles_without_cases_are_refused(db: Database, staff: Staff, role: str) -> None:
    with pytest.raises(PermissionDenied):
        backlog_report(db, getattr(staff, role))


@pytest.mark.parametrize("day", [dt.date(2026, 4, 8), dt.date(2026, 12, 28), dt.date(2026, 10, 26)])
def test_the_bounds_of_the_age_buckets_agree_with_the_working_day_count(day: dt.date) -> None:
    """Every received moment at or just before a German midnight of the last 60 days falls in the bucket its age
    in working days names (also over holidays, weekends and the change of summer time)."""
    for back in range(60):
        received_day = day - dt.timedelta(days=back)
        for moment in (
            dt.datetime.combine(received_day, dt.time(), tzinfo=local_zone()).astimezone(dt.UTC),
            dt.datetime.combine(received_day, dt.time(23, 59, 59), tzinfo=local_zone()).astimezone(dt.UTC),
        ):
            age = working_days_between(local_date(moment), day)
            inside = []
            for bucket, (low, high) in enumerate(AGE_BUCKETS):
                start, before = age_bounds(bucket, day)
                if (start is None or moment >= start) and (before is None or moment < before):
                    inside.append(bucket)
                    assert low <= age, (moment, age, bucket)
                    assert high is None or age <= high, (moment, age, bucket)
            assert len(inside) == 1, (moment, inside)


def local_zone() -> dt.tzinfo:
    return BERLIN


@pytest.mark.parametrize("day", [dt.date(2026, 7, 15), dt.date(2026, 1, 14)], ids=["summer", "winter"])
def test_a_decision_counts_within_the_deadline_by_its_german_date(db: Database, staff: Staff, day: dt.date) -> None:
    """Decided at 23:30 on the due date in Germany is within the deadline, at 00:30 the next day is not, although
    both are the due date in UTC (an hour or two earlier)."""
    cases = generate(db, day, {}, count=4)
    due = day - dt.timedelta(days=7)
    on_time = dt.datetime.combine(due, dt.time(23, 30), tzinfo=local_zone()).astimezone(dt.UTC)
    late = dt.datetime.combine(due + dt.timedelta(days=1), dt.time(0, 30), tzinfo=local_zone()).astimezone(dt.UTC)
    assert on_time.date() == late.date() == due
    decided = {cases[0].id: on_time, cases[1].id: late, cases[2].id: on_time, cases[3].id: late}
    with db.write() as session:
        for case_id, moment in decided.items():
            session.execute(
                update(Case)
                .where(Case.id == case_id)
                .values(
                    decided_at=moment,
                    due_date=due,
                    status=CaseStatus.APPROVED,
                    service_id=select(PublicService.id)
                    .where(PublicService.key == "dog_registration")
                    .scalar_subquery(),
                )
            )

    (kpi,) = backlog_report(db, staff.supervisor, today=day).kpis

    assert (kpi.service_key, kpi.decided, kpi.within_deadline, kpi.share) == ("dog_registration", 4, 2, 0.5)
