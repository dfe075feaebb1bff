"""Writing the audit log. Called inside the operation's transaction, so the record commits with the change.

The records of a transaction are held back until it commits and then chained in one go (:mod:`models.log_chain`):
the lock on the chain's head is taken last and held only for the commit.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from models.actors import Actor
from models.audit import AuditRecord


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
