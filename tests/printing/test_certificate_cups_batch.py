"""A batch of certificates printed through the real cups-pdf queue: one job, one page per certificate in the order of
the sheets, each with its verification code, whose QR code still scans after CUPS's round trip and verifies; a spoiled
sheet is skipped and logged; a printer that is gone issues nothing and uses no sheet. The stock stays consistent:
printed + spoiled + remaining = loaded."""

from __future__ import annotations

import datetime as dt
import io
import time

import pdfplumber
import pytest
from sqlalchemy import select

from models.audit import AuditRecord
from models.db import Database
from models.operations.certificates import (
    CertificateRequest,
    IssuedKind,
    issue_certificates,
    issued_certificates,
    verify_certificate,
)
from models.operations.civil_status import NewEntry, NewPerson, record_civil_entry
from models.operations.security_paper import load_paper, paper_stock, spoil_sheet
from models.registers.civil_status.entries import PersonRole, RegisterKind
from models.registers.residents.resident import Sex
from printing.certificate_sheet import render_on_sheet
from printing.errors import PrinterNotFound
from printing.printer_adapter import printer_delivery
from tests.conftest import Staff
from tests.printing.test_certificates import scanned_codes
from tests.support.cups_pdf import PRINTER, require_cups_queue, wait_for_cups_pdf

pytestmark = pytest.mark.cups

DESK = "Standesamt 2"
DAY = dt.date(2026, 12, 3)


def _entries(db: Database, staff: Staff) -> tuple[int, int]:
    child = NewPerson(PersonRole.CHILD, "Becker", "Jonas", sex=Sex.MALE, born=dt.date(2026, 10, 1))
    mother = NewPerson(PersonRole.MOTHER, "Becker", "Anna", sex=Sex.FEMALE)
    birth = NewEntry(RegisterKind.BIRTH, dt.date(2026, 10, 3), dt.date(2026, 10, 1), "Lindenbrück", "Vera Standes",
                     (child, mother))  # fmt: skip
    deceased = NewPerson(PersonRole.DECEASED, "Becker", "Otto", sex=Sex.MALE, born=dt.date(1940, 1, 5))
    death = NewEntry(RegisterKind.DEATH, dt.date(2026, 11, 2), dt.date(2026, 11, 1), "Lindenbrück", "Vera Standes",
                     (deceased,))  # fmt: skip
    return record_civil_entry(db, staff.registry, birth).id, record_civil_entry(db, staff.registry, death).id


def _printed_pages(job_pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(job_pdf)) as document:
        return [page.extract_text() or "" for page in document.pages]


def test_a_batch_through_cups_pdf_keeps_sheets_codes_and_the_spoilage_log_consistent(
    db: Database, staff: Staff
) -> None:
    require_cups_queue()
    birth, death = _entries(db, staff)
    load_paper(db, staff.registry, DESK, 800, 809)
    spoil_sheet(db, staff.registry, DESK, 800, "Papierstau beim Einlegen")
    requests = [CertificateRequest(IssuedKind.BIRTH, birth, copies=2), CertificateRequest(IssuedKind.DEATH, death)]

    submitted_at = time.time()
    issued = issue_certificates(db, staff.registry, requests, DESK, render_on_sheet, today=DAY,
                                deliver=printer_delivery(PRINTER, duplex=False))  # fmt: skip
    assert [row.sheet_serial for row in issued] == [801, 802, 803]  # the spoiled sheet is never used

    with db.read() as session:
        (printed,) = session.scalars(select(AuditRecord).where(AuditRecord.action == "certificates.printed"))
    assert printed.details["printer"] == PRINTER
    assert printed.details["sheets"] == [801, 802, 803]
    written = wait_for_cups_pdf(printed.details["job"], submitted_at)
    try:
        job_pdf = written.read_bytes()
    finally:
        written.unlink()
    pages = _printed_pages(job_pdf)
    assert len(pages) == 3  # one sheet per certificate, in the order of the serials
    for page, row in zip(pages, issued, strict=True):
        assert row.verification_code in page
        assert row.register_number in page
    assert "Sterbeurkunde" in pages[2]
    (url, *_box) = scanned_codes(job_pdf, page=0)[0]
    assert url.endswith(f"/urkunde/{issued[0].verification_code}")
    assert verify_certificate(db, staff.clerk, url.rsplit("/", 1)[1]).valid

    with pytest.raises(PrinterNotFound):  # the printer is gone: nothing issued, no sheet used
        issue_certificates(db, staff.registry, requests, DESK, render_on_sheet, today=DAY,
                           deliver=printer_delivery(f"{PRINTER}-gibt-es-nicht", duplex=False))  # fmt: skip
    assert len(issued_certificates(db, staff.registry)) == 3

    stock = paper_stock(db, staff.registry, DESK)
    (sheets,) = stock.ranges
    assert (sheets.printed, sheets.spoiled) == (3, 1)
    assert sheets.printed + sheets.spoiled + sheets.remaining == sheets.sheets == 10
    assert [(s.serial, s.reason) for s in stock.spoiled] == [(800, "Papierstau beim Einlegen")]
