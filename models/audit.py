"""The append-only audit log (Protokoll).

Rows are only ever inserted. Database triggers created by the migrations reject UPDATE and DELETE on both
SQLite and PostgreSQL, and an insert that reuses an id or brings its own time; each record is chained to its
predecessor by a hash (:mod:`models.log_chain`), so that even a change made around the triggers is detected by
``amtsstube audit verify``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import String, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.actors import Actor
from models.base import Base, utcnow
from models.log_chain import ChainedRecord


class AuditRecord(ChainedRecord, Base):
    __tablename__ = "audit_log"
    chain_time = "at"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)  # the database's clock (set when chained)
    actor: Mapped[str] = mapped_column(String(80))  # user name, or "system:<os user>" for headless work
    action: Mapped[str] = mapped_column(String(60))  # e.g. "case.transition", "case.viewed"
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(80))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)


# -- writing: called inside the transaction of a change, so the record commits with it -----------------------------


def record(
    session: Session,
    actor: Actor,
    action: str,
    object_type: str,
    object_id: object,
    **details: Any,
) -> None:
    pending: list[AuditRecord] = session.info.setdefault(_PENDING, [])
    pending.append(
        AuditRecord(
            actor=actor.username,
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            details=details,
        )
    )


_PENDING = "amtsstube_pending_audit_records"


@event.listens_for(Session, "before_commit")
def _write_pending(session: Session) -> None:
    pending: list[AuditRecord] = session.info.pop(_PENDING, [])
    if pending:
        session.add_all(pending)
        session.flush()


@event.listens_for(Session, "after_rollback")
def _drop_pending(session: Session) -> None:
    session.info.pop(_PENDING, None)
