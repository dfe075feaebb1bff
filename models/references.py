"""Case reference numbers (Aktenzeichen) such as ``2026-000123``: one gap-free counter per year."""

from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from models.cases import ReferenceCounter

#: Every character a reference is made of: a word of a search with any other cannot be part of one.
REFERENCE_CHARACTERS = frozenset("0123456789-")


def next_reference(session: Session, year: int) -> str:
    """Atomically take the next number of ``year`` (an upsert, safe against concurrent transactions)."""
    return next_references(session, year, 1)[0]


def next_references(session: Session, year: int, count: int) -> list[str]:
    """Atomically take the next ``count`` numbers of ``year`` in one statement (intake books several cases)."""
    dialect = session.get_bind().dialect.name
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    stmt = insert(ReferenceCounter).values(year=year, last_number=count)
    stmt = stmt.on_conflict_do_update(
        index_elements=[ReferenceCounter.year],
        set_={"last_number": ReferenceCounter.last_number + count},
    )
    last = session.execute(stmt.returning(ReferenceCounter.last_number)).scalar_one()
    return [f"{year}-{number:06d}" for number in range(last - count + 1, last + 1)]
