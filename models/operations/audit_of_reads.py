"""Audit records of reads: a view or search that ran in a read transaction is recorded in a write of its own."""

from __future__ import annotations

from typing import Any

from models.actors import Actor
from models.db import Database
from models.operations.audit_trail import record
from models.operations.rights import operation


@operation
def record_read(db: Database, actor: Actor, action: str, object_type: str, object_id: object, **details: Any) -> None:
    """Record a read the calling operation has made (print queue, rejected submissions, a name search). An
    operation itself, so that a session whose rights were revoked meanwhile leaves no record in its name either."""
    kept = {name: _printable(value) if isinstance(value, str) else value for name, value in details.items()}
    with db.write() as session:
        record(session, actor, action, object_type, object_id, **kept)


def _printable(text: str) -> str:
    """A search term as typed, without control characters (PostgreSQL's JSON refuses a NUL; the log is read)."""
    return "".join(char if char.isprintable() else " " for char in text).strip()
