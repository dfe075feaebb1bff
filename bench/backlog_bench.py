"""The supervisor's backlog report over 1,000,000 cases, on SQLite and PostgreSQL (issue 14: ≤ 300 ms on both).

The cases are ten years of a large town hall's work (about 1,900 a week over 128 services, four clerks): each
decided 1 to 40 days after it arrived, except the last weeks' (still open) and one in 101 that was never decided —
some 15,000 open cases in all. They are made in the database itself (one ``INSERT … SELECT`` over a generated
series), not by the ORM; the change-feed triggers are switched off while loading.

Baseline, in the same run: ``SELECT status, count(*) FROM cases GROUP BY status`` — one pass over the status index,
the least any figure of the backlog costs.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from sqlalchemy import text

from bench.person_search_bench import _postgresql, _sqlite
from bench.timing import median_seconds, report
from models.actors import Actor, system_actor
from models.db import Database
from models.german_format import local_midnight, today
from models.migrate import upgrade
from models.operations.backlog import backlog_report
from models.operations.catalogue import ensure_catalogue
from models.operations.users import authenticate, create_user
from models.roles import Role

CASES = 1_000_000
YEARS = 10
CLERKS = ("ines", "jonas", "karla", "lutz")
BENCH_PASSWORD = "Bench-Akten-Regal-7"
TARGET_SECONDS = 0.300

#: Columns of one generated case from the series number ``i`` (0: the newest) and ``age`` (seconds before now).
_SELECT = """
    SELECT 'B-' || i, s.id, :person, '{{}}', 'online',
           CASE WHEN {open} THEN (CASE i % 3 WHEN 0 THEN 'received' WHEN 1 THEN 'in_progress'
                                  ELSE 'waiting_for_citizen' END)
                ELSE (CASE i % 4 WHEN 0 THEN 'approved' WHEN 1 THEN 'rejected' WHEN 2 THEN 'closed'
                      ELSE 'withdrawn' END) END,
           u.id, {received}, {due}, CASE WHEN {open} AND i % 3 = 2 THEN {waiting} END,
           CASE WHEN {open} THEN NULL ELSE {decided} END, {received}, 0, 1
    FROM series
    JOIN bench_services s ON s.n = i % :services
    LEFT JOIN bench_clerks u ON u.n = i % 5
