"""Many cases made fast, in the database itself: one ``INSERT … SELECT`` over a generated series, not the ORM.

Shared by the benchmarks of the backlog report (1,000,000 cases) and of the work queue (100,000). The cases are
``years`` of a town hall's work spread evenly (series number 0 is the newest, received at the start of today),
over every service of the catalogue and the clerks given (every fifth case unassigned): each decided 1 to 40 days
after it arrived, except the last weeks' (still open: received, in progress or waiting for the citizen) and one in
101 that was never decided. The change-feed triggers are switched off while loading, and the tables analysed after.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import text

from models.actors import system_actor
from models.db import Database
from models.german_format import local_midnight, today
from models.operations.users import create_user
from models.roles import Role

BENCH_PASSWORD = "Bench-Akten-Regal-7"

#: Columns of one generated case from the series number ``i`` (0: the newest) and ``age`` (seconds before now).
_SELECT = """
    SELECT 'B-' || i, s.id, {applicant}, '{{}}', 'online',
           CASE WHEN {open} THEN (CASE i % 3 WHEN 0 THEN 'received' WHEN 1 THEN 'in_progress'
                                  ELSE 'waiting_for_citizen' END)
                ELSE (CASE i % 4 WHEN 0 THEN 'approved' WHEN 1 THEN 'rejected' WHEN 2 THEN 'closed'
                      ELSE 'withdrawn' END) END,
           u.id, {received}, {due}, CASE WHEN {open} AND i % 3 = 2 THEN {waiting} END,
           CASE WHEN {open} THEN NULL ELSE {decided} END, {received}, 0, 1
    FROM series
    JOIN bench_services s ON s.n = i % :services
    LEFT JOIN bench_clerks u ON u.n = i % 5
    {applicants}
