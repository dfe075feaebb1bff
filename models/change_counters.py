"""Change counters: raised by database triggers (migration 0022) on every insert or update of a case, so that a
workstation on SQLite learns of another's changes by reading one number every few seconds. On PostgreSQL the same
triggers also send a notification (``NOTIFY amtsstube_cases``) with the case's id, version, status and assignee."""

from __future__ import annotations

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base

#: The PostgreSQL notification channel of case changes (payload: JSON ``{"id", "version", "status", "assignee",
#: "op"}``; ``op`` is ``INSERT`` or ``UPDATE``).
CASES_CHANNEL = "amtsstube_cases"
#: The counter's row of the case table.
CASES = "cases"


class ChangeCounter(Base):
    __tablename__ = "change_counters"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
