"""The work queue on a town-sized database: one page of the queue, filtered and sorted, as the GUI asks for it.

Baseline: the same page fetched with one hand-written SQL statement (no ORM, no row objects).

Text search: 100,000 cases, 1,281 of whose applicants are called Öztürk, searched for "Öztürk" and "ztürk" (count +
first page) in the stored DIN 91379 search form. Baseline: the same with hand-written SQL. Also shown: the query
before the search form (``lower(...) LIKE``), how long it takes and how little it finds on SQLite, and one run of
migration 0004 filling the search form of 100,000 people.
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from sqlalchemy import insert, text

from bench.timing import median_seconds, report
from models.actors import Actor, system_actor
from models.base import utcnow
from models.case_status import CaseStatus
from models.cases import Case, Channel
from models.db import Database
from models.migrate import alembic_config, upgrade
from models.operations.catalogue import ensure_catalogue
from models.operations.queue import QueueFilter, QueueSort, SortKey, list_queue
from models.operations.users import authenticate, create_user
from models.people import Person
from models.roles import Role

CASES = 20_000
SEARCH_CASES = 100_000
OEZTUERK = 1_281  # applicants called Öztürk among them
FAMILY_NAMES = ("Müller", "Schmidt", "Yılmaz", "Kowalski", "Groß", "Nguyễn", "Weiß", "Ærø", "Şahin", "Becker")
BENCH_PASSWORD = "Bench-Akten-Regal-7"


def _clerk(db: Database) -> Actor:
    """A real clerk account: every operation checks the account's rights stamp."""
    create_user(db, system_actor("bench"), "bench", "Bench", frozenset({Role.CLERK}), password=BENCH_PASSWORD)
    return authenticate(db, "bench", BENCH_PASSWORD)


def _numbered_people(count: int) -> list[dict[str, object]]:
    return [{"given_names": f"Vorname{i}", "family_name": f"Name{i % 997}", "country": "DE"} for i in range(count)]


def _town_people(count: int) -> list[dict[str, object]]:
    """Applicants with names of a German town; every 78th is an Öztürk (1,281 of 100,000)."""
    rng = random.Random(11)
    every = count // OEZTUERK
    return [
        {
            "given_names": rng.choice(("Ayşe", "Jürgen", "Łukasz", "Anna", "Mehmet", "Zoë")) + f" {i}",
            "family_name": "Öztürk" if i % every == 0 and i // every < OEZTUERK else rng.choice(FAMILY_NAMES),
            "country": "DE",
        }
        for i in range(count)
    ]


def _populate(db: Database, people: list[dict[str, object]]) -> None:
    rng = random.Random(7)
    now = utcnow()
    with db.write() as session:
        clerk_services = text("SELECT id FROM public_services WHERE handling_role = 'clerk'")
        service_ids = [row[0] for row in session.execute(clerk_services)]
        session.execute(insert(Person), people)
        person_ids = [row[0] for row in session.execute(text("SELECT id FROM people ORDER BY id"))]
        statuses = list(CaseStatus)
        session.execute(
            insert(Case),
            [
                {
                    "reference": f"2026-{i + 1:06d}",
                    "service_id": rng.choice(service_ids),
                    "applicant_id": person_id,
                    "form_data": {"i": i},
                    "channel": Channel.ONLINE,
                    "status": rng.choice(statuses),
                    "received_at": now - dt.timedelta(minutes=i),
                    "due_date": dt.date(2026, 12, 1) + dt.timedelta(days=i % 60),
                    "updated_at": now,
                    "fee_cents": 0,
                    "version": 1,
                }
                for i, person_id in enumerate(person_ids)
            ],
        )


@contextmanager
def _database(people: list[dict[str, object]]) -> Iterator[Database]:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        upgrade(db)
        ensure_catalogue(db)
        _populate(db, people)
        try:
            yield db
        finally:
            db.dispose()


def main() -> None:
    page_bench()
    search_bench()


