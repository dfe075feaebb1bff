"""A batch of letters as one print job (Sammeldruck).

The stored PDFs are concatenated into one document. For duplex printing, a letter with an odd number of
pages gets a blank back page, so that every letter starts on the front of a new sheet and can be folded and
put into its envelope on its own. The job goes to the printer through
:func:`printing.printer_adapter.printer_delivery` (Qt's print support), or is written to a PDF file
(``amtsstube print-batch --pdf``, no Qt) for printing elsewhere.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from pypdf import PdfWriter

from models.output_files import write_atomically
from models.print_jobs import Deliver, PrintItem, PrintReceipt


class MergedBatch(NamedTuple):
    pdf: bytes
    pages: int  # every page of the job, blank duplex backs included


def merge_documents(items: Sequence[PrintItem], *, duplex: bool) -> MergedBatch:
    """One PDF with every item in order; with ``duplex`` each item starts on an odd (front) page."""
    writer = PdfWriter()
    for item in items:
        writer.append(io.BytesIO(item.pdf))
        if duplex and len(writer.pages) % 2:
            last = writer.pages[-1]
            writer.add_blank_page(width=last.mediabox.width, height=last.mediabox.height)
    buffer = io.BytesIO()
    writer.write(buffer)
    return MergedBatch(buffer.getvalue(), len(writer.pages))


def batch_title(items: Sequence[PrintItem]) -> str:
    return items[0].title if len(items) == 1 else f"Amtsstube: {len(items)} Schreiben"


def file_delivery(path: Path, *, duplex: bool = False) -> Deliver:
    """Write the batch to ``path`` (atomically: a half-written file never replaces a good one).

    The folder must exist; a file that cannot be written raises ``OutputFileNotWritable`` and every letter stays
    in the queue.
    """

    def deliver(items: Sequence[PrintItem]) -> PrintReceipt:
        batch = merge_documents(items, duplex=duplex)
        target = write_atomically(path, batch.pdf)
        return PrintReceipt(printer=f"PDF-Datei {target}", job_id=None, duplex=duplex, job_pages=batch.pages)

    return deliver
