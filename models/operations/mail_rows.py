"""Frozen rows of the outgoing mail: print queue, printed batches, the outgoing-mail book.

What a print job hands to ``printing/`` is in :mod:`models.print_jobs`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from models.documents import DocumentKind
from models.mail_book import PostageClass
from models.print_jobs import PrintReceipt


@dataclass(frozen=True)
class QueuedDocument:
    """A letter waiting in the print queue."""

    id: int
    case_reference: str
    kind: DocumentKind
    title: str
    recipient: tuple[str, ...]  # address lines as printed
    pages: int
    created_at: dt.datetime
    created_by: str


@dataclass(frozen=True)
class MailBookRow:
    """One entry of the outgoing-mail book (Postausgangsbuch)."""

    id: int
    printed_at: dt.datetime
    document_id: int
    case_reference: str
    recipient: tuple[str, ...]
    document_kind: DocumentKind
    document_title: str
    pages: int
    sheets: int
    postage_class: PostageClass
    printed_by: str
    printed_by_name: str
    printer: str
    job_id: str | None
    reprint_reason: str | None

    @property
    def recipient_line(self) -> str:
        return ", ".join(self.recipient)


@dataclass(frozen=True)
class PrintBatchResult:
    entries: tuple[MailBookRow, ...]
    receipt: PrintReceipt

    @property
    def pages(self) -> int:
        return sum(entry.pages for entry in self.entries)


@dataclass(frozen=True)
class MailBookFilter:
    """Filters of the outgoing-mail book; ``None`` or empty means no restriction. Dates are local days."""

    printed_from: dt.date | None = None
    printed_to: dt.date | None = None
    text: str = ""  # in recipient, case reference or title
    kind: DocumentKind | None = None
    printed_by: str | None = None
    reprints_only: bool = False