"""
_COLUMNS = (
    "reference, service_id, applicant_id, form_data, channel, status, assignee_id, received_at, due_date,"
    " waiting_since, decided_at, updated_at, fee_cents, version"
)
#: Seconds between receipt and decision: 1 to 40 days and some hours.
_TAKES = "((i * 7919) % 40 + 1) * 86400 + (i % 13) * 3600"
_AGE = f"(i * {YEARS * 365 * 86400 // CASES} + (i * 104729) % 3600)"  # seconds before now, newest first
_NEVER_DECIDED = "i % 101 = 0"


def _sqlite_sql() -> str:
    moment = "strftime('%Y-%m-%d %H:%M:%S', :now, '-' || {seconds} || ' seconds') || '.000000'"
    received = moment.format(seconds=_AGE)
    decided = moment.format(seconds=f"({_AGE} - {_TAKES})")
    opened = f"({_NEVER_DECIDED} OR {_AGE} < {_TAKES})"
    select = _SELECT.format(
        open=opened,
        received=received,
        due=f"date({received}, '+' || (14 + i % 21) || ' days')",
        waiting=f"date({received}, '+3 days')",
        decided=decided,
    )
    return (
        f"WITH RECURSIVE series(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM series WHERE i + 1 < :count)"
        f" INSERT INTO cases ({_COLUMNS}) {select}"
    )


def _postgresql_sql() -> str:
    received = f"(CAST(:now AS timestamptz) - make_interval(secs => {_AGE}))"
    decided = f"({received} + make_interval(secs => {_TAKES}))"
    opened = f"({_NEVER_DECIDED} OR {_AGE} < {_TAKES})"
    select = _SELECT.format(
        open=opened,
        received=received,
        due=f"(CAST({received} AT TIME ZONE 'Europe/Berlin' AS date) + CAST(14 + i % 21 AS integer))",
        waiting=f"(CAST({received} AT TIME ZONE 'Europe/Berlin' AS date) + 3)",
        decided=decided,
    ).replace("'{}'", "'{}'::jsonb")
    return (
        f"WITH series(i) AS (SELECT generate_series(CAST(0 AS bigint), :count - 1))"
        f" INSERT INTO cases ({_COLUMNS}) {select}"
    )


def _populate(db: Database) -> None:
    system = system_actor("bench")
    for name in CLERKS:
        role = Role.REGISTRY_OFFICER if name == "karla" else Role.CLERK
        create_user(db, system, name, f"Bench {name.title()}", frozenset({role}), password=BENCH_PASSWORD)
    now = local_midnight(today()).isoformat(sep=" ")  # the newest case at the start of today
    sqlite = db.is_sqlite
    with db.engine.begin() as conn:
        if sqlite:
            triggers = [row[0] for row in conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger'")]
            conn.exec_driver_sql("DROP TRIGGER cases_inserted")
            conn.exec_driver_sql("DROP TRIGGER cases_updated")
        else:
            conn.exec_driver_sql("ALTER TABLE cases DISABLE TRIGGER USER")
        person = conn.execute(
            text(
                "INSERT INTO people (given_names, family_name, country, search_name) VALUES ('A', 'B', 'DE', 'b a')"
                " RETURNING id"
            )
        ).scalar_one()
        conn.exec_driver_sql("CREATE TEMPORARY TABLE bench_services (n INTEGER PRIMARY KEY, id INTEGER)")
        conn.exec_driver_sql(
            "INSERT INTO bench_services SELECT (SELECT count(*) FROM public_services p WHERE p.id < q.id), q.id"
            " FROM public_services q"
        )
        services = conn.exec_driver_sql("SELECT count(*) FROM bench_services").scalar_one()
        conn.exec_driver_sql("CREATE TEMPORARY TABLE bench_clerks (n INTEGER PRIMARY KEY, id INTEGER)")
        conn.exec_driver_sql(
            "INSERT INTO bench_clerks SELECT (SELECT count(*) FROM users v WHERE v.id < u.id), u.id FROM users u"
            f" WHERE u.username IN ({', '.join(repr(name) for name in CLERKS)})"
        )
        conn.execute(
            text(_sqlite_sql() if sqlite else _postgresql_sql()),
            {"now": now, "count": CASES, "person": person, "services": services},
        )
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


def _supervisor(db: Database) -> Actor:
    create_user(db, system_actor("bench"), "leitung", "Leitung", frozenset({Role.SUPERVISOR}), password=BENCH_PASSWORD)
    return authenticate(db, "leitung", BENCH_PASSWORD)


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _bench(db: Database, kind: str) -> None:
    upgrade(db)
    ensure_catalogue(db)
    loaded = _timed(lambda: _populate(db))
    supervisor = _supervisor(db)
    result = backlog_report(db, supervisor)
    print(
        f"backlog report ({CASES:,} cases, {result.open_cases:,} open, {kind}, loaded in {loaded:.1f} s;"
        " supervisor, median of 7 runs)"
    )
    assert result.open_cases > 10_000
    assert sum(week.outflow for week in result.weeks) > 10_000

    def baseline() -> None:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("SELECT status, count(*) FROM cases GROUP BY status").all()

    measured = median_seconds(lambda: backlog_report(db, supervisor))
    report("  backlog_report", measured, median_seconds(baseline))
    verdict = "within" if measured <= TARGET_SECONDS else "OVER"
    print(f"  target {TARGET_SECONDS * 1000:.0f} ms: {verdict}")


def main() -> None:
    with _sqlite() as db:
        _bench(db, "SQLite")
    with _postgresql() as pg:
        if pg is not None:
            _bench(pg, "PostgreSQL")


if __name__ == "__main__":
    main()
