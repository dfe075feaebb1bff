"""Printing through a real CUPS server into the cups-pdf queue, then reading what cups-pdf wrote.

Needs a running ``cupsd`` with a cups-pdf queue (name from ``AMTSSTUBE_TEST_PRINTER``, default ``PDF``); the
commands that set one up are in the failure message. cups-pdf writes to ``Out`` from its configuration
(``/etc/cups/cups-pdf-<queue>.conf`` or ``/etc/cups/cups-pdf.conf``, default ``${HOME}/PDF``), where
``${HOME}`` is the home of the user who submitted the job (``/root/PDF`` when the tests run as root).
"""

from __future__ import annotations

import io
import re
import time
import uuid

import pdfplumber
import pytest

from printing.errors import PrinterNotFound
from printing.letter import render_letter
from printing.printer_adapter import print_pdf
from tests.printing.letter_samples import sample_letter
from tests.support.cups_pdf import PRINTER, require_cups_queue, wait_for_cups_pdf

pytestmark = pytest.mark.cups


def test_a_letter_printed_through_cups_arrives_as_one_page_with_its_text() -> None:
    require_cups_queue()
    marker = f"Testdruck {uuid.uuid4().hex[:12]}"
    rendered = render_letter(sample_letter(subject=f"Sperrmuellabholung {marker}"))
    assert rendered.pages == 1

    submitted_at = time.time()
    job_id = print_pdf(rendered.pdf, PRINTER, title=f"Amtsstube {marker}")

    assert re.fullmatch(rf"{re.escape(PRINTER)}-\d+", job_id), job_id
    written = wait_for_cups_pdf(job_id, submitted_at)
    try:
        with pdfplumber.open(io.BytesIO(written.read_bytes())) as document:
            assert len(document.pages) == 1
            text = document.pages[0].extract_text() or ""
    finally:
        written.unlink()
    # CUPS turns the PDF into PostScript and cups-pdf back into PDF; that round trip keeps ASCII text
    # extractable but may lose the mapping of other letters, so the check sticks to ASCII.
    for expected in (f"Sperrmuellabholung {marker}", "2026-000123", "Lindenallee 12a", "Mit freundlichen"):
        assert expected in text


def test_printing_to_a_queue_cups_does_not_know_names_the_printer() -> None:
    require_cups_queue()
    missing = f"{PRINTER}-gibt-es-nicht"
    with pytest.raises(PrinterNotFound) as error:
        print_pdf(render_letter(sample_letter()).pdf, missing, title="Amtsstube")
    assert error.value.printer == missing
