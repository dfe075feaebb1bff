"""Issuing certificates on security paper: each certificate takes the next sheet and a fresh verification code,
the renderer sees both and the entry as it stands, a reissue revokes the earlier certificate, a failed render uses
no sheet; the list and the PDF are the registry officer's, each read logged; verification tells only kind, register
number, day of issue and revocation, refuses a typo before asking the database, and answers anyone."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from sqlalchemy import func, select

from models.actors import system_actor
from models.audit import AuditRecord
from models.db import Database
from models.errors import InvalidInput, NotFound, PermissionDenied
from models.operations.certificates import (
    CertificateRequest,
    IssuedKind,
    Sheet,
    certificate_pdf,
    issue_certificates,
    issued_certificates,
    verify_certificate,
)
from models.operations.civil_status import NewEntry, NewPerson, annotate_civil_entry, record_civil_entry
from models.operations.security_paper import load_paper, paper_stock
from models.registers.civil_status.entries import AnnotationKind, PersonRole, RegisterKind, StandingEntry
from models.registers.residents.resident import Sex
from models.verification_code import checked_code, new_code
from tests.conftest import Staff

DESK = "Standesamt 1"
DAY = dt.date(2026, 12, 3)


def _render(sheet: Sheet, entry: StandingEntry, _town: object = None) -> tuple[dict[str, Any], bytes]:
    """A stand-in for the PDF renderer: what it was told, as content and as the 'PDF'."""
    child = entry.persons_in(PersonRole.CHILD)[0]
    content = {"code": sheet.verification_code, "serial": sheet.sheet_serial, "family_name": child.family_name,
               "officer": sheet.officer_name, "copy": sheet.copy_number}  # fmt: skip
    return content, f"%PDF-1.4 {sheet.verification_code} {child.family_name}".encode()


def _birth_entry(db: Database, staff: Staff) -> int:
    child = NewPerson(PersonRole.CHILD, "Łukasiewicz", "Zoë", sex=Sex.FEMALE, born=dt.date(2026, 11, 20))
    mother = NewPerson(PersonRole.MOTHER, "Łukasiewicz", "Ágnes", sex=Sex.FEMALE)
    entry = NewEntry(RegisterKind.BIRTH, dt.date(2026, 11, 23), dt.date(2026, 11, 20), "Lindenbrück",
                     "Clara Nowak", (child, mother))  # fmt: skip
    return record_civil_entry(db, staff.registry, entry).id


def _issue(db: Database, staff: Staff, *requests: CertificateRequest) -> tuple[Any, ...]:
    return issue_certificates(db, staff.registry, requests, DESK, _render, today=DAY)


def test_certificates_take_the_next_sheets_and_fresh_codes(db: Database, staff: Staff) -> None:
    entry_id = _birth_entry(db, staff)
    load_paper(db, staff.registry, DESK, 7001, 7010)
    issued = _issue(db, staff, CertificateRequest(IssuedKind.BIRTH, entry_id, copies=3),
                    CertificateRequest(IssuedKind.REGISTER_PRINTOUT, entry_id))  # fmt: skip
    assert [row.sheet_serial for row in issued] == [7001, 7002, 7003, 7004]
    assert [row.copy_number for row in issued] == [1, 2, 3, 1]
    assert [row.kind for row in issued] == [IssuedKind.BIRTH] * 3 + [IssuedKind.REGISTER_PRINTOUT]
    assert {row.register_number for row in issued} == {"G 1/2026"}
    codes = [row.verification_code for row in issued]
    assert len(set(codes)) == 4
    assert all(checked_code(code) == code for code in codes)
    row, pdf = certificate_pdf(db, staff.registry, codes[1].lower().replace("-", " "))
    assert row.sheet_serial == 7002
    assert pdf == f"%PDF-1.4 {codes[1]} Łukasiewicz".encode()
    assert paper_stock(db, staff.registry, DESK).ranges[0].printed == 4
    with db.read() as session:
        issued_records = session.scalar(select(func.count()).where(AuditRecord.action == "certificate.issued"))
    assert issued_records == 4


def test_the_certificate_shows_the_entry_as_it_stands_and_a_reissue_revokes_the_first(
    db: Database, staff: Staff
) -> None:
    entry_id = _birth_entry(db, staff)
    load_paper(db, staff.registry, DESK, 1, 10)
    (first,) = _issue(db, staff, CertificateRequest(IssuedKind.BIRTH, entry_id))
    change = {"role": "child", "field": "family_name", "value": "Łukasiewicz-Brand"}
    annotate_civil_entry(db, staff.registry, entry_id, AnnotationKind.CORRECTION, DAY, "Berichtigt", [change])
    (second,) = _issue(db, staff, CertificateRequest(IssuedKind.BIRTH, entry_id, replaces_code=first.verification_code))
    _row, pdf = certificate_pdf(db, staff.registry, second.verification_code)
    assert pdf.endswith("Łukasiewicz-Brand".encode())
    assert verify_certificate(db, staff.clerk, first.verification_code).revoked_on == DAY
    assert not verify_certificate(db, staff.clerk, first.verification_code).valid
    assert verify_certificate(db, staff.clerk, second.verification_code).valid
    listed = {row.verification_code: row.revoked for row in issued_certificates(db, staff.registry, entry_id)}
    assert listed == {first.verification_code: True, second.verification_code: False}
    with pytest.raises(InvalidInput) as refused:  # a revoked certificate is not replaced twice
        _issue(db, staff, CertificateRequest(IssuedKind.BIRTH, entry_id, replaces_code=first.verification_code))
    assert (refused.value.field, refused.value.problem) == ("replaced_certificate", "not_replaceable")


def test_a_failed_render_or_a_bad_request_uses_no_sheet(db: Database, staff: Staff) -> None:
    entry_id = _birth_entry(db, staff)
    load_paper(db, staff.registry, DESK, 1, 3)

    def broken(sheet: Sheet, entry: StandingEntry, _town: object = None) -> tuple[dict[str, Any], bytes]:
        if sheet.copy_number == 2:
            raise RuntimeError("font missing")
        return _render(sheet, entry)

    with pytest.raises(RuntimeError):
        issue_certificates(db, staff.registry, [CertificateRequest(IssuedKind.BIRTH, entry_id, 2)], DESK, broken)
    refusals = [
        ([CertificateRequest(IssuedKind.DEATH, entry_id)], ("certificate_kind", "other_register")),
        ([CertificateRequest(IssuedKind.BIRTH, entry_id, copies=0)], ("certificate_copies", "out_of_range")),
        ([CertificateRequest(IssuedKind.BIRTH, entry_id, copies=11)], ("certificate_copies", "out_of_range")),
        ([], ("certificates", "none")),
        ([CertificateRequest(IssuedKind.BIRTH, entry_id, copies=10)] * 4, ("certificates", "too_many")),
        ([CertificateRequest(IssuedKind.BIRTH, entry_id, copies=3)] * 2, ("sheet_serial", "stock_empty")),
        ([CertificateRequest(IssuedKind.BIRTH, entry_id, replaces_code="K7QX-3M9P-2TBX")], ("verification_code",
                                                                                            "typo")),
    ]  # fmt: skip
    for requests, expected in refusals:
        with pytest.raises(InvalidInput) as refused:
            _issue(db, staff, *requests)
        assert (refused.value.field, refused.value.problem) == expected
    with pytest.raises(NotFound):
        _issue(db, staff, CertificateRequest(IssuedKind.BIRTH, entry_id + 999))
    assert paper_stock(db, staff.registry, DESK).ranges[0].printed == 0
    assert issued_certificates(db, staff.registry) == ()


def test_verification_tells_nothing_about_the_persons_and_refuses_typos_first(db: Database, staff: Staff) -> None:
    entry_id = _birth_entry(db, staff)
    load_paper(db, staff.registry, DESK, 1, 3)
    (issued,) = _issue(db, staff, CertificateRequest(IssuedKind.BIRTH, entry_id))
    answer = verify_certificate(db, system_actor("cli:verify"), issued.verification_code)
    assert answer.valid
    assert (answer.kind, answer.register_number, answer.issued_on) == (IssuedKind.BIRTH, "G 1/2026", DAY)
    assert not any("Łukasiewicz" in str(value) for value in vars(answer).values())
    code = issued.verification_code
    typo = code[:-1] + ("0" if code[-1] != "0" else "1")
    with pytest.raises(InvalidInput) as refused:
        verify_certificate(db, staff.clerk, typo)
    assert refused.value.problem == "typo"
    unknown = next(c for c in (_other_code(i) for i in range(100)) if c != code)
    with pytest.raises(NotFound):
        verify_certificate(db, staff.clerk, unknown)
    with db.read() as session:
        verified = session.scalars(select(AuditRecord).where(AuditRecord.action == "certificate.verified")).all()
    assert [(r.details["found"], r.details["valid"]) for r in verified] == [(True, True), (False, False)]


def _other_code(seed: int) -> str:
    return new_code(random.Random(seed).randrange)


def test_issuing_and_reading_are_the_registry_officers(db: Database, staff: Staff) -> None:
    entry_id = _birth_entry(db, staff)
    load_paper(db, staff.registry, DESK, 1, 3)
    (issued,) = _issue(db, staff, CertificateRequest(IssuedKind.BIRTH, entry_id))
    for actor in (staff.clerk, staff.supervisor, staff.admin, staff.data_protection):
        with pytest.raises(PermissionDenied):
            issue_certificates(db, actor, [CertificateRequest(IssuedKind.BIRTH, entry_id)], DESK, _render)
        with pytest.raises(PermissionDenied):
            issued_certificates(db, actor)
        with pytest.raises(PermissionDenied):
            certificate_pdf(db, actor, issued.verification_code)
    assert paper_stock(db, staff.registry).ranges[0].printed == 1
