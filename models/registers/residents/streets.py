"""The streets of the town (Straßenverzeichnis): an address in the register names a known street."""

from __future__ import annotations

from sqlalchemy import String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Street(Base):
    """One street of the town with its postcode and district (Ortsteil); a long street may have two postcodes."""

    __tablename__ = "streets"
    __table_args__ = (UniqueConstraint("name", "postcode", name="uq_streets_name_postcode"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    postcode: Mapped[str] = mapped_column(String(5))
    town: Mapped[str] = mapped_column(String(80))
    district: Mapped[str] = mapped_column(String(80))
