"""Bulky-waste and e-waste pickups (Sperrmüll- und Elektroschrottabfuhr): the districts' pickup days and capacity,
and the scheduled date of each approved pickup."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Date, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class PickupDistrict(Base):
    """A collection district (Abfuhrbezirk) with its pickup weekdays and what a day of it can take.

    The district of an address is the ``district`` of its street in the street directory; the town changes days
    and capacities as data (``weekdays`` holds ISO weekday numbers, ``"2,4"`` for Tuesday and Thursday).
    """

    __tablename__ = "pickup_districts"

    name: Mapped[str] = mapped_column(String(80), primary_key=True)
    weekdays: Mapped[str] = mapped_column(String(20))
    daily_capacity: Mapped[int]  # pickups per day
    daily_volume_litres: Mapped[int | None]  # total volume per day (1 m³ = 1000 l), if the crew's truck limits it

    @property
    def iso_weekdays(self) -> frozenset[int]:
        return frozenset(int(part) for part in self.weekdays.split(",") if part.strip().isdigit())


class BulkyWastePickup(Base):
    __tablename__ = "bulky_waste_pickups"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), unique=True)
    district: Mapped[str] = mapped_column(String(60), index=True)
    pickup_date: Mapped[dt.date] = mapped_column(Date, index=True)
    volume_litres: Mapped[int] = mapped_column(default=0, server_default="0")


# -- the crew's route list (plain rows: printing/ renders them) ---------------------------------------------------


@dataclass(frozen=True)
class RouteItem:
    description: str
    quantity: int
    volume_litres: int
    e_waste: bool


@dataclass(frozen=True)
class RouteStop:
    case_reference: str
    address: str  # street and house number (the district is the list's)
    note: str  # where the items stand, as the citizen described it
    items: tuple[RouteItem, ...]
    volume_litres: int


@dataclass(frozen=True)
class RouteList:
    """The crew's list of one district and day (Tourenliste), stops in the order of their streets."""

    district: str
    day: dt.date
    stops: tuple[RouteStop, ...]

    @property
    def volume_litres(self) -> int:
        return sum(stop.volume_litres for stop in self.stops)

    @property
    def pieces(self) -> int:
        return sum(item.quantity for stop in self.stops for item in stop.items)
