"""The supervisor's backlog report over 1,000,000 cases, on SQLite and PostgreSQL (issue 14: ≤ 300 ms on both).

The cases are ten years of a large town hall's work (about 1,900 a week over 128 services, four clerks): each
decided 1 to 40 days after it arrived, except the last weeks' (still open) and one in 101 that was never decided —
some 15,000 open cases in all. They are made in the database itself (one ``INSERT … SELECT`` over a generated
series, :mod:`bench.case_builder`), not by the ORM; the change-feed triggers are switched off while loading.

Baseline, in the same run: ``SELECT status, count(*) FROM cases GROUP BY status`` — one pass over the status index,
the least any figure of the backlog costs.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from bench.case_builder import BENCH_PASSWORD, create_staff, insert_cases
from bench.person_search_bench import _postgresql, _sqlite
from bench.timing import median_seconds, report
from models.actors import Actor, system_actor
from models.db import Database
from models.migrate import upgrade
from models.operations.backlog import backlog_report
from models.operations.catalogue import ensure_catalogue
from models.operations.users import authenticate, create_user
from models.roles import Role

CASES = 1_000_000
YEARS = 10
CLERKS = ("ines", "jonas", "karla", "lutz")
TARGET_SECONDS = 0.300


def _populate(db: Database) -> None:
    create_staff(db, CLERKS, registry_officers=("karla",))
    insert_cases(db, CASES, years=YEARS, clerks=CLERKS)


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
