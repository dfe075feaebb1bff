"""Cases (Vorgänge): one application of a citizen for a public service, with its history."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base, str_enum, utcnow
from models.case_status import CaseStatus
from models.cash import Receipt
from models.catalogue import PublicService
from models.payment_methods import PaymentMethod
from models.people import Person
from models.users import User


class Channel(enum.StrEnum):
    ONLINE = "online"  # arrived through FIT-Connect
    COUNTER = "counter"  # entered for a walk-in citizen at the counter


class DuplicateState(enum.StrEnum):
    """A case found on intake to be a likely duplicate of an open one (``Case.duplicate_of_id``)."""

    SUSPECTED = "suspected"  # linked by the intake, shown to the clerk
    CONFIRMED = "confirmed"  # the clerk confirmed it: the first case's decision closes it


class Case(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    reference: Mapped[str] = mapped_column(String(20), unique=True)  # "2026-000123" (Aktenzeichen)
    service_id: Mapped[int] = mapped_column(ForeignKey("public_services.id"), index=True)
    applicant_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    form_data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    channel: Mapped[Channel] = mapped_column(str_enum(Channel, 20))
    status: Mapped[CaseStatus] = mapped_column(str_enum(CaseStatus, 30), index=True)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    entered_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))  # counter cases
    submission_id: Mapped[str | None] = mapped_column(String(64), unique=True)  # FIT-Connect submission
    portal_service: Mapped[str | None] = mapped_column(String(300))  # the service as the portal named it
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    due_date: Mapped[dt.date] = mapped_column(Date, index=True)
    waiting_since: Mapped[dt.date | None] = mapped_column(Date)  # the deadline pauses while we wait
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    fee_cents: Mapped[int] = mapped_column(Integer, default=0)
    #: When the case left the open states (approved, rejected, withdrawn): the backlog's outflow and the deadline KPI.
    decided_at: Mapped[dt.datetime | None] = mapped_column(index=True)
    #: The first case this one likely duplicates (same service, same person), and what the clerk made of it.
    duplicate_of_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), index=True)
    duplicate_state: Mapped[DuplicateState | None] = mapped_column(str_enum(DuplicateState, 20))
    #: "Keep one clerk": the clerk who holds another open case of the applicant; claim next offers it to them first.
    preferred_assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # The work queue counts a clerk's cases per service's role, and a search's cases by applicant, from the index
        # alone (migration 0024).
        Index("ix_cases_assignee_service", "assignee_id", "service_id"),
        Index("ix_cases_applicant_service", "applicant_id", "service_id"),
    )

    service: Mapped[PublicService] = relationship(lazy="joined")
    applicant: Mapped[Person] = relationship(lazy="joined")
    assignee: Mapped[User | None] = relationship(foreign_keys=[assignee_id], lazy="joined")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="Attachment.id"
    )
    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="CaseEvent.id"
    )
    payments: Mapped[list[FeePayment]] = relationship(
        back_populates="case", cascade="all, delete-orphan", order_by="FeePayment.id"
    )

    @property
    def open_fee_cents(self) -> int:
        """The fee still to pay: the fee less every payment booked (a cancellation's counter-booking counts
        negative); never below 0, also when more was paid."""
        return max(self.fee_cents - sum(payment.amount_cents for payment in self.payments), 0)


class Attachment(Base):
    """A file that came with the application; its content lives in the database with the case."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(120))
    description: Mapped[str | None] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    sha512: Mapped[str] = mapped_column(String(128))
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)

    case: Mapped[Case] = relationship(back_populates="attachments")


class EventKind(enum.StrEnum):
    CREATED = "created"
    TRANSITION = "transition"
    CLAIM = "claim"
    RELEASE = "release"
    PAYMENT = "payment"
    DOCUMENT = "document"
    COMMENT = "comment"
    FORM_CORRECTED = "form_corrected"  # Angaben berichtigt: the comment lists each field old → new
    FEE_SET = "fee_set"  # Gebühr nach Tarif festgesetzt: the comment says old → new amount and the tariff
    INFORMATION_ALLOWED = "information_allowed"  # Amtsleitung, § 52 BMG: the held information may be given
    INFORMATION_REFUSED = "information_refused"  # Amtsleitung, § 52 BMG: it is not given (the comment says why)
    ELIGIBILITY_RECORDED = "eligibility_recorded"  # Standesamt, § 62 PStG: relation, rule, reason, evidence, entry
    CERTIFICATES_ISSUED = "certificates_issued"  # Standesamt: the certificates printed, one line each


class CaseEvent(Base):
    """One entry in a case's history: who did what when (Verlauf)."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    kind: Mapped[EventKind] = mapped_column(str_enum(EventKind, 20))
    actor: Mapped[str] = mapped_column(String(80))  # user name at the time (users may be renamed)
    actor_display: Mapped[str] = mapped_column(String(120))
    from_status: Mapped[CaseStatus | None] = mapped_column(str_enum(CaseStatus, 30))
    to_status: Mapped[CaseStatus | None] = mapped_column(str_enum(CaseStatus, 30))
    comment: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="events")


class FeePayment(Base):
    """A fee paid for a case (Gebührenzahlung)."""

    __tablename__ = "fee_payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    amount_cents: Mapped[int] = mapped_column(Integer)
    method: Mapped[PaymentMethod] = mapped_column(str_enum(PaymentMethod, 20))
    reference: Mapped[str | None] = mapped_column(String(120))  # receipt or transaction id
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(80))
    #: The counter's receipt (models/cash.py); a cancellation's counter-booking has a negative amount and points at
    #: the payment it cancels.
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipts.id"), index=True)
    cancels_payment_id: Mapped[int | None] = mapped_column(ForeignKey("fee_payments.id"), unique=True)

    case: Mapped[Case] = relationship(back_populates="payments")
    receipt: Mapped[Receipt | None] = relationship()


class ReferenceCounter(Base):
    """The last reference number handed out per year; incremented under a row lock."""

    __tablename__ = "reference_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer)
