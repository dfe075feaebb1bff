"""The audit trail holds: the database refuses rewrites, and ``verify_audit_trail`` finds what got around it.

Each attack is made the way an inside attacker with the database's password would: raw SQL, with the protecting
trigger dropped where the database refuses it, and put back afterwards to cover the tracks.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from models.audit import AuditRecord
from models.db import Database
from models.errors import PermissionDenied
from models.log_chain import LogChainHead, content_hash
from models.migrations.append_only import append_only_statements, chain_guard_statements
from models.operations.audit_verification import AuditVerification, verify_audit_trail
from models.operations.case_detail import case_detail
from tests.conftest import Staff
from tests.support.factories import new_case


def _some_records(db: Database, staff: Staff, views: int = 4) -> None:
    case = new_case(db, staff.system)
    for _ in range(views):
        case_detail(db, staff.supervisor, case.id)  # each view is a record


def _raw(db: Database, *statements: str) -> None:
    with db.engine.begin() as connection:
        for statement in statements:
            connection.exec_driver_sql(statement)


def _lift(db: Database) -> list[str]:
    """Drop the append-only triggers of the audit log; returns the statements that put them back."""
    if db.is_postgresql:
        _raw(db, "DROP TRIGGER audit_log_no_change ON audit_log", "DROP TRIGGER audit_log_no_truncate ON audit_log")
        return append_only_statements("audit_log", "postgresql")[1:]  # the function stayed
    _raw(db, "DROP TRIGGER audit_log_no_update", "DROP TRIGGER audit_log_no_delete")
    return append_only_statements("audit_log", "sqlite")


def _records(db: Database) -> list[AuditRecord]:
    with db.read() as session:
        return list(session.scalars(select(AuditRecord).order_by(AuditRecord.seq)))


def _broken(verification: AuditVerification) -> tuple[str, str, int | None]:
    broken = verification.first_broken
    assert broken is not None, "the check found nothing"
    return broken.table, broken.problem, broken.seq


def test_records_are_chained_in_order_with_the_databases_time(db: Database, staff: Staff) -> None:
    before = dt.datetime.now(dt.UTC)
    _some_records(db, staff)
    records = _records(db)
    assert [r.seq for r in records] == list(range(1, len(records) + 1))
    assert all(later.previous_hash == earlier.record_hash for earlier, later in itertools.pairwise(records))
    assert all(content_hash(r.chained_content()) == r.record_hash for r in records)
    assert records[-1].at >= before - dt.timedelta(seconds=2)
    with db.read() as session:
        head = session.get(LogChainHead, "audit_log")
    assert head is not None
    assert (head.seq, head.record_hash) == (records[-1].seq, records[-1].record_hash)
    verification = verify_audit_trail(db, staff.admin)
    assert verification.intact, verification.first_broken
    assert verification.chains[0].records == len(records)


def test_an_insert_with_a_time_of_its_own_is_refused(db: Database, staff: Staff) -> None:
    _some_records(db, staff, views=1)
    last = _records(db)[-1]
    statement = (
        "INSERT INTO audit_log (id, seq, at, actor, action, object_type, object_id, details, previous_hash, "
        f"record_hash) VALUES ({last.id + 1}, {last.seq + 1}, '2020-01-01 10:00:00', 'eva', 'case.viewed', 'case', "
        f"'1', '{{}}', '{last.record_hash}', '{'0' * 64}')"
    )
    with pytest.raises(DBAPIError, match="the time of a record comes from the database"):
        _raw(db, statement)
    assert _records(db)[-1].id == last.id


@pytest.mark.parametrize("database_kind", ["sqlite"])
def test_sqlite_replace_and_upsert_of_a_record_are_refused(db: Database, staff: Staff) -> None:
    _some_records(db, staff, views=2)
    first = _records(db)[0]
    columns = "id, seq, at, actor, action, object_type, object_id, details, previous_hash, record_hash"
    values = f"{first.id}, {first.seq}, strftime('%Y-%m-%d %H:%M:%f', 'now'), 'mallory', 'nothing', 'case', '1', '{{}}'"
    with pytest.raises(DBAPIError, match="an id is never used twice"):
        _raw(db, f"INSERT OR REPLACE INTO audit_log ({columns}) VALUES ({values}, '{'0' * 64}', '{'0' * 64}')")
    with pytest.raises(DBAPIError, match="append-only"):
        _raw(
            db,
            f"INSERT INTO audit_log ({columns}) VALUES ({values}, '{'0' * 64}', '{'0' * 64}') "
            "ON CONFLICT (id) DO UPDATE SET actor = 'mallory'",
        )
    assert _records(db)[0].actor == first.actor
    assert verify_audit_trail(db, staff.admin).intact


@pytest.mark.parametrize("database_kind", ["sqlite"])
def test_a_replace_with_its_trigger_dropped_is_found(db: Database, staff: Staff) -> None:
    _some_records(db, staff, views=3)
    target = _records(db)[1]
    _raw(db, "DROP TRIGGER audit_log_no_reuse")
    _raw(
        db,
        "INSERT OR REPLACE INTO audit_log (id, seq, at, actor, action, object_type, object_id, details, "
        f"previous_hash, record_hash) VALUES ({target.id}, {target.seq}, strftime('%Y-%m-%d %H:%M:%f', 'now'), "
        f"'mallory', '{target.action}', '{target.object_type}', '{target.object_id}', '{{}}', "
        f"'{target.previous_hash}', '{target.record_hash}')",
        chain_guard_statements("audit_log", "at", "sqlite")[0],  # the trigger back, the tracks covered
    )
    assert _records(db)[1].actor == "mallory"
    assert _broken(verify_audit_trail(db, staff.admin)) == ("audit_log", "changed", target.seq)


@pytest.mark.parametrize("database_kind", ["postgresql"])
def test_postgresql_upsert_and_truncate_are_refused(db: Database, staff: Staff) -> None:
    _some_records(db, staff, views=2)
    first = _records(db)[0]
    with pytest.raises(DBAPIError, match="append-only"):
        _raw(
            db,
            "INSERT INTO audit_log (id, seq, at, actor, action, object_type, object_id, details, previous_hash, "
            f"record_hash) VALUES ({first.id}, {first.seq}, clock_timestamp(), 'mallory', 'x', 'case', '1', '{{}}', "
            f"'{'0' * 64}', '{'0' * 64}') ON CONFLICT (id) DO UPDATE SET actor = 'mallory'",
        )
    with pytest.raises(DBAPIError, match="append-only"):
        _raw(db, "TRUNCATE audit_log")
    assert _records(db)[0].actor == first.actor


def test_an_update_with_the_trigger_dropped_is_found(db: Database, staff: Staff) -> None:
    _some_records(db, staff)
    target = _records(db)[2]
    restore = _lift(db)
    _raw(db, f"UPDATE audit_log SET actor = 'mallory' WHERE id = {target.id}")
    while_dropped = verify_audit_trail(db, staff.admin)
    assert _broken(while_dropped)[:2] == ("audit_log", "guard_missing")
    _raw(db, *restore)  # the tracks covered: the triggers are back
    assert _broken(verify_audit_trail(db, staff.admin)) == ("audit_log", "changed", target.seq)


def test_a_deleted_record_is_found(db: Database, staff: Staff) -> None:
    _some_records(db, staff)
    target = _records(db)[1]
    restore = _lift(db)
    _raw(db, f"DELETE FROM audit_log WHERE id = {target.id}", *restore)
    assert _broken(verify_audit_trail(db, staff.admin)) == ("audit_log", "missing", target.seq + 1)


def test_deleting_the_newest_records_is_found(db: Database, staff: Staff) -> None:
    _some_records(db, staff)
    records = _records(db)
    restore = _lift(db)
    _raw(db, f"DELETE FROM audit_log WHERE seq >= {records[-2].seq}", *restore)
    assert _broken(verify_audit_trail(db, staff.admin)) == ("audit_log", "newest_deleted", records[-2].seq)


def _forge_at_the_end(db: Database, at: dt.datetime, *, previous_of: AuditRecord | None = None) -> AuditRecord:
    """A record appended around the application: guards dropped, hash computed right, head moved, guards back."""
    records = _records(db)
    last = records[-1]
    forged = AuditRecord(
        id=last.id + 1,
        seq=last.seq + 1,
        at=at,
        actor="mallory",
        action="case.viewed",
        object_type="case",
        object_id="1",
        details={},
        previous_hash=(previous_of or last).record_hash,
    )
    forged.record_hash = content_hash(forged.chained_content())
    dialect = db.engine.dialect.name
    if db.is_postgresql:
        _raw(db, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_database_time")
    else:
        _raw(db, "DROP TRIGGER audit_log_database_time")
    with db.engine.begin() as connection:
        connection.execute(
            AuditRecord.__table__.insert().values(**forged.chained_content(), record_hash=forged.record_hash)
        )
        connection.execute(
            LogChainHead.__table__.update()
            .where(LogChainHead.table_name == "audit_log")
            .values(seq=forged.seq, record_hash=forged.record_hash)
        )
    if db.is_postgresql:
        _raw(db, "ALTER TABLE audit_log ENABLE TRIGGER audit_log_database_time")
    else:
        _raw(db, chain_guard_statements("audit_log", "at", dialect)[1])
    return forged


def test_a_back_dated_record_at_the_end_is_found(db: Database, staff: Staff) -> None:
    _some_records(db, staff)
    forged = _forge_at_the_end(db, dt.datetime(2026, 1, 5, 9, 30, tzinfo=dt.UTC))
    assert _broken(verify_audit_trail(db, staff.admin)) == ("audit_log", "back_dated", forged.seq)


def test_a_record_slipped_in_behind_an_older_one_is_found(db: Database, staff: Staff) -> None:
    _some_records(db, staff)
    middle = _records(db)[1]
    forged = _forge_at_the_end(db, dt.datetime.now(dt.UTC), previous_of=middle)
    assert _broken(verify_audit_trail(db, staff.admin)) == ("audit_log", "inserted", forged.seq)


@pytest.mark.parametrize("database_kind", ["postgresql"])
def test_a_disabled_trigger_is_found_on_postgresql(db: Database, staff: Staff) -> None:
    _some_records(db, staff, views=1)
    _raw(db, "ALTER TABLE mail_book DISABLE TRIGGER mail_book_no_change")
    broken = verify_audit_trail(db, staff.admin).first_broken
    assert broken is not None
    assert (broken.table, broken.problem, broken.name) == ("mail_book", "guard_disabled", "mail_book_no_change")


def test_the_quick_check_walks_the_newest_records_only(db: Database, staff: Staff) -> None:
    _some_records(db, staff)
    quick = verify_audit_trail(db, staff.data_protection, quick=True)
    assert quick.intact
    assert quick.quick
    with pytest.raises(PermissionDenied):
        verify_audit_trail(db, staff.clerk)
    with db.read() as session:
        checks = session.scalars(select(AuditRecord).where(AuditRecord.action == "audit.verified")).all()
    assert [c.actor for c in checks] == ["frank"]
    refused = _records(db)[-1]
    assert (refused.action, refused.actor, refused.details["operation"], refused.details["refused_action"]) == (
        "access.refused",
        "anna",
        "verify_audit_trail",
        "verify_audit_trail",
    )
