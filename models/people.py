"""Natural persons with their name parts and postal address (Personen)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class Person(Base):
    """A citizen as applicant or register subject. Names are NFC-normalised DIN 91379 strings."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(String(40))  # academic degree, e.g. "Dr."
    given_names: Mapped[str] = mapped_column(String(120))
    name_prefix: Mapped[str | None] = mapped_column(String(40))  # e.g. "von", "de"
    family_name: Mapped[str] = mapped_column(String(120))
    birth_name: Mapped[str | None] = mapped_column(String(120))
    date_of_birth: Mapped[dt.date | None] = mapped_column(Date)
    street: Mapped[str | None] = mapped_column(String(120))
    house_number: Mapped[str | None] = mapped_column(String(20))
    address_addition: Mapped[str | None] = mapped_column(String(120))  # c/o, Hinterhaus, …
    postcode: Mapped[str | None] = mapped_column(String(12))
    city: Mapped[str | None] = mapped_column(String(80))
    country: Mapped[str] = mapped_column(String(2), default="DE")  # ISO 3166-1 alpha-2
    email: Mapped[str | None] = mapped_column(String(200))
    phone: Mapped[str | None] = mapped_column(String(40))

    @property
    def full_name(self) -> str:
        parts = [self.title, self.given_names, self.name_prefix, self.family_name]
        return " ".join(p for p in parts if p)
