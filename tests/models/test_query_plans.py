"""The planner hints of the work queue: what SQL they become on each database, and that SQLite then reads a sorted
page along the names' index instead of sorting every matching case (EXPLAIN QUERY PLAN of the statement the queue
really sends)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.dialects import postgresql, sqlite

from models.case_status import CaseStatus
from models.cases import Case
from models.db import Database
from models.operations import queue_pages
from models.operations.queue import QueueFilter, QueueSort, SortKey, list_queue
from models.people import Person
from models.query_plans import DrivingJoin, unindexed
from tests.conftest import Staff
from tests.support.factories import new_case


def test_a_driving_join_is_a_cross_join_on_sqlite_and_a_plain_join_elsewhere() -> None:
    query = select(Case.id).select_from(DrivingJoin(Person.__table__, Case.__table__, Case.applicant_id == Person.id))
    assert "FROM people CROSS JOIN cases ON cases.applicant_id = people.id" in str(
        query.compile(dialect=sqlite.dialect())
    )
    on_postgresql = str(query.compile(dialect=postgresql.dialect()))
    assert "FROM people JOIN cases ON cases.applicant_id = people.id" in on_postgresql
    assert "CROSS" not in on_postgresql


def test_an_unindexed_column_is_a_unary_plus_on_sqlite_only() -> None:
    condition = unindexed(Case.status).in_([CaseStatus.RECEIVED])
    assert str(condition.compile(dialect=sqlite.dialect())).startswith("+cases.status IN")
    assert str(condition.compile(dialect=postgresql.dialect())).startswith("cases.status IN")


@contextmanager
def _statements(db: Database) -> Iterator[list[tuple[str, Any]]]:
    sent: list[tuple[str, Any]] = []

    def record(conn: Any, cursor: Any, statement: str, parameters: Any, context: Any, many: bool) -> None:
        sent.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield sent
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def _plan(db: Database, statement: str, parameters: Any) -> str:
    with db.engine.connect() as conn:
        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters).all()
    return "\n".join(str(row[-1]) for row in rows)


ON_SQLITE = pytest.mark.parametrize("database_kind", ["sqlite"])


@ON_SQLITE
@pytest.mark.parametrize(
    ("key", "walked"),
    [
        (SortKey.APPLICANT, "SCAN people USING COVERING INDEX ix_people_family_name"),
        (SortKey.SERVICE, "SCAN public_services USING INDEX ix_public_services_name"),
    ],
)
def test_sqlite_walks_the_names_index_for_a_page_of_many_cases(
    db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch, key: SortKey, walked: str
) -> None:
    for name in ("Zander", "Albers", "Meyer"):
        new_case(db, staff.system, family_name=name)
    monkeypatch.setattr(queue_pages, "WALK_FROM", 1)
    with _statements(db) as sent:
        rows = list_queue(db, staff.clerk, QueueFilter(), QueueSort(key), limit=2).rows
    assert len(rows) == 2
    page = next((s, p) for s, p in sent if "CROSS JOIN" in s and "LIMIT" in s)
    plan = _plan(db, *page)
    assert walked in plan, plan
    assert "USE TEMP B-TREE FOR ORDER BY" not in plan, plan  # at most the ties of one name are sorted
    monkeypatch.setattr(queue_pages, "WALK_FROM", 10**9)  # few cases: filtered first and sorted, no CROSS JOIN
    with _statements(db) as sent:
        assert list_queue(db, staff.clerk, QueueFilter(), QueueSort(key), limit=2).rows == rows
    assert not any("CROSS JOIN" in s for s, _ in sent)


@ON_SQLITE
def test_a_search_of_many_cases_is_checked_along_the_order_on_sqlite(
    db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("Zander", "Albers", "Meyer"):
        new_case(db, staff.system, family_name=name)
    monkeypatch.setattr(queue_pages, "WALK_FROM", 1)
    with _statements(db) as sent:
        page = list_queue(db, staff.clerk, QueueFilter(text="e"), record_search=False)
    assert page.total == 3
    count, *_ = (s for s, _ in sent if "count(*)" in s)
    assert "cases.applicant_id IN (SELECT people.id" in count  # the count collects the matches from the names
    statement, parameters = next((s, p) for s, p in sent if "LIMIT" in s and "search_name" in s)
    assert "JOIN people ON cases.applicant_id = people.id" in statement
    plan = _plan(db, statement, parameters)
    assert "SCAN cases USING INDEX ix_cases_due_date" in plan, plan  # the page walks the due dates
    assert "SEARCH people USING INTEGER PRIMARY KEY" in plan, plan  # and checks each case's applicant
    assert "TEMP B-TREE" not in plan, plan
