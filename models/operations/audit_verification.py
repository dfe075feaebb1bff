"""Checking the hash chains of the audit log and the mail book (``amtsstube audit verify``, and at login).

Walks each chained table (:mod:`models.log_chain`) in the order of its chain and names the first broken link:

=====================  =====================================================================================
problem                what it means
=====================  =====================================================================================
``changed``            the record's content no longer matches its hash (an UPDATE around the triggers)
``missing``            records before this one are gone (a DELETE), or a record was given another place
``inserted``           the record does not follow the one before it (a record was inserted before it)
``back_dated``         the record is older than its predecessor (inserted at the end with a time of its own)
``newest_deleted``     the chain's head names more records than there are (the newest ones were deleted)
``head_mismatch``      records were appended around the application, or the head was rewritten
``guard_missing``      a trigger or trigger function that protects the table is gone
``guard_changed``      a trigger function says something else than the migration made it say
``guard_disabled``     a trigger is switched off (PostgreSQL ``ALTER TABLE … DISABLE TRIGGER``)
=====================  =====================================================================================

Only references are reported (table, place, id), never a record's content: an admin may check the trail without
reading it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from models.actors import Actor
from models.audit import AuditRecord
from models.db import Database
from models.log_chain import GENESIS, ChainedRecord, LogChainHead, content_hash
from models.mail_book import MailBookEntry
from models.migrations.append_only import guarding_statements
from models.operations.audit_of_reads import record_read
from models.operations.rights import operation
from models.permissions import Action

#: The chained tables, in the order they are checked.
CHAINED: tuple[type[Any], ...] = (AuditRecord, MailBookEntry)

#: How much older than its predecessor a record may be (clocks step back a little now and then).
CLOCK_TOLERANCE = dt.timedelta(seconds=2)

#: Records the quick check at login walks, from the end of each chain.
QUICK_RECORDS = 2000

_BATCH = 2000


@dataclass(frozen=True)
class BrokenLink:
    table: str
    problem: str  # see the module's table
    seq: int | None = None  # the place in the chain where it broke
    record_id: int | None = None
    name: str | None = None  # the trigger or function, for the guard problems


@dataclass(frozen=True)
class ChainReport:
    table: str
    records: int  # how many were checked
    broken: BrokenLink | None


@dataclass(frozen=True)
class AuditVerification:
    chains: tuple[ChainReport, ...]
    quick: bool

    @property
    def intact(self) -> bool:
        return all(chain.broken is None for chain in self.chains)

    @property
    def first_broken(self) -> BrokenLink | None:
        return next((chain.broken for chain in self.chains if chain.broken is not None), None)


@operation
def verify_audit_trail(db: Database, actor: Actor, *, quick: bool = False) -> AuditVerification:
    """Check audit log and mail book: their triggers, every link of their chains (``quick``: the newest
    :data:`QUICK_RECORDS` of each) and their heads. The check itself is recorded."""
    actor.require(Action.VERIFY_AUDIT_TRAIL)
    with db.read() as session:
        reports = tuple(_check_table(session, model, quick=quick) for model in CHAINED)
    verification = AuditVerification(reports, quick)
    _record_check(db, actor, verification)
    return verification


def _record_check(db: Database, actor: Actor, verification: AuditVerification) -> None:
    broken = verification.first_broken
    record_read(
        db,
        actor,
        "audit.verified",
        "audit_log",
        "-",
        quick=verification.quick,
        intact=verification.intact,
        records=sum(chain.records for chain in verification.chains),
        broken=None if broken is None else {"table": broken.table, "problem": broken.problem, "seq": broken.seq},
    )


def _check_table(session: Session, model: type[Any], *, quick: bool) -> ChainReport:
    table: str = model.__tablename__
    guard = _check_guards(session, table)
    if guard is not None:
        return ChainReport(table, 0, guard)
    head = session.get(LogChainHead, table)
    start = max(1, head.seq - QUICK_RECORDS + 1) if quick and head is not None else 1
    checked = 0
    previous: ChainedRecord | None = None
    expected_seq, expected_hash = start, GENESIS
    for record in _records(session, model, start):
        checked += 1
        if previous is None and start > 1:
            expected_hash = record.previous_hash  # the quick check trusts the link into its window
        problem = _link_problem(model, record, previous, expected_seq, expected_hash, head)
        if problem is not None:
            return ChainReport(table, checked, BrokenLink(table, problem, record.seq, record.id))
        previous, expected_seq, expected_hash = record, record.seq + 1, record.record_hash
    last_seq = expected_seq - 1
    if head is None:
        if last_seq > 0:
            return ChainReport(table, checked, BrokenLink(table, "head_mismatch"))
        return ChainReport(table, checked, None)
    if head.seq > last_seq:
        return ChainReport(table, checked, BrokenLink(table, "newest_deleted", last_seq + 1))
    if head.seq < last_seq or (last_seq > 0 and head.record_hash != expected_hash):
        return ChainReport(table, checked, BrokenLink(table, "head_mismatch", head.seq))
    return ChainReport(table, checked, None)


def _records(session: Session, model: type[Any], start: int) -> Iterator[Any]:
    seq = start
    while True:  # batches by place, so that a large log never sits in memory at once
        batch = session.scalars(select(model).where(model.seq >= seq).order_by(model.seq).limit(_BATCH)).all()
        yield from batch
        if len(batch) < _BATCH:
            return
        seq = batch[-1].seq + 1
        session.expunge_all()


def _link_problem(
    model: type[Any],
    record: Any,
    previous: Any,
    expected_seq: int,
    expected_hash: str,
    head: LogChainHead | None,
) -> str | None:
    if record.seq != expected_seq:
        return "missing"
    if record.previous_hash != expected_hash:
        return "inserted"
    if content_hash(record.chained_content()) != record.record_hash:
        return "changed"
    legacy = head.legacy_seq if head is not None else 0
    if previous is not None and record.seq > legacy:
        time, before = getattr(record, model.chain_time), getattr(previous, model.chain_time)
        if time < before - CLOCK_TOLERANCE:
            return "back_dated"
    return None


# -- the guards -----------------------------------------------------------------------------------------------

_NAME = re.compile(r"CREATE (?:TRIGGER|FUNCTION) (\w+)")
_BODY = re.compile(r"\$\$(.*)\$\$", re.DOTALL)


def _normal(sql: str) -> str:
    return " ".join(sql.split())


def _check_guards(session: Session, table: str) -> BrokenLink | None:
    dialect = session.get_bind().dialect.name
    expected = guarding_statements(table, dialect)
    if dialect == "postgresql":
        return _check_postgresql_guards(session, table, expected)
    present: dict[str, str] = dict(
        session.execute(
            text("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :table"), {"table": table}
        ).all()
    )
    for statement in expected:
        name = _NAME.search(statement)
        assert name is not None
        found = present.get(name.group(1))
        if found is None:
            return BrokenLink(table, "guard_missing", name=name.group(1))
        if _normal(found) != _normal(statement):
            return BrokenLink(table, "guard_changed", name=name.group(1))
    return None


def _check_postgresql_guards(session: Session, table: str, expected: list[str]) -> BrokenLink | None:
    triggers: dict[str, str] = dict(
        session.execute(
            text("SELECT tgname, tgenabled FROM pg_trigger WHERE tgrelid = to_regclass(:table) AND NOT tgisinternal"),
            {"table": table},
        ).all()
    )
    for statement in expected:
        match = _NAME.search(statement)
        assert match is not None
        name = match.group(1)
        if statement.startswith("CREATE FUNCTION"):
            source = session.scalar(text("SELECT prosrc FROM pg_proc WHERE proname = :name"), {"name": name})
            body = _BODY.search(statement)
            assert body is not None
            if source is None:
                return BrokenLink(table, "guard_missing", name=name)
            if _normal(source) != _normal(body.group(1)):
                return BrokenLink(table, "guard_changed", name=name)
        elif name not in triggers:
            return BrokenLink(table, "guard_missing", name=name)
        elif triggers[name] not in ("O", "A"):
            return BrokenLink(table, "guard_disabled", name=name)
    return None
