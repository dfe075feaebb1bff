"""Bulky-waste pickups (Sperrmüllabfuhr): the scheduled date of each approved pickup."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class BulkyWastePickup(Base):
    __tablename__ = "bulky_waste_pickups"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    district: Mapped[str] = mapped_column(String(60), index=True)
    pickup_date: Mapped[dt.date] = mapped_column(Date, index=True)
