"""Finding an entry in civil-status registers of 100,000 entries (the demo registers' generator, scaled, over the
demo town of 20,000 residents, fixed seed): ``find_civil_entries`` as the registry officer's register search calls
it.

Ours: ``find_civil_entries`` for a real registry officer (rights check, the DIN 91379 search form of the family name,
each given name the start of a recorded one, the names of the persons of every entry found, the audit record of the
search) for ≈ 50 searches taken from the registers: a family name alone, family and given names, and both with the
date of the event. Baseline in the same run: the bare
``SELECT … FROM civil_entries WHERE id IN (SELECT entry_id FROM civil_entry_persons WHERE search_family_name = :name)
ORDER BY recorded_on DESC LIMIT 50`` (no given names, no names of the persons, no audit record).
Target (issue 13): ≤ 100 ms. SQLite always, PostgreSQL when its server binaries are installed. Run alone with
``python -m bench.civil_register_search_bench`` (``AMTSSTUBE_BENCH_CIVIL_ENTRIES=10000`` for a quick look).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import time

from sqlalchemy import select, text

from bench.person_search_bench import BENCH_PASSWORD, _postgresql, _sqlite
from bench.timing import median_seconds, report
from models.actors import Actor, system_actor
from models.db import Database
from models.demo.civil_registers import seed_civil_registers
from models.demo.town import seed_town
from models.migrate import upgrade
from models.operations.civil_status import find_civil_entries
from models.operations.users import authenticate, create_user
from models.registers.civil_status.entries import CivilEntry, EntryPerson, PersonRole
from models.roles import Role
from models.search_form import search_form

ENTRIES = int(os.environ.get("AMTSSTUBE_BENCH_CIVIL_ENTRIES", "100000"))
RESIDENTS = 20_000
AS_OF = dt.date(2026, 12, 2)
SEARCHES = 48  # a third by family name, a third by family and given names, a third with the date too
SLOW_MS = 100.0

Search = tuple[str, str | None, dt.date | None]


def _officer(db: Database) -> Actor:
    roles = frozenset({Role.REGISTRY_OFFICER})
    create_user(db, system_actor("bench"), "standes", "Vera Standes", roles, password=BENCH_PASSWORD)
    return authenticate(db, "standes", BENCH_PASSWORD)


def _searches(db: Database) -> list[Search]:
    """What a registry officer types for an order: names (and dates) of persons the registers hold."""
    principal = (PersonRole.CHILD, PersonRole.SPOUSE, PersonRole.PARTNER, PersonRole.DECEASED)
    with db.read() as session:
        people = session.execute(
            select(EntryPerson.family_name, EntryPerson.given_names, CivilEntry.event_date)
            .join(CivilEntry, CivilEntry.id == EntryPerson.entry_id)
            .where(EntryPerson.role.in_(principal))
            .order_by(EntryPerson.id)
        ).all()
    chosen = random.Random(91379).sample(people, SEARCHES)
    third = SEARCHES // 3
    searches: list[Search] = [(family, None, None) for family, _given, _day in chosen[:third]]
    searches += [(family, given.split(" ")[0], None) for family, given, _day in chosen[third : 2 * third]]
    searches += [(family, given, day) for family, given, day in chosen[2 * third :]]
    return [("Müller", None, None), ("Nguyễn", None, None), *searches]


def _label(search: Search) -> str:
    family, given, day = search
    return f'"{family}"' + (f' "{given}"' if given else "") + (f" {day}" if day else "")


def _bench(db: Database, kind: str) -> None:
    upgrade(db)
    started = time.perf_counter()
    seed_town(db, RESIDENTS, seed=2026, as_of=AS_OF)
    town = time.perf_counter() - started
    started = time.perf_counter()
    summary = seed_civil_registers(db, ENTRIES, seed=2026, as_of=AS_OF)
    registers = time.perf_counter() - started
    print(
        f"civil register search ({summary.entries:,} entries, {kind}; town of {RESIDENTS:,} generated in "
        f"{town:.1f} s, the registers in {registers:.1f} s)"
    )
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")  # as a database in use would have its statistics
    officer = _officer(db)
    bare_sql = text(
        "SELECT id, kind, year, number, event_date FROM civil_entries WHERE id IN "
        "(SELECT entry_id FROM civil_entry_persons WHERE search_family_name = :name) "
        "ORDER BY recorded_on DESC LIMIT 50"
    )
    ours_all, bare_all = [], []
    for search in _searches(db):
        family, given, day = search

        def ours(family: str = family, given: str | None = given, day: dt.date | None = day) -> int:
            return len(find_civil_entries(db, officer, family, given_names=given, event_date=day))

        def baseline(name: str = search_form(family)) -> None:
            with db.engine.connect() as conn:
                conn.execute(bare_sql, {"name": name}).all()

        measured, bare = median_seconds(ours, runs=5), median_seconds(baseline, runs=5)
        ours_all.append(measured)
        bare_all.append(bare)
        if measured * 1000 > SLOW_MS:
            report(f"  slow: find_civil_entries {_label(search)} ({ours()} found)", measured, bare)
    print(f"  {len(ours_all)} searches")
    report("  median over the searches", statistics.median(ours_all), statistics.median(bare_all))
    report("  slowest search (and slowest baseline)", max(ours_all), max(bare_all))


def main() -> None:
    with _sqlite() as db:
        _bench(db, "SQLite")
    with _postgresql() as pg:
        if pg is not None:
            _bench(pg, "PostgreSQL")


if __name__ == "__main__":
    main()
