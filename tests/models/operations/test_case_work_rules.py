"""The holes of issue 9, findings 1 and 2, each as the attack that worked before: reads beyond one's department,
payments and fee notices on cases one does not hold or that are over, releasing closed cases, empty reasons."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.case_status import CaseStatus
from models.cases import Channel, EventKind, PaymentMethod
from models.db import Database
from models.errors import (
    AlreadyClaimed,
    AmountBeyondOpenFee,
    CaseNotWorkable,
    InvalidInput,
    NotClaimed,
    PermissionDenied,
)
from models.operations.case_creation import NewCase, create_case
from models.operations.case_detail import case_detail
from models.operations.claims import claim_case, release_case
from models.operations.correspondence import issue_fee_notice
from models.operations.documents import document_pdf, latest_letter
from models.operations.intake_book import Rejection, SubmissionKey, book_submissions
from models.operations.mail_book import export_mail_book, mail_book
from models.operations.outgoing_mail import print_documents, reprint_document
from models.operations.payments import record_payment
from models.operations.rows import CaseRow
from models.operations.transitions import transition_case
from printing.batch import file_delivery
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, RecordingRenderer, applicant, new_case


def _held(db: Database, staff: Staff, service: str = GENERIC_FEE_SERVICE, *, by: str = "clerk") -> CaseRow:
    holder = getattr(staff, by)
    return claim_case(db, holder, new_case(db, staff.system, service).id)


def _decided(db: Database, staff: Staff, *path: CaseStatus) -> CaseRow:
    case = _held(db, staff)
    for target in path:
        comment = "Die Unterlagen fehlen trotz Nachfrage." if target == CaseStatus.REJECTED else None
        case = transition_case(db, staff.clerk, case.id, target, expected_version=None, comment=comment).case
    return case


# -- finding 1: reads ------------------------------------------------------------------------------------------


def test_a_clerk_reads_no_letter_of_the_registry_office_by_id_or_reference(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    birth = _held(db, staff, "birth_certificate", by="registry")
    letter = issue_fee_notice(db, staff.registry, birth.id, RecordingRenderer())
    print_documents(db, staff.registry, file_delivery(tmp_path / "urkunde.pdf"))
    assert document_pdf(db, staff.registry, letter.id).pdf.startswith(b"%PDF")
    with pytest.raises(PermissionDenied):
        document_pdf(db, staff.clerk, letter.id)  # counting ids no longer reads every letter
    with pytest.raises(PermissionDenied):
        latest_letter(db, staff.clerk, birth.reference)
    with pytest.raises(PermissionDenied):
        case_detail(db, staff.clerk, birth.id)
    assert mail_book(db, staff.clerk) == ()  # the registry office's recipients and subjects
    assert birth.reference not in export_mail_book(db, staff.clerk)
    assert applicant().family_name not in export_mail_book(db, staff.clerk)
    assert [row.case_reference for row in mail_book(db, staff.registry)] == [birth.reference]
    assert birth.reference in export_mail_book(db, staff.supervisor)


def test_a_clerk_cannot_work_a_case_of_the_registry_office(db: Database, staff: Staff) -> None:
    birth = new_case(db, staff.system, "birth_certificate")
    for attempt in (
        lambda: claim_case(db, staff.clerk, birth.id),
        lambda: record_payment(db, staff.clerk, birth.id, 100, PaymentMethod.CASH),
        lambda: transition_case(db, staff.clerk, birth.id, CaseStatus.IN_PROGRESS, expected_version=None),
    ):
        with pytest.raises(PermissionDenied):
            attempt()


# -- finding 2: writes -----------------------------------------------------------------------------------------


def test_a_payment_is_booked_only_by_the_clerk_holding_the_case(db: Database, staff: Staff) -> None:
    bens = _held(db, staff, by="clerk2")
    with pytest.raises(AlreadyClaimed) as caught:
        record_payment(db, staff.clerk, bens.id, 500, PaymentMethod.CASH)
    assert caught.value.holder == "Ben Yılmaz"
    unclaimed = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    with pytest.raises(NotClaimed):
        record_payment(db, staff.clerk, unclaimed.id, 500, PaymentMethod.CASH)
    with pytest.raises(PermissionDenied):
        record_payment(db, staff.supervisor, bens.id, 500, PaymentMethod.CASH)
    record_payment(db, staff.clerk2, bens.id, 500, PaymentMethod.CASH)
    assert case_detail(db, staff.clerk, bens.id).paid_cents == 500
    assert case_detail(db, staff.clerk, unclaimed.id).payments == ()


@pytest.mark.parametrize(
    "path",
    [
        (CaseStatus.WITHDRAWN,),
        (CaseStatus.REJECTED,),
        (CaseStatus.APPROVED, CaseStatus.CLOSED),
    ],
    ids=["withdrawn", "rejected", "closed"],
)
def test_no_payment_and_no_fee_notice_once_a_case_is_over(
    db: Database, staff: Staff, path: tuple[CaseStatus, ...]
) -> None:
    case = _decided(db, staff, *path)
    with pytest.raises(CaseNotWorkable) as caught:
        record_payment(db, staff.clerk, case.id, 500, PaymentMethod.CASH)
    assert (caught.value.status, caught.value.step) == (path[-1].value, "payment")
    with pytest.raises(CaseNotWorkable) as notice:
        issue_fee_notice(db, staff.clerk, case.id, RecordingRenderer())
    assert notice.value.step == "fee_notice"
    assert case_detail(db, staff.clerk, case.id).payments == ()


def test_an_approved_case_still_takes_its_fee(db: Database, staff: Staff) -> None:
    case = _decided(db, staff, CaseStatus.APPROVED)
    record_payment(db, staff.clerk, case.id, 500, PaymentMethod.CARD, reference="EC 1")
    assert case_detail(db, staff.clerk, case.id).paid_cents == 500


def test_more_than_the_open_fee_only_with_a_reason(db: Database, staff: Staff) -> None:
    case = _held(db, staff)  # fee 5,00 €
    record_payment(db, staff.clerk, case.id, 300, PaymentMethod.CASH)
    with pytest.raises(AmountBeyondOpenFee) as caught:
        record_payment(db, staff.clerk, case.id, 300, PaymentMethod.CASH)
    assert (caught.value.amount_cents, caught.value.open_cents) == (300, 200)
    for reason in (".", "x", "asdf", "  1 2 3  "):
        with pytest.raises(InvalidInput) as refused:
            record_payment(db, staff.clerk, case.id, 300, PaymentMethod.CASH, excess_reason=reason)
        assert (refused.value.field, refused.value.problem) == ("excess_reason", "not_a_sentence")
    record_payment(db, staff.clerk, case.id, 200, PaymentMethod.CASH)  # exactly what is open: no reason needed
    record_payment(db, staff.clerk, case.id, 500, PaymentMethod.CASH, excess_reason="Zweite Ausfertigung gewünscht")
    detail = case_detail(db, staff.clerk, case.id)
    assert detail.paid_cents == 1000
    payment_events = [e for e in detail.events if e.kind == EventKind.PAYMENT]
    assert "Zweite Ausfertigung gewünscht" in (payment_events[-1].comment or "")
    assert "0,00 €" in (payment_events[-1].comment or "")  # nothing was open any more


def test_a_service_without_fee_takes_money_only_with_a_reason(db: Database, staff: Staff) -> None:
    case = _held(db, staff, "bulky_waste_pickup")  # free of charge
    with pytest.raises(AmountBeyondOpenFee):
        record_payment(db, staff.clerk, case.id, 1, PaymentMethod.CASH)


def test_a_fee_notice_needs_the_clerk_holding_the_case(db: Database, staff: Staff) -> None:
    unclaimed = new_case(db, staff.system, "register_information")
    with pytest.raises(NotClaimed):
        issue_fee_notice(db, staff.clerk, unclaimed.id, RecordingRenderer())
    bens = _held(db, staff, "register_information", by="clerk2")
    with pytest.raises(AlreadyClaimed):
        issue_fee_notice(db, staff.clerk, bens.id, RecordingRenderer())
    assert case_detail(db, staff.clerk, unclaimed.id).documents == ()
    assert issue_fee_notice(db, staff.clerk2, bens.id, RecordingRenderer()).case_reference == bens.reference


@pytest.mark.parametrize(
    "path", [(CaseStatus.APPROVED, CaseStatus.CLOSED), (CaseStatus.WITHDRAWN,)], ids=["closed", "withdrawn"]
)
def test_a_supervisor_cannot_release_a_case_that_is_over(
    db: Database, staff: Staff, path: tuple[CaseStatus, ...]
) -> None:
    case = _decided(db, staff, *path)
    for actor in (staff.supervisor, staff.clerk):
        with pytest.raises(CaseNotWorkable) as caught:
            release_case(db, actor, case.id)
        assert caught.value.step == "release"
    assert case_detail(db, staff.clerk, case.id).case.assignee_username == "anna"
    open_case = _held(db, staff)
    assert release_case(db, staff.supervisor, open_case.id).assignee_username is None


@pytest.mark.parametrize("reason", [".", "x", "-", "asdf", "?? !!", "a b c"])
def test_a_reprint_reason_is_words_not_a_sign(db: Database, staff: Staff, tmp_path: Path, reason: str) -> None:
    case = _held(db, staff, "register_information")
    letter = issue_fee_notice(db, staff.clerk, case.id, RecordingRenderer())
    print_documents(db, staff.clerk, file_delivery(tmp_path / "first.pdf"))
    with pytest.raises(InvalidInput) as caught:
        reprint_document(db, staff.clerk, letter.id, reason, file_delivery(tmp_path / "again.pdf"))
    assert (caught.value.field, caught.value.problem) == ("reprint_reason", "not_a_sentence")
    assert not (tmp_path / "again.pdf").exists()
    again = reprint_document(db, staff.clerk, letter.id, "Brief verloren", file_delivery(tmp_path / "again.pdf"))
    assert again.entries[0].reprint_reason == "Brief verloren"


def test_staff_neither_forge_online_cases_nor_book_submissions(db: Database, staff: Staff) -> None:
    online = NewCase(GENERIC_FEE_SERVICE, applicant(), {"anliegen": "x"}, Channel.ONLINE, submission_id="forged")
    with pytest.raises(InvalidInput) as caught:
        create_case(db, staff.clerk, online)
    assert caught.value.problem == "online_only_from_intake"
    key = SubmissionKey("forged", "case", "destination", None, None)
    with pytest.raises(PermissionDenied):
        book_submissions(db, staff.admin, [Rejection(key, [])])
    counter = create_case(db, staff.clerk, NewCase(GENERIC_FEE_SERVICE, applicant(), {}, Channel.COUNTER))
    assert counter.channel == Channel.COUNTER
