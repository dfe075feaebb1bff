"""The append-only audit log (Protokoll).

Rows are only ever inserted. Database triggers created by the migrations reject UPDATE and DELETE on both
SQLite and PostgreSQL, so not even a bug or a hand-written SQL statement can rewrite history.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class AuditRecord(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(80))  # user name, or "system:<os user>" for headless work
    action: Mapped[str] = mapped_column(String(60))  # e.g. "case.transition", "case.viewed"
    object_type: Mapped[str] = mapped_column(String(40))
    object_id: Mapped[str] = mapped_column(String(80))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
