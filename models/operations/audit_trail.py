"""Writing the audit log. Called inside the operation's transaction, so the record commits with the change."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from models.audit import AuditRecord
from models.operations.actors import Actor


def record(
    session: Session,
    actor: Actor,
    action: str,
    object_type: str,
    object_id: object,
    **details: Any,
) -> None:
    session.add(
        AuditRecord(
            actor=actor.username,
            action=action,
            object_type=object_type,
            object_id=str(object_id),
            details=details,
        )
    )
