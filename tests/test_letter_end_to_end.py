"""One paper end to end: approve a bulky-waste case, the letter is stored with it, printed through CUPS."""

from __future__ import annotations

import io
import time

import pdfplumber
import pytest

from models.actors import system_actor
from models.case_status import CaseStatus
from models.db import Database
from models.operations.claims import claim_case
from models.operations.documents import latest_letter
from models.operations.transitions import transition_case
from printing.letter import render_letter
from printing.printer_adapter import print_pdf
from tests.conftest import Staff
from tests.support.cups_pdf import PRINTER, require_cups_queue, wait_for_cups_pdf
from tests.support.factories import new_case


@pytest.mark.cups
def test_approved_bulky_waste_letter_is_stored_and_printed(db: Database, staff: Staff) -> None:
    require_cups_queue()
    case = claim_case(db, staff.clerk, new_case(db, staff.system, street="Lindenweg", house_number="4a").id)
    result = transition_case(
        db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=case.version, render_letter=render_letter
    )
    assert result.document is not None

    stored = latest_letter(db, system_actor("tests"), case.reference)
    assert stored.row.id == result.document.id
    with pdfplumber.open(io.BytesIO(stored.pdf)) as pdf:
        assert len(pdf.pages) == 1
        text = pdf.pages[0].extract_text() or ""
    assert "Dr. Łukasz Öztürk-Nguyễn" in text  # straight from reportlab, every letter survives
    assert case.reference in text

    submitted = time.time()
    job = print_pdf(stored.pdf, PRINTER, title=f"Amtsstube {case.reference}")
    written = wait_for_cups_pdf(job, submitted)
    try:
        with pdfplumber.open(io.BytesIO(written.read_bytes())) as printed:
            assert len(printed.pages) == 1
            printed_text = printed.pages[0].extract_text() or ""
    finally:
        written.unlink()
    for expected in (case.reference, "Lindenweg 4a", "Abholtermin", "Mit freundlichen"):
        assert expected in printed_text
