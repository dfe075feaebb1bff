"""Absences of staff (Abwesenheiten): a clerk marked absent from one day to another is skipped by "claim next", by
new assignments and by "keep one clerk"; the supervisor's dashboard flags them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class Absence(Base):
    __tablename__ = "absences"
    __table_args__ = (CheckConstraint("starts_on <= ends_on", name="absence_days_in_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)  # the last day of absence, inclusive
    note: Mapped[str | None] = mapped_column(String(200))
    recorded_by: Mapped[str] = mapped_column(String(80))
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
