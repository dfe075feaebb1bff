"""Gebühr nach Tarif festsetzen: the clerk's amount within the tariff's range, kept in the history, needed before an
approval, and set at the counter before the citizen pays."""

from __future__ import annotations

import pytest

from models.case_status import CaseStatus
from models.cases import Channel, EventKind
from models.db import Database
from models.errors import CaseNotWorkable, InvalidInput
from models.operations.case_creation import NewCase
from models.operations.case_detail import case_detail
from models.operations.case_fees import set_tariff_fee
from models.operations.claims import claim_case
from models.operations.counter_cases import complete_at_counter
from models.operations.counter_payments import PaymentLine, fees_of_the_visit, take_payment
from models.operations.export import all_cases
from models.operations.payments import record_payment
from models.operations.transitions import transition_case
from models.payment_methods import PaymentMethod
from printing.letter import render_letter
from tests.conftest import Staff
from tests.support.factories import GENERIC_FEE_SERVICE, applicant, new_case

TREE = "tree_felling_permit"  # Baumschutzsatzung, Gebührentarif Nr. 2: 20–150 €


def _refused(error: pytest.ExceptionInfo[InvalidInput]) -> tuple[str, str]:
    return error.value.field, error.value.problem


def test_a_fee_within_the_range_is_set_and_the_history_says_old_and_new(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system, TREE)
    before = case_detail(db, staff.clerk, case.id)
    assert (before.fee_cents, before.tariff_min_cents, before.tariff_max_cents) == (2000, 2000, 15000)
    assert before.tariff_basis == "Baumschutzsatzung, Gebührentarif Nr. 2"
    assert before.tariff_fee_missing

    row = set_tariff_fee(
        db, staff.clerk, case.id, 4500, note="  Zwei Bäume,   Stammumfang 90 cm ", expected_version=case.version
    )

    assert row.assignee_username == "anna"  # setting the fee takes the unclaimed case over
    detail = case_detail(db, staff.clerk, case.id)
    assert detail.fee_cents == 4500
    assert detail.tariff_fee_set
    assert not detail.tariff_fee_missing
    event = detail.events[-1]
    assert event.kind == EventKind.FEE_SET
    assert event.actor_display == staff.clerk.display_name
    assert event.comment == (
        "Gebühr nach Tarif (Baumschutzsatzung, Gebührentarif Nr. 2) festgesetzt: 20,00 € → 45,00 €\n"
        "Zwei Bäume, Stammumfang 90 cm"
    )
    again = set_tariff_fee(db, staff.clerk, case.id, 15000, expected_version=row.version)  # the highest amount
    assert case_detail(db, staff.clerk, case.id).events[-1].comment == (
        "Gebühr nach Tarif (Baumschutzsatzung, Gebührentarif Nr. 2) festgesetzt: 45,00 € → 150,00 €"
    )
    with pytest.raises(InvalidInput) as unchanged:
        set_tariff_fee(db, staff.clerk, case.id, 15000, expected_version=again.version)
    assert _refused(unchanged) == ("fee", "unchanged")


def test_the_lowest_amount_can_be_set_once_but_not_twice(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system, TREE)
    row = set_tariff_fee(db, staff.clerk, case.id, 2000, expected_version=None)  # the case started with it
    assert case_detail(db, staff.clerk, case.id).tariff_fee_set
    with pytest.raises(InvalidInput) as unchanged:
        set_tariff_fee(db, staff.clerk, case.id, 2000, expected_version=row.version)
    assert _refused(unchanged) == ("fee", "unchanged")


@pytest.mark.parametrize("amount", [1999, 15001, -100])
def test_an_amount_outside_the_range_is_refused(db: Database, staff: Staff, amount: int) -> None:
    case = new_case(db, staff.system, TREE)
    with pytest.raises(InvalidInput) as refused:
        set_tariff_fee(db, staff.clerk, case.id, amount, expected_version=None)
    assert _refused(refused) == ("fee", "tariff_amount_out_of_range")
    detail = case_detail(db, staff.clerk, case.id)
    assert (detail.fee_cents, detail.tariff_fee_set, detail.case.assignee_username) == (2000, False, None)


def test_a_service_not_charged_by_tariff_is_refused(db: Database, staff: Staff) -> None:
    case = new_case(db, staff.system, GENERIC_FEE_SERVICE)
    with pytest.raises(InvalidInput) as refused:
        set_tariff_fee(db, staff.clerk, case.id, 500, expected_version=None)
    assert _refused(refused) == ("fee", "not_tariff")
    assert case_detail(db, staff.clerk, case.id).fee_rule == "fixed"


def test_an_amount_below_what_was_paid_is_refused(db: Database, staff: Staff) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, TREE).id)
    set_tariff_fee(db, staff.clerk, case.id, 8000, expected_version=None)
    record_payment(db, staff.clerk, case.id, 6000, PaymentMethod.CASH)
    with pytest.raises(InvalidInput) as refused:
        set_tariff_fee(db, staff.clerk, case.id, 5000, expected_version=None)
    assert _refused(refused) == ("fee", "below_paid")
    set_tariff_fee(db, staff.clerk, case.id, 6000, expected_version=None)  # exactly what was paid is fine
    assert case_detail(db, staff.clerk, case.id).fee_cents == 6000


