"""Hash chains over the append-only logs (Manipulationsnachweis): the audit log and the outgoing-mail book.

Database triggers refuse UPDATE and DELETE on both tables and any insert that reuses an id or brings its own time;
but whoever can drop a trigger can rewrite a row. So every record also carries

- ``seq``, its place in the chain (1, 2, 3, … without gaps, unlike ids, which a rolled-back transaction may skip),
- ``previous_hash``, the ``record_hash`` of the record before it (:data:`GENESIS` for the first), and
- ``record_hash``, a SHA-256 over its content and ``previous_hash``,

and one row of :class:`LogChainHead` per table names the newest record's ``seq`` and hash. A changed record no
longer matches its hash, a deleted one leaves a gap, an inserted one breaks the link of its successor, a record
inserted at the end with a back-dated time runs against the order of time, and deleting the newest records leaves
the head pointing beyond the end. :mod:`models.operations.audit_verification` walks the chains and names the first
broken link.

Records are chained when they are flushed, inside their own transaction, under a lock on the table's head row
(PostgreSQL ``SELECT … FOR UPDATE``; SQLite write transactions are serialised anyway), with the time read from the
database's clock: the chain's order is the order of commits, and no workstation's clock can back-date a record.
Audit records are held back until the transaction commits (see :mod:`models.operations.audit_trail`), so the
head's lock is taken at the very end of a transaction and held only for its commit.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import json
from typing import Any, ClassVar

from sqlalchemy import Integer, String, event, inspect, select, text
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base

GENESIS = "0" * 64


class LogChainHead(Base):
    """The newest record of one chained table."""

    __tablename__ = "log_chain_heads"

    table_name: Mapped[str] = mapped_column(String(40), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)
    record_hash: Mapped[str] = mapped_column(String(64))
    #: Records up to here were chained by migration 0007; their times came from the workstations' clocks.
    legacy_seq: Mapped[int] = mapped_column(Integer, default=0)


class ChainedRecord:
    """Mixin of a chained, append-only table. ``chain_time`` names the column the database's clock fills in."""

    chain_time: ClassVar[str]
    chain_excluded: ClassVar[tuple[str, ...]] = ()  # derived columns the hash leaves out

    seq: Mapped[int] = mapped_column(Integer, unique=True)
    previous_hash: Mapped[str] = mapped_column(String(64))
    record_hash: Mapped[str] = mapped_column(String(64))

    def chained_content(self) -> dict[str, Any]:
        """What the hash covers: every column but the hash itself (and derived search columns)."""
        table = self.__table__  # type: ignore[attr-defined]
        return {
            column.key: getattr(self, column.key)
            for column in table.columns
            if column.key not in {"record_hash", *self.chain_excluded}
        }


def _canonical(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")
    if isinstance(value, enum.Enum):
        return str(value.value)
    return str(value)


def content_hash(content: dict[str, Any]) -> str:
    """SHA-256 over a record's content (``previous_hash`` included) as canonical JSON."""
    data = json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_canonical)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def database_now(session: Session) -> dt.datetime:
    """The database server's clock, now (not the transaction's start), as aware UTC."""
    if session.get_bind().dialect.name == "postgresql":
        value = session.execute(text("SELECT clock_timestamp()")).scalar_one()
    else:
        stamp = session.execute(text("SELECT strftime('%Y-%m-%d %H:%M:%f', 'now')")).scalar_one()
        value = dt.datetime.fromisoformat(stamp)
    assert isinstance(value, dt.datetime)
    return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def _locked_head(session: Session, table: str) -> LogChainHead:
    head = session.scalars(select(LogChainHead).where(LogChainHead.table_name == table).with_for_update()).first()
    if head is None:  # a database made before the first chained record (migration 0007 writes the heads)
        head = LogChainHead(table_name=table, seq=0, record_hash=GENESIS, legacy_seq=0)
        session.add(head)
    return head


def next_id(session: Session, model: type[Any]) -> int:
    """The id after the largest one: assigned here, under the head's lock, so that the hash can cover it."""
    largest = session.scalar(select(model.id).order_by(model.id.desc()).limit(1))
    return (largest or 0) + 1


def chain(session: Session, records: list[ChainedRecord]) -> None:
    """Give new records of one table their id, time, place and hashes (called by the flush hook below)."""
    model = type(records[0])
    table = model.__tablename__  # type: ignore[attr-defined]
    head = _locked_head(session, table)
    identifier = next_id(session, model)
    now = database_now(session)
    for record in records:
        record.id = identifier  # type: ignore[attr-defined]
        identifier += 1
        setattr(record, model.chain_time, now)
        record.seq = head.seq + 1
        record.previous_hash = head.record_hash
        record.record_hash = content_hash(record.chained_content())
        head.seq, head.record_hash = record.seq, record.record_hash


@event.listens_for(Session, "before_flush")
def _chain_new_records(session: Session, _context: Any, _instances: Any) -> None:
    by_table: dict[str, list[ChainedRecord]] = {}
    for instance in sorted(session.new, key=lambda new: inspect(new).insert_order):  # in the order they were added
        if isinstance(instance, ChainedRecord):
            by_table.setdefault(type(instance).__tablename__, []).append(instance)  # type: ignore[attr-defined]
    for table in sorted(by_table):  # one order of the head locks for every transaction
        chain(session, by_table[table])
