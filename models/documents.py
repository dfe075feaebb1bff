"""Outgoing documents (Schriftstücke): every rendered paper, stored as PDF with its case."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, str_enum, utcnow


class DocumentKind(enum.StrEnum):
    CONFIRMATION_LETTER = "confirmation_letter"  # Bestätigungsschreiben
    REJECTION_LETTER = "rejection_letter"  # Ablehnungsbescheid
    DOCUMENT_REQUEST = "document_request"  # Nachforderung von Unterlagen
    FEE_NOTICE = "fee_notice"  # Gebührenbescheid
    DUPLICATE_NOTICE = "duplicate_notice"  # Mitteilung: Antrag doppelt eingegangen, mit dem ersten entschieden


class DocumentStatus(enum.StrEnum):
    QUEUED = "queued"  # ready to print and post
    PRINTED = "printed"


class OutgoingDocument(Base):
    __tablename__ = "outgoing_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), index=True)
    kind: Mapped[DocumentKind] = mapped_column(str_enum(DocumentKind, 30))
    title: Mapped[str] = mapped_column(String(200))
    recipient: Mapped[str] = mapped_column(Text)  # the address block as printed, one line per row
    pages: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(80))
    status: Mapped[DocumentStatus] = mapped_column(str_enum(DocumentStatus, 20), default=DocumentStatus.QUEUED)
    printed_at: Mapped[dt.datetime | None]
    printed_by: Mapped[str | None] = mapped_column(String(80))
    #: The PDF exactly as rendered and printed: the archive copy kept with the case. Never replaced.
    pdf: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
