"""A batch of letters as one print job (Sammeldruck).

The stored PDFs are concatenated into one document. For duplex printing, a letter with an odd number of
pages gets a blank back page, so that every letter starts on the front of a new sheet and can be folded and
put into its envelope on its own. The job goes to the printer through :mod:`printing.printer_adapter`, or is
written to a PDF file (``amtsstube print-batch --pdf``) for printing elsewhere.
"""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pypdf import PdfWriter

from models.operations.mail_rows import Deliver, PrintItem, PrintReceipt
from printing import printer_adapter
from printing.errors import PrintingFailed


def merge_documents(items: Sequence[PrintItem], *, duplex: bool) -> bytes:
    """One PDF with every item in order; with ``duplex`` each item starts on an odd (front) page."""
    writer = PdfWriter()
    for item in items:
        writer.append(io.BytesIO(item.pdf))
        if duplex and len(writer.pages) % 2:
            last = writer.pages[-1]
            writer.add_blank_page(width=last.mediabox.width, height=last.mediabox.height)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def batch_title(items: Sequence[PrintItem]) -> str:
    return items[0].title if len(items) == 1 else f"Amtsstube: {len(items)} Schreiben"


def printer_delivery(printer: str, *, duplex: bool = True) -> Deliver:
    """Deliver to ``printer``; duplex is used when asked for and the printer has it."""

    def deliver(items: Sequence[PrintItem]) -> PrintReceipt:
        both_sides = duplex and printer_adapter.printer_supports_duplex(printer)
        pdf = merge_documents(items, duplex=both_sides)
        job = printer_adapter.print_pdf(pdf, printer, title=batch_title(items), duplex=both_sides)
        return PrintReceipt(printer=printer, job_id=job or None, duplex=both_sides)

    return deliver


def file_delivery(path: Path, *, duplex: bool = False) -> Deliver:
    """Write the batch to ``path`` (atomically: a half-written file never replaces a good one)."""

    def deliver(items: Sequence[PrintItem]) -> PrintReceipt:
        pdf = merge_documents(items, duplex=duplex)
        target = path.expanduser().resolve()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(prefix=".amtsstube-", suffix=".pdf", dir=target.parent)
            with os.fdopen(handle, "wb") as stream:
                stream.write(pdf)
            Path(temporary).replace(target)
        except OSError as error:
            raise PrintingFailed(str(target), f"cannot write the PDF file: {error.strerror or error}") from error
        return PrintReceipt(printer=f"PDF-Datei {target}", job_id=None, duplex=duplex)

    return deliver
