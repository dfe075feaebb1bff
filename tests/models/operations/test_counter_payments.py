"""Fees taken at the counter: receipts numbered without a gap, cancellations as counter-bookings, closed days."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import text

from models.case_status import CaseStatus
from models.cases import PaymentMethod
from models.cash import ReceiptKind
from models.db import Database
from models.errors import (
    AmountBeyondOpenFee,
    CaseNotWorkable,
    CashDayClosed,
    InvalidCharacter,
    InvalidInput,
    NotFound,
    PermissionDenied,
)
from models.german_format import today
from models.operations.audit_log import audit_records
from models.operations.case_detail import case_detail
from models.operations.cash_day import cash_day_report, close_cash_day, export_cash_day
from models.operations.claims import claim_case
from models.operations.counter_payments import (
    PaymentLine,
    cancel_receipt,
    fees_of_the_visit,
    receipt_by_number,
    take_payment,
)
from models.operations.transitions import transition_case
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, new_case

DESK = "Schalter 1"


def _case_with_fee(db: Database, staff: Staff, **applicant: str) -> int:
    """A residence certificate (5,00 € fee) of a walk-in citizen."""
    return new_case(db, staff.system, GENERIC_FEE_SERVICE, **applicant).id


def test_one_receipt_for_two_cases_of_the_visit(db: Database, staff: Staff) -> None:
    first, second = _case_with_fee(db, staff), _case_with_fee(db, staff)
    receipt = take_payment(
        db, staff.clerk, [PaymentLine(first, 500), PaymentLine(second, 300)], PaymentMethod.CASH, workstation=DESK
    )
    assert receipt.number == f"Q-{today().year}-00001"
    assert receipt.kind is ReceiptKind.PAYMENT
    assert receipt.total_cents == 800
    assert [line.amount_cents for line in receipt.lines] == [500, 300]
    assert receipt.clerk_name == "Anna Schmitz"
    assert receipt.payer_name  # the applicant of the first case
    assert receipt.workstation == DESK
    detail = case_detail(db, staff.clerk, first)
    assert detail.paid_cents == 500
    assert "Quittung Q-" in (detail.events[-1].comment or "")
    assert case_detail(db, staff.clerk, second).paid_cents == 300


def test_bad_payments_are_refused_and_store_nothing(db: Database, staff: Staff) -> None:
    case_id = _case_with_fee(db, staff)
    with pytest.raises(AmountBeyondOpenFee) as beyond:
        take_payment(db, staff.clerk, [PaymentLine(case_id, 600)], PaymentMethod.CASH, workstation=DESK)
    assert beyond.value.open_cents == 500
    with pytest.raises(InvalidInput) as method:
        take_payment(db, staff.clerk, [PaymentLine(case_id, 100)], PaymentMethod.TRANSFER, workstation=DESK)
    assert method.value.problem == "not_at_counter"
    for lines, problem in (([], "required"), ([PaymentLine(case_id, 0)], "not_positive")):
        with pytest.raises(InvalidInput) as caught:
            take_payment(db, staff.clerk, lines, PaymentMethod.CASH, workstation=DESK)
        assert caught.value.problem == problem
    with pytest.raises(InvalidInput) as twice:
        take_payment(
            db,
            staff.clerk,
            [PaymentLine(case_id, 100), PaymentLine(case_id, 100)],
            PaymentMethod.CASH,
            workstation=DESK,
        )
    assert twice.value.problem == "twice"
    with pytest.raises(InvalidCharacter):
        take_payment(
            db, staff.clerk, [PaymentLine(case_id, 100)], PaymentMethod.CASH, workstation=DESK, payer_name="X☺"
        )
    with pytest.raises(PermissionDenied):
        take_payment(db, staff.supervisor, [PaymentLine(case_id, 100)], PaymentMethod.CASH, workstation=DESK)
    with pytest.raises(PermissionDenied):  # a residence certificate is the Bürgerbüro's, not the registry office's
        take_payment(db, staff.registry, [PaymentLine(case_id, 100)], PaymentMethod.CASH, workstation=DESK)
    # a second case that cannot be paid spoils the whole visit's booking: no receipt number is used up
    closed = claim_case(db, staff.clerk, _case_with_fee(db, staff))
    transition_case(
        db, staff.clerk, closed.id, CaseStatus.REJECTED, expected_version=closed.version, comment="Doppelt."
    )
    with pytest.raises(CaseNotWorkable):
        take_payment(
            db,
            staff.clerk,
            [PaymentLine(case_id, 100), PaymentLine(closed.id, 100)],
            PaymentMethod.CASH,
            workstation=DESK,
        )
    assert case_detail(db, staff.clerk, case_id).paid_cents == 0
    receipt = take_payment(db, staff.clerk, [PaymentLine(case_id, 500)], PaymentMethod.CARD, workstation=DESK)
    assert receipt.number.endswith("-00001")


def test_a_cancellation_is_a_counter_booking_with_a_reason(db: Database, staff: Staff) -> None:
    case_id = _case_with_fee(db, staff)
    paid = take_payment(db, staff.clerk, [PaymentLine(case_id, 500)], PaymentMethod.CASH, workstation=DESK)
    with pytest.raises(InvalidInput) as no_reason:
        cancel_receipt(db, staff.clerk, paid.number, "  ", workstation=DESK)
    assert no_reason.value.problem == "required"
    with pytest.raises(NotFound):
        cancel_receipt(db, staff.clerk, "Q-1999-00001", "Falsch gebucht.", workstation=DESK)
    storno = cancel_receipt(db, staff.clerk2, paid.number, "Falscher Betrag gebucht.", workstation=DESK)
    assert storno.kind is ReceiptKind.CANCELLATION
    assert storno.total_cents == -500
    assert storno.cancels_number == paid.number
    assert storno.reason == "Falscher Betrag gebucht."
    assert storno.number.endswith("-00002")  # the same unbroken sequence
    again = receipt_by_number(db, staff.clerk, paid.number)
    assert again.total_cents == 500  # the receipt itself is unchanged
    assert again.cancelled_by_number == storno.number
    assert case_detail(db, staff.clerk, case_id).paid_cents == 0
    with pytest.raises(InvalidInput) as twice:
        cancel_receipt(db, staff.clerk, paid.number, "Noch einmal.", workstation=DESK)
    assert twice.value.problem == "already_cancelled"
    with pytest.raises(InvalidInput) as of_a_storno:
        cancel_receipt(db, staff.clerk, storno.number, "Storno vom Storno.", workstation=DESK)
    assert of_a_storno.value.problem == "is_cancellation"
    # the fee is open again and can be paid anew
    take_payment(db, staff.clerk, [PaymentLine(case_id, 500)], PaymentMethod.CARD, workstation=DESK)


def test_the_database_refuses_to_change_or_delete_a_receipt(db: Database, staff: Staff) -> None:
    take_payment(db, staff.clerk, [PaymentLine(_case_with_fee(db, staff), 500)], PaymentMethod.CASH, workstation=DESK)
    for statement in ("UPDATE receipts SET total_cents = 1", "DELETE FROM receipts"):
        with pytest.raises(Exception, match="append-only"), db.engine.begin() as connection:
            connection.execute(text(statement))


def test_the_day_report_sums_its_bookings_and_a_closed_day_takes_no_more(db: Database, staff: Staff) -> None:
    cases = [_case_with_fee(db, staff) for _ in range(3)]
    take_payment(db, staff.clerk, [PaymentLine(cases[0], 500)], PaymentMethod.CASH, workstation=DESK)
    card = take_payment(db, staff.clerk2, [PaymentLine(cases[1], 500)], PaymentMethod.CARD, workstation=DESK)
    take_payment(db, staff.clerk, [PaymentLine(cases[2], 200)], PaymentMethod.CASH, workstation="Schalter 2")
    cancel_receipt(db, staff.clerk, card.number, "Karte abgelehnt.", workstation=DESK)
    report = cash_day_report(db, staff.clerk, DESK)
    assert [receipt.number for receipt in report.receipts] == sorted(r.number for r in report.receipts)
    assert len(report.receipts) == 3
    assert report.totals == {PaymentMethod.CASH: 500, PaymentMethod.CARD: 0}
    assert report.total_cents == sum(receipt.total_cents for receipt in report.receipts) == 500
    assert report.cancellations == 1
    assert report.cancelled_cents == -500
    assert report.clerks == ("Anna Schmitz", "Ben Yılmaz")
    assert report.closing is None
    everywhere = cash_day_report(db, staff.supervisor, None)
    assert everywhere.total_cents == 700
    with pytest.raises(PermissionDenied):
        cash_day_report(db, staff.admin, DESK)
    with pytest.raises(PermissionDenied):
        close_cash_day(db, staff.supervisor, DESK)

    closed = close_cash_day(db, staff.clerk, DESK)
    assert closed.closing is not None
    assert closed.closing.closed_by == "anna"
    with pytest.raises(CashDayClosed):
        close_cash_day(db, staff.clerk, DESK)
    open_case = _case_with_fee(db, staff)
    with pytest.raises(CashDayClosed):
        take_payment(db, staff.clerk, [PaymentLine(open_case, 500)], PaymentMethod.CASH, workstation=DESK)
    with pytest.raises(CashDayClosed):
        cancel_receipt(db, staff.clerk, report.receipts[0].number, "Nach Abschluss.", workstation=DESK)
    assert cash_day_report(db, staff.clerk, DESK).receipts == closed.receipts  # the closed day stays as it was
    take_payment(db, staff.clerk, [PaymentLine(open_case, 500)], PaymentMethod.CASH, workstation="Schalter 2")
    with pytest.raises(InvalidInput):
        close_cash_day(db, staff.clerk, DESK, today() + dt.timedelta(days=1))


def test_two_workstations_booking_at_once_get_unbroken_unique_numbers(
    postgres_db: Database, postgres_staff: Staff
) -> None:
    db, staff = postgres_db, postgres_staff
    case_ids = [_case_with_fee(db, staff) for _ in range(16)]
    numbers: list[str] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def desk(actor_cases: list[int], actor_index: int) -> None:
        actor = (staff.clerk, staff.clerk2)[actor_index]
        for case_id in actor_cases:
            try:
                row = take_payment(
                    db, actor, [PaymentLine(case_id, 500)], PaymentMethod.CASH, workstation=f"Schalter {actor_index}"
                )
            except BaseException as error:  # noqa: BLE001 - reported below
                failures.append(error)
                return
            with lock:
                numbers.append(row.number)

    threads = [threading.Thread(target=desk, args=(case_ids[index::2], index)) for index in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert failures == []
    year = today().year
    assert sorted(numbers) == [f"Q-{year}-{n:05d}" for n in range(1, 17)]


def test_the_csv_of_the_day_has_a_line_per_case_and_adds_up(db: Database, staff: Staff) -> None:
    first, second, third = (_case_with_fee(db, staff) for _ in range(3))
    take_payment(
        db, staff.clerk, [PaymentLine(first, 500), PaymentLine(second, 250)], PaymentMethod.CARD, workstation=DESK
    )
    wrong = take_payment(db, staff.clerk, [PaymentLine(third, 120)], PaymentMethod.CASH, workstation=DESK)
    cancel_receipt(db, staff.clerk, wrong.number, "=HYPERLINK(1) war falsch gebucht.", workstation=DESK)
    csv_text = export_cash_day(db, staff.clerk, DESK)
    rows = [line.split(";") for line in csv_text.strip().split("\r\n")]
    assert rows[0][0] == "Tag"
    assert len(rows) == 5  # two cases on the first receipt, one on the second, one on its cancellation
    amounts = [int(row[8].replace(",", "")) for row in rows[1:]]
    assert amounts == [500, 250, 120, -120]  # the cancellation's minus is a number, not made literal
    assert sum(amounts) == cash_day_report(db, staff.clerk, DESK).total_cents == 750
    assert [row[9] for row in rows[1:]] == ["girocard", "girocard", "bar", "bar"]
    assert rows[4][12] == "'=HYPERLINK(1) war falsch gebucht."  # a formula is made literal
    audit = audit_records(db, staff.data_protection)
    assert any(entry.action == "cash_day.exported" for entry in audit)


def test_the_visit_offers_the_citizens_other_open_fees(db: Database, staff: Staff) -> None:
    person = {"family_name": "Weiß", "given_names": "Jürgen"}
    first = _case_with_fee(db, staff, **person)
    second = _case_with_fee(db, staff, family_name="WEISS", given_names="Jürgen")  # the same search form
    _case_with_fee(db, staff, family_name="Weiß", given_names="Jutta")  # someone else
    registry = new_case(db, staff.system, "birth_certificate", **person).id  # not the clerk's to take
    fees = fees_of_the_visit(db, staff.clerk, first)
    assert [fee.case_id for fee in fees] == [first, second]
    assert fees[0].open_cents == 500
    take_payment(db, staff.clerk, [PaymentLine(second, 500)], PaymentMethod.CASH, workstation=DESK)
    assert [fee.case_id for fee in fees_of_the_visit(db, staff.clerk, first)] == [first]  # paid: not offered
    officer = fees_of_the_visit(db, staff.registry, registry)
    assert [fee.case_id for fee in officer] == [registry]
    with pytest.raises(PermissionDenied):
        fees_of_the_visit(db, staff.supervisor, first)
