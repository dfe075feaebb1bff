"""The intake book of online submissions (Eingangsbuch): one row per FIT-Connect submission ever seen.

It is what makes intake exactly-once: the submission id is the primary key, the row is written in the same
transaction as the case, and it remembers whether our accept or reject event has reached the delivery service.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import ForeignKey, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, str_enum, utcnow


class IntakeOutcome(enum.StrEnum):
    ACCEPTED = "accepted"  # a case was created
    REJECTED = "rejected"  # invalid; the citizen's portal learns why from the reject event


class SubmissionIntake(Base):
    __tablename__ = "submission_intake"

    submission_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    fitconnect_case_id: Mapped[str] = mapped_column(String(64))
    destination_id: Mapped[str] = mapped_column(String(64))
    service_identifier: Mapped[str | None] = mapped_column(String(300))
    service_name: Mapped[str | None] = mapped_column(String(300))
    outcome: Mapped[IntakeOutcome] = mapped_column(str_enum(IntakeOutcome, 20), index=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id"), unique=True)
    problems: Mapped[list[dict[str, Any]]] = mapped_column(default=list)  # for rejections: type, title, detail
    authentication_tags: Mapped[dict[str, Any]] = mapped_column(default=dict)  # for (re)sending the accept event
    received_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    event_confirmed_at: Mapped[dt.datetime | None]  # None: our event has not reached the delivery service yet


class PortalPayment(Base):
    """Payment information the portal reported in the submission's metadata (ePayment)."""

    __tablename__ = "portal_payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    transaction_id: Mapped[str] = mapped_column(String(64))
    transaction_reference: Mapped[str | None] = mapped_column(String(120))
    payment_method: Mapped[str] = mapped_column(String(30))
    status: Mapped[str] = mapped_column(String(20))  # INITIAL, BOOKED, FAILED, CANCELED
    gross_amount: Mapped[float | None] = mapped_column(Numeric(10, 2, asdecimal=False))
    note: Mapped[str | None] = mapped_column(Text)


class SubmissionFault(Base):
    """A submission that could not be taken in for a reason that may be ours (Zurückgestellt), for the admin.

    The sync pass keeps it aside instead of letting it stop the intake, tries it again in the next passes and
    rejects it (``technical-error``) after a few attempts; once it is booked, its row goes.
    """

    __tablename__ = "submission_faults"

    submission_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    fitconnect_case_id: Mapped[str] = mapped_column(String(64))
    destination_id: Mapped[str] = mapped_column(String(64))
    service_name: Mapped[str | None] = mapped_column(String(300))
    attempts: Mapped[int] = mapped_column(Integer)
    error: Mapped[str] = mapped_column(Text)  # the last error: type and message, for the admin and the log
    first_failed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_failed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
