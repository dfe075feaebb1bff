"""Finding a citizen among 100,000 earlier applicants at the counter: ``find_people`` as the dialog calls it.

100,000 applicant rows, each with its case (a tenth of the citizens came twice, so some rows are the same person),
with names drawn from a fixed seed: family names built from 40 stems (Weiß, Nguyễn, Öztürk, Müller, …) and endings,
so a stem such as "weiss" is the start of about 2,500 family names. Ours: ``find_people`` for a real clerk (rights
check, visibility, one match per person, the audit record of the search) for a few typical searches. Baseline in the
same run: the bare ``SELECT … FROM people WHERE search_name LIKE 'X%' LIMIT 20`` of the first word (no visibility,
no grouping, no audit record). Target (issue 11): ≤ 50 ms median. SQLite always, PostgreSQL when its server binaries
are installed (started like the tests' server). Run alone with ``python -m bench.person_search_bench``.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import insert, text

from bench.timing import median_seconds, report
from models.actors import Actor, system_actor
from models.base import utcnow
from models.case_status import CaseStatus
from models.cases import Case, Channel
from models.db import Database
from models.migrate import upgrade
from models.operations.catalogue import ensure_catalogue
from models.operations.people_search import find_people
from models.operations.users import authenticate, create_user
from models.people import Person
from models.roles import Role
from models.search_form import search_form

PEOPLE = 100_000
STEMS = (
    "Weiß", "Nguyễn", "Öztürk", "Müller", "Schmidt", "Schneider", "Fischer", "Meyer", "Wagner", "Becker",
    "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann",
    "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Lehmann", "Köhler",
    "Yılmaz", "Kowalski", "Wiśniewski", "Ærø", "Đặng", "Groß", "Łukasiewicz", "Şahin", "Papadopoulos", "O’Brien",
)  # fmt: skip
ENDINGS = ("", "", "", "mann", "er", "ing", "berg", "feld", "-Lange", "-Yılmaz", "haus", "bach", "e", "s", "ke")
GIVEN = ("Anna", "Jürgen", "Ayşe", "Łukasz", "Thị Ánh", "Zoë", "Mehmet", "Søren", "Marie", "Karl", "Chloé", "Ömer")
STREETS = ("Lindenweg", "Ahornallee", "Marktplatz", "Birkenstraße", "Am Mühlbach", "Kirchgasse")
#: What a clerk types at the counter.
SEARCHES = ("weiss", "nguy", "oeztuerk ayse", "müller anna", "schmidt-lange", "zimmermann k")
BENCH_PASSWORD = "Bench-Akten-Regal-7"


def _people(count: int) -> list[dict[str, object]]:
    rng = random.Random(91379)
    people: list[dict[str, object]] = []
    while len(people) < count:
        if people and rng.random() < 0.1:
            people.append(dict(rng.choice(people)))  # a citizen who came again
            continue
        people.append(
            {
                "given_names": rng.choice(GIVEN),
                "family_name": rng.choice(STEMS) + rng.choice(ENDINGS),
                "date_of_birth": dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(25_000)),
                "street": rng.choice(STREETS),
                "house_number": str(rng.randrange(1, 120)),
                "postcode": "59999",
                "city": "Lindenbrück",
                "country": "DE",
            }
        )
    return people


def _populate(db: Database, people: list[dict[str, object]]) -> None:
    rng = random.Random(7)
    now = utcnow()
    with db.write() as session:
        services = [row[0] for row in session.execute(text("SELECT id FROM public_services ORDER BY id"))]
        session.execute(insert(Person), people)
        person_ids = [row[0] for row in session.execute(text("SELECT id FROM people ORDER BY id"))]
        session.execute(
            insert(Case),
            [
                {
                    "reference": f"2026-{i + 1:06d}",
                    "service_id": rng.choice(services),
                    "applicant_id": person_id,
                    "form_data": {},
                    "channel": Channel.COUNTER,
                    "status": CaseStatus.RECEIVED,
                    "received_at": now - dt.timedelta(minutes=PEOPLE - i),
                    "due_date": dt.date(2026, 12, 1),
                    "updated_at": now,
                    "fee_cents": 0,
                    "version": 1,
                }
                for i, person_id in enumerate(person_ids)
            ],
        )


def _clerk(db: Database) -> Actor:
    create_user(db, system_actor("bench"), "schalter", "Schalter", frozenset({Role.CLERK}), password=BENCH_PASSWORD)
    return authenticate(db, "schalter", BENCH_PASSWORD)


@contextmanager
def _sqlite() -> Iterator[Database]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        try:
            yield db
        finally:
            db.dispose()


@contextmanager
def _postgresql() -> Iterator[Database | None]:
    try:
        from tests.support.postgres_server import PostgresServer  # noqa: PLC0415 - only when a server can start

        server = PostgresServer()
        server.start()
    except (ImportError, RuntimeError) as error:
        print(f"PostgreSQL: not measured ({str(error).splitlines()[0]})")
        yield None
        return
    try:
        server.admin_execute("CREATE DATABASE bench")
        db = Database(server.url("bench"))
        try:
            yield db
        finally:
            db.dispose()
    finally:
        server.stop()


def _bench(db: Database, kind: str, people: list[dict[str, object]]) -> None:
    upgrade(db)
    ensure_catalogue(db)
    _populate(db, people)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")  # as a database in use would have its statistics
    clerk = _clerk(db)
    bare_sql = text(
        "SELECT id, given_names, family_name, date_of_birth FROM people"
        " WHERE search_name LIKE :pattern ESCAPE '\\' LIMIT 20"
    )
    print(f"person search ({len(people):,} applicants with a case, {kind}; clerk, median of 7 runs)")
    ours_all, bare_all = [], []
    first_person = people[0]
    born = first_person["date_of_birth"]
    assert isinstance(born, dt.date)
    with_birth_date = f"{first_person['given_names']} {born:%d.%m.%Y}"  # a name and a date that exist
    for typed in (*SEARCHES, with_birth_date):

        def ours(typed: str = typed) -> None:
            find_people(db, clerk, typed)

        first = search_form(typed).split(" ")[0]

        def baseline(first: str = first) -> None:
            with db.engine.connect() as conn:
                conn.execute(bare_sql, {"pattern": f"{first}%"}).all()

        measured, bare = median_seconds(ours), median_seconds(baseline)
        ours_all.append(measured)
        bare_all.append(bare)
        hits = find_people(db, clerk, typed)
        report(f'  find_people "{typed}" ({len(hits)} found)', measured, bare)
    report("  median over the searches", statistics.median(ours_all), statistics.median(bare_all))


def main() -> None:
    people = _people(PEOPLE)
    with _sqlite() as db:
        _bench(db, "SQLite", people)
    with _postgresql() as pg:
        if pg is not None:
            _bench(pg, "PostgreSQL", people)


if __name__ == "__main__":
    main()
