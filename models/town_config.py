"""Town-wide configuration shared by all workstations, stored in the database (Stammdaten der Kommune).

Each section is a frozen dataclass with defaults; the table holds only what an admin changed. A proposed change
of the town's bank account waits in an entry of its own (:class:`PendingBankChange`) until a second person
confirms it; letters print the account of :class:`TownProfile`, the confirmed one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import String
from sqlalchemy.orm import Mapped, Session, mapped_column

from models.base import Base, utcnow


@dataclass(frozen=True)
class TownProfile:
    """The town's data printed on every letter."""

    name: str = "Stadt Lindenbrück"
    department: str = "Bürgerbüro"
    street: str = "Rathausplatz 1"
    postcode: str = "59999"
    city: str = "Lindenbrück"
    phone: str = "02999 123-0"
    email: str = "buergerbuero@lindenbrueck.de"
    website: str = "www.lindenbrueck.de"
    office_hours: tuple[str, ...] = ("Mo–Fr 8:00–12:30 Uhr", "Do 14:00–18:00 Uhr")
    bank_name: str = "Sparkasse Lindenbrück"
    iban: str = "DE02370502990000684712"
    bic: str = "COKSDE33XXX"
    creditor_id: str = "DE98ZZZ09999999999"
    logo_path: str | None = None
    letter_form: str = "B"  # DIN 5008 Form A (letterhead 27 mm) or B (45 mm, the usual one)
    #: The administrative court for the legal-remedy notice (Rechtsbehelfsbelehrung) of decisions.
    court_name: str = "Verwaltungsgericht Arnsberg"
    court_address: str = "Jägerstraße 1, 59821 Arnsberg"
    reply_days: int = 14  # deadline for documents the citizen is asked for (Nachreichfrist), calendar days
    payment_days: int = 14  # fee notices fall due this many calendar days after the notice
    #: Minutes without keyboard or mouse after which a workstation locks and asks for the password again.
    lock_after_minutes: int = 15


def town_address(town: TownProfile, path: str) -> str:
    """An address on the town's website: ``https://www.lindenbrueck.de/urkunde`` for ``path`` "urkunde"."""
    site = town.website.strip().removeprefix("https://").removeprefix("http://").rstrip("/")
    return f"https://{site}/{path}"


@dataclass(frozen=True)
class PickupSettings:
    """Bulky-waste and e-waste pickup planning: how far ahead the first date lies, and what one pickup may hold.

    The pickup days and daily capacity are the districts' own (:class:`models.pickups.PickupDistrict`).
    """

    lead_working_days: int = 5
    max_volume_m3: float = 5.0  # all items of one pickup together
    max_item_weight_kg: float = 50.0  # one piece of bulky waste, as two of the crew carry it
    max_device_weight_kg: float = 80.0  # one electrical device (a washing machine is carried with a dolly)


class TownConfigEntry(Base):
    __tablename__ = "town_config"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[dict[str, Any]]
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    updated_by: Mapped[str] = mapped_column(String(80))


_SECTIONS: dict[type[Any], str] = {TownProfile: "town", PickupSettings: "pickups"}
_T = TypeVar("_T", TownProfile, PickupSettings)


def load_section(session: Session, section: type[_T]) -> _T:
    entry = session.get(TownConfigEntry, _SECTIONS[section])
    if entry is None:
        return section()
    names = {f.name for f in dataclasses.fields(section)}
    values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in entry.value.items() if k in names}
    return section(**values)


def store_section(session: Session, value: TownProfile | PickupSettings, updated_by: str) -> None:
    _store(session, _SECTIONS[type(value)], dataclasses.asdict(value), updated_by)


def _store(session: Session, key: str, data: dict[str, Any], updated_by: str) -> None:
    entry = session.get(TownConfigEntry, key)
    if entry is None:
        session.add(TownConfigEntry(key=key, value=data, updated_by=updated_by))
    else:
        entry.value = data
        entry.updated_by = updated_by


# -- the bank account: changed only with a second person's confirmation (Vier-Augen-Prinzip) ------------------------

#: The fields of :class:`TownProfile` that make up the account on every fee notice and its GiroCode.
BANK_ACCOUNT_FIELDS = ("bank_name", "iban", "bic")
_PENDING_BANK_CHANGE = "bank_change"


@dataclass(frozen=True)
class BankAccount:
    bank_name: str
    iban: str  # compact, e.g. DE02370502990000684712
    bic: str

    @classmethod
    def of(cls, profile: TownProfile) -> BankAccount:
        return cls(bank_name=profile.bank_name, iban=profile.iban, bic=profile.bic)


@dataclass(frozen=True)
class PendingBankChange:
    """A change of the town's bank account proposed by one person, in force only when another confirms it."""

    old: BankAccount
    new: BankAccount
    proposed_by: str  # user name (or ``system:<purpose>:<os user>``)
    proposed_by_name: str
    proposed_at: dt.datetime

    @property
    def changed_fields(self) -> tuple[str, ...]:
        return tuple(name for name in BANK_ACCOUNT_FIELDS if getattr(self.old, name) != getattr(self.new, name))


def load_pending_bank_change(session: Session) -> PendingBankChange | None:
    entry = session.get(TownConfigEntry, _PENDING_BANK_CHANGE)
    if entry is None:
        return None
    data = entry.value
    return PendingBankChange(
        old=BankAccount(**data["old"]),
        new=BankAccount(**data["new"]),
        proposed_by=data["proposed_by"],
        proposed_by_name=data["proposed_by_name"],
        proposed_at=dt.datetime.fromisoformat(data["proposed_at"]),
    )


def store_pending_bank_change(session: Session, change: PendingBankChange) -> None:
    data = dataclasses.asdict(change)
    data["proposed_at"] = change.proposed_at.isoformat()
    _store(session, _PENDING_BANK_CHANGE, data, change.proposed_by)


def drop_pending_bank_change(session: Session) -> None:
    entry = session.get(TownConfigEntry, _PENDING_BANK_CHANGE)
    if entry is not None:
        session.delete(entry)