def page_bench() -> None:
    with _database(_numbered_people(CASES)) as db:
        clerk = _clerk(db)
        open_filter = QueueFilter(statuses=frozenset({CaseStatus.RECEIVED, CaseStatus.IN_PROGRESS}))
        sort = QueueSort(SortKey.DUE_DATE)

        def ours() -> None:
            page = list_queue(db, clerk, open_filter, sort, offset=200, limit=100)
            assert len(page.rows) == 100

        sql = text(
            "SELECT c.id, c.reference, c.version, s.key, s.name, p.given_names, p.family_name, c.status, c.channel,"
            " u.username, u.display_name, c.received_at, c.due_date, c.submission_id"
            " FROM cases c JOIN public_services s ON s.id = c.service_id JOIN people p ON p.id = c.applicant_id"
            " LEFT JOIN users u ON u.id = c.assignee_id"
            " WHERE s.handling_role IN ('clerk') AND c.status IN ('received', 'in_progress')"
            " ORDER BY c.due_date, c.id LIMIT 100 OFFSET 200"
        )
        count_sql = text(
            "SELECT count(*) FROM cases c JOIN public_services s ON s.id = c.service_id"
            " WHERE s.handling_role IN ('clerk') AND c.status IN ('received', 'in_progress')"
        )

        def baseline() -> None:
            with db.engine.connect() as conn:
                conn.execute(count_sql).scalar_one()
                assert len(conn.execute(sql).all()) == 100

        print(f"queue page (100 of {CASES:,} cases, SQLite, count + page)")
        report("  list_queue, filtered and sorted", median_seconds(ours), median_seconds(baseline))


_SEARCH_FROM = (
    " FROM cases c JOIN public_services s ON s.id = c.service_id JOIN people p ON p.id = c.applicant_id"
    " WHERE s.handling_role IN ('clerk') AND {condition}"
)
_SEARCH_FORM = "(p.search_name LIKE :pattern ESCAPE '\\' OR c.reference LIKE :pattern ESCAPE '\\')"
_BEFORE = (
    "(lower(c.reference) LIKE :pattern ESCAPE '\\' OR lower(p.family_name) LIKE :pattern ESCAPE '\\'"
    " OR lower(p.given_names) LIKE :pattern ESCAPE '\\')"
)


def _hand_written(db: Database, condition: str, pattern: str) -> tuple[int, int]:
    """Count and first page of the cases matching ``condition``, in one hand-written statement each."""
    where = _SEARCH_FROM.format(condition=condition)
    with db.engine.connect() as conn:
        total = conn.execute(text("SELECT count(*)" + where), {"pattern": pattern}).scalar_one()
        page = conn.execute(
            text(
                "SELECT c.id, c.reference, c.version, s.key, s.name, p.given_names, p.family_name, c.status,"
                " c.channel, c.received_at, c.due_date, c.submission_id" + where + " ORDER BY c.due_date, c.id"
                " LIMIT 100"
            ),
            {"pattern": pattern},
        ).all()
    return total, len(page)


def search_bench() -> None:
    people = _town_people(SEARCH_CASES)
    with _database(people) as db:
        clerk = _clerk(db)
        expected = _hand_written(db, _SEARCH_FORM, "%OEZTUERK%")[0]
        assert expected == OEZTUERK, expected  # every case is in a clerk's service
        print(f"queue text search ({SEARCH_CASES:,} cases, {OEZTUERK:,} called Öztürk; SQLite, count + first page)")
        for typed, form in (("Öztürk", "OEZTUERK"), ("ztürk", "ZTUERK")):
            search = QueueFilter(text=typed)

            def ours(search: QueueFilter = search) -> None:
                page = list_queue(db, clerk, search, QueueSort(SortKey.DUE_DATE), limit=100)
                assert page.total == expected, page.total
                assert len(page.rows) == 100

            def baseline(form: str = form) -> None:
                assert _hand_written(db, _SEARCH_FORM, f"%{form}%") == (expected, 100)

            report(f'  list_queue "{typed}" (search form)', median_seconds(ours), median_seconds(baseline))
            lowered = f"%{typed.lower()}%"
            before = median_seconds(lambda lowered=lowered: _hand_written(db, _BEFORE, lowered))
            found = _hand_written(db, _BEFORE, lowered)[0]
            print(f'    before: lower() LIKE "{typed}" {before * 1000:9.2f} ms, finds {found:,} of {expected:,}')
    _migration_bench(people)


def _migration_bench(people: list[dict[str, object]]) -> None:
    """One run of migration 0004 over a database with ``people`` written before it."""
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'migration.sqlite3'}")
        upgrade(db, "0003")
        with db.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO people (given_names, family_name, country) VALUES (:given_names, :family_name, 'DE')"
                ),
                people,
            )
        start = time.perf_counter()
        config = alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0004")
        elapsed = time.perf_counter() - start
        with db.engine.connect() as conn:
            filled = conn.execute(text("SELECT count(*) FROM people WHERE search_name LIKE '%OEZTUERK%'")).scalar_one()
        db.dispose()
    assert filled == OEZTUERK, filled
    print(f"  migration 0004 filling {len(people):,} search names (one run)   {elapsed * 1000:9.2f} ms")


if __name__ == "__main__":
    main()
