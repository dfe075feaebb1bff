"""Finding a resident in a register of 100,000 (the demo town's generator, fixed seed): ``find_residents`` as the
GUI and ``amtsstube residents find`` call it.

Ours: ``find_residents`` for a real clerk (rights check, the DIN 91379 word-start match over given, family and birth
names, the current main address joined, the audit record of the search) for typical searches, some narrowed by a
date of birth. Baseline in the same run: the bare ``SELECT … FROM residents WHERE search_name LIKE 'X%' LIMIT 50``
of the first word (no word starts inside the name, no address, no audit record).

And a simple register information (§44 BMG): ``register_information.answer`` and the letter's values for requests
naming a person by name and date of birth, by name and a current or former address, two people of the same name and
date of birth, and a person not in the register.
Baseline: the bare ``SELECT … WHERE search_family_name = :name AND born = :born``.
Target (issue 12): ≤ 100 ms median for both.
SQLite always, PostgreSQL when its server binaries are installed. Run alone with
``python -m bench.resident_search_bench`` (``AMTSSTUBE_BENCH_RESIDENTS=3000`` for a quick look at a smaller register).
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import time

from sqlalchemy import func, select, text

from bench.person_search_bench import BENCH_PASSWORD, _postgresql, _sqlite
from bench.timing import median_seconds, report
from models.actors import Actor, system_actor
from models.cases import Case
from models.db import Database
from models.demo.town import seed_town
from models.migrate import upgrade
from models.operations.residents import find_residents
from models.operations.users import authenticate, create_user
from models.registers.residents.resident import Resident, ResidentAddress, Street
from models.roles import Role
from models.search_form import search_form
from models.services.register_information import answer, answer_values

RESIDENTS = int(os.environ.get("AMTSSTUBE_BENCH_RESIDENTS", "100000"))
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
        a_resident = session.execute(
            select(Resident.family_name, Resident.born).where(Resident.id == min(4711, RESIDENTS // 2))
        ).one()
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
    _bench_register_information(db)


def _request(family: str, given: str, born: dt.date | None, address: tuple[str, str, str] | None) -> Case:
    person: dict[str, object] = {"familyName": family, "givenNames": given}
    if born is not None:
        person["dateOfBirth"] = born.isoformat()
    if address is not None:
        street, number, postcode = address
        person["lastKnownAddress"] = {"street": street, "houseNumber": number, "postcode": postcode, "city": "x"}
    return Case(form_data={"requestedPerson": person, "purpose": "debt_collection", "purposeDetail": "Forderung"})


def _bench_register_information(db: Database) -> None:
    with db.read() as session:
        someone = session.execute(
            select(Resident.family_name, Resident.given_names, Resident.born, Street.name, ResidentAddress.house_number)
            .join(ResidentAddress, ResidentAddress.resident_id == Resident.id)
            .join(Street, Street.id == ResidentAddress.street_id)
            .where(Resident.id == min(31337, RESIDENTS // 3))
        ).first()
        twins = session.execute(
            select(func.min(Resident.family_name), Resident.born)
            .group_by(Resident.search_family_name, Resident.born)
            .having(func.count() > 1)
            .order_by(Resident.born)
            .limit(1)
        ).one()
        postcode = session.execute(select(Street.postcode).where(Street.name == someone.name)).scalars().first()
    requests = {
        "name and date of birth": _request(someone.family_name, someone.given_names, someone.born, None),
        "name and address": _request(
            someone.family_name, someone.given_names, None, (someone.name, someone.house_number, postcode or "")
        ),
        "two of that name and birth date": _request(twins[0], "", twins[1], None),
        "not in the register": _request("Zzyzx", "Quentin", dt.date(1931, 2, 3), None),
    }
    bare_sql = text("SELECT id FROM residents WHERE search_family_name = :name AND born = :born")
    ours_all, bare_all = [], []
    for label, case in requests.items():

        def ours(case: Case = case) -> str:
            with db.read() as session:
                result = answer(session, case, AS_OF)
                answer_values(result)
                return result.outcome.value

        def baseline() -> None:
            with db.engine.connect() as conn:
                conn.execute(bare_sql, {"name": search_form(someone.family_name), "born": someone.born}).all()

        measured, bare = median_seconds(ours), median_seconds(baseline)
        ours_all.append(measured)
        bare_all.append(bare)
        report(f"  §44 answer, {label} ({ours()})", measured, bare)
    report("  median over the §44 requests", statistics.median(ours_all), statistics.median(bare_all))


def main() -> None:
    with _sqlite() as db:
        _bench(db, "SQLite")
    with _postgresql() as pg:
        if pg is not None:
            _bench(pg, "PostgreSQL")


if __name__ == "__main__":
    main()
