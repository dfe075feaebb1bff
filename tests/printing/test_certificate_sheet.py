"""Certificates issued onto security paper with the real renderer: the PDF stored with the certificate says what
the entry says as it stands, in the town's name, and its QR code leads to the verification of exactly this
certificate."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest

from models.db import Database
from models.operations.certificates import (
    CertificateRequest,
    IssuedKind,
    certificate_pdf,
    issue_certificates,
    verify_certificate,
)
from models.operations.civil_status import NewEntry, NewPerson, annotate_civil_entry, record_civil_entry
from models.operations.security_paper import load_paper
from models.operations.town_settings import update_town_profile
from models.registers.civil_status.certificate_content import content_from_json
from models.registers.civil_status.entries import AnnotationKind, PersonRole, RegisterKind
from models.registers.civil_status.issued import IssuedCertificate
from models.registers.residents.resident import Sex
from printing.certificate_sheet import render_on_sheet
from tests.conftest import Staff
from tests.printing.test_certificates import scanned_codes

DESK = "Standesamt 1"
DAY = dt.date(2026, 12, 3)


def _text(pdf: bytes) -> str:
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        return "\n".join(page.extract_text() or "" for page in document.pages)


def _birth_entry(db: Database, staff: Staff) -> int:
    child = NewPerson(PersonRole.CHILD, "Łukasiewicz", "Zoë", sex=Sex.FEMALE, born=dt.date(2026, 11, 20),
                      birth_place="Lindenbrück")  # fmt: skip
    mother = NewPerson(PersonRole.MOTHER, "Łukasiewicz", "Ágnes", sex=Sex.FEMALE)
    entry = NewEntry(RegisterKind.BIRTH, dt.date(2026, 11, 23), dt.date(2026, 11, 20), "Lindenbrück",
                     "Clara Nowak", (child, mother))  # fmt: skip
    return record_civil_entry(db, staff.registry, entry).id


@pytest.mark.both_databases
def test_the_issued_pdf_shows_the_entry_as_it_stands_and_its_code_scans_to_its_verification(
    db: Database, staff: Staff
) -> None:
    entry_id = _birth_entry(db, staff)
    change = {"role": "child", "field": "family_name", "value": "Łukasiewicz-Brand"}
    annotate_civil_entry(db, staff.registry, entry_id, AnnotationKind.NAME_CHANGE, DAY, "Namensänderung", [change])
    load_paper(db, staff.registry, DESK, 500, 509)
    requests = [CertificateRequest(IssuedKind.BIRTH, entry_id, copies=2),
                CertificateRequest(IssuedKind.REGISTER_PRINTOUT, entry_id)]  # fmt: skip
    issued = issue_certificates(db, staff.registry, requests, DESK, render_on_sheet, today=DAY)
    assert [row.sheet_serial for row in issued] == [500, 501, 502]

    first, _second, printout = issued
    _row, pdf = certificate_pdf(db, staff.registry, first.verification_code)
    text = _text(pdf)
    assert "Geburtsurkunde" in text
    assert "Standesamt Lindenbrück" in text
    assert "Łukasiewicz-Brand" in text  # the name as it stands, not the name recorded first
    assert "Namensänderung" not in text  # a certificate shows no annotations …
    assert first.verification_code in text
    assert "Lindenbrück, den 3. Dezember 2026" in text
    (scanned,) = scanned_codes(pdf)
    assert scanned[0] == f"https://www.lindenbrueck.de/urkunde/{first.verification_code}"
    assert verify_certificate(db, staff.clerk, scanned[0].rsplit("/", 1)[1]).register_number == "G 1/2026"

    _row, printed = certificate_pdf(db, staff.registry, printout.verification_code)
    assert "Namensänderung" in _text(printed)  # … the register printout does

    with db.read() as session:
        stored = session.get(IssuedCertificate, first.id)
        assert stored is not None
        content = content_from_json(stored.content)
    assert content.register_number == "G 1/2026"
    assert content.verification_code == first.verification_code
    assert ("Familienname", "Łukasiewicz-Brand") in [(f.label, f.value) for f in content.fields]


def test_the_certificate_carries_the_towns_name_and_website_as_the_admin_set_them(db: Database, staff: Staff) -> None:
    entry_id = _birth_entry(db, staff)
    update_town_profile(db, staff.admin, {"city": "Hohenwald", "website": "https://www.hohenwald.de/"})
    load_paper(db, staff.registry, DESK, 1, 2)
    (issued,) = issue_certificates(db, staff.registry, [CertificateRequest(IssuedKind.BIRTH, entry_id)], DESK,
                                   render_on_sheet, today=DAY)  # fmt: skip
    _row, pdf = certificate_pdf(db, staff.registry, issued.verification_code)
    assert "Standesamt Hohenwald" in _text(pdf)
    assert scanned_codes(pdf)[0][0] == f"https://www.hohenwald.de/urkunde/{issued.verification_code}"
