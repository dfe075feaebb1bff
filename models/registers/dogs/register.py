"""The dog register (Hunderegister): dogs with their keeper, the numbered pool of tax tags, the SEPA mandates.

- :class:`Dog` — one dog of a keeper in the resident register, from its registration to its deregistration. Its
  LHundG NRW category comes from :func:`models.registers.dogs.breeds.classify_dog`; a dog of §§ 3/10 carries the
  permit (reference and date), a § 11 dog the report. The chip number is unique among the dogs still registered
  (a partial unique index: a dog that left may come back with the same chip). A dog may carry a relief of the
  dog-tax statute (its code, :mod:`models.registers.dogs.tax_statute`) with the evidence shown for it.
- :class:`TaxTag` — the pool of tax tags (Steuermarken), numbered; :class:`TagIssue` — which dog holds which tag
  since when, and when it came back. A tag is issued to at most one dog at a time and a dog holds at most one tag:
  both are partial unique indexes over the issues not returned, so a tag already issued cannot be issued again,
  even by two workstations at the same moment.
- :class:`DogTaxMandate` — the SEPA direct-debit mandate a keeper gave for the dog tax (the creditor is the town,
  :class:`models.town_config.TownProfile`); its reference is unique.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, str_enum


class DogSex(enum.StrEnum):
    MALE = "male"  # Rüde
    FEMALE = "female"  # Hündin


class TagStatus(enum.StrEnum):
    """A tax tag of the pool: free to issue, issued to a dog, or returned (not issued again)."""

    FREE = "free"
    ISSUED = "issued"
    RETURNED = "returned"


_REGISTERED = text("deregistered_on IS NULL")
_NOT_RETURNED = text("returned_on IS NULL")


class DogTaxMandate(Base):
    """SEPA-Lastschriftmandat for the dog tax, as the keeper signed it."""

    __tablename__ = "dog_tax_mandates"

    id: Mapped[int] = mapped_column(primary_key=True)
    keeper_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)
    reference: Mapped[str] = mapped_column(String(35), unique=True)  # Mandatsreferenz
    creditor_id: Mapped[str] = mapped_column(String(35))  # Gläubiger-Identifikationsnummer of the town
    debtor_name: Mapped[str] = mapped_column(String(70))
    debtor_address: Mapped[str] = mapped_column(Text)  # lines separated by "\n"
    iban: Mapped[str] = mapped_column(String(34))
    bic: Mapped[str | None] = mapped_column(String(11))
    kind: Mapped[str] = mapped_column(String(10))  # MandateKind value
    place: Mapped[str] = mapped_column(String(80))
    signed_on: Mapped[dt.date] = mapped_column(Date)


class Dog(Base):
    """A dog in the register (Hund), kept by a resident."""

    __tablename__ = "dogs"
    __table_args__ = (
        Index(
            "uq_dogs_chip_registered",
            "chip",
            unique=True,
            sqlite_where=_REGISTERED,
            postgresql_where=_REGISTERED,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    keeper_id: Mapped[int] = mapped_column(ForeignKey("residents.id"), index=True)  # Halterin / Halter
    registration_case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), unique=True)
    name: Mapped[str] = mapped_column(String(60))  # Rufname
    breed: Mapped[str] = mapped_column(String(120))  # the breed text as given (crosses: the breeds recognisable)
    cross: Mapped[bool] = mapped_column(Boolean)  # Mischling
    sex: Mapped[DogSex] = mapped_column(str_enum(DogSex, 6))
    colour: Mapped[str] = mapped_column(String(60))
    born: Mapped[dt.date] = mapped_column(Date)
    acquired_on: Mapped[dt.date] = mapped_column(Date)  # taken in, or the day the keeper moved in with it
    previous_keeper: Mapped[str | None] = mapped_column(String(200))
    chip: Mapped[str | None] = mapped_column(String(15))  # checked_transponder: 15 digits
    insurer: Mapped[str] = mapped_column(String(120))  # Haftpflichtversicherung
    policy_number: Mapped[str] = mapped_column(String(40))
    category: Mapped[str] = mapped_column(String(12))  # DogCategory value (LHundG NRW)
    permit_reference: Mapped[str | None] = mapped_column(String(40))  # Erlaubnis (§ 4/§ 10) or Anzeige (§ 11)
    permit_date: Mapped[dt.date | None] = mapped_column(Date)
    mandate_id: Mapped[int | None] = mapped_column(ForeignKey("dog_tax_mandates.id"))
    relief: Mapped[str | None] = mapped_column(String(40))  # code of the statute's exemption or reduction claimed
    relief_evidence: Mapped[str | None] = mapped_column(String(200))  # what was shown for it
    deregistered_on: Mapped[dt.date | None] = mapped_column(Date)
    deregistration_reason: Mapped[str | None] = mapped_column(String(20))  # the form's reason code


class TaxTag(Base):
    """A tax tag (Hundesteuermarke) of the town's numbered pool."""

    __tablename__ = "dog_tax_tags"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    status: Mapped[TagStatus] = mapped_column(str_enum(TagStatus, 8), default=TagStatus.FREE, index=True)


class TagIssue(Base):
    """One tag handed to one dog; ``returned_on`` once the dog was deregistered."""

    __tablename__ = "dog_tag_issues"
    __table_args__ = (
        Index(
            "uq_dog_tag_issues_tag_out",
            "tag_number",
            unique=True,
            sqlite_where=_NOT_RETURNED,
            postgresql_where=_NOT_RETURNED,
        ),
        Index(
            "uq_dog_tag_issues_dog_out",
            "dog_id",
            unique=True,
            sqlite_where=_NOT_RETURNED,
            postgresql_where=_NOT_RETURNED,
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    tag_number: Mapped[int] = mapped_column(ForeignKey("dog_tax_tags.number"))
    dog_id: Mapped[int] = mapped_column(ForeignKey("dogs.id"))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    returned_on: Mapped[dt.date | None] = mapped_column(Date)
