"""Likely duplicates handled once: the clerk confirms or unlinks the link the intake made; the decision on the first
case decides every confirmed duplicate still open — the same decision, no fee, a letter to its applicant saying so —
and leaves unconfirmed or unlinked ones alone; on SQLite and PostgreSQL."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from sqlalchemy import select

from models.case_status import CaseStatus
from models.cases import Case, DuplicateState
from models.db import Database
from models.documents import DocumentKind, OutgoingDocument
from models.errors import CaseNotWorkable, InvalidInput, PermissionDenied
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case
from models.operations.documents import document_pdf
from models.operations.duplicates import confirm_duplicate, decide_duplicates_of, unlink_duplicate
from models.operations.transitions import UnpaidFee, transition_case
from printing.letter import render_letter
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, new_case


def _three_applications(db: Database, staff: Staff) -> tuple[int, int, int]:
    """The same citizen applies three times for the same service; anna works the first."""
    first, second, third = (new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Brückner").id
                            for _ in range(3))  # fmt: skip
    claim_case(db, staff.clerk, first)
    return first, second, third


def _state(db: Database, case_id: int) -> tuple[CaseStatus, DuplicateState | None, int | None, int]:
    with db.read() as session:
        case = session.get(Case, case_id)
        assert case is not None
        return case.status, case.duplicate_state, case.duplicate_of_id, case.fee_cents


def _letters(db: Database, case_id: int) -> list[OutgoingDocument]:
    with db.read() as session:
        return list(session.scalars(select(OutgoingDocument).where(OutgoingDocument.case_id == case_id)))


def _approve(db: Database, staff: Staff, case_id: int) -> None:
    transition_case(db, staff.clerk, case_id, CaseStatus.APPROVED, expected_version=None, render_letter=render_letter,
                    unpaid_fee=UnpaidFee.APPROVE_ANYWAY)  # fmt: skip


def test_one_decision_decides_the_confirmed_duplicates_each_with_its_letter(db: Database, staff: Staff) -> None:
    first, second, third = _three_applications(db, staff)
    assert _state(db, second)[1:3] == (DuplicateState.SUSPECTED, first)
    confirm_duplicate(db, staff.clerk, second)
    unlink_duplicate(db, staff.clerk, third)  # the clerk finds the third is a new application after all
    assert _state(db, third)[1:3] == (None, None)
    _approve(db, staff, first)

    status, state, _link, fee = _state(db, second)
    assert (status, state, fee) == (CaseStatus.APPROVED, DuplicateState.CONFIRMED, 0)
    history = case_detail(db, staff.clerk, second).events
    assert any("Mit Vorgang" in (e.comment or "") and "Doppelantrag" in (e.comment or "") for e in history)
    (letter,) = _letters(db, second)
    assert letter.kind is DocumentKind.DUPLICATE_NOTICE
    pdf = document_pdf(db, staff.clerk, letter.id).pdf
    with pdfplumber.open(io.BytesIO(pdf)) as document:
        text = " ".join((page.extract_text() or "") for page in document.pages)
    first_reference = case_detail(db, staff.clerk, first).case.reference
    assert "doppelt eingegangen" in text
    assert first_reference in text
    assert "ihm entsprochen" in text
    assert _state(db, third)[0] is CaseStatus.RECEIVED  # unlinked: worked on its own
    assert [d.kind for d in _letters(db, first)] == [DocumentKind.CONFIRMATION_LETTER]


def test_a_rejection_decides_them_as_rejected_and_a_suspected_one_stays_open(db: Database, staff: Staff) -> None:
    first, second, third = _three_applications(db, staff)
    confirm_duplicate(db, staff.clerk, third)
    transition_case(db, staff.clerk, first, CaseStatus.REJECTED, expected_version=None, comment="Fehlende Angaben",
                    render_letter=render_letter)  # fmt: skip
    assert _state(db, third)[0] is CaseStatus.REJECTED
    assert _state(db, second)[0] is CaseStatus.RECEIVED  # never confirmed: the clerk decides it
    with pytest.raises(CaseNotWorkable):
        confirm_duplicate(db, staff.clerk, third)  # decided: nothing left to confirm


def test_a_case_without_a_link_cannot_be_confirmed_or_unlinked(db: Database, staff: Staff) -> None:
    lone = new_case(db, staff.system, GENERIC_FEE_SERVICE, family_name="Einzeln").id
    for step in (confirm_duplicate, unlink_duplicate):
        with pytest.raises(InvalidInput) as refused:
            step(db, staff.clerk, lone)
        assert (refused.value.field, refused.value.problem) == ("duplicate", "not_linked")


def test_the_duplicates_follow_only_a_first_case_that_stands_decided_so(db: Database, staff: Staff) -> None:
    """Called on its own, deciding the duplicates is no way round their holder, fee and state: the first case must
    be one the caller sees, decided as the duplicates are to be."""
    first, second, _third = _three_applications(db, staff)
    confirm_duplicate(db, staff.clerk, second)  # anna holds it now
    assert decide_duplicates_of(db, staff.clerk2, first, CaseStatus.APPROVED, None) == ()  # the first is open
    with pytest.raises(PermissionDenied):
        decide_duplicates_of(db, staff.registry, first, CaseStatus.APPROVED, None)
    assert _state(db, second)[0] is CaseStatus.RECEIVED
    _approve(db, staff, first)
    assert decide_duplicates_of(db, staff.clerk2, first, CaseStatus.REJECTED, None) == ()  # not decided so
    assert _state(db, second)[0] is CaseStatus.APPROVED  # decided with the first's approval
