"""The work queue on a town-sized database: one page of the queue, filtered and sorted, as the GUI asks for it.

Baseline: the same page fetched with one hand-written SQL statement (no ORM, no row objects).
"""

from __future__ import annotations

import datetime as dt
import random
import tempfile
from pathlib import Path

from sqlalchemy import insert, text

from bench.timing import median_seconds, report
from models.base import utcnow
from models.case_status import CaseStatus
from models.cases import Case, Channel
from models.db import Database
from models.migrate import upgrade
from models.operations.actors import Actor
from models.operations.catalogue import ensure_catalogue
from models.operations.queue import QueueFilter, QueueSort, SortKey, list_queue
from models.people import Person
from models.roles import Role

CASES = 20_000


def _populate(db: Database) -> None:
    rng = random.Random(7)
    now = utcnow()
    with db.write() as session:
        clerk_services = text("SELECT id FROM public_services WHERE handling_role = 'clerk'")
        service_ids = [row[0] for row in session.execute(clerk_services)]
        session.execute(
            insert(Person),
            [{"given_names": f"Vorname{i}", "family_name": f"Name{i % 997}", "country": "DE"} for i in range(CASES)],
        )
        person_ids = [row[0] for row in session.execute(text("SELECT id FROM people ORDER BY id"))]
        statuses = list(CaseStatus)
        session.execute(
            insert(Case),
            [
                {
                    "reference": f"2026-{i + 1:06d}",
                    "service_id": rng.choice(service_ids),
                    "applicant_id": person_ids[i],
                    "form_data": {"i": i},
                    "channel": Channel.ONLINE,
                    "status": rng.choice(statuses),
                    "received_at": now - dt.timedelta(minutes=i),
                    "due_date": dt.date(2026, 12, 1) + dt.timedelta(days=i % 60),
                    "updated_at": now,
                    "fee_cents": 0,
                    "version": 1,
                }
                for i in range(CASES)
            ],
        )


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(f"sqlite:///{Path(tmp) / 'bench.sqlite3'}")
        upgrade(db)
        ensure_catalogue(db)
        _populate(db)
        clerk = Actor(user_id=1, username="bench", display_name="Bench", roles=frozenset({Role.CLERK}))
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
        db.dispose()


if __name__ == "__main__":
    main()
