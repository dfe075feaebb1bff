"""Reissuing a certificate from the entry's view: the entry as it stands now, the same kind and case, the next
sheet; the old certificate revoked, the reason in the audit log; a missing reason, a revoked or mistyped code and a
clerk of the Bürgerbüro refused, each without using a sheet."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models.audit import AuditRecord
from models.db import Database
from models.errors import InvalidInput, PermissionDenied
from models.operations.certificate_reissue import MAX_REASON_LENGTH, reissue_certificate
from models.operations.certificates import CertificateRequest, IssuedKind, certificate_pdf, verify_certificate
from models.operations.civil_status import annotate_civil_entry
from models.operations.security_paper import load_paper, paper_stock
from models.registers.civil_status.entries import AnnotationKind
from tests.conftest import Staff
from tests.models.operations.test_certificate_issuing import DAY, DESK, _birth_entry, _issue, _render

LATER = DAY + dt.timedelta(days=5)


def _printed(db: Database, staff: Staff) -> int:
    return paper_stock(db, staff.registry, DESK).ranges[0].printed


def test_a_reissue_after_a_correction_prints_the_entry_as_it_stands_and_revokes_the_old(
    db: Database, staff: Staff
) -> None:
    entry_id = _birth_entry(db, staff)
    load_paper(db, staff.registry, DESK, 501, 510)
    (first,) = _issue(db, staff, CertificateRequest(IssuedKind.BIRTH, entry_id))
    change = {"role": "child", "field": "family_name", "value": "Łukasiewicz-Öz"}
    annotate_civil_entry(db, staff.registry, entry_id, AnnotationKind.CORRECTION, DAY, "Berichtigt", [change])

    again = reissue_certificate(db, staff.registry, first.verification_code.lower(), DESK, _render,
                                reason="  Berichtigung des Familiennamens  ", today=LATER)  # fmt: skip
    assert (again.kind, again.register_number, again.sheet_serial) == (IssuedKind.BIRTH, first.register_number, 502)
    assert again.verification_code != first.verification_code
    _row, pdf = certificate_pdf(db, staff.registry, again.verification_code)
    assert pdf.endswith("Łukasiewicz-Öz".encode())
    old = verify_certificate(db, staff.clerk, first.verification_code)
    assert (old.valid, old.revoked_on) == (False, LATER)
    assert verify_certificate(db, staff.clerk, again.verification_code).valid
    with db.read() as session:
        (kept,) = session.scalars(select(AuditRecord).where(AuditRecord.action == "certificate.reissued"))
    assert kept.details["reason"] == "Berichtigung des Familiennamens"
    assert (kept.details["replaced"], kept.details["by"]) == (first.verification_code, again.verification_code)

    with pytest.raises(InvalidInput) as twice:  # the revoked one is not reissued again
        reissue_certificate(db, staff.registry, first.verification_code, DESK, _render, reason="verloren")
    assert (twice.value.field, twice.value.problem) == ("replaced_certificate", "not_replaceable")
    assert _printed(db, staff) == 2


@pytest.mark.parametrize(
    ("reason", "problem"),
    [
        ("", "missing"),
        ("   ", "missing"),
        ("x" * (MAX_REASON_LENGTH + 1), "too_long"),
        ("Stau\x00im Drucker", "unstorable_character"),
    ],
)
def test_a_reissue_needs_a_reason_and_uses_no_sheet_without(
    db: Database, staff: Staff, reason: str, problem: str
) -> None:
    entry_id = _birth_entry(db, staff)
    load_paper(db, staff.registry, DESK, 1, 5)
    (first,) = _issue(db, staff, CertificateRequest(IssuedKind.BIRTH, entry_id))
    with pytest.raises(InvalidInput) as refused:
        reissue_certificate(db, staff.registry, first.verification_code, DESK, _render, reason=reason)
    assert (refused.value.field, refused.value.problem) == ("reissue_reason", problem)
    assert _printed(db, staff) == 1
    assert verify_certificate(db, staff.clerk, first.verification_code).valid


def test_a_mistyped_code_and_a_clerk_are_refused(db: Database, staff: Staff) -> None:
    entry_id = _birth_entry(db, staff)
    load_paper(db, staff.registry, DESK, 1, 5)
    (first,) = _issue(db, staff, CertificateRequest(IssuedKind.BIRTH, entry_id))
    code = first.verification_code
    typo = code[:-1] + ("0" if code[-1] != "0" else "1")
    with pytest.raises(InvalidInput) as mistyped:
        reissue_certificate(db, staff.registry, typo, DESK, _render, reason="verloren")
    assert mistyped.value.field == "verification_code"
    with pytest.raises(PermissionDenied):
        reissue_certificate(db, staff.clerk, code, DESK, _render, reason="verloren")
    assert _printed(db, staff) == 1
