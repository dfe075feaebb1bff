"""The waste-bin register (Abfallbehälterverzeichnis): the town's properties and the bins each one has, with history.

- :class:`WasteProperty` — one property (Grundstück) at an address of the street directory: a known street and a
  house number (unique together, spaces and case aside), its owner (Eigentümerin / Eigentümer, the fee debtor)
  and, where one is appointed, its property manager (Hausverwaltung). Only they may order, exchange or cancel bins.
- :class:`WasteBin` — ``count`` bins of one waste type and size emptied at one interval, in force from
  ``valid_from`` to ``valid_to`` (both included; None: until further notice). A change order never edits a line: it
  ends the lines it changes on the day before its effective date and adds the new ones from that date, so the
  register answers "which bins did the property have on day D" for every day. A line ended before it began
  (``valid_to`` < ``valid_from``) was superseded by a later order with the same effective date before it took
  effect. ``change_case_id`` names the case whose approval added the line (None: taken over from the old register).
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Connection, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint, event
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from models.base import Base, str_enum
from models.registers.waste_bins.statute import BinType, Interval
from models.search_form import joined_search_form

#: The names a property is found by: its owner's and its manager's.
SEARCHED_NAMES = ("owner_name", "manager_name")


def _search_name_on_insert(context: DefaultExecutionContext) -> str:
    """Column default: also fills the search name of rows inserted without the ORM (the demo's bulk insert)."""
    parameters = context.get_current_parameters()
    return joined_search_form(*(parameters.get(field) for field in SEARCHED_NAMES))


class WasteProperty(Base):
    """A property with waste bins (Grundstück), at an address of the street directory."""

    __tablename__ = "waste_properties"
    __table_args__ = (UniqueConstraint("street_id", "house_key", name="uq_waste_properties_address"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    street_id: Mapped[int] = mapped_column(ForeignKey("streets.id"))
    house_number: Mapped[str] = mapped_column(String(20))  # as written ("4a"); compared by house_key
    house_key: Mapped[str] = mapped_column(String(20))  # without spaces, case-folded: "4 A" and "4a" are one house
    parcel: Mapped[str | None] = mapped_column(String(40))  # Flur und Flurstück, where known
    owner_name: Mapped[str] = mapped_column(String(200))  # Eigentümerin / Eigentümer (Gebührenschuldner)
    owner_address: Mapped[str | None] = mapped_column(String(300))  # one line, where the owner lives elsewhere
    manager_name: Mapped[str | None] = mapped_column(String(200))  # Hausverwaltung, if appointed
    registered_on: Mapped[dt.date] = mapped_column(Date)
    registration_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"))  # None: from the old register
    # DIN 91379 search form of owner and manager, kept current on every insert and ORM update
    search_name: Mapped[str] = mapped_column(Text, default=_search_name_on_insert, server_default="")


class WasteBin(Base):
    """``count`` bins of one type, size and interval at a property, from ``valid_from`` to ``valid_to``."""

    __tablename__ = "waste_bins"
    __table_args__ = (Index("ix_waste_bins_property_valid", "property_id", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    property_id: Mapped[int] = mapped_column(ForeignKey("waste_properties.id"))
    bin_type: Mapped[BinType] = mapped_column(str_enum(BinType, 8))
    size_litres: Mapped[int] = mapped_column(Integer)
    count: Mapped[int] = mapped_column(Integer)
    interval: Mapped[Interval] = mapped_column(str_enum(Interval, 10))
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    change_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)


@event.listens_for(WasteProperty, "before_update")
def _keep_search_name_current(mapper: Mapper[WasteProperty], connection: Connection, prop: WasteProperty) -> None:
    prop.search_name = joined_search_form(*(getattr(prop, field) for field in SEARCHED_NAMES))
