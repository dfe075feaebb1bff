"""The outgoing-mail book (Postausgangsbuch): one row per letter that left the printer, never changed.

Like the audit log it is append-only; database triggers created by the migrations refuse UPDATE and DELETE.
A reprint is a new row with its reason.
"""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base, str_enum, utcnow
from models.documents import DocumentKind
from models.log_chain import ChainedRecord
from models.search_form import joined_search_form

#: Weight of one A4 sheet of 80 g/m² paper and of a DL window envelope, in grams.
SHEET_GRAMS = 5.0
ENVELOPE_GRAMS = 5.0


class PostageClass(enum.StrEnum):
    """Deutsche Post letter classes by weight (a folded DL letter)."""

    STANDARD = "standard"  # Standardbrief, bis 20 g
    COMPACT = "compact"  # Kompaktbrief, bis 50 g
    LARGE = "large"  # Großbrief, bis 500 g


POSTAGE_LIMITS_GRAMS = ((PostageClass.STANDARD, 20.0), (PostageClass.COMPACT, 50.0))


def sheets_for(pages: int, *, duplex: bool) -> int:
    return (pages + 1) // 2 if duplex else pages


def postage_class_for(sheets: int) -> PostageClass:
    weight = sheets * SHEET_GRAMS + ENVELOPE_GRAMS
    for postage, limit in POSTAGE_LIMITS_GRAMS:
        if weight <= limit:
            return postage
    return PostageClass.LARGE


def _search_text_on_insert(context: DefaultExecutionContext) -> str:
    parameters = context.get_current_parameters()
    return joined_search_form(parameters.get("recipient"), parameters.get("document_title"))


class MailBookEntry(ChainedRecord, Base):
    __tablename__ = "mail_book"
    chain_time = "printed_at"
    chain_excluded = ("search_text",)  # derived from recipient and title

    id: Mapped[int] = mapped_column(primary_key=True)
    printed_at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("outgoing_documents.id"), index=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    case_reference: Mapped[str] = mapped_column(String(20))
    recipient: Mapped[str] = mapped_column(Text)  # the address block as printed, one line per row
    document_kind: Mapped[DocumentKind] = mapped_column(str_enum(DocumentKind, 30))
    document_title: Mapped[str] = mapped_column(String(200))
    pages: Mapped[int] = mapped_column(Integer)
    sheets: Mapped[int] = mapped_column(Integer)
    postage_class: Mapped[PostageClass] = mapped_column(str_enum(PostageClass, 20))
    printed_by: Mapped[str] = mapped_column(String(80))  # user name
    printed_by_name: Mapped[str] = mapped_column(String(120))
    printer: Mapped[str] = mapped_column(String(300))  # printer name, or the PDF file written instead
    job_id: Mapped[str | None] = mapped_column(String(80))
    pdf_sha256: Mapped[str] = mapped_column(String(64))  # of the archived PDF that was printed
    reprint_reason: Mapped[str | None] = mapped_column(Text)
    # DIN 91379 search form of recipient and title, for the book's text filter; computed when the row is written
    search_text: Mapped[str] = mapped_column(Text, default=_search_text_on_insert, server_default="")
