"""What goes to the printer, as plain data (Druckauftrag). ``printing/`` sends it as one print job.

The operations of the outgoing mail hand the documents of a batch over as :class:`PrintItem` and record what the
printer reported, a :class:`PrintReceipt`; how the job reaches a printer or a PDF file is printing's business.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class PrintItem:
    """One document handed to the printer, in batch order."""

    document_id: int
    title: str
    pdf: bytes
    pages: int


@dataclass(frozen=True)
class PrintReceipt:
    """What the printer (or the PDF file written instead) reported for a whole batch."""

    printer: str
    job_id: str | None
    duplex: bool
    job_pages: int | None = None  # pages sent or written, blank duplex backs included (None: not known)


#: Sends a batch to a printer as one job; raises (and nothing is recorded) when that fails.
#: Implemented in :mod:`printing.batch`; operations receive it from the caller.
Deliver = Callable[[Sequence[PrintItem]], PrintReceipt]
