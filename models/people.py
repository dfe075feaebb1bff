"""Natural persons with their name parts and postal address (Personen)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, Date, String, Text, event
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from models.base import Base
from models.search_form import joined_search_form

#: The name parts that the work queue's search looks in, in the order of the search name.
SEARCHED_NAME_FIELDS = ("given_names", "name_prefix", "family_name", "birth_name")


def _search_name_on_insert(context: DefaultExecutionContext) -> str:
    """Column default: also fills the search name of rows inserted without the ORM (bulk inserts)."""
    parameters = context.get_current_parameters()
    return joined_search_form(*(parameters.get(field) for field in SEARCHED_NAME_FIELDS))


class Person(Base):
    """A citizen as applicant or register subject. Names are NFC-normalised DIN 91379 strings."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(String(40))  # academic degree, e.g. "Dr."
    given_names: Mapped[str] = mapped_column(String(120))
    name_prefix: Mapped[str | None] = mapped_column(String(40))  # e.g. "von", "de"
    family_name: Mapped[str] = mapped_column(String(120), index=True)  # the queue sorts by it
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
    # DIN 91379 search form of the searched name parts, kept current on every insert and ORM update; indexed so that
    # a search reads the narrow index instead of the table (SQLite), see models/operations/people_search.py
    search_name: Mapped[str] = mapped_column(Text, default=_search_name_on_insert, server_default="", index=True)

    @property
    def full_name(self) -> str:
        parts = [self.title, self.given_names, self.name_prefix, self.family_name]
        return " ".join(p for p in parts if p)


@event.listens_for(Person, "before_update")
def _keep_search_name_current(mapper: Mapper[Person], connection: Connection, person: Person) -> None:
    person.search_name = joined_search_form(*(getattr(person, field) for field in SEARCHED_NAME_FIELDS))
