"""Finding a resident in a register of 100,000 (the demo town's generator, fixed seed): ``find_residents`` as the
GUI and ``amtsstube residents find`` call it.

Ours: ``find_residents`` for a real clerk (rights check, the DIN 91379 word-start match over given, family and birth
names, the current main address joined, the audit record of the search) for typical searches, some narrowed by a
date of birth. Baseline in the same run: the bare ``SELECT … FROM residents WHERE search_name LIKE 'X%' LIMIT 50``
of the first word (no word starts inside the name, no address, no audit record). Target (issue 12): ≤ 100 ms median.
SQLite always, PostgreSQL when its server binaries are installed. Run alone with
``python -m bench.resident_search_bench``.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from sqlalchemy import select, text

from bench.person_search_bench import BENCH_PASSWORD, _postgresql, _sqlite
from bench.timing import median_seconds, report
from models.actors import Actor, system_actor
from models.db import Database
from models.demo.town import seed_town
from models.migrate import upgrade
from models.operations.residents import find_residents
from models.operations.users import authenticate, create_user
from models.registers.residents.resident import Resident
from models.roles import Role
from models.search_form import search_form

RESIDENTS = 100_000
AS_OF = dt.date(2026, 12, 2)
#: What a clerk types: a common family name, a prefix, two words, letters beyond ASCII, a rare name.
SEARCHES = ("müller", "weiss", "schm", "nguyen", "yilmaz ayse", "mueller anna", "celik", "szoeke agnes")


def _clerk(db: Database) -> Actor:
    create_user(db, system_actor("bench"), "melde", "Melde", frozenset({Role.CLERK}), password=BENCH_PASSWORD)
    return authenticate(db, "melde", BENCH_PASSWORD)


def _bench(db: Database, kind: str) -> None:
    upgrade(db)
    started = time.perf_counter()
    seed_town(db, RESIDENTS, seed=2026, as_of=AS_OF)
    print(f"resident search ({RESIDENTS:,} residents, {kind}; generated in {time.perf_counter() - started:.1f} s)")
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")  # as a database in use would have its statistics
    clerk = _clerk(db)
    with db.read() as session:
        a_resident = session.execute(select(Resident.family_name, Resident.born).where(Resident.id == 4711)).one()
    bare_sql = text(
        "SELECT id, given_names, family_name, born FROM residents WHERE search_name LIKE :pattern ESCAPE '\\' LIMIT 50"
    )
    ours_all, bare_all = [], []
    cases = [(typed, None) for typed in SEARCHES] + [(a_resident.family_name, a_resident.born)]
    for typed, born in cases:

        def ours(typed: str = typed, born: dt.date | None = born) -> None:
            find_residents(db, clerk, typed, born=born)

        first = search_form(typed).split(" ")[0]

        def baseline(first: str = first) -> None:
            with db.engine.connect() as conn:
                conn.execute(bare_sql, {"pattern": f"{first}%"}).all()

        measured, bare = median_seconds(ours), median_seconds(baseline)
        ours_all.append(measured)
        bare_all.append(bare)
        hits = find_residents(db, clerk, typed, born=born)
        label = f'"{typed}"' + (f" --born {born}" if born else "")
        report(f"  find_residents {label} ({len(hits)} found)", measured, bare)
    report("  median over the searches", statistics.median(ours_all), statistics.median(bare_all))


def main() -> None:
    with _sqlite() as db:
        _bench(db, "SQLite")
    with _postgresql() as pg:
        if pg is not None:
            _bench(pg, "PostgreSQL")


if __name__ == "__main__":
    main()