def test_a_long_note_and_a_closed_case_are_refused(db: Database, staff: Staff) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, TREE).id)
    with pytest.raises(InvalidInput) as long_note:
        set_tariff_fee(db, staff.clerk, case.id, 3000, note="Baum " * 101, expected_version=None)
    assert _refused(long_note) == ("fee_note", "too_long")
    transition_case(db, staff.clerk, case.id, CaseStatus.REJECTED, expected_version=None, comment="Kein Antragsrecht")
    with pytest.raises(CaseNotWorkable):
        set_tariff_fee(db, staff.clerk, case.id, 3000, expected_version=None)


def test_approval_of_a_tariff_case_waits_for_the_fee(db: Database, staff: Staff) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, TREE).id)
    with pytest.raises(InvalidInput) as refused:
        transition_case(db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=None)
    assert _refused(refused) == ("fee", "tariff_amount_missing")
    with pytest.raises(InvalidInput):  # also with the confirmation letter, refused before it is written
        transition_case(
            db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=None, render_letter=render_letter
        )
    detail = case_detail(db, staff.clerk, case.id)
    assert (detail.case.status, detail.case.version, detail.documents) == (case.status, case.version, ())

    set_tariff_fee(db, staff.clerk, case.id, 3000, expected_version=None)
    approved = transition_case(
        db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=None, render_letter=render_letter
    )
    assert approved.case.status is CaseStatus.APPROVED


def test_approval_of_a_fixed_fee_case_needs_no_fee_set(db: Database, staff: Staff) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, GENERIC_FEE_SERVICE).id)
    approved = transition_case(db, staff.clerk, case.id, CaseStatus.APPROVED, expected_version=None)
    assert approved.case.status is CaseStatus.APPROVED


def _walk_in(service_key: str = TREE) -> NewCase:
    return NewCase(service_key, applicant(family_name="Linde"), {"anliegen": "Eiche im Vorgarten"}, Channel.COUNTER)


def test_completing_a_tariff_case_at_the_counter_sets_the_fee_before_the_payment(db: Database, staff: Staff) -> None:
    done = complete_at_counter(
        db,
        staff.clerk,
        _walk_in(),
        PaymentMethod.CASH,
        workstation="Schalter 1",
        render_letter=render_letter,
        tariff_cents=7500,
    )
    assert done.case.status is CaseStatus.APPROVED
    assert done.receipt is not None
    assert done.receipt.total_cents == 7500
    detail = case_detail(db, staff.clerk, done.case.id)
    assert detail.fee_cents == detail.paid_cents == 7500
    kinds = [event.kind for event in detail.events]
    assert kinds.index(EventKind.CLAIM) < kinds.index(EventKind.FEE_SET) < kinds.index(EventKind.PAYMENT)
    assert "20,00 € → 75,00 €" in (detail.events[kinds.index(EventKind.FEE_SET)].comment or "")


@pytest.mark.parametrize(
    ("service_key", "amount", "problem"),
    [
        (TREE, None, "tariff_amount_missing"),
        (TREE, 15001, "tariff_amount_out_of_range"),
        (GENERIC_FEE_SERVICE, 500, "not_tariff"),
    ],
)
def test_completing_at_the_counter_without_a_valid_amount_stores_nothing(
    db: Database, staff: Staff, service_key: str, amount: int | None, problem: str
) -> None:
    with pytest.raises(InvalidInput) as refused:
        complete_at_counter(
            db,
            staff.clerk,
            _walk_in(service_key),
            PaymentMethod.CASH,
            workstation="Schalter 1",
            render_letter=render_letter,
            tariff_cents=amount,
        )
    assert _refused(refused) == ("fee", problem)
    assert all_cases(db, staff.supervisor) == ()


def test_the_counter_takes_no_payment_on_a_tariff_fee_not_set_yet(db: Database, staff: Staff) -> None:
    case = claim_case(db, staff.clerk, new_case(db, staff.system, TREE).id)
    (fee,) = fees_of_the_visit(db, staff.clerk, case.id)
    assert fee.fee_to_set
    with pytest.raises(InvalidInput) as refused:
        take_payment(
            db,
            staff.clerk,
            [PaymentLine(case.id, fee.open_cents, fee.version)],
            PaymentMethod.CASH,
            workstation="Schalter 1",
        )
    assert _refused(refused) == ("fee", "tariff_amount_missing")
    assert case_detail(db, staff.clerk, case.id).paid_cents == 0
    set_tariff_fee(db, staff.clerk, case.id, 4500, expected_version=None)
    (fee,) = fees_of_the_visit(db, staff.clerk, case.id)
    assert (fee.fee_to_set, fee.open_cents) == (False, 4500)
    receipt = take_payment(
        db, staff.clerk, [PaymentLine(case.id, 4500, fee.version)], PaymentMethod.CASH, workstation="Schalter 1"
    )
    assert receipt.total_cents == 4500
