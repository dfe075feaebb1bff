"""A counter form not yet saved (Entwurf am Schalter): what a clerk typed for a walk-in citizen, kept per clerk.

The counter dialog stores it every few seconds while the clerk types, so a crash, a closed window or a lost
connection loses nothing: on the next start the same clerk (on any workstation) is offered to continue it. A
saved case removes it. One draft per clerk; never shown to anyone else.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, utcnow


class CounterDraft(Base):
    __tablename__ = "counter_drafts"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), unique=True)
    saved_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    data: Mapped[dict[str, Any]]
