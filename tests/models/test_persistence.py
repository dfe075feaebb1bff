from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import delete, exc, select, text, update

from models.audit import AuditRecord
from models.db import Database
from models.errors import DatabaseUnavailable
from models.migrate import current_revision, head_revision, upgrade
from models.references import next_reference
from models.schema import Base
from models.search_indexes import TRIGRAM_INDEXES
from tests.conftest import Staff
from tests.support.factories import new_case


def _not_an_optional_index(name: str | None, kind: str, _parent: object) -> bool:
    """The trigram indexes exist where PostgreSQL has pg_trgm (see models/search_indexes.py); the models omit them."""
    return not (kind == "index" and name in TRIGRAM_INDEXES)


def test_migrations_produce_exactly_the_models(db: Database) -> None:
    assert current_revision(db) == head_revision()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": _not_an_optional_index})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    upgrade(db)  # idempotent
    assert current_revision(db) == head_revision()


def test_audit_log_is_append_only_in_the_database(db: Database, staff: Staff) -> None:
    new_case(db, staff.system)
    with db.read() as session:
        count = len(session.scalars(select(AuditRecord.id)).all())
    assert count > 0
    for statement in (update(AuditRecord).values(actor="someone else"), delete(AuditRecord)):
        with pytest.raises(exc.DatabaseError, match="append-only"), db.write() as session:
            session.execute(statement)
    with db.read() as session:
        assert len(session.scalars(select(AuditRecord.id)).all()) == count
        assert "someone else" not in session.scalars(select(AuditRecord.actor)).all()


def test_reference_numbers_count_per_year(db: Database, staff: Staff) -> None:
    first = new_case(db, staff.system)
    second = new_case(db, staff.system)
    year = first.reference.split("-")[0]
    assert int(second.reference.split("-")[1]) == int(first.reference.split("-")[1]) + 1
    with db.write() as session:
        assert next_reference(session, 1999) == "1999-000001"
        assert next_reference(session, int(year)).startswith(f"{year}-")


def test_received_at_stays_timezone_aware(db: Database, staff: Staff) -> None:
    moment = dt.datetime(2026, 3, 29, 0, 30, tzinfo=dt.UTC)  # the night the clocks change
    case = new_case(db, staff.system, received_at=moment)
    assert case.received_at == moment
    assert case.reference.startswith("2026-")


def test_unreachable_database_is_a_typed_error(tmp_path: object) -> None:
    db = Database("postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 2})
    with pytest.raises(DatabaseUnavailable) as caught:
        db.check_connection()
    assert "127.0.0.1" in caught.value.detail or "connect" in caught.value.detail.lower()
    with pytest.raises(DatabaseUnavailable):
        upgrade(db)


def _terminate(url: str, pid: int) -> None:
    admin = Database(url)
    with admin.engine.begin() as conn:
        conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    admin.dispose()


def test_dropped_connection_is_reported_and_the_next_call_recovers(
    postgres_db: Database, postgres_staff: Staff
) -> None:
    staff = postgres_staff

    def query_after_the_server_dropped_us() -> None:
        with postgres_db.write() as session:
            pid = session.execute(text("SELECT pg_backend_pid()")).scalar_one()
            _terminate(postgres_db.url, pid)
            session.execute(text("SELECT 1"))

    with pytest.raises(DatabaseUnavailable):
        query_after_the_server_dropped_us()
    # the pool notices the dead connection (pre-ping) and the next operation works on a new one
    assert len(new_case(postgres_db, staff.system).reference) == 11


@pytest.mark.parametrize("database_kind", ["postgresql"])
def test_postgresql_answers_a_name_search_from_the_trigram_index(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")).scalar() == 1
        listed = text("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
        indexes = set(conn.execute(listed).scalars())
        assert set(TRIGRAM_INDEXES) <= indexes
        conn.execute(text("SET enable_seqscan = off"))  # a table of a test is small: ask which index could answer
        plan = "\n".join(conn.execute(text("EXPLAIN SELECT id FROM people WHERE search_name LIKE '%weiss%'")).scalars())
    assert "ix_people_search_name_trgm" in plan
