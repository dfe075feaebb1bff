"""The price of a tamper-evident audit trail, on the embedded SQLite database.

1. **Writing**: one audit record per write transaction (as a case view or a search writes it), chained — id, place,
   database time and SHA-256 under the head's lock. Baseline in the same run: the same record into an unchained
   copy of the table (same columns, no triggers), also one per transaction.
2. **Checking**: ``verify_audit_trail`` over 100,000 records (hash of each, links, times, head, triggers).
   Baseline: reading the same 100,000 records as ORM objects, which any check has to do.

Run alone with ``python -m bench.audit_bench``.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy import Column, Integer, MetaData, String, Table, insert, select

from bench.timing import median_seconds, report
from models.actors import system_actor
from models.audit import AuditRecord
from models.base import JsonType, UtcDateTime, utcnow
from models.db import Database
from models.migrate import upgrade
from models.operations.audit_trail import record
from models.operations.audit_verification import verify_audit_trail

WRITES = 300
RECORDS = 100_000
BATCH = 5_000


def _plain_table(db: Database) -> Table:
    table = Table(
        "audit_plain",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("at", UtcDateTime()),
        Column("actor", String(80)),
        Column("action", String(60)),
        Column("object_type", String(40)),
        Column("object_id", String(80)),
        Column("details", JsonType),
    )
    table.create(db.engine)
    return table


def _fill(db: Database, count: int) -> None:
    actor = system_actor("bench")
    for start in range(0, count, BATCH):
        with db.write() as session:
            records = [
                AuditRecord(
                    actor=actor.username,
                    action="case.viewed",
                    object_type="case",
                    object_id=str(n),
                    details={"reference": f"2026-{n:06d}"},
                )
                for n in range(start, min(start + BATCH, count))
            ]
            session.add_all(records)  # chained by the flush hook, one batch under one lock


def main() -> None:
    actor = system_actor("bench")
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        upgrade(db)
        plain = _plain_table(db)
        counter = iter(range(10**9))

        def chained_writes() -> None:
            for _ in range(WRITES):
                with db.write() as session:
                    record(session, actor, "queue.searched", "queue", "-", term="Kowalczyk", hits=next(counter))

        def plain_writes() -> None:
            for _ in range(WRITES):
                with db.write() as session:
                    session.execute(
                        insert(plain).values(
                            at=utcnow(),
                            actor=actor.username,
                            action="queue.searched",
                            object_type="queue",
                            object_id="-",
                            details={"term": "Kowalczyk", "hits": next(counter)},
                        )
                    )

        ours = median_seconds(chained_writes, runs=5)
        baseline = median_seconds(plain_writes, runs=5)
        report(f"audit record, own transaction (x{WRITES}), per record", ours / WRITES, baseline / WRITES)
        print(f"{'':<48} chain costs {(ours - baseline) / WRITES * 1000:.3f} ms more per record")

        _fill(db, RECORDS)
        total = RECORDS + 12 * WRITES

        def verify() -> None:
            assert verify_audit_trail(db, actor).intact

        def read_all() -> None:
            with db.read() as session:
                for _ in session.scalars(select(AuditRecord).execution_options(yield_per=2000)):
                    pass

        ours = median_seconds(verify, runs=3)
        baseline = median_seconds(read_all, runs=3)
        report(f"audit verify over {total:,} records", ours, baseline, unit="s")
        db.dispose()


if __name__ == "__main__":
    main()
