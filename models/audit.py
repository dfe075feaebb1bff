"""The append-only audit log (Protokoll).

Rows are only ever inserted. Database triggers created by the migrations reject UPDATE and DELETE on both
SQLite and PostgreSQL, and an insert that reuses an id or brings its own time; each record is chained to its
predecessor by a hash (:mod:`models.log_chain`), so that even a change made around the triggers is detected by
``amtsstube audit verify``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

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
