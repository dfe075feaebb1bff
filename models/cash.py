"""The counter's cash book (Kasse am Schalter): receipts with an unbroken numbering, and each day's closing.

A payment taken at the counter, in cash or by girocard, is one receipt (Quittung) over one or more cases of the
same visit; each case gets its :class:`~models.cases.FeePayment` pointing at the receipt. A cancellation (Storno)
never deletes: it is a receipt of its own, with the negative amounts as counter-bookings and a reason, that points
at the receipt it cancels. Receipt numbers count per calendar year without a gap across all workstations
(``Q-2026-00042``): the number is taken in the transaction that books, so a booking that fails takes none.

Each workstation (cash register) closes its day (Tagesabschluss); a closed day takes no more bookings at that
workstation, so its report can never change afterwards.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, str_enum, utcnow
from models.payment_methods import PaymentMethod

#: Methods a clerk takes at the counter (transfer and the portal's ePayment arrive otherwise).
COUNTER_METHODS = (PaymentMethod.CASH, PaymentMethod.CARD)


class ReceiptKind(enum.StrEnum):
    PAYMENT = "payment"  # Quittung
    CANCELLATION = "cancellation"  # Stornobeleg


class Receipt(Base):
    __tablename__ = "receipts"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)  # "Q-2026-00042"
    kind: Mapped[ReceiptKind] = mapped_column(str_enum(ReceiptKind, 20))
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod, 20))
    total_cents: Mapped[int] = mapped_column(Integer)  # negative on a cancellation
    payer_name: Mapped[str] = mapped_column(String(300))
    workstation: Mapped[str] = mapped_column(String(80), index=True)
    business_day: Mapped[dt.date] = mapped_column(Date, index=True)  # the day in the town (Europe/Berlin)
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    clerk_username: Mapped[str] = mapped_column(String(80))
    clerk_name: Mapped[str] = mapped_column(String(200))
    cancels_id: Mapped[int | None] = mapped_column(ForeignKey("receipts.id"), unique=True)
    reason: Mapped[str | None] = mapped_column(Text)  # why it was cancelled (cancellations only)

    cancels: Mapped[Receipt | None] = relationship(remote_side=[id], foreign_keys=[cancels_id])


class ReceiptCounter(Base):
    """The last receipt number of each year; taken with an upsert inside the booking's transaction."""

    __tablename__ = "receipt_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)


class CashDayClosing(Base):
    """A workstation's closed day, with the totals it was closed with."""

    __tablename__ = "cash_day_closings"
    __table_args__ = (UniqueConstraint("workstation", "business_day", name="uq_cash_day_closings_workstation_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    workstation: Mapped[str] = mapped_column(String(80))
    business_day: Mapped[dt.date] = mapped_column(Date)
    closed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    closed_by: Mapped[str] = mapped_column(String(80))
    receipts: Mapped[int] = mapped_column(Integer)
    cash_cents: Mapped[int] = mapped_column(Integer)
    card_cents: Mapped[int] = mapped_column(Integer)