"""
_COLUMNS = (
    "reference, service_id, applicant_id, form_data, channel, status, assignee_id, received_at, due_date,"
    " waiting_since, decided_at, updated_at, fee_cents, version"
)
#: Seconds between receipt and decision: 1 to 40 days and some hours.
_TAKES = "((i * 7919) % 40 + 1) * 86400 + (i % 13) * 3600"
_NEVER_DECIDED = "i % 101 = 0"


def _age(count: int, years: int) -> str:
    """Seconds before now of case ``i``, newest first."""
    return f"(i * {years * 365 * 86400 // count} + (i * 104729) % 3600)"


def _select(count: int, years: int, *, received: str, decided: str, due: str, waiting: str, people: bool) -> str:
    age = _age(count, years)
    return _SELECT.format(
        applicant="a.id" if people else ":person",
        applicants="JOIN bench_people a ON a.n = (i * 7919) % :people" if people else "",
        open=f"({_NEVER_DECIDED} OR {age} < {_TAKES})",
        received=received,
        decided=decided,
        due=due,
        waiting=waiting,
    )


def _sqlite_sql(count: int, years: int, *, people: bool) -> str:
    age = _age(count, years)
    moment = "strftime('%Y-%m-%d %H:%M:%S', :now, '-' || {seconds} || ' seconds') || '.000000'"
    received = moment.format(seconds=age)
    select = _select(
        count,
        years,
        received=received,
        decided=moment.format(seconds=f"({age} - {_TAKES})"),
        due=f"date({received}, '+' || (14 + i % 21) || ' days')",
        waiting=f"date({received}, '+3 days')",
        people=people,
    )
    return (
        f"WITH RECURSIVE series(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM series WHERE i + 1 < :count)"
        f" INSERT INTO cases ({_COLUMNS}) {select}"
    )


def _postgresql_sql(count: int, years: int, *, people: bool) -> str:
    received = f"(CAST(:now AS timestamptz) - make_interval(secs => {_age(count, years)}))"
    select = _select(
        count,
        years,
        received=received,
        decided=f"({received} + make_interval(secs => {_TAKES}))",
        due=f"(CAST({received} AT TIME ZONE 'Europe/Berlin' AS date) + CAST(14 + i % 21 AS integer))",
        waiting=f"(CAST({received} AT TIME ZONE 'Europe/Berlin' AS date) + 3)",
        people=people,
    ).replace("'{}'", "'{}'::jsonb")
    return (
        f"WITH series(i) AS (SELECT generate_series(CAST(0 AS bigint), :count - 1))"
        f" INSERT INTO cases ({_COLUMNS}) {select}"
    )


def create_staff(db: Database, clerks: Sequence[str], registry_officers: Sequence[str] = ()) -> None:
    """Accounts (password :data:`BENCH_PASSWORD`) for the clerks and registry officers named."""
    system = system_actor("bench")
    for name in clerks:
        role = Role.REGISTRY_OFFICER if name in registry_officers else Role.CLERK
        create_user(db, system, name, f"Bench {name.title()}", frozenset({role}), password=BENCH_PASSWORD)


def insert_cases(db: Database, count: int, *, years: int, clerks: Sequence[str], people: bool = False) -> None:
    """``count`` cases over ``years``, assigned to the accounts ``clerks`` (made before) and nobody.

    ``people``: the applicants are drawn from the rows of ``people`` (written before), else every case has the same
    placeholder applicant."""
    now = local_midnight(today()).isoformat(sep=" ")  # the newest case at the start of today
    sqlite = db.is_sqlite
    with db.engine.begin() as conn:
        if sqlite:
            triggers = [row[0] for row in conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
            conn.exec_driver_sql("DROP TRIGGER cases_inserted")
            conn.exec_driver_sql("DROP TRIGGER cases_updated")
        else:
            conn.exec_driver_sql("ALTER TABLE cases DISABLE TRIGGER USER")
        parameters: dict[str, object] = {"now": now, "count": count}
        if people:
            conn.exec_driver_sql("CREATE TEMPORARY TABLE bench_people (n INTEGER PRIMARY KEY, id INTEGER)")
            conn.exec_driver_sql("INSERT INTO bench_people SELECT row_number() OVER (ORDER BY id) - 1, id FROM people")
            parameters["people"] = conn.exec_driver_sql("SELECT count(*) FROM bench_people").scalar_one()
        else:
            parameters["person"] = conn.execute(
                text(
                    "INSERT INTO people (given_names, family_name, country, search_name)"
                    " VALUES ('A', 'B', 'DE', 'b a') RETURNING id"
                )
            ).scalar_one()
        conn.exec_driver_sql("CREATE TEMPORARY TABLE bench_services (n INTEGER PRIMARY KEY, id INTEGER)")
        conn.exec_driver_sql(
            "INSERT INTO bench_services SELECT (SELECT count(*) FROM public_services p WHERE p.id < q.id), q.id"
            " FROM public_services q"
        )
        parameters["services"] = conn.exec_driver_sql("SELECT count(*) FROM bench_services").scalar_one()
        conn.exec_driver_sql("CREATE TEMPORARY TABLE bench_clerks (n INTEGER PRIMARY KEY, id INTEGER)")
        conn.exec_driver_sql(
            "INSERT INTO bench_clerks SELECT (SELECT count(*) FROM users v WHERE v.id < u.id), u.id FROM users u"
            f" WHERE u.username IN ({', '.join(repr(name) for name in clerks)})"
        )
        build = _sqlite_sql if sqlite else _postgresql_sql
        conn.execute(text(build(count, years, people=people)), parameters)
        for table in ("bench_services", "bench_clerks", *(("bench_people",) if people else ())):
            conn.exec_driver_sql(f"DROP TABLE {table}")
        if sqlite:
            for trigger in triggers:
                if "cases" in trigger:
                    conn.exec_driver_sql(trigger)
        else:
            conn.exec_driver_sql("ALTER TABLE cases ENABLE TRIGGER USER")
    with db.engine.connect() as conn:
        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
            "VACUUM ANALYZE" if not sqlite else "ANALYZE"
        )
