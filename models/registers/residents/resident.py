"""A resident of the town (Einwohnerin, Einwohner) as the register has them now, with their addresses.

These tables hold the current state; they are changed only by :func:`models.registers.residents.history.apply_change`
together with a new history row (see the package's docstring).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, JsonType, str_enum
from models.registers.residents.streets import Street
from models.search_form import joined_search_form, search_form


class Sex(enum.StrEnum):
    """The sex entry of the register (Geschlecht, §3(1) Nr. 7 BMG) with the values of the DSMeld data set."""

    MALE = "m"  # männlich
    FEMALE = "w"  # weiblich
    DIVERSE = "d"  # divers
    UNSPECIFIED = "x"  # ohne Angabe


class AddressKind(enum.StrEnum):
    MAIN = "main"  # Hauptwohnung
    SECONDARY = "secondary"  # Nebenwohnung


class TransmissionBlock(enum.StrEnum):
    """Objections to transmissions of data (Übermittlungssperren, Widerspruchsrechte of the BMG)."""

    RELIGIOUS_SOCIETY = "religious_society"  # §42(3): to a religious society of a family member
    PARTIES_AND_ELECTIONS = "parties_and_elections"  # §50(1): parties and voters' groups before elections
    JUBILEES = "jubilees"  # §50(2): age and wedding jubilees to the press and office holders
    ADDRESS_BOOKS = "address_books"  # §50(3): publishers of address books
    ARMED_FORCES = "armed_forces"  # §36(2): the Bundeswehr's information material


class Resident(Base):
    """A person in the register. Names are NFC DIN 91379 strings; the ``search_*`` columns hold their search form."""

    __tablename__ = "residents"
    __table_args__ = (Index("ix_residents_born_search_name", "born", "search_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    family_name: Mapped[str] = mapped_column(String(120))  # Familienname
    given_names: Mapped[str] = mapped_column(String(120))  # Vornamen
    birth_name: Mapped[str | None] = mapped_column(String(120))  # Geburtsname
    doctoral_degree: Mapped[str | None] = mapped_column(String(40))  # Doktorgrad
    born: Mapped[dt.date | None] = mapped_column(Date)
    birth_place: Mapped[str | None] = mapped_column(String(120))
    sex: Mapped[Sex] = mapped_column(str_enum(Sex, 1))
    nationalities: Mapped[list[str]] = mapped_column(JsonType)  # ISO 3166-1 alpha-2 codes, "DE" first
    information_block_until: Mapped[dt.date | None] = mapped_column(Date)  # Auskunftssperre §51 BMG
    information_block_reason: Mapped[str | None] = mapped_column(Text)
    conditional_block_reason: Mapped[str | None] = mapped_column(Text)  # bedingter Sperrvermerk §52 BMG (if set)
    transmission_blocks: Mapped[list[str]] = mapped_column(JsonType)  # TransmissionBlock values
    died_on: Mapped[dt.date | None] = mapped_column(Date)
    #: Search form of given names, family name and birth name (every word a name may be found by)
    search_name: Mapped[str] = mapped_column(Text, index=True)
    #: Search form of the family name alone (exact lookups: a register information names the person sought)
    search_family_name: Mapped[str] = mapped_column(String(240), index=True)
    #: How many changes the history holds; the next change is number ``changes + 1`` (unique per resident)
    changes: Mapped[int] = mapped_column(Integer, default=0)

    addresses: Mapped[list[ResidentAddress]] = relationship(
        back_populates="resident", order_by="ResidentAddress.moved_in", cascade="all, delete-orphan"
    )

    def main_address(self) -> ResidentAddress | None:
        """The current main residence (Hauptwohnung), if the person lives in the town."""
        return next((a for a in self.addresses if a.kind is AddressKind.MAIN and a.moved_out is None), None)


def name_search_columns(family_name: str, given_names: str, birth_name: str | None) -> dict[str, Any]:
    """The search columns of a resident's names (also for bulk inserts, which bypass the mapping)."""
    return {
        "search_name": joined_search_form(given_names, family_name, birth_name),
        "search_family_name": search_form(family_name),
    }


class ResidentAddress(Base):
    """An address of a resident, from moving in to moving out (``moved_out`` None: lives there now)."""

    __tablename__ = "resident_addresses"
    __table_args__ = (Index("ix_resident_addresses_street_house", "street_id", "house_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    street_id: Mapped[int] = mapped_column(ForeignKey("streets.id"))
    house_number: Mapped[str] = mapped_column(String(20))
    kind: Mapped[AddressKind] = mapped_column(str_enum(AddressKind, 10))
    moved_in: Mapped[dt.date] = mapped_column(Date)
    moved_out: Mapped[dt.date | None] = mapped_column(Date)

    resident: Mapped[Resident] = relationship(back_populates="addresses")
    street: Mapped[Street] = relationship()


def address_line(street: str, house_number: str, postcode: str, town: str) -> str:
    """``Lindenweg 4a, 59821 Lindenbrück``: an address as one line."""
    return f"{street} {house_number}, {postcode} {town}"
